package testweb

import (
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"testing"
)

// BenchmarkPage measures serving a generated page (the program regenerated
// from its seed, the page rendered, validators computed) against a
// baseline handler that writes the same bytes from memory, in the same
// run: report render/static as the cost of generating on request.
func BenchmarkPage(b *testing.B) {
	w := newWeb(b, Config{Programs: 13000, Seed: 1})
	pt := w.ProgramTruth(6500)
	for _, pg := range pt.Pages {
		if pg.Kind == "other" {
			continue
		}
		page := []byte(body(b, get(w, pg.URL)))
		static := http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
			rw.Header().Set("Content-Type", "text/html; charset=utf-8")
			rw.Write(page)
		})
		for _, bc := range []struct {
			name string
			h    http.Handler
		}{{"static", static}, {"render", w.Handler()}} {
			b.Run(string(pg.Kind)+"/"+bc.name, func(b *testing.B) {
				b.SetBytes(int64(len(page)))
				req := httptest.NewRequest(http.MethodGet, pg.URL, nil)
				for b.Loop() {
					rec := httptest.NewRecorder()
					bc.h.ServeHTTP(rec, req)
					if rec.Code != 200 {
						b.Fatal(rec.Code)
					}
				}
			})
		}
	}
}

// BenchmarkNew measures building a production-size web (13,000 programs).
func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := New(Config{Programs: 13000, Seed: 1}); err != nil {
			b.Fatal(err)
		}
	}
}

// heapAfterGC is the live heap in bytes.
func heapAfterGC() uint64 {
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

type countWriter struct{ n int64 }

func (c *countWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

// TestLongScale builds 13,000- and 50,000-program webs and checks that the
// web's memory grows with the host table only (pages are generated on
// request), that hosts and ids stay unique, and that truth streams.
// Run with IMGF_LONG=1 (about a minute).
func TestLongScale(t *testing.T) {
	if os.Getenv("IMGF_LONG") == "" {
		t.Skip("set IMGF_LONG=1 to build 50,000 programs")
	}
	base := heapAfterGC()
	var sizes []uint64
	for _, n := range []int{13000, 50000} {
		w := newWeb(t, Config{Programs: n, Seed: 1, Faults: AllFaults(0.02)})
		heap := heapAfterGC() - base
		sizes = append(sizes, heap)
		ids, hosts := map[string]bool{}, map[string]bool{}
		for _, p := range w.Programs() {
			if ids[p.ID] || hosts[p.URL] {
				t.Fatalf("%d programs: duplicate id %s or url %s", n, p.ID, p.URL)
			}
			ids[p.ID], hosts[p.URL] = true, true
		}
		var cw countWriter
		if err := w.WriteTruth(&cw); err != nil {
			t.Fatal(err)
		}
		// serve a few pages of the last programs
		for i := n - 5; i < n; i++ {
			pt := w.ProgramTruth(i)
			for _, pg := range pt.Pages {
				if pg.URL == pt.RosterURL && pg.Fault == "" && pg.Recoverable {
					if res := get(w, pg.URL); res.StatusCode != 200 {
						t.Errorf("%s: %d", pg.URL, res.StatusCode)
					}
				}
			}
		}
		t.Logf("%d programs: web heap %.1f MiB (%.0f bytes/program), truth.json %.0f MB", n, float64(heap)/(1<<20), float64(heap)/float64(n), float64(cw.n)/1e6)
		runtime.KeepAlive(w)
	}
	// 3.85× the programs: the web may grow at most linearly in its host table, < 250 bytes/program
	if per := float64(sizes[1]) / 50000; per > 250 {
		t.Errorf("web holds %.0f bytes per program, want < 250 (pages must be generated on request)", per)
	}
}
