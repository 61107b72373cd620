package transform

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// osteopathicCases: "College (or School) of Osteopathic Medicine" is a form
// only US schools use. Written for this test, from knowledge of the schools'
// histories; not copied from evaluation data.
var osteopathicCases = []struct {
	give, stated string
	want         want
}{
	// A DO school the list does not know (new, proposed, misnamed): US.
	{"Bayou State College of Osteopathic Medicine", "", want{"", usa, "no"}},
	{"Ozark Hills School of Osteopathic Medicine", "", want{"", usa, "no"}},
	{"University of Osteopathic Medicine of the Plains", "", want{"", usa, "no"}},
	// A US town that shares a city's name abroad: the school abroad of that
	// city must not be read into it, nor the city's country.
	{"Lyon College of Osteopathic Medicine", "", want{"", usa, "no"}},
	{"Bristol College of Osteopathic Medicine", "", want{"", usa, "no"}},
	{"Manchester School of Osteopathic Medicine", "", want{"", usa, "no"}},
	{"Valencia College of Osteopathic Medicine", "", want{"", usa, "no"}},
	// A country abroad named, in the name or beside it: the form decides nothing.
	{"College of Osteopathic Medicine, Spain", "", want{"", "Spain", "yes"}},
	{"Lyon College of Osteopathic Medicine", "France", want{"", "France", "yes"}},
	{"Sydney College of Osteopathic Medicine, Australia", "", want{"", "Australia", "yes"}},
	// A weaker sign abroad (a nationality that is also a US place name, a
	// foreign degree): unknown, neither US nor abroad.
	{"British College of Osteopathic Medicine", "", want{"", "", ""}},
	{"College of Osteopathic Medicine (MBBS)", "", want{"", "", ""}},
	// Colleges of osteopathy abroad train manual therapists, not physicians:
	// "College of Osteopathy" alone is no US form.
	{"Canadian College of Osteopathy", "", want{"", "", ""}},
	{"European School of Osteopathy, Maidstone", "", want{"", "United Kingdom", "yes"}},
	// A city abroad beside the name or after a campus marker is a
	// qualifier abroad: the form does not overrule it.
	{"Arkansas College of Osteopathic Medicine – Lagos", "", want{"", "", ""}},
	{"Idaho College of Osteopathic Medicine en Manila", "", want{"", "", ""}},
	{"Kirksville College of Osteopathic Medicine at Santo Domingo", "", want{"", "", ""}},
	{"Bayou State College of Osteopathic Medicine, Karachi", "", want{"", "", ""}},
	// A known school stays itself.
	{"Touro College of Osteopathic Medicine", "", want{"Touro College of Osteopathic Medicine", usa, "no"}},
	// Former names of US DO schools.
	{"Kirksville College of Osteopathy and Surgery", "", want{"A.T. Still University Kirksville College of Osteopathic Medicine", usa, "no"}},
	{"American School of Osteopathy", "", want{"A.T. Still University Kirksville College of Osteopathic Medicine", usa, "no"}},
	{"College of Osteopathic Medicine and Surgery", "", want{"Des Moines University College of Osteopathic Medicine", usa, "no"}},
	{"Still College of Osteopathy and Surgery", "", want{"Des Moines University College of Osteopathic Medicine", usa, "no"}},
	{"Kansas City College of Osteopathy and Surgery", "", want{kcu, usa, "no"}},
	{"Philadelphia College of Osteopathy", "", want{pcom, usa, "no"}},
	{"Chicago College of Osteopathy", "", want{"Midwestern University Chicago College of Osteopathic Medicine", usa, "no"}},
	{"Southeastern College of Osteopathic Medicine", "", want{"Nova Southeastern University Dr. Kiran C. Patel College of Osteopathic Medicine", usa, "no"}},
	{"Southeastern University of the Health Sciences", "", want{"Nova Southeastern University Dr. Kiran C. Patel College of Osteopathic Medicine", usa, "no"}},
	{"Oklahoma College of Osteopathic Medicine and Surgery", "", want{"Oklahoma State University College of Osteopathic Medicine", usa, "no"}},
	{"Greenbrier College of Osteopathic Medicine", "", want{"West Virginia School of Osteopathic Medicine", usa, "no"}},
	{"New Jersey School of Osteopathic Medicine", "", want{"Rowan University School of Osteopathic Medicine", usa, "no"}},
	{"New England College of Osteopathic Medicine", "", want{unecom, usa, "no"}},
	{"Pikeville College of Osteopathic Medicine", "", want{"University of Pikeville Kentucky College of Osteopathic Medicine", usa, "no"}},
	{"College of Osteopathic Physicians and Surgeons", "", want{"University of California Irvine School of Medicine", usa, "no"}},
}

func TestClassifyOsteopathicForm(t *testing.T) {
	c := mustClassifier(t)
	for _, tc := range osteopathicCases {
		got := c.Classify(tc.give, tc.stated)
		g := want{got.School, got.Country, imgWord(got.IMG)}
		if diff := cmp.Diff(tc.want, g); diff != "" {
			t.Errorf("Classify(%q, %q) mismatch (-want +got):\n%s", tc.give, tc.stated, diff)
		}
	}
}
