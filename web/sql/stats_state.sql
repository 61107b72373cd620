-- stats_state.sql: per state, how many programs and their average IMG share. No parameters.
SELECT state, count(*) AS programs, count(img_share) AS with_share, avg(img_share) AS avg_share
FROM programs
WHERE state IS NOT NULL AND state <> ''
GROUP BY state
ORDER BY state;
