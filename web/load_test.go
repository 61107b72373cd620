package web

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/imgfriendly/imgfriendly/internal/profiling"
)

// TestLoad measures the server on a published data directory (a 13,000-program
// demo) with concurrent clients on loopback, and prints latency percentiles
// and throughput per scenario. It asserts no timing; it needs IMGF_LOAD=DIR:
//
//	go run ./cmd/imgfriendly demo --programs 13000 --dir /tmp/imgf13k
//	IMGF_LOAD=/tmp/imgf13k go test ./web -run 'TestLoad$' -v -timeout 30m
//
// The report gives per scenario p50/p95, requests/s, CPU time per request,
// p95 over the p95 of /healthz measured just before (a same-run baseline,
// for a loaded machine) and the load average; its last line reads the goal
// (GET / with a profile per client, p95 ≤ 200 ms) off the run.
// IMGF_LOAD_CLIENTS=N changes the 50 clients; IMGF_LOAD_ONLY=regexp runs
// only the scenarios it matches (the baselines always run).
func TestLoad(t *testing.T) {
	dir := os.Getenv("IMGF_LOAD")
	if dir == "" {
		t.Skip("set IMGF_LOAD=DIR (a published data directory) to measure the server")
	}
	clients := 50
	if s := os.Getenv("IMGF_LOAD_CLIENTS"); s != "" {
		clients, _ = strconv.Atoi(s)
	}
	ts := newTestServer(t, dir, Config{Limits: Limits{CachedLists: 2 * clients}})
	tr := &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}
	defer tr.CloseIdleConnections()
	hc := &http.Client{Transport: tr, Timeout: 5 * time.Minute}

	// Profiles: client i has its own (graduation year and Step 2 CK vary).
	cookie := func(i int) *http.Cookie {
		v := url.Values(testProfile())
		v.Set("graduation_year", strconv.Itoa(2012+i%14))
		v.Set("step2ck_score", strconv.Itoa(215+i))
		v["specialties"] = []string{"Internal Medicine", "Family Medicine"}
		return ts.saveProfile(t, v)
	}
	shared := cookie(0)
	own := make([]*http.Cookie, clients)
	for i := range own {
		own[i] = cookie(i)
	}
	pages := []string{"/", "/?page=2", "/?sort=img&dir=desc", "/?tier=moderate", "/?state=region:northeast", "/?visa=j1&img=15", "/?q=medical&page=3"}

	// A 2,000-row unfilled list of the data's own codes (one in ten unknown).
	var list strings.Builder
	{
		night, err := ts.srcNight(t)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := night.DB.Query(`SELECT nrmp_codes[1], name, city, state FROM programs WHERE len(nrmp_codes) > 0 ORDER BY hash(program_id) LIMIT 1800`)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var code, name, city, state string
			if err := rows.Scan(&code, &name, &city, &state); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&list, "%s\t%s\t%s\t%s\t1\n", code, name, city, state)
		}
		rows.Close()
		night.Release()
		for i := range 200 {
			fmt.Fprintf(&list, "9%03d-140-C0\tUnlisted Hospital %d\tNowhere\tWY\t1\n", i, i)
		}
	}
	soapBody := url.Values{"unfilled": {list.String()}, "specialty": {"all"}}.Encode()

	type scenario struct {
		name    string
		clients int
		perC    int // requests per client
		req     func(c, k int) *http.Request
	}
	get := func(path string, c *http.Cookie) *http.Request {
		r, _ := http.NewRequest(http.MethodGet, ts.URL+path, nil)
		if c != nil {
			r.AddCookie(c)
		}
		return r
	}
	var uniq sync.Mutex
	next := 1000
	fresh := func() *http.Cookie { // a profile no request used before: the cache cannot help
		uniq.Lock()
		next++
		n := next
		uniq.Unlock()
		v := url.Values(testProfile())
		v.Set("graduation_year", strconv.Itoa(2000+n%25))
		v.Set("step2ck_score", strconv.Itoa(200+n%60))
		v.Set("name", "Applicant "+strconv.Itoa(n)) // part of the profile, so of the cache key
		v["specialties"] = []string{"Internal Medicine", "Family Medicine"}
		p, errs := parseProfile(v, testNow)
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		return cookieOf(p)
	}
	// The goal's clients: each its own profile, new to the server (its
	// first request judges it, the next ones use the kept list).
	goal := make([]*http.Cookie, clients)
	for i := range goal {
		goal[i] = fresh()
	}
	healthz := func(c, k int) *http.Request { return get("/healthz", nil) }
	const goalName = "GET / first page, a profile per client (the goal; each client's first request judges its profile)"
	scenarios := []scenario{
		{"GET /healthz (baseline: the server's floor)", clients, 40, healthz},
		{"GET / without a profile", clients, 20, func(c, k int) *http.Request { return get(pages[(c+k)%len(pages)], nil) }},
		{"GET / one shared profile", clients, 20, func(c, k int) *http.Request { return get(pages[(c+k)%len(pages)], shared) }},
		{"GET / a profile per client, 7 filters and pages (first request judges it)", clients, 20, func(c, k int) *http.Request { return get(pages[(c+k)%len(pages)], own[c]) }},
		{"GET /healthz (baseline again, just before the goal)", clients, 40, healthz},
		{goalName, clients, 20, func(c, k int) *http.Request { return get("/", goal[c]) }},
		{"GET / a new profile every request (no cache)", clients, 4, func(c, k int) *http.Request { return get("/", fresh()) }},
		{"POST /soap 2,000 rows, 1 client", 1, 5, func(c, k int) *http.Request { return soapReq(ts.URL, soapBody, own[0]) }},
		{"POST /soap 2,000 rows", clients, 1, func(c, k int) *http.Request { return soapReq(ts.URL, soapBody, own[c]) }},
	}
	// IMGF_LOAD_ONLY=regexp runs only the scenarios it matches (and the
	// baselines), e.g. to profile one of them.
	only := regexp.MustCompile(os.Getenv("IMGF_LOAD_ONLY"))

	// The load average, sampled every second while the scenarios run (the
	// machine is shared; this process adds up to its own 2 cores to it).
	lo, hi := loadavg1(), loadavg1()
	stop := make(chan struct{})
	var sampled sync.WaitGroup
	var loadMu sync.Mutex
	sampled.Add(1)
	go func() {
		defer sampled.Done()
		tick := time.NewTicker(time.Second)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				l := loadavg1()
				loadMu.Lock()
				lo, hi = min(lo, l), max(hi, l)
				loadMu.Unlock()
			}
		}
	}()

	var report strings.Builder
	fmt.Fprintf(&report, "\n%d cores (GOMAXPROCS %d); before: %s\n", runtime.NumCPU(), runtime.GOMAXPROCS(0), loadavg())
	fmt.Fprintf(&report, "| scenario | clients | requests | p50 | p95 | max | req/s | 503 busy | errors | p95 ÷ baseline p95 | CPU ms/request | load (1 min) at its end |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n")
	var base time.Duration // the last baseline's p95 (/healthz)
	var goalLine string
	for _, sc := range scenarios {
		isBase := strings.HasPrefix(sc.name, "GET /healthz")
		if !isBase && !only.MatchString(sc.name) {
			continue
		}
		r := run(t, hc, sc.clients, sc.perC, sc.req)
		if isBase {
			base = max(r.q(0.95), time.Microsecond)
		}
		norm := float64(r.q(0.95)) / float64(base)
		fmt.Fprintf(&report, "| %s | %d | %d | %s | %s | %s | %.1f | %d | %d | %.1f× | %.2f | %.2f |\n", sc.name, sc.clients, len(r.lat),
			ms(r.q(0.50)), ms(r.q(0.95)), ms(r.lat[len(r.lat)-1]), float64(len(r.lat))/r.wall.Seconds(), r.busy, r.errs, norm,
			float64(r.cpu.Microseconds())/1000/float64(len(r.lat)), loadavg1())
		if sc.name == goalName {
			met := "met"
			if r.q(0.95) > 200*time.Millisecond {
				met = "NOT met"
			}
			goalLine = fmt.Sprintf("goal (GET / with a profile per client, %d clients, p95 ≤ 200 ms): p95 %s — %s here; p50 %s, %.1f req/s, %.2f CPU ms/request; p95 ÷ /healthz p95 of the baseline run just before it (%s) = %.1f×",
				sc.clients, ms(r.q(0.95)), met, ms(r.q(0.50)), float64(len(r.lat))/r.wall.Seconds(),
				float64(r.cpu.Microseconds())/1000/float64(len(r.lat)), ms(base), norm)
		}
	}
	close(stop)
	sampled.Wait()
	fmt.Fprintf(&report, "after: %s; the 1-minute load average ranged %.2f–%.2f during the run\n", loadavg(), lo, hi)
	if goalLine != "" {
		fmt.Fprintf(&report, "%s\n", goalLine)
	}
	t.Log(report.String())
}

// loadRun is one scenario's measurements.
type loadRun struct {
	lat        []time.Duration // sorted
	errs, busy int
	wall, cpu  time.Duration
}

// q is the p-quantile of the latencies.
func (r loadRun) q(p float64) time.Duration {
	return r.lat[min(len(r.lat)-1, int(p*float64(len(r.lat))))]
}

// run sends perC requests from each of clients concurrent clients (each
// waits for its answer before the next: a closed loop).
func run(t *testing.T, hc *http.Client, clients, perC int, req func(c, k int) *http.Request) loadRun {
	var mu sync.Mutex
	var r loadRun
	var wg sync.WaitGroup
	start, cpu0 := time.Now(), profiling.ProcessCPU()
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range perC {
				rq := req(c, k).WithContext(context.Background())
				t0 := time.Now()
				resp, err := hc.Do(rq)
				ok := err == nil && resp.StatusCode == http.StatusOK
				refused := err == nil && resp.StatusCode == http.StatusServiceUnavailable && resp.Header.Get("Retry-After") != ""
				if err == nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
				}
				d := time.Since(t0)
				mu.Lock()
				r.lat = append(r.lat, d)
				switch {
				case refused:
					r.busy++
				case !ok:
					r.errs++
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	// The process's CPU time (server and clients) per request: steadier
	// than latency on a shared machine, and what bounds throughput.
	r.wall, r.cpu = time.Since(start), profiling.ProcessCPU()-cpu0
	if len(r.lat) == 0 {
		t.Fatal("no request finished")
	}
	slices.Sort(r.lat)
	return r
}

func soapReq(base, body string, c *http.Cookie) *http.Request {
	r, _ := http.NewRequest(http.MethodPost, base+"/soap", strings.NewReader(body))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r.AddCookie(c)
	return r
}

func ms(d time.Duration) string { return fmt.Sprintf("%.0f ms", float64(d.Microseconds())/1000) }

// loadavg is the machine's load average, for the report (the machine is shared).
func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "load average unknown"
	}
	f := strings.Fields(string(b))
	return "load average " + strings.Join(f[:3], " ")
}

// loadavg1 is the machine's 1-minute load average (0 when unknown).
func loadavg1() float64 {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0
	}
	f, _ := strconv.ParseFloat(strings.Fields(string(b))[0], 64)
	return f
}

// srcNight acquires the served night directly, for test setup.
func (ts *testServer) srcNight(t testing.TB) (Night, error) {
	return ts.src.Acquire(context.Background())
}
