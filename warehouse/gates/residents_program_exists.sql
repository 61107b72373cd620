-- relationships: every resident belongs to a program of the night.
SELECT r.program_id, r.name FROM residents r
WHERE r.program_id NOT IN (SELECT program_id FROM programs)
