-- 007_evidence_pages: fact_versions.content_hash, the stored page
-- (pages/<aa>/<sha256>) a version's evidence was read from, so that
-- retention never removes a page the warehouse's evidence points to. The
-- Parquet export is unchanged from version 6.
--
-- Versions an older warehouse opened from the pages of its last night are
-- backfilled here; older ones stay NULL, and retention then keeps the crawl
-- journals that name their pages (or, without one, keeps every page).
ALTER TABLE fact_versions ADD COLUMN content_hash VARCHAR;

UPDATE fact_versions SET content_hash = p.content_hash
FROM pages p
WHERE fact_versions.content_hash IS NULL AND p.content_hash IS NOT NULL
  AND (p.url = fact_versions.evidence_url OR p.final_url = fact_versions.evidence_url)
  AND p.fetched_at = fact_versions.fetched_at;
