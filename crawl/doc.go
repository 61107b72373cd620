// Package crawl fetches program web sites for one night of the imgfriendly
// pipeline: from each seed URL it discovers the eligibility and roster pages
// (depth ≤ 2), fetches them politely (robots.txt under RFC 9309, per-host
// parallelism and delay, a global cap, adaptive slow-down), retries what can
// be retried, revalidates last night's pages with conditional GET, stores the
// decoded UTF-8 bodies compressed and content-addressed, and journals its
// queue and fetch log so that a killed night resumes where it stopped.
//
// colly (v2) drives the requests and parses links for discovery; everything
// a production crawler needs that colly lacks lives in this package's own
// RoundTripper. The package must not extract facts: it stores pages and
// records fetches, and the extract package reads the stored bytes.
package crawl
