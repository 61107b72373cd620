-- unique: program_id identifies one program: the night's input gives each program once.
SELECT program_id, count(*) AS n,
       'program_id ' || program_id || ' ×' || count(*) || ' (' ||
           string_agg('programs[' || input_row || '] ' || coalesce(url, name, '?'), ', ' ORDER BY input_row) || ')' AS detail
FROM night_programs GROUP BY program_id HAVING count(*) > 1 ORDER BY min(input_row)
