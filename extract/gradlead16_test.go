package extract

import (
	"slices"
	"testing"
)

// checkGraduatingLeadGate holds graduatingLead, its block's words asked
// first, to the reading of the text alone, for s as a block of each role.
func checkGraduatingLeadGate(t *testing.T, s string) {
	t.Helper()
	for _, role := range []role{roleNone, roleHeading, roleRow, roleQuestion} {
		if got, want := graduatingLead(&block{text: s, role: role}), graduatingLeadRead(&block{text: s, role: role}); got != want {
			t.Fatalf("graduatingLead(%q, role %d) = %v, read from the text %v", s, role, got, want)
		}
	}
}

// TestGraduatingLeadGate: the gate's group is the one that holds
// "graduating", and graduatingLead answers as the text's reading on every
// golden and gate block text and on written leads and traps.
func TestGraduatingLeadGate(t *testing.T) {
	if g := residencyGraduates.hints.groups; len(g) < 3 || !slices.Contains(g[2], "graduating") || graduatingGroup != 1<<2 {
		t.Fatalf("residencyGraduates' hints %q: graduatingGroup is no longer the group of \"graduating\"", g)
	}
	texts := append(goldenBlockTexts(t), gateBlockTexts(t, []string{
		"Graduating Residents 2025", "Our graduating residents and their next steps:", "GRADUATING CHIEFS", "graduating interns:",
		"Graduating Housestaff", "Graduating Fellows", "Graduating students and residents", "Our graduating residents will go on to practice in many places.",
		"  Graduating Residents  ", "Gradu ating Residents", "Graduatin Residents", "GraduatingResidents", "Class of 2025 graduating residents",
		"", "Graduating", "graduate residents", "graduation of our residents",
	})...)
	for _, s := range texts {
		checkGraduatingLeadGate(t, s)
	}
}

// FuzzGraduatingLeadGate holds the gate to the reading on any text.
func FuzzGraduatingLeadGate(f *testing.F) {
	for _, s := range []string{"Graduating Residents 2025", "GRADUATING chiefs:", "graduating fellows", "Graduating ſtudents"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkGraduatingLeadGate(t, s)
	})
}
