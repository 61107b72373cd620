package web

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestGate(t *testing.T) {
	g := newGate(2, 1, time.Hour)
	ctx := context.Background()
	r1, err := g.enter(ctx)
	if err != nil {
		t.Fatal(err)
	}
	r2, err := g.enter(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Both slots taken: one request may wait, and gets the slot freed.
	got := make(chan error, 1)
	go func() {
		r, err := g.enter(ctx)
		if err == nil {
			r()
		}
		got <- err
	}()
	for len(g.waiting) == 0 { // until it waits
		time.Sleep(time.Millisecond)
	}
	// The queue is full: the next is refused at once.
	if _, err := g.enter(ctx); !errors.Is(err, errBusy) {
		t.Fatalf("slots and queue full: %v, want errBusy", err)
	}
	r1()
	if err := <-got; err != nil {
		t.Fatalf("the waiting request: %v", err)
	}
	r2()
	if len(g.slots) != 0 || len(g.waiting) != 0 {
		t.Fatalf("%d slots, %d waiting after every release", len(g.slots), len(g.waiting))
	}

	// A request that waits longer than maxWait is refused; so is one whose
	// client has gone.
	g = newGate(1, 4, time.Millisecond)
	r, _ := g.enter(ctx)
	if _, err := g.enter(ctx); !errors.Is(err, errBusy) {
		t.Fatalf("waited past maxWait: %v, want errBusy", err)
	}
	g.maxWait = time.Hour
	gone, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := g.enter(gone); !errors.Is(err, context.Canceled) {
		t.Fatalf("client gone: %v", err)
	}
	r()
	if len(g.waiting) != 0 {
		t.Fatal("a refused request kept its place in the queue")
	}
}

// TestBusy: while every tiering slot is taken and the queue is full, a
// request that needs a new tiering is answered 503 with Retry-After (not an
// error, not an endless wait); requests that need none are served; once a
// slot frees, the same request is served.
func TestBusy(t *testing.T) {
	dir := t.TempDir()
	publishFixture(t, dir, 1)
	ts := newTestServer(t, dir, Config{Limits: Limits{Tierings: 1, TieringQueue: 1, TieringWait: time.Hour}})
	c := ts.saveProfile(t, testProfile())
	g := ts.srv.gate
	g.slots <- struct{}{}   // a tiering runs
	g.waiting <- struct{}{} // and another waits

	resp, body := ts.get(t, "/", c)
	if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" || !strings.Contains(body, "The server is busy") {
		t.Fatalf("GET / with a new profile while saturated: %d, Retry-After %q\n%s", resp.StatusCode, resp.Header.Get("Retry-After"), body)
	}
	if resp, _ := ts.get(t, "/tracker.csv", c); resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("tracker while saturated: %d", resp.StatusCode)
	}
	list := "1001-140-C0\tLakeside Internal Medicine Residency\tSpringfield\tIL\t2\n"
	resp, body = ts.postForm(t, "/soap", url.Values{"unfilled": {list}}, c)
	if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" || !strings.Contains(body, "Send the list again") {
		t.Errorf("POST /soap while saturated: %d, Retry-After %q", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	resp, body = ts.get(t, "/program/1401100001", c)
	if resp.StatusCode != 200 || !strings.Contains(body, "could not be worked out just now") {
		t.Errorf("program page while saturated: %d, no note on the tier", resp.StatusCode)
	}
	for _, path := range []string{"/healthz", "/stats", "/profile"} {
		if resp, _ := ts.get(t, path, c); resp.StatusCode != 200 {
			t.Errorf("%s needs no tiering, answered %d while saturated", path, resp.StatusCode)
		}
	}
	if resp, _ := ts.get(t, "/"); resp.StatusCode != 200 {
		t.Errorf("GET / without a profile needs no tiering, answered %d", resp.StatusCode)
	}

	// The running tiering ends: the waiting request's place is the next
	// one's; the list is computed.
	<-g.waiting
	<-g.slots
	if resp, body := ts.get(t, "/", c); resp.StatusCode != 200 || tierOf(t, body, "Lakeside Internal Medicine Residency") != "high" {
		t.Fatalf("GET / after the slot freed: %d", resp.StatusCode)
	}
	// A busy answer was not cached as the profile's list: nothing waits now.
	if len(g.slots) != 0 || len(g.waiting) != 0 {
		t.Fatalf("%d slots, %d waiting after the requests", len(g.slots), len(g.waiting))
	}
	// Saturated again, a program of the list the applicant has seen shows its
	// tier from that list: opening it needs no tiering.
	g.slots <- struct{}{}
	g.waiting <- struct{}{}
	resp, body = ts.get(t, "/program/1401100002", c)
	if resp.StatusCode != 200 || strings.Contains(body, "could not be worked out") || !strings.Contains(body, "tier tier-not_eligible") ||
		!strings.Contains(body, "YOG limit 3 years, you are at 4") {
		t.Errorf("a program of the computed list while saturated: %d, its tier not shown", resp.StatusCode)
	}
	<-g.waiting
	<-g.slots
}

// TestBurstOfProfiles sends many requests with profiles of their own at
// once to a server that may tier one list at a time: every request is
// answered 200 or 503 with Retry-After (never a 500), and with a queue as
// long as the burst every one is answered 200.
func TestBurstOfProfiles(t *testing.T) {
	dir := t.TempDir()
	publishFixture(t, dir, 1)
	for _, tc := range []struct {
		name      string
		queue     int
		wantAllOK bool
	}{
		{"queue as long as the burst", 12, true},
		{"short queue", 1, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ts := newTestServer(t, dir, Config{Limits: Limits{Tierings: 1, TieringQueue: tc.queue, TieringWait: time.Hour}})
			var cookies []*http.Cookie
			for i := range 12 {
				v := url.Values(testProfile())
				v.Set("step2ck_score", strconv.Itoa(220+i))
				cookies = append(cookies, ts.saveProfile(t, v))
			}
			var mu sync.Mutex
			codes := map[int]int{}
			var wg sync.WaitGroup
			for _, c := range cookies {
				wg.Add(1)
				go func() {
					defer wg.Done()
					resp, _ := ts.get(t, "/", c)
					if resp.StatusCode == http.StatusServiceUnavailable && resp.Header.Get("Retry-After") == "" {
						t.Error("503 without Retry-After")
					}
					mu.Lock()
					codes[resp.StatusCode]++
					mu.Unlock()
				}()
			}
			wg.Wait()
			if codes[200]+codes[503] != len(cookies) {
				t.Fatalf("answers %v: want only 200 and 503", codes)
			}
			if tc.wantAllOK && codes[200] != len(cookies) {
				t.Fatalf("answers %v: with room in the queue every request waits its turn", codes)
			}
		})
	}
}
