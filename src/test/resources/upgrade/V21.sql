-- Written by version 21: the retention run removed an expired case file (a 2015 temporary-assistance
-- case) and left its de-personalised catalogue row.
INSERT INTO case_archive_catalogue (case_number, township_code, village_code, channel, urgent, category, outcome,
                                    opened_at, closed_at, removed_at, rows_removed)
VALUES ('QY-2015-000042', '341723200', '341723200201', 'hotline', TRUE, 'TEMPORARY', 'TEMPORARY:APPROVED',
        '2015-03-02 09:10:00+08:00', '2015-04-20 16:30:00+08:00', '2025-04-21 02:15:07+08:00', 37);
