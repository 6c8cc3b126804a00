-- Written by version 15: a person born outside the county (ID number 110101195003085426, phone
-- 13955660004, sealed) and her open case, 户籍 NON_LOCAL.
INSERT INTO person (id, id_number, name, phone, township_code, village_code, created_at, id_number_index)
VALUES (1501, 'v1:k1:9syKNR7kxa1FUJhwsEUu/hWnygo1phCRhgqyETxMDpZiO2E9npzh2dI2rNmYtQ==', '陈桂兰',
        'v1:k1:AUm6JeNs4+0ygaBFFGVoZGL9eesWixhP2NOuxBj+6Yu8v1Z+G9uh', '341723200', '341723200202',
        '2024-09-03 08:45:00+08:00', 'i1:l2LjJS0cDvIZP2LANg9TTZiOCboIsZQ8tT2WZBzq0xA');
INSERT INTO case_sequence (prefix, last_value) VALUES ('341723200-202409', 1);
INSERT INTO discovery_case (id, case_number, person_id, open_person_id, township_code, village_code, channel, urgent,
                            related_to_staff, status, category, process_instance_id, opened_at, closed_at,
                            household_registration)
VALUES (1501, '341723200-202409-0001', 1501, 1501, '341723200', '341723200202', 'online', FALSE, FALSE, 'OPEN', NULL,
        '5e7f9a10-69b2-11ef-b864-0242ac120002', '2024-09-03 08:45:00+08:00', NULL, 'NON_LOCAL');
INSERT INTO case_report (id, case_id, channel, reporter, reported_by, description, urgent, result, external_ref, received_at)
VALUES (1501, 1501, 'online', '本人', 'online-portal', '随子女迁居本村，生活困难', FALSE, 'OPENED', NULL,
        '2024-09-03 08:45:00+08:00');
