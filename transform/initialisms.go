package transform

import (
	"slices"
	"strings"
	"unicode"
)

// Initialisms: rosters often write a school abroad by the initials of its
// name ("MUK" for Makerere University Kampala, "USTFMS" for the University
// of Santo Tomas Faculty of Medicine and Surgery), and the reference list
// cannot spell out every one. Each written-out name of the list gives its
// initialisms: the initials of its words (stopwords left out), and of its
// core (the faculty phrase left out). Such a derived initialism names a
// school only as the whole name or a whole comma part, and only when it is
// unambiguous:
//
//   - it is no known name, part, place or word of the reference lists;
//   - every school it derives from is abroad, so it can only answer IMG;
//   - no US or Canadian name derives it too: a US abbreviation the list
//     lacks must not come back IMG ("UCD" is Davis as well as Dublin).
//
// Several schools abroad deriving it answer IMG without a school (and
// with their country when they share it), as for any shared name; an
// initialism shorter than five letters answers IMG alone.

// Lengths of a derived initialism, in letters: two letters are too often
// something else; past seven, nobody writes them.
// From initialismNamesSchool letters on, an initialism names its school;
// a shorter one is too likely to be a school abroad the list lacks as well
// ("CUHK": Hong Kong, or Charles University in Hradec Králové), so it
// answers IMG alone.
const (
	initialismMin         = 3
	initialismMax         = 7
	initialismNamesSchool = 5
)

// initials returns the initials of tokens, or "" when a token does not
// begin with a letter.
func initials(tokens []string) string {
	b := make([]byte, 0, len(tokens))
	for _, t := range tokens {
		if t == "" || t[0] < 'a' || t[0] > 'z' {
			return ""
		}
		b = append(b, t[0])
	}
	return string(b)
}

// isAbbreviated reports whether a raw alias holds a word already written as
// an abbreviation (two or more capitals in a row: "UST Manila", "KMC"), whose
// initial is not the initial of what it stands for.
func isAbbreviated(alias string) bool {
	run := 0
	for _, r := range alias {
		if unicode.IsUpper(r) {
			run++
			if run >= 2 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// deriveInitialisms indexes the derived initialisms of the written-out
// names (names[id]: the canonical name and unmarked aliases of school id),
// as explained above.
func (c *Classifier) deriveInitialisms(names [][]string) {
	// Keys are stemmed, as a name's token is ("HUJHMS" is looked up as
	// "hujhm"), so that two forms one final "s" apart meet.
	derived := map[string][]int{}
	home := map[string]bool{} // initialisms a US or Canadian name may be written as
	addHome := func(k string) { home[stem(k)] = true }
	for _, k := range homeAbbreviations {
		addHome(k)
	}
	for id, ns := range names {
		abroad := !domestic(c.schools[id].country)
		for _, a := range ns {
			if isAbbreviated(a) {
				if !abroad {
					// A US or Canadian abbreviation with a faculty's glued
					// to it ("LSUCOM", "OSUSOM"), or with the initials of
					// the words after it ("UC Davis" is UCD), is that
					// school's, not the initials of a name abroad (Lagos
					// State University College of Medicine; University
					// College Dublin).
					for _, w := range append(words(a), mixedInitials(a)) {
						for _, f := range facultyAbbreviations {
							addHome(w + f)
						}
					}
				}
				continue
			}
			if !abroad {
				for _, k := range homeInitialisms(a) {
					addHome(k)
				}
				continue
			}
			for _, k := range nameInitialisms(a) {
				if len(k) >= initialismMin && len(k) <= initialismMax {
					derived[stem(k)] = addID(derived[stem(k)], id)
				}
			}
		}
	}
	for k, ids := range derived {
		if home[k] || c.known(k) && !c.ownWord(k, ids) {
			continue
		}
		c.initialisms[k] = ids
	}
}

// mixedInitials returns the abbreviation of a name that holds an
// abbreviated word: that word whole, the initials of the other words,
// stopwords left out ("UC Davis" → "ucd", "SUNY Upstate" → "sunyu").
func mixedInitials(a string) string {
	var b []byte
	for _, f := range strings.FieldsFunc(a, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' }) {
		w := words(f)
		if len(w) == 0 || stopwords[w[0]] {
			continue
		}
		if isAbbreviated(f) {
			b = append(b, strings.Join(w, "")...)
		} else {
			b = append(b, w[0][0])
		}
	}
	return string(b)
}

// facultyAbbreviations are the ways a faculty's name is abbreviated after
// its university's abbreviation ("UKCOM", "UMSOM", "UCSM", "LSUHSC").
var facultyAbbreviations = []string{"", "com", "som", "sm", "cm", "mc", "ms", "hs", "hsc", "sc", "u"}

// nameInitialisms returns the ways a written-out name is abbreviated as a
// whole: the initials of its words without stopwords, and of its core
// ("COOUCM", "MUK"); the same with "College" and "School" written by
// their first two letters ("UKCOM", "UMSOM", "MAMCO"); and with its
// function words kept, as one letter or a Romance article whole ("UoN",
// "UdeM"). How rosters and the reference list's own aliases write
// abbreviations; measured in SCHOOLS.md.
func nameInitialisms(a string) []string {
	ws := words(a)
	toks := normalizeWords(ws).tokens
	var out []string
	for _, ts := range [][]string{toks, core(toks)} {
		out = append(out, initials(ts), syllabic(ts))
	}
	return append(out, functionInitials(ws, false), functionInitials(ws, true))
}

// syllabic returns the initials of tokens with "college" and "school"
// written "co" and "so" ("COM", "SOM"), or "" when tokens hold neither.
func syllabic(tokens []string) string {
	b := make([]byte, 0, len(tokens)+2)
	found := false
	for _, t := range tokens {
		if t == "" || t[0] < 'a' || t[0] > 'z' {
			return ""
		}
		b = append(b, t[0])
		if t == "college" || t == "school" {
			b = append(b, 'o')
			found = true
		}
	}
	if !found {
		return ""
	}
	return string(b)
}

// functionInitials returns the initials of raw words with their function
// words kept ("University of Nairobi" → "uon"); romance keeps a Romance
// article whole ("Université de Montréal" → "udem"). It returns "" when
// the name has no function word.
func functionInitials(ws []string, romance bool) string {
	b := make([]byte, 0, len(ws)+4)
	found := false
	for _, w := range ws {
		if w == "" || w[0] < 'a' || w[0] > 'z' {
			return ""
		}
		switch {
		case romance && romanceArticles[w]:
			b = append(b, w...)
			found = true
		case stopwords[w]:
			b = append(b, w[0])
			found = true
		default:
			b = append(b, w[0])
		}
	}
	if !found {
		return ""
	}
	return string(b)
}

// homeInitialisms returns every initialism a US or Canadian name may be
// written as: each form of nameInitialisms, and the initials of every run
// of two or more of its words (with or without "University" before or
// after them: "Stony Brook" is written SB, SBU and USB), in each of those
// ways. A run never begins at a middle initial or a name's suffix (a word
// of one or two letters: "F.", "Jr."): nobody abbreviates from there.
func homeInitialisms(a string) []string {
	out := nameInitialisms(a)
	ws := words(a)
	toks := normalizeWords(ws).tokens
	runs := func(ts []string, form func([]string) string) {
		for i := range ts {
			if len(ts[i]) <= 2 || stopwords[ts[i]] {
				continue
			}
			for j := i + 2; j <= len(ts); j++ {
				if k := form(ts[i:j]); k != "" {
					out = append(out, k, "u"+k, k+"u")
				}
			}
		}
	}
	for _, ts := range [][]string{toks, core(toks)} {
		runs(ts, initials)
		runs(ts, syllabic)
	}
	runs(ws, func(ts []string) string { return functionInitials(ts, false) })
	runs(ws, func(ts []string) string { return functionInitials(ts, true) })
	return out
}

// homeAbbreviations are initialisms of US and Canadian universities and
// medical centres that are no school of the reference list (so derive from
// none of its names) but are written in rosters' school fields: a school
// abroad deriving one of them is not answered by it.
var homeAbbreviations = []string{
	"mit", "tmc", "byu", "ucsb", "ucsc", "utsa", "utd", "utep", "sdsu", "sjsu", "nwu", "sju",
	"uchi", "csu", "uom", "umhs", "wumc", "umc", "ucm", "usc", "usm", "uhs", "ubc", "uoft",
}

// ownWord reports whether the known word k is only a word of the aliases
// of schools ids ("MLNMC" of "MLNMC Allahabad"): their own abbreviation,
// written with a city, which the bare form names as well.
func (c *Classifier) ownWord(k string, ids []int) bool {
	owners := c.owners[k]
	if len(owners) == 0 {
		return false
	}
	for _, id := range owners {
		if !slices.Contains(ids, id) {
			return false
		}
	}
	_, exact := c.exact[k]
	_, whole := c.whole[k]
	_, part := c.parts[k]
	_, expansion := expansions[k]
	return !exact && !whole && !part && !expansion && !c.isPlace(k) && !genericWords[k] && !stopwords[k] && !degrees[k] && !regionWords[k]
}

// known reports whether the word k is already a name, part, whole-only
// name, place, generic word or vocabulary word of the reference lists.
func (c *Classifier) known(k string) bool {
	if _, ok := c.exact[k]; ok {
		return true
	}
	if _, ok := c.whole[k]; ok {
		return true
	}
	if _, ok := c.parts[k]; ok {
		return true
	}
	if c.isPlace(k) || c.fuzzy.vocab[k] || genericWords[k] || stopwords[k] || degrees[k] || regionWords[k] {
		return true
	}
	_, ok := expansions[k]
	return ok
}
