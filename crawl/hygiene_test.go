package crawl

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/imgfriendly/imgfriendly"
)

func gzipped(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

// TestLimitsAndHygiene crawls one site whose home page links to one page per
// trap and checks each page's fetch row.
func TestLimitsAndHygiene(t *testing.T) {
	const capBytes = 64 << 10
	big := strings.Repeat("<p>resident</p>", capBytes/10)
	bomb := gzipped(t, bytes.Repeat([]byte(" "), 50<<20))
	okGzip := gzipped(t, []byte("<html><body>Eligibility: J-1 visa</body></html>"))
	// windows-1252: 0xE9 is é, 0x93/0x94 are curly quotes.
	cp1252 := []byte("<html><head><meta charset=\"windows-1252\"></head><body>Universit\xe9 \x93Libre\x94</body></html>")
	links := []string{"big-cl", "big-chunked", "bomb", "gzip-ok", "cp1252-meta", "cp1252-header",
		"loop-a", "chain-0", "away", "brochure.html", "dup?utm_source=x&id=1", "dup?id=1&fbclid=y#top", "secret"}
	var home strings.Builder
	for _, l := range links {
		fmt.Fprintf(&home, `<a href="/%s">Eligibility %s</a>`, l, l)
	}
	s := newSite(t)
	s.handle("trap.test", func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /secret\n")
		case "/":
			h.Set("Content-Type", "text/html")
			fmt.Fprint(w, home.String())
		case "/big-cl":
			h.Set("Content-Type", "text/html")
			h.Set("Content-Length", fmt.Sprint(len(big)))
			fmt.Fprint(w, big)
		case "/big-chunked":
			h.Set("Content-Type", "text/html")
			w.(http.Flusher).Flush() // no Content-Length: the size is only known by counting
			fmt.Fprint(w, big)
		case "/bomb":
			h.Set("Content-Type", "text/html")
			h.Set("Content-Encoding", "gzip")
			w.Write(bomb)
		case "/gzip-ok":
			h.Set("Content-Type", "text/html")
			h.Set("Content-Encoding", "gzip")
			w.Write(okGzip)
		case "/cp1252-meta":
			h.Set("Content-Type", "text/html")
			w.Write(cp1252)
		case "/cp1252-header":
			h.Set("Content-Type", "text/html; charset=windows-1252")
			w.Write(bytes.Replace(cp1252, []byte(`<meta charset="windows-1252">`), nil, 1))
		case "/loop-a":
			http.Redirect(w, r, "/loop-b", http.StatusFound)
		case "/loop-b":
			http.Redirect(w, r, "/loop-a", http.StatusMovedPermanently)
		case "/away":
			http.Redirect(w, r, "http://evil.test/", http.StatusFound)
		case "/brochure.html": // a PDF behind an HTML-looking URL
			h.Set("Content-Type", "application/pdf")
			fmt.Fprint(w, "%PDF-1.4 ...")
		case "/dup":
			h.Set("Content-Type", "text/html")
			fmt.Fprint(w, "<html>dup</html>")
		default:
			if n, ok := strings.CutPrefix(r.URL.Path, "/chain-"); ok {
				var i int
				fmt.Sscan(n, &i)
				http.Redirect(w, r, fmt.Sprintf("/chain-%d", i+1), http.StatusFound)
				return
			}
			http.NotFound(w, r)
		}
	})
	s.handle("evil.test", manyPages(0))
	cfg := s.testConfig()
	cfg.MaxBodyBytes = capBytes
	cfg.MaxRedirects = 3
	cfg.LinksPerKind = 20
	cfg.MaxPagesPerProgram = 30
	cfg.MaxDepth = 1
	store := openTestStore(t)
	res := runNight(t, cfg, Night{}, []imgfriendly.Program{program("1400000001", "http://trap.test/")}, store)

	cause := func(e string) string { c, _, _ := strings.Cut(e, ":"); return c }
	got := map[string]string{}
	for _, f := range res.Fetches {
		got[strings.TrimPrefix(f.URL, "http://trap.test")] = cause(f.Error)
	}
	want := map[string]string{
		"/": "", "/big-cl": imgfriendly.FetchErrorTooLarge, "/big-chunked": imgfriendly.FetchErrorTooLarge,
		"/bomb": imgfriendly.FetchErrorTooLarge, "/gzip-ok": "", "/cp1252-meta": "", "/cp1252-header": "",
		"/loop-a": imgfriendly.FetchErrorRedirect, "/chain-0": imgfriendly.FetchErrorRedirect,
		"/away": imgfriendly.FetchErrorScope, "/brochure.html": imgfriendly.FetchErrorContentType,
		"/dup?id=1": "", "/secret": imgfriendly.FetchErrorRobots,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("causes by path (-want +got):\n%s", diff)
	}
	rows := byURL(res.Fetches)
	for _, p := range []string{"/cp1252-meta", "/cp1252-header"} {
		f := rows["http://trap.test"+p]
		body, err := store.Get(f.ContentHash)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		if !bytes.Contains(body, []byte("Université “Libre”")) {
			t.Errorf("%s: stored body not decoded to UTF-8: %q", p, body)
		}
	}
	if body, err := store.Get(rows["http://trap.test/gzip-ok"].ContentHash); err != nil || !bytes.Contains(body, []byte("J-1 visa")) {
		t.Errorf("gzip page: %q, %v", body, err)
	}
	for _, p := range []string{"/big-cl", "/big-chunked", "/bomb"} {
		if f := rows["http://trap.test"+p]; f.ContentHash != "" || f.Bytes != 0 {
			t.Errorf("%s: rejected body left hash %q, %d bytes", p, f.ContentHash, f.Bytes)
		}
	}
	if n := s.hitCount("evil.test/"); n != 0 {
		t.Errorf("redirect out of scope followed: evil.test hit %d times", n)
	}
	if n := s.hitCount("trap.test/secret"); n != 0 {
		t.Errorf("robots-disallowed page requested %d times", n)
	}
	if n := s.hitCount("trap.test/dup?id=1") + s.hitCount("trap.test/dup?utm_source=x&id=1") + s.hitCount("trap.test/dup?id=1&fbclid=y"); n != 1 {
		t.Errorf("tracking-parameter duplicates fetched %d times, want 1", n)
	}
	if diff := cmp.Diff([]string{"http://trap.test/brochure.html"}, res.Stats.PDFs); diff != "" {
		t.Errorf("PDFs listed (-want +got):\n%s", diff)
	}
	if res.Stats.Rejected != 3 {
		t.Errorf("stats: %d rejected bodies, want 3", res.Stats.Rejected)
	}
	if f := rows["http://trap.test/loop-a"]; !strings.Contains(f.Error, "loop") {
		t.Errorf("loop-a: %q, want a redirect loop", f.Error)
	}
}

func TestSSRFGuardRefusesLoopbackUnlessAllowed(t *testing.T) {
	s := newSite(t)
	s.handle("inside.test", manyPages(0))
	cfg := s.testConfig()
	cfg.AllowPrivateAddresses = false
	cfg.Robots = false
	res := runNight(t, cfg, Night{}, []imgfriendly.Program{program("1400000001", "http://inside.test/p/")}, openTestStore(t))
	if len(res.Fetches) != 1 || !strings.HasPrefix(res.Fetches[0].Error, imgfriendly.FetchErrorSSRF) {
		t.Fatalf("fetches %+v, want one address_refused", res.Fetches)
	}
	if res.Fetches[0].Attempts != 1 {
		t.Errorf("refused address retried: %d attempts", res.Fetches[0].Attempts)
	}
	s.mu.Lock()
	n := len(s.arrivals["inside.test"])
	s.mu.Unlock()
	if n != 0 {
		t.Errorf("server saw %d requests through the guard", n)
	}
}

func TestRobotsStatusRules(t *testing.T) {
	tests := []struct {
		name      string
		status    int
		wantCause string // of the home page
	}{
		{"404 allows all", 404, ""},
		{"403 allows all", 403, ""},
		{"500 disallows all", 500, imgfriendly.FetchErrorRobots},
		{"503 disallows all", 503, imgfriendly.FetchErrorRobots},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSite(t)
			page := manyPages(0)
			s.handle("r.test", func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path == "/robots.txt" {
					w.WriteHeader(tt.status)
					return
				}
				page(w, r)
			})
			cfg := s.testConfig()
			cfg.MaxAttempts = 2
			res := runNight(t, cfg, Night{}, []imgfriendly.Program{program("1400000001", "http://r.test/p/")}, openTestStore(t))
			f := byURL(res.Fetches)["http://r.test/p/"]
			if c, _, _ := strings.Cut(f.Error, ":"); c != tt.wantCause {
				t.Errorf("home page error %q, want cause %q", f.Error, tt.wantCause)
			}
			if tt.wantCause != "" && s.hitCount("r.test/p/") != 0 {
				t.Errorf("page requested although robots.txt answered %d", tt.status)
			}
		})
	}
}
