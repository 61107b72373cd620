package extract

import "testing"

// FuzzBlockWords checks that a block's shared reading answers as the word
// lists, the year test and lineRole do on its text, that one roleSet pass
// answers as each role list does, and that the page's name memo answers as
// reading the line does.
func FuzzBlockWords(f *testing.F) {
	for _, s := range []string{"", "Chief Residents 2026", "our fellowship match", "Jane Doe, MD (PGY-2)", "ſresident", "the residency", "RESIDENT",
		"Former Chief Resident", "Associate Program Director", "MD, University of X Faculty of Medicine", "Class of 2027", "Alumni",
		"ſtaff Physician", "Hospitalist", "Doe, Jane — University of the West Indies (PGY-1)", "Interns", "Permanent resident"} {
		f.Add(s)
	}
	lists := []*wordList{&residentHeadWords, &predicateRoles, &fellowshipWord, &otherRoles}
	f.Fuzz(func(t *testing.T, text string) {
		b := &block{text: text}
		for range 2 { // read, then remembered (each list's answer apart)
			for i, l := range lists {
				if got, want := b.in(l), l.in(text); got != want {
					t.Errorf("list %d: block in(%q) = %v, want %v", i, text, got, want)
				}
			}
		}
		w := readRoleHits(text)
		for i, l := range append(roleLists[:], &awardOthers) {
			if got, want := w.in(l), l.in(text); got != want {
				t.Errorf("role list %d: roleHits in(%q) = %v, want %v", i, text, got, want)
			}
		}
		for range 2 { // read, then remembered
			if got, want := b.lineRole(), lineRole(text); got != want {
				t.Errorf("block lineRole(%q) = %v, want %v", text, got, want)
			}
		}
		d := &doc{blocks: []block{{text: text}}}
		r := readName(text)
		for range 2 {
			if got, want := oneLineEntry(d, 0), r.isName || r.withRest; got != want {
				t.Errorf("oneLineEntry(%q) = %v, want %v", text, got, want)
			}
		}
		for range 2 { // read, then remembered
			if got, want := b.hasYear(), hasYearInText(text); got != want {
				t.Errorf("block hasYear(%q) = %v, want %v", text, got, want)
			}
		}
		if got, want := relevantHints(b.hint()), relevant(text); got != want {
			t.Errorf("relevantHints(%q) = %v, relevant %v", text, got, want)
		}
	})
}

// FuzzDashFirst checks the test that spares attributionResidents its
// expression: without a quote mark and a dash first, the last match of
// attributionDash (the one it reads) never starts the line.
func FuzzDashFirst(f *testing.F) {
	for _, s := range []string{"- Jane Doe, PGY-2", " – J.D., MD, PGY3", "Jane Doe - PGY-2", "\u00a0- x", "~", "“Great” — A.B., PGY1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if containsAny(text, "\"“”") || dashFirst(text) {
			return
		}
		if locs := attributionDash.FindAllStringIndex(text, -1); len(locs) > 0 && locs[len(locs)-1][0] == 0 {
			t.Errorf("%q: the last dash starts the line, but dashFirst says it cannot", text)
		}
	})
}

// TestBlockInKept checks that a block keeps each list's answer apart, in
// any order of asking, and that the year and role answers beside them are
// untouched.
func TestBlockInKept(t *testing.T) {
	lists := []*wordList{&residentHeadWords, &predicateRoles, &fellowshipWord}
	for _, text := range []string{"Chief Residents 2026", "our fellowship match", "an intern in our fellowship", "Faculty", "PGY-2 resident", "ſresident"} {
		for _, order := range [][]int{{0, 1, 2}, {2, 1, 0}, {1, 0, 2, 1, 0, 2}} {
			b := &block{text: text}
			for _, k := range order {
				if got, want := b.in(lists[k]), lists[k].in(text); got != want {
					t.Errorf("%q: list %d after %v = %v, want %v", text, k, order, got, want)
				}
				if got, want := b.hasYear(), hasYearInText(text); got != want {
					t.Errorf("%q: hasYear = %v, want %v", text, got, want)
				}
				if got, want := b.lineRole(), lineRole(text); got != want {
					t.Errorf("%q: lineRole = %v, want %v", text, got, want)
				}
			}
		}
	}
}
