package crawl

import (
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/imgfriendly/imgfriendly"
)

// manyPages serves a host where every program page /pN/ links to roster and
// eligibility pages, each of which links to two more.
func manyPages(latency time.Duration) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(latency)
		w.Header().Set("Content-Type", "text/html")
		switch {
		case r.URL.Path == "/robots.txt":
			http.NotFound(w, r)
		case strings.HasSuffix(r.URL.Path, "/"):
			fmt.Fprint(w, `<a href="residents">Current Residents</a><a href="eligibility">Eligibility</a><a href="faq">FAQ</a><a href="team">Our Team</a>`)
		default:
			fmt.Fprintf(w, `<a href="%s-more">Residents</a><a href="%s-visa">Visa information</a>`, r.URL.Path, r.URL.Path)
		}
	}
}

func TestPerHostAndGlobalConcurrencyCountedByServer(t *testing.T) {
	s := newSite(t)
	hosts := []string{"a.test", "b.test", "c.test", "d.test"}
	var seeds []imgfriendly.Program
	for i, h := range hosts {
		s.handle(h, manyPages(15*time.Millisecond))
		for p := range 4 {
			seeds = append(seeds, program(fmt.Sprintf("14000000%d%d", i, p), fmt.Sprintf("http://%s/p%d/", h, p)))
		}
	}
	cfg := s.testConfig()
	cfg.ParallelismPerHost = 2
	cfg.MaxConcurrency = 5
	res := runNight(t, cfg, Night{}, seeds, openTestStore(t))

	if res.Stats.OK < 16*5 {
		t.Fatalf("only %d pages fetched, want at least %d: the test did not load the hosts", res.Stats.OK, 16*5)
	}
	for _, h := range hosts {
		if got := s.maxInflight(h); got > cfg.ParallelismPerHost {
			t.Errorf("%s saw %d concurrent requests, limit %d", h, got, cfg.ParallelismPerHost)
		}
	}
	s.mu.Lock()
	maxAll := s.maxAll
	s.mu.Unlock()
	if maxAll > cfg.MaxConcurrency {
		t.Errorf("server saw %d concurrent requests overall, limit %d", maxAll, cfg.MaxConcurrency)
	}
	if maxAll < 2 {
		t.Errorf("server never saw concurrent requests (max %d): the crawl is not parallel", maxAll)
	}
}

// TestCrawlDelayHonouredAsMaxOfConfiguredAndRobots: a host whose robots.txt
// sets a Crawl-delay is sent one request at a time, and the server is left
// idle for the longer of the Crawl-delay and the configured delay between
// the end of one request and the arrival of the next. Every answer takes a
// while, so a delay counted from the start of the previous request (or
// only the Crawl-delay counted from its end) would be seen short by the
// server. What is checked are the server's own timestamps, which bound what
// the crawler waited from below however loaded the machine is.
func TestCrawlDelayHonouredAsMaxOfConfiguredAndRobots(t *testing.T) {
	tests := []struct {
		name    string
		robots  string
		delay   time.Duration
		wantGap time.Duration
	}{
		{"robots longer", "User-agent: *\nCrawl-delay: 0.15\n", 20 * time.Millisecond, 150 * time.Millisecond},
		{"config longer", "User-agent: *\nCrawl-delay: 0.05\n", 120 * time.Millisecond, 120 * time.Millisecond},
		{"our group only", "User-agent: imgfriendly\nCrawl-delay: 0.15\n\nUser-agent: *\nCrawl-delay: 9\n", 0, 150 * time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSite(t)
			h := manyPages(100 * time.Millisecond)
			s.handle("slow.test", func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path == "/robots.txt" {
					fmt.Fprint(w, tt.robots)
					return
				}
				h(w, r)
			})
			cfg := s.testConfig()
			cfg.Delay = tt.delay
			cfg.MaxPagesPerProgram = 5
			res := runNight(t, cfg, Night{}, []imgfriendly.Program{program("1400000001", "http://slow.test/p/")}, openTestStore(t))
			if res.Stats.OK != 5 {
				t.Fatalf("fetched %d pages, want 5", res.Stats.OK)
			}
			if gap := s.minIdle(t, "slow.test"); gap < tt.wantGap {
				t.Errorf("the server was idle %s between two requests, want ≥ %s", gap, tt.wantGap)
			}
			if res.Stats.CrawlDelayHosts != 1 {
				t.Errorf("stats count %d hosts with a Crawl-delay, want 1", res.Stats.CrawlDelayHosts)
			}
		})
	}
}

func TestRetryAfterHonouredAndTransientErrorsRetried(t *testing.T) {
	s := newSite(t)
	var calls atomic.Int32
	var first, second time.Time
	s.handle("busy.test", func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			http.NotFound(w, r)
		case "/":
			switch calls.Add(1) {
			case 1:
				first = time.Now()
				w.Header().Set("Retry-After", "1")
				w.WriteHeader(http.StatusTooManyRequests)
			case 2:
				second = time.Now()
				w.WriteHeader(http.StatusServiceUnavailable)
			default:
				fmt.Fprint(w, "<html>ok</html>")
			}
		default:
			http.NotFound(w, r)
		}
	})
	s.handle("fine.test", manyPages(0))
	cfg := s.testConfig()
	res := runNight(t, cfg, Night{}, []imgfriendly.Program{
		program("1400000001", "http://busy.test/"), program("1400000002", "http://fine.test/p/")}, openTestStore(t))
	f := byURL(res.Fetches)["http://busy.test/"]
	if !f.OK() || f.Attempts != 3 || f.Status != 200 {
		t.Errorf("busy page: ok=%v attempts=%d status=%d error=%q, want ok after 3 attempts", f.OK(), f.Attempts, f.Status, f.Error)
	}
	if gap := second.Sub(first); gap < time.Second {
		t.Errorf("came back %s after Retry-After: 1", gap)
	}
	if res.Stats.Retries < 2 {
		t.Errorf("stats count %d retries, want ≥ 2", res.Stats.Retries)
	}
	// The night's politeness record: one Retry-After waited for; the 429 and
	// the 503 each slowed the host down.
	if res.Stats.RetryAfters != 1 || res.Stats.SlowDowns != 2 || res.Stats.HostsGivenUp != 0 {
		t.Errorf("politeness stats: %d Retry-Afters, %d slow-downs, %d hosts given up; want 1, 2, 0",
			res.Stats.RetryAfters, res.Stats.SlowDowns, res.Stats.HostsGivenUp)
	}
	for _, h := range res.Hosts {
		if h.Host == "busy.test" && (h.RetryAfters != 1 || h.SlowDowns != 2) {
			t.Errorf("busy.test: %d Retry-Afters, %d slow-downs; want 1, 2", h.RetryAfters, h.SlowDowns)
		}
	}
}

func TestRetryAfterOverCapGivesUp(t *testing.T) {
	s := newSite(t)
	s.handle("away.test", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusServiceUnavailable)
	})
	cfg := s.testConfig()
	cfg.RetryAfterCap = time.Second
	res := runNight(t, cfg, Night{}, []imgfriendly.Program{program("1400000001", "http://away.test/")}, openTestStore(t))
	f := byURL(res.Fetches)["http://away.test/"]
	if f.OK() || f.Attempts != 1 || !strings.HasPrefix(f.Error, imgfriendly.FetchErrorHTTP+": 503") {
		t.Errorf("got attempts=%d error=%q, want one attempt and an http_status: 503 failure", f.Attempts, f.Error)
	}
	if n := s.hitCount("away.test/"); n != 1 {
		t.Errorf("server asked to wait an hour got %d requests, want 1", n)
	}
	if res.Stats.HostsGivenUp != 1 {
		t.Errorf("stats count %d hosts given up, want 1", res.Stats.HostsGivenUp)
	}
}

func TestDownHostDoesNotHoldUpOthers(t *testing.T) {
	s := newSite(t)
	s.handle("fine.test", manyPages(0))
	cfg := s.testConfig()
	// down.test resolves to a closed port on loopback.
	cfg.Resolve = append([]string{"down.test=127.0.0.1:1"}, cfg.Resolve...)
	cfg.MaxConcurrency = 1
	cfg.MaxAttempts = 3
	cfg.RetryBackoffMin = 300 * time.Millisecond
	cfg.RetryBackoffMax = 300 * time.Millisecond
	var seeds []imgfriendly.Program
	for i := range 5 {
		seeds = append(seeds, program(fmt.Sprintf("140000010%d", i), fmt.Sprintf("http://down.test/p%d/", i)))
	}
	seeds = append(seeds, program("1400000200", "http://fine.test/p/"))
	res := runNight(t, cfg, Night{}, seeds, openTestStore(t))
	downGaveUp := time.Time{}
	for _, f := range res.Fetches {
		if strings.HasPrefix(f.URL, "http://down.test/") {
			if !strings.HasPrefix(f.Error, imgfriendly.FetchErrorNetwork) {
				t.Errorf("%s: error %q, want a network failure", f.URL, f.Error)
			}
			if end := f.FetchedAt.Add(f.Duration); downGaveUp.IsZero() || end.Before(downGaveUp) {
				downGaveUp = end
			}
		} else if !f.OK() {
			t.Errorf("%s: %q", f.URL, f.Error)
		}
	}
	// Ordering, not timing: every fine.test request arrived while the down
	// host was still being retried (its robots.txt: 3 attempts, 2 backoffs).
	s.mu.Lock()
	fine := s.arrivals["fine.test"]
	s.mu.Unlock()
	if len(fine) == 0 || !fine[len(fine)-1].Before(downGaveUp) {
		t.Errorf("fine.test was served after the down host was given up on (%d requests): the down host held it up", len(fine))
	}
}

func TestAdaptiveSlowDownAfter503(t *testing.T) {
	s := newSite(t)
	var calls atomic.Int32
	s.handle("strained.test", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		if calls.Add(1) <= 2 {
			w.WriteHeader(http.StatusServiceUnavailable) // no Retry-After: the crawler must slow down by itself
			return
		}
		fmt.Fprint(w, "<html>ok</html>")
	})
	cfg := s.testConfig()
	cfg.RetryBackoffMin, cfg.RetryBackoffMax = time.Millisecond, time.Millisecond
	res := runNight(t, cfg, Night{}, []imgfriendly.Program{program("1400000001", "http://strained.test/")}, openTestStore(t))
	if f := byURL(res.Fetches)["http://strained.test/"]; !f.OK() || f.Attempts != 3 {
		t.Fatalf("page: ok=%v attempts=%d error=%q, want ok on the third attempt", f.OK(), f.Attempts, f.Error)
	}
	s.mu.Lock()
	a := s.arrivals["strained.test"][1:] // after robots.txt
	s.mu.Unlock()
	// Backoff is 1 ms; the adaptive penalty starts at 100 ms and doubles. The
	// crawler spaces its request starts; the server sees arrivals, which the
	// network stack may bring a little closer, hence the slack.
	const slack = 10 * time.Millisecond
	if len(a) != 3 || a[1].Sub(a[0]) < 100*time.Millisecond-slack || a[2].Sub(a[1]) < 200*time.Millisecond-slack {
		var gaps []time.Duration
		for i := 1; i < len(a); i++ {
			gaps = append(gaps, a[i].Sub(a[i-1]))
		}
		t.Errorf("gaps after 503s %v, want ≥ 100ms then ≥ 200ms", gaps)
	}
}

// A connection reset on a reused keep-alive connection must come back
// through the crawler's own retry (gated, counted), never as net/http's
// silent immediate re-send.
func TestResetOnReusedConnectionIsRetriedThroughTheGate(t *testing.T) {
	s := newSite(t)
	var resets atomic.Int32
	s.handle("flaky.test", func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			http.NotFound(w, r)
		case "/":
			fmt.Fprint(w, `<a href="/eligibility">Eligibility</a>`)
		case "/eligibility":
			if resets.Add(1) == 1 {
				conn, _, err := w.(http.Hijacker).Hijack()
				if err == nil {
					conn.Close()
				}
				return
			}
			fmt.Fprint(w, "<html>J-1</html>")
		}
	})
	cfg := s.testConfig()
	cfg.ParallelismPerHost = 1
	res := runNight(t, cfg, Night{}, []imgfriendly.Program{program("1400000001", "http://flaky.test/")}, openTestStore(t))
	f := byURL(res.Fetches)["http://flaky.test/eligibility"]
	if !f.OK() || f.Attempts != 2 {
		t.Errorf("eligibility: ok=%v attempts=%d error=%q, want ok after 2 counted attempts", f.OK(), f.Attempts, f.Error)
	}
	if n := s.hitCount("flaky.test/eligibility"); n != 2 {
		t.Errorf("server saw %d requests for the page, want 2", n)
	}
}
