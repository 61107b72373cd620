package testweb

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// testFaults are every fault at a high rate with short delays and a small
// oversize body, so the test stays fast.
func testFaults() Faults {
	f := AllFaults(0.12)
	f.SlowDelay = 60 * time.Millisecond
	f.HangDelay = 2 * time.Second
	f.OversizeBytes = 256 << 10
	return f
}

func newClient(srv *httptest.Server, timeout time.Duration) *http.Client {
	return &http.Client{
		Timeout:   timeout,
		Transport: &http.Transport{DialContext: DialTo(srv.Listener.Addr().String()), DisableKeepAlives: true},
	}
}

// fetch does one GET and returns status, headers and body; err for
// transport failures.
func fetch(c *http.Client, url string) (*http.Response, string, error) {
	res, err := c.Get(url)
	if err != nil {
		return nil, "", err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	return res, string(b), err
}

func TestEveryFault(t *testing.T) {
	w := newWeb(t, Config{Programs: 120, Seed: 5, Faults: testFaults()})
	srv := httptest.NewServer(w.Handler())
	defer srv.Close()
	c := newClient(srv, 5*time.Second)
	short := newClient(srv, 300*time.Millisecond)
	seen := map[string]int{}
	for _, pt := range w.Truth().Programs {
		for _, f := range pt.ProgramFaults {
			seen[f]++
		}
		hostDown := false
		for _, f := range pt.ProgramFaults {
			hostDown = hostDown || f == FaultHostDown
		}
		for _, pg := range pt.Pages {
			if pg.Fault == "" || pg.Fault == FaultUnreachable || pg.Fault == FaultRobots {
				continue
			}
			seen[pg.Fault]++
			if seen[pg.Fault] <= 4 { // a few of each keeps the test fast
				checkFault(t, c, short, w, pg)
			}
		}
		robots := ""
		if !hostDown {
			robots, _ = fetchOK(c, pt.URL+"robots.txt")
		}
		for _, f := range pt.ProgramFaults {
			switch f {
			case FaultRobots:
				if !strings.Contains(robots, "Disallow: "+strings.TrimPrefix(pt.RosterURL, "http://"+pt.Host)) && !hostDown {
					t.Errorf("%s: robots.txt does not disallow the roster:\n%s", pt.Host, robots)
				}
			case "crawl_delay":
				if !hostDown && !strings.Contains(robots, "Crawl-delay: 1") {
					t.Errorf("%s: robots.txt has no Crawl-delay", pt.Host)
				}
			case FaultTracking:
				if home, err := fetchOK(c, pt.URL); err == nil && !strings.Contains(home, "utm_") && !strings.Contains(home, "#main-content") {
					t.Errorf("%s: tracking duplicates but no utm_ links", pt.Host)
				}
			}
		}
	}
	for _, f := range []string{FaultServerErrors, FaultThrottle429, FaultThrottle503, FaultSlow, FaultTimeout, FaultReset,
		FaultRedirectChain, FaultRedirectLoop, FaultOversize, FaultCharset1252, FaultCharsetWrong, FaultTruncated,
		FaultBrokenLink, FaultRobots, FaultHostDown, FaultTracking, FaultNotHTML, "crawl_delay"} {
		if seen[f] == 0 {
			t.Errorf("fault %s never exercised", f)
		}
	}
}

func checkFault(t *testing.T, c, short *http.Client, w *Web, pg PageTruth) {
	t.Helper()
	switch pg.Fault {
	case FaultServerErrors:
		res, _, err := fetch(c, pg.URL)
		if err != nil || res.StatusCode < 500 {
			t.Errorf("%s: first response %v %v, want 5xx", pg.URL, status(res), err)
		}
		ok := false
		for i := 0; i < 2 && !ok; i++ {
			res, _, err = fetch(c, pg.URL)
			ok = err == nil && res.StatusCode == 200
		}
		if !ok {
			t.Errorf("%s: no recovery after 3 attempts", pg.URL)
		}
	case FaultThrottle429, FaultThrottle503:
		want := map[string]int{FaultThrottle429: 429, FaultThrottle503: 503}[pg.Fault]
		res, _, err := fetch(c, pg.URL)
		if err != nil || res.StatusCode != want || res.Header.Get("Retry-After") != "1" {
			t.Errorf("%s: got %v %v, want %d with Retry-After: 1", pg.URL, status(res), err, want)
		}
		if res, _, err := fetch(c, pg.URL); err != nil || res.StatusCode != 200 {
			t.Errorf("%s: second attempt %v %v, want 200", pg.URL, status(res), err)
		}
	case FaultSlow:
		start := time.Now()
		res, _, err := fetch(c, pg.URL)
		if err != nil || res.StatusCode != 200 || time.Since(start) < w.faults.SlowDelay {
			t.Errorf("%s: slow page answered %v %v after %v", pg.URL, status(res), err, time.Since(start))
		}
	case FaultTimeout:
		_, _, err := fetch(short, pg.URL)
		var ne net.Error
		if !errors.As(err, &ne) || !ne.Timeout() {
			t.Errorf("%s: got %v, want a timeout", pg.URL, err)
		}
	case FaultReset, FaultHostDown:
		if _, _, err := fetch(c, pg.URL); err == nil {
			t.Errorf("%s: first request succeeded, want a reset", pg.URL)
		}
		res, _, err := fetch(c, pg.URL)
		if pg.Fault == FaultReset && (err != nil || res.StatusCode != 200) {
			t.Errorf("%s: after reset %v %v, want 200", pg.URL, status(res), err)
		}
		if pg.Fault == FaultHostDown && err == nil {
			t.Errorf("%s: host down but answered", pg.URL)
		}
	case FaultRedirectChain:
		hops := 0
		rc := *c
		rc.CheckRedirect = func(*http.Request, []*http.Request) error { hops++; return nil }
		res, _, err := fetch(&rc, pg.Via)
		if err != nil || res.StatusCode != 200 || hops != 3 || res.Request.URL.RequestURI() != strings.TrimPrefix(pg.URL, "http://"+res.Request.URL.Host) {
			t.Errorf("%s: chain from %s gave %v %v after %d hops", pg.URL, pg.Via, status(res), err, hops)
		}
	case FaultRedirectLoop:
		if _, _, err := fetch(c, pg.Via); err == nil || !strings.Contains(err.Error(), "redirects") {
			t.Errorf("%s: loop from %s gave %v, want a redirect error", pg.URL, pg.Via, err)
		}
	case FaultOversize:
		res, body, err := fetch(c, pg.URL)
		if err != nil || res.StatusCode != 200 || len(body) < w.faults.OversizeBytes || res.ContentLength < int64(w.faults.OversizeBytes) {
			t.Errorf("%s: oversize page is %d bytes", pg.URL, len(body))
		}
	case FaultCharset1252, FaultCharsetWrong:
		res, body, err := fetch(c, pg.URL)
		wantHeader := map[string]string{FaultCharset1252: "windows-1252", FaultCharsetWrong: "utf-8"}[pg.Fault]
		if err != nil || !strings.Contains(res.Header.Get("Content-Type"), wantHeader) || !strings.Contains(body, "windows-1252") {
			t.Errorf("%s: %s served as %q", pg.URL, pg.Fault, res.Header.Get("Content-Type"))
		}
	case FaultTruncated:
		_, body, err := fetch(c, pg.URL)
		if err != nil || strings.Contains(strings.ToLower(body), "</html>") || !strings.HasSuffix(body, "<div class=\"foot") {
			t.Errorf("%s: not truncated (%v)", pg.URL, err)
		}
	case FaultBrokenLink:
		if res, _, err := fetch(c, pg.URL); err != nil || res.StatusCode != 404 {
			t.Errorf("%s: broken link answered %v %v, want 404", pg.URL, status(res), err)
		}
	case FaultNotHTML:
		if res, _, err := fetch(c, pg.URL); err != nil || res.Header.Get("Content-Type") != "application/pdf" {
			t.Errorf("%s: brochure answered %v %v", pg.URL, status(res), err)
		}
	default:
		t.Errorf("%s: unexpected fault %q", pg.URL, pg.Fault)
	}
}

func status(res *http.Response) int {
	if res == nil {
		return 0
	}
	return res.StatusCode
}

// fetchOK retries through transient faults, as a polite crawler would
// (without waiting for Retry-After: tests do not sleep).
func fetchOK(c *http.Client, url string) (string, error) {
	var err error
	for i := 0; i < 4; i++ {
		var res *http.Response
		var body string
		res, body, err = fetch(c, url)
		if err == nil && res.StatusCode == 200 {
			return body, nil
		}
	}
	return "", fmt.Errorf("%s: no 200 after 4 attempts: %v", url, err)
}
