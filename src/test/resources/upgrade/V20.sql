-- Written by version 20: an administrator entered 2028's holiday arrangement (change 2001) and the
-- county visit of an open case moved from 11 to 12 January 2028 with it.
INSERT INTO due_date_move (id, change_id, kind, item_id, process_instance_id, business_key, element_name,
                           old_due, new_due, moved_at)
VALUES (2001, 2001, 'TASK', 'b2f6c0a4-9a51-11f0-8de9-0242ac120002', 'a91e5c21-9a51-11f0-8de9-0242ac120002',
        'QY-2027-000123', '县级入户核查', '2028-01-11 23:59:59+08:00', '2028-01-12 23:59:59+08:00',
        '2027-12-30 10:15:00+08:00');
