-- history.sql: every version of one program's facts across nights, newest first per field.
--   $1  program id
SELECT field, value, condition, evidence_url, evidence_text, valid_from, valid_to, close_reason
FROM fact_versions
WHERE program_id = $1
ORDER BY field, valid_from DESC;
