package extract

import (
	"regexp"
	"strings"
)

// Residents listed with their degrees and training year ("Nadia Farouk,
// MD, PGY-2, Owen Pratt, DO, PGY-2 & Lucia Romero, MD, PGY-3") are read by
// predicateResidents's yearAfterName. The list's last name comes after
// "and" or "&", words that otherwise join a school's name to a place's
// (inName); after an entry that ends with its training year they join the
// list. A column's byline may open the list with a capitalised "By".

// yearEntryBefore is the end of a list entry's training year, then the
// conjunction before the next entry: "PGY-2 &", "(PGY-1), and".
var yearEntryBefore = regexp.MustCompile(`(?:PGY|PL)[- ]?[1-7]\)?,?\s*(?:and|&)\s*$`)

// afterYearEntry reports whether before (the text up to a name) ends with
// another entry's training year and the list's conjunction.
func afterYearEntry(before string) bool {
	k := max(0, len(before)-16)
	return yearEntryBefore.MatchString(before[k:]) // (asked only where inName is: rare)
}

// byName reports a name that yearAfterName read with the byline's "By"
// ("By Nadia Farouk"): the name is the words after it, two at least.
func byName(cand string) bool {
	rest, ok := strings.CutPrefix(cand, "By ")
	return ok && strings.Contains(strings.TrimSpace(rest), " ")
}
