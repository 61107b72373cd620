-- program.sql: one program's directory entry, roster counts and IMG share.
--   $1  program id
SELECT
    program_id, name, specialty, city, state, url, roster_url,
    coalesce(array_to_string(nrmp_codes, ';'), '') AS nrmp_codes,
    pd_name, pd_email, coordinator_name, coordinator_email, phone,
    residents_total, residents_img, residents_unknown,
    img_share, img_share_source, img_share_evidence_url,
    pages_fetched, run_id, night
FROM programs
WHERE program_id = $1;
