-- facts.sql: one program's facts of the published night, with their evidence.
--   $1  program id
SELECT field, value, condition, evidence_url, evidence_text, fetched_at, coalesce(carried, false) AS carried
FROM facts
WHERE program_id = $1;
