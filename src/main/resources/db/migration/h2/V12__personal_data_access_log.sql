-- The access log of personal data (个人信息访问日志, issue 12 §3): every read of a case file,
-- every full ID number shown, every export: who, when, what, why, from which address.
-- Append-only and tamper-evident: rows are numbered without gaps (seq) and each row's hash is an
-- HMAC over its fields and the previous row's hash, so an edited, removed or inserted row breaks
-- the chain (GET /api/access-log/verify). The head row holds the chain's last link and, after a
-- retention run removed the oldest rows, the link the first kept row continues from.
CREATE TABLE personal_data_access (
    seq            BIGINT        NOT NULL PRIMARY KEY,
    accessed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id        VARCHAR(64)   NOT NULL,
    action         VARCHAR(30)   NOT NULL,
    subject        VARCHAR(300)  NOT NULL,
    township_code  VARCHAR(9),
    record_count   INTEGER,
    reason         VARCHAR(500),
    client_address VARCHAR(64),
    prev_hash      VARCHAR(64)   NOT NULL,
    row_hash       VARCHAR(64)   NOT NULL
);
CREATE INDEX ix_access_user_time ON personal_data_access (user_id, accessed_at);
CREATE INDEX ix_access_time ON personal_data_access (accessed_at);
CREATE INDEX ix_access_subject ON personal_data_access (subject);

CREATE TABLE personal_data_access_head (
    id          INTEGER      NOT NULL PRIMARY KEY,
    last_seq    BIGINT       NOT NULL,
    last_hash   VARCHAR(64)  NOT NULL,
    anchor_seq  BIGINT       NOT NULL,
    anchor_hash VARCHAR(64)  NOT NULL,
    CONSTRAINT ck_access_head_single CHECK (id = 1)
);
INSERT INTO personal_data_access_head (id, last_seq, last_hash, anchor_seq, anchor_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000',
        0, '0000000000000000000000000000000000000000000000000000000000000000');
