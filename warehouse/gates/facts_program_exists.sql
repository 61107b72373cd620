-- relationships: every fact belongs to a program of the night.
SELECT f.program_id, f.field FROM facts f
WHERE f.program_id NOT IN (SELECT program_id FROM programs)
