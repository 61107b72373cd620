-- Programs that take no visas because they take only citizens (and permanent residents),
-- for the us_img / citizenship tests. Like P01 otherwise, so only the visa reasons differ.
INSERT INTO programs SELECT * REPLACE ('1400000025' AS program_id, ['2525140C0'] AS nrmp_codes,
    'Citizens And Residents Center' AS name, FALSE AS visa_j1, FALSE AS visa_h1b,
    'https://p25.test/eligibility' AS visa_j1_evidence_url, 'https://p25.test/eligibility' AS visa_h1b_evidence_url,
    'Only U.S. citizens and permanent residents are eligible; we are unable to sponsor or accept visas of any kind.' AS visa_j1_evidence_text,
    'Only U.S. citizens and permanent residents are eligible; we are unable to sponsor or accept visas of any kind.' AS visa_h1b_evidence_text)
    FROM programs WHERE program_id = '1400000001';
INSERT INTO programs SELECT * REPLACE ('1400000026' AS program_id, ['2626140C0'] AS nrmp_codes,
    'Citizens Only Strict Center' AS name, FALSE AS visa_j1, FALSE AS visa_h1b,
    'https://p26.test/apply' AS visa_j1_evidence_url, 'https://p26.test/apply' AS visa_h1b_evidence_url,
    'Applicants must be U.S. citizens. We do not accept J-1 visas.' AS visa_j1_evidence_text,
    'Applicants must be U.S. citizens. We do not sponsor H-1B visas.' AS visa_h1b_evidence_text)
    FROM programs WHERE program_id = '1400000001';
