-- yog_limits_by_specialty: how strict each specialty is about year of graduation.
-- yog_max_years is a hard limit, yog_preferred_max_years a stated preference,
-- yog_no_limit an explicit "no cutoff"; NULL in all three means the pages do not say.
SELECT
    specialty,
    count(*)                                                   AS programs,
    count(yog_max_years)                                       AS hard_limit,
    round(median(yog_max_years), 1)                            AS median_hard_limit_years,
    min(yog_max_years)                                         AS strictest_hard_limit_years,
    count(yog_preferred_max_years)                             AS preference_only,
    count(*) FILTER (WHERE yog_no_limit)                       AS no_limit_stated,
    count(*) FILTER (WHERE yog_max_years IS NULL AND yog_preferred_max_years IS NULL
                       AND yog_no_limit IS NULL)               AS not_stated
FROM programs
GROUP BY specialty
ORDER BY specialty;
