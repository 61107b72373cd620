-- One program per tier rule, for tier_test.go. P01 is the base: every fact known and in
-- the applicant's favour. Every other program is P01 with one thing changed (SELECT *
-- REPLACE), so each test case isolates one rule. Evidence URLs name the program so a test
-- can tell whose evidence a reason carries.
INSERT INTO programs (program_id, nrmp_codes, name, specialty, city, state, url, roster_url,
    pd_name, pd_email, coordinator_name, coordinator_email, phone,
    residents_total, residents_img, residents_unknown, img_share, img_share_source, img_share_evidence_url,
    pages_fetched, run_id, night,
    visa_j1, visa_j1_evidence_url, visa_j1_evidence_text,
    visa_h1b, visa_h1b_evidence_url, visa_h1b_evidence_text,
    yog_no_limit, yog_no_limit_evidence_url, yog_no_limit_evidence_text,
    step2ck_min, step2ck_min_evidence_url, step2ck_min_evidence_text,
    attempts_max, attempts_max_evidence_url, attempts_max_evidence_text,
    usce_requirement, usce_requirement_evidence_url, usce_requirement_evidence_text)
VALUES ('1400000001', ['1234140C0', '1234140P0'], 'Base Complete Hospital Internal Medicine', 'Internal Medicine',
    'Albany', 'NY', 'https://base.test/', 'https://base.test/residents',
    'Dr. Ada Base', 'ada@base.test', 'Carl Coord', 'carl@base.test', '555-0100',
    20, 8, 0, 0.40, 'roster', 'https://base.test/residents',
    3, 'run1', DATE '2026-11-24',
    TRUE, 'https://base.test/eligibility', 'We accept ECFMG-sponsored J-1.',
    TRUE, 'https://base.test/eligibility', 'We sponsor H-1B visas.',
    TRUE, 'https://base.test/eligibility', 'There is no cutoff for year of graduation.',
    220, 'https://base.test/eligibility', 'Minimum Step 2 CK score 220.',
    2, 'https://base.test/eligibility', 'No more than one failure on any Step.',
    'not_required', 'https://base.test/eligibility', 'USCE is not required.');

INSERT INTO programs SELECT * REPLACE ('1400000002' AS program_id, ['2222140C0'] AS nrmp_codes,
    'No H1B Medical Center' AS name, FALSE AS visa_h1b, 'https://p02.test/visa' AS visa_h1b_evidence_url,
    'We do not sponsor H-1B visas.' AS visa_h1b_evidence_text)
    FROM programs WHERE program_id = '1400000001';
INSERT INTO programs SELECT * REPLACE ('1400000003' AS program_id, ['3333140C0'] AS nrmp_codes,
    'No J1 Medical Center' AS name, FALSE AS visa_j1, 'https://p03.test/visa' AS visa_j1_evidence_url,
    'J-1 visas are not accepted.' AS visa_j1_evidence_text)
    FROM programs WHERE program_id = '1400000001';
INSERT INTO programs SELECT * REPLACE ('1400000004' AS program_id, ['4444140C0'] AS nrmp_codes,
    'YOG Five Medical Center' AS name, 5.0 AS yog_max_years, NULL AS yog_no_limit)
    FROM programs WHERE program_id = '1400000001';
UPDATE programs SET yog_max_years_evidence_url = 'https://p04.test/yog',
    yog_max_years_evidence_text = 'Applicants must have graduated within the last 5 years.' WHERE program_id = '1400000004';
INSERT INTO programs SELECT * REPLACE ('1400000005' AS program_id, ['5555140C0'] AS nrmp_codes,
    'YOG Seven Training Start Center' AS name, 7.0 AS yog_max_years, NULL AS yog_no_limit,
    'training_start' AS yog_counted_to, 'https://p05.test/yog' AS yog_max_years_evidence_url,
    'No more than 7 years may have passed since graduation when training starts.' AS yog_max_years_evidence_text)
    FROM programs WHERE program_id = '1400000001';
INSERT INTO programs SELECT * REPLACE ('1400000006' AS program_id, ['6666140C0'] AS nrmp_codes,
    'YOG Preference Center' AS name, NULL AS yog_no_limit, 5.0 AS yog_preferred_max_years,
    'https://p06.test/yog' AS yog_preferred_max_years_evidence_url,
    'Graduation within the past 5 years is preferred.' AS yog_preferred_max_years_evidence_text)
    FROM programs WHERE program_id = '1400000001';
INSERT INTO programs SELECT * REPLACE ('1400000007' AS program_id, ['7777140C0'] AS nrmp_codes,
    'Step Two Strict Center' AS name, 240.0 AS step2ck_min, 'https://p07.test/scores' AS step2ck_min_evidence_url,
    'A Step 2 CK score of at least 240 is required.' AS step2ck_min_evidence_text)
    FROM programs WHERE program_id = '1400000001';
INSERT INTO programs SELECT * REPLACE ('1400000008' AS program_id, ['8888140C0'] AS nrmp_codes,
    'Step Two Preference Center' AS name, NULL AS step2ck_min, 240.0 AS step2ck_preferred_min,
    'https://p08.test/scores' AS step2ck_preferred_min_evidence_url,
    'We prefer Step 2 CK scores of 240 or higher.' AS step2ck_preferred_min_evidence_text)
    FROM programs WHERE program_id = '1400000001';
INSERT INTO programs SELECT * REPLACE ('1400000009' AS program_id, ['9999140C0'] AS nrmp_codes,
    'First Attempt Only Center' AS name, 1.0 AS attempts_max, 'https://p09.test/attempts' AS attempts_max_evidence_url,
    'Every USMLE exam must be passed on the first attempt.' AS attempts_max_evidence_text)
    FROM programs WHERE program_id = '1400000001';
INSERT INTO programs SELECT * REPLACE ('1400000010' AS program_id, ['1010140C0'] AS nrmp_codes,
    'USCE Six Months Center' AS name, 'required' AS usce_requirement, 6.0 AS usce_months,
    'https://p10.test/usce' AS usce_requirement_evidence_url, 'https://p10.test/usce-months' AS usce_months_evidence_url,
    'US clinical experience is required.' AS usce_requirement_evidence_text,
    'At least six months of US clinical experience.' AS usce_months_evidence_text)
    FROM programs WHERE program_id = '1400000001';
INSERT INTO programs SELECT * REPLACE ('1400000011' AS program_id, ['1111140C0'] AS nrmp_codes,
    'Hands On Only Center' AS name, 'required' AS usce_requirement, FALSE AS usce_observership_ok,
    'https://p11.test/usce' AS usce_requirement_evidence_url, 'https://p11.test/observers' AS usce_observership_ok_evidence_url,
    'Hands-on US clinical experience is required.' AS usce_requirement_evidence_text,
    'Observerships do not count as clinical experience.' AS usce_observership_ok_evidence_text)
    FROM programs WHERE program_id = '1400000001';
INSERT INTO programs SELECT * REPLACE ('1400000012' AS program_id, ['1212140C0'] AS nrmp_codes,
    'USCE Preferred Center' AS name, 'preferred' AS usce_requirement, 6.0 AS usce_months,
    'https://p12.test/usce' AS usce_requirement_evidence_url,
    'Six months of US clinical experience is preferred.' AS usce_requirement_evidence_text)
    FROM programs WHERE program_id = '1400000001';
INSERT INTO programs SELECT * REPLACE ('1400000013' AS program_id, ['1313140C0'] AS nrmp_codes,
    'Eight Percent Center' AS name, 0.08 AS img_share, 'stated' AS img_share_source,
    'https://p13.test/about' AS img_share_evidence_url,
    2.0 AS img_count, 'https://p13.test/about' AS img_count_evidence_url,
    'Two of our 25 residents are international medical graduates.' AS img_count_evidence_text)
    FROM programs WHERE program_id = '1400000001';
INSERT INTO programs SELECT * REPLACE ('1400000014' AS program_id, ['1414140C0'] AS nrmp_codes,
    'Two Percent Center' AS name, 0.02 AS img_share, 'https://p14.test/residents' AS img_share_evidence_url,
    1 AS residents_img, 50 AS residents_total)
    FROM programs WHERE program_id = '1400000001';
INSERT INTO programs SELECT * REPLACE ('1400000015' AS program_id, ['1515140C0'] AS nrmp_codes,
    'No Roster Center' AS name, NULL AS img_share, NULL AS img_share_source, NULL AS img_share_evidence_url,
    NULL AS residents_img, NULL AS residents_total)
    FROM programs WHERE program_id = '1400000001';
INSERT INTO programs SELECT * REPLACE ('1400000016' AS program_id, ['1616140C0'] AS nrmp_codes,
    'Silent Pages Center' AS name, NULL AS visa_j1, NULL AS visa_h1b, NULL AS yog_no_limit,
    NULL AS step2ck_min, NULL AS attempts_max, NULL AS usce_requirement)
    FROM programs WHERE program_id = '1400000001';
INSERT INTO programs SELECT * REPLACE ('1400000017' AS program_id, ['1717140C0'] AS nrmp_codes,
    'Step One Pass Center' AS name, TRUE AS step1_pass_required, 'https://p17.test/step1' AS step1_pass_required_evidence_url,
    'Applicants must have passed Step 1.' AS step1_pass_required_evidence_text)
    FROM programs WHERE program_id = '1400000001';
INSERT INTO programs SELECT * REPLACE ('1400000018' AS program_id, ['1818140C0'] AS nrmp_codes,
    'Osteopathic Level Two Center' AS name, 500.0 AS comlex2_min, 'https://p18.test/comlex' AS comlex2_min_evidence_url,
    'A COMLEX Level 2 score of 500 is the minimum.' AS comlex2_min_evidence_text)
    FROM programs WHERE program_id = '1400000001';
INSERT INTO programs SELECT * REPLACE ('1400000019' AS program_id, ['1919140C0'] AS nrmp_codes,
    'Two Unknowns Center' AS name, NULL AS step2ck_min, NULL AS usce_requirement)
    FROM programs WHERE program_id = '1400000001';
INSERT INTO programs SELECT * REPLACE ('1400000020' AS program_id, ['2020140C0'] AS nrmp_codes,
    'California Coast Medical Center' AS name, 'Los Angeles' AS city, 'CA' AS state)
    FROM programs WHERE program_id = '1400000001';
INSERT INTO programs SELECT * REPLACE ('1400000021' AS program_id, ['2121140C0'] AS nrmp_codes,
    'Conditional H1B Center' AS name, 'only if Step 3 passed before Match' AS visa_h1b_condition,
    'We sponsor H-1B visas only if Step 3 is passed before the Match.' AS visa_h1b_evidence_text)
    FROM programs WHERE program_id = '1400000001';
INSERT INTO programs SELECT * REPLACE ('1400000022' AS program_id, ['2222140P0'] AS nrmp_codes,
    'Citizens Only Center' AS name, FALSE AS visa_j1, FALSE AS visa_h1b,
    'https://p22.test/visa' AS visa_j1_evidence_url, 'https://p22.test/visa' AS visa_h1b_evidence_url,
    'We neither sponsor nor accept visas.' AS visa_j1_evidence_text, 'We neither sponsor nor accept visas.' AS visa_h1b_evidence_text)
    FROM programs WHERE program_id = '1400000001';
INSERT INTO programs SELECT * REPLACE ('4400000023' AS program_id, ['2323440C0'] AS nrmp_codes,
    'Base Complete Hospital General Surgery' AS name, 'General Surgery' AS specialty, 0.10 AS img_share)
    FROM programs WHERE program_id = '1400000001';
INSERT INTO programs SELECT * REPLACE ('1400000024' AS program_id, ['2424140C0'] AS nrmp_codes,
    'Old Scale Step One Center' AS name, 230.0 AS step1_min, 'https://p24.test/step1' AS step1_min_evidence_url,
    'Step 1 scores of 230 or above are required.' AS step1_min_evidence_text)
    FROM programs WHERE program_id = '1400000001';
