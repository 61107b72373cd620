package extract

import "testing"

// nicknameSamples hold nicknames of each mark, and lines with a quote or a
// parenthesis elsewhere.
var nicknameSamples = []string{
	`Katherine "Katie" Lee`, "Olusegun (Segun) Adeyemi", "Ana “Nan” Ruiz", "Ana \t (Nan)\n Ruiz",
	"Jane Doe (PGY-2)", "Jane Doe, MD (Ross University)", `"Katie" Lee`, "(Segun) Adeyemi", "Ana ", "Ana",
	"Ana (", "Ana  “", `Ana "Nan" ruiz`, "Dr. (Sam) Lee", "", " (x) Y",
	// a nickname after a second given name
	"Min Suk (Sam) Han", `Ana María "Mari" Ruiz`, "Ana Élia “Lia” Ruiz", "Jane Ann Doe (PGY-2)", "Min Suk (Sam)", "Min Suk (Sam) han",
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
	for give, want := range map[string]string{"Min Suk (Sam) Han": "Min Suk Han", `Ana María "Mari" Ruiz`: "Ana María Ruiz", "Olusegun (Segun) Adeyemi": "Olusegun Adeyemi", "Jane Ann Doe (PGY-2)": "Jane Ann Doe (PGY-2)"} {
		if got := dropNickname(give); got != want {
			t.Errorf("dropNickname(%q) = %q, want %q", give, got, want)
		}
	}
	if matched < 4 {
		t.Errorf("the samples hold %d nicknames; they are meant to exercise every mark", matched)
	}
	for _, s := range []string{"Jane Doe (PGY-2)", "Jane Doe, MD (Ross University)", "Ana", "Jane Ann (PGY-2)", "Min Suk (Sam)"} {
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

// TestNicknameAfterTwoGivenNames: a graduate listed with a nickname after
// two given names is read as the others on the list are.
func TestNicknameAfterTwoGivenNames(t *testing.T) {
	page := "Where our surgery graduates went\n\nClass of 2023\n\n  • Ana Ruiz, MD – General Surgeon, US Navy\n  • Min Suk (Sam) Han, MD – Pediatric Surgery Fellowship, Some Children's Hospital (Canada)\n  • Tom Hale, MD – Trauma Fellowship, Some Hospital\n"
	got := residentRows(t, page)
	want := []string{"Ana Ruiz |  |  | ", "Min Suk Han |  |  | ", "Tom Hale |  |  | "}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("resident %d: got %q, want %q", i, got[i], want[i])
		}
	}
}
