package crawl

import (
	"bytes"
	"context"
	"html"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/testweb"
)

// testwebPrograms is the size of the fault-injecting web: 2,000 programs as
// the issue asks (about a minute on 2 cores); IMGF_LONG=1 is not needed.
const testwebPrograms = 2000

var hrefPattern = regexp.MustCompile(`(?i)href\s*=\s*"([^"]*)"`)

// hrefs returns the normalised absolute URLs a page links to.
func hrefs(base string, body []byte) []string {
	b, err := url.Parse(base)
	if err != nil {
		return nil
	}
	var out []string
	for _, m := range hrefPattern.FindAllSubmatch(body, -1) {
		ref, err := url.Parse(html.UnescapeString(string(m[1])))
		if err != nil {
			continue
		}
		if n, err := NormalizeURL(b.ResolveReference(ref).String()); err == nil {
			out = append(out, n)
		}
	}
	return out
}

// testwebConfig is a polite but test-speed crawl of the testweb listener.
func testwebConfig(addr string) Config {
	cfg := DefaultConfig()
	cfg.Resolve = []string{"*.test=" + addr}
	cfg.AllowPrivateAddresses = true
	cfg.Delay = 50 * time.Millisecond
	cfg.Jitter = 20 * time.Millisecond
	// The production request timeout, and timeout_attempts: with hundreds
	// of requests in flight on a starved machine an ordinary answer takes
	// seconds (p95 4.7 s at load 37); a 4 s timeout made ordinary pages
	// fail as timeouts at load 20-50, and a timeout spent a retry that a
	// server_errors burst then needed. An ordinary page now fails only if
	// two of its attempts each wait 30 s, i.e. if the machine serves fewer
	// than 256/30 ≈ 9 pages/s, when the night could not finish within the
	// test's time limit anyway.
	cfg.RequestTimeout = 30 * time.Second
	cfg.TimeoutAttempts = 2
	// Hanging pages hold their slots for the whole timeout: a larger global
	// cap than production's keeps the test fast; the per-host limit is the
	// production one.
	cfg.MaxConcurrency = 256
	cfg.MaxBodyBytes = 1 << 20 // between normal pages (< 100 KiB) and the web's oversized ones (2 MiB)
	cfg.MaxAttempts = 3
	cfg.RetryBackoffMin = 100 * time.Millisecond
	cfg.RetryBackoffMax = 500 * time.Millisecond
	cfg.RetryAfterCap = 5 * time.Second
	cfg.SlowResponse = 5 * time.Second
	cfg.JournalSync = 200 * time.Millisecond
	return cfg
}

func startTestweb(t *testing.T, cfg testweb.Config) (*testweb.Web, string) {
	t.Helper()
	w, err := testweb.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(w.Handler())
	t.Cleanup(srv.Close)
	return w, strings.TrimPrefix(srv.URL, "http://")
}

// TestTestwebNightWithEveryFault crawls the fault-injecting testweb (every
// fault on) twice and checks, with the server's own counters and the ground
// truth: politeness (robots, Crawl-delay, per-host limit, Retry-After), that
// every recoverable program/eligibility/roster page is fetched, that every
// unrecoverable page the crawler reached is logged with the right cause,
// that oversized bodies are rejected, and that the second, unchanged night
// is answered by 304s without fetching any unchanged body again.
func TestTestwebNightWithEveryFault(t *testing.T) {
	n := testwebPrograms
	if v, err := strconv.Atoi(os.Getenv("IMGF_TESTWEB_PROGRAMS")); err == nil && v > 0 {
		n = v // for quick local iterations only
	}
	faults := testweb.AllFaults(0.05)
	// Hanging pages hang for three request timeouts (then reset): the
	// crawler gives up first unless its own timer fires a whole minute
	// late, and a connection whose close the loaded server misses (seen
	// once at load 30: a handler still asleep 9 minutes on) does not hold
	// the test's cleanup longer than that. Every fault is on; hanging pages
	// at a lower rate, since each holds a slot (and its program's next
	// level) for two whole timeouts.
	faults.HangDelay = 90 * time.Second
	faults.Timeout = 0.005
	faults.OversizeBytes = 2 << 20 // rendering 11 MiB bodies costs the test server CPU; the cap below is scaled to match
	webCfg := testweb.Config{Programs: n, Seed: 11, Faults: faults}
	web, addr := startTestweb(t, webCfg)
	truth := web.Truth()
	cfg := testwebConfig(addr)
	store := openTestStore(t)
	dir := t.TempDir()

	start := time.Now()
	night1, err := Run(context.Background(), cfg, Night{RunID: "n1", Dir: filepath.Join(dir, "n1")}, web.Programs(), store)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("night 1: %d programs, %d fetches in %s (%.0f pages/s)\n%s", n, len(night1.Fetches), time.Since(start).Round(time.Millisecond), night1.Stats.PagesPerSec, night1.Stats)

	stats := web.Stats()
	if stats.RobotsViolations != 0 || stats.CrawlDelayViolations != 0 || stats.RetryAfterViolations != 0 {
		t.Errorf("server counted %d robots, %d Crawl-delay and %d Retry-After violations, want none",
			stats.RobotsViolations, stats.CrawlDelayViolations, stats.RetryAfterViolations)
	}
	if stats.MaxConcurrentPerHost > int64(cfg.ParallelismPerHost) {
		t.Errorf("server saw %d concurrent requests to one host, limit %d", stats.MaxConcurrentPerHost, cfg.ParallelismPerHost)
	}
	if stats.TrackingRequests != 0 || stats.UnknownHosts != 0 {
		t.Errorf("server saw %d requests with tracking parameters and %d to unknown hosts", stats.TrackingRequests, stats.UnknownHosts)
	}

	// Fetch log by normalised URL (requested and final).
	okURL := map[string]bool{}
	errsByURL := map[string][]string{}
	rows := map[string]imgfriendly.Fetch{}
	for _, f := range night1.Fetches {
		for _, u := range []string{f.URL, f.FinalURL} {
			nu, _ := NormalizeURL(u)
			if f.OK() {
				okURL[nu] = true
			}
			if f.Error != "" {
				errsByURL[nu] = append(errsByURL[nu], f.Error)
			}
		}
		rows[f.URL] = f
	}
	// What the crawler could reach: the seed URLs, and every URL linked
	// from a page it fetched (read back from the store).
	reached := map[string]bool{}
	for _, p := range web.Programs() {
		u, _ := NormalizeURL(p.URL)
		reached[u] = true
	}
	for _, f := range night1.Fetches {
		if !f.OK() {
			continue
		}
		body, err := store.Get(f.ContentHash)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range hrefs(f.FinalURL, body) {
			reached[l] = true
		}
	}
	expected := map[string]string{} // normalised URL → expected cause
	pageOf := map[string]pageAndProgram{}
	var recoverable, fetched, unrecoverable, explained, oversize int
	for _, pt := range truth.Programs {
		for _, pg := range pt.Pages {
			u, _ := NormalizeURL(pg.URL)
			via := ""
			if pg.Via != "" {
				via, _ = NormalizeURL(pg.Via)
				expected[via] = pg.ExpectedError
			}
			expected[u] = pg.ExpectedError
			pageOf[u] = pageAndProgram{pg, pt}
			if via != "" {
				pageOf[via] = pageAndProgram{pg, pt}
			}
			if pg.Kind == imgfriendly.KindOther && pg.ExpectedError != imgfriendly.FetchErrorContentType {
				continue // about/contact/curriculum pages are not what discovery looks for
			}
			switch {
			case pg.Recoverable:
				recoverable++
				if okURL[u] {
					fetched++
				} else if missed := recoverable - fetched; missed <= 10 {
					t.Errorf("recoverable %s page not fetched: %s (program %s, fault %q, style %+v, errors %v)", pg.Kind, pg.URL, pt.ProgramID, pg.Fault, pt.Style, errsByURL[u])
				}
			case pg.ExpectedError != "" && (reached[u] || via != "" && reached[via]):
				unrecoverable++
				logged := append(errsByURL[u], errsByURL[via]...)
				ok := false
				for _, e := range logged {
					ok = ok || acceptableCause(e, pg, pt)
				}
				if ok {
					explained++
				} else if unrecoverable-explained <= 10 {
					t.Errorf("unrecoverable %s page %s (fault %q) logged as %v, want cause %q", pg.Kind, pg.URL, pg.Fault, logged, pg.ExpectedError)
				}
				if pg.ExpectedError == imgfriendly.FetchErrorTooLarge {
					oversize++
				}
			}
		}
	}
	t.Logf("coverage: %d/%d recoverable pages fetched; %d/%d reached unrecoverable pages logged with the right cause (%d oversized)", fetched, recoverable, explained, unrecoverable, oversize)
	if fetched != recoverable {
		t.Errorf("fetched %d of %d recoverable pages", fetched, recoverable)
	}
	if oversize == 0 {
		t.Error("the web had no oversized page on a crawled path: the test does not exercise the size cap")
	}
	// windows-1252 pages, labelled right or wrongly as utf-8, are stored as
	// valid UTF-8 without replacement characters.
	charsetPages := 0
	for u, p := range pageOf {
		if p.pg.Fault != testweb.FaultCharset1252 && p.pg.Fault != testweb.FaultCharsetWrong {
			continue
		}
		f, ok := rows[u]
		if !ok || !f.OK() {
			continue
		}
		charsetPages++
		body, err := store.Get(f.ContentHash)
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(body) || bytes.ContainsRune(body, utf8.RuneError) {
			t.Errorf("%s (%s): stored body is not clean UTF-8", u, p.pg.Fault)
		}
	}
	if charsetPages == 0 {
		t.Error("no windows-1252 page was fetched: the test does not exercise charset decoding")
	}
	// No failure is logged with a wrong cause.
	wrong := 0
	for _, f := range night1.Fetches {
		if f.Error == "" {
			continue
		}
		u, _ := NormalizeURL(f.URL)
		want, known := expected[u]
		cause, _, _ := strings.Cut(f.Error, ":")
		if known && want != "" && cause != want && !combinedFault(f.Error, pageOf[u]) {
			if wrong++; wrong <= 10 {
				t.Errorf("%s logged %q, truth expects %q", f.URL, f.Error, want)
			}
		}
		if cause == imgfriendly.FetchErrorTooLarge && (f.ContentHash != "" || f.Bytes != 0) {
			t.Errorf("%s: oversized body kept (%d bytes)", f.URL, f.Bytes)
		}
	}

	// Night 2: the same web, nothing changed.
	web2, addr2 := startTestweb(t, webCfg)
	previous := map[string]imgfriendly.Fetch{}
	for _, f := range night1.Fetches {
		previous[f.URL] = f
	}
	cfg2 := testwebConfig(addr2)
	start = time.Now()
	night2, err := Run(context.Background(), cfg2, Night{RunID: "n2", Dir: filepath.Join(dir, "n2"), Previous: previous}, web2.Programs(), store)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("night 2: %d fetches in %s\n%s", len(night2.Fetches), time.Since(start).Round(time.Millisecond), night2.Stats)
	refetched := 0
	for _, f := range night2.Fetches {
		p, ok := previous[f.URL]
		if ok && p.OK() && f.Status == 200 && !f.NotModified {
			if refetched++; refetched <= 10 {
				t.Errorf("night 2 fetched the unchanged body of %s again", f.URL)
			}
		}
	}
	s2 := web2.Stats()
	if s2.Status["304"] < int64(night2.Stats.OK)*9/10 {
		t.Errorf("night 2: the server sent %d 304s for %d pages, want mostly 304s", s2.Status["304"], night2.Stats.OK)
	}
	if s2.RobotsViolations != 0 || s2.CrawlDelayViolations != 0 || s2.RetryAfterViolations != 0 || s2.MaxConcurrentPerHost > int64(cfg.ParallelismPerHost) {
		t.Errorf("night 2 politeness: %d robots, %d Crawl-delay, %d Retry-After violations, %d max concurrent per host",
			s2.RobotsViolations, s2.CrawlDelayViolations, s2.RetryAfterViolations, s2.MaxConcurrentPerHost)
	}
}

type pageAndProgram struct {
	pg testweb.PageTruth
	pt testweb.ProgramTruth
}

// acceptableCause reports whether a logged failure explains an
// unrecoverable page: the truth's expected cause, or the cause of a second
// fault on the same page that the crawler meets first (see combinedFault).
func acceptableCause(logged string, pg testweb.PageTruth, pt testweb.ProgramTruth) bool {
	if logged == pg.ExpectedError || strings.HasPrefix(logged, pg.ExpectedError+":") {
		return true
	}
	return combinedFault(logged, pageAndProgram{pg, pt})
}

// combinedFault accepts the truth's known ambiguities when a page carries
// two faults: a broken roster link under a robots-disallowed roster prefix
// is refused by robots.txt before it can 404, and a robots-disallowed page
// linked through a redirect loop is never reached, so the loop is logged.
func combinedFault(logged string, p pageAndProgram) bool {
	cause, _, _ := strings.Cut(logged, ":")
	robotsProgram := false
	for _, f := range p.pt.ProgramFaults {
		robotsProgram = robotsProgram || f == testweb.FaultRobots
	}
	switch {
	case cause == imgfriendly.FetchErrorRobots && robotsProgram && p.pg.ExpectedError == imgfriendly.FetchErrorHTTP:
		return true
	case cause == imgfriendly.FetchErrorRedirect && strings.Contains(p.pg.Via, "/go/") && p.pg.ExpectedError == imgfriendly.FetchErrorRobots:
		return true
	}
	return false
}
