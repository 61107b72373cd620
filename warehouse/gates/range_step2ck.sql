-- range: Step 2 CK minimums are three-digit scores between 150 and 300.
SELECT program_id, field, value_num, evidence_url FROM facts
WHERE field IN ('step2ck_min', 'step2ck_preferred_min') AND (value_num < 150 OR value_num > 300)
