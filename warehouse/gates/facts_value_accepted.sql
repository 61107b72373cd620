-- accepted_values: text facts take only their documented values.
SELECT program_id, field, value_text FROM facts
WHERE (field = 'yog_counted_to' AND value_text NOT IN ('application', 'match', 'training_start'))
   OR (field = 'usce_requirement' AND value_text NOT IN ('required', 'preferred', 'not_required'))
   OR (field = 'ecfmg_deadline' AND value_text NOT IN ('application', 'interview', 'rank_list', 'match', 'training_start'))
