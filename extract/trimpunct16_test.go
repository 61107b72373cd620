package extract

import (
	"strings"
	"testing"
)

// TestTrimNamePunct holds trimNamePunct to strings.Trim(w, ".,'").
func TestTrimNamePunct(t *testing.T) {
	for _, w := range []string{"", ".", ",", "'", ".,'", "'.,'", "Ana", "Ana.", "'Ana'", "..Ana,,", "A.", "O'Neil", "O'Neil's,", "Dr.", ".A.B.",
		"’Ana’", "Ana’s", "é.", ".é", "a", "'a'b'", " .Ana. ", "\u00a0.Ana"} {
		if got, want := trimNamePunct(w), strings.Trim(w, ".,'"); got != want {
			t.Errorf("trimNamePunct(%q) = %q, want %q", w, got, want)
		}
	}
}

// FuzzTrimNamePunct holds trimNamePunct to strings.Trim(w, ".,'") on any
// text.
func FuzzTrimNamePunct(f *testing.F) {
	for _, w := range []string{"Ana.", "'Ana'", "..,", "O'Neil's,", "é."} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := trimNamePunct(w), strings.Trim(w, ".,'"); got != want {
			t.Fatalf("trimNamePunct(%q) = %q, want %q", w, got, want)
		}
	})
}
