-- The complete DDL of a schema version 1 warehouse, as imgfriendly with only
-- migration 001 left it. Kept verbatim so TestMigrateFromV1 can build an old
-- warehouse and prove that opening it migrates it. Never edit.

CREATE TABLE schema_migrations (
    version INTEGER PRIMARY KEY,
    name VARCHAR NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);
INSERT INTO schema_migrations (version, name) VALUES (1, '001_initial');


CREATE TABLE runs (
    run_id VARCHAR PRIMARY KEY,
    night DATE NOT NULL,
    started_at TIMESTAMP,
    ended_at TIMESTAMP,
    status VARCHAR NOT NULL,
    config_hash VARCHAR,
    seeds_hash VARCHAR,
    counts VARCHAR,
    error VARCHAR
);

CREATE TABLE fetches (
    run_id VARCHAR NOT NULL,
    program_id VARCHAR,
    url VARCHAR NOT NULL,
    final_url VARCHAR,
    kind VARCHAR,
    depth INTEGER,
    status INTEGER,
    content_type VARCHAR,
    content_hash VARCHAR,
    bytes BIGINT,
    etag VARCHAR,
    last_modified VARCHAR,
    fetched_at TIMESTAMP,
    duration_ns BIGINT,
    attempts INTEGER,
    not_modified BOOLEAN,
    error VARCHAR
);

CREATE TABLE pages (
    run_id VARCHAR NOT NULL,
    program_id VARCHAR,
    url VARCHAR NOT NULL,
    final_url VARCHAR,
    kind VARCHAR,
    content_hash VARCHAR,
    fetched_at TIMESTAMP,
    not_modified BOOLEAN
);

CREATE TABLE facts (
    run_id VARCHAR NOT NULL,
    program_id VARCHAR,
    field VARCHAR,
    value_bool BOOLEAN,
    value_num DOUBLE,
    value_text VARCHAR,
    condition VARCHAR,
    evidence_url VARCHAR,
    evidence_text VARCHAR,
    evidence_selector VARCHAR,
    fetched_at TIMESTAMP
);

CREATE TABLE residents (
    run_id VARCHAR NOT NULL,
    program_id VARCHAR,
    name VARCHAR,
    school VARCHAR,
    country VARCHAR,
    year VARCHAR,
    canonical_school VARCHAR,
    school_country VARCHAR,
    img BOOLEAN,
    school_confidence DOUBLE,
    evidence_url VARCHAR,
    evidence_text VARCHAR,
    evidence_selector VARCHAR,
    fetched_at TIMESTAMP
);

CREATE TABLE programs (
    program_id VARCHAR PRIMARY KEY,
    nrmp_codes VARCHAR[],
    name VARCHAR,
    specialty VARCHAR,
    city VARCHAR,
    state VARCHAR,
    url VARCHAR,
    roster_url VARCHAR,
    pd_name VARCHAR,
    pd_email VARCHAR,
    coordinator_name VARCHAR,
    coordinator_email VARCHAR,
    phone VARCHAR,
    residents_total INTEGER,
    residents_img INTEGER,
    residents_unknown INTEGER,
    img_share DOUBLE,
    img_share_source VARCHAR,
    img_share_evidence_url VARCHAR,
    pages_fetched INTEGER,
    run_id VARCHAR,
    night DATE,
    visa_j1 BOOLEAN,
    visa_j1_evidence_url VARCHAR,
    visa_j1_evidence_text VARCHAR,
    visa_h1b BOOLEAN,
    visa_h1b_evidence_url VARCHAR,
    visa_h1b_evidence_text VARCHAR,
    yog_max_years DOUBLE,
    yog_max_years_evidence_url VARCHAR,
    yog_max_years_evidence_text VARCHAR,
    yog_preferred_max_years DOUBLE,
    yog_preferred_max_years_evidence_url VARCHAR,
    yog_preferred_max_years_evidence_text VARCHAR,
    yog_no_limit BOOLEAN,
    yog_no_limit_evidence_url VARCHAR,
    yog_no_limit_evidence_text VARCHAR,
    yog_counted_to VARCHAR,
    yog_counted_to_evidence_url VARCHAR,
    yog_counted_to_evidence_text VARCHAR,
    step1_pass_required BOOLEAN,
    step1_pass_required_evidence_url VARCHAR,
    step1_pass_required_evidence_text VARCHAR,
    step1_min DOUBLE,
    step1_min_evidence_url VARCHAR,
    step1_min_evidence_text VARCHAR,
    step2ck_min DOUBLE,
    step2ck_min_evidence_url VARCHAR,
    step2ck_min_evidence_text VARCHAR,
    step2ck_preferred_min DOUBLE,
    step2ck_preferred_min_evidence_url VARCHAR,
    step2ck_preferred_min_evidence_text VARCHAR,
    comlex1_pass_required BOOLEAN,
    comlex1_pass_required_evidence_url VARCHAR,
    comlex1_pass_required_evidence_text VARCHAR,
    comlex2_min DOUBLE,
    comlex2_min_evidence_url VARCHAR,
    comlex2_min_evidence_text VARCHAR,
    attempts_max DOUBLE,
    attempts_max_evidence_url VARCHAR,
    attempts_max_evidence_text VARCHAR,
    usce_requirement VARCHAR,
    usce_requirement_evidence_url VARCHAR,
    usce_requirement_evidence_text VARCHAR,
    usce_months DOUBLE,
    usce_months_evidence_url VARCHAR,
    usce_months_evidence_text VARCHAR,
    usce_observership_ok BOOLEAN,
    usce_observership_ok_evidence_url VARCHAR,
    usce_observership_ok_evidence_text VARCHAR,
    img_count DOUBLE,
    img_count_evidence_url VARCHAR,
    img_count_evidence_text VARCHAR,
    residents_count DOUBLE,
    residents_count_evidence_url VARCHAR,
    residents_count_evidence_text VARCHAR,
    visa_j1_condition VARCHAR,
    visa_h1b_condition VARCHAR
);
