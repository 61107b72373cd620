package crawl

import (
	"errors"
	"net/netip"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/imgfriendly/imgfriendly"
)

func TestNormalizeURL(t *testing.T) {
	tests := []struct {
		give, want string
	}{
		{"HTTP://Mercy.TEST", "http://mercy.test/"},
		{"http://mercy.test:80/a", "http://mercy.test/a"},
		{"https://mercy.test:443/a", "https://mercy.test/a"},
		{"http://mercy.test:8080/a", "http://mercy.test:8080/a"},
		{"http://mercy.test/a/./b/../c", "http://mercy.test/a/c"},
		{"http://mercy.test/a#section", "http://mercy.test/a"},
		{"http://mercy.test/a?utm_source=x&utm_medium=y", "http://mercy.test/a"},
		{"http://mercy.test/a?b=2&gclid=z&a=1&fbclid=q", "http://mercy.test/a?a=1&b=2"},
		{"http://mercy.test/a?b=2&a=1&a=0", "http://mercy.test/a?a=1&a=0&b=2"},
		{"http://mercy.test/a?", "http://mercy.test/a"},
		{"http://mercy.test/a%20b", "http://mercy.test/a%20b"},
		{"http://user:pw@mercy.test/", "http://mercy.test/"},
		{"http://mercy.test./x", "http://mercy.test/x"},
	}
	for _, tt := range tests {
		got, err := NormalizeURL(tt.give)
		if err != nil {
			t.Errorf("NormalizeURL(%q): %v", tt.give, err)
			continue
		}
		if got != tt.want {
			t.Errorf("NormalizeURL(%q) = %q, want %q", tt.give, got, tt.want)
		}
	}
	for _, bad := range []string{"mailto:pd@mercy.test", "javascript:void(0)", "ftp://mercy.test/", "/relative"} {
		if got, err := NormalizeURL(bad); err == nil {
			t.Errorf("NormalizeURL(%q) = %q, want an error", bad, got)
		}
	}
}

func TestScope(t *testing.T) {
	sc := newScope([]string{"gme.partner.org", "*.cdn-pages.test"}, "http://im.mercy-springfield.test/", "https://roster.other.test/list")
	tests := []struct {
		give string
		want bool
	}{
		{"http://im.mercy-springfield.test/x", true},
		{"http://mercy-springfield.test/", true},    // registrable domain
		{"http://fm.mercy-springfield.test/", true}, // sibling subdomain
		{"http://roster.other.test/", true},         // the roster URL's host
		{"http://www.other.test/", true},            // … and its registrable domain
		{"http://gme.partner.org/", true},           // extra host
		{"http://x.gme.partner.org/", false},        // exact extra hosts only
		{"http://a.cdn-pages.test/", true},          // wildcard extra
		{"http://evil.test/", false},
		{"http://mercy-springfield.test.evil.test/", false},
		{"http://notmercy-springfield.test/", false},
	}
	for _, tt := range tests {
		u, _ := url.Parse(tt.give)
		if got := sc.allows(u); got != tt.want {
			t.Errorf("allows(%s) = %v, want %v", tt.give, got, tt.want)
		}
	}
}

func TestConfigValidate(t *testing.T) {
	if err := DefaultConfig().Validate(); err != nil {
		t.Fatalf("DefaultConfig: %v", err)
	}
	bad := DefaultConfig()
	bad.UserAgent = "imgfriendly"
	bad.ParallelismPerHost = 0
	bad.MaxAttempts = 0
	bad.RetryBackoffMax = time.Millisecond
	bad.Resolve = []string{"*.test=localhost:80", "*.test=127.0.0.1:8080", "nonsense"}
	bad.ExtraHosts = []string{"http://x.org/"}
	err := bad.Validate()
	if err == nil {
		t.Fatal("Validate accepted a bad config")
	}
	var keys []string
	for _, line := range strings.Split(err.Error(), "\n") {
		k, _, _ := strings.Cut(line, ":")
		keys = append(keys, k)
	}
	want := []string{"user_agent", "parallelism_per_host", "retry_backoff_max", "max_attempts", "resolve[0]", "resolve[2]", "extra_hosts[0]"}
	if diff := cmp.Diff(want, keys); diff != "" {
		t.Errorf("problem keys (-want +got):\n%s\nfull error:\n%v", diff, err)
	}
}

func TestStoreRoundTrip(t *testing.T) {
	s := openTestStore(t)
	body := []byte("<html>Université</html>")
	h, err := s.Put(body)
	if err != nil {
		t.Fatal(err)
	}
	if h != Hash(body) || len(h) != 64 {
		t.Errorf("Put returned %q, want the sha256 of the body", h)
	}
	if !s.Has(h) || s.Has(Hash([]byte("other"))) || s.Has("../../etc/passwd") {
		t.Error("Has disagrees with what was stored")
	}
	got, err := s.Get(h)
	if err != nil || string(got) != string(body) {
		t.Errorf("Get = %q, %v", got, err)
	}
	if h2, err := s.Put(body); err != nil || h2 != h {
		t.Errorf("second Put = %q, %v", h2, err)
	}
	if _, err := s.Get(Hash([]byte("never stored"))); err == nil {
		t.Error("Get of a missing page succeeded")
	}
}

func TestClassifyAndChoose(t *testing.T) {
	links := []struct {
		text, url string
	}{
		{"Meet Our Residents", "http://m.test/people/residents"},
		{"Current Residents", "http://m.test/current-residents"},
		{"How to Apply", "http://m.test/apply"},
		{"International Medical Graduates", "http://m.test/img"},
		{"Visa Information", "http://m.test/visa"},
		{"News", "http://m.test/news"},
		{"Residency Program", "http://m.test/residency"},
		{"Application packet (PDF)", "http://m.test/apply.pdf"},
		{"Contact", "http://m.test/contact"},
	}
	var cands []candidate
	for _, l := range links {
		if c, ok := classify(link{URL: l.url, Text: l.text}, l.url); ok {
			cands = append(cands, c)
		}
	}
	got := map[string]imgfriendly.PageKind{}
	for _, c := range cands {
		got[c.URL] = c.Kind
	}
	want := map[string]imgfriendly.PageKind{
		"http://m.test/people/residents":  imgfriendly.KindRoster,
		"http://m.test/current-residents": imgfriendly.KindRoster,
		"http://m.test/apply":             imgfriendly.KindEligibility,
		"http://m.test/img":               imgfriendly.KindEligibility,
		"http://m.test/visa":              imgfriendly.KindEligibility,
		"http://m.test/residency":         imgfriendly.KindProgram,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("classify (-want +got):\n%s", diff)
	}
	var chosen []string
	for _, c := range choose(cands, 2, 3, need{roster: true, eligibility: true}) {
		chosen = append(chosen, c.URL)
	}
	// Scores: apply 20 (text 9+6, path 5), img 14, visa 13; people/residents
	// 29 (text 10+8+5, path 4+2), current-residents 25. Interleaved best
	// eligibility, best roster, second eligibility (budget 3); the program
	// link is not needed when eligibility/roster links exist.
	wantChosen := []string{"http://m.test/apply", "http://m.test/people/residents", "http://m.test/img"}
	if diff := cmp.Diff(wantChosen, chosen); diff != "" {
		t.Errorf("choose (-want +got):\n%s", diff)
	}
	onlyProgram := choose([]candidate{{URL: "http://m.test/residency", Kind: imgfriendly.KindProgram, Score: 3}}, 2, 5, need{roster: true})
	if len(onlyProgram) != 1 {
		t.Errorf("with no roster/eligibility link, choose = %v, want the program link", onlyProgram)
	}
}

func TestChooseFollowsTabsAndAboutWhenRosterMissing(t *testing.T) {
	cand := func(text, u string) candidate {
		c, ok := classify(link{URL: u, Text: text}, u)
		if !ok {
			t.Fatalf("classify(%q, %s) refused the link", text, u)
		}
		return c
	}
	urls := func(cs []candidate) []string {
		var out []string
		for _, c := range cs {
			out = append(out, c.URL)
		}
		return out
	}
	tabs := []candidate{
		cand("Class of 2028 (PGY-1)", "http://m.test/residents/class-of-2028/"),
		cand("Class of 2027 (PGY-2)", "http://m.test/residents/class-of-2027/"),
		cand("Class of 2026 (PGY-3)", "http://m.test/residents/class-of-2026/"),
		cand("Class of 2025 (PGY-4)", "http://m.test/people.aspx?class=2025"),
	}
	got := urls(choose(tabs, 2, 10, need{}))
	want := []string{"http://m.test/people.aspx?class=2025", "http://m.test/residents/class-of-2026/",
		"http://m.test/residents/class-of-2027/", "http://m.test/residents/class-of-2028/"}
	if diff := cmp.Diff(want, got, cmpopts.SortSlices(func(a, b string) bool { return a < b })); diff != "" {
		t.Errorf("tabs: every class tab is followed (-want +got):\n%s", diff)
	}
	home := []candidate{
		cand("Eligibility Requirements", "http://m.test/eligibility"),
		cand("About the Program", "http://m.test/about-the-program/"),
	}
	if diff := cmp.Diff([]string{"http://m.test/eligibility", "http://m.test/about-the-program/"}, urls(choose(home, 2, 10, need{roster: true, eligibility: true}))); diff != "" {
		t.Errorf("roster missing: the about page is followed (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"http://m.test/eligibility"}, urls(choose(home, 2, 10, need{}))); diff != "" {
		t.Errorf("roster found: the about page is not followed (-want +got):\n%s", diff)
	}
}

func TestContainsWord(t *testing.T) {
	tests := []struct {
		s, w string
		want bool
	}{
		{"img information", "img", true},
		{"images", "img", false},
		{"/imaging/img-faq", "img", true},
		{"apply now", "apply", true},
		{"reapplying", "apply", false},
	}
	for _, tt := range tests {
		if got := containsWord(tt.s, tt.w); got != tt.want {
			t.Errorf("containsWord(%q, %q) = %v, want %v", tt.s, tt.w, got, tt.want)
		}
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		give string
		want time.Duration
	}{
		{"", 0},
		{"3", 3 * time.Second},
		{"-1", 0},
		{"Wed, 25 Nov 2026 12:00:30 GMT", 30 * time.Second},
		{"Wed, 25 Nov 2026 11:00:00 GMT", 0},
		{"soon", 0},
	}
	for _, tt := range tests {
		if got := parseRetryAfter(tt.give, now); got != tt.want {
			t.Errorf("parseRetryAfter(%q) = %s, want %s", tt.give, got, tt.want)
		}
	}
}

func TestPercentile(t *testing.T) {
	var d []time.Duration
	for i := 1; i <= 20; i++ {
		d = append(d, time.Duration(i)*time.Millisecond)
	}
	if got := percentile(d, 50); got != 10*time.Millisecond {
		t.Errorf("p50 = %s, want 10ms", got)
	}
	if got := percentile(d, 95); got != 19*time.Millisecond {
		t.Errorf("p95 = %s, want 19ms", got)
	}
	if got := percentile(nil, 50); got != 0 {
		t.Errorf("p50 of nothing = %s", got)
	}
}

func TestAddressAllowed(t *testing.T) {
	tests := []struct {
		give string
		want bool
	}{
		{"127.0.0.1", false}, {"10.1.2.3", false}, {"172.16.0.1", false}, {"192.168.1.1", false},
		{"169.254.169.254", false}, {"100.64.0.1", false}, {"0.0.0.0", false}, {"::1", false},
		{"fe80::1", false}, {"fd00::1", false}, {"::ffff:127.0.0.1", false},
		{"93.184.215.14", true}, {"2606:4700::1111", true},
	}
	for _, tt := range tests {
		if got := addressAllowed(netip.MustParseAddr(tt.give)); got != tt.want {
			t.Errorf("addressAllowed(%s) = %v, want %v", tt.give, got, tt.want)
		}
	}
	d := &dialer{}
	if err := d.control("tcp", "127.0.0.1:80", nil); !errors.Is(err, errAddressRefused) {
		t.Errorf("control(127.0.0.1:80) = %v, want errAddressRefused", err)
	}
}

func TestParseRobots(t *testing.T) {
	u := func(s string) *url.URL { v, _ := url.Parse(s); return v }
	body := []byte("User-agent: *\nDisallow: /private\nAllow: /private/open\nCrawl-delay: 2\n\nUser-agent: otherbot\nDisallow: /\n")
	v := parseRobots(robotsResult{Status: 200, Body: body}, "imgfriendly")
	tests := []struct {
		give string
		want bool
	}{
		{"http://m.test/", true}, {"http://m.test/private", false}, {"http://m.test/private/x", false},
		{"http://m.test/private/open", true},
	}
	for _, tt := range tests {
		if got := v.allows(u(tt.give)); got != tt.want {
			t.Errorf("allows(%s) = %v, want %v", tt.give, got, tt.want)
		}
	}
	if v.crawlDelay != 2*time.Second {
		t.Errorf("crawl delay %s, want 2s", v.crawlDelay)
	}
	if down := parseRobots(robotsResult{Err: errors.New("connection refused")}, "imgfriendly"); down.allows(u("http://m.test/")) ||
		!strings.HasPrefix(down.cause, imgfriendly.FetchErrorNetwork) {
		t.Errorf("unreachable robots.txt: allows=%v cause=%q, want disallow with a network cause", down.allows(u("http://m.test/")), down.cause)
	}
	if productToken("ImgFriendly/0.1 (+https://x.org)") != "imgfriendly" {
		t.Error("productToken")
	}
}

func TestJournalDropsPartialLineOnResume(t *testing.T) {
	dir := t.TempDir()
	j, err := openJournal(dir, false, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	j.done(imgfriendly.Fetch{ProgramID: "1400000001", URL: "http://m.test/", ContentHash: Hash([]byte("x"))}, nil)
	if err := j.close(); err != nil {
		t.Fatal(err)
	}
	// A SIGKILL mid-write leaves half a line.
	f, _ := os.OpenFile(filepath.Join(dir, journalFetches), os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(`{"program_id":"1400000001","url":"http://m.test/b","con`)
	f.Close()
	got, err := readJournal(dir)
	if err != nil {
		t.Fatalf("readJournal with a partial last line: %v", err)
	}
	if len(got) != 1 {
		t.Fatalf("read %d fetches, want 1", len(got))
	}
	j, err = openJournal(dir, true, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	j.done(imgfriendly.Fetch{ProgramID: "1400000001", URL: "http://m.test/c"}, nil)
	if err := j.close(); err != nil {
		t.Fatal(err)
	}
	got, err = readJournal(dir)
	if err != nil {
		t.Fatalf("journal appended after a partial line does not read back: %v", err)
	}
	var urls []string
	for _, fe := range got {
		urls = append(urls, fe.URL)
	}
	sort.Strings(urls)
	if diff := cmp.Diff([]string{"http://m.test/", "http://m.test/c"}, urls); diff != "" {
		t.Errorf("journal (-want +got):\n%s", diff)
	}
}

// TestSummariseListsPDFsApart checks that PDFs listed from their links
// (never requested) are counted as listed, not failed, while a PDF that was
// requested still counts as a failed fetch.
func TestSummariseListsPDFsApart(t *testing.T) {
	rows := []imgfriendly.Fetch{
		{URL: "http://a.test/", ContentHash: "h1"},
		{URL: "http://a.test/slow", Attempts: 3, Error: imgfriendly.FetchErrorTimeout},
		{URL: "http://a.test/brochure.pdf", ContentType: "application/pdf",
			Error: imgfriendly.FetchErrorContentType + ": application/pdf (listed from its link, not requested)"},
		{URL: "http://a.test/served-as-pdf", Attempts: 1, ContentType: "application/pdf",
			Error: imgfriendly.FetchErrorContentType + ": application/pdf"},
	}
	s := newStatsCollector(Config{})
	for _, r := range rows {
		s.fetched(r)
	}
	n, hosts := s.summarise(1, 0, 0, nil)
	got := struct {
		Fetches, OK, Failed, Listed int
		Causes                      map[string]int
		PDFs                        []string
		HostFailed                  int
	}{n.Fetches, n.OK, n.Failed, n.Listed, n.Causes, n.PDFs, hosts[0].Failed}
	want := struct {
		Fetches, OK, Failed, Listed int
		Causes                      map[string]int
		PDFs                        []string
		HostFailed                  int
	}{4, 1, 2, 1, map[string]int{imgfriendly.FetchErrorTimeout: 1, imgfriendly.FetchErrorContentType: 1},
		[]string{"http://a.test/brochure.pdf", "http://a.test/served-as-pdf"}, 2}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("summary (-want +got):\n%s", d)
	}
	if s := n.String(); !strings.Contains(s, "2 (1 listed from links, not requested)") {
		t.Errorf("summary print lacks the PDF line:\n%s", s)
	}
}
