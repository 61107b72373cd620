package extract

import (
	"strings"
	"testing"
)

// checkLabelMemo asks one labelMemo every label in turn and holds each
// answer to fieldLabel's.
func checkLabelMemo(t *testing.T, labels []string) {
	t.Helper()
	var m labelMemo
	for i, l := range labels {
		if got, want := m.fieldLabel(l), fieldLabel(l); got != want {
			t.Fatalf("labelMemo.fieldLabel(%q) (label %d of %q) = %q, want %q", l, i, labels, got, want)
		}
	}
}

// labelMemoSeeds: a card's labels in turn, repeated, more distinct ones
// than the memo keeps, cases and spaces that fieldLabel reads alike or not.
var labelMemoSeeds = []string{
	"Medical School", "Hometown", "Interests", "Medical School", "Hometown", "Interests",
	"Undergraduate", "Education", "Country", "PGY", "Fun fact", "Medical School", "medical school",
	" Medical School ", "MEDICAL SCHOOL", "Hobbies", "Name", "", "Medical  School", "Hometown",
}

func TestLabelMemo(t *testing.T) {
	checkLabelMemo(t, labelMemoSeeds)
	for i := range labelMemoSeeds {
		checkLabelMemo(t, labelMemoSeeds[i:])
	}
}

// FuzzLabelMemo holds labelMemo to fieldLabel over labels split at "|".
func FuzzLabelMemo(f *testing.F) {
	f.Add(strings.Join(labelMemoSeeds, "|"))
	f.Add("a|b|c|d|e|a|b|c|d|e|A")
	f.Fuzz(func(t *testing.T, s string) {
		checkLabelMemo(t, strings.Split(s, "|"))
	})
}
