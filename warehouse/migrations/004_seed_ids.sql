-- 004_seed_ids: what the web says about the seed list. stated_ids holds the
-- program ids each program's own pages print this night (emptied and
-- reloaded every night, like facts); the id_crosswalk view pairs the ACGME
-- ids and NRMP codes a page prints for one program; id_conflicts holds where
-- a program's seed row and its own pages disagree. seed_health keeps every
-- night's verdict on each program's seed URL, with the count of nights in a
-- row it has failed (kept across nights, like crawl_hosts).

CREATE TABLE stated_ids (
    run_id VARCHAR NOT NULL,
    program_id VARCHAR NOT NULL,      -- the program whose pages print it
    kind VARCHAR NOT NULL,            -- acgme | nrmp
    value VARCHAR NOT NULL,           -- 1403621123 | 1234140C0
    label VARCHAR,                    -- as printed: "ERAS Program ID", "Categorical"
    id_group INTEGER NOT NULL,        -- ids printed for one program on a page share a group
    context VARCHAR,                  -- the program as the page names it (heading, row)
    evidence_url VARCHAR NOT NULL,
    evidence_text VARCHAR,
    evidence_selector VARCHAR,
    fetched_at TIMESTAMP
);

CREATE VIEW id_crosswalk AS
SELECT DISTINCT a.value AS acgme_id, n.value AS nrmp_code, a.program_id, a.evidence_url, a.context, a.run_id
FROM stated_ids a
JOIN stated_ids n ON n.evidence_url = a.evidence_url AND n.id_group = a.id_group AND n.program_id = a.program_id
WHERE a.kind = 'acgme' AND n.kind = 'nrmp';

CREATE TABLE id_conflicts (
    run_id VARCHAR NOT NULL,
    program_id VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,            -- acgme_id | nrmp_code_not_in_seed | nrmp_code_not_on_page
    seed_value VARCHAR,
    page_value VARCHAR,
    evidence_url VARCHAR,
    evidence_text VARCHAR,
    evidence_selector VARCHAR,
    fetched_at TIMESTAMP
);

CREATE TABLE seed_health (
    run_id VARCHAR NOT NULL,
    night DATE NOT NULL,
    program_id VARCHAR NOT NULL,
    url VARCHAR,
    final_url VARCHAR,
    status INTEGER,                   -- HTTP status, 0 when no response arrived
    outcome VARCHAR NOT NULL,         -- ok | dead | blocked | out_of_scope | not_program_page
    detail VARCHAR,
    kind VARCHAR,                     -- the page kind extraction gave it
    failing_nights INTEGER NOT NULL,  -- nights in a row, this one included, the fetch failed; 0 if it did not
    PRIMARY KEY (run_id, program_id)
);
