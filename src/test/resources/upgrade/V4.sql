-- Written by version 4: assistance decided for the closed case (特困, care at home with a carer whose
-- phone is in clear until V11.1), a referral and low-income monitoring.
INSERT INTO assistance_decision (id, case_id, kind, outcome, amount, detail, decided_at)
VALUES (401, 201, 'SPECIAL_CARE', 'APPROVED', 780.00, '特困人员分散供养', '2023-04-25 11:00:00+08:00');
INSERT INTO assistance_decision (id, case_id, kind, outcome, amount, detail, decided_at)
VALUES (402, 201, 'TEMPORARY', 'REJECTED', NULL, '已纳入特困，不重复救助', '2023-04-25 11:05:00+08:00');

INSERT INTO care_arrangement (id, case_id, kind, institution_name, admission_date, caregiver_name, caregiver_phone,
                              care_duties, visit_frequency, agreement_date, recorded_at)
VALUES (401, 201, 'MATERIAL_SERVICE', '青阳县乔木乡敬老院', '2023-05-01', '王春花', '13855661234', '每日送餐、代购药品',
        '每周两次', '2023-04-27', '2023-04-27 15:00:00+08:00');

INSERT INTO referral (id, case_id, department, status, answer, referred_at, answered_at)
VALUES (401, 201, 'DISABLED_FEDERATION', 'ANSWERED', '已办理二级残疾人两项补贴', '2023-04-26 09:00:00+08:00',
        '2023-05-08 16:30:00+08:00');

INSERT INTO monitoring_enrolment (id, case_id, person_id, enrolled_at)
VALUES (401, 202, 202, '2023-04-02 10:00:00+08:00');
