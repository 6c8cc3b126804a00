-- 户籍 of the person a case is about (issue 15): LOCAL when the ID number was issued under one of
-- the county's present or former region codes (qingyang.county.region-codes), else NON_LOCAL.
-- Until this version only numbers issued under 341723 were accepted, so every existing case is LOCAL.
ALTER TABLE discovery_case ADD COLUMN household_registration VARCHAR(10);
UPDATE discovery_case SET household_registration = 'LOCAL';
