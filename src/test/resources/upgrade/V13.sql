-- Written by version 13: accounts that must choose their own password (one new, one reset).
INSERT INTO account_password_change (user_id, reason, required_by, required_at)
VALUES ('jinshan-collector', 'CREATED', 'county-admin', '2024-06-03 09:00:00+08:00');
INSERT INTO account_password_change (user_id, reason, required_by, required_at)
VALUES ('qiaomu-caseworker', 'RESET', 'county-admin', '2024-06-10 14:30:00+08:00');
