package evaluate

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// foldAccents drops diacritics ("José" → "Jose"), so that a resident's
// name matches however the page or the pipeline spelled its accents.
func foldAccents(s string) string {
	out, _, err := transform.String(transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC), s)
	if err != nil {
		return s
	}
	return out
}

// normName reduces a person's name to a comparable key: accents folded,
// titles and degrees dropped, "Last, First" turned round, lower case,
// tokens sorted so that word order does not matter.
func normName(s string) string {
	s = foldAccents(s)
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
