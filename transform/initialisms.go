package transform

import "unicode"

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
	derived := map[string][]int{}
	home := map[string]bool{} // initialisms a US or Canadian name may be written as
	for _, k := range homeAbbreviations {
		home[k] = true
	}
	for id, ns := range names {
		abroad := !domestic(c.schools[id].country)
		for _, a := range ns {
			if isAbbreviated(a) {
				continue
			}
			toks := normalize(a).tokens
			if !abroad {
				// Every run of two or more words of a US or Canadian name,
				// with or without "University" before or after it: "Stony
				// Brook" is written SB, SBU and USB.
				for _, ts := range [][]string{toks, core(toks)} {
					for i := range ts {
						for j := i + 2; j <= len(ts); j++ {
							k := initials(ts[i:j])
							home[k], home["u"+k], home[k+"u"] = true, true, true
						}
					}
				}
				continue
			}
			if len(toks) < initialismMin {
				continue
			}
			for _, ts := range [][]string{toks, core(toks)} {
				k := initials(ts)
				if len(k) >= initialismMin && len(k) <= initialismMax {
					derived[k] = addID(derived[k], id)
				}
			}
		}
	}
	for k, ids := range derived {
		if home[k] || c.known(k) {
			continue
		}
		// Looked up as a name's token, which lost a final "s" ("HUJHMS").
		c.initialisms[stem(k)] = ids
	}
}

// homeAbbreviations are initialisms of US and Canadian universities and
// medical centres that are no school of the reference list (so derive from
// none of its names) but are written in rosters' school fields: a school
// abroad deriving one of them is not answered by it.
var homeAbbreviations = []string{
	"mit", "tmc", "byu", "ucsb", "ucsc", "utsa", "utd", "utep", "sdsu", "sjsu", "nwu", "sju",
	"uchi", "csu", "uom", "umhs", "wumc", "umc", "ucm", "usc", "usm", "uhs", "ubc", "uoft",
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
