package transform

import (
	"strings"
	"testing"
)

// TestNormalizeGatesExact: the cheap gates before normalizeWords' table
// lookups (compassLetter before compassInitials, the first words before
// contractionAt's loop, the length before an expansion's lookup in a
// contraction, the first token before a campus phrase) let through every
// entry of their tables, so the lookups they skip could never match.
func TestNormalizeGatesExact(t *testing.T) {
	for k := range compassInitials {
		first, _, _ := strings.Cut(k, " ")
		if len(first) > 2 || !compassLetter(first[0]) {
			t.Errorf("compass initial %q passes no gate of compassAt", k)
		}
	}
	for _, c := range contractions {
		for i, f := range c.from {
			forms := []string{f}
			for k, v := range expansions {
				if v == f {
					forms = append(forms, k)
					if len(k) > 4 {
						t.Errorf("%q abbreviates %q of contraction %q but is longer than contractionAt reads", k, f, c.to)
					}
				}
			}
			if i > 0 {
				continue
			}
			for _, w := range forms {
				if _, ok := contractionAt(append([]string{w}, c.from[1:]...), 0); !ok {
					t.Errorf("contraction %q written with %q is not found", c.to, w)
				}
			}
		}
	}
	for k, v := range stateAbbreviations {
		if v == "" {
			t.Errorf("state abbreviation %q reads as nothing", k)
		}
	}
}
