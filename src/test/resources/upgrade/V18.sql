-- Written by version 18: a report of the son that joined the household's open case (whose person is
-- his father): the report names the person it is about.
INSERT INTO case_report (id, case_id, channel, reporter, reported_by, description, urgent, result, external_ref,
                         received_at, person_id)
VALUES (1801, 1602, 'school', '青阳县乔木中学', 'school-liaison', '学生家庭困难，学费难以负担', FALSE, 'ATTACHED',
        'school:QMZX-2025-031', '2025-03-10 08:30:00+08:00', 1601);
