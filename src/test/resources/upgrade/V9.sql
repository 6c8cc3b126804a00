-- Written by version 9: county oversight: a quarterly inspection rectified and verified, a month's
-- spot-check draw with a sampled and an unsampled candidate, and the annual assessment.
INSERT INTO quarterly_inspection (id, inspection_quarter, township_code, figures, status, findings, inspected_by,
                                  inspected_at, rectification_due, rectification_report, rectified_at,
                                  verification_rounds, verification_note, verified_at, compiled_at)
VALUES (901, '2023-Q3', '341723200', '{"cases":2,"overdueVisits":1,"sweepsDone":1,"sweepsOverdue":1}', 'VERIFIED',
        '金山村七月摸排超期', 'county-supervisor', '2023-10-12 10:00:00+08:00', '2023-10-31', '已补做摸排并约谈村干部',
        '2023-10-25 17:00:00+08:00', 1, '整改到位', '2023-10-30 11:00:00+08:00', '2023-10-08 02:00:00+08:00');

INSERT INTO spot_check_draw (id, draw_month, seed, special_rate, other_rate, window_from, window_to, population, sampled,
                             drawn_by, drawn_at)
VALUES (901, '2023-10', 7340218812345, 0.100, 0.050, '2023-04-01', '2023-09-30', 2, 1, 'county-supervisor',
        '2023-10-02 09:00:00+08:00');
INSERT INTO spot_check_item (id, draw_id, position, case_id, township_code, recipient_kind, stratum, related_to_staff,
                             approved_at, sampled, sample_reason, outcome, findings, checked_by, checked_at, correction,
                             corrected_by, corrected_at)
VALUES (901, 901, 1, 201, '341723200', 'SPECIAL_CARE', 'SPECIAL', FALSE, '2023-04-25 11:00:00+08:00', TRUE, 'RANDOM',
        'WRONG', '供养金额计算有误', 'county-supervisor', '2023-10-16 15:00:00+08:00', '已按标准补发差额',
        'qiaomu-caseworker', '2023-10-20 10:00:00+08:00');
INSERT INTO spot_check_item (id, draw_id, position, case_id, township_code, recipient_kind, stratum, related_to_staff,
                             approved_at, sampled, sample_reason, outcome, findings, checked_by, checked_at, correction,
                             corrected_by, corrected_at)
VALUES (902, 901, 2, 202, '341723200', 'TEMPORARY', 'OTHER', TRUE, '2023-03-24 10:30:00+08:00', FALSE, NULL, NULL, NULL,
        NULL, NULL, NULL, NULL, NULL);

INSERT INTO annual_assessment (id, assessment_year, township_code, figures, score, score_detail, township_rank, status,
                               review_note, reviewed_by, reviewed_at, computed_at)
VALUES (901, 2023, '341723200', '{"cases":2,"onTimeVisits":0.5,"spotCheckFindings":1}', 86.5,
        '{"discovery":30,"timeliness":22.5,"accuracy":34}', 1, 'REVIEWED', '整改及时', 'county-leader',
        '2024-01-15 10:00:00+08:00', '2024-01-05 02:00:00+08:00');
