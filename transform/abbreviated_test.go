package transform

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// abbreviatedCases: US and Canadian schools as rosters shorten them —
// "U of X" initials, "Univ."/"Sch."/"Med."/"Dent."/"Osteo.", a state's
// old abbreviation after "University of", a compass initial before a
// state ("N. Carolina"), a system written out ("State Univ. of New
// York"), and a system's campus named by its city with "Medical School"
// for "Medical Branch" or "Health Science Center". Written for this test
// from knowledge of the schools' names; not copied from evaluation data.
var abbreviatedCases = []struct {
	give string
	want want
}{
	{"U of U School of Medicine", want{"University of Utah Spencer Fox Eccles School of Medicine", usa, "no"}},
	{"U. of U.", want{"University of Utah Spencer Fox Eccles School of Medicine", usa, "no"}},
	{"The University of Texas Medical School at Galveston", want{utmb, usa, "no"}},
	{"University of Texas Medical School at Galveston", want{utmb, usa, "no"}},
	{"Univ. of Texas Health Science Center at Houston", want{"McGovern Medical School at UTHealth Houston", usa, "no"}},
	{"Univ. of Rochester Sch. of Med. and Dent.", want{"University of Rochester School of Medicine and Dentistry", usa, "no"}},
	{"Kirksville College of Osteo. Medicine", want{"A.T. Still University Kirksville College of Osteopathic Medicine", usa, "no"}},
	{"Lake Erie Coll. of Osteo. Med.", want{"Lake Erie College of Osteopathic Medicine", usa, "no"}},
	{"U Mass Medical School", want{"UMass Chan Medical School", usa, "no"}},
	{"Univ. of Mich. Medical School", want{"University of Michigan Medical School", usa, "no"}},
	{"Univ. of Tenn. College of Medicine", want{"University of Tennessee Health Science Center College of Medicine", usa, "no"}},
	{"U of Wash. School of Medicine", want{"University of Washington School of Medicine", usa, "no"}},
	{"Univ. of N. Carolina at Chapel Hill", want{"University of North Carolina at Chapel Hill School of Medicine", usa, "no"}},
	{"W. Virginia University School of Medicine", want{"West Virginia University School of Medicine", usa, "no"}},
	{"State Univ. of New York at Buffalo", want{"Jacobs School of Medicine and Biomedical Sciences at the University at Buffalo", usa, "no"}},
	{"State U of New York Downstate", want{"SUNY Downstate Health Sciences University College of Medicine", usa, "no"}},
	{"City Univ. of New York School of Medicine", want{"CUNY School of Medicine", usa, "no"}},
	{"Texas A&M University System Health Science Center College of Medicine", want{"Texas A&M University School of Medicine", usa, "no"}},
	{"U of S College of Medicine", want{"University of Saskatchewan College of Medicine", can, "no"}},
	// Former official names (a school renamed, merged or moved under a
	// system), and a system's name written out before its school's.
	{"Joan and Sanford I. Weill Medical College", want{"Weill Cornell Medicine", usa, "no"}},
	{"Woman's Medical College of Pennsylvania", want{"Drexel University College of Medicine", usa, "no"}},
	{"Allegheny University of the Health Sciences", want{"Drexel University College of Medicine", usa, "no"}},
	{"College of Medical Evangelists", want{"Loma Linda University School of Medicine", usa, "no"}},
	{"University of Texas Health Science Center at Dallas", want{"University of Texas Southwestern Medical School", usa, "no"}},
	{"Marquette University School of Medicine", want{"Medical College of Wisconsin", usa, "no"}},
	{"University of Medicine and Dentistry of New Jersey-New Jersey Medical School", want{"Rutgers New Jersey Medical School", usa, "no"}},
	{"Univ. of Medicine & Dentistry of New Jersey - Robert Wood Johnson Medical School", want{"Rutgers Robert Wood Johnson Medical School", usa, "no"}},
	// The Qatar branch keeps its country.
	{"Weill Cornell Medical College in Qatar", want{"Weill Cornell Medicine-Qatar", "Qatar", "yes"}},

	// A system without its campus is no one school: "University of
	// Texas" is every campus (all of them at home).
	{"University of Texas Medical School", want{"", usa, "no"}},
	// Bare initials "of" a letter name no school unless written as the
	// school's own alias: "U of S" is Saskatchewan's and Sydney's, "U of
	// O" Ottawa's and Otago's.
	{"U of S", want{"", "", ""}},
	{"U of O", want{"", "", ""}},
	{"U of S School of Medicine", want{"", "", ""}},
	// "U of A Faculty of Medicine" lost its letter to the stopwords and
	// read as a faculty of medicine abroad; its initials are a name.
	{"U of A Faculty of Medicine", want{"University of Alberta Faculty of Medicine and Dentistry", can, "no"}},
	// A lone letter is a person's initial, not a compass point.
	{"N. Virginia Medical School", want{"", "", ""}},
	// Abroad: the abbreviations never turn a school abroad into one at
	// home.
	{"Univ. of Santo Tomas Fac. of Med. & Surg.", want{"University of Santo Tomas Faculty of Medicine and Surgery", "Philippines", "yes"}},
	{"St. George's Univ. Sch. of Med.", want{"St. George's University School of Medicine", "Grenada", "yes"}},
	{"St George's, Univ. of London", want{"St George's, University of London", "United Kingdom", "yes"}},
	{"Univ. of Mass. Amherst", want{"", "", ""}},
}

// utmb is Galveston's school, under its canonical name.
const utmb = "University of Texas Medical Branch John Sealy School of Medicine"

func TestClassifyAbbreviated(t *testing.T) {
	c := mustClassifier(t)
	for _, tc := range abbreviatedCases {
		got := c.Classify(tc.give, "")
		g := want{got.School, got.Country, imgWord(got.IMG)}
		if diff := cmp.Diff(tc.want, g); diff != "" {
			t.Errorf("Classify(%q) mismatch (-want +got):\n%s", tc.give, diff)
		}
	}
}

// abbreviate writes name with its words shortened as rosters do, by the
// bits of how: "University of" → "U of" or "Univ. of", "Medical" →
// "Med.", "School" → "Sch.", "College" → "Coll.", "and" ↔ "&",
// "Osteopathic" → "Osteo.", "Dentistry" → "Dent.", "The" before,
// " – Main Campus" after.
func abbreviate(name string, how uint16) string {
	subs := []struct{ from, to string }{
		{"University of", "U of"}, {"University", "Univ."}, {"Medical", "Med."}, {"School", "Sch."},
		{"College", "Coll."}, {" and ", " & "}, {" & ", " and "}, {"Osteopathic", "Osteo."},
		{"Dentistry", "Dent."}, {"Health", "Hlth."}, {"Center", "Ctr."},
	}
	for i, s := range subs {
		if how&(1<<i) != 0 {
			name = strings.Replace(name, s.from, s.to, 1)
		}
	}
	if how&(1<<12) != 0 {
		name = "The " + name
	}
	if how&(1<<13) != 0 {
		name += " – Main Campus"
	}
	return name
}

// FuzzClassifyAbbreviated: a school abroad, any name of it abbreviated as
// rosters abbreviate, is never called a US or Canadian school; a US or
// Canadian school so abbreviated is never called IMG (unknown is fine
// both ways).
func FuzzClassifyAbbreviated(f *testing.F) {
	c, recs := fuzzReference(f)
	var names []string
	var home []bool
	for _, rec := range recs {
		for _, a := range append([]string{rec[0]}, strings.Split(rec[3], ";")...) {
			a = strings.TrimSpace(a)
			if a == "" || a[0] == '+' || a[0] == '=' {
				continue
			}
			names = append(names, a)
			home = append(home, rec[2] != kindIntl)
		}
	}
	f.Add(uint16(0), uint16(1))
	f.Add(uint16(700), uint16(0x3fff))
	f.Add(uint16(3000), uint16(6))
	f.Fuzz(func(t *testing.T, which, how uint16) {
		i := int(which) % len(names)
		name := abbreviate(names[i], how)
		got := c.Classify(name, "")
		if got.IMG != nil && *got.IMG == home[i] {
			t.Fatalf("Classify(%q) = %+v; %q is a name of a school with home=%v", name, got, names[i], home[i])
		}
	})
}
