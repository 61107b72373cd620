-- relationships: every page belongs to a program of the night.
SELECT p.program_id, p.url FROM pages p
WHERE p.program_id IS NULL OR p.program_id NOT IN (SELECT program_id FROM programs)
