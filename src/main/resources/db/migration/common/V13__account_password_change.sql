-- Accounts that must choose their own password before they may work: created with an initial
-- password, or given a new one, by someone else (an administrator). One row per such account,
-- removed when the user sets a password of their own or is deleted (see docs/security-accounts.md).
CREATE TABLE account_password_change (
    user_id     VARCHAR(64)  PRIMARY KEY,
    reason      VARCHAR(10)  NOT NULL,
    required_by VARCHAR(64)  NOT NULL,
    required_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT ck_account_password_change_reason CHECK (reason IN ('CREATED', 'RESET'))
);
