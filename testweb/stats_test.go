package testweb

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
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

// TestAbandoned: a request the client gives up on stops counting as soon
// as the server notices, and is reported as abandoned, not as a response.
func TestAbandoned(t *testing.T) {
	f := Faults{Timeout: 0.3, HangDelay: time.Minute}
	w := newWeb(t, Config{Programs: 50, Seed: 4, Faults: f})
	srv := httptest.NewServer(w.Handler())
	defer srv.Close()
	var hang PageTruth
	for _, pt := range w.Truth().Programs {
		for _, pg := range pt.Pages {
			if pg.Fault == FaultTimeout && hang.URL == "" {
				hang = pg
			}
		}
	}
	if hang.URL == "" {
		t.Fatal("no hanging page")
	}
	if _, _, err := fetch(newClient(srv, 200*time.Millisecond), hang.URL); err == nil {
		t.Fatal("a hanging page answered")
	}
	deadline := time.Now().Add(5 * time.Second)
	for w.Stats().Status["abandoned"] != 1 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	// the handler still sleeps (HangDelay is a minute), but the request no
	// longer counts: a retry to the same host is the only one in flight
	robots := hang.URL[:strings.Index(hang.URL[len("http://"):], "/")+len("http://")] + "/robots.txt"
	if res, _, err := fetch(newClient(srv, 5*time.Second), robots); err != nil || res.StatusCode != 200 {
		t.Fatalf("robots.txt: %v %v", status(res), err)
	}
	got := w.Stats()
	if got.Status["abandoned"] != 1 || got.Status["reset"] != 0 || got.Status["200"] != 1 || got.MaxConcurrentPerHost != 1 {
		t.Errorf("status %v, max concurrent %d; want 1 abandoned, 1 200, max 1", got.Status, got.MaxConcurrentPerHost)
	}
}

// seenWriter is a ResponseWriter that notes, at each Write, whether the
// request's count had ended by then.
type seenWriter struct {
	http.ResponseWriter
	ended   *bool
	endedAt []bool
}

func (w *seenWriter) Write(b []byte) (int, error) {
	w.endedAt = append(w.endedAt, *w.ended)
	return len(b), nil
}

// TestRequestCountEndsBeforeTheLastBodyBytes: a body with a Content-Length
// can reach the client whole, and the client send its next request, before
// the handler returns; the request must stop counting as in flight before
// its last bytes are written, or the server counts an overlap (max
// concurrent per host) the client never had. It must not end earlier.
func TestRequestCountEndsBeforeTheLastBodyBytes(t *testing.T) {
	ended := false
	inner := &seenWriter{ResponseWriter: httptest.NewRecorder(), ended: &ended}
	sw := &statusWriter{ResponseWriter: inner, end: func(int, bool) { ended = true }}
	sw.Header().Set("Content-Length", "10")
	sw.WriteHeader(http.StatusOK)
	sw.Write([]byte("01234"))
	sw.Write([]byte("56789"))
	if want := []bool{false, true}; !slices.Equal(inner.endedAt, want) {
		t.Errorf("count ended at each write: %v, want %v", inner.endedAt, want)
	}
}

// TestHandlerReturningAfterCancelCountsAbandoned: a hanging handler wakes on
// the request's cancellation and may return before context.AfterFunc's
// goroutine has marked the client gone; the request is still abandoned,
// not a reset (TestAbandoned failed so under load).
func TestHandlerReturningAfterCancelCountsAbandoned(t *testing.T) {
	var got []string
	rc := newRecorder()
	sw := &statusWriter{ResponseWriter: httptest.NewRecorder(), end: func(status int, gone bool) {
		rc.end("h", status, gone)
		got = append(got, fmt.Sprint(status, gone))
	}}
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // the client went away; clientGone has not run
	sw.done(ctx)
	sw.clientGone() // runs late: the count has ended once already
	if !slices.Equal(got, []string{"0 true"}) || rc.s.Status["abandoned"] != 1 || rc.s.Status["reset"] != 0 {
		t.Errorf("ends %v, status %v; want one end, abandoned", got, rc.s.Status)
	}
	sw2 := &statusWriter{ResponseWriter: httptest.NewRecorder(), end: func(status int, gone bool) { rc.end("h", status, gone) }}
	sw2.done(context.Background()) // no response and the client still there: a reset
	if rc.s.Status["reset"] != 1 {
		t.Errorf("status %v; want one reset", rc.s.Status)
	}
}
