-- not_null: every program has a program_id.
SELECT name, url FROM programs WHERE program_id IS NULL OR program_id = ''
