-- unique: one reconciled fact per program and field.
SELECT program_id, field, count(*) AS n FROM facts GROUP BY program_id, field HAVING count(*) > 1
