package extract

import (
	"bytes"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// benchPages returns every golden page: all testweb site styles plus the
// hand-written trap pages.
func benchPages(b *testing.B) ([][]byte, int64) {
	paths, _ := filepath.Glob("testdata/*/page.html")
	var pages [][]byte
	var total int64
	for _, p := range paths {
		body, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, body)
		total += int64(len(body))
	}
	return pages, total
}

// BenchmarkParse is the baseline: bare html.Parse of the same pages.
func BenchmarkParse(b *testing.B) {
	pages, total := benchPages(b)
	b.SetBytes(total)
	for b.Loop() {
		for _, p := range pages {
			if _, err := html.Parse(bytes.NewReader(p)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkPage is the full extraction of the same pages.
func BenchmarkPage(b *testing.B) {
	pages, total := benchPages(b)
	u, _ := url.Parse("http://im.example.test/p")
	b.SetBytes(total)
	for b.Loop() {
		for _, p := range pages {
			if _, err := Page(p, u, WithRunDate(goldenRunDate)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkPageVsParse runs both over the same pages in the same loop and
// reports extraction time as a multiple of parse time (x-parse; goal <= 2).
func BenchmarkPageVsParse(b *testing.B) {
	pages, total := benchPages(b)
	u, _ := url.Parse("http://im.example.test/p")
	b.SetBytes(total)
	var parse, page time.Duration
	for b.Loop() {
		t0 := time.Now()
		for _, p := range pages {
			html.Parse(bytes.NewReader(p))
		}
		t1 := time.Now()
		for _, p := range pages {
			Page(p, u, WithRunDate(goldenRunDate))
		}
		parse += t1.Sub(t0)
		page += time.Since(t1)
	}
	b.ReportMetric(float64(page)/float64(parse), "x-parse")
	b.ReportMetric(float64(total)*float64(b.N)/page.Seconds()/1e6, "page-MB/s")
	b.ReportMetric(float64(total)*float64(b.N)/parse.Seconds()/1e6, "parse-MB/s")
}
