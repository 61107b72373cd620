-- img_share_by_specialty_state: how IMG-friendly each specialty is, state by state.
-- IMG share is the share of roster residents from schools outside the US and Canada
-- (or the program's own stated count); programs with no known share are counted apart.
SELECT
    specialty,
    state,
    count(*)                                            AS programs,
    count(img_share)                                    AS with_img_share,
    round(avg(img_share) * 100, 1)                      AS avg_img_share_pct,
    round(median(img_share) * 100, 1)                   AS median_img_share_pct,
    count(*) FILTER (WHERE img_share >= 0.15)           AS programs_at_least_15pct
FROM programs
GROUP BY specialty, state
ORDER BY specialty, avg_img_share_pct DESC NULLS LAST, state;
