package crawl

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/imgfriendly/imgfriendly"
)

func runNight(t *testing.T, cfg Config, n Night, seeds []imgfriendly.Program, store *Store) Result {
	t.Helper()
	if n.Dir == "" {
		n.Dir = filepath.Join(t.TempDir(), "runs", "r1")
	}
	if n.RunID == "" {
		n.RunID = "r1"
	}
	res, err := Run(context.Background(), cfg, n, seeds, store)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return res
}

func openTestStore(t *testing.T) *Store {
	t.Helper()
	s, err := OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

const homeHTML = `<html><body><nav>
<a href="/residents/current">Meet Our Residents</a>
<a href="apply.html#top">How to Apply</a>
<a href="//mercy.test/news">News</a>
<a href="http://elsewhere.test/img">IMG information</a>
<a href="/private/eligibility">Eligibility</a>
<a href="mailto:pd@mercy.test">Email us</a>
</nav></body></html>`

func TestRunDiscoversEligibilityAndRoster(t *testing.T) {
	s := newSite(t)
	s.pages("mercy.test", map[string]string{
		"/robots.txt":              "User-agent: *\nDisallow: /private/\n",
		"/":                        homeHTML,
		"/residents/current":       `<html><body><h1>Current residents</h1><a href="/residents/class-of-2027">Class of 2027</a></body></html>`,
		"/residents/class-of-2027": `<html><body>PGY-1</body></html>`,
		"/apply.html":              `<html><body><a href="/faq?utm_source=x&b=2&a=1">FAQ</a></body></html>`,
		"/faq":                     `<html><body>FAQ</body></html>`,
	})
	s.pages("elsewhere.test", map[string]string{"/img": "<html>nope</html>"})
	store := openTestStore(t)
	res := runNight(t, s.testConfig(), Night{}, []imgfriendly.Program{program("1400000001", "http://mercy.test/")}, store)

	type row struct {
		Kind  imgfriendly.PageKind
		Depth int
		OK    bool
		Error string
	}
	got := map[string]row{}
	for _, f := range res.Fetches {
		got[f.URL] = row{f.Kind, f.Depth, f.OK(), f.Error}
	}
	want := map[string]row{
		"http://mercy.test/":                        {imgfriendly.KindProgram, 0, true, ""},
		"http://mercy.test/residents/current":       {imgfriendly.KindRoster, 1, true, ""},
		"http://mercy.test/apply.html":              {imgfriendly.KindEligibility, 1, true, ""},
		"http://mercy.test/private/eligibility":     {imgfriendly.KindEligibility, 1, false, imgfriendly.FetchErrorRobots},
		"http://mercy.test/residents/class-of-2027": {imgfriendly.KindRoster, 2, true, ""},
		"http://mercy.test/faq?a=1&b=2":             {imgfriendly.KindEligibility, 2, true, ""},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("fetches (-want +got):\n%s", diff)
	}
	if n := s.hitCount("mercy.test/private/eligibility"); n != 0 {
		t.Errorf("robots-disallowed page requested %d times", n)
	}
	if n := s.hitCount("elsewhere.test/img"); n != 0 {
		t.Errorf("out-of-scope host requested %d times", n)
	}
	if n := s.hitCount("mercy.test/robots.txt"); n != 1 {
		t.Errorf("robots.txt requested %d times, want 1", n)
	}
	for _, f := range res.Fetches {
		if !f.OK() {
			continue
		}
		body, err := store.Get(f.ContentHash)
		if err != nil {
			t.Errorf("%s: stored body: %v", f.URL, err)
		} else if Hash(body) != f.ContentHash || int64(len(body)) != f.Bytes {
			t.Errorf("%s: stored body does not match the fetch row", f.URL)
		}
	}
}

func TestProgressDisplayWritesToWriter(t *testing.T) {
	s := newSite(t)
	s.handle("p.test", manyPages(0))
	var buf bytes.Buffer
	res := runNight(t, s.testConfig(), Night{Progress: &buf}, []imgfriendly.Program{program("1400000001", "http://p.test/p/")}, openTestStore(t))
	want := fmt.Sprintf("%d / %d pages", len(res.Fetches), len(res.Fetches))
	if !strings.Contains(buf.String(), want) {
		t.Errorf("progress output lacks %q:\n%q", want, buf.String())
	}
	if !strings.Contains(res.Stats.String(), "fetches") || !strings.Contains(HostTable(res.Hosts, 5), "p.test") {
		t.Errorf("stats rendering:\n%s\n%s", res.Stats, HostTable(res.Hosts, 5))
	}
}

func TestProgramsSharingASiteFetchSharedPagesOnceAndSkipSiblings(t *testing.T) {
	s := newSite(t)
	s.pages("hospital.test", map[string]string{
		"/im/":             `<a href="/gme/eligibility">Eligibility</a><a href="/im/residents">Current Residents</a><a href="/fm/">Family Medicine Residency</a>`,
		"/fm/":             `<a href="/gme/eligibility">Eligibility</a><a href="/fm/residents">Current Residents</a><a href="/im/">Internal Medicine Residency</a>`,
		"/gme/eligibility": `<p>J-1 only</p>`,
		"/im/residents":    `<p>IM roster</p>`,
		"/fm/residents":    `<p>FM roster</p>`,
	})
	cfg := s.testConfig()
	res := runNight(t, cfg, Night{}, []imgfriendly.Program{program("1400000001", "http://hospital.test/im/"), program("1200000002", "http://hospital.test/fm/")}, openTestStore(t))
	got := map[string][]string{}
	hashes := map[string]map[string]bool{}
	for _, f := range res.Fetches {
		got[f.ProgramID] = append(got[f.ProgramID], f.URL)
		if hashes[f.URL] == nil {
			hashes[f.URL] = map[string]bool{}
		}
		hashes[f.URL][f.ContentHash] = true
	}
	want := map[string][]string{
		"1200000002": {"http://hospital.test/fm/", "http://hospital.test/fm/residents", "http://hospital.test/gme/eligibility"},
		"1400000001": {"http://hospital.test/gme/eligibility", "http://hospital.test/im/", "http://hospital.test/im/residents"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("fetches by program (-want +got):\n%s", diff)
	}
	if n := s.hitCount("hospital.test/gme/eligibility"); n != 1 {
		t.Errorf("shared page requested %d times, want once", n)
	}
	if len(hashes["http://hospital.test/gme/eligibility"]) != 1 || hashes["http://hospital.test/gme/eligibility"][""] {
		t.Errorf("shared page rows disagree or lack a body: %v", hashes["http://hospital.test/gme/eligibility"])
	}
}

func TestPageStoreFailureStopsTheNight(t *testing.T) {
	s := newSite(t)
	s.handle("p.test", manyPages(0))
	dir := filepath.Join(t.TempDir(), "pages")
	store, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	// The store's directory turns into a file: nothing can be stored.
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dir, []byte("not a directory"), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Run(context.Background(), s.testConfig(), Night{RunID: "r", Dir: filepath.Join(t.TempDir(), "j")}, []imgfriendly.Program{program("1400000001", "http://p.test/p/")}, store)
	if err == nil || !strings.Contains(err.Error(), "page store") || errors.Is(err, context.Canceled) {
		t.Fatalf("Run = %v, want a page store error that is not an interruption", err)
	}
	for _, f := range res.Fetches {
		if f.OK() {
			t.Errorf("%s recorded as fetched although its body could not be stored", f.URL)
		}
	}
}

// TestURLHashCollisionsNeverShareABody makes every URL's hash the same: the
// night-long indexes (journaled fetches, seed owners) then always find
// another URL under a URL's hash, and must check the URL. Every page is
// still fetched for each program that reaches it, and no URL is given
// another URL's body.
func TestURLHashCollisionsNeverShareABody(t *testing.T) {
	defer func(h func(maphash.Seed, string) uint64) { hashURL = h }(hashURL)
	hashURL = func(maphash.Seed, string) uint64 { return 7 }
	s := newSite(t)
	s.pages("hospital.test", map[string]string{
		"/im/":             `<a href="/gme/eligibility">Eligibility</a><a href="/im/residents">Current Residents</a>`,
		"/fm/":             `<a href="/gme/eligibility">Eligibility</a><a href="/fm/residents">Current Residents</a>`,
		"/gme/eligibility": `<p>J-1 only</p>`,
		"/im/residents":    `<p>IM roster</p>`,
		"/fm/residents":    `<p>FM roster</p>`,
	})
	res := runNight(t, s.testConfig(), Night{}, []imgfriendly.Program{program("1400000001", "http://hospital.test/im/"), program("1200000002", "http://hospital.test/fm/")}, openTestStore(t))
	got := map[string][]string{}
	bodyOf := map[string]string{} // content hash → the URL it was first seen for
	for _, f := range res.Fetches {
		got[f.ProgramID] = append(got[f.ProgramID], f.URL)
		if !f.OK() || f.ContentHash == "" {
			t.Errorf("%s for %s: not fetched (%q)", f.URL, f.ProgramID, f.Error)
			continue
		}
		if u, seen := bodyOf[f.ContentHash]; seen && u != f.URL {
			t.Errorf("%s was given the body of %s", f.URL, u)
		}
		bodyOf[f.ContentHash] = f.URL
	}
	want := map[string][]string{
		"1200000002": {"http://hospital.test/fm/", "http://hospital.test/fm/residents", "http://hospital.test/gme/eligibility"},
		"1400000001": {"http://hospital.test/gme/eligibility", "http://hospital.test/im/", "http://hospital.test/im/residents"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("fetches by program (-want +got):\n%s", diff)
	}
	if len(bodyOf) != 5 {
		t.Errorf("%d distinct bodies for the 5 pages, want 5", len(bodyOf))
	}
}
