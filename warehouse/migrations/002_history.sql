-- 002_history: history across nights (fact_versions, changes), per-night
-- statistics for the night-over-night quality gates, and the run manifest
-- columns. Facts gain their rendered value, a value hash and a carried flag.

ALTER TABLE facts ADD COLUMN value VARCHAR;
ALTER TABLE facts ADD COLUMN value_hash VARCHAR;
ALTER TABLE facts ADD COLUMN carried BOOLEAN DEFAULT false;

-- Backfill the facts a version 1 warehouse already holds, with the same
-- rendering and hash the loader computes (Value.String, md5 of field, value
-- and condition separated by U+001F).
UPDATE facts SET value = CASE
        WHEN value_bool IS NOT NULL THEN CASE WHEN value_bool THEN 'true' ELSE 'false' END
        WHEN value_num IS NOT NULL THEN CASE
            WHEN value_num = round(value_num) AND abs(value_num) < 1e15 THEN CAST(CAST(value_num AS BIGINT) AS VARCHAR)
            ELSE CAST(value_num AS VARCHAR) END
        ELSE coalesce(value_text, '') END,
    carried = false;
UPDATE facts SET value_hash = md5(field || chr(31) || value || chr(31) || coalesce(condition, ''));

ALTER TABLE runs ADD COLUMN schema_version INTEGER;
ALTER TABLE runs ADD COLUMN gates VARCHAR;
ALTER TABLE runs ADD COLUMN crawl_stats VARCHAR;

CREATE TABLE fact_versions (
    program_id VARCHAR NOT NULL,
    field VARCHAR NOT NULL,
    value VARCHAR,
    value_bool BOOLEAN,
    value_num DOUBLE,
    value_text VARCHAR,
    condition VARCHAR,
    value_hash VARCHAR NOT NULL,
    evidence_url VARCHAR,
    evidence_text VARCHAR,
    evidence_selector VARCHAR,
    fetched_at TIMESTAMP,
    valid_from DATE NOT NULL,
    valid_to DATE,
    run_id VARCHAR NOT NULL,
    closed_run_id VARCHAR,
    close_reason VARCHAR,
    missed_nights INTEGER NOT NULL DEFAULT 0
);

-- The facts of a version 1 warehouse become the first open versions.
INSERT INTO fact_versions (program_id, field, value, value_bool, value_num, value_text, condition,
        value_hash, evidence_url, evidence_text, evidence_selector, fetched_at, valid_from, run_id)
SELECT f.program_id, f.field, f.value, f.value_bool, f.value_num, f.value_text, f.condition,
       f.value_hash, f.evidence_url, f.evidence_text, f.evidence_selector, f.fetched_at, r.night, f.run_id
FROM facts f JOIN runs r USING (run_id)
WHERE f.program_id IS NOT NULL AND f.field IS NOT NULL;

CREATE TABLE changes (
    night DATE NOT NULL,
    run_id VARCHAR NOT NULL,
    program_id VARCHAR NOT NULL,
    field VARCHAR NOT NULL,
    change VARCHAR NOT NULL,
    reason VARCHAR,
    old_value VARCHAR,
    old_condition VARCHAR,
    old_evidence_url VARCHAR,
    old_evidence_text VARCHAR,
    old_fetched_at TIMESTAMP,
    old_valid_from DATE,
    new_value VARCHAR,
    new_condition VARCHAR,
    new_evidence_url VARCHAR,
    new_evidence_text VARCHAR,
    new_fetched_at TIMESTAMP
);

CREATE TABLE night_stats (
    run_id VARCHAR NOT NULL,
    night DATE NOT NULL,
    metric VARCHAR NOT NULL,
    key VARCHAR NOT NULL DEFAULT '',
    value DOUBLE
);
