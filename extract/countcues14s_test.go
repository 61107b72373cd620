package extract

import (
	"strings"
	"testing"
)

// checkCountCues holds countCues to the strings.Contains tests it
// replaces in countRules.
func checkCountCues(t *testing.T, s string) {
	t.Helper()
	got := countCues.find(s, 0)
	want := map[uint8]bool{
		cueIMGish:   strings.Contains(s, "img") || strings.Contains(s, "graduate") || strings.Contains(s, "fmg") || strings.Contains(s, "medical school"),
		cueIMGAsked: strings.Contains(s, "img") || strings.Contains(s, "graduate"),
		cueRole:     strings.Contains(s, "resident") || strings.Contains(s, "trainee") || strings.Contains(s, "staff"),
		cueTotal: strings.Contains(s, "ha") || strings.Contains(s, "total") || strings.Contains(s, "consist") ||
			strings.Contains(s, "complement") || strings.Contains(s, "there are") || strings.Contains(s, "includ"),
		cuePercent: strings.IndexByte(s, '%') >= 0 || strings.Contains(s, "percent"),
	}
	for g, w := range want {
		if got&g != 0 != w {
			t.Errorf("countCues.find(%q) = %b: group %b %v, want %v", s, got, g, got&g != 0, w)
		}
	}
	if got2 := countCues.find(s, cueIMGAsked); got2&cueIMGAsked != 0 != want[cueIMGAsked] {
		t.Errorf("countCues.find(%q, cueIMGAsked) = %b, want %v", s, got2, want[cueIMGAsked])
	}
}

// TestCountCues checks countCues on the statements of the golden pages and
// a testweb mix, their questions, and the words next to each other.
func TestCountCues(t *testing.T) {
	for _, s := range []string{"", "imgs", "graduates", "medical schools", "medical  school", "3 residents have", "the total", "there are 4", "there  are", "50%", "percentage", "includes", "staffs", "trainees consist", "ha"} {
		checkCountCues(t, s)
		checkCountCues(t, "x"+s+s+"y")
	}
	for _, d := range goldenAndWebDocs(t) {
		for _, st := range statements(d) {
			checkCountCues(t, st.low)
			checkCountCues(t, st.qLow)
		}
	}
}

func FuzzCountCues(f *testing.F) {
	for _, s := range []string{"11 of our 20 residents are imgs", "we have 6 img residents", "there are 30 trainees in total", "40% of our residents are fmgs"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkCountCues(t, s)
	})
}
