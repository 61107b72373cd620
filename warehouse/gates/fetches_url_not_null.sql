-- not_null: every fetch names the URL it requested.
SELECT program_id, status, error FROM fetches WHERE url IS NULL OR url = ''
