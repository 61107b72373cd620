package extract

import (
	"strings"
	"testing"
)

// classAtEndRef is classSignedResidents' test before perf18a: the text's
// last "lass of ", kept when it starts 1 to 20 bytes from the end.
func classAtEndRef(t string) int {
	k := strings.LastIndex(t, "lass of ")
	if k < 0 || len(t)-k > 20 {
		return -1
	}
	return k
}

var classAtEndSeeds = []string{
	"", "lass of ", "Class of ", "Class of 2027", "Ana Ruiz, MD, Class of 2027",
	"Class of 2027 and the class of 2028 met the class of 2029",
	"a long text before the first class of 2020 and nothing after it at all",
	"xxxxxxxxxxxxlass of ", "xxxxxxxxxxxxxlass of ", "xxxxxxxxxxxxxxlass of 12345",
	"lass of lass of lass of ", "the Class of 2027, 12345", "the Class of 2027, 123456",
	"Class of 2026; Class of 2027 (chief)", "lass o", "Glass of water, class of ’27",
}

// TestClassAtEnd holds classAtEnd to the whole text's LastIndex.
func TestClassAtEnd(t *testing.T) {
	for _, s := range classAtEndSeeds {
		if got, want := classAtEnd(s), classAtEndRef(s); got != want {
			t.Errorf("classAtEnd(%q) = %d, want %d", s, got, want)
		}
	}
	for _, d := range gateDocs(t)() {
		for i := range d.blocks {
			s := d.blocks[i].text
			if got, want := classAtEnd(s), classAtEndRef(s); got != want {
				t.Errorf("classAtEnd(%q) = %d, want %d", s, got, want)
			}
		}
	}
}

func FuzzClassAtEnd(f *testing.F) {
	for _, s := range classAtEndSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := classAtEnd(s), classAtEndRef(s); got != want {
			t.Errorf("classAtEnd(%q) = %d, want %d", s, got, want)
		}
	})
}
