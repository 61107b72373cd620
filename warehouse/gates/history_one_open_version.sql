-- unique: at most one open version per program and field in fact_versions.
SELECT program_id, field, count(*) AS open_versions FROM fact_versions
WHERE valid_to IS NULL GROUP BY program_id, field HAVING count(*) > 1
