-- delta: at most gates.max_visa_flip_share of the programs with a visa fact flip a visa value in one night.
SELECT p.value AS programs_with_visa, c.value AS flipped, c.value / p.value AS share
FROM night_stats p
JOIN night_stats c ON c.run_id = getvariable('run_id') AND c.metric = 'visa_flipped_programs'
WHERE p.run_id = getvariable('prev_run_id') AND p.metric = 'programs_with_visa'
  AND p.value >= getvariable('min_base') AND p.value > 0
  AND c.value / p.value > getvariable('max_visa_flip_share')
