package extract

import "testing"

// kindSetLists are the word lists read by a folded keyword set where hasAny
// read them before (classify, residencyPage), with their sets.
var kindSetLists = []struct {
	name  string
	words []string
	set   *keywordSet
}{
	{"eligWords", eligWords, eligSet},
	{"programWords", programWords, programSet},
	{"residenInternWords", residenInternWords, residenInternSet},
}

// checkKindSets holds each set to hasAny and to the lowered reading hasAny
// stands for (hasAnyLowered) on s.
func checkKindSets(t *testing.T, s string) {
	t.Helper()
	for _, l := range kindSetLists {
		got := l.set.find(s, 1) != 0
		if want := hasAny(s, l.words); got != want {
			t.Fatalf("%s set on %q = %v, hasAny %v", l.name, s, got, want)
		}
		if want := hasAnyLowered(s, l.words); got != want {
			t.Fatalf("%s set on %q = %v, lowered %v", l.name, s, got, want)
		}
	}
}

// TestKindSets: the sets answer as hasAny of their lists on every golden and
// gate block text and on written samples (each word in three cases, inside
// a longer word, cut short, and none).
func TestKindSets(t *testing.T) {
	texts := append(goldenBlockTexts(t), gateBlockTexts(t, []string{
		"", "FAQ", "Faq's", "fa q", "ELIGIBILITY REQUIREMENTS", "Eligib", "eligi", "Visa Sponsorship", "VISAS?",
		"USMLE Step I", "Step 1 and Step 2", "STEP 2 CK", "step  1", "Year of Graduation", "year of\ngraduation",
		"International Medical Graduates (IMGs)", "international medical graduat", "How To Apply", "how to appl",
		"Cutoffs", "Observerships", "observer ship", "Imgur", "YOGA", "ECFMG-certified", "Comlex Level 1",
		"Residency Program", "Fellowship", "Training", "WELCOME!", "welcom", "Our Residents", "INTERNS", "internal medicine",
		"resident", "Resid", "intErn", "ſtep 1", "\u212aey", "Résidents", "Program Director’s Welcome",
	})...)
	for _, s := range texts {
		checkKindSets(t, s)
	}
}

// FuzzKindSets holds the sets to hasAny and to the lowered reading on any
// text.
func FuzzKindSets(f *testing.F) {
	for _, s := range []string{"FAQ: Eligibility", "Our Residency Program", "INTERNS", "ſtep 1", "Step I", "year of graduation", "Imgs"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkKindSets(t, s)
	})
}
