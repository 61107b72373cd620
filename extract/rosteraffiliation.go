package extract

import (
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// A page that quotes residents in apposition with the program each trains
// at ("Lena Ortiz, M.D., first-year resident at the Pine Valley Family
// Medicine Residency in Boise: …", "Marcus Hale, D.O., resident at
// Riverbend Health: …") and names two or more different programs is a
// round-up of other programs' residents (a society's news, a magazine's
// advice column), not a roster of this program (issue 12): none of the
// residents it places at a program is read. One program for every resident,
// or none named, keeps them.

// affiliationAfter is the program named right after a role word ("at the
// Pine Valley Family Medicine Residency in Boise" → "pine valley family
// medicine residency"), lower case, or "" when none is named.
func affiliationAfter(rest string) string {
	t, ok := strings.CutPrefix(strings.TrimLeft(rest, " "), "at ")
	if !ok {
		return ""
	}
	t = strings.TrimPrefix(strings.TrimLeft(t, " "), "the ")
	if k := strings.IndexAny(t, ",:;.()\n"); k >= 0 {
		t = t[:k]
	}
	low := asciiLower(t)
	if k := strings.Index(low, " in "); k >= 0 {
		low = low[:k]
	}
	return strings.TrimSpace(low)
}

// sameProgram reports whether two affiliations may name one program: equal,
// or one the other's opening words ("mercy" and "mercy hospital").
func sameProgram(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return strings.HasPrefix(b, a) && (len(a) == len(b) || b[len(a)] == ' ')
}

// dropOtherPrograms removes the residents placed at a program (affils[i]
// not empty) when the affiliations name two or more different programs,
// and reports whether they did: the page is then a round-up, and its
// first-person words are one of those residents' (profileResidents).
func dropOtherPrograms(rs []imgfriendly.Resident, affils []string) ([]imgfriendly.Resident, bool) {
	first, many := "", false
	for _, a := range affils {
		switch {
		case a == "":
		case first == "":
			first = a
		case !sameProgram(first, a):
			many = true
		}
	}
	if !many {
		return rs, false
	}
	out := rs[:0]
	for i, r := range rs {
		if affils[i] == "" {
			out = append(out, r)
		}
	}
	return out, true
}
