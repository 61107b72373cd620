package transform

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// offshoreCases: small Caribbean and other offshore schools, by name and
// abbreviation, and the near misses beside them. Written for this test
// from knowledge of the schools' names.
var offshoreCases = []struct {
	give string
	want want
}{
	{"Metropolitan University College of Medicine", want{"Metropolitan University College of Medicine", "Antigua and Barbuda", "yes"}},
	{"MUCM", want{"Metropolitan University College of Medicine", "Antigua and Barbuda", "yes"}},
	{"Caribbean International University School of Medicine", want{"Caribbean International University", "Curaçao", "yes"}},
	{"American Canadian School of Medicine", want{"American Canadian School of Medicine", "Dominica", "yes"}}, // "Canadian" in its name, in Dominica
	{"Georgetown American University School of Medicine", want{"Georgetown American University", "Guyana", "yes"}},
	{"RGUST", want{"Rajiv Gandhi University of Science and Technology", "Guyana", "yes"}},
	{"St. Christopher's College of Medicine", want{"St. Christopher Iba Mar Diop College of Medicine", "Senegal", "yes"}},
	{"Texila", want{"Texila American University", "Guyana", "yes"}},
	{"IAUCOM", want{"International American University College of Medicine", "Saint Lucia", "yes"}},
	{"AAIMS", want{"All American Institute of Medical Sciences", "Jamaica", "yes"}},
	// Near misses: the US school that shares a word stays US; a name that
	// is also a Canadian campus or a common word stays unknown; Puerto
	// Rico's schools are US.
	{"Georgetown University", want{"Georgetown University School of Medicine", usa, "no"}},
	{"Windsor", want{"", "", ""}},
	{"Avalon", want{"", "", ""}},
	{"Metropolitan University", want{"", "", ""}}, // Antigua's or Toronto's
	{"Metropolitan University, Toronto", want{"Toronto Metropolitan University School of Medicine", can, "no"}},
	{"Ponce Health Sciences University", want{"Ponce Health Sciences University School of Medicine", usa, "no"}},
}

func TestClassifyOffshoreSchools(t *testing.T) {
	c := mustClassifier(t)
	for _, tc := range offshoreCases {
		got := c.Classify(tc.give, "")
		g := want{got.School, got.Country, imgWord(got.IMG)}
		if diff := cmp.Diff(tc.want, g); diff != "" {
			t.Errorf("Classify(%q) mismatch (-want +got):\n%s", tc.give, diff)
		}
	}
}
