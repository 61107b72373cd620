-- unique: program_id identifies one program.
SELECT program_id, count(*) AS n FROM programs GROUP BY program_id HAVING count(*) > 1
