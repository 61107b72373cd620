// Package extract reads one fetched page and returns the facts it states about
// a residency program (visa sponsorship, year-of-graduation limits, exam
// minimums, attempts, clinical experience, IMG counts) and the residents on
// its roster, each with the evidence that states it.
//
// Extraction is pure: bytes and a URL in, imgfriendly.PageFacts out. It does
// no I/O, reads no clock (the run date is an option) and does not log. It never
// guesses: a field the page does not state yields no fact, because a wrong
// fact costs an applicant more than a missing one. It does not classify
// medical schools either; residents carry the school as written and the
// country only when the page states it.
//
// # How a page is read
//
// The page is parsed once with golang.org/x/net/html (plain text, input with
// no markup, is read line by line) and split into blocks that keep their
// structure: FAQ question/answer pairs (dt/dd, details/summary, accordion
// buttons, bold question and paragraph, "Q:"/"A:"), table rows and
// "Label: value" lines (also a value on the line after its label), list
// items and paragraphs. Navigation, footers, scripts and menus are skipped.
// Every rule reasons about one sentence against its own question or label:
// an answer's leading "Yes"/"No" is read against its question (the first
// part of a compound question), an empty answer asserts nothing, a question
// alone asserts nothing, and numbers inside questions are never limits.
//
// # Rules and conventions
//
//   - Visa: J-1 and H-1B each true, false or absent. "J-1 only" and other
//     exclusive statements make the other visa false; "we do not sponsor
//     visas, although we accept ECFMG-sponsored J-1" is J-1 true, H-1B false;
//     "citizens and permanent residents only" makes both false. A condition
//     ("only for applicants who have passed Step 3 …") is kept as written in
//     Fact.Condition; "not … unless X" is a conditional true. Scores in a visa
//     statement belong to the visa, never to the score fields. When
//     statements of the same specificity disagree, the field stays unknown.
//   - YOG: hard limit (yog_max_years) unless the sentence softens it
//     ("preferred", "encouraged") into yog_preferred_max_years; explicit
//     "no cutoff" is yog_no_limit, and so is "no strict cutoff" / "not a
//     hard requirement", which also makes any years in its statement a
//     preference, never a hard limit. yog_counted_to is set only when the page
//     says what the years are counted to: "application", "match" or
//     "training_start". Year forms ("graduated in or after 2020", "2019 or
//     later", "YOG >= 2021"; "after 2018" means 2019) are converted to years
//     as cycle year minus graduation year. The cycle year is the Match year
//     the page names ("2026-2027 application season" and "for the 2027 Match"
//     are both 2027; PageFacts.CycleYear), else the run date's year.
//   - Scores: three-digit Step 1 / Step 2 CK (180–300) and COMLEX Level 2
//     (350–900) minimums need a hard cue ("minimum", "at least", "or
//     higher", "+", "required"); "preferred" makes step2ck_preferred_min;
//     averages and two-digit old-scale scores are ignored.
//   - Attempts: "first attempt" = 1, "no more than one failure" = 2,
//     "maximum of two attempts" = 2.
//   - USCE: required / preferred / not_required ("not required but
//     preferred" is preferred); months as stated, weeks converted to months
//     as weeks / 4.345 rounded to one decimal; "within the last 12 months"
//     is recency, not length. usce_observership_ok from statements about
//     observerships.
//   - Counts: "11 of our 20 residents are IMGs" gives img_count and
//     residents_count; percentages give nothing.
//   - Rosters: residents from tables with a name column, from repeated
//     cards or list items, and from "Dr. X joins us from Y" prose. Names are
//     returned as "First Last" ("Last, First" turned round, titles and
//     degrees dropped). The school is the labelled school or the card line
//     that is neither year, hometown, caption nor biography, with degrees
//     stripped; a trailing ", Country" naming a country moves to Country
//     (a city stays in the school). Hometowns, bios and family members'
//     schools are never schools.
//   - Page kind: roster (residents listed, or IMG counts on a roster page),
//     eligibility (a rule stated, or eligibility headings/questions),
//     program (a residency page), else other.
//
// Every fact's Evidence has the page URL, the text that states it (the
// block, with its question or label in front when it has one) and a CSS
// selector such as "main > div.faq > dl > dd:nth-of-type(3)" ("line:12" for
// plain text), with class and id names escaped where CSS needs it.
// FetchedAt is left for the caller. Locate reads a page where such a
// selector points, with goquery: `imgfriendly inspect --at SELECTOR` prints
// it, and the tests re-read every golden and synthetic page's evidence that
// way (each selector is valid CSS, matches one element, and that element
// holds the evidence).
//
// The extraction itself walks the parsed tree's html.Node values directly
// rather than through goquery Selections: a Selection per node visited
// costs allocations the speed budget below cannot afford, and nothing in
// the walk needs a selector engine.
//
// Work per page is bounded: at most 4 MiB of input, 4000 blocks, 3000
// characters per block and 40 sentences per block are read; pages nested
// deeper than the HTML parser allows are read as text.
//
// # Speed
//
// Extraction is benchmarked against bare html.Parse of the same bytes
// (BenchmarkPageVsParse, goal at most 2x). Most of its cost is regular
// expressions, so none runs on text that cannot match it: each topic test
// and most expressions are gated by a keywordSet, an automaton that finds
// which of a list of words a text holds in one pass (gatedRegexp carries the
// words every match of its expression contains), and the hottest card-line
// expressions are written out as code (rosterlines.go). Each block's text
// is read once for the words of the statement, prose-roster and cycle tests
// together (blockHints); selectors count a roster's siblings on from the
// previous card (siblingMemo) instead of from the first child; the count
// and attempt expressions run only after a written-out check for a number
// followed by their words (numberThen); the visa names in a statement's
// original text (visaSpans), where a visa's condition starts
// (condTriggerStart), the prose-roster connectors (proseConnectors) and the
// number-word fold are found by code, not by expressions; proseName and
// the degree expressions run only after cheap necessary tests
// (mayEndWithName, mayHoldDegree). Each
// shortcut is tested against the expression or first version it replaces,
// on the golden pages and by fuzzing, so it changes speed only, never a
// result.
package extract
