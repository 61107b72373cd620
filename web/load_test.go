package web

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
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
//	IMGF_LOAD=/tmp/imgf13k go test ./web -run TestLoad -v -timeout 30m
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
	scenarios := []scenario{
		{"GET /healthz (baseline: the server's floor)", clients, 40, func(c, k int) *http.Request { return get("/healthz", nil) }},
		{"GET / without a profile", clients, 20, func(c, k int) *http.Request { return get(pages[(c+k)%len(pages)], nil) }},
		{"GET / one shared profile", clients, 20, func(c, k int) *http.Request { return get(pages[(c+k)%len(pages)], shared) }},
		{"GET / a profile per client (first request computes it)", clients, 20, func(c, k int) *http.Request { return get(pages[(c+k)%len(pages)], own[c]) }},
		{"GET / a new profile every request (no cache)", clients, 1, func(c, k int) *http.Request { return get("/", fresh()) }},
		{"POST /soap 2,000 rows, 1 client", 1, 5, func(c, k int) *http.Request { return soapReq(ts.URL, soapBody, own[0]) }},
		{"POST /soap 2,000 rows", clients, 1, func(c, k int) *http.Request { return soapReq(ts.URL, soapBody, own[c]) }},
	}
	var report strings.Builder
	fmt.Fprintf(&report, "\n%d cores (GOMAXPROCS %d); %s\n", runtime.NumCPU(), runtime.GOMAXPROCS(0), loadavg())
	fmt.Fprintf(&report, "| scenario | clients | requests | p50 | p95 | max | req/s | 503 busy | errors | p50 ÷ baseline p50 | CPU ms/request |\n|---|---|---|---|---|---|---|---|---|---|---|\n")
	var base time.Duration // the first scenario's p50: /healthz
	for _, sc := range scenarios {
		var mu sync.Mutex
		var lat []time.Duration
		errs, busy := 0, 0
		var wg sync.WaitGroup
		start, cpu0 := time.Now(), profiling.ProcessCPU()
		for c := range sc.clients {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for k := range sc.perC {
					req := sc.req(c, k).WithContext(context.Background())
					t0 := time.Now()
					resp, err := hc.Do(req)
					ok := err == nil && resp.StatusCode == http.StatusOK
					refused := err == nil && resp.StatusCode == http.StatusServiceUnavailable && resp.Header.Get("Retry-After") != ""
					if err == nil {
						io.Copy(io.Discard, resp.Body)
						resp.Body.Close()
					}
					d := time.Since(t0)
					mu.Lock()
					lat = append(lat, d)
					switch {
					case refused:
						busy++
					case !ok:
						errs++
					}
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
		el, cpu := time.Since(start), profiling.ProcessCPU()-cpu0
		if len(lat) == 0 {
			t.Fatalf("%s: no request finished", sc.name)
		}
		slices.Sort(lat)
		q := func(p float64) time.Duration { return lat[min(len(lat)-1, int(p*float64(len(lat))))] }
		if base == 0 {
			base = max(q(0.50), time.Microsecond)
		}
		// The process's CPU time (server and clients) per request: steadier
		// than latency on a shared machine, and what bounds throughput.
		fmt.Fprintf(&report, "| %s | %d | %d | %s | %s | %s | %.1f | %d | %d | %.0f× | %.2f |\n", sc.name, sc.clients, len(lat),
			ms(q(0.50)), ms(q(0.95)), ms(lat[len(lat)-1]), float64(len(lat))/el.Seconds(), busy, errs, float64(q(0.50))/float64(base),
			float64(cpu.Microseconds())/1000/float64(len(lat)))
	}
	fmt.Fprintf(&report, "after: %s\n", loadavg())
	t.Log(report.String())
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

// srcNight acquires the served night directly, for test setup.
func (ts *testServer) srcNight(t testing.TB) (Night, error) {
	return ts.src.Acquire(context.Background())
}
