package extract

import (
	"strings"
	"testing"
)

// TestEndedInYear: a year in a residency's end or just after it dates the
// end (an alumnus's); a year further on is another event's.
func TestEndedInYear(t *testing.T) {
	for _, c := range []struct {
		give string
		want bool
	}{
		{"With the departure of Sam Oduya from the residency in 2019, the schedule changed.", true},
		{"With the departure of Sam Oduya from the residency in June 2019, the schedule changed.", true},
		{"In 2019, the departure of Sam Oduya from the residency changed the schedule.", true},
		{"With the departure of Sam Oduya from the residency and start of his fellowship in July 2031, the schedule changes.", false},
		{"With the departure of Sam Oduya from the residency, the schedule changes.", false},
	} {
		end := strings.Index(c.give, "residency") + len("residency")
		if got := endedInYear(c.give, end); got != c.want {
			t.Errorf("endedInYear(%q) = %v, want %v", c.give, got, c.want)
		}
	}
}

// TestCapitalisedFrom: the words before a name's first capital go.
func TestCapitalisedFrom(t *testing.T) {
	for give, want := range map[string]string{"our own Sam Oduya": "Sam Oduya", "Sam Oduya": "Sam Oduya", "Dr. Sam Oduya": "Dr. Sam Oduya", "our dear friend": "our dear friend"} {
		if got := capitalisedFrom(give); got != want {
			t.Errorf("capitalisedFrom(%q) = %q, want %q", give, got, want)
		}
	}
}

// TestEndedAnchor holds endedAnchor to residencyEnded: every sentence the
// expression matches has an anchor (the gate never hides a match).
func TestEndedAnchor(t *testing.T) {
	for _, c := range storyCellsEnded() {
		for _, s := range sentences(c.give) {
			if residencyEnded().MatchString(s) && !endedAnchor(s) {
				t.Errorf("%s: residencyEnded matches %q, endedAnchor does not", c.key, s)
			}
		}
	}
	for give, want := range map[string]bool{
		"within three years of graduation from medical school": false,
		"after completion of an accredited internship":         false,
		"Sam Oduya's graduation from our program":              true,
		"congratulations to Sam on completing residency":       true,
		"the departure of Sam Oduya from the residency":        true,
	} {
		if got := endedAnchor(give); got != want {
			t.Errorf("endedAnchor(%q) = %v, want %v", give, got, want)
		}
	}
}
