package extract

import (
	"slices"
	"testing"
)

// lexHitsFull is lexScanReference's matches before settleMatches: the
// automaton read as built, every state's outputs read at every byte.
func lexHitsFull(s string) []lexMatch {
	a := lexReference()
	var all []lexMatch
	state := int32(0)
	for i := 0; i < len(s); i++ {
		state = a.next[int(state)*a.nclass+int(a.class[s[i]])]
		for _, id := range a.out[state] {
			all = lexHit(all, s, i, id)
		}
	}
	return all
}

// checkSettle holds settleMatches to settleOverlaps (what it ran on every
// list of matches before its test for matches that overlap none).
func checkSettle(t *testing.T, s string) {
	t.Helper()
	hits := lexHitsFull(s)
	got, want := settleMatches(slices.Clone(hits)), settleOverlaps(slices.Clone(hits))
	if !slices.Equal(got, want) {
		t.Errorf("settleMatches of %q's matches %v = %v, want %v", s, hits, got, want)
	}
}

// TestSettleDisjoint checks settleMatches on the matches of every
// statement and question of the golden pages and a testweb mix.
func TestSettleDisjoint(t *testing.T) {
	for _, s := range []string{"", "visa", "we sponsor j1 visas only", "preferred", "no more than 3 attempts on step1 and step2ck", "must have graduated within 5 years"} {
		checkSettle(t, s)
	}
	for _, d := range goldenAndWebDocs(t) {
		for _, st := range statements(d) {
			checkSettle(t, st.low)
			checkSettle(t, st.qLow)
		}
	}
}

func FuzzSettleDisjoint(f *testing.F) {
	for _, s := range []string{"we do not sponsor h1b visas", "usmle step1 minimum 220; no more than 2 attempts", "preferably recent graduates"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkSettle(t, s)
	})
}
