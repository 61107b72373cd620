package extract

import (
	"testing"

	"github.com/imgfriendly/imgfriendly"
)

// TestResidencyYearLine holds a line of a resident's year of graduation
// from the residency to its forms; a sentence, a school's line or a date
// is none.
func TestResidencyYearLine(t *testing.T) {
	for _, c := range []struct {
		give string
		want bool
	}{
		{"Graduate 2012", true},
		{"Graduated 2013", true},
		{"Graduate of 2014", true},
		{"Residency Graduate, 2015", true},
		{"2016 Graduate", true},
		{"Graduate of Lakeside School of Medicine", false},
		{"Graduated in May 2016 from medical school", false},
		{"March 3, 2016", false},
	} {
		if got := residencyYearLine().MatchString(c.give); got != c.want {
			t.Errorf("residencyYearLine(%q) = %v, want %v", c.give, got, c.want)
		}
	}
}

// TestMiddleInitialsApart holds two names with different middle initials
// to two people, and a name with one to the same name without it.
func TestMiddleInitialsApart(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"Ana M. Ruiz", "Ana T. Ruiz", 2},
		{"Ana M. Ruiz", "Ana Ruiz", 1},
		{"Ana M. Ruiz", "Ana M Ruiz", 1},
		{"Ben Ota", "Sam Ota", 2},
	} {
		got := mergePeople([]imgfriendly.Resident{{Name: c.a}, {Name: c.b}})
		if len(got) != c.want {
			t.Errorf("mergePeople(%q, %q) keeps %d, want %d", c.a, c.b, len(got), c.want)
		}
	}
}
