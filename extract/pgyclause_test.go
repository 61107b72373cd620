package extract

import "testing"

// pgyClauseSamples hold a training year after a name with and without a
// clause that ties them, on a card and in prose.
var pgyClauseSamples = []string{
	"Priya Nair is currently a PGY-2 in our pediatrics program.",
	"Theo Marsh, DO, is one of our PGY1 residents this year.",
	"Ivy Chan is a PGY 2 on the rural track.",
	"Jo Day, MD PGY-2 Medical School: University of the West Indies",
	"Jo Day, MD\nPGY-2\nMedical School: Ross University",
	"Jo Day serves as\u00a0the PGY-3 representative",
	"Jo Day is-pgy2 now",
	"Dr. Nkechi Eze is in her second year of\nresidency in psychiatry (PGY-2).",
	"Ana Ruiz. PGY-3. Hometown: Reno",
	"Mark Hale will be a PGY-2 next year; Jo Day, PGY-1",
	"Jo Day, another PGY-2, said the clinic was busy.",
	"Jo Day, MD, currently a PGY-3 in surgery, spoke.",
	"Jo Day, now in her PGY-2 year, spoke.",
	"Wei Zhang the one two three four five six seven PGY-3",
	"Wei Zhang the one two three four five six seven eight PGY-3",
	"Wei Zhang the one two three four five six seven eight nine PGY-3",
}

// checkPgyClause checks pgyClauseMayFollow against what predicateResidents
// asks of each predicateName clause in a block that names no predicate role:
// when the gate says no, no clause's head holds a training year or a role.
func checkPgyClause(t *testing.T, s string) {
	t.Helper()
	if hasAnyWord(asciiLower(s), predicateRoles.words) || pgyClauseMayFollow(s) {
		return
	}
	for _, m := range predicateName.FindAllStringSubmatchIndex(s, -1) {
		head := predicateHead(s[m[4]:])
		if pgyIn(asciiLower(head)) >= 0 || predicateRoles.in(head) {
			t.Errorf("pgyClauseMayFollow(%q) = false, but the clause %q names the role", s, head)
		}
	}
}

func TestPgyClauseGate(t *testing.T) {
	opened, closed := 0, 0
	for _, s := range pgyClauseSamples {
		checkPgyClause(t, s)
		if pgyClauseMayFollow(s) {
			opened++
		} else {
			closed++
		}
	}
	// the gate must both let clauses through and keep cards out
	if opened == 0 || closed == 0 {
		t.Errorf("gate opened %d and closed %d samples", opened, closed)
	}
	for s, want := range map[string]bool{
		"Ivy Chan is a PGY 2 on the rural track.":                     true,
		"Jo Day, MD\nPGY-2\nMedical School: Ross University":          false,
		"Ana Ruiz. PGY-3. Hometown: Reno":                             false,
		"Dr. Nkechi Eze is in her second year of\nresidency (PGY-2).": true,
	} {
		if got := pgyClauseMayFollow(s); got != want {
			t.Errorf("pgyClauseMayFollow(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzPgyClauseGate(f *testing.F) {
	for _, s := range pgyClauseSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkPgyClause(t, s) })
}
