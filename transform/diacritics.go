package transform

import (
	"strings"
	"unicode"
	"unicode/utf8"

	unorm "golang.org/x/text/unicode/norm"
)

// stripMarks folds the accented Latin letters that fold's table lacks
// (Romanian "ă", Czech "ť", Latvian "ņ", Turkish "İ" lower-cased to "i" and
// a combining dot…) by decomposing them and dropping their combining marks,
// so that a name and the lists meet however its diacritics were typed
// (comma-below "ș" and cedilla "ş" alike). Letters of other scripts are
// kept: only marks go. s is returned as it is when it holds no mark.
func stripMarks(s string) string {
	if isASCII(s) {
		return s
	}
	d := unorm.NFD.String(s)
	if len(d) == len(s) && d == s {
		return s
	}
	var b strings.Builder
	b.Grow(len(d))
	for i := 0; i < len(d); {
		r, size := utf8.DecodeRuneInString(d[i:])
		if !unicode.Is(unicode.Mn, r) {
			b.WriteString(d[i : i+size])
		}
		i += size
	}
	return unorm.NFC.String(b.String())
}
