package transform

import (
	"bytes"
	"strings"
	"testing"
)

// TestReferenceSelfConsistent checks every row of schools.csv against the
// classifier: the canonical name must come back as itself, and no alias may
// come back with the wrong IMG status (an alias shared by schools that
// disagree, like "UCC", may come back unknown).
func TestReferenceSelfConsistent(t *testing.T) {
	c := mustClassifier(t)
	recs, err := readCSV(bytes.NewReader(schoolsCSV), []string{"school", "country", "kind", "aliases"})
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, rec := range recs {
		name, country, kind := rec[0], rec[1], rec[2]
		kinds[kind]++
		wantIMG := kind == kindIntl
		got := c.Classify(name, "")
		if got.School != name || got.Country != country || got.IMG == nil || *got.IMG != wantIMG {
			t.Errorf("canonical %q → %+v (img %s)", name, got, imgWord(got.IMG))
		}
		for _, a := range strings.Split(rec[3], ";") {
			if a == "" {
				continue
			}
			got := c.Classify(a, "")
			if got.IMG != nil && *got.IMG != wantIMG {
				t.Errorf("alias %q of %q → IMG %s (%q, %q)", a, name, imgWord(got.IMG), got.School, got.Country)
			}
			if got.IMG == nil {
				t.Logf("alias %q of %q is ambiguous", a, name)
			}
		}
	}
	// The reference must keep its coverage: every LCME school (about 158
	// plus Puerto Rico and new schools), COCA schools and campuses, the 17
	// AFMC schools (plus TMU), and the international list.
	for kind, min := range map[string]int{kindMD: 155, kindDO: 55, kindCA: 17, kindIntl: 1500} {
		if kinds[kind] < min {
			t.Errorf("%d %s schools, want ≥ %d", kinds[kind], kind, min)
		}
	}
}
