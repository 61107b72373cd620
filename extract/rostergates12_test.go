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
		sameBool(t, "block.residencyTermMay", s, blockResidencyTermMay, residencyTermMay)
	})
}

// blockResidencyTermMay is a block's residencyTermMay of t (session 14: the
// block's words read first).
func blockResidencyTermMay(t string) bool {
	b := block{text: t}
	return b.residencyTermMay()
}

func TestBlockResidencyTermMay(t *testing.T) {
	sameBoolOnSeeds(t, "block.residencyTermMay", residencyTermSeeds, blockResidencyTermMay, residencyTermMay, "may hold a residency term")
	for _, d := range gateDocs(t)() {
		for i := range d.blocks {
			sameBool(t, "block.residencyTermMay", d.blocks[i].text, blockResidencyTermMay, residencyTermMay)
		}
	}
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

var residentRoleSeeds = []string{
	"PGY-1", "PGY-3", "pgy 4", "Pgy7", "PGY-8", "PGY-25", "PGY-2nd", "PGY-", "PGY", "PGY-2 · Internal Medicine", "PGY-2, chief",
	"Chief Residents", "Chief Resident, 2025", "chief residency", "Resident Roster", "Residents", "ResidentsX", "Residentſ",
	"Resident_", "Residents_", "Resident Roster", "Interns", "Internal Medicine", "Intern", "intern's day", "Meet Our Residents",
	"Residency", "residents2", "Resident-physician", "R3", "House Officer", "",
}

// TestResidentRoleOpens holds residentRoleOpens to what it stands for: a
// line it accepts is one residentRoleRE matches.
func TestResidentRoleOpens(t *testing.T) {
	opens := 0
	check := func(s string) {
		if residentRoleOpens(s) {
			opens++
			if !residentRoleRE.MatchString(s) {
				t.Errorf("residentRoleOpens(%q) holds, residentRoleRE does not match", s)
			}
		}
	}
	for _, s := range residentRoleSeeds {
		check(s)
	}
	if opens < 8 {
		t.Errorf("%d seeds open with a role", opens)
	}
	for _, d := range gateDocs(t)() {
		for i := range d.blocks {
			check(d.blocks[i].text)
		}
	}
}

func FuzzResidentRoleOpens(f *testing.F) {
	for _, s := range residentRoleSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if residentRoleOpens(s) && !residentRoleRE.MatchString(s) {
			t.Errorf("residentRoleOpens(%q) holds, residentRoleRE does not match", s)
		}
		if len(s) <= 70 {
			w := ungated(func() int { return lineRole(s) })
			if got := lineRole(s); got != w {
				t.Errorf("lineRole(%q) = %d, ungated %d", s, got, w)
			}
		}
	})
}

// stripTitleBefore is stripTitle as it read before session 12: each title
// asked of every line.
func stripTitleBefore(t string) string {
	for _, p := range []string{"Dr. ", "Dr ", "DR. ", "dr. ", "Drs. ", "Drs ", "Doctor "} {
		if strings.HasPrefix(t, p) {
			return strings.TrimSpace(t[len(p):])
		}
	}
	return t
}

var stripTitleSeeds = []string{"Dr. Ana Ruiz", "Dr Ana", "DR. ANA", "dr. ana", "Drs. A and B", "Drs A", "Doctor Ana", "Doctors Ana",
	"Dr.Ana", "D", "", "d", "Ana Ruiz", "Dean Roe", "DR Ana", "Dr.  Ana ", "\x04r. Ana"}

func TestStripTitle(t *testing.T) {
	for _, s := range stripTitleSeeds {
		if got, want := stripTitle(s), stripTitleBefore(s); got != want {
			t.Errorf("stripTitle(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzStripTitle(f *testing.F) {
	for _, s := range stripTitleSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := stripTitle(s), stripTitleBefore(s); got != want {
			t.Errorf("stripTitle(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestMayBeOffice holds mayBeOffice to the look-up it gates, on every
// title, its case variants and near words.
func TestMayBeOffice(t *testing.T) {
	ref := func(w string) bool {
		var buf [16]byte
		return len(w) <= len(buf) && officeTitles[string(lowerInto(buf[:], w))]
	}
	words := []string{"", "a", "Vic", "Vices", "vice-presidents", "Co-President", "Liaison's", "Dr.", "Ana"}
	for o := range officeTitles {
		words = append(words, o, strings.ToUpper(o), strings.ToUpper(o[:1])+o[1:], o+"s", o[1:])
	}
	for _, w := range words {
		if got, want := mayBeOffice(w), ref(w); got != want {
			t.Errorf("mayBeOffice(%q) = %v, want %v", w, got, want)
		}
	}
	for o := range officeTitles {
		if len(o) < 4 || len(o) > 14 || !strings.ContainsRune("pvcrstdal", rune(o[0])) {
			t.Errorf("office title %q is outside mayBeOffice's lengths or first letters", o)
		}
	}
}

// dashFirstBefore is dashFirst as it read before session 12: each dash
// asked in turn.
func dashFirstBefore(t string) bool {
	if t != "" && strings.IndexByte("\t\n\f\r ", t[0]) >= 0 {
		t = t[1:]
	}
	for _, dash := range []string{"—", "–", "~", "-"} {
		if strings.HasPrefix(t, dash) {
			return true
		}
	}
	return false
}

var dashFirstSeeds = []string{"— Jane Doe, PGY-2", " – Jane", "\t~Jane", "-Jane", "  - Jane", "Jane - PGY-2", "", " ", "\xe2", "\xe2\x80",
	"\xe2\x80\x94", "\xe2\x80\x92 Jane", "\n—", "\v-", "\x00-", "“Jane”"}

func TestDashFirst(t *testing.T) {
	sameBoolOnSeeds(t, "dashFirst", dashFirstSeeds, dashFirst, dashFirstBefore, "open with a dash")
}

func FuzzDashFirstAsBefore(f *testing.F) {
	for _, s := range dashFirstSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sameBool(t, "dashFirst", s, dashFirst, dashFirstBefore)
	})
}
