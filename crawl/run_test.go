package crawl

import (
	"bytes"
	"context"
	"fmt"
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
