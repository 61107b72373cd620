package extract

import "testing"

// Tests of the cheap necessary conditions that spare the roster readers
// their expressions and word scans on blocks that cannot hold what they
// read: each is checked against what it stands for.

func TestTwoDegreeCommas(t *testing.T) {
	for _, tc := range []struct {
		give string
		want bool
	}{
		{"Ana Ruiz, MD; Ben Ota, DO; and Chidi Okeke, MD finished", true},
		{"Drs. Ana Ruiz,\tM.D., and Ben Ota,\nD.O.", true},
		{"Ana Ruiz, MD, is our chief resident", false}, // one degree
		{"Ana Ruiz, MD, MPH, and Ben Ota", true},       // the second comma is an MPH's: still a necessary condition only
		{"Boston, Massachusetts, Denver", true},
		{"residents, faculty, staff", false},
		{"", false},
		{",M,", false},
		{",M,D", true},
	} {
		if got := twoDegreeCommas(tc.give); got != tc.want {
			t.Errorf("twoDegreeCommas(%q) = %v, want %v", tc.give, got, tc.want)
		}
	}
}

// FuzzTwoDegreeCommas checks that twoDegreeCommas holds wherever
// degreeItem matches twice, the fewest degreeListResidents reads a list
// from.
func FuzzTwoDegreeCommas(f *testing.F) {
	for _, s := range []string{"Ana Ruiz, MD; Ben Ota, DO; and Chidi Okeke, MD", "Ana Ruiz,  M.D. and Ben Ota,\fMBBS", "A B, MD, C D, DO", "Ana Ruiz, MD",
		"Ann Lee, MBChB; Bo Kim, D.O.", "Ann Lee,\u00a0MD; Bo Kim, DO"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(degreeItem.re.FindAllStringIndex(s, 2)) == 2 && !twoDegreeCommas(s) {
			t.Fatalf("degreeItem matches twice in %q, but twoDegreeCommas says it cannot", s)
		}
	})
}

// FuzzResidentGroupBlock checks residentGroupBlock against
// residentGroupLine on every line of a text, on a roster page and off one.
func FuzzResidentGroupBlock(f *testing.F) {
	for _, s := range []string{"PGY-2\nJane Doe\nJohn Roe", "Chief Residents\nAna\nBen", "Class of 2027", "Our Team", "Incoming interns:",
		"ſenior reſidents", "RESIDENTS", "Resident Wellness Committee", "Second-year residents", "Interns 2025–2026"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, text string, roster bool) {
		if len(text) > 4096 {
			return
		}
		if roster {
			text = "Meet Our Residents\n" + text
		}
		d := blocksFromText([]byte(text))
		if roster && len(d.blocks) > 0 {
			d.blocks[0].role = roleHeading
		}
		for i := range d.blocks {
			b := &d.blocks[i]
			if got, want := residentGroupBlock(d, b), residentGroupLine(d, b.text); got != want {
				t.Fatalf("residentGroupBlock(%q) = %v, residentGroupLine %v (roster page %v)", b.text, got, want, rosterPage(d))
			}
		}
	})
}

// TestHasYearHints checks lines whose training year has no digit or whose
// letters fold: the block's year test, gated by its hints, answers as the
// text's.
func TestHasYearHints(t *testing.T) {
	for _, text := range []string{"Intern", "INTERN", "(Intern)", "pgy-2", "Class of 2027", "claſs of 2027", "Interns", "Resident", "Jane Doe", "PGY2", "internal medicine"} {
		b := &block{text: text}
		if got, want := b.hasYear(), hasYearInText(text); got != want {
			t.Errorf("block hasYear(%q) = %v, want %v", text, got, want)
		}
	}
}

// FuzzAwardGate checks awardResidents' opening tests against the ones they
// replace: a resident's word in the whole line, then before its last
// separator.
func FuzzAwardGate(f *testing.F) {
	for _, s := range []string{"Intern of the Year – Jane Doe, MD", "Chief Resident Award: John Roe", "Resident: x", "Residents—x", "Doe, Jane - X School (PGY-2)",
		"ReſIDENT: x", "PGY: Ann", "intern_ - x", "Intern\u00a0– x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		k := lastAwardSeparator(text)
		old := residentHeadWords.in(text) && k >= 0 && residentHeadWords.in(text[:k])
		b := &block{text: text}
		if got := b.hint()&(hintResident|oddFold) != 0 && k >= 0 && residentHeadWords.in(text[:k]); got != old {
			t.Fatalf("award gate of %q = %v, was %v", text, got, old)
		}
	})
}
