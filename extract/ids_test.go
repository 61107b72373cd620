package extract

import (
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly"
)

// idsWant is a golden case's expected identity, written by hand from what
// the page means: its title and main heading, every id it prints with its
// label, group and context, and (NoFacts) that the fact rules read none of
// the ids' digits as a score, count or limit.
type idsWant struct {
	Note    string    `json:"note"`
	Title   string    `json:"title"`
	Heading string    `json:"heading"`
	NoFacts bool      `json:"no_facts,omitempty"`
	IDs     []idsCase `json:"ids"`
}

type idsCase struct {
	Kind    imgfriendly.IDKind `json:"kind"`
	Value   string             `json:"value"`
	Label   string             `json:"label"`
	Group   int                `json:"group"`
	Context string             `json:"context"`
}

// TestIDsGolden reads every case in testdata/ids/<case>/page.html and
// compares the ids with want.json (hand-written; there is no -update).
func TestIDsGolden(t *testing.T) {
	pages, err := filepath.Glob("testdata/ids/*/page.html")
	if err != nil || len(pages) < 10 {
		t.Fatalf("%d id cases (%v), want at least 10", len(pages), err)
	}
	for _, p := range pages {
		dir := filepath.Dir(p)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			body, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			var want idsWant
			b, err := os.ReadFile(filepath.Join(dir, "want.json"))
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatal(err)
			}
			u, _ := url.Parse("http://gme.example.test/" + filepath.Base(dir))
			pf, err := Page(body, u, WithRunDate(goldenRunDate))
			if err != nil {
				t.Fatal(err)
			}
			got := []idsCase{}
			for _, id := range pf.IDs {
				got = append(got, idsCase{Kind: id.Kind, Value: id.Value, Label: id.Label, Group: id.Group, Context: id.Context})
				if id.Evidence.URL != u.String() || id.Evidence.Selector == "" || !strings.Contains(digitsAndLetters(id.Evidence.Text), id.Value) {
					t.Errorf("%s: evidence %+v", id.Value, id.Evidence)
				}
			}
			if diff := cmp.Diff(want.IDs, got); diff != "" {
				t.Errorf("ids (-want +got):\n%s", diff)
			}
			if pf.Title != want.Title || pf.Heading != want.Heading {
				t.Errorf("title %q heading %q, want %q %q", pf.Title, pf.Heading, want.Title, want.Heading)
			}
			if want.NoFacts && len(pf.Facts) > 0 {
				t.Errorf("ids read as facts: %+v", pf.Facts)
			}
		})
	}
}

func digitsAndLetters(s string) string {
	var b strings.Builder
	for _, r := range strings.ToUpper(s) {
		if r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// FuzzIDs feeds arbitrary text to the ids reader (as a page's only
// paragraph): no panic, and every id it returns is well formed, in a group
// numbered from 1 without gaps.
func FuzzIDs(f *testing.F) {
	for _, s := range []string{
		"ERAS program number: 1403621123 · Categorical track: 1234140C0 · Preliminary track: 1234140P0",
		"Phone: 2175550100. NPI: 3203621188. ACGME #: 400-06-12001",
		"Internal Medicine — ACGME 1403911004; NRMP 2468140C0 (categorical), 2468140P0",
		"1234 140 c0 9876543210 0804821087.5 +11403621123",
		"·•–—|;,()",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		body := []byte("<html><body><h1>Residency</h1><p>" + text + "</p><table><tr><td>" + text + "</td><td>x</td></tr></table></body></html>")
		pf, err := Page(body, nil)
		if err != nil {
			t.Fatal(err)
		}
		last := 0
		for _, id := range pf.IDs {
			switch id.Kind {
			case imgfriendly.IDACGME:
				if _, ok := imgfriendly.ParseACGMEID(id.Value); !ok {
					t.Fatalf("bad ACGME id %q", id.Value)
				}
			case imgfriendly.IDNRMP:
				if c, ok := imgfriendly.ParseNRMPCode(id.Value); !ok || c.String() != id.Value {
					t.Fatalf("bad NRMP code %q", id.Value)
				}
			default:
				t.Fatalf("kind %q", id.Kind)
			}
			if id.Group < last || id.Group > last+1 || id.Group < 1 {
				t.Fatalf("group %d after %d", id.Group, last)
			}
			last = id.Group
		}
	})
}

// FuzzTrackAfterDigit checks the test findIDs makes before nrmpPattern: a
// text the expression matches has a track letter after a digit.
func FuzzTrackAfterDigit(f *testing.F) {
	for _, s := range []string{"NRMP 2468140C0", "1234 140 c0", "1234-140-P-0", "1234140 m 1", "Tel. 217-555-0100, 2025-2026", "1234140 - C0", "1234140\tR0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if nrmpPattern.MatchString(s) && !trackAfterDigit(s) {
			t.Errorf("nrmpPattern matches %q, but trackAfterDigit finds no track letter after a digit", s)
		}
	})
}

// FuzzACGMEDigitRun checks the test findIDs makes before acgmePattern: a
// text the expression matches has five digits in a row.
func FuzzACGMEDigitRun(f *testing.F) {
	for _, s := range []string{"ACGME #: 400-06-12001", "1403911004", "140-39-11004", "14039-11004", "Tel. 217-555-0100, 2025-2026", "140 39 11004"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if acgmePattern.MatchString(s) && !hasDigitRunOf(s, 5) {
			t.Errorf("acgmePattern matches %q, but hasDigitRunOf finds no five digits in a row", s)
		}
	})
}
