-- not_null: every resident names a program and a person.
SELECT program_id, name, school FROM residents
WHERE program_id IS NULL OR program_id = '' OR name IS NULL OR name = ''
