-- Written by version 5: a roster (花名册) uploaded in the background, finished with one row refused,
-- and the report one of its rows became.
INSERT INTO roster_import (id, uploaded_by, file_sha256, mode, status, total, processed, imported, duplicates, errors,
                           created_at, finished_at)
VALUES ('3f2b8c1e-5d7a-4e9b-9a61-2c0d8e4f7a15', 'qiaomu-caseworker',
        '9c56cc51b374c3ba189210d5b6d4bf57790d351c96c47c02190ecf1e430635ab', 'LOW_INCOME', 'DONE', 3, 3, 1, 1,
        '[{"row":4,"message":"身份证号校验位不正确"}]', '2023-05-15 09:00:00+08:00', '2023-05-15 09:00:07+08:00');
INSERT INTO case_report (id, case_id, channel, reporter, reported_by, description, urgent, result, external_ref, received_at)
VALUES (501, 202, 'roster', '乔木乡低收入人口花名册', 'qiaomu-caseworker', '低收入人口动态监测', FALSE, 'ATTACHED',
        'roster:9c56cc51b374c3ba:2', '2023-05-15 09:00:03+08:00');
