-- h1b_stopped_this_year: programs whose pages said they sponsor H-1B earlier this year
-- (the year of the latest published night) and now say they do not.
-- Reads the history table fact_versions: one row per value a field held over
-- [valid_from, valid_to); valid_to IS NULL is the current value.
WITH latest AS (
    SELECT max(night) AS night FROM runs WHERE status = 'published'
)
SELECT
    p.program_id,
    p.name,
    p.specialty,
    p.state,
    was.valid_from      AS sponsored_from,
    was.valid_to        AS sponsored_until,
    was.evidence_url    AS sponsored_evidence_url,
    now.valid_from      AS not_sponsored_since,
    now.evidence_url    AS not_sponsored_evidence_url,
    now.evidence_text   AS not_sponsored_evidence_text
FROM fact_versions was
JOIN fact_versions now
  ON now.program_id = was.program_id AND now.field = was.field
JOIN programs p ON p.program_id = was.program_id
CROSS JOIN latest
WHERE was.field = 'visa_h1b' AND was.value_bool
  AND was.valid_to IS NOT NULL
  AND year(was.valid_to) = year(latest.night)
  AND now.valid_to IS NULL AND NOT now.value_bool
  AND now.valid_from >= was.valid_to
ORDER BY p.specialty, p.state, p.name;
