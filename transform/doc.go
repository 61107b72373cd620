// Package transform turns extracted pages into one record per program: it
// classifies residents' medical schools, computes each program's IMG share
// and reconciles facts found on several pages into one value per field.
//
// It is pure: no I/O, no clock, no logger. The school reference lists are
// embedded data (schools.csv, places.csv, forms.csv; see SCHOOLS.md).
//
// # School classification
//
// [Classifier.Classify] recognises a school from a name as rosters write it:
// any case and punctuation, "The", "School of Medicine"/"College of
// Medicine"/"Medical School" variants, abbreviations, degrees glued on (MD,
// DO, MBBS), a city/state/country appended, titles such as "Dr." inside
// the name. IMG is true for schools outside the US and Canada, false for US
// (LCME, Puerto Rico included; COCA) and Canadian (AFMC) schools, and nil
// when unknown. A wrong "not an IMG" is the worst error, so:
//
//   - a US or Canadian answer needs a recognised school (by any of its
//     names, AAMC short names such as "Utah-Eccles" included), or a US
//     state or Canadian province written alone, as rosters abbreviate the
//     state's school ("Connecticut"); "Georgia" stays unknown;
//   - an initialism derived from a name abroad ("MUK") answers IMG, as a
//     whole name only, and never when a US or Canadian name may be
//     written so;
//   - misspelt words are corrected only to the one reference word within
//     an edit distance scaled to the word's length, with no other word as
//     close; a US or Canadian answer must survive stricter corrections;
//   - names shared by schools that disagree on IMG status ("Saint Louis
//     University": Missouri or Baguio; "UCC": Puerto Rico or Cork) are
//     unknown;
//   - a foreign country named outside the recognised name ("Georgetown,
//     Guyana") or stated beside it beats a US or Canadian match;
//   - without a school, an explicit foreign country, then a foreign country
//     name that is also a US place name (Lebanon, Jordan; only when no US
//     state is named), then a form only schools abroad use ("universidad",
//     "Medical College", "Institute of Medical Sciences"; forms.csv), then a
//     name in a script other than Latin, then a large foreign city, then a foreign-only degree (MBBS, MBChB) gives IMG
//     true with decreasing confidence; a US or Canadian place blocks all of
//     these.
//
// # Reconciliation rule
//
// Each field of a program takes exactly one fact, chosen among every page of
// the program that states the field by, in order:
//
//  1. page kind, ranked by Config.PageKindOrder (default: eligibility beats
//     program beats roster beats other; unlisted kinds come last). The kind
//     is extraction's verdict on the page, else the crawler's guess, else
//     other;
//  2. the most recently fetched page;
//  3. the smallest page URL (a deterministic tie-break);
//  4. within one page, the first statement.
//
// Hard and soft statements live in different fields (step2ck_min vs
// step2ck_preferred_min), so a preference never overrides a requirement. A
// URL fetched twice counts once, with its latest fetch. Facts keep their
// evidence; transform fills Evidence.FetchedAt from the fetch when extraction
// left it zero, and ProgramID.
//
// # Residents and IMG share
//
// Residents are merged across pages by name (case, titles, degrees, middle
// initials and "Last, First" order ignored); later sightings only fill in a
// missing school, country or year. With Config.RosterPagesOnly (default),
// once a roster page lists residents, people named only on other pages (news
// posts, alumni) are not counted. A classification below
// Config.MinConfidence counts as unknown (IMG nil).
//
// The IMG share is, in order of preference:
//
//   - "roster": IMG residents / residents with a known IMG status, when at
//     least Config.MinRosterResidents residents have one; the evidence is the
//     roster page that contributed most residents;
//   - "stated": img_count / residents_count stated on one page (the
//     best-ranked page stating both, 0 ≤ img ≤ total, total > 0; counts from
//     different pages are never combined); the evidence is the img_count
//     fact's URL;
//   - nil otherwise.
package transform
