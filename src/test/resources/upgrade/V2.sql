-- Written by version 2: persons with their ID numbers and phones in clear (sealed from V11.1 on), the
-- case number counter, cases (one closed, one open) and their reports.
INSERT INTO person (id, id_number, name, phone, township_code, village_code, created_at)
VALUES (201, '341723194205061211', '王德福', '13955660001', '341723200', '341723200201', '2023-03-02 09:15:00+08:00');
INSERT INTO person (id, id_number, name, phone, township_code, village_code, created_at)
VALUES (202, '341723196807153227', '李秀英', NULL, '341723200', '341723200201', '2023-03-20 14:05:00+08:00');

INSERT INTO case_sequence (prefix, last_value) VALUES ('341723200-202303', 2);

INSERT INTO discovery_case (id, case_number, person_id, open_person_id, township_code, village_code, channel, urgent,
                            related_to_staff, status, category, process_instance_id, opened_at, closed_at)
VALUES (201, '341723200-202303-0001', 201, NULL, '341723200', '341723200201', 'village_sweep', FALSE, FALSE, 'CLOSED',
        'SPECIAL', '6f1c2a7e-0b1d-11ee-9c1a-0242ac120002', '2023-03-02 09:15:00+08:00', '2023-04-28 17:40:00+08:00');
INSERT INTO discovery_case (id, case_number, person_id, open_person_id, township_code, village_code, channel, urgent,
                            related_to_staff, status, category, process_instance_id, opened_at, closed_at)
VALUES (202, '341723200-202303-0002', 202, 202, '341723200', '341723200201', 'hotline', TRUE, TRUE, 'OPEN',
        NULL, '8a4d0c33-0b1d-11ee-9c1a-0242ac120002', '2023-03-20 14:05:00+08:00', NULL);

INSERT INTO case_report (id, case_id, channel, reporter, reported_by, description, urgent, result, external_ref, received_at)
VALUES (201, 201, 'village_sweep', '凌塘村协理员', 'lingtang-collector', '独居老人，患病无人照料', FALSE, 'OPENED', NULL,
        '2023-03-02 09:15:00+08:00');
INSERT INTO case_report (id, case_id, channel, reporter, reported_by, description, urgent, result, external_ref, received_at)
VALUES (202, 202, 'hotline', '邻居', 'hotline-operator', '住院急需押金', TRUE, 'OPENED', '12345-20230320-0087',
        '2023-03-20 14:05:00+08:00');
INSERT INTO case_report (id, case_id, channel, reporter, reported_by, description, urgent, result, external_ref, received_at)
VALUES (203, 202, 'village_sweep', '凌塘村协理员', 'lingtang-collector', '同一人，已有在办案件', FALSE, 'ATTACHED', NULL,
        '2023-03-22 10:00:00+08:00');
