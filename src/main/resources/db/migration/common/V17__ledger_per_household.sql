-- The classified ledger per household (issue 15 §5): one CLASSIFIED entry per household and
-- category (a later case of the household updates it and keeps its follow-ups), with the notice's
-- columns as they were when the household was classified.

-- Entries written by V16's code carried no household: they take their case's.
UPDATE ledger_entry SET household_id = (SELECT c.household_id FROM discovery_case c WHERE c.id = ledger_entry.case_id)
WHERE household_id IS NULL;
ALTER TABLE ledger_entry ALTER COLUMN household_id SET NOT NULL;
CREATE INDEX ix_ledger_household_category ON ledger_entry (household_id, kind, category);

-- 身体状况 (health, disability grade, self-care from the ADL items), 劳动能力, 困难程度, 自救能力:
-- codes of the home visit's lists; 家庭人口 and 家庭月人均收入 (元); 成员享受的救助 as text
-- ("姓名：低保、养老金；..."); 包保责任人; when a later case updated the entry.
ALTER TABLE ledger_entry ADD COLUMN health_status VARCHAR(10);
ALTER TABLE ledger_entry ADD COLUMN disability_grade INTEGER;
ALTER TABLE ledger_entry ADD COLUMN self_care VARCHAR(10);
ALTER TABLE ledger_entry ADD COLUMN labour_capacity VARCHAR(10);
ALTER TABLE ledger_entry ADD COLUMN hardship_degree VARCHAR(10);
ALTER TABLE ledger_entry ADD COLUMN self_help_capacity VARCHAR(10);
ALTER TABLE ledger_entry ADD COLUMN household_size INTEGER;
ALTER TABLE ledger_entry ADD COLUMN per_capita_income DECIMAL(12, 2);
ALTER TABLE ledger_entry ADD COLUMN member_benefits VARCHAR(2000);
ALTER TABLE ledger_entry ADD COLUMN responsible_person VARCHAR(50);
ALTER TABLE ledger_entry ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;

-- Entries classified before this version: the columns from their case's latest visit that saw the
-- person (what the township recorded then); 包保责任人 its first investigator.
CREATE TABLE ledger_backfill (
    entry_id  BIGINT NOT NULL PRIMARY KEY,
    visit_id  BIGINT NOT NULL
);
INSERT INTO ledger_backfill (entry_id, visit_id)
SELECT l.id, v.id FROM ledger_entry l JOIN home_visit v ON v.case_id = l.case_id
WHERE l.kind = 'CLASSIFIED' AND v.person_seen = TRUE
  AND v.visit_no = (SELECT MAX(w.visit_no) FROM home_visit w WHERE w.case_id = l.case_id AND w.person_seen = TRUE);
UPDATE ledger_entry SET
    health_status = (SELECT v.health_status FROM ledger_backfill b JOIN home_visit v ON v.id = b.visit_id WHERE b.entry_id = ledger_entry.id),
    disability_grade = (SELECT v.disability_grade FROM ledger_backfill b JOIN home_visit v ON v.id = b.visit_id WHERE b.entry_id = ledger_entry.id),
    self_care = (SELECT CASE WHEN v.adl_failed >= 4 THEN 'NONE' WHEN v.adl_failed >= 1 THEN 'PARTIAL' ELSE 'SELF' END
                 FROM ledger_backfill b JOIN home_visit v ON v.id = b.visit_id WHERE b.entry_id = ledger_entry.id),
    labour_capacity = (SELECT v.labour_capacity FROM ledger_backfill b JOIN home_visit v ON v.id = b.visit_id WHERE b.entry_id = ledger_entry.id),
    hardship_degree = (SELECT v.hardship_degree FROM ledger_backfill b JOIN home_visit v ON v.id = b.visit_id WHERE b.entry_id = ledger_entry.id),
    self_help_capacity = (SELECT v.self_help_capacity FROM ledger_backfill b JOIN home_visit v ON v.id = b.visit_id WHERE b.entry_id = ledger_entry.id),
    household_size = (SELECT v.household_size FROM ledger_backfill b JOIN home_visit v ON v.id = b.visit_id WHERE b.entry_id = ledger_entry.id),
    per_capita_income = (SELECT CAST(ROUND((v.income_wage + v.income_business + v.income_property + v.income_transfer)
                                           / v.household_size, 2) AS DECIMAL(12, 2))
                         FROM ledger_backfill b JOIN home_visit v ON v.id = b.visit_id
                         WHERE b.entry_id = ledger_entry.id AND v.household_size > 0),
    responsible_person = (SELECT v.investigator1 FROM ledger_backfill b JOIN home_visit v ON v.id = b.visit_id WHERE b.entry_id = ledger_entry.id)
WHERE id IN (SELECT entry_id FROM ledger_backfill);
DROP TABLE ledger_backfill;

-- The household's 包保责任人, where nobody was named yet: the one of its latest classified entry.
UPDATE household SET responsible_person = (
        SELECT l.responsible_person FROM ledger_entry l
        WHERE l.household_id = household.id AND l.kind = 'CLASSIFIED' AND l.responsible_person IS NOT NULL
          AND l.id = (SELECT MAX(m.id) FROM ledger_entry m
                      WHERE m.household_id = household.id AND m.kind = 'CLASSIFIED' AND m.responsible_person IS NOT NULL))
WHERE responsible_person IS NULL;
