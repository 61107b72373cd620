package web

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strconv"
	"testing"

	"github.com/imgfriendly/imgfriendly/internal/profiling"
)

// BenchmarkList is the list page's CPU per request through the handler
// (no clients, no network), on a published data directory (IMGF_LOAD, as
// TestLoad): the first page for a profile whose list is kept, and for a new
// profile (judged, its first page's reasons written):
//
//	IMGF_LOAD=/tmp/imgf13k go test ./web -run '^$' -bench List -benchmem
func BenchmarkList(b *testing.B) {
	dir := os.Getenv("IMGF_LOAD")
	if dir == "" {
		b.Skip("set IMGF_LOAD=DIR (a published data directory)")
	}
	ts := newTestServer(b, dir, Config{})
	h := ts.srv.Handler()
	n := 0
	profile := func() *http.Cookie {
		n++
		v := url.Values(testProfile())
		v.Set("graduation_year", strconv.Itoa(2000+n%25))
		v.Set("step2ck_score", strconv.Itoa(200+n%60))
		v.Set("name", "Applicant "+strconv.Itoa(n))
		v["specialties"] = []string{"Internal Medicine", "Family Medicine"}
		p, errs := parseProfile(v, testNow)
		if len(errs) > 0 {
			b.Fatal(errs)
		}
		return cookieOf(p)
	}
	serve := func(b *testing.B, path string, c *http.Cookie) {
		r := httptest.NewRequest(http.MethodGet, "http://127.0.0.1"+path, nil)
		r.AddCookie(c)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != http.StatusOK {
			b.Fatalf("GET %s: %d", path, w.Code)
		}
	}
	cpuPerOp := func(b *testing.B, run func()) {
		start := profiling.ProcessCPU()
		for b.Loop() {
			run()
		}
		b.ReportMetric(float64((profiling.ProcessCPU()-start).Microseconds())/1000/float64(b.N), "cpu-ms/op")
	}
	b.Run("kept profile, first page", func(b *testing.B) {
		c := profile()
		serve(b, "/", c)
		cpuPerOp(b, func() { serve(b, "/", c) })
	})
	b.Run("kept profile, a filter", func(b *testing.B) {
		c := profile()
		serve(b, "/", c)
		k := 0
		cpuPerOp(b, func() {
			k++
			serve(b, "/?visa="+[]string{"j1", "h1b", "either"}[k%3]+"&img="+strconv.Itoa(k%100), c) // mostly a new filter: the kept list filtered again
		})
	})
	b.Run("new profile, first page", func(b *testing.B) {
		serve(b, "/", profile()) // the night's tiering read
		cpuPerOp(b, func() { serve(b, "/", profile()) })
	})
}
