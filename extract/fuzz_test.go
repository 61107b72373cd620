package extract

import (
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/imgfriendly/imgfriendly"
)

// seedCorpus adds every golden page to a fuzz corpus.
func seedCorpus(f *testing.F) {
	paths, _ := filepath.Glob("testdata/*/page.html")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("Q: Do you sponsor H-1B? A: No.\nJ-1 only"))
	f.Add([]byte(strings.Repeat("<div>", 5000) + "J-1 only" + strings.Repeat("</div>", 10)))
	f.Add([]byte("<table>" + strings.Repeat("<tr><td>Name</td><td>School</td></tr>", 300) + "</table>"))
}

// FuzzPage checks that Page never panics and that what it returns is well
// formed: every fact has a known field, a value of the field's kind and
// evidence; every resident has a name.
func FuzzPage(f *testing.F) {
	seedCorpus(f)
	u, _ := url.Parse("http://im.example.test/page")
	f.Fuzz(func(t *testing.T, body []byte) {
		pf, err := Page(body, u, WithRunDate(goldenRunDate))
		if ie := (*InternalError)(nil); errors.As(err, &ie) {
			t.Fatalf("%v\n%s", ie, ie.Stack)
		}
		if err != nil {
			return
		}
		for _, fact := range pf.Facts {
			kind, ok := imgfriendly.KindOf(fact.Field)
			if !ok {
				t.Fatalf("unknown field %q", fact.Field)
			}
			v := fact.Value
			switch {
			case kind == imgfriendly.ValueBool && v.Bool == nil,
				kind == imgfriendly.ValueNumber && v.Num == nil,
				kind == imgfriendly.ValueText && v.Text == nil:
				t.Fatalf("%s: value %+v is not a %s", fact.Field, v, kind)
			}
			if fact.Evidence.Text == "" || fact.Evidence.URL != u.String() {
				t.Fatalf("%s: evidence %+v", fact.Field, fact.Evidence)
			}
		}
		if len(pf.Residents) > maxResidents {
			t.Fatalf("%d residents", len(pf.Residents))
		}
		for _, r := range pf.Residents {
			if strings.TrimSpace(r.Name) == "" && r.School == "" && r.Country == "" && r.IMG == nil {
				t.Fatalf("resident with neither a name nor anything else: %+v", r)
			}
		}
		switch pf.Kind {
		case imgfriendly.KindEligibility, imgfriendly.KindRoster, imgfriendly.KindProgram, imgfriendly.KindOther:
		default:
			t.Fatalf("kind %q", pf.Kind)
		}
	})
}

// FuzzRoster drives the roster parser and its line readers with arbitrary
// roster markup and lines.
func FuzzRoster(f *testing.F) {
	seedCorpus(f)
	f.Add([]byte("<ul><li>Patel, Priya — Kasturba Medical College, Manipal, India (PGY-1)</li><li>Dr. A B | PGY-2 | X University</li></ul>"))
	f.Add([]byte("<p>Dr. Jane Smith joins us from St. George's University, Grenada.</p>"))
	f.Fuzz(func(t *testing.T, body []byte) {
		if len(body) > maxBodyBytes {
			return
		}
		root, err := html.Parse(strings.NewReader(string(body)))
		if err != nil {
			return
		}
		rs := roster(blocksFromHTML(root), "http://x.test/r")
		if len(rs) > maxResidents {
			t.Fatalf("%d residents", len(rs))
		}
		for _, r := range rs {
			if r.Name == "" && r.School == "" && r.Country == "" && r.IMG == nil {
				t.Fatalf("resident with neither a name nor anything else: %+v", r)
			}
		}
		for _, line := range strings.Split(string(body), "\n") {
			if n, ok := personName(line); ok && n == "" {
				t.Fatalf("personName(%q) = empty, true", line)
			}
			if n, _, _, ok := nameWithRest(line); ok && n == "" {
				t.Fatalf("nameWithRest(%q) = empty name", line)
			}
			splitCountry(cleanSchool(line))
		}
	})
}

// FuzzIndexAny checks indexAny, and a charSet's index, against strings.IndexAny on any text, with
// the character sets the readers use and with any other set.
func FuzzIndexAny(f *testing.F) {
	sets := []string{"\"“(", ":–—", "\"“”", "\"“”.!?", "—–-|·:"}
	for _, s := range []string{"", "Jane “JJ” Doe", "PGY-2 – Jane", "a\xe2\x80\x94b", "\xe2\xe2\x80\x93:", "\xf0\xe2\x80\x9c(", "\xff\xfd"} {
		f.Add(s, "")
		f.Add(s, "é\xffa")
	}
	f.Fuzz(func(t *testing.T, s, chars string) {
		for _, set := range append(sets, chars) {
			want := strings.IndexAny(s, set)
			if got := indexAny(s, set); got != want {
				t.Errorf("indexAny(%q, %q) = %d, want %d", s, set, got, want)
			}
			if got := newCharSet(set).index(s); got != want {
				t.Errorf("newCharSet(%q).index(%q) = %d, want %d", set, s, got, want)
			}
		}
	})
}

// FuzzAwardSeparator checks the test awardResidents makes before awardLine:
// whenever the expression finds an award holding a resident's word, that
// word is before the line's last separator character.
func FuzzAwardSeparator(f *testing.F) {
	for _, s := range []string{"Intern of the Year – Jane Doe, MD", "Chief Resident Award: John Roe", "Best Resident Teacher:Ana Ruiz",
		"Resident Research Prize - Ben Ota - 2024", "Doe, Jane - Rush Medical College (PGY-2)", "PGY2 Award —\tCarla Diaz", "interns: Li Wei"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m := awardLine.re.FindStringSubmatch(s)
		if m == nil || !residentHeadWords.in(m[1]) {
			return
		}
		if k := lastAwardSeparator(s); k < 0 || !residentHeadWords.in(s[:k]) {
			t.Errorf("award %q of %q holds a resident's word, but the text before its last separator (%d) has none", m[1], s, k)
		}
	})
}

// TestPageSentenceEndingWithArticle: a requirement whose sentence ends on
// " with a" (or "with a strong") — the words withPreference skips before a
// preference cue — read past the sentence's end and panicked (19dd7f4, on
// a real eligibility record).
func TestPageSentenceEndingWithArticle(t *testing.T) {
	u, _ := url.Parse("http://im.example.test/page")
	for _, text := range []string{
		"Passing USMLE Step 1 is required with a",
		"Passing USMLE Step 1 is required with a strong",
		"Passing USMLE Step 1 is required with some special",
		"Applicants must pass Step 1 with an\nSecond line about visas.",
	} {
		if _, err := Page([]byte(text), u, WithRunDate(goldenRunDate)); err != nil {
			t.Errorf("%q: %v", text, err)
		}
	}
}
