package extract

import "testing"

// TestRootSlug: the one segment of an address's path, or none.
func TestRootSlug(t *testing.T) {
	for give, want := range map[string]string{
		"https://www.harborfm.org/gillian":    "gillian",
		"https://www.harborfm.org/Gillian/":   "gillian",
		"https://harborfm.org/gillian.html":   "gillian",
		"https://harborfm.org/":               "",
		"https://harborfm.org":                "",
		"https://harborfm.org/team/gillian":   "",
		"https://harborfm.org/gillian?page=2": "",
		"https://harborfm.org/gillian#bio":    "",
		"harborfm.org/gillian":                "",
	} {
		if got := rootSlug(give); got != want {
			t.Errorf("rootSlug(%q) = %q, want %q", give, got, want)
		}
	}
}
