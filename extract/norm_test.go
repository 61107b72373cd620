package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// slowNorm is norm as first written (before its folds were gated more
// tightly for speed); norm must give the same text.
func slowNorm(s string) string {
	low := " " + asciiLower(s) + " "
	low = abbrevFold.Replace(low)
	if slowHasNumberWord(low) {
		low = numberWord.ReplaceAllStringFunc(low, func(w string) string { return digitOf[w] })
	}
	if strings.ContainsAny(low, "1") {
		if strings.Contains(low, "h") {
			low = h1bPattern.ReplaceAllString(low, "h1b$1 ")
		}
		if strings.Contains(low, "j") {
			low = j1Pattern.ReplaceAllString(low, "j1 ")
		}
	}
	if strings.Contains(low, "step") || strings.Contains(low, "2ck") || strings.Contains(low, "2 ck") {
		low = step2Pattern.ReplaceAllString(low, "step2ck ")
		low = step1Pattern.ReplaceAllString(low, "step1 ")
		low = step3Pattern.ReplaceAllString(low, "step3 ")
	}
	if strings.Contains(low, "complex") {
		low = comlexPattern.ReplaceAllString(low, "comlex$1")
	}
	if strings.Contains(low, "level") {
		low = level1Pattern.ReplaceAllString(low, "level1 ")
		low = level2Pattern.ReplaceAllString(low, "level2 ")
	}
	return strings.Join(strings.Fields(low), " ")
}

func slowHasNumberWord(low string) bool {
	for _, w := range [...]string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

var normSamples = []string{
	"", "USMLE Step II CK", "Step 2 (CK) of 230+", "steptwo", "Step two CK", "STEP THREE", "stepthree", "2CK", "2 ck",
	"H-1B", "H1 visa", "h 1 b", "J-1", "J 1", "E.C.F.M.G. certified", "U.S. citizens", "u. s. clinical", "United States",
	"COMLEX Level 2-CE", "US COMPLEX", "Level II", "level two", "leveltwo", "within five years", "someone often done",
	"at least one attempt", "eleven\u00a0months", "no\tmore  than\n2", "Step 1 and Step 3", "H1B or J1",
	"step\t-\t2", "USMLE  2 ck", "Step-II", "step -i", "steps 1", "a step one", "2\tck", "j - 1", "h -1 -b",
}

func TestNormMatchesSlowNorm(t *testing.T) {
	for _, s := range normSamples {
		if got, want := norm(s), slowNorm(s); got != want {
			t.Errorf("norm(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzNorm(f *testing.F) {
	for _, s := range normSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := norm(s), slowNorm(s); got != want {
			t.Errorf("norm(%q) = %q, want %q", s, got, want)
		}
	})
}

func FuzzFieldCount(f *testing.F) {
	for _, s := range append(normSamples, "  a  b ", "\u00a0x\u2003y\u0085", "\xff\xfe z") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := fieldCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("fieldCount(%q) = %d, want %d", s, got, want)
		}
		if got, want := collapseSpaces(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("collapseSpaces(%q) = %q, want %q", s, got, want)
		}
	})
}

// slowClean is clean as first written, rune by rune.
func slowClean(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	runes := 0
	for _, r := range s {
		switch r {
		case ' ', '\t', '\n', '\r', '\f', '\v', '\u00a0', '\u2002', '\u2003', '\u2009', '\u200a', '\u202f', '\u3000':
			space = true
			continue
		case '\u200b', '\u200c', '\u200d', '\ufeff', '\u00ad':
			continue
		case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
			r = '-'
		case '\u2018', '\u2019', '\u02bc':
			r = '\''
		case '\u201c', '\u201d':
			r = '"'
		case '\u2265':
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteString(">=")
			continue
		case '\u2264':
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteString("<=")
			continue
		case '\u2022', '\u25cf', '\u25aa':
			r = '*'
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
		runes++
		if runes >= maxBlockRunes {
			break
		}
	}
	return b.String()
}

// FuzzClean checks clean, its shortcut for text that needs no change, and
// cleanJoined over text split at a character boundary against slowClean.
func FuzzClean(f *testing.F) {
	for _, s := range append(normSamples, " a", "a ", "a  b", "a\tb", "ok text.", "x", "\u2014 \u00a0x\u200b", "a\u2265b") {
		f.Add(s, 1)
	}
	f.Fuzz(func(t *testing.T, s string, cut int) {
		want := slowClean(s)
		if got := clean(s); got != want {
			t.Errorf("clean(%q) = %q, want %q", s, got, want)
		}
		if isClean(s) && want != s {
			t.Errorf("isClean(%q), but clean gives %q", s, want)
		}
		if cut < 0 || cut > len(s) || !utf8.ValidString(s[:cut]) {
			return
		}
		if got := cleanJoined([]string{s[:cut], s[cut:]}); got != want {
			t.Errorf("cleanJoined(%q, %q) = %q, want %q", s[:cut], s[cut:], got, want)
		}
	})
}
