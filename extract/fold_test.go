package extract

import (
	"strings"
	"testing"
)

var foldSamples = []string{"Passing scores are required", "PASSED", "pAsS", "pas", "", "The Graduating Residents", "GRADUATING",
	"gradu", "Pa\u017fs", "\u0130PASS", "\u212aPass", "x\xffpass", "Our graduat\u0130ng class", "p", "P@SS", "pASS`"}

// TestFoldInPlace and FuzzFoldInPlace hold containsFold and examPassIn to
// the lowering they stand for.
func TestFoldInPlace(t *testing.T) {
	for _, s := range foldSamples {
		checkFoldInPlace(t, s)
	}
	if !examPassIn("Passing scores are REQUIRED") || examPassIn("Pass a background check") {
		t.Error("examPassIn misreads its own examples")
	}
}

func FuzzFoldInPlace(f *testing.F) {
	for _, s := range foldSamples {
		f.Add(s)
	}
	f.Fuzz(checkFoldInPlace)
}

func checkFoldInPlace(t *testing.T, s string) {
	for _, w := range []string{"pass", "graduating", "residency", "p"} {
		if got, want := containsFold(s, w), strings.Contains(asciiLower(s), w); got != want {
			t.Errorf("containsFold(%q, %q) = %v, want %v", s, w, got, want)
		}
	}
	if got, want := examPassIn(s), examPass.MatchString(strings.ToLower(s)); got != want {
		t.Errorf("examPassIn(%q) = %v, want %v", s, got, want)
	}
}
