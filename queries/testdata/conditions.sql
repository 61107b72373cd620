-- Programs whose visas carry conditions, and the facts newer than the programs contract
-- (read from the facts table), for the Step 3 / ECFMG / graduation-year / clinical-recency
-- tests. Like P01 otherwise, so only the reasons under test differ.
INSERT INTO programs SELECT * REPLACE ('1400000030' AS program_id, ['3030140C0'] AS nrmp_codes,
    'Step Three Rank List Center' AS name, FALSE AS visa_j1, 'https://p30.test/visa' AS visa_j1_evidence_url,
    'J-1 visas are not accepted.' AS visa_j1_evidence_text,
    'only if Step 3 passed before the rank order list deadline' AS visa_h1b_condition,
    'https://p30.test/visa' AS visa_h1b_evidence_url,
    'H-1B sponsorship is available only to applicants who pass Step 3 before the rank order list deadline.' AS visa_h1b_evidence_text)
    FROM programs WHERE program_id = '1400000001';
INSERT INTO programs SELECT * REPLACE ('1400000031' AS program_id, ['3131140C0'] AS nrmp_codes,
    'High Score H1B Center' AS name, 'for applicants with Step 2 CK above 250' AS visa_h1b_condition,
    'https://p31.test/visa' AS visa_h1b_evidence_url,
    'We sponsor H-1B visas for applicants with Step 2 CK above 250.' AS visa_h1b_evidence_text)
    FROM programs WHERE program_id = '1400000001';
INSERT INTO programs SELECT * REPLACE ('1400000032' AS program_id, ['3232140C0'] AS nrmp_codes,
    'Transfer H1B Center' AS name, 'only for applicants who already hold an H-1B visa' AS visa_h1b_condition,
    'https://p32.test/visa' AS visa_h1b_evidence_url,
    'H-1B sponsorship only for applicants who already hold an H-1B visa.' AS visa_h1b_evidence_text)
    FROM programs WHERE program_id = '1400000001';
INSERT INTO programs SELECT * REPLACE ('1400000033' AS program_id, ['3333140P0'] AS nrmp_codes,
    'ECFMG At Application Center' AS name)
    FROM programs WHERE program_id = '1400000001';
INSERT INTO programs SELECT * REPLACE ('1400000034' AS program_id, ['3434140C0'] AS nrmp_codes,
    'Graduated Twenty Twenty Center' AS name, NULL AS yog_no_limit)
    FROM programs WHERE program_id = '1400000001';
INSERT INTO programs SELECT * REPLACE ('1400000035' AS program_id, ['3535140C0'] AS nrmp_codes,
    'Recent Clinical Work Center' AS name)
    FROM programs WHERE program_id = '1400000001';
INSERT INTO programs SELECT * REPLACE ('1400000036' AS program_id, ['3636140C0'] AS nrmp_codes,
    'YOG At Application Center' AS name, NULL AS yog_no_limit, 7.0 AS yog_max_years,
    'application' AS yog_counted_to, 'https://p36.test/yog' AS yog_max_years_evidence_url,
    'Applicants must be within 7 years of graduation at the time of application.' AS yog_max_years_evidence_text)
    FROM programs WHERE program_id = '1400000001';

INSERT INTO facts (run_id, program_id, field, value_text, value_num, evidence_url, evidence_text) VALUES
    ('run1', '1400000033', 'ecfmg_deadline', 'application', NULL, 'https://p33.test/ecfmg',
     'Applicants must be ECFMG certified at the time of application.'),
    ('run1', '1400000034', 'grad_year_min', NULL, 2020, 'https://p34.test/yog',
     'Applicants must have graduated in 2020 or later.'),
    ('run1', '1400000035', 'clinical_recency_max_years', NULL, 5, 'https://p35.test/clinical',
     'No more than 5 years may have passed since your last clinical training.');
