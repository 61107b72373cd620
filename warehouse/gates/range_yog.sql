-- range: YOG limits are between 0 and 50 years.
SELECT program_id, field, value_num, evidence_url FROM facts
WHERE field IN ('yog_max_years', 'yog_preferred_max_years') AND (value_num < 0 OR value_num > 50)
