-- Written by version 12: two reads of personal data in the access log, chained by the application's
-- AccessLog with UpgradeFixtureValues.ACCESS_LOG_KEY (UpgradeFixtureValues.main prints them), and the
-- head moved to the last link as AccessLogRepository.append moves it.
INSERT INTO personal_data_access (seq, accessed_at, user_id, action, subject, township_code, record_count, reason,
                                  client_address, prev_hash, row_hash)
VALUES (1, '2024-05-06 09:20:00+08:00', 'qiaomu-caseworker', 'READ_CASE', 'case:341723200-202303-0001', '341723200', 1,
        NULL, '10.34.17.23', '0000000000000000000000000000000000000000000000000000000000000000',
        'a9165829262f1887a2ebf9548a5ba7e7c8a27fb6aed54db74f509cfb2d44e655');
INSERT INTO personal_data_access (seq, accessed_at, user_id, action, subject, township_code, record_count, reason,
                                  client_address, prev_hash, row_hash)
VALUES (2, '2024-05-06 09:21:30+08:00', 'county-supervisor', 'SHOW_ID_NUMBER', 'person:201', '341723200', 1,
        '核对户籍', '10.34.17.23', 'a9165829262f1887a2ebf9548a5ba7e7c8a27fb6aed54db74f509cfb2d44e655',
        '97beb8314be3186132e9d85333db3c407a4da1ad8aa23e6b769c95f66885df89');
UPDATE personal_data_access_head SET last_seq = 2,
       last_hash = '97beb8314be3186132e9d85333db3c407a4da1ad8aa23e6b769c95f66885df89' WHERE id = 1;
