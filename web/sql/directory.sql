-- directory.sql: every program of the night with what the list shows, for a
-- browser without a profile (no tiers). No parameters.
SELECT
    program_id, name, specialty, city, state, url,
    coalesce(array_to_string(nrmp_codes, ';'), '') AS nrmp_codes,
    img_share, img_share_source, residents_total, residents_img,
    visa_j1, visa_h1b, visa_j1_condition, visa_h1b_condition,
    yog_max_years, yog_preferred_max_years, yog_no_limit,
    step2ck_min, usce_requirement,
    pd_name, pd_email, coordinator_name, coordinator_email, phone
FROM programs
ORDER BY name, program_id;
