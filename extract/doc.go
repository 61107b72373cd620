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
// The page is parsed once with golang.org/x/net/html and split into blocks
// that keep their structure (FAQ question/answer pairs, table rows and
// label/value lines, list items, paragraphs); every rule reasons about one
// statement against its own question or label.
package extract
