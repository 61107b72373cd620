package extract

import (
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/testweb"
)

// TestLocateEveryGoldenEvidence re-reads every fact and resident of every
// golden page where its selector points, with goquery: the selector must be
// valid CSS, match exactly one element, and that element must hold the
// evidence text (each " | " part of it, less a question or label glued in
// front).
func TestLocateEveryGoldenEvidence(t *testing.T) {
	paths, _ := filepath.Glob("testdata/*/page.html")
	if len(paths) < 60 {
		t.Fatalf("only %d golden pages", len(paths))
	}
	checked := 0
	for _, p := range paths {
		body, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		u, _ := url.Parse("http://im.example.test/p")
		pf, err := Page(body, u, WithRunDate(goldenRunDate))
		if err != nil {
			t.Fatal(err)
		}
		checked += checkEvidenceLocates(t, p, body, pf)
	}
	if checked < 300 {
		t.Errorf("checked only %d pieces of evidence", checked)
	}
}

// TestLocateTestwebEvidence does the same on every eligibility, roster and
// home page of a synthetic web: real chrome, ids and classes.
func TestLocateTestwebEvidence(t *testing.T) {
	w, err := testweb.New(testweb.Config{Programs: 40, Seed: 5})
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, pt := range w.Truth().Programs {
		for _, pg := range pt.Pages {
			if pg.Kind == imgfriendly.KindOther {
				continue
			}
			rec := httptest.NewRecorder()
			w.Handler().ServeHTTP(rec, httptest.NewRequest("GET", pg.URL, nil))
			u, _ := url.Parse(pg.URL)
			pf, err := Page(rec.Body.Bytes(), u, WithRunDate(goldenRunDate))
			if err != nil {
				t.Fatal(err)
			}
			checked += checkEvidenceLocates(t, pg.URL, rec.Body.Bytes(), pf)
		}
	}
	if checked < 500 {
		t.Errorf("checked only %d pieces of evidence", checked)
	}
}

// checkEvidenceLocates checks every fact's and resident's evidence of one
// page and returns how many it checked.
func checkEvidenceLocates(t *testing.T, where string, body []byte, pf imgfriendly.PageFacts) int {
	t.Helper()
	var evs []imgfriendly.Evidence
	for _, f := range pf.Facts {
		evs = append(evs, f.Evidence)
	}
	for _, r := range pf.Residents {
		evs = append(evs, r.Evidence)
	}
	for _, ev := range evs {
		loc, err := Locate(body, ev.Selector)
		if err != nil {
			t.Errorf("%s: %v", where, err)
			continue
		}
		if loc.Matches != 1 {
			t.Errorf("%s: selector %q matches %d elements, want 1", where, ev.Selector, loc.Matches)
		}
		for _, part := range strings.Split(ev.Text, " | ") {
			// a label or question read with its answer: the element is the answer
			answered := loc.Text != "" && strings.HasSuffix(part, " "+loc.Text)
			if !answered && !strings.Contains(loc.Text, part) && !strings.Contains(loc.Text, lastSentence(part)) {
				t.Errorf("%s: %q holds %q, not the evidence %q", where, ev.Selector, loc.Text, part)
			}
		}
	}
	return len(evs)
}

// lastSentence is the evidence without a question or label in front: its
// last sentence.
func lastSentence(s string) string {
	ss := sentences(s)
	if len(ss) == 0 {
		return s
	}
	return ss[len(ss)-1]
}

func TestLocate(t *testing.T) {
	page := []byte(`<html><body><main>
<div class="w-1/2"><p>Half width</p></div>
<div class="2col"><p>Two columns</p></div>
<div id="faq:visa"><dl><dt>Visas?</dt><dd>We sponsor J-1.</dd><dt>YOG?</dt><dd>No   limit.</dd></dl></div>
<p class="x">one</p><p class="x">two</p>
</main></body></html>`)
	tests := []struct {
		give    string
		want    Located
		wantErr string
	}{
		{give: "main > div#faq\\:visa > dl > dd:nth-of-type(2)", want: Located{Matches: 1, Text: "No limit."}},
		{give: "main > div.w-1\\/2 > p", want: Located{Matches: 1, Text: "Half width"}},
		{give: "main > div.\\32 col", want: Located{Matches: 1, Text: "Two columns"}},
		{give: "main > p.x", want: Located{Matches: 2, Text: "one"}},
		{give: "main > div.w-1/2", wantErr: "is no CSS selector"},
		{give: "table", wantErr: "matches nothing"},
		{give: "line:1", wantErr: "plain-text pages"},
	}
	for _, tt := range tests {
		got, err := Locate(page, tt.give)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.Contains(err.Error(), tt.give) {
				t.Errorf("Locate(%q) error = %v, want one naming the selector and saying %q", tt.give, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("Locate(%q): %v", tt.give, err)
			continue
		}
		tt.want.Selector = tt.give
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("Locate(%q) (-want +got):\n%s", tt.give, d)
		}
	}
}

func TestLocatePlainText(t *testing.T) {
	text := []byte("Eligibility\r\nWe sponsor J-1 visas only.\nNo YOG limit.")
	got, err := Locate(text, "line:2")
	if err != nil || got.Text != "We sponsor J-1 visas only." || got.Matches != 1 {
		t.Errorf("Locate(line:2) = %+v, %v", got, err)
	}
	for _, sel := range []string{"line:4", "line:0", "line:x", "p"} {
		if _, err := Locate(text, sel); err == nil || !strings.Contains(err.Error(), sel) {
			t.Errorf("Locate(%q) error = %v, want one naming the selector", sel, err)
		}
	}
}

// TestSelectorsAreCSS checks that class and id names CSS cannot take bare
// are escaped, and that the escaped selector finds the element.
func TestSelectorsAreCSS(t *testing.T) {
	for _, name := range []string{"w-1/2", "2col", "-3x", "a.b", "x:y", "é-ü", "-", "a_b-c", "col[1]", "50%", "a#b"} {
		page := []byte(`<html><body><section><div class="` + name + `"><p>target</p></div><div class="other"><p>no</p></div></section></body></html>`)
		sel := "section > div." + string(appendCSSIdent(nil, name)) + " > p"
		got, err := Locate(page, sel)
		if err != nil || got.Text != "target" || got.Matches != 1 {
			t.Errorf("class %q: Locate(%q) = %+v, %v", name, sel, got, err)
		}
	}
}
