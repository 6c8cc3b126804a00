-- Written by version 11: a person written sealed (SM4-GCM under data key k1 of UpgradeFixtureValues.KEYS)
-- with the blind index of the ID number (341723197511204317, phone 13955660003), and a closed case.
INSERT INTO person (id, id_number, name, phone, township_code, village_code, created_at, id_number_index)
VALUES (1101, 'v1:k1:pWm5t1Namurg8uhIYHpaeO/hL3m5rCW2GxFLvHWq+ecWUH/VUKcjbdCrCllnFw==', '张建国',
        'v1:k1:sXuU2BLUjRJTFfCVvcD7XB34I4bWJPhBKnj+5ERlueKUZp5PimbD', '341723200', '341723200202',
        '2024-02-01 10:00:00+08:00', 'i1:fgez8Sg-E3f3Jrv6FY-0_qgnwFOYKEZkBAUq3JKreFM');
INSERT INTO case_sequence (prefix, last_value) VALUES ('341723200-202402', 1);
INSERT INTO discovery_case (id, case_number, person_id, open_person_id, township_code, village_code, channel, urgent,
                            related_to_staff, status, category, process_instance_id, opened_at, closed_at)
VALUES (1101, '341723200-202402-0001', 1101, NULL, '341723200', '341723200202', 'big_data', FALSE, FALSE, 'CLOSED',
        'GENERAL', '1c0e9b5a-c0de-11ee-8f2a-0242ac120002', '2024-02-01 10:00:00+08:00', '2024-03-15 16:00:00+08:00');
INSERT INTO case_report (id, case_id, channel, reporter, reported_by, description, urgent, result, external_ref, received_at)
VALUES (1101, 1101, 'big_data', '社会救助大数据平台', 'big-data-platform', '大额医疗支出预警', FALSE, 'OPENED',
        'alert:AH-DSJ-20240131-000045', '2024-02-01 10:00:00+08:00');
