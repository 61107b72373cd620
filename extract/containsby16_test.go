package extract

import (
	"strings"
	"testing"
)

// containsByCases are written texts and words for containsBy: the word at
// either end, cut short, repeated, the letter it is found from elsewhere.
var containsByCases = []struct {
	t, w string
	k    int
}{{"", "rackers", 3}, {"rackers", "rackers", 3}, {"Trackers", "rackers", 3}, {"racker", "rackers", 3}, {"kkkrackers", "rackers", 3},
	{"rack rackers", "rackers", 3}, {"ackers", "rackers", 3}, {"atch", "atch", 2}, {"Match Day", "atch", 2}, {"tch", "atch", 2},
	{"pppnternship", "nternship", 7}, {"nternshi", "nternship", 7}, {"a", "a", 0}, {"ba", "a", 0}, {"b", "a", 0}}

// TestContainsBy holds containsBy to strings.Contains.
func TestContainsBy(t *testing.T) {
	for _, c := range containsByCases {
		if got, want := containsBy(c.t, c.w, c.k), strings.Contains(c.t, c.w); got != want {
			t.Errorf("containsBy(%q, %q, %d) = %v, want %v", c.t, c.w, c.k, got, want)
		}
	}
}

// FuzzContainsBy holds containsBy to strings.Contains on any text, word
// and letter of it.
func FuzzContainsBy(f *testing.F) {
	for _, c := range containsByCases {
		f.Add(c.t, c.w, uint8(c.k))
	}
	f.Fuzz(func(t *testing.T, s, w string, k uint8) {
		if w == "" {
			return // (containsBy's words have a letter)
		}
		i := int(k) % len(w)
		if got, want := containsBy(s, w, i), strings.Contains(s, w); got != want {
			t.Fatalf("containsBy(%q, %q, %d) = %v, want %v", s, w, i, got, want)
		}
	})
}
