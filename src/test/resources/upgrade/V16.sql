-- Written by version 16: a household file (一户一档) of two members (ID numbers 341723197802116122 and
-- 341723200809126512, phone 13955660005, sealed), its legal supporter and first version, a household
-- merged into it, a closed case of the son classified by V16's code (its ledger entry without a
-- household: V17 gives it its case's) and the household's open case.
INSERT INTO person (id, id_number, name, phone, township_code, village_code, created_at, id_number_index)
VALUES (1601, 'v1:k1:qKrgfCFPc/0n+3oyxC9+nWUILoGMhnAk1lKEqrD0+kU5GfMts0fFjyun7KuPNw==', '刘小军',
        'v1:k1:bAJ6IuiC6XtFezHiLLTVZvsU6x+aehQOfEusMzgdmsB4GRPVoSG+', '341723200', '341723200201',
        '2025-01-06 09:00:00+08:00', 'i1:biZupn9hfFt91muhRv3l7ahdKz3Hztydelvx_CLfrKs');
INSERT INTO person (id, id_number, name, phone, township_code, village_code, created_at, id_number_index)
VALUES (1602, 'v1:k1:BZ5ZQOFjE6GDk5mbA3ycCyKk+bptieO7RmXjO/c2J1g1Bm9ab1L2VFMVbh3aqw==', '刘大勇', NULL,
        '341723200', '341723200201', '2025-01-06 09:00:00+08:00', 'i1:BsM5RiCDlz4JbcDnl3LdvKSfapuJEVqLDiEzC3JDEBs');

INSERT INTO household (id, township_code, village_code, address, registration_type, housing_type, housing_safety, houses,
                       vehicles, savings_band, business, lifted_from_poverty, under_monitoring, focus_groups,
                       responsible_person, version, merged_into, created_at, updated_at)
VALUES (1601, '341723200', '341723200201', '乔木乡凌塘村刘家组 12 号', 'RURAL', 'OWN', 'C', 1, 0, 'UNDER_10K',
        '种植水稻 3 亩', TRUE, TRUE, 'DISABLED,MINOR', '吴刚', 2, NULL, '2025-01-06 09:00:00+08:00',
        '2025-01-20 15:00:00+08:00');
INSERT INTO household (id, township_code, village_code, address, registration_type, housing_type, housing_safety, houses,
                       vehicles, savings_band, business, lifted_from_poverty, under_monitoring, focus_groups,
                       responsible_person, version, merged_into, created_at, updated_at)
VALUES (1602, '341723200', '341723200201', '乔木乡凌塘村刘家组 12 号', 'RURAL', NULL, NULL, NULL, NULL, NULL, NULL,
        FALSE, FALSE, NULL, NULL, 2, 1601, '2025-01-06 09:00:00+08:00', '2025-01-20 15:00:00+08:00');

INSERT INTO household_member (id, household_id, person_id, relation, head_of_household, health, illness,
                              disability_category, disability_grade, labour_capacity, self_care, schooling, employment,
                              income_wage, income_business, income_property, income_transfer, medical_spending,
                              education_spending, benefits)
VALUES (1601, 1601, 1602, 'HEAD', 1601, 'DISABLED', '腰椎损伤', 'PHYSICAL', 3, 'PARTIAL', 'PARTIAL', NULL, 'FARMING',
        800.00, 300.00, 0.00, 260.00, 150.00, 0.00, 'DIBAO,DISABILITY_SUBSIDY');
INSERT INTO household_member (id, household_id, person_id, relation, head_of_household, health, illness,
                              disability_category, disability_grade, labour_capacity, self_care, schooling, employment,
                              income_wage, income_business, income_property, income_transfer, medical_spending,
                              education_spending, benefits)
VALUES (1602, 1601, 1601, 'CHILD', NULL, 'HEALTHY', NULL, NULL, NULL, 'NONE', 'SELF', 'MIDDLE_SCHOOL', 'STUDENT',
        0.00, 0.00, 0.00, 0.00, 0.00, 600.00, NULL);

INSERT INTO household_supporter (id, household_id, name, relation, able_to_support, note)
VALUES (1601, 1601, '刘大芳', 'SISTER', FALSE, '外嫁外省，本人低保');

INSERT INTO household_version (id, household_id, version_no, changed_by, source, summary, snapshot, changed_at)
VALUES (1601, 1601, 1, 'qiaomu-caseworker', '入户调查评估', '建档：户主刘大勇，成员 2 人',
        '{"members":[{"personId":1602,"relation":"HEAD","idNumber":"341723********6122"},{"personId":1601,"relation":"CHILD","idNumber":"341723********6512"}]}',
        '2025-01-06 09:00:00+08:00');
INSERT INTO household_version (id, household_id, version_no, changed_by, source, summary, snapshot, changed_at)
VALUES (1602, 1601, 2, 'qiaomu-caseworker', '并户', '并入 1602 户',
        '{"members":[{"personId":1602,"relation":"HEAD"},{"personId":1601,"relation":"CHILD"}],"merged":[1602]}',
        '2025-01-20 15:00:00+08:00');

INSERT INTO case_sequence (prefix, last_value) VALUES ('341723200-202501', 2);
INSERT INTO discovery_case (id, case_number, person_id, open_person_id, township_code, village_code, channel, urgent,
                            related_to_staff, status, category, process_instance_id, opened_at, closed_at,
                            household_registration, household_id, open_household_id)
VALUES (1601, '341723200-202501-0001', 1601, NULL, '341723200', '341723200201', 'school', FALSE, FALSE, 'CLOSED',
        'GENERAL', '0b6f3d2c-cc0e-11ef-9cd2-0242ac120002', '2025-01-06 09:00:00+08:00', '2025-02-28 17:00:00+08:00',
        'LOCAL', 1601, NULL);
INSERT INTO discovery_case (id, case_number, person_id, open_person_id, township_code, village_code, channel, urgent,
                            related_to_staff, status, category, process_instance_id, opened_at, closed_at,
                            household_registration, household_id, open_household_id)
VALUES (1602, '341723200-202501-0002', 1602, 1602, '341723200', '341723200201', 'village_sweep', FALSE, FALSE, 'OPEN',
        NULL, '7d1e5a90-d7a3-11ef-9cd2-0242ac120002', '2025-01-21 10:00:00+08:00', NULL, 'LOCAL', 1601, 1601);
INSERT INTO home_visit (id, case_id, visit_no, visit_date, investigator1, investigator2, person_seen, not_seen_reason,
                        health_status, disability_grade, labour_capacity, adl_failed, household_size, income_wage,
                        income_business, income_property, income_transfer, main_assets, medical_spending,
                        education_spending, causes, hardship_degree, self_help_capacity, findings, countermeasures,
                        conclusion, recorded_by, recorded_at)
VALUES (1601, 1601, 1, '2025-01-10', '吴刚', '孙丽', TRUE, NULL, 'HEALTHY', NULL, 'NONE', 0, 2, 800.00, 300.00, 0.00,
        260.00, '自建房一处', 150.00, 600.00, '04', 'MODERATE', 'WEAK', '父亲残疾，学生在读', '申请教育救助',
        'COMPLETE', 'qiaomu-caseworker', '2025-01-10 17:00:00+08:00');
INSERT INTO ledger_entry (id, case_id, person_id, kind, township_code, village_code, category, urgent, causes, measures,
                          next_follow_up, status, created_at, household_id)
VALUES (1601, 1601, 1601, 'CLASSIFIED', '341723200', '341723200201', 'GENERAL', FALSE, '04', '救助路径：教育救助',
        '2025-08-28', 'ACTIVE', '2025-02-28 17:00:00+08:00', NULL);
