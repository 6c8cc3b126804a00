-- The household file's closed lists (household.HouseholdCodes) have codes longer than V16 allowed:
-- 在学情况 NOT_IN_SCHOOL and 就业情况 SELF_EMPLOYED are 13 characters. Widened to hold every code.
ALTER TABLE household_member ALTER COLUMN schooling SET DATA TYPE VARCHAR(20);
ALTER TABLE household_member ALTER COLUMN employment SET DATA TYPE VARCHAR(20);
