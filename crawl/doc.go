// Package crawl fetches program web sites for one night of the imgfriendly
// pipeline: from each seed URL (and roster URL) it discovers the
// eligibility and roster pages, fetches them politely, retries what can be
// retried, revalidates last night's pages with conditional GET, stores the
// decoded UTF-8 bodies compressed and content-addressed, and journals its
// queue and fetch log so that a killed night resumes where it stopped.
//
// colly (v2, Async) drives the requests and parses links for discovery;
// everything a production crawler needs that colly lacks lives in this
// package's RoundTripper (taskTransport → fetcher): robots.txt under RFC
// 9309, per-host parallelism and delay with jitter, a global cap, adaptive
// slow-down, retries with backoff and Retry-After, size caps that reject and
// never truncate, a decompression-bomb guard, charset decoding, redirect
// limits and loop detection, scope and the SSRF guard in the dialer. The
// package must not extract facts: it stores pages and records fetches; the
// extract package reads the stored bytes.
//
// # Fetch log
//
// Every URL requested for a program gets exactly one Fetch row (URL is the
// normalised URL, see NormalizeURL). A body is in the Store when
// ContentHash is set (sha256 of the decoded UTF-8 body). A 304 has
// NotModified and last night's ContentHash. Failures carry an
// imgfriendly.FetchError* cause, optionally followed by ": detail". PDFs
// linked from a program's pages are listed without being requested (cause
// not_html, ContentType application/pdf, Attempts 0).
//
// # Discovery
//
// Level by level (depth 0 = seed URL and roster URL): links in scope (the
// seed's host, its registrable domain, Config.ExtraHosts; never another
// seed's own URL) are scored by anchor text and URL; the best
// Config.LinksPerKind eligibility and roster links of a level are followed,
// every class-year tab of a roster (one level past MaxDepth if needed), and
// a program-overview link when a kind is still missing. The choice depends
// only on the pages, so a resumed night discovers the same pages.
//
// # Journal (Night.Dir)
//
// queue.jsonl holds one {program_id, url, kind, depth} per URL scheduled;
// fetches.jsonl one imgfriendly.Fetch per URL completed, written after its
// body is put in the page store, and fsync'd every Config.JournalSync and at
// the end, each time after the page store's Sync (so a synced line's body is
// durable; a line whose body a kill lost is fetched again on resume). With
// Night.Resume, Run re-runs discovery from the seeds and answers every
// journaled URL from the journal and the store (no request), so the night
// ends with the same fetch set as an uninterrupted one.
package crawl
