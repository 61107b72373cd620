package testweb

import (
	"slices"
	"strings"
	"unicode"
)

var asciiFold = strings.NewReplacer(
	"á", "a", "à", "a", "â", "a", "ä", "a", "ã", "a", "å", "a", "é", "e", "è", "e", "ê", "e", "ë", "e",
	"í", "i", "ì", "i", "î", "i", "ï", "i", "ó", "o", "ò", "o", "ô", "o", "ö", "o", "õ", "o",
	"ú", "u", "ù", "u", "û", "u", "ü", "u", "ñ", "n", "ç", "c",
	"Á", "A", "À", "A", "Â", "A", "Ä", "A", "Ã", "A", "É", "E", "È", "E", "Ê", "E", "Í", "I", "Ó", "O",
	"Ö", "O", "Ú", "U", "Ü", "U", "Ñ", "N", "Ç", "C",
)

// foldASCII replaces the accented Latin letters the name banks use by
// their plain letters.
func foldASCII(s string) string { return asciiFold.Replace(s) }

// normName reduces a person's name to a comparable key: accents folded,
// titles and degrees dropped, "Last, First" turned round, lower case,
// tokens sorted so that word order does not matter.
func normName(s string) string {
	s = foldASCII(s)
	if i := strings.IndexAny(s, "(|–—"); i > 0 {
		s = s[:i]
	}
	// "Last, First" or "First Last, MD"
	parts := strings.Split(s, ",")
	var keep []string
	for _, p := range parts {
		if isDegree(strings.TrimSpace(p)) {
			continue
		}
		keep = append(keep, p)
	}
	var toks []string
	for _, p := range keep {
		for _, f := range strings.FieldsFunc(p, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '-' }) {
			f = strings.ToLower(strings.Trim(f, "'-"))
			if f == "" || f == "dr" || isDegree(f) {
				continue
			}
			toks = append(toks, f)
		}
	}
	slices.Sort(toks)
	return strings.Join(toks, " ")
}

func isDegree(s string) bool {
	switch strings.ToLower(strings.ReplaceAll(s, ".", "")) {
	case "md", "do", "mbbs", "mbbch", "mbchb", "phd", "mph", "ms", "msc", "mba":
		return true
	}
	return false
}

// numberWords spells small numbers, for phrasings like "within five years".
var numberWords = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
