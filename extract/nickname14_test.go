package extract

import "testing"

// nicknameSamples hold nicknames of each mark, and lines with a quote or a
// parenthesis elsewhere.
var nicknameSamples = []string{
	`Katherine "Katie" Lee`, "Olusegun (Segun) Adeyemi", "Ana “Nan” Ruiz", "Ana \t (Nan)\n Ruiz",
	"Jane Doe (PGY-2)", "Jane Doe, MD (Ross University)", `"Katie" Lee`, "(Segun) Adeyemi", "Ana ", "Ana",
	"Ana (", "Ana  “", `Ana "Nan" ruiz`, "Dr. (Sam) Lee", "", " (x) Y",
}

// TestNicknameMay checks that nicknameMay hides no match of nickname, and
// that it turns the usual name lines with a parenthesis away.
func TestNicknameMay(t *testing.T) {
	matched := 0
	for _, s := range nicknameSamples {
		if nickname.MatchString(s) {
			matched++
		}
		checkNicknameMay(t, s)
	}
	if matched < 4 {
		t.Errorf("the samples hold %d nicknames; they are meant to exercise every mark", matched)
	}
	for _, s := range []string{"Jane Doe (PGY-2)", "Jane Doe, MD (Ross University)", "Ana"} {
		if nicknameMay(s) {
			t.Errorf("nicknameMay(%q) = true, want false", s)
		}
	}
}

func checkNicknameMay(t *testing.T, s string) {
	t.Helper()
	if nickname.MatchString(s) && !nicknameMay(s) {
		t.Errorf("nickname matches %q but nicknameMay says it cannot", s)
	}
}

// FuzzNicknameMay is TestNicknameMay on any text.
func FuzzNicknameMay(f *testing.F) {
	for _, s := range nicknameSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkNicknameMay(t, s)
	})
}
