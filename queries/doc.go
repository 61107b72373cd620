// Package queries answers the applicant's and the analyst's questions over the
// published warehouse: the tiered program list (High / Moderate / Reach / Not
// eligible, with reasons and evidence), the confidential SOAP list matched to
// known programs, the outreach tracker spreadsheet, and named .sql files for
// analysts.
//
// Tiering is SQL (tier.sql, embedded) so an analyst can read and change it;
// every value it depends on is a bound parameter. queries never imports the
// DuckDB driver: every function takes a *sql.DB from the caller, opened
// read-only on the published warehouse.
//
// The SOAP list of unfilled programs may not be redistributed, so this
// package must never write it anywhere: it is parsed and matched in Go memory
// only, never sent to the database, and never logged.
package queries
