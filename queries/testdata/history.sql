-- runs and fact_versions as warehouse/migrations (001_initial, 002_history) define them,
-- with the history examples/h1b_stopped_this_year.sql reads: P02 sponsored H-1B from
-- January to June 2026 and then stated it does not; P03's stop was in 2025 (last year);
-- P01 still sponsors.
CREATE TABLE runs (
    run_id VARCHAR PRIMARY KEY, night DATE NOT NULL, started_at TIMESTAMP, ended_at TIMESTAMP,
    status VARCHAR NOT NULL, config_hash VARCHAR, seeds_hash VARCHAR, counts VARCHAR, error VARCHAR,
    schema_version INTEGER, gates VARCHAR, crawl_stats VARCHAR
);
CREATE TABLE fact_versions (
    program_id VARCHAR NOT NULL, field VARCHAR NOT NULL, value VARCHAR, value_bool BOOLEAN,
    value_num DOUBLE, value_text VARCHAR, condition VARCHAR, value_hash VARCHAR NOT NULL,
    evidence_url VARCHAR, evidence_text VARCHAR, evidence_selector VARCHAR, fetched_at TIMESTAMP,
    valid_from DATE NOT NULL, valid_to DATE, run_id VARCHAR NOT NULL, closed_run_id VARCHAR,
    close_reason VARCHAR, missed_nights INTEGER NOT NULL DEFAULT 0
);
INSERT INTO runs (run_id, night, status) VALUES
    ('r2025', DATE '2025-03-01', 'published'),
    ('r1', DATE '2026-01-10', 'published'),
    ('r2', DATE '2026-06-01', 'published'),
    ('r3', DATE '2026-11-24', 'published'),
    ('r4', DATE '2026-11-25', 'gate_failed');
INSERT INTO fact_versions (program_id, field, value, value_bool, value_hash, evidence_url, evidence_text, valid_from, valid_to, run_id) VALUES
    ('1400000002', 'visa_h1b', 'true', TRUE, 'h1', 'https://p02.test/visa-old', 'We sponsor H-1B.', DATE '2026-01-10', DATE '2026-06-01', 'r1'),
    ('1400000002', 'visa_h1b', 'false', FALSE, 'h2', 'https://p02.test/visa', 'We no longer sponsor H-1B visas.', DATE '2026-06-01', NULL, 'r2'),
    ('1400000003', 'visa_h1b', 'true', TRUE, 'h3', 'https://p03.test/visa-old', 'H-1B yes.', DATE '2024-06-01', DATE '2025-03-01', 'r2025'),
    ('1400000003', 'visa_h1b', 'false', FALSE, 'h4', 'https://p03.test/visa', 'No H-1B.', DATE '2025-03-01', NULL, 'r2025'),
    ('1400000001', 'visa_h1b', 'true', TRUE, 'h5', 'https://base.test/eligibility', 'We sponsor H-1B visas.', DATE '2026-01-10', NULL, 'r1');
