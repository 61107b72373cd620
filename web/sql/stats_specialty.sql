-- stats_specialty.sql: per specialty, how many programs, their IMG share, and visa policies.
-- No parameters.
SELECT
    coalesce(specialty, '(none)') AS specialty,
    count(*) AS programs,
    count(img_share) AS with_share,
    avg(img_share) AS avg_share,
    count(*) FILTER (WHERE visa_j1) AS j1_yes,
    count(*) FILTER (WHERE NOT visa_j1) AS j1_no,
    count(*) FILTER (WHERE visa_h1b) AS h1b_yes,
    count(*) FILTER (WHERE NOT visa_h1b) AS h1b_no
FROM programs
GROUP BY ALL
ORDER BY avg_share DESC NULLS LAST, specialty;
