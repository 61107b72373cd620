// Package web serves the published warehouse to applicants and advisors in a
// browser (imgfriendly serve): the program list tiered for the applicant's
// profile with the evidence sentence behind every reason, one program's facts
// with their history and roster, the SOAP list filter, the outreach tracker
// download, and statistics drawn as SVG on the server.
//
// It answers with the same queries functions the CLI calls, over a night that
// a Source hands out read-only per request (cmd wires warehouse.Published, so
// a newly published night is picked up without a restart). Pages are rendered
// on the server from embedded templates, SQL files and one stylesheet; there
// is no JavaScript, so the Content-Security-Policy allows no script at all.
//
// What it must not do: write anything. The applicant's profile lives in a
// cookie in their browser; the SOAP list is parsed and matched in memory for
// one response, never logged, cached or written; user values reach SQL only
// as bound parameters. It never imports the DuckDB driver.
package web
