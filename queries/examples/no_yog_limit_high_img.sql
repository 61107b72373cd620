-- no_yog_limit_high_img: programs that state no year-of-graduation cutoff and whose
-- residents are at least 15 % IMGs: the first places to look for an older graduate.
SELECT
    program_id,
    name,
    specialty,
    city,
    state,
    round(img_share * 100, 1)  AS img_share_pct,
    visa_j1,
    visa_h1b,
    yog_no_limit_evidence_url,
    yog_no_limit_evidence_text,
    url
FROM programs
WHERE yog_no_limit AND yog_max_years IS NULL
  AND img_share >= 0.15
ORDER BY img_share DESC, specialty, name;
