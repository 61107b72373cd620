package testweb

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// programWith returns the first program whose faults include f (or, with
// f empty, the first without program faults).
func programWith(t *testing.T, tr *Truth, f string) ProgramTruth {
	t.Helper()
	for _, pt := range tr.Programs {
		if f == "" && len(pt.ProgramFaults) == 0 || f != "" && slices.Contains(pt.ProgramFaults, f) {
			return pt
		}
	}
	t.Fatalf("no program with fault %q", f)
	return ProgramTruth{}
}

func TestStats(t *testing.T) {
	w := newWeb(t, Config{Programs: 60, Seed: 9, Faults: Faults{CrawlDelay: 0.5, HostDown: 0.2},
		Latency: Latency{Min: 250 * time.Millisecond, Max: 250 * time.Millisecond}})
	srv := httptest.NewServer(w.Handler())
	defer srv.Close()
	c := newClient(srv, 10*time.Second)
	tr := w.Truth()
	plain := programWith(t, tr, "")
	delayed := programWith(t, tr, "crawl_delay")
	down := programWith(t, tr, FaultHostDown)
	if slices.Contains(delayed.ProgramFaults, FaultHostDown) {
		t.Fatal("pick another seed: the crawl-delay program is down")
	}

	// five requests at once to one host, each held 250 ms by the latency model
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fetch(c, plain.URL)
		}()
	}
	wg.Wait()
	fetch(c, plain.URL+"search?q=residents")         // disallowed by robots.txt
	fetch(c, plain.URL+"admin/")                     // disallowed
	fetch(c, plain.URL+"no-such-page")               // 404
	fetch(c, delayed.URL+"robots.txt")               // robots.txt: never a Crawl-delay violation
	fetch(c, delayed.URL)                            // first page request
	fetch(c, delayed.URL)                            // 250 ms later: sooner than Crawl-delay 1 s
	fetch(c, down.URL)                               // connection reset
	fetch(c, plain.URL+"?utm_source=x&utm_medium=y") // tracking parameters

	want := Stats{
		Requests:             13,
		Status:               map[string]int64{"200": 9, "404": 3, "reset": 1},
		MaxConcurrentPerHost: 5,
		RobotsViolations:     2,
		CrawlDelayViolations: 1,
		TrackingRequests:     1,
	}
	got := w.Stats()
	hosts := got.Hosts
	got.Hosts = nil
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("stats (-want +got):\n%s", diff)
	}
	wantPlain := HostStats{Requests: 9, MaxConcurrent: 5, RobotsViolations: 2, TrackingRequests: 1, Status: map[string]int64{"200": 6, "404": 3}}
	if diff := cmp.Diff(wantPlain, hosts[plain.Host]); diff != "" {
		t.Errorf("stats of %s (-want +got):\n%s", plain.Host, diff)
	}
	if hosts[delayed.Host].CrawlDelayViolations != 1 || hosts[down.Host].Status["reset"] != 1 {
		t.Errorf("per-host counts wrong: %+v %+v", hosts[delayed.Host], hosts[down.Host])
	}

	// the JSON endpoint on any host says the same
	res, err := c.Get(down.URL[:len(down.URL)-1] + StatsPath) // even a host that is down
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	res, err = c.Get(plain.URL[:len(plain.URL)-1] + StatsPath)
	if err != nil {
		t.Fatal(err)
	}
	var viaHTTP Stats
	if err := json.NewDecoder(res.Body).Decode(&viaHTTP); err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if diff := cmp.Diff(w.Stats(), viaHTTP); diff != "" {
		t.Errorf("/__testweb/stats differs from Stats() (-Stats +http):\n%s", diff)
	}
	res, err = c.Post(plain.URL[:len(plain.URL)-1]+ResetPath, "", nil)
	if err != nil || res.StatusCode != http.StatusNoContent {
		t.Fatalf("reset: %v %v", status(res), err)
	}
	res.Body.Close()
	if s := w.Stats(); s.Requests != 0 || len(s.Hosts) != 0 {
		t.Errorf("after reset: %+v", s)
	}
}

func TestRetryAfterViolations(t *testing.T) {
	w := newWeb(t, Config{Programs: 200, Seed: 4, Faults: Faults{Throttle: 0.3}})
	srv := httptest.NewServer(w.Handler())
	defer srv.Close()
	c := newClient(srv, 5*time.Second)
	var throttled PageTruth
	for _, pt := range w.Truth().Programs {
		for _, pg := range pt.Pages {
			if pg.Fault == FaultThrottle429 && throttled.URL == "" {
				throttled = pg
			}
		}
	}
	if throttled.URL == "" {
		t.Fatal("no throttled page")
	}
	fetch(c, throttled.URL) // 429, Retry-After: 1
	fetch(c, throttled.URL) // at once: a violation
	if got := w.Stats().RetryAfterViolations; got != 1 {
		t.Errorf("retry-after violations = %d, want 1", got)
	}
}
