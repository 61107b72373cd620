package extract

import (
	"strings"
	"testing"
)

// relAbbrevRoleText is the relation reader's test before perf18a: three
// searches of the text.
func relAbbrevRoleText(t string) bool {
	return strings.Contains(t, "CMR") || strings.Contains(t, "PGY") || relRYearIn(t)
}

// relRYearIn reports a training year written "R" and its number, a word
// of its own ("R3": relRYear) somewhere in t.
func relRYearIn(t string) bool {
	for from := 0; ; {
		k := strings.IndexByte(t[from:], 'R')
		if k < 0 {
			return false
		}
		from += k
		if relRYear(t, from) {
			return true
		}
		from++
	}
}

var relAbbrevSeeds = []string{
	"", "R", "CMR", "CM R", "our CMR Ana Ruiz", "PGY3 Ana Ruiz", "pgy3", "PgY-2", "R3 Ben Ota", "(R2)", "R6", "R33",
	"xR3", "CMRR", "RCMR", "Ruiz is a PGY-2", "Dr. Ana Ruiz, R1, said", "ReſPGY", "PGY\u212a", "Résident R2",
	"The Residency Program", "C\u00a0MR", "CM", "MR", "ACMR", "R1R2", "a\xffPGY",
}

func checkRelAbbrevRole(t *testing.T, s string) {
	t.Helper()
	if got, want := (&block{text: s}).relAbbrevRole(), relAbbrevRoleText(s); got != want {
		t.Errorf("block{%q}.relAbbrevRole() = %v, want %v", s, got, want)
	}
}

// TestRelAbbrevRole holds the block's reading to the three searches.
func TestRelAbbrevRole(t *testing.T) {
	yes := 0
	for _, s := range relAbbrevSeeds {
		checkRelAbbrevRole(t, s)
		if relAbbrevRoleText(s) {
			yes++
		}
	}
	if yes == 0 || yes == len(relAbbrevSeeds) {
		t.Errorf("%d of %d seeds hold an abbreviated role", yes, len(relAbbrevSeeds))
	}
	for _, d := range gateDocs(t)() {
		for i := range d.blocks {
			checkRelAbbrevRole(t, d.blocks[i].text)
		}
	}
}

func FuzzRelAbbrevRole(f *testing.F) {
	for _, s := range relAbbrevSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkRelAbbrevRole(t, s)
	})
}
