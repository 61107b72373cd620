-- programs.sql: IMG-friendly programs of one specialty, highest IMG share first.
--
--   $1  specialty (case-insensitive), e.g. 'Internal Medicine'
--   $2  lowest IMG share to list, 0..1, e.g. 0.15
--
-- A program is listed only when its IMG share is known and at least $2. Visa columns are
-- TRUE (offered), FALSE (stated as not offered) or NULL (the program's pages do not say).
SELECT
    program_id,
    name,
    city,
    state,
    round(img_share * 100, 1)  AS img_share_pct,
    residents_img,
    residents_total,
    img_share_source,
    visa_j1,
    visa_h1b,
    yog_max_years,
    step2ck_min,
    url,
    img_share_evidence_url
FROM programs
WHERE lower(specialty) = lower($1)
  AND img_share >= $2
ORDER BY img_share DESC, residents_total DESC NULLS LAST, name;
