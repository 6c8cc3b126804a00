-- Written by version 10: messages sent to outside systems; the SMS recipient's phone in clear (sealed
-- from V11.1 on), the department's notice without one.
INSERT INTO outbound_message (id, channel, idempotency_key, case_id, recipient, payload, status, sent_at)
VALUES (1001, 'SMS', 'case:201:sms-decision', 201, '13955660001', '【青阳县民政局】您的特困供养申请已批准。', 'SENT',
        '2023-11-02 09:30:00+08:00');
INSERT INTO outbound_message (id, channel, idempotency_key, case_id, recipient, payload, status, sent_at)
VALUES (1002, 'DEPARTMENT', 'case:201:referral:DISABLED_FEDERATION', 201, NULL, '{"department":"DISABLED_FEDERATION","case":"341723200-202303-0001"}',
        'SENT', '2023-11-02 09:30:01+08:00');
