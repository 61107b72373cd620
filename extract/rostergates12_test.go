package extract

import (
	"strings"
	"testing"
)

// Session 12 gates of the roster readers, each held to what it replaces.

// residencyTermMayBefore is residencyTermMay as it read before session 12:
// a search of the whole text for each opening.
func residencyTermMayBefore(t string) bool {
	if strings.Contains(t, " year as ") || strings.Contains(t, " Year as ") {
		return strings.Contains(t, "esident") || strings.Contains(t, "ntern") || strings.Contains(t, "ESIDENT") || strings.Contains(t, "NTERN")
	}
	if !strings.Contains(t, "esidency") && !strings.Contains(t, "ESIDENCY") {
		return false
	}
	return strings.Contains(t, " year of ") || strings.Contains(t, " Year of ") || strings.Contains(t, " in a") ||
		strings.Contains(t, " in her ") || strings.Contains(t, " in his ") || strings.Contains(t, " in their ")
}

var residencyTermSeeds = []string{
	"She is in her second year of residency in pediatrics.",
	"He spent his first Year as an intern on the wards; year as resident",
	"year as a resident, then residency in a small town", // (no space before the first "year")
	"Now in her final year of ESIDENCY, she moved; in a RESIDENCY",
	"A year asks much of a resident in a residency.",
	"presidency in a hurry; the Presidency in his year of office",
	"esidency", "y", "Y", " year as ", " Year as NTERN", "residenc y in a", "xesidency in their year",
	"The years as residents were long.", "Year as\u00a0resident", "the ESIDENCY in her ",
}

func TestResidencyTermMay(t *testing.T) {
	sameBoolOnSeeds(t, "residencyTermMay", residencyTermSeeds, residencyTermMay, residencyTermMayBefore, "may hold a residency term")
	for _, d := range gateDocs(t)() {
		for i := range d.blocks {
			sameBool(t, "residencyTermMay", d.blocks[i].text, residencyTermMay, residencyTermMayBefore)
		}
	}
}

func FuzzResidencyTermMay(f *testing.F) {
	for _, s := range residencyTermSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sameBool(t, "residencyTermMay", s, residencyTermMay, residencyTermMayBefore)
	})
}

// pgyClauseMayFollowBefore is pgyClauseMayFollow as it read before session
// 12: the text lowered first.
func pgyClauseMayFollowBefore(t string) bool {
	low := asciiLower(t)
	if strings.Contains(low, "residency") {
		return true
	}
	for from := 0; ; {
		k := strings.Index(low[from:], "pgy")
		if k < 0 {
			return false
		}
		k += from
		from = k + 3
		if k > 0 && isWordByte(low[k-1]) {
			continue
		}
		s := strings.LastIndexAny(low[:k], ".;!?") + 1
		words := strings.Fields(low[s:k])
		if len(words) > 10 {
			words = words[len(words)-10:]
		}
		for _, w := range words {
			if clauseOpener(w) {
				return true
			}
		}
	}
}

var pgyClauseSeeds = []string{
	"Jo Day is currently a PGY-2 in internal medicine.",
	"Jo Day, MD, PGY-2, University of X", "Jo Day joins us as a Pgy3", "RESIDENCY: PGY-1",
	"Years: 2021-2022", "xpgy-2 is", "The pGy-2 class", "Our ReSiDeNcY", "pgy", "P", "residenc",
	"Jo Day. PGY-2", "will be pgy-2", "Jo Day is; PGY-2",
}

func TestPgyClauseMayFollow(t *testing.T) {
	sameBoolOnSeeds(t, "pgyClauseMayFollow", pgyClauseSeeds, pgyClauseMayFollow, pgyClauseMayFollowBefore, "may hold a clause")
	for _, d := range gateDocs(t)() {
		for i := range d.blocks {
			sameBool(t, "pgyClauseMayFollow", d.blocks[i].text, pgyClauseMayFollow, pgyClauseMayFollowBefore)
		}
	}
}

func FuzzPgyClauseMayFollow(f *testing.F) {
	for _, s := range pgyClauseSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sameBool(t, "pgyClauseMayFollow", s, pgyClauseMayFollow, pgyClauseMayFollowBefore)
	})
}
