-- Written by version 8: follow-up visits (回访) of the classified entry.
INSERT INTO follow_up_visit (id, ledger_entry_id, visit_no, visit_date, outcome, note, recorded_at)
VALUES (801, 301, 1, '2023-08-10', 'UNCHANGED', '供养到位，照料正常', '2023-08-10 16:00:00+08:00');
INSERT INTO follow_up_visit (id, ledger_entry_id, visit_no, visit_date, outcome, note, recorded_at)
VALUES (802, 301, 2, '2023-09-12', 'UNCHANGED', NULL, '2023-09-12 15:30:00+08:00');
