-- Written by version 7: the monthly sweep of two villages, one finished, one reminded and overdue.
INSERT INTO sweep_village (id, sweep_month, township_code, village_code, status, households_visited, people_reported, note,
                           reminded_at, finished_at)
VALUES (701, '2023-07', '341723200', '341723200201', 'DONE', 412, 2, '重点走访独居老人', '2023-07-25 09:00:00+08:00',
        '2023-07-27 18:00:00+08:00');
INSERT INTO sweep_village (id, sweep_month, township_code, village_code, status, households_visited, people_reported, note,
                           reminded_at, finished_at)
VALUES (702, '2023-07', '341723200', '341723200202', 'OVERDUE', NULL, NULL, NULL, '2023-07-25 09:00:00+08:00', NULL);
