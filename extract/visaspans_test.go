package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// visaSpanTexts are visa spellings and near misses, each checked against
// origVisa.
var visaSpanTexts = []string{
	"J-1", "j1", "J 1", "J - 1", "J  1", "J-11", "J-1B", "forJ-1 Visastatus", "J-1_x", "J1,H1B",
	"H-1B", "h1b", "H1-B", "H 1 B", "H - 1 - B", "H1 B", "H-1Bs", "H1B.", "H-1 visa", "h1   VISA", "H-1  visas",
	"H1visa", "H-1 Visa", "H-1-B", "H--1B", "H1", "h", "j", "hj-1", "HH-1B", "H-1 b", "the h1-b and j-1",
	"viſa H-1 viſa", "H\t1\nB", "H\v1B", "Visa: J-1/H-1B", "J-1—H-1B", "é J-1 ü H1B",
}

// TestVisaSpans checks visaSpans against origVisa on the texts above and on
// every block of the golden pages.
func TestVisaSpans(t *testing.T) {
	texts := append([]string(nil), visaSpanTexts...)
	texts = append(texts, goldenBlockTexts(t)...)
	for _, text := range texts {
		for _, vt := range []visaType{visaJ1, visaH1B} {
			want := origVisa[vt].FindAllStringIndex(text, -1)
			if d := cmp.Diff(want, visaSpans(text, vt)); d != "" {
				t.Errorf("visaSpans(%q, %d) (-want +got):\n%s", text, vt, d)
			}
		}
	}
}

// FuzzVisaSpans checks visaSpans against origVisa on any text.
func FuzzVisaSpans(f *testing.F) {
	for _, s := range visaSpanTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, vt := range []visaType{visaJ1, visaH1B} {
			want := origVisa[vt].FindAllStringIndex(text, -1)
			if d := cmp.Diff(want, visaSpans(text, vt)); d != "" {
				t.Errorf("visaSpans(%q, %d) (-want +got):\n%s", text, vt, d)
			}
		}
	})
}

// condTriggerTexts probe every alternative of condTrigger, its boundaries
// and case.
var condTriggerTexts = []string{
	"only if Step 3 passed", "ONLY FOR exceptional", "only when", "only after", "only to", "If you hold", "iff",
	"provided that", "Provided", "providedthat", "as long as", "when", "whenever", "for applicants", "for Highly",
	"for internationals", "For current residents", "on a case-by-case basis", "on a case by case basis",
	"on a case-by-case", "case by-case", "Case-By-Case", "in rare cases", "in certain situations", "in rare  cases",
	"subject to", "unless", "exception", "except", "depending on", "who already", "who have", "with step 3",
	"with a passing", "with scores", "with a score of 240", "after passing", "contingent upon", "contingent on",
	"current H-1B holders", "existing h1b holder", "current h-1-b holders", "current h1 b holders", "current holders",
	"existing holder", "xif", "_if", "é if", "sponsored for those", "sponsored. We also", "", "H-1B (only if)",
	"J-1 and H-1B for those who have passed Step 3", "caſe by caſe", "for people", "for peoples",
}

// TestCondTriggerStart checks condTriggerStart against condTrigger on the
// texts above and on every block of the golden pages.
func TestCondTriggerStart(t *testing.T) {
	texts := append([]string(nil), condTriggerTexts...)
	texts = append(texts, goldenBlockTexts(t)...)
	found := 0
	for _, text := range texts {
		if checkCondTrigger(t, text) {
			found++
		}
	}
	if found < 50 {
		t.Errorf("only %d texts hold a condition: the check checks little", found)
	}
}

func checkCondTrigger(t *testing.T, text string) bool {
	t.Helper()
	want := -1
	if loc := condTrigger.FindStringIndex(text); loc != nil {
		want = loc[0]
	}
	if got := condTriggerStart(text); got != want {
		t.Errorf("condTriggerStart(%q) = %d, want %d", text, got, want)
	}
	return want >= 0
}

// FuzzCondTriggerStart checks condTriggerStart against condTrigger on any text.
func FuzzCondTriggerStart(f *testing.F) {
	for _, s := range condTriggerTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) { checkCondTrigger(t, text) })
}
