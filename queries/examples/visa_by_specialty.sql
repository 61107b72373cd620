-- visa_by_specialty: J-1 and H-1B sponsorship per specialty. A program counts as
-- "no" only when its pages say so; NULL (not stated) is counted separately.
SELECT
    specialty,
    count(*)                                     AS programs,
    count(*) FILTER (WHERE visa_j1)              AS j1_yes,
    count(*) FILTER (WHERE NOT visa_j1)          AS j1_no,
    count(*) FILTER (WHERE visa_j1 IS NULL)      AS j1_not_stated,
    count(*) FILTER (WHERE visa_h1b)             AS h1b_yes,
    count(*) FILTER (WHERE NOT visa_h1b)         AS h1b_no,
    count(*) FILTER (WHERE visa_h1b IS NULL)     AS h1b_not_stated,
    count(*) FILTER (WHERE visa_h1b AND coalesce(visa_h1b_condition, '') <> '') AS h1b_conditional
FROM programs
GROUP BY specialty
ORDER BY specialty;
