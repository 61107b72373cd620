package crawl

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/testweb"
)

// TestCheckSeedsCases fetches seed URLs for each case `seeds check` tells
// apart, served by the synthetic web on loopback: a program home page, a
// permanent and a temporary redirect to it, a redirect out of the
// program's scope, a 410, a 503 on every attempt, a page robots.txt
// disallows, a hospital home page, a host that does not exist, and two
// programs sharing one URL.
func TestCheckSeedsCases(t *testing.T) {
	w, addr := startTestweb(t, testweb.Config{Programs: 6, Seed: 1})
	cfg := testwebConfig(addr)
	cfg.RetryBackoffMin, cfg.RetryBackoffMax = 10*time.Millisecond, 20*time.Millisecond
	inst := w.Institutions()[0]
	cases := w.InstitutionCases(inst)
	var home imgfriendly.Program // a program of another institution: nothing redirects to it
	for _, p := range w.Programs() {
		if p.URL == w.Institutions()[1].Programs[0].URL {
			home = p
		}
	}
	seed := func(id, u string) imgfriendly.Program {
		p := home
		p.ID, p.URL = id, u
		return p
	}
	seeds := []imgfriendly.Program{
		home,
		seed("1000000001", cases["moved"]),
		seed("1000000002", cases["temporary"]),
		seed("1000000003", cases["out_of_scope"]),
		seed("1000000004", cases["dead"]),
		seed("1000000005", cases["dead_5xx"]),
		seed("1000000006", cases["blocked"]),
		seed("1000000007", cases["not_program_page"]),
		seed("1000000008", "http://nowhere.test/"),
		seed("1000000009", strings.TrimSuffix(home.URL, "/")+"/?utm_source=list"), // the same page as the first
	}
	store, err := OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	got, err := CheckSeeds(context.Background(), cfg, seeds, store, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(seeds) {
		t.Fatalf("%d results for %d seeds", len(got), len(seeds))
	}
	type want struct {
		status    int
		cause     string
		final     string
		redirects []int
		shared    string
	}
	for i, w := range []want{
		{status: 200, final: home.URL, shared: "1000000009"},
		{status: 200, final: inst.Programs[0].URL, redirects: []int{301}},
		{status: 200, final: inst.Programs[0].URL, redirects: []int{302}},
		{cause: imgfriendly.FetchErrorScope, final: "http://www." + strings.TrimSuffix(inst.Domain, ".test") + "-partners.test/residency/", redirects: []int{301}},
		{status: 410, cause: imgfriendly.FetchErrorHTTP},
		{status: 503, cause: imgfriendly.FetchErrorHTTP},
		{cause: imgfriendly.FetchErrorRobots},
		{status: 200, final: inst.HomeURL},
		{status: 404, cause: imgfriendly.FetchErrorHTTP},
		{status: 200, final: home.URL, shared: home.ID},
	} {
		g := got[i]
		if g.Program.ID != seeds[i].ID || g.Fetch.ProgramID != seeds[i].ID {
			t.Errorf("%d: result for %s/%s", i, g.Program.ID, g.Fetch.ProgramID)
		}
		if g.Fetch.Status != w.status || !strings.HasPrefix(g.Fetch.Error, w.cause) || w.cause == "" && g.Fetch.Error != "" ||
			w.final != "" && g.Fetch.FinalURL != w.final || strings.Join(g.SharedWith, ",") != w.shared {
			t.Errorf("%s: status %d error %q final %q shared %v; want %+v", seeds[i].URL, g.Fetch.Status, g.Fetch.Error, g.Fetch.FinalURL, g.SharedWith, w)
		}
		var codes []int
		for _, r := range g.Redirects {
			codes = append(codes, r.Status)
		}
		if len(codes) != len(w.redirects) || len(codes) > 0 && codes[0] != w.redirects[0] {
			t.Errorf("%s: redirects %v, want %v", seeds[i].URL, g.Redirects, w.redirects)
		}
		if w.cause == "" && !store.Has(g.Fetch.ContentHash) {
			t.Errorf("%s: body not stored", seeds[i].URL)
		}
	}
	if got[5].Fetch.Attempts != cfg.MaxAttempts {
		t.Errorf("503 page tried %d times, want %d", got[5].Fetch.Attempts, cfg.MaxAttempts)
	}
	s := w.Stats()
	if s.RobotsViolations != 0 || s.Hosts["www."+strings.TrimSuffix(inst.Domain, ".test")+"-partners.test"].Requests != 0 {
		t.Errorf("robots violations %d, requests to the out-of-scope host %+v", s.RobotsViolations, s.Hosts)
	}
	if n := s.Hosts[strings.TrimPrefix(strings.TrimSuffix(home.URL, "/"), "http://")].Requests; n != 2 {
		t.Errorf("%d requests to the shared page's host, want 2 (robots.txt and the page once)", n)
	}
}
