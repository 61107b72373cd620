package extract

import (
	"net/url"
	"strings"
	"testing"
)

func TestResidentPageName(t *testing.T) {
	for _, tc := range []struct{ give, want string }{
		{"https://example.edu/surgery/residents/ana-ruiz", "Ana Ruiz"},
		{"https://example.edu/psychiatry/resident/omar-haddad-md/", "Omar Haddad"},
		{"https://example.org/our-residents/lena-park.html", "Lena Park"},
		{"https://example.org/interns/tomas-de-la-cruz", "Tomas De La Cruz"},
		{"https://example.org/housestaff/priya-nair-do", "Priya Nair"},
		{"https://example.org/house-staff/priya-nair-do", "Priya Nair"},
		// folders of other people
		{"https://example.edu/faculty/ana-ruiz", ""},
		{"https://example.edu/residents-alumni/ana-ruiz", ""},
		{"https://example.edu/former-residents/ana-ruiz", ""},
		{"https://example.edu/fellows/ana-ruiz", ""},
		// a folder's own pages, and slugs that are no name
		{"https://example.edu/residents/current-residents", ""},
		{"https://example.edu/residents/meet-our-residents", ""},
		{"https://example.edu/residents/day-in-the-life", ""},
		{"https://example.edu/residents/class-of-2027", ""},
		{"https://example.edu/residents/12345", ""},
		{"https://example.edu/residents/ana", ""},
		{"https://example.edu/residents/ana-ruiz?id=4", ""},
		{"https://example.edu/ana-ruiz", ""},
		{"https://example.edu/surgery/residency/ana-ruiz", ""},
		{"https://example.edu/residents/program-faculty-and-staff-directory", ""},
	} {
		if got := residentPageName(tc.give); got != tc.want {
			t.Errorf("residentPageName(%q) = %q, want %q", tc.give, got, tc.want)
		}
	}
}

// residentEssay is a resident's first-person essay that never gives the
// writer's name (the site files it under the writer's name).
const residentEssay = `Why Here?
Coming from a big city, I wanted a program where I could still reach the mountains on a day off. What drew me was how much the senior residents teach, and how the attendings let you own your patients. Now that I'm here, the call schedule is fair and the county hospital has taught me more than I expected.`

func TestResidentPageFromAddress(t *testing.T) {
	for _, tc := range []struct {
		name, url, text string
		want            []string
	}{
		{"essay under a resident's address", "https://example.edu/surgery/residents/ana-ruiz", residentEssay, []string{"Ana Ruiz"}},
		{"the same essay under faculty", "https://example.edu/surgery/faculty/ana-ruiz", residentEssay, nil},
		{"the same essay on a folder page", "https://example.edu/surgery/residents/current-residents", residentEssay, nil},
		{"a director's welcome under residents", "https://example.edu/residents/mark-stone",
			"Welcome!\nAs program director, I am proud of my residents and of the training we offer. I invite you to apply.", nil},
		{"an applicants' FAQ under residents", "https://example.edu/residents/visa-questions",
			"Can I apply on a visa?\nYes, we sponsor J-1 visas.\nCan I apply if I graduated in 2015?\nYes.", nil},
		{"third person, no writer", "https://example.edu/residents/ana-ruiz",
			"The residency has twelve positions each year and rotations at two hospitals.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			u, err := url.Parse(tc.url)
			if err != nil {
				t.Fatal(err)
			}
			pf, err := Page([]byte(tc.text), u)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range pf.Residents {
				got = append(got, r.Name)
			}
			if len(got) != len(tc.want) || len(got) > 0 && got[0] != tc.want[0] {
				t.Errorf("residents = %q, want %q", got, tc.want)
			}
			for _, r := range pf.Residents {
				if r.Evidence.Text == "" {
					t.Errorf("resident %q has no evidence sentence", r.Name)
				}
			}
		})
	}
}

func TestFirstPersonCountCurlyApostrophe(t *testing.T) {
	if got := firstPersonCount("now that i\u2019m here, i\u2019ve found my people"); got != 3 {
		t.Errorf("firstPersonCount = %d, want 3 (i’m, i’ve, my)", got)
	}
}

// FuzzResidentPageName: any address gives either no name or a name of two
// to four capitalised ASCII words, never a folder's own word.
func FuzzResidentPageName(f *testing.F) {
	for _, s := range []string{"https://example.edu/surgery/residents/ana-ruiz", "https://x.org/resident/a-b-md/", "/residents/%zz",
		"https://x.org/interns/jo-li.html", "https://x.org/faculty/ana-ruiz", "residents/ana-ruiz", "https://x.org/residents/ana-ruiz?x=1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		name := residentPageName(s)
		if name == "" {
			return
		}
		ws := strings.Fields(name)
		if len(ws) < 2 || len(ws) > 4 {
			t.Fatalf("residentPageName(%q) = %q: %d words", s, name, len(ws))
		}
		for _, w := range ws {
			if w[0] < 'A' || w[0] > 'Z' || residentFolderWords[strings.ToLower(w)] {
				t.Fatalf("residentPageName(%q) = %q: word %q", s, name, w)
			}
		}
	})
}
