-- Written by version 14: the outbox as a queue: an SMS that failed after its attempts (recipient sealed:
-- 13866771234), a department notice claimed by a node, one delivered.
INSERT INTO outbound_message (id, channel, idempotency_key, case_id, recipient, payload, status, sent_at, attempts,
                              next_attempt_at, claimed_by, claimed_at, delivered_at, last_error)
VALUES (1401, 'SMS', 'case:1101:sms-decision', 1101, 'v1:k1:fgGUx26iX3HgGJwr6MPEeFeO6r8QTnLIeVsvMiuel3QQgSkn3sE6',
        '【青阳县民政局】您的救助申请已办结。', 'FAILED', '2024-07-01 09:00:00+08:00', 5, NULL, NULL, NULL, NULL,
        '短信网关返回 503 Service Unavailable');
INSERT INTO outbound_message (id, channel, idempotency_key, case_id, recipient, payload, status, sent_at, attempts,
                              next_attempt_at, claimed_by, claimed_at, delivered_at, last_error)
VALUES (1402, 'DEPARTMENT', 'case:1101:referral:HEALTH_INSURANCE', 1101, NULL,
        '{"department":"HEALTH_INSURANCE","case":"341723200-202402-0001"}', 'SENDING', '2024-07-01 09:00:01+08:00', 1,
        '2024-07-01 09:05:01+08:00', 'node-2:4711', '2024-07-01 09:00:02+08:00', NULL, 'connect timed out');
INSERT INTO outbound_message (id, channel, idempotency_key, case_id, recipient, payload, status, sent_at, attempts,
                              next_attempt_at, claimed_by, claimed_at, delivered_at, last_error)
VALUES (1403, 'FINANCE', 'case:201:payment:2024-07', 201, NULL, '{"case":"341723200-202303-0001","amount":780.00}',
        'SENT', '2024-07-01 09:00:03+08:00', 1, NULL, 'node-1:4242', '2024-07-01 09:00:04+08:00',
        '2024-07-01 09:00:05+08:00', NULL);
