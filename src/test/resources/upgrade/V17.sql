-- Written by version 17: the household's classified entry of another category with the notice's columns,
-- from a closed case of its head.
INSERT INTO discovery_case (id, case_number, person_id, open_person_id, township_code, village_code, channel, urgent,
                            related_to_staff, status, category, process_instance_id, opened_at, closed_at,
                            household_registration, household_id, open_household_id)
VALUES (1701, '341723200-202409-0002', 1602, NULL, '341723200', '341723200201', 'hotline', TRUE, FALSE, 'CLOSED',
        'SPECIAL', '2a9c4e61-7b3f-11ef-b864-0242ac120002', '2024-09-10 11:00:00+08:00', '2025-03-05 16:00:00+08:00',
        'LOCAL', 1601, NULL);
INSERT INTO ledger_entry (id, case_id, person_id, kind, township_code, village_code, category, urgent, causes, measures,
                          next_follow_up, status, created_at, household_id, health_status, disability_grade, self_care,
                          labour_capacity, hardship_degree, self_help_capacity, household_size, per_capita_income,
                          member_benefits, responsible_person, updated_at)
VALUES (1701, 1701, 1602, 'CLASSIFIED', '341723200', '341723200201', 'SPECIAL', TRUE, '03', '救助路径：低保、残疾人两项补贴',
        '2025-09-05', 'ACTIVE', '2025-03-05 16:00:00+08:00', 1601, 'DISABLED', 3, 'PARTIAL', 'PARTIAL', 'SEVERE', 'WEAK',
        2, 680.00, '刘大勇：低保、残疾人两项补贴', '吴刚', '2025-03-06 09:00:00+08:00');
