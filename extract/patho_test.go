package extract

import (
	"bytes"
	"net/url"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// pathological pages: deep nesting, one huge block, many tiny blocks, long
// runs of the characters the rules look for.
func pathological() map[string][]byte {
	return map[string][]byte{
		"deep":      []byte(strings.Repeat("<div><span>", 20000) + "J-1 only" + strings.Repeat("</span></div>", 20000)),
		"one_block": []byte("<p>" + strings.Repeat("We do not sponsor H-1B visas unless within 5 years of graduation Step 2 CK 220 ", 20000) + "</p>"),
		"many_rows": []byte("<table>" + strings.Repeat("<tr><td>Jane Smith</td><td>PGY-1</td><td>Harvard Medical School</td></tr>", 20000) + "</table>"),
		"lines":     []byte(strings.Repeat("Dr. Jane Smith joins us from St. George's University, Grenada.\n", 30000)),
		"questions": []byte(strings.Repeat("<dt>Do you sponsor H-1B visas?</dt><dd>Yes, for applicants with Step 2 CK 250.</dd>", 20000)),
		"dots":      []byte("<p>" + strings.Repeat("U.S. ", 100000) + "</p>"),
		"colons":    []byte("<p>" + strings.Repeat("a: ", 100000) + "</p>"),
	}
}

// TestPathologicalPages checks that pathological pages are handled (no
// panic, bounded output); their cost is measured by BenchmarkPathological.
func TestPathologicalPages(t *testing.T) {
	u, _ := url.Parse("http://x.test/")
	for name, body := range pathological() {
		pf, err := Page(body, u)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if len(pf.Residents) > maxResidents {
			t.Errorf("%s: %d residents", name, len(pf.Residents))
		}
	}
}

// BenchmarkPathological reports, per pathological page, extraction time as
// a multiple of html.Parse of the same bytes.
func BenchmarkPathological(b *testing.B) {
	u, _ := url.Parse("http://x.test/")
	for name, body := range pathological() {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			var parse, page time.Duration
			for b.Loop() {
				t0 := time.Now()
				html.Parse(bytes.NewReader(body))
				t1 := time.Now()
				Page(body, u)
				parse += t1.Sub(t0)
				page += time.Since(t1)
			}
			b.ReportMetric(float64(page)/float64(parse), "x-parse")
		})
	}
}
