-- delta: the facts of each field drop by at most gates.max_facts_per_field_drop.
SELECT p.key AS field, p.value AS previous, coalesce(c.value, 0) AS current
FROM night_stats p
LEFT JOIN night_stats c ON c.run_id = getvariable('run_id') AND c.metric = p.metric AND c.key = p.key
WHERE p.run_id = getvariable('prev_run_id') AND p.metric = 'facts_per_field'
  AND p.value >= getvariable('min_base')
  AND coalesce(c.value, 0) < p.value * (1 - getvariable('max_facts_per_field_drop'))
