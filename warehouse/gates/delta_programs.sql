-- delta: the number of programs drops by at most gates.max_programs_drop vs the previous published night.
SELECT p.value AS previous, coalesce(c.value, 0) AS current
FROM night_stats p
LEFT JOIN night_stats c ON c.run_id = getvariable('run_id') AND c.metric = p.metric AND c.key = p.key
WHERE p.run_id = getvariable('prev_run_id') AND p.metric = 'programs'
  AND p.value >= getvariable('min_base')
  AND coalesce(c.value, 0) < p.value * (1 - getvariable('max_programs_drop'))
