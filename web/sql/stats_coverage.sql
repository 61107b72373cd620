-- stats_coverage.sql: per fact field, how many programs of the night state it. No parameters.
SELECT field, count(DISTINCT program_id) AS programs
FROM facts
GROUP BY field;
