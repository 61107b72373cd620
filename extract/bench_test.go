package extract

import (
	"bytes"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/internal/profiling"
	"github.com/imgfriendly/imgfriendly/testweb"
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

// webPages returns every eligibility, roster and home page of a 60-program
// fault-free testweb: the realistic mix of chrome, navigation and content.
func webPages(b *testing.B) ([][]byte, int64) {
	pages := testwebPages(b, 60, 3)
	var total int64
	for _, p := range pages {
		total += int64(len(p))
	}
	return pages, total
}

// testwebPages returns the body of every eligibility, roster and home page of
// a fault-free testweb of the given size and seed.
func testwebPages(tb testing.TB, programs int, seed int64) [][]byte {
	tb.Helper()
	w, err := testweb.New(testweb.Config{Programs: programs, Seed: seed})
	if err != nil {
		tb.Fatal(err)
	}
	var pages [][]byte
	for _, pt := range w.Truth().Programs {
		for _, pg := range pt.Pages {
			if pg.Kind == imgfriendly.KindOther {
				continue
			}
			rec := httptest.NewRecorder()
			w.Handler().ServeHTTP(rec, httptest.NewRequest("GET", pg.URL, nil))
			pages = append(pages, rec.Body.Bytes())
		}
	}
	return pages
}

// BenchmarkParse is the baseline: bare html.Parse of the same pages.
func BenchmarkParse(b *testing.B) { benchParse(b, benchPages) }

// BenchmarkPage is the full extraction of the same pages.
func BenchmarkPage(b *testing.B) { benchPage(b, benchPages) }

// BenchmarkPageWeb is Page alone over the testweb mix of BenchmarkPageVsParse:
// what an instruction count (callgrind, one iteration) of the extraction
// reads, without the set-up (callgrind --toggle-collect on extract.Page).
func BenchmarkPageWeb(b *testing.B) { benchPage(b, webPages) }

// BenchmarkParseWeb is bare html.Parse over the same mix: the baseline of
// BenchmarkPageWeb.
func BenchmarkParseWeb(b *testing.B) { benchParse(b, webPages) }

// benchParse parses every page of corpus in each iteration.
func benchParse(b *testing.B, corpus func(*testing.B) ([][]byte, int64)) {
	pages, total := corpus(b)
	b.SetBytes(total)
	for b.Loop() {
		for _, p := range pages {
			if _, err := html.Parse(bytes.NewReader(p)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// benchPage extracts every page of corpus in each iteration.
func benchPage(b *testing.B, corpus func(*testing.B) ([][]byte, int64)) {
	pages, total := corpus(b)
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
// reports extraction time as a multiple of parse time (x-parse; goal <= 3),
// on the testweb mix and on the golden pages (dense with traps); and the same
// in CPU time of the process (cpu-x-parse, GC included), which a machine
// shared with other jobs disturbs less than wall time; and the allocations
// (count and bytes) of one pass of each over the pages.
func BenchmarkPageVsParse(b *testing.B) {
	b.Run("testweb", func(b *testing.B) { pageVsParse(b, webPages) })
	b.Run("golden", func(b *testing.B) { pageVsParse(b, benchPages) })
}

func pageVsParse(b *testing.B, corpus func(*testing.B) ([][]byte, int64)) {
	pages, total := corpus(b)
	u, _ := url.Parse("http://im.example.test/p")
	b.SetBytes(total)
	var parse, page, parseCPU, pageCPU time.Duration
	var m0, m1, m2 runtime.MemStats
	var parseAllocs, pageAllocs, parseBytes, pageBytes uint64
	for b.Loop() {
		runtime.ReadMemStats(&m0) // (outside the timed parts: it stops the world)
		t0, c0 := time.Now(), profiling.ProcessCPU()
		for _, p := range pages {
			html.Parse(bytes.NewReader(p))
		}
		parse += time.Since(t0)
		parseCPU += profiling.ProcessCPU() - c0
		runtime.ReadMemStats(&m1)
		t1, c1 := time.Now(), profiling.ProcessCPU()
		for _, p := range pages {
			Page(p, u, WithRunDate(goldenRunDate))
		}
		page += time.Since(t1)
		pageCPU += profiling.ProcessCPU() - c1
		runtime.ReadMemStats(&m2)
		parseAllocs += m1.Mallocs - m0.Mallocs
		parseBytes += m1.TotalAlloc - m0.TotalAlloc
		pageAllocs += m2.Mallocs - m1.Mallocs
		pageBytes += m2.TotalAlloc - m1.TotalAlloc
	}
	b.ReportMetric(float64(page)/float64(parse), "x-parse")
	if parseCPU > 0 {
		b.ReportMetric(float64(pageCPU)/float64(parseCPU), "cpu-x-parse")
	}
	// allocations of one pass over the pages: Page's include its own parse
	// (page-allocs minus parse-allocs is the extraction's)
	n := uint64(b.N)
	b.ReportMetric(float64(parseAllocs/n), "parse-allocs")
	b.ReportMetric(float64(pageAllocs/n), "page-allocs")
	b.ReportMetric(float64(parseBytes/n), "parse-B")
	b.ReportMetric(float64(pageBytes/n), "page-B")
	b.ReportMetric(float64(total)*float64(b.N)/page.Seconds()/1e6, "page-MB/s")
	b.ReportMetric(float64(total)*float64(b.N)/parse.Seconds()/1e6, "parse-MB/s")
}
