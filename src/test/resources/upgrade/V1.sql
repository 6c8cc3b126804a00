-- Written by version 1: the county's organisation (county, a township, two villages, a retired village).
INSERT INTO org_unit (code, name, level, parent_code, active, updated_at) VALUES ('341723', '青阳县', 'county', NULL, TRUE, '2023-01-05 08:30:00+08:00');
INSERT INTO org_unit (code, name, level, parent_code, active, updated_at) VALUES ('341723200', '乔木乡', 'township', '341723', TRUE, '2023-01-05 08:30:00+08:00');
INSERT INTO org_unit (code, name, level, parent_code, active, updated_at) VALUES ('341723200201', '凌塘村', 'village', '341723200', TRUE, '2023-01-05 08:30:00+08:00');
INSERT INTO org_unit (code, name, level, parent_code, active, updated_at) VALUES ('341723200202', '金山村', 'village', '341723200', TRUE, '2023-01-05 08:30:00+08:00');
INSERT INTO org_unit (code, name, level, parent_code, active, updated_at) VALUES ('341723200203', '旧桥村', 'village', '341723200', FALSE, '2023-02-10 16:00:00+08:00');
