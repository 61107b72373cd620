package crawl

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gocolly/colly/v2"
	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/internal/profiling"
	"github.com/imgfriendly/imgfriendly/testweb"
)

// BenchmarkCrawlVsBareColly fetches the same URL list from the same
// loopback testweb in the same run, once with the full crawler (robots.txt,
// politeness gates, retry wrapper, conditional-GET bookkeeping, charset
// decoding, segment page store, journal, level-by-level discovery) and once
// with a bare colly collector given the crawler's URL list, at equal global
// concurrency, and reports both rates and their ratio (crawl_vs_colly; the
// goal is ≥ 0.8). The crawler's per-host limit (2) stays on; its delay is 0.
//
// Cases: no latency and 2–40 ms (CPU-bound on a small machine), and 50–400
// ms per response (latency-bound, like a production night; fewer programs
// so that it stays short). crawl_requests/page counts the crawler's HTTP
// requests per page fetched (robots.txt included): when latency dominates,
// the ratio stays near 1/crawl_requests/page, since bare colly sends no
// robots.txt request. crawl_vs_colly_cpu compares process CPU time per page
// instead (the loopback server's share included on both sides): the ratio
// to expect when CPU, not latency, is the limit.
func BenchmarkCrawlVsBareColly(b *testing.B) {
	for _, tc := range []struct {
		programs int
		lat      testweb.Latency
	}{
		{300, testweb.Latency{}},
		{300, testweb.Latency{Min: 2 * time.Millisecond, Max: 40 * time.Millisecond}},
		{100, testweb.Latency{Min: 50 * time.Millisecond, Max: 400 * time.Millisecond}},
	} {
		b.Run(fmt.Sprintf("testweb-latency=%s-%s", tc.lat.Min, tc.lat.Max), func(b *testing.B) {
			w, err := testweb.New(testweb.Config{Programs: tc.programs, Seed: 3, Latency: tc.lat})
			if err != nil {
				b.Fatal(err)
			}
			srv := httptest.NewServer(w.Handler())
			defer srv.Close()
			benchCrawlVsColly(b, strings.TrimPrefix(srv.URL, "http://"), w.Programs())
		})
	}
}

func benchCrawlVsColly(b *testing.B, addr string, seeds []imgfriendly.Program) {
	cfg := DefaultConfig()
	cfg.Resolve = []string{"*.test=" + addr}
	cfg.AllowPrivateAddresses = true
	cfg.Delay, cfg.Jitter = 0, 0
	cfg.MaxConcurrency = 32

	// The URL list: what the crawler fetches.
	var urls []string
	res, err := Run(context.Background(), cfg, Night{RunID: "list", Dir: filepath.Join(b.TempDir(), "list")}, seeds, mustStore(b))
	if err != nil {
		b.Fatal(err)
	}
	for _, f := range res.Fetches {
		if f.OK() {
			urls = append(urls, f.URL)
		}
	}

	var crawlTime, collyTime, crawlCPU, collyCPU time.Duration
	var crawlPages, collyPages, crawlRequests int
	for b.Loop() {
		cpu := profiling.ProcessCPU()
		start := time.Now()
		r, err := Run(context.Background(), cfg, Night{RunID: "bench", Dir: filepath.Join(b.TempDir(), "run")}, seeds, mustStore(b))
		if err != nil {
			b.Fatal(err)
		}
		crawlTime += time.Since(start)
		crawlCPU += profiling.ProcessCPU() - cpu
		crawlPages += r.Stats.OK
		crawlRequests += r.Stats.Requests

		cpu = profiling.ProcessCPU()
		start = time.Now()
		collyPages += bareColly(b, addr, urls, cfg.MaxConcurrency)
		collyTime += time.Since(start)
		collyCPU += profiling.ProcessCPU() - cpu
	}
	crawlRate := float64(crawlPages) / crawlTime.Seconds()
	collyRate := float64(collyPages) / collyTime.Seconds()
	b.ReportMetric(float64(len(urls)), "pages/night")
	b.ReportMetric(float64(crawlRequests)/float64(crawlPages), "crawl_requests/page")
	b.ReportMetric(crawlRate, "crawl_pages/s")
	b.ReportMetric(collyRate, "colly_pages/s")
	b.ReportMetric(crawlRate/collyRate, "crawl_vs_colly")
	if crawlCPU > 0 && collyCPU > 0 {
		crawlPerPage := crawlCPU.Seconds() / float64(crawlPages)
		collyPerPage := collyCPU.Seconds() / float64(collyPages)
		b.ReportMetric(crawlPerPage*1e6, "crawl_cpu_µs/page")
		b.ReportMetric(collyPerPage*1e6, "colly_cpu_µs/page")
		b.ReportMetric(collyPerPage/crawlPerPage, "crawl_vs_colly_cpu")
	}
}

func mustStore(b *testing.B) *Store {
	s, err := OpenStore(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// bareColly fetches urls with an out-of-the-box async colly collector
// limited to parallelism requests overall, dialing the loopback server.
func bareColly(b *testing.B, addr string, urls []string, parallelism int) int {
	c := colly.NewCollector(colly.Async(true), colly.AllowURLRevisit())
	if err := c.Limit(&colly.LimitRule{DomainGlob: "*", Parallelism: parallelism}); err != nil {
		b.Fatal(err)
	}
	d, err := newDialer(Config{Resolve: []string{"*.test=" + addr}, AllowPrivateAddresses: true, RequestTimeout: 10 * time.Second})
	if err != nil {
		b.Fatal(err)
	}
	c.WithTransport(&http.Transport{DialContext: d.DialContext, MaxIdleConns: 2 * parallelism, IdleConnTimeout: 30 * time.Second})
	var n atomic.Int64
	c.OnResponse(func(*colly.Response) { n.Add(1) })
	c.OnHTML("a[href]", func(e *colly.HTMLElement) { _ = e.Request.AbsoluteURL(e.Attr("href")) })
	for _, u := range urls {
		c.Visit(u)
	}
	c.Wait()
	if int(n.Load()) != len(urls) {
		b.Fatalf("bare colly fetched %d of %d", n.Load(), len(urls))
	}
	return len(urls)
}
