-- not_null: every resident names a program, and a person or what is known of one (a resident
-- may be unnamed when the page names only the school, the country of training or IMG status).
SELECT program_id, name, school FROM residents
WHERE program_id IS NULL OR program_id = ''
   OR (coalesce(name, '') = '' AND coalesce(school, '') = '' AND coalesce(country, '') = '' AND img IS NULL)
