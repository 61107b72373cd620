-- roster.sql: one program's residents of the published night, grouped by medical school.
--   $1  program id
SELECT
    coalesce(nullif(canonical_school, ''), nullif(school, ''), '(school not given)') AS school,
    coalesce(nullif(school_country, ''), nullif(country, ''), 'unknown') AS country,
    img,
    count(*) AS residents,
    min(evidence_url) AS evidence_url
FROM residents
WHERE program_id = $1
GROUP BY ALL
ORDER BY residents DESC, school;
