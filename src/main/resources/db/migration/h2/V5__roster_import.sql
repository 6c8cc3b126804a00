-- Roster (花名册) uploads of more than the synchronous limit run in the background: one row per
-- upload, its progress and its outcome. The rows themselves become case_report rows with
-- external_ref 'roster:<sha256 of the file, first 16 hex>:<row>', so a roster uploaded again
-- opens nothing new.

CREATE TABLE roster_import (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    uploaded_by VARCHAR(64)  NOT NULL,
    file_sha256 VARCHAR(64)  NOT NULL,
    mode        VARCHAR(20)  NOT NULL,
    status      VARCHAR(10)  NOT NULL,
    total       INTEGER      NOT NULL,
    processed   INTEGER      DEFAULT 0 NOT NULL,
    imported    INTEGER      DEFAULT 0 NOT NULL,
    duplicates  INTEGER      DEFAULT 0 NOT NULL,
    -- JSON array of {"row", "message"}
    errors      CLOB,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_roster_import_status ON roster_import (status);
