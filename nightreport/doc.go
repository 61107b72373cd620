// Package nightreport tells what a night did, for the operator: a
// self-contained HTML report a person reads (runs/<run_id>.html, with
// report.html pointing at the newest) and a Prometheus textfile a machine
// scrapes (metrics.prom, node_exporter's textfile collector format).
//
// Both are built from what the night left in the data directory: its run
// manifest, the crawl statistics in it, and the warehouse the night was
// loaded into (the published one, or the kept staging file of a night that
// failed its gates) with its history tables (night_stats, changes,
// crawl_hosts, home_page_failures). It reads the warehouse through
// database/sql on a read-only handle and never writes to it.
//
// The report has no scripts and loads nothing: CSS and charts (SVG) are
// inline, and its Content-Security-Policy forbids any fetch.
package nightreport
