-- unfilled_history: programs that went unfilled most often in the last five Main Residency
-- Matches (NRMP results imported with `imgfriendly import match-results`), with their IMG
-- share and visa policy: the programs likely to be in SOAP again, to prepare for before the
-- List of Unfilled Programs appears. A program went unfilled when any of its NRMP codes
-- filled fewer positions than its quota.
WITH last AS (
    SELECT DISTINCT year FROM match_results ORDER BY year DESC LIMIT 5
),
per_year AS (
    SELECT p.program_id, m.year, sum(m.quota - m.filled) AS open
    FROM programs p, unnest(p.nrmp_codes) AS c(code)
    JOIN match_results m ON m.program_code = c.code
    WHERE m.year IN (SELECT year FROM last)
    GROUP BY p.program_id, m.year
)
SELECT
    p.program_id,
    p.name,
    p.specialty,
    p.state,
    count(*) FILTER (WHERE y.open > 0)                       AS matches_unfilled,
    count(*)                                                 AS matches_with_results,
    list(y.year ORDER BY y.year) FILTER (WHERE y.open > 0)   AS unfilled_years,
    sum(y.open)                                              AS positions_unfilled,
    round(p.img_share * 100, 1)                              AS img_share_pct,
    p.visa_j1,
    p.visa_h1b,
    p.url
FROM per_year y
JOIN programs p USING (program_id)
GROUP BY ALL
HAVING count(*) FILTER (WHERE y.open > 0) > 0
ORDER BY matches_unfilled DESC, positions_unfilled DESC, img_share_pct DESC NULLS LAST, p.name;
