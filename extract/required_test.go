package extract

import (
	"regexp"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRequiredWords(t *testing.T) {
	tests := []struct {
		give     string
		want     []string // nil: no gate
		wantFold bool
	}{
		{give: `\b(?:[Rr]esidents|[Ii]nterns|[Cc]hiefs)\s*[:,]?\s+(\p{Lu})`, want: []string{"residents", "interns", "chiefs"}, wantFold: true},
		{give: `(?:^|\s)[—–~-]\s*`, want: []string{"-", "~", "–", "—"}},
		{give: `\w+,? (?:PGY|PL)[- ]?[1-7]\b`, want: []string{" PGY", " PL"}},
		{give: `(?i)as (?:our|the) (?:new\s+)*(?:chief residents?|chiefs?)\b`, want: []string{"chief"}, wantFold: true},
		{give: `^\p{Lu}\.\s?(?:\p{Lu}\.?\s?){1,2}$`, want: []string{"."}},
		{give: `a(?i:b)c`, want: []string{"abc"}, wantFold: true},
		{give: `x+(?:one|two)?y`, want: []string{"x"}},
		{give: `(?:earned (?:her|his) MD|attended)`, want: []string{"earned her MD", "earned his MD", "attended"}},
		{give: `\b(\d{3})-?(\d{2})-?(\d{5})\b`}, // digits only: no word worth a gate
		{give: `(?i)café`},                      // "é" in either case: the folded set cannot match "É"
		{give: `\s+\d+`},                        // white space alone is in every text
		{give: `(?:school|x*)`},                 // one alternative requires nothing
		{give: `[a-z]{3}`},                      // a class too wide to list
	}
	for _, tt := range tests {
		got, fold, ok := requiredWords(tt.give)
		if ok != (tt.want != nil) || fold != tt.wantFold && ok {
			t.Errorf("requiredWords(%q) = %q, fold %v, ok %v; want %q, fold %v", tt.give, got, fold, ok, tt.want, tt.wantFold)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("requiredWords(%q) (-want +got):\n%s", tt.give, diff)
		}
	}
}

func TestRequiredClauses(t *testing.T) {
	tests := []struct {
		give string
		want [][]string // besides requiredWords' clause
	}{
		// each alternative holds both words: requiredWords asks for one,
		// the clause for the other
		{give: `(?i)\bgraduat(?:es|ing)\b.{0,60}\bresidents?\b|\bresidents?\b.{0,40}\bgraduat(?:es|ing)\b`,
			want: [][]string{{"graduates", "graduating"}}},
		{give: `(?i)\bresidency(?:\s+program)?\s+(?:has\s+)?graduated\b`, want: [][]string{{"graduated"}}},
		{give: `\bj-i(\s+visa)`, want: [][]string{{"j-i"}}},
		{give: `\b(?:[Rr]esident|[Ii]ntern)\s+(\p{Lu})`}, // one clause: nothing more
		{give: `\bPGY-?[1-7]\b`},                                // "1" … "7": too weak a clause to ask for
		{give: `(?:school|college) of (?:medicine|osteopathy)`}, // one run: requiredWords has it all
		{give: `abc(?:xyz|q*)def`, want: [][]string{{"def"}}},   // an alternative with no clause: the alternation has none
	}
	for _, tt := range tests {
		words, _, ok := requiredWords(tt.give)
		if !ok {
			t.Errorf("requiredWords(%q) found no gate", tt.give)
			continue
		}
		if diff := cmp.Diff(tt.want, requiredClauses(tt.give, words)); diff != "" {
			t.Errorf("requiredClauses(%q) after %q (-want +got):\n%s", tt.give, words, diff)
		}
	}
}

// FuzzRequiredWords checks that a gate derived from any expression (its
// requiredWords and its clauses) never hides one of its matches.
func FuzzRequiredWords(f *testing.F) {
	for _, s := range [][2]string{
		{`\b(?:[Rr]esidents|[Ii]nterns)\s+(\p{Lu})`, "our Residents Ana"},
		{`(?i)chief residents?`, "CHIEF RESIDENT"},
		{`(?i)ask`, "aſk"},
		{`(?i)k+`, "\u212a"},
		{`(?:^|\s)[—–~-]\s*`, "x – y"},
		{`a(?i:b)c`, "aBc"},
		{`[Éé]cole`, "École"},
		{`(?i)graduat(?:es|ing).{0,9}residents?|residents?.{0,9}graduat(?:es|ing)`, "Residents GRADUATING"},
		{`(?i)residency\s+graduated|x`, "x"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, expr, text string) {
		re, err := regexp.Compile(expr)
		if err != nil || len(expr) > 200 {
			return
		}
		g := mustGateDerived(expr)
		if re.MatchString(text) && !g.possible(text) {
			words, fold, _ := requiredWords(expr)
			t.Errorf("%q matches %q, but its derived gate %q (fold %v) says it cannot", expr, text, words, fold)
		}
	})
}

func TestMinDigits(t *testing.T) {
	tests := []struct {
		give string
		want int
	}{
		{nrmpPattern.re.String(), 8},   // 1234-140-C0
		{acgmePattern.re.String(), 10}, // 140-36-21123
		{`(?:19|20)\d\d`, 4},
		{`\d+(?:st|nd)?`, 1},
		{`[0-9a]{3}`, 0}, // a class with a letter: no digit needed
		{`(?:\d{2}|x)`, 0},
		{`\d{3,}`, 3},
		{`(`, 0},
	}
	for _, tt := range tests {
		if got := minDigits(tt.give); got != tt.want {
			t.Errorf("minDigits(%q) = %d, want %d", tt.give, got, tt.want)
		}
	}
}

// FuzzMinDigits checks that every match of any expression holds at least
// minDigits digits.
func FuzzMinDigits(f *testing.F) {
	f.Add(`(?i)\b(\d{4})[ -]?(\d{3})[ -]?([cparm])[ -]?(\d)\b`, "code 1234-140-C0 and 1234140P0")
	f.Add(`\d{3}-?\d{2}`, "140-36 14036")
	f.Add(`(?:1|22)+`, "221")
	f.Fuzz(func(t *testing.T, expr, text string) {
		re, err := regexp.Compile(expr)
		if err != nil || len(expr) > 200 {
			return
		}
		n := minDigits(expr)
		for _, m := range re.FindAllString(text, 20) {
			if countDigits(m) < n {
				t.Errorf("%q matches %q in %q, with fewer digits than minDigits %d", expr, m, text, n)
			}
		}
	})
}
