package crawl

import (
	"bytes"
	"fmt"
	"log/slog"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/imgfriendly/imgfriendly"
)

// versionedSite serves pages with ETag/Last-Modified validators and answers
// conditional requests with 304 when the version is unchanged. It counts full
// (200) responses per path.
type versionedSite struct {
	mu      sync.Mutex
	version map[string]int
	full    map[string]int
}

func (v *versionedSite) handler(w http.ResponseWriter, r *http.Request) {
	pages := map[string]string{
		"/":            `<a href="/roster">Current Residents</a><a href="/eligibility">Eligibility</a>`,
		"/roster":      `<p>Roster</p><a href="/roster/pgy2">PGY-2 residents</a>`,
		"/roster/pgy2": `<p>PGY-2</p>`,
		"/eligibility": `<p>We sponsor J-1 visas.</p>`,
	}
	if r.URL.Path == "/robots.txt" {
		http.NotFound(w, r)
		return
	}
	body, ok := pages[r.URL.Path]
	if !ok {
		http.NotFound(w, r)
		return
	}
	v.mu.Lock()
	ver := v.version[r.URL.Path]
	v.mu.Unlock()
	etag := fmt.Sprintf(`"v%d"`, ver)
	w.Header().Set("ETag", etag)
	w.Header().Set("Last-Modified", "Mon, 02 Nov 2026 10:00:00 GMT")
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	v.mu.Lock()
	v.full[r.URL.Path]++
	v.mu.Unlock()
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, "<html><body>%s<p>version %d</p></body></html>", body, ver)
}

func TestSecondNightRevalidatesWithConditionalGET(t *testing.T) {
	s := newSite(t)
	vs := &versionedSite{version: map[string]int{}, full: map[string]int{}}
	s.handle("v.test", vs.handler)
	cfg := s.testConfig()
	store := openTestStore(t)
	seeds := []imgfriendly.Program{program("1400000001", "http://v.test/")}

	night1 := runNight(t, cfg, Night{RunID: "n1"}, seeds, store)
	if night1.Stats.OK != 4 {
		t.Fatalf("night 1 fetched %d pages, want 4: %+v", night1.Stats.OK, night1.Fetches)
	}
	previous := map[string]imgfriendly.Fetch{}
	for _, f := range night1.Fetches {
		previous[f.URL] = f
	}
	vs.mu.Lock()
	vs.version["/eligibility"] = 1 // the one page that changed
	vs.full = map[string]int{}
	vs.mu.Unlock()

	night2 := runNight(t, cfg, Night{RunID: "n2", Previous: previous}, seeds, store)

	type row struct {
		Status      int
		NotModified bool
		SameHash    bool
	}
	got := map[string]row{}
	for _, f := range night2.Fetches {
		got[f.URL] = row{f.Status, f.NotModified, f.ContentHash == previous[f.URL].ContentHash && f.ContentHash != ""}
	}
	want := map[string]row{
		"http://v.test/":            {304, true, true},
		"http://v.test/roster":      {304, true, true},
		"http://v.test/roster/pgy2": {304, true, true},
		"http://v.test/eligibility": {200, false, false},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("night 2 (-want +got):\n%s", diff)
	}
	vs.mu.Lock()
	full := vs.full
	vs.mu.Unlock()
	if diff := cmp.Diff(map[string]int{"/eligibility": 1}, full); diff != "" {
		t.Errorf("full bodies served on night 2 (-want +got):\n%s", diff)
	}
	if night2.Stats.NotModified != 3 {
		t.Errorf("stats: %d 304s, want 3", night2.Stats.NotModified)
	}
	hdrs := s.headers["v.test/roster"]
	if len(hdrs) != 2 || hdrs[1].Get("If-None-Match") != `"v0"` || hdrs[1].Get("If-Modified-Since") == "" {
		t.Errorf("night 2 request for /roster lacked validators: %v", hdrs)
	}
}

// versionedNight serves a versionedSite and returns it, the crawl config
// for it and its one program.
func versionedNight(t *testing.T) (*versionedSite, Config, []imgfriendly.Program) {
	s := newSite(t)
	vs := &versionedSite{version: map[string]int{}, full: map[string]int{}}
	s.handle("v.test", vs.handler)
	return vs, s.testConfig(), []imgfriendly.Program{program("1400000001", "http://v.test/")}
}

// reset forgets the full responses counted so far.
func (v *versionedSite) reset() {
	v.mu.Lock()
	v.full = map[string]int{}
	v.mu.Unlock()
}

// reopen opens the page store in dir, closed when the test ends.
func reopen(t *testing.T, dir string) *Store {
	t.Helper()
	s, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// TestCorruptStoredPageIsRefetched (issue 13 item 3): last night's copy of
// a page damaged on disk does not stop the night. The server answers the
// conditional request with 304, the stored copy fails its hash, so it is
// dropped, fetched again without validators and stored again, with a
// warning naming the page; the other 304s still reuse their stored pages.
func TestCorruptStoredPageIsRefetched(t *testing.T) {
	vs, cfg, seeds := versionedNight(t)
	dir := t.TempDir()
	store := reopen(t, dir)
	night1 := runNight(t, cfg, Night{RunID: "n1"}, seeds, store)
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}
	previous := map[string]imgfriendly.Fetch{}
	for _, f := range night1.Fetches {
		previous[f.URL] = f
	}
	roster := previous["http://v.test/roster"]
	corruptStoredPage(t, dir, roster.ContentHash)
	vs.reset()
	store = reopen(t, dir) // the next night, a new process
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelWarn}))
	night2 := runNight(t, cfg, Night{RunID: "n2", Previous: previous, Logger: log}, seeds, store)

	got := map[string]bool{}
	for _, f := range night2.Fetches {
		if !f.OK() || f.ContentHash != previous[f.URL].ContentHash {
			t.Errorf("%s: %+v; want the same page as night 1", f.URL, f)
		}
		got[f.URL] = f.NotModified
	}
	want := map[string]bool{"http://v.test/": true, "http://v.test/roster": false, "http://v.test/roster/pgy2": true, "http://v.test/eligibility": true}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("night 2 NotModified by URL (-want +got):\n%s", diff)
	}
	vs.mu.Lock()
	full := vs.full
	vs.mu.Unlock()
	if diff := cmp.Diff(map[string]int{"/roster": 1}, full); diff != "" {
		t.Errorf("full bodies served on night 2 (-want +got):\n%s", diff)
	}
	if body, err := store.Get(roster.ContentHash); err != nil || Hash(body) != roster.ContentHash {
		t.Errorf("the refetched page is not stored again: %v", err)
	}
	if !strings.Contains(logs.String(), "stored page unreadable") || !strings.Contains(logs.String(), roster.ContentHash) {
		t.Errorf("no warning names the dropped page:\n%s", logs.String())
	}
}

// TestResumeRefetchesACorruptJournaledPage (issue 13 item 3): a resumed
// night whose journal names a page damaged on disk fetches it again instead
// of stopping.
func TestResumeRefetchesACorruptJournaledPage(t *testing.T) {
	vs, cfg, seeds := versionedNight(t)
	dir := t.TempDir()
	store := reopen(t, dir)
	night := Night{RunID: "n1", Dir: filepath.Join(t.TempDir(), "runs", "n1")}
	first := runNight(t, cfg, night, seeds, store)
	store.Close()
	hashes := fetchSet(first.Fetches)
	corruptStoredPage(t, dir, hashes["1400000001 http://v.test/eligibility"])
	vs.reset()
	store = reopen(t, dir)
	night.Resume = true
	resumed := runNight(t, cfg, night, seeds, store)
	if diff := cmp.Diff(hashes, fetchSet(resumed.Fetches)); diff != "" {
		t.Errorf("resumed night's fetches (-want +got):\n%s", diff)
	}
	vs.mu.Lock()
	full := vs.full
	vs.mu.Unlock()
	if diff := cmp.Diff(map[string]int{"/eligibility": 1}, full); diff != "" {
		t.Errorf("pages requested by the resume (-want +got):\n%s", diff)
	}
}
