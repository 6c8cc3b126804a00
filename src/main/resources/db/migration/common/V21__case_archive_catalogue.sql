-- Retention of case files (issue 16 §3, docs/retention.md): when a closed case's file has been
-- kept for qingyang.retention.case-file, its rows are removed and this de-personalised catalogue
-- row is what remains (档案目录: case number, place, category, outcome, dates; no names, no ID
-- numbers, no free text). One row per case number, so a second run or a second node cannot add
-- it twice.
CREATE TABLE case_archive_catalogue (
    case_number    VARCHAR(24)   NOT NULL PRIMARY KEY,
    township_code  VARCHAR(9)    NOT NULL,
    village_code   VARCHAR(12),
    channel        VARCHAR(20)   NOT NULL,
    urgent         BOOLEAN       NOT NULL,
    category       VARCHAR(20),
    -- the decisions taken on the case, "KIND:OUTCOME" comma separated (e.g. DIBAO:APPROVED)
    outcome        VARCHAR(400),
    opened_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the rows of the case file removed with it (persons and households: those nothing kept referred to)
    rows_removed   INTEGER       NOT NULL
);
CREATE INDEX ix_case_archive_township ON case_archive_catalogue (township_code, closed_at);
-- the retention run looks for closed cases by closing time
CREATE INDEX ix_case_status_closed ON discovery_case (status, closed_at);
