-- share: at most gates.max_home_failed_share of the night's programs have a home page (seed URL) that failed to fetch; more means the crawl itself failed (a wrong setting, the network down), not the sites.
WITH home AS (
    SELECT program_id, bool_or(content_hash IS NOT NULL AND error IS NULL) AS ok,
           min(split_part(error, ':', 1)) AS cause
    FROM fetches
    WHERE run_id = getvariable('run_id') AND depth = 0 AND kind = 'program'
    GROUP BY program_id
),
causes AS (
    SELECT cause, count(*) AS n FROM home WHERE NOT ok GROUP BY cause
)
SELECT count(*) FILTER (WHERE NOT ok) AS failed, count(*) AS programs,
       round(count(*) FILTER (WHERE NOT ok) / count(*), 3) AS share,
       count(*) FILTER (WHERE NOT ok) || ' of ' || count(*) || ' home pages failed ('
           || (SELECT string_agg(cause || ' ×' || n, ', ' ORDER BY n DESC, cause) FROM causes)
           || '), more than gates.max_home_failed_share ' || getvariable('max_home_failed_share') AS detail
FROM home
HAVING count(*) > 0 AND count(*) FILTER (WHERE NOT ok) > count(*) * getvariable('max_home_failed_share')
