package extract

import (
	"bytes"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly"
)

// F is a compact set of expected facts: field → bool, float64 or string.
type F = map[imgfriendly.Field]any

// factsOf extracts body and returns its facts as F, and the conditions.
func factsOf(t *testing.T, body string) (F, map[imgfriendly.Field]string) {
	t.Helper()
	u, _ := url.Parse("http://im.example.test/eligibility")
	pf, err := Page([]byte(body), u, WithRunDate(goldenRunDate))
	if err != nil {
		t.Fatal(err)
	}
	got := F{}
	conds := map[imgfriendly.Field]string{}
	for _, f := range pf.Facts {
		got[f.Field] = factValue(f)
		if f.Condition != "" {
			conds[f.Field] = f.Condition
		}
	}
	return got, conds
}

// ruleCase is one table row: a page (HTML or plain text) and the facts a
// careful reader takes from it.
type ruleCase struct {
	name string
	give string
	want F
}

// only keeps the fields of got that belong to the rule under test.
func only(got F, fields ...imgfriendly.Field) F {
	out := F{}
	for _, f := range fields {
		if v, ok := got[f]; ok {
			out[f] = v
		}
	}
	return out
}

func runRuleCases(t *testing.T, cases []ruleCase, fields ...imgfriendly.Field) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := factsOf(t, tc.give)
			if fields != nil {
				got = only(got, fields...)
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.give, d)
			}
		})
	}
}

func mustParse(s string) *html.Node {
	n, err := html.Parse(strings.NewReader(s))
	if err != nil {
		panic(err)
	}
	return n
}

// goldenBlockTexts returns the text of every block of every golden HTML
// page, the corpus the written-out tests compare with their expressions.
func goldenBlockTexts(t *testing.T) []string {
	t.Helper()
	paths, _ := filepath.Glob("testdata/*/page.html")
	if len(paths) < 60 {
		t.Fatalf("only %d golden pages", len(paths))
	}
	var texts []string
	for _, p := range paths {
		body, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		root, err := html.Parse(bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range blocksFromHTML(root).blocks {
			texts = append(texts, b.text)
		}
	}
	return texts
}
