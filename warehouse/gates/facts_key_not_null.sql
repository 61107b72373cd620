-- not_null: every fact names its program, its field and its value hash.
SELECT program_id, field, value FROM facts
WHERE program_id IS NULL OR program_id = '' OR field IS NULL OR field = '' OR value_hash IS NULL
