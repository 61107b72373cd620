// Package warehouse keeps imgfriendly's nightly product: a DuckDB warehouse
// with the latest published night and the history of every program fact
// across nights, and its Parquet export for other tools.
//
// A night is built in a staging DuckDB file derived from the published one,
// audited by SQL quality gates, and only then published by renaming the
// staging file over warehouse.duckdb and swapping the Parquet directory. A
// night that fails, crashes or is killed never replaces good data; one killed
// between those two renames leaves a publish journal that Recover (run by the
// next RunNight) completes, so the warehouse and Parquet agree again.
//
// This is the only package that imports the DuckDB driver. It does no
// crawling, extraction or reconciliation: it stores what the other stages
// produced. Tables, Parquet columns, gates and the staging choice are
// documented in SCHEMA.md.
package warehouse
