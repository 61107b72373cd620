package extract

import (
	"strings"
	"testing"
	"time"
)

func TestFindCycle(t *testing.T) {
	run := time.Date(2026, time.November, 25, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		give       string
		want       int
		wantStated bool
	}{
		{"<p>These rules apply to the 2026-2027 application season.</p>", 2027, true},
		{"<p>For the 2027 Match we will interview in the fall.</p>", 2027, true},
		{"<div class=\"alert\">ERAS 2027: applications open September 2026.</div>", 2027, true},
		{"<p>Positions starting July 1, 2027 are open.</p>", 2027, true},
		{"<p>Congratulations to our 2026 Match class!</p>", 2026, false},
		{"<p>The application deadline is October 1, 2026.</p>", 2026, false},
		{"<p>2025-26 recruitment season</p>", 2026, true},
		{"<p>Graduation year, the 2027 Match: 2022 or later</p>", 2027, true},
		{"<p>Graduation cut-off (the 2027 Match): on or after January 1, 2017</p>", 2027, true},
		{"<p>Congratulations to the 2026 Match class!</p>", 2026, false},
		{"<p>Here are the 2025 Match results.</p>", 2026, false},
	}
	for _, tt := range tests {
		c := findCycle(blocksFromHTML(mustParse(tt.give)), run)
		if c.year != tt.want || c.stated != tt.wantStated {
			t.Errorf("findCycle(%q) = %d, %v; want %d, %v", tt.give, c.year, c.stated, tt.want, tt.wantStated)
		}
	}
	if c := findCycle(blocksFromHTML(mustParse("<p>nothing</p>")), time.Time{}); c.year != 0 {
		t.Errorf("no run date, no cycle: year %d, want 0", c.year)
	}
}

// FuzzCycleYears checks the test findCycle makes before its expressions: a
// text (lowered, as findCycle reads it) one of them matches has a year, and
// one seasonPattern matches has a year followed by a dash or slash.
func FuzzCycleYears(f *testing.F) {
	for _, s := range []string{
		"These rules apply to the 2026-2027 application season.", "the 2026 / 27 Recruitment Cycle",
		"For the 2027 Match we will interview", "ERAS 2027: applications open", "Positions starting July 1, 2027",
		"in the match of 2027", "2026\t-\v27 interview season", "12026-2027 application season", "20 residents",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		year, ranged := cycleYears(s)
		low := strings.ToLower(s)
		if seasonPattern.re.MatchString(low) && !ranged {
			t.Errorf("seasonPattern matches %q, but cycleYears finds no year before a dash or slash", s)
		}
		if (seasonPattern.re.MatchString(low) || matchPattern.re.MatchString(low) || startPattern.re.MatchString(low)) && !year {
			t.Errorf("a cycle pattern matches %q, but cycleYears finds no year", s)
		}
	})
}
