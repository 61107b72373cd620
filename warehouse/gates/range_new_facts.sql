-- range: years since clinical activity between 0 and 50, an earliest graduation year between 1950 and 2100.
SELECT program_id, field, value_num, evidence_url FROM facts
WHERE (field = 'clinical_recency_max_years' AND (value_num < 0 OR value_num > 50))
   OR (field = 'grad_year_min' AND (value_num < 1950 OR value_num > 2100))
