package extract

import (
	"slices"
	"testing"
)

// foldedUnion is a union of folded sets (sentenceWords is of case-sensitive
// ones): relevantSet and sponsorWord besides two folded gates' hints.
var foldedUnion = newKeywordUnion(relevantSet, sponsorWord, facultyOf.hints, residencyGraduates.hints)

// unionCases hold every member's words, none, odd-fold characters and
// words split across the seams between members.
var unionCases = []string{
	"", "we do not sponsor visas; however, observers must apply", "Observers are welcome",
	"in order to meet the requirements for ecfmg certification, you must pass step 1",
	"students must complete clerkships before graduation", "before starting clerkships students must pass step 1",
	"md/phd applicants need a j1 visa", "the selective service - we urge congress", "our graduates although",
	"30 residents, 12 IMGs", "ſponsor", "\u212aelvin", "International Medical Graduates start July 1",
	"unless", "except", "a yet b", "even if ; - –", "Faculty of Medicine", "FACULTÉS DE", "the residency has graduated 12 residents",
	// blockWords' members: a started residency, a breakdown's cue, a resident's voice, greetings, self cues
	"She started her pediatrics residency in July", "Our residents trained abroad; medical schools of 12 countries",
	"As a PGY-2, I work with my co-residents", "Welcome, Ana and Ben! Congratulations and thanks",
	"I will start my residency, ſtarted", "20 YEARS AGO I MATCHED INTO FAMILY MEDICINE", "Meet Our Residents",
	"Class of 2027", "PGY-2 Residents", "resident directory", "Our co-chief resident and two R2 house officers",
	"The residency program has graduated six physicians", "graduation day for our residents", "Resident Match",
	// a residency left, a nickname's marks
	"With the departure of Sam Oduya from the residency", "Sam is leaving our residency", `Will "Tay" Hedley (PGY-1) ‘Li’ “Ana”`,
}

// checkUnion checks that each member's answer read from a union is what
// the member's own full scan answers, and that the gates read through a
// union answer as their expressions do.
func checkUnion(t *testing.T, name string, u *keywordUnion, s string) {
	t.Helper()
	w := u.read(s)
	for i, m := range u.members {
		if got, want := w.find(m.k), m.k.scan(s, 0); got != want {
			t.Errorf("%s member %d: find(%q) = %b, want %b", name, i, s, got, want)
		}
	}
	for gname, g := range allGates() {
		if !slices.ContainsFunc(u.members, func(m unionMember) bool { return m.k == g.hints }) {
			continue
		}
		if got, want := g.MatchWords(w), g.re.MatchString(s); got != want {
			t.Errorf("%s: %s.MatchWords(%q) = %v, want %v", name, gname, s, got, want)
		}
		if got, want := g.FindStringSubmatchWords(w), g.re.FindStringSubmatch(s); !slices.Equal(got, want) {
			t.Errorf("%s: %s.FindStringSubmatchWords(%q) = %q, want %q", name, gname, s, got, want)
		}
	}
	// a set that is no member is read again
	if got, want := w.find(durationWord), durationWord.scan(s, 0); got != want {
		t.Errorf("%s: find of a non-member (%q) = %b, want %b", name, s, got, want)
	}
}

func TestKeywordUnion(t *testing.T) {
	for _, s := range unionCases {
		checkUnion(t, "sentenceWords", sentenceWords, s)
		checkUnion(t, "foldedUnion", foldedUnion, s)
		checkUnion(t, "blockWords", blockWords, s)
	}
}

// FuzzKeywordUnion is TestKeywordUnion on any text.
func FuzzKeywordUnion(f *testing.F) {
	for _, s := range unionCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkUnion(t, "sentenceWords", sentenceWords, s)
		checkUnion(t, "foldedUnion", foldedUnion, s)
		checkUnion(t, "blockWords", blockWords, s)
		if got, want := uint16(blockWords.read(s).found&blockHintBits), blockHints.scan(s, 0); got != want {
			t.Errorf("blockWords hints of %q = %b, want %b", s, got, want)
		}
		checkLineRoleWords(t, s)
		checkLetterSet(t, s)
		checkBlockHasYear(t, s)
		checkQuoted(t, s)
		checkColonOrDash(t, s)
	})
}

// TestBlockWordsHints checks that a blockWords answer holds blockHints'
// answer in its low bits (blockHintBits), as hint reads it.
func TestBlockWordsHints(t *testing.T) {
	if m := blockWords.members[0]; m.k != blockHints || m.at != 0 || m.n != 8 || oddFold != 1<<m.n {
		t.Fatalf("blockWords' first member is not blockHints' eight groups at bit 0 and oddFold after them")
	}
	for _, s := range unionCases {
		if got, want := uint16(blockWords.read(s).found&blockHintBits), blockHints.scan(s, 0); got != want {
			t.Errorf("blockWords hints of %q = %b, want %b", s, got, want)
		}
	}
}

// TestKeywordUnionHome checks that a set answers the same from the union it
// first joined (home: read at its place) and from another (looked up among
// the members).
func TestKeywordUnionHome(t *testing.T) {
	a, b := newFoldedKeywordSet([]string{"welcome", "thank"}, []string{"pgy"}), newFoldedKeywordSet([]string{"resident"})
	first, second := newKeywordUnion(a, b), newKeywordUnion(b, a)
	if a.home != first || b.home != first {
		t.Fatalf("the sets' home is not the first union they joined")
	}
	for _, s := range append(unionCases, "Welcome, PGY-1 residents", "thanks", "ſ") {
		for _, u := range []*keywordUnion{first, second} {
			w := u.read(s)
			for _, k := range []*keywordSet{a, b} {
				if got, want := w.find(k), k.scan(s, 0); got != want {
					t.Errorf("find(%q) = %b, want %b", s, got, want)
				}
			}
		}
	}
}

// checkLineRoleWords checks that a line's role read with its blockWords is
// lineRole's.
func checkLineRoleWords(t *testing.T, s string) {
	t.Helper()
	if got, want := lineRoleOf(s, blockWords.read(s)), lineRole(s); got != want {
		t.Errorf("lineRoleOf(%q, its blockWords) = %d, want %d", s, got, want)
	}
}

// TestLineRoleWords holds lineRoleOf with a block's words to lineRole on
// every block of the gate documents and on lines of each role.
func TestLineRoleWords(t *testing.T) {
	seen := map[int]int{}
	lines := gateBlockTexts(t, append([]string{"Chief Resident", "PGY-2", "Former Chief Resident", "Program Director", "MD, UST Faculty of Medicine",
		"Faculté de Médecine, PGY-1", "Resident, Faculty of Medicine", "Hometown: Lagos"}, unionCases...))
	for _, s := range lines {
		checkLineRoleWords(t, s)
		seen[lineRole(s)]++
	}
	if len(seen) < 3 {
		t.Errorf("the lines take %d of the three roles: the comparison says little", len(seen))
	}
}

// TestLetterSet checks that letterSet finds a word wherever letterWords
// finds a whole one.
func TestLetterSet(t *testing.T) {
	for _, s := range append([]string{"A Welcome Letter from the Chiefs", "GREETINGS", "Notes", "Chief Residents' Message\u00a0"}, unionCases...) {
		checkLetterSet(t, s)
	}
}

func checkLetterSet(t *testing.T, s string) {
	t.Helper()
	if letterWords.in(s) && letterSet.scan(s, 0)&1 == 0 {
		t.Errorf("letterWords holds a word of %q, letterSet none", s)
	}
}

// checkBlockHasYear checks a block's hasYear against hasYearInText.
func checkBlockHasYear(t *testing.T, s string) {
	t.Helper()
	b := block{text: s}
	if got, want := b.hasYear(), hasYearInText(s); got != want {
		t.Errorf("block{%q}.hasYear() = %v, want %v", s, got, want)
	}
}

// TestBlockHasYear holds a block's hasYear to hasYearInText on every block
// of the gate documents and on years of each form.
func TestBlockHasYear(t *testing.T) {
	years := 0
	lines := gateBlockTexts(t, append([]string{"Jane Doe (PGY-2)", "pgy 3", "Class of 2027", "CLAſS OF 2026", "Intern", "interns", "PGYK", "R2",
		"Internal Medicine", "class of 1890", "2027"}, unionCases...))
	for _, s := range lines {
		checkBlockHasYear(t, s)
		if hasYearInText(s) {
			years++
		}
	}
	if years < 5 || years == len(lines) {
		t.Errorf("%d of %d lines hold a year: the comparison says little", years, len(lines))
	}
}

// checkQuoted checks a block's quoted against quoteMarks.
func checkQuoted(t *testing.T, s string) {
	t.Helper()
	b := block{text: s}
	if got, want := b.quoted(), quoteMarks.index(s) >= 0; got != want {
		t.Errorf("block{%q}.quoted() = %v, want %v", s, got, want)
	}
}

func TestBlockMarks(t *testing.T) {
	for _, s := range append([]string{`"Great program" - A.B., PGY-2`, "“Quoted”", "end”", "\xe2\x80", "\xe2\xe2\x80\x9c", "no quote", "‘single’"}, unionCases...) {
		checkQuoted(t, s)
		checkColonOrDash(t, s)
	}
	for _, s := range []string{"PGY-2: Ana Ruiz, Ben Ota", "Chiefs – Ana and Ben", "Class of 2027 — Ana", "no mark", "\xe2\x80", "a - b"} {
		checkColonOrDash(t, s)
	}
}

// checkColonOrDash checks a block's colonOrDash against colonOrDash.index.
func checkColonOrDash(t *testing.T, s string) {
	t.Helper()
	b := block{text: s}
	if got, want := b.colonOrDash(), colonOrDash.index(s); got != want {
		t.Errorf("block{%q}.colonOrDash() = %d, want %d", s, got, want)
	}
}

// gateBlockTexts is lines followed by the text of every block of the gate
// documents.
func gateBlockTexts(t *testing.T, lines []string) []string {
	t.Helper()
	for _, d := range gateDocs(t)() {
		for i := range d.blocks {
			lines = append(lines, d.blocks[i].text)
		}
	}
	return lines
}

// TestKeywordUnionSharedOddFold checks that the folded members of a union
// share one oddFold bit, right after the first member's groups (where
// blockHintBits reads blockHints' own), so that an answer's bits are the
// members' groups and that one bit: the room a union has for more sets.
func TestKeywordUnionSharedOddFold(t *testing.T) {
	for name, u := range map[string]*keywordUnion{"foldedUnion": foldedUnion, "blockWords": blockWords} {
		groups := uint(0)
		for _, m := range u.members {
			groups += m.n
		}
		first := u.members[0]
		for i, m := range u.members {
			if m.odd != 1<<(first.at+first.n) {
				t.Errorf("%s member %d: oddFold bit %b, want the shared bit %b", name, i, m.odd, uint64(1)<<(first.at+first.n))
			}
		}
		if u.bits != groups+1 {
			t.Errorf("%s: %d bits for %d groups and one oddFold bit", name, u.bits, groups)
		}
	}
	t.Logf("blockWords: %d of 64 bits in use", blockWords.bits)
}
