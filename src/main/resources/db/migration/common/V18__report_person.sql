-- A report names the person it is about (issue 15): with households, a report of one member joins
-- the household's case, whose person may be another member. The same external reference sent again
-- is recognised by the person it named, not by the case's person. Reports written before name the
-- case's person, as they did then.
ALTER TABLE case_report ADD COLUMN person_id BIGINT REFERENCES person (id);
UPDATE case_report SET person_id = (SELECT c.person_id FROM discovery_case c WHERE c.id = case_report.case_id);
