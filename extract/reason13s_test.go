package extract

import "testing"

// reasonSamples hold reasons at a clause's start, after a space, after
// other bytes, and near misses.
var reasonSamples = []string{
	"because of the competitive nature, we require step 1",
	"we require 3 months of usce because applicants need letters",
	"since graduation; since 2020; since we sponsor j1 visas",
	"applicants, given that the program is small, must have ecfmg",
	"as the practice of medicine changes; as medical knowledge grows",
	"xbecause ; (because ) since, given thatx, as medicalx",
}

// checkReasonGate checks that reasonSpan finds no reason in any clause of
// a text reasonSet finds no word in (clauseModality's gate), and that the
// gate is not asked the wrong question: where a clause gives a reason, the
// set finds a word.
func checkReasonGate(t *testing.T, s string, a, b int) {
	t.Helper()
	cl := &clause{start: a, end: b}
	from, to := reasonSpan(s, cl)
	if reasonSet.scan(s, 0) == 0 && (from != b || to != b) {
		t.Errorf("reasonSpan(%q, [%d,%d)) = %d, %d, but reasonSet finds no word in the text", s, a, b, from, to)
	}
}

// TestReasonGate checks the gate on every clause of the samples cut at
// every pair of byte offsets.
func TestReasonGate(t *testing.T) {
	found := 0
	for _, s := range reasonSamples {
		for a := 0; a <= len(s); a++ {
			for b := a; b <= len(s); b++ {
				checkReasonGate(t, s, a, b)
				if f, _ := reasonSpan(s, &clause{start: a, end: b}); f != b {
					found++
				}
			}
		}
	}
	if found == 0 {
		t.Error("no clause of the samples gives a reason: the test asks nothing")
	}
}

// FuzzReasonGate is TestReasonGate on any text and clause.
func FuzzReasonGate(f *testing.F) {
	for _, s := range reasonSamples {
		f.Add(s, 0, len(s))
	}
	f.Fuzz(func(t *testing.T, s string, a, b int) {
		if a < 0 || b < a || b > len(s) {
			return
		}
		checkReasonGate(t, s, a, b)
	})
}
