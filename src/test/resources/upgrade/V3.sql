-- Written by version 3: home visits (one not seeing the person, one seeing him), first aid, the
-- cases' events and the classified ledger (a 急难 entry and a classified one).
INSERT INTO home_visit (id, case_id, visit_no, visit_date, investigator1, investigator2, person_seen, not_seen_reason,
                        health_status, disability_grade, labour_capacity, adl_failed, household_size, income_wage,
                        income_business, income_property, income_transfer, main_assets, medical_spending,
                        education_spending, causes, hardship_degree, self_help_capacity, findings, countermeasures,
                        conclusion, recorded_by, recorded_at)
VALUES (301, 201, 1, '2023-03-06', '周敏', '孙丽', FALSE, '外出就医未归', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
        NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'NOT_SEEN', 'qiaomu-caseworker', '2023-03-06 16:20:00+08:00');
INSERT INTO home_visit (id, case_id, visit_no, visit_date, investigator1, investigator2, person_seen, not_seen_reason,
                        health_status, disability_grade, labour_capacity, adl_failed, household_size, income_wage,
                        income_business, income_property, income_transfer, main_assets, medical_spending,
                        education_spending, causes, hardship_degree, self_help_capacity, findings, countermeasures,
                        conclusion, recorded_by, recorded_at)
VALUES (302, 201, 2, '2023-03-10', '周敏', '孙丽', TRUE, NULL, 'DISABLED', 2, 'LOST', 4, 1, 300.00, 0.00, 0.00, 150.00,
        '自建房一处', 120.50, 0.00, '03,01', 'SEVERE', 'NONE', '独居，二级残疾，生活不能自理', '申请特困供养',
        'COMPLETE', 'qiaomu-caseworker', '2023-03-10 17:05:00+08:00');

INSERT INTO emergency_aid (id, case_id, aid_kind, amount, purpose, county_approved, granted_at, post_approved_at)
VALUES (301, 202, 'CASH', 2000.00, '住院押金', FALSE, '2023-03-20 18:00:00+08:00', '2023-03-24 10:30:00+08:00');

INSERT INTO case_event (id, case_id, kind, detail, actor, at)
VALUES (301, 201, 'REGISTERED', '登记：村级摸排', 'lingtang-collector', '2023-03-02 09:15:00+08:00');
INSERT INTO case_event (id, case_id, kind, detail, actor, at)
VALUES (302, 201, 'CLASSIFIED', '认定为特殊困难', 'qiaomu-caseworker', '2023-04-28 17:40:00+08:00');
INSERT INTO case_event (id, case_id, kind, detail, actor, at)
VALUES (303, 202, 'EMERGENCY_AID', '先行救助 2000 元', 'qiaomu-caseworker', '2023-03-20 18:00:00+08:00');

INSERT INTO ledger_entry (id, case_id, person_id, kind, township_code, village_code, category, urgent, causes, measures,
                          next_follow_up, status, created_at)
VALUES (301, 201, 201, 'CLASSIFIED', '341723200', '341723200201', 'SPECIAL', FALSE, '03,01', '救助路径：特困供养',
        '2026-12-10', 'ACTIVE', '2023-04-28 17:40:00+08:00');
INSERT INTO ledger_entry (id, case_id, person_id, kind, township_code, village_code, category, urgent, causes, measures,
                          next_follow_up, status, created_at)
VALUES (302, 202, 202, 'URGENT', '341723200', '341723200201', NULL, TRUE, '02', '先行救助：住院押金', NULL, 'ACTIVE',
        '2023-03-20 18:00:00+08:00');
