package extract

import (
	"strings"
	"testing"

	"github.com/imgfriendly/imgfriendly"
)

// checkPersonKeys holds personKeys of the names to personKey and
// personKeyFields, name by name: the key, the last word kept (lowered)
// and whether the key is one word.
func checkPersonKeys(t *testing.T, names []string) {
	t.Helper()
	rs := make([]imgfriendly.Resident, len(names))
	for i, n := range names {
		rs[i].Name = n
	}
	keys, spans := personKeys(rs)
	for i, n := range names {
		sp := spans[i]
		fields := personKeyFields(n)
		last := ""
		if len(fields) > 0 {
			last = fields[len(fields)-1]
		}
		if got, want := keys[sp.key:sp.last], personKey(n); got != want {
			t.Fatalf("personKeys(%q)[%d] key %q, want %q", names, i, got, want)
		}
		if got := keys[sp.last:sp.end]; got != last {
			t.Fatalf("personKeys(%q)[%d] last word %q, want %q", names, i, got, last)
		}
		if sp.one != (len(fields) == 1) {
			t.Fatalf("personKeys(%q)[%d] one %v, want %v", names, i, sp.one, len(fields) == 1)
		}
	}
}

var personKeysSeeds = []string{
	"Dr. Jane A. Doe, MD", "DRS. VAN DYKE", "dR ana (Jo) Ruiz-Lee", "Doe, Jane", "ÉLISE de la Fuente, D.O.",
	"a\xffB C", "", "Ruiz", "(Ana) Ruiz.", "..,;:()", "Ben Ota, M.D., Ph.D.", "ANA ana Ana", "Mia O'Neil Jr.",
}

func TestPersonKeys(t *testing.T) {
	checkPersonKeys(t, personKeysSeeds)
	for _, n := range personKeysSeeds {
		checkPersonKeys(t, []string{n})
		if got, want := trimKeyPunct(n), strings.Trim(n, ".,;:()"); got != want {
			t.Errorf("trimKeyPunct(%q) = %q, want %q", n, got, want)
		}
	}
}

// FuzzPersonKeys holds personKeys (names split at "|") to personKey and
// personKeyFields, and trimKeyPunct to strings.Trim.
func FuzzPersonKeys(f *testing.F) {
	f.Add(strings.Join(personKeysSeeds, "|"))
	for _, s := range personKeysSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkPersonKeys(t, strings.Split(s, "|"))
		if got, want := trimKeyPunct(s), strings.Trim(s, ".,;:()"); got != want {
			t.Fatalf("trimKeyPunct(%q) = %q, want %q", s, got, want)
		}
	})
}
