-- Written by version 6: big-data warnings, one attached to an open case, one refused with its reason.
INSERT INTO big_data_alert (id, alert_id, source, type, detected_at, township_code, case_id, result, error_code,
                            error_message, details, received_by, received_at)
VALUES (601, 'AH-DSJ-20230610-000123', '安徽省社会救助大数据平台', 'MEDICAL_EXPENSE', '2023-06-09 23:00:00+08:00',
        '341723200', 202, 'ATTACHED', NULL, NULL, '{"hospitalisedDays":12,"selfPaid":18650.00}', 'big-data-platform',
        '2023-06-10 02:00:00+08:00');
INSERT INTO big_data_alert (id, alert_id, source, type, detected_at, township_code, case_id, result, error_code,
                            error_message, details, received_by, received_at)
VALUES (602, 'AH-DSJ-20230610-000124', '安徽省社会救助大数据平台', 'DISABILITY', '2023-06-09 23:00:00+08:00',
        '341723200', NULL, 'REJECTED', 'ID_NUMBER_INVALID', '身份证号校验位不正确', '{"idNumber":"3417231968071532**"}',
        'big-data-platform', '2023-06-10 02:00:00+08:00');
