package crawl

import (
	"context"
	"fmt"
	"net/http"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gocolly/colly/v2"
)

// BenchmarkCrawlVsBareColly fetches the same URL list from the same loopback
// server in the same run, once with the full crawler (robots, politeness
// gates, retries wrapper, conditional-GET bookkeeping, charset decoding,
// gzip store, journal, discovery) and once with a bare colly collector at
// equal global concurrency, and reports both rates and their ratio
// (crawl_vs_colly: the goal is ≥ 0.8).
func BenchmarkCrawlVsBareColly(b *testing.B) {
	for _, latency := range []time.Duration{0, 5 * time.Millisecond} {
		b.Run(fmt.Sprintf("latency=%s", latency), func(b *testing.B) {
			benchCrawlVsColly(b, 200, latency)
		})
	}
}

func benchCrawlVsColly(b *testing.B, hosts int, latency time.Duration) {
	s := newSite(b)
	for i := range hosts {
		s.handle(fmt.Sprintf("h%d.test", i), manyPages(latency))
	}
	cfg := s.testConfig()
	cfg.MaxConcurrency = 32
	seeds := resumeSeeds(hosts)

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

	var crawlTime, collyTime time.Duration
	var crawlPages, collyPages int
	for b.Loop() {
		start := time.Now()
		r, err := Run(context.Background(), cfg, Night{RunID: "bench", Dir: filepath.Join(b.TempDir(), "run")}, seeds, mustStore(b))
		if err != nil {
			b.Fatal(err)
		}
		crawlTime += time.Since(start)
		crawlPages += r.Stats.OK

		start = time.Now()
		collyPages += bareColly(b, s.addr(), urls, cfg.MaxConcurrency)
		collyTime += time.Since(start)
	}
	crawlRate := float64(crawlPages) / crawlTime.Seconds()
	collyRate := float64(collyPages) / collyTime.Seconds()
	b.ReportMetric(crawlRate, "crawl_pages/s")
	b.ReportMetric(collyRate, "colly_pages/s")
	b.ReportMetric(crawlRate/collyRate, "crawl_vs_colly")
}

func mustStore(b *testing.B) *Store {
	s, err := OpenStore(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
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
