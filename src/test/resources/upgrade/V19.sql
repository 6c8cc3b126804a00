-- Written by version 19: an administrator entered 2027's holiday arrangement (illustrative days: the
-- statutory ones plus a longer 春节 and one 调休 Saturday), replacing the statutory count, and the
-- version row moved on.
INSERT INTO holiday_arrangement (arrangement_year, holidays, workdays, source, entered_by, entered_at)
VALUES (2027, '2027-01-01,2027-02-05,2027-02-06,2027-02-07,2027-02-08,2027-02-09,2027-02-10,2027-02-11,2027-04-05,2027-05-01,2027-05-02,2027-06-09,2027-09-15,2027-10-01,2027-10-02,2027-10-03',
        '2027-02-20', '示例：国办发明电（示例）', 'county-admin', '2026-11-20 10:00:00+08:00');
INSERT INTO holiday_arrangement_change (id, arrangement_year, changed_by, changed_at, source, before_origin,
                                        before_holidays, before_workdays, after_holidays, after_workdays)
VALUES (1901, 2027, 'county-admin', '2026-11-20 10:00:00+08:00', '示例：国办发明电（示例）', 'STATUTORY',
        '2027-01-01,2027-02-05,2027-02-06,2027-02-07,2027-02-08,2027-04-05,2027-05-01,2027-05-02,2027-06-09,2027-09-15,2027-10-01,2027-10-02,2027-10-03',
        '',
        '2027-01-01,2027-02-05,2027-02-06,2027-02-07,2027-02-08,2027-02-09,2027-02-10,2027-02-11,2027-04-05,2027-05-01,2027-05-02,2027-06-09,2027-09-15,2027-10-01,2027-10-02,2027-10-03',
        '2027-02-20');
UPDATE holiday_arrangement_version SET serial = 1, token = '5b0c2a7e-3f1d-4c8e-9a61-2d7f0e4b9c13' WHERE id = 1;
