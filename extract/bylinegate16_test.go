package extract

import "testing"

// checkBylineGlueGate: a text whose block hints hold no resident's word
// has no byline-glued resident's word (captionResidents asks the hints
// first).
func checkBylineGlueGate(t *testing.T, s string) {
	t.Helper()
	b := &block{text: s}
	if b.hint()&hintResident == 0 && bylineGluedResidents(s) {
		t.Fatalf("bylineGluedResidents(%q) is true where the hints hold no resident's word", s)
	}
}

// TestBylineGlueGate checks the gate on the golden and gate block texts and
// on written bylines, glued and not, whose residents' words the gate must
// let through.
func TestBylineGlueGate(t *testing.T) {
	samples := []string{
		"By Ana Ruiz, Communications Director, Valley Health NguyenResidents representing the program at the conference",
		"By Ana Ruiz, Valley HealthResidents gathered for the graduation dinner last week",
		"By Ana Ruiz Valley Health InternsWelcome our new interns", "By Ana Ruiz Valley Health CHIEFSmet the dean",
		"By Ana Ruiz Valley Health HousestaffGathered", "By July 1, residents must complete the course",
		"By Ana Ruiz, Writer We celebrated our residents", "By Ana Ruiz Valley Health We celebrated",
	}
	found := 0
	for _, s := range samples {
		if bylineGluedResidents(s) {
			found++
		}
	}
	if found < 3 {
		t.Errorf("only %d of the written bylines hold a glued resident's word: they are meant to exercise the gate", found)
	}
	for _, s := range append(goldenBlockTexts(t), gateBlockTexts(t, samples)...) {
		checkBylineGlueGate(t, s)
	}
}

// FuzzBylineGlueGate checks the gate on any text.
func FuzzBylineGlueGate(f *testing.F) {
	for _, s := range []string{"By Ana Ruiz, Valley HealthResidents gathered", "By Ana Ruiz Valley Health InternsWelcome", "By Ana Ruiz Valley ſtaff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkBylineGlueGate(t, s)
	})
}
