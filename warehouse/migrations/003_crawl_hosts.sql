-- 003_crawl_hosts: per-host crawl statistics of every night, for operators
-- (which hosts are slow, failing, throttling or blocking us, night over night).
-- Kept across nights like runs; one row per (run_id, host).

CREATE TABLE crawl_hosts (
    run_id VARCHAR NOT NULL,
    host VARCHAR NOT NULL,           -- host:port as requested
    fetches INTEGER NOT NULL,        -- fetch-log rows (one per URL)
    ok INTEGER NOT NULL,             -- of those, with a body (304s included)
    not_modified INTEGER NOT NULL,   -- of those, answered 304
    failed INTEGER NOT NULL,         -- of those, final failures
    requests INTEGER NOT NULL,       -- HTTP requests sent, robots.txt and retries included
    retries INTEGER NOT NULL,
    bytes BIGINT NOT NULL,           -- decoded body bytes received
    robots_blocked INTEGER NOT NULL, -- URLs robots.txt kept us from
    rejected INTEGER NOT NULL,       -- bodies rejected (too large, not HTML, decompression bomb)
    status_counts VARCHAR,           -- JSON object: HTTP status ("0" = no response) -> requests
    latency_p50_ms DOUBLE,
    latency_p95_ms DOUBLE,
    PRIMARY KEY (run_id, host)
);
