package transform

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// donorCases: US colleges' established abbreviations and donor names
// written alone, as rosters shorten them; written for this test from
// knowledge of the schools' names.
var donorCases = []struct {
	give string
	want want
}{
	{"P&S", want{"Columbia University Vagelos College of Physicians and Surgeons", usa, "no"}},
	{"VP&S", want{"Columbia University Vagelos College of Physicians and Surgeons", usa, "no"}},
	{"Vagelos", want{"Columbia University Vagelos College of Physicians and Surgeons", usa, "no"}},
	{"Columbia College of Physicians and Surgeons", want{"Columbia University Vagelos College of Physicians and Surgeons", usa, "no"}},
	{"Wertheim", want{"Florida International University Herbert Wertheim College of Medicine", usa, "no"}},
	{"Kerkorian", want{"Kirk Kerkorian School of Medicine at UNLV", usa, "no"}},
	{"Fertitta", want{"University of Houston Tilman J. Fertitta Family College of Medicine", usa, "no"}},
	{"Wexner", want{"Ohio State University College of Medicine", usa, "no"}},
	{"Chobanian & Avedisian", want{"Boston University Chobanian & Avedisian School of Medicine", usa, "no"}},
	{"Anschutz", want{"University of Colorado School of Medicine", usa, "no"}},
	{"Homer Stryker", want{"Western Michigan University Homer Stryker M.D. School of Medicine", usa, "no"}},
	{"Carilion", want{"Virginia Tech Carilion School of Medicine", usa, "no"}},
	{"Elson S. Floyd", want{"Washington State University Elson S. Floyd College of Medicine", usa, "no"}},
	{"NUFSM", want{"Northwestern University Feinberg School of Medicine", usa, "no"}},
	{"ULSOM", want{"University of Louisville School of Medicine", usa, "no"}},
	{"Macon & Joan Brock Virginia Health Sciences", want{"Eastern Virginia Medical School at Old Dominion University", usa, "no"}},
	{"UK College of Medicine", want{uky, usa, "no"}}, // Kentucky, not the United Kingdom
	{"UKCOM", want{uky, usa, "no"}},
	// Near misses: common surnames and words stay unknown; the country
	// stays the country.
	{"Chan", want{"", "", ""}},
	{"Kimmel", want{"", "", ""}},
	{"Brock", want{"", "", ""}},
	{"UK", want{"", "United Kingdom", "yes"}},
	{"Wertheim Medical College", want{"", "", "yes"}}, // a whole-name-only donor inside a longer name names no US school: the form abroad decides
}

func TestClassifyDonorNamesAndAbbreviations(t *testing.T) {
	c := mustClassifier(t)
	for _, tc := range donorCases {
		got := c.Classify(tc.give, "")
		g := want{got.School, got.Country, imgWord(got.IMG)}
		if diff := cmp.Diff(tc.want, g); diff != "" {
			t.Errorf("Classify(%q) mismatch (-want +got):\n%s", tc.give, diff)
		}
	}
}
