package crawl

import (
	"context"
	"fmt"
	"hash/fnv"
	"math"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/testweb"
)

// busyMeter counts, at the server, the requests being answered, and when
// each program was first asked for anything.
type busyMeter struct {
	inflight atomic.Int64
	program  func(r *http.Request) string // the program a request belongs to

	mu    sync.Mutex
	first map[string]time.Time
}

func (m *busyMeter) wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/__testweb/") {
			next.ServeHTTP(w, r)
			return
		}
		m.inflight.Add(1)
		defer m.inflight.Add(-1)
		if r.URL.Path != "/robots.txt" {
			k := m.program(r)
			m.mu.Lock()
			if _, ok := m.first[k]; !ok {
				m.first[k] = time.Now()
			}
			m.mu.Unlock()
		}
		next.ServeHTTP(w, r)
	})
}

// busyFigures are one night's busy shares.
type busyFigures struct {
	busy, busyAll, dips float64
	trace               string
}

// run crawls seeds once while sampling the server's in-flight count every
// 10 ms. busy is the mean share of the global slots in use from the first
// request until the last program's first request (programs were waiting to
// start: work was queued); busyAll runs to the last response (the tail,
// where the last programs' chains of delayed requests leave slots idle);
// dips counts the seconds of the first span whose mean is under 90 %.
func (m *busyMeter) run(b *testing.B, cfg Config, seeds []imgfriendly.Program) (busyFigures, Result) {
	m.mu.Lock()
	m.first = map[string]time.Time{}
	m.mu.Unlock()
	type sample struct {
		at time.Time
		n  int64
	}
	var samples []sample
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(10 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case now := <-t.C:
				samples = append(samples, sample{now, m.inflight.Load()})
			case <-stop:
				return
			}
		}
	})
	res, err := Run(context.Background(), cfg, Night{RunID: "busy", Dir: filepath.Join(b.TempDir(), "run")}, seeds, mustStore(b))
	close(stop)
	wg.Wait()
	if err != nil {
		b.Fatal(err)
	}
	var begin, lastStart time.Time
	m.mu.Lock()
	for _, t := range m.first {
		if begin.IsZero() || t.Before(begin) {
			begin = t
		}
		if t.After(lastStart) {
			lastStart = t
		}
	}
	m.mu.Unlock()
	slots := float64(cfg.MaxConcurrency)
	var fig busyFigures
	var in, all, nIn, nAll float64
	var trace strings.Builder
	secSum, secN, sec := 0.0, 0.0, begin
	for _, s := range samples {
		if s.at.Before(begin) {
			continue
		}
		if s.at.Sub(sec) >= time.Second {
			share := secSum / max(secN, 1) / slots
			if !sec.After(lastStart) && share < 0.9 {
				fig.dips++
			}
			fmt.Fprintf(&trace, "%d", int(100*share))
			if !sec.After(lastStart) && s.at.After(lastStart) {
				trace.WriteString("|")
			}
			trace.WriteString(" ")
			secSum, secN, sec = 0, 0, s.at
		}
		secSum += float64(s.n)
		secN++
		all += float64(s.n) / slots
		nAll++
		if !s.at.After(lastStart) {
			in += float64(s.n) / slots
			nIn++
		}
	}
	fig.busy, fig.busyAll, fig.trace = in/max(nIn, 1), all/max(nAll, 1), trace.String()
	return fig, res
}

// BenchmarkBusySlots measures how busy the 64 global slots stay under
// production politeness (delay 1 s + jitter 0.5 s, 2 requests per host)
// when every response takes 100–800 ms. The server counts the requests it
// is answering (robots.txt included; a slot is held a little longer, while
// the crawler reads the body). Reported per night: busy (while programs
// were waiting to start), busy_all (to the last response), dip_s (seconds
// under 90 % while programs were waiting), pages/s. IMGF_BUSY_TRACE=1 logs
// the share per second (| marks the last program's first request).
//
// Webs: testweb (a host per program; IMGF_BUSY_PROGRAMS programs, default
// 1500) and shared-hosts (2,000 programs on 250 hosts, 8 each, listed host
// by host as a seed list sorted by institution is: home, roster and
// eligibility page per program).
func BenchmarkBusySlots(b *testing.B) {
	cfg := DefaultConfig()
	cfg.AllowPrivateAddresses = true
	cfg.MaxConcurrency = 64
	b.Run("testweb", func(b *testing.B) {
		programs := 1500
		if v, err := strconv.Atoi(os.Getenv("IMGF_BUSY_PROGRAMS")); err == nil && v > 0 {
			programs = v
		}
		w, err := testweb.New(testweb.Config{Programs: programs, Seed: 5, Latency: testweb.Latency{Min: 100 * time.Millisecond, Max: 800 * time.Millisecond}})
		if err != nil {
			b.Fatal(err)
		}
		m := &busyMeter{program: func(r *http.Request) string { return r.Host }}
		srv := httptest.NewServer(m.wrap(w.Handler()))
		defer srv.Close()
		cfg := cfg
		cfg.Resolve = []string{"*.test=" + strings.TrimPrefix(srv.URL, "http://")}
		benchBusy(b, m, cfg, w.Programs())
	})
	b.Run("shared-hosts", func(b *testing.B) {
		const hosts, perHost = 250, 8
		m := &busyMeter{program: func(r *http.Request) string {
			parts := strings.SplitN(r.URL.Path, "/", 4) // "", "p", k, rest
			if len(parts) < 3 {
				return r.Host
			}
			return r.Host + "/" + parts[2]
		}}
		srv := httptest.NewServer(m.wrap(http.HandlerFunc(sharedHostPage)))
		defer srv.Close()
		var seeds []imgfriendly.Program
		for h := range hosts {
			for k := range perHost {
				id := fmt.Sprintf("%04d%06d", 1400+h%100, h*perHost+k)
				seeds = append(seeds, program(id, fmt.Sprintf("http://h%03d.test/p/%d/", h, k)))
			}
		}
		cfg := cfg
		cfg.Resolve = []string{"*.test=" + strings.TrimPrefix(srv.URL, "http://")}
		benchBusy(b, m, cfg, seeds)
	})
}

func benchBusy(b *testing.B, m *busyMeter, cfg Config, seeds []imgfriendly.Program) {
	var busy, busyAll, dips, wall, pages float64
	for b.Loop() {
		start := time.Now()
		fig, res := m.run(b, cfg, seeds)
		wall += time.Since(start).Seconds()
		pages += float64(res.Stats.OK)
		busy += fig.busy
		busyAll += fig.busyAll
		dips += fig.dips
		if os.Getenv("IMGF_BUSY_TRACE") != "" {
			b.Logf("busy %% per second: %s", fig.trace)
		}
	}
	n := float64(b.N)
	b.ReportMetric(busy/n, "busy")
	b.ReportMetric(busyAll/n, "busy_all")
	b.ReportMetric(dips/n, "dip_s")
	b.ReportMetric(pages/wall, "pages/s")
}

// sharedHostPage serves the shared-hosts web: /p/<k>/ links to its roster
// and eligibility pages; every answer takes 100–800 ms (log-uniform,
// fixed per URL); robots.txt allows everything.
func sharedHostPage(w http.ResponseWriter, r *http.Request) {
	h := fnv.New64a()
	fmt.Fprint(h, r.Host, r.URL.Path)
	u := float64(h.Sum64()%1000) / 1000
	time.Sleep(time.Duration(100 * math.Pow(8, u) * float64(time.Millisecond)))
	if r.URL.Path == "/robots.txt" {
		fmt.Fprint(w, "User-agent: *\nAllow: /\n")
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if strings.HasSuffix(r.URL.Path, "/") {
		fmt.Fprintf(w, `<html><body><h1>Program</h1><a href="residents">Current Residents</a> <a href="eligibility">Eligibility requirements</a></body></html>`)
		return
	}
	fmt.Fprintf(w, "<html><body><p>%s</p></body></html>", r.URL.Path)
}
