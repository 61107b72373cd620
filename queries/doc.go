// Package queries answers the applicant's and the analyst's questions over the
// published warehouse: the tiered program list (High / Moderate / Reach / Not
// eligible, with reasons and evidence), the confidential SOAP list matched to
// known programs, the outreach tracker spreadsheet, and named .sql files for
// analysts.
//
// Tiering reads, then judges. tier.sql (embedded, for analysts to read)
// reads every program's facts with their evidence and what the pages' words
// say that no profile changes; rules.go holds the rules that judge one
// applicant against that, one short function per reason, and tierOf the
// tier. Programs does both for one applicant (the CLI); a Tiering keeps what
// tier.sql read, so a server tiers each new applicant in memory in
// milliseconds. Every value tier.sql depends on is a bound parameter; the
// profile never reaches the database. queries never imports the
// DuckDB driver: every function takes a *sql.DB from the caller, opened
// read-only on the published warehouse.
//
// Reasons. Every reason is a Reason{Kind, Text, URL, Evidence}: the reason
// alone, the page that states the fact and the sentence that states it.
// Writers render them (Render, EvidenceMode: the sentence, the URL or
// neither); JSON carries all parts. A second consumer (a web handler) calls
// the same functions as the CLI: Programs, SOAP, BuildTracker.
//
// The season. Years since graduation and the deadlines conditions name are
// counted to Filter.MatchYear, the coming Match by default (ComingMatch: this
// year's until Match Day has passed, then the next), on the days SeasonOf
// gives (rank order list deadline, Match Day, applications, training start).
//
// Step 3 and ECFMG. The profile's step3 (passed, not_taken, scheduled with a
// day) and ecfmg_certified (yes, no, expected with a day) decide visas
// offered on a Step 3 condition and programs' ECFMG deadlines; when the
// profile does not say, the reason is 'unknown', never assumed either way.
//
// Profile. states: takes USPS codes or names, any case ("NY", "new york",
// "N.Y.", "Calif.", "Washington DC", "Puerto Rico"; "Washington" alone is the
// state, WA), normalised to the code (StateCode); an unknown value is an error
// naming file, line and field, with "did you mean" when one state is close.
//
// Visas and citizenship. The tier reads citizenship and visa_needed; us_img
// (a US citizen or permanent resident who studied abroad) adds no rule of its
// own, because everything the domain says about US-IMGs follows from needing
// no visa: ParseProfile makes us_img: true imply visa_needed: none and
// rejects us_img with citizenship non_us or with a visa. For an applicant who
// needs no visa, a program's visa refusals never lower the tier: the rules
// say so in an 'info' reason ("J-1 not accepted and H-1B not sponsored: does
// not affect you, as a US citizen who studied abroad (US-IMG) you need no
// visa"). A "citizens and permanent residents only" program (both visas
// refused in a sentence that names citizens, permanent residents or green
// cards) is open to US citizens and, when the sentence names them, to
// permanent residents; it is a concern for a permanent resident when only
// citizens are named and for a non-US applicant who needs no visa; and it
// excludes an applicant who needs a visa, through the J-1 / H-1B rules, with
// "(open only to US citizens and permanent residents)" in the reason.
//
// The SOAP list of unfilled programs may not be redistributed, so this
// package must never write it anywhere: it is parsed and matched in Go memory
// only, never sent to the database, and never logged. ParseUnfilled reads it
// as CSV, tab-separated, space-aligned, or pasted one cell per line (a web
// page or PDF copied cell by cell): records then start at a line that is only
// an NRMP code (1234-140-C0) or an ACGME program id (1403621123), a header
// pasted the same way names the columns, and the cells are regrouped into
// rows, so every form gives the same rows. When the records cannot be told
// apart without guessing (a program without a code folded into another, a
// header whose first column is not the code, a cell missing under a header),
// ParseUnfilled returns no rows and an error naming the line. Rows are
// matched by NRMP code, then ACGME id, then normalised name and state.
package queries
