package web

import (
	"bytes"
	"encoding/base64"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/imgfriendly/imgfriendly/queries"
)

// noRedirect is a client that reports redirects instead of following them.
var noRedirect = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

// do sends a request and returns the response with its body read.
func do(t testing.TB, req *http.Request) (*http.Response, string) {
	t.Helper()
	resp, err := noRedirect.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(b)
}

func (ts *testServer) get(t testing.TB, path string, cookies ...*http.Cookie) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, ts.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cookies {
		req.AddCookie(c)
	}
	return do(t, req)
}

func (ts *testServer) postForm(t testing.TB, path string, form url.Values, cookies ...*http.Cookie) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, ts.URL+path, strings.NewReader(form.Encode()))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	for _, c := range cookies {
		req.AddCookie(c)
	}
	return do(t, req)
}

// saveProfile posts the profile form and returns the cookie it sets.
func (ts *testServer) saveProfile(t testing.TB, form url.Values) *http.Cookie {
	t.Helper()
	resp, body := ts.postForm(t, "/profile", form)
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("POST /profile: %d\n%s", resp.StatusCode, body)
	}
	for _, c := range resp.Cookies() {
		if c.Name == profileCookie {
			return c
		}
	}
	t.Fatal("POST /profile set no profile cookie")
	return nil
}

// tierOf finds the tier shown for a program in a list page.
func tierOf(t testing.TB, body, name string) string {
	t.Helper()
	re := regexp.MustCompile(`(?s)<span class="tier tier-([a-z_]+)">[^<]*</span></td>\s*<td data-label="Program" class="name"><a href="/program/\d+">` + regexp.QuoteMeta(name) + `</a>`)
	m := re.FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no tier for %q in the page", name)
	}
	return m[1]
}

func TestRoutes(t *testing.T) {
	dir := t.TempDir()
	publishFixture(t, dir, 1)
	publishFixture(t, dir, 2)
	ts := newTestServer(t, dir, Config{})

	// Without a profile: every program, untiered, and a prompt for the profile.
	resp, body := ts.get(t, "/")
	if resp.StatusCode != 200 || !strings.Contains(body, "Lakeside Internal Medicine Residency") ||
		!strings.Contains(body, "Brooklyn Family Medicine Residency") || !strings.Contains(body, "enter your profile") {
		t.Fatalf("GET / without a profile: %d\n%s", resp.StatusCode, body)
	}
	if strings.Contains(body, `class="tier `) {
		t.Error("tiers shown without a profile")
	}

	cookie := ts.saveProfile(t, testProfile())
	_, body = ts.get(t, "/", cookie)
	for name, want := range map[string]string{
		"Lakeside Internal Medicine Residency": "high",
		"Harbor Internal Medicine Residency":   "not_eligible",
		"Prairie Internal Medicine Residency":  "reach",
		"Summit Internal Medicine Residency":   "moderate",
	} {
		if got := tierOf(t, body, name); got != want {
			t.Errorf("%s: tier %s, want %s", name, got, want)
		}
	}
	if strings.Contains(body, "Brooklyn Family Medicine") {
		t.Error("a Family Medicine program in the list of an Internal Medicine applicant")
	}
	if !strings.Contains(body, "YOG limit 3 years, you are at 4 by the 2026 Match") {
		t.Error("the Harbor exclusion reason is missing")
	}
	// Each reason quotes the sentence of the program's page, and links the page
	// (a text fragment takes the browser to the sentence).
	if !strings.Contains(body, `<q class="evidence">Applicants must have graduated within the last 3 years.</q> <a class="source" href="http://p1401100002.test/eligibility#:~:text=Applicants%20must%20have%20graduated%20within%20the%20last%203%20years."`) {
		t.Error("the Harbor exclusion reason does not quote its sentence with a link to it")
	}

	// Filters, sort and search.
	for _, tc := range []struct {
		give      string
		want, not []string
	}{
		{"/?tier=high", []string{"Lakeside"}, []string{"Harbor", "Summit"}},
		{"/?state=CO", []string{"Summit"}, []string{"Lakeside"}},
		{"/?state=Colorado", []string{"Summit"}, []string{"Lakeside"}},
		{"/?state=colo.", []string{"Summit"}, []string{"Lakeside"}},
		{"/?state=kansas", []string{"Prairie"}, []string{"Summit"}},
		{"/?q=maryland", []string{"Harbor"}, []string{"Lakeside", "Summit"}},
		{"/?q=harbor+md", []string{}, []string{"Harbor"}}, // codes are not words of the search: "md" is in no name, city or state name
		{"/?state=region:midwest", []string{"Lakeside", "Prairie"}, []string{"Summit", "Harbor"}},
		{"/?q=denver", []string{"Summit"}, []string{"Lakeside"}},
		{"/?img=50", []string{"Lakeside", "Harbor"}, []string{"Summit", "Prairie"}},
		{"/?noyog=1", []string{"Lakeside", "Prairie"}, []string{"Harbor", "Summit"}},
		{"/?specialty=all&visa=j1", []string{"Lakeside"}, []string{"Brooklyn"}},
		{"/?specialty=Family+Medicine", []string{"Brooklyn"}, []string{"Lakeside"}},
	} {
		resp, body := ts.get(t, tc.give, cookie)
		if resp.StatusCode != 200 {
			t.Errorf("GET %s: %d", tc.give, resp.StatusCode)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(body, w+" ") {
				t.Errorf("GET %s: %s missing", tc.give, w)
			}
		}
		for _, n := range tc.not {
			if strings.Contains(body, ">"+n+" ") {
				t.Errorf("GET %s: %s listed", tc.give, n)
			}
		}
	}
	// The state filter offers names, sends codes, and shows the one chosen by
	// name selected; a state that is none is a 400 naming it.
	_, body = ts.get(t, "/?state=Colorado", cookie)
	if !strings.Contains(body, `<option value="CO" selected>Colorado (CO)</option>`) {
		t.Error(`state=Colorado: "Colorado (CO)" not selected in the filter`)
	}
	resp, body = ts.get(t, "/?state=Atlantis", cookie)
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(body, "&#34;Atlantis&#34; is not a US state") {
		t.Errorf("state=Atlantis: %d, want 400 naming it", resp.StatusCode)
	}
	_, body = ts.get(t, "/?sort=img&dir=desc", cookie)
	if i, j := strings.Index(body, ">Lakeside"), strings.Index(body, ">Prairie"); i < 0 || j < 0 || i > j {
		t.Error("sorted by IMG share, highest first: Lakeside (60%) should come before Prairie (0%)")
	}

	// One program: facts with their sentences, the history, the roster, contacts.
	resp, body = ts.get(t, "/program/1401100001", cookie)
	for _, want := range []string{
		"We accept J-1 visas sponsored by the ECFMG.",
		"A minimum USMLE Step 2 CK score of 225 is required.", // tonight
		"A minimum USMLE Step 2 CK score of 220 is required.", // the history
		"History: 2 versions",
		"King Edward Medical University", "Pakistan",
		"Dr. Ada Director", "1001140C0",
		`tier tier-high`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("program page: %q missing", want)
		}
	}
	if resp.StatusCode != 200 {
		t.Errorf("program page: %d", resp.StatusCode)
	}

	// Statistics, health, unknown pages.
	resp, body = ts.get(t, "/stats")
	if resp.StatusCode != 200 || !strings.Contains(body, "<svg") || !strings.Contains(body, "Internal Medicine") {
		t.Errorf("GET /stats: %d", resp.StatusCode)
	}
	resp, body = ts.get(t, "/healthz")
	if resp.StatusCode != 200 || !strings.Contains(body, "run_id=night2") {
		t.Errorf("GET /healthz: %d %q", resp.StatusCode, body)
	}
	for _, p := range []string{"/program/9999999999", "/program/abc", "/nothing", "/program/1401100001%27%20OR%201=1"} {
		if resp, _ := ts.get(t, p); resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", p, resp.StatusCode)
		}
	}
	// A specialty nobody has: a clear 400, not a 500 (user values are bound, never spliced).
	resp, body = ts.get(t, "/?specialty="+url.QueryEscape("x' OR 1=1; DROP TABLE programs; --"), cookie)
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(body, "unknown specialty") {
		t.Errorf("an unknown specialty: %d", resp.StatusCode)
	}
}

func TestProfileForm(t *testing.T) {
	dir := t.TempDir()
	publishFixture(t, dir, 1)
	ts := newTestServer(t, dir, Config{})

	bad := url.Values(testProfile())
	bad.Set("graduation_year", "nineteen")
	bad.Set("visa_needed", "")
	bad.Set("states", "NY, Nwe York")
	bad.Del("specialties")
	resp, body := ts.postForm(t, "/profile", bad)
	if resp.StatusCode != http.StatusUnprocessableEntity {
		t.Fatalf("bad profile: %d", resp.StatusCode)
	}
	for _, want := range []string{"enter a whole number", "required for citizenship non_us", `did you mean &#34;NY&#34;`, "at least one specialty"} {
		if !strings.Contains(body, want) {
			t.Errorf("bad profile: %q missing", want)
		}
	}
	if len(resp.Cookies()) != 0 {
		t.Error("a bad profile was saved")
	}
	// The form keeps what was typed.
	if !strings.Contains(body, `value="nineteen"`) {
		t.Error("the form lost the typed year")
	}

	c := ts.saveProfile(t, testProfile())
	if !c.HttpOnly || c.SameSite != http.SameSiteStrictMode {
		t.Errorf("profile cookie: HttpOnly %v SameSite %v", c.HttpOnly, c.SameSite)
	}
	_, body = ts.get(t, "/profile", c)
	if !strings.Contains(body, `id="graduation_year" name="graduation_year" type="number" inputmode="numeric" value="2022"`) {
		t.Error("the profile form is not prefilled from the cookie")
	}
	// The server's --profile is the default for a browser without its own.
	p, err := queries.ParseProfile(strings.NewReader("graduation_year: 2024\ncitizenship: us\nstep1_passed: true\nspecialties: [Internal Medicine]\n"), "me.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ts2 := newTestServer(t, dir, Config{Profile: &p})
	_, body = ts2.get(t, "/")
	if !strings.Contains(body, "The server's profile file") || !strings.Contains(body, "graduated 2024") {
		t.Error("the --profile default is not used")
	}
	resp, _ = ts.postForm(t, "/profile/forget", nil, c)
	if resp.StatusCode != http.StatusSeeOther || len(resp.Cookies()) != 1 || resp.Cookies()[0].MaxAge >= 0 {
		t.Error("forgetting the profile does not delete the cookie")
	}
}

func TestSafety(t *testing.T) {
	dir := t.TempDir()
	publishFixture(t, dir, 1)
	ts := newTestServer(t, dir, Config{})

	for _, p := range []string{"/", "/stats", "/soap", "/nothing", "/static/style.css"} {
		resp, _ := ts.get(t, p)
		h := resp.Header
		if h.Get("Content-Security-Policy") != csp || h.Get("X-Content-Type-Options") != "nosniff" ||
			h.Get("Referrer-Policy") != "no-referrer" || h.Get("X-Frame-Options") != "DENY" {
			t.Errorf("GET %s: security headers %v", p, h)
		}
	}
	if !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "unsafe") {
		t.Errorf("CSP not strict: %s", csp)
	}

	// DNS rebinding: a foreign Host is refused on a loopback listener.
	req, _ := http.NewRequest(http.MethodGet, ts.URL+"/", nil)
	req.Host = "evil.example:8080"
	if resp, _ := do(t, req); resp.StatusCode != http.StatusMisdirectedRequest {
		t.Errorf("foreign Host: %d, want 421", resp.StatusCode)
	}
	req, _ = http.NewRequest(http.MethodGet, ts.URL+"/healthz", nil)
	req.Host = "localhost:8080"
	if resp, _ := do(t, req); resp.StatusCode != http.StatusOK {
		t.Errorf("Host localhost: %d, want 200", resp.StatusCode)
	}

	// A cross-site form post is refused.
	req, _ = http.NewRequest(http.MethodPost, ts.URL+"/profile", strings.NewReader(url.Values(testProfile()).Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	if resp, _ := do(t, req); resp.StatusCode != http.StatusForbidden {
		t.Errorf("cross-site POST /profile: %d, want 403", resp.StatusCode)
	}

	// Request size limits.
	big := url.Values{"unfilled": {strings.Repeat("1234-140-C0 Program\n", DefaultLimits().MaxSOAPBytes/20+10)}}
	c := ts.saveProfile(t, testProfile())
	if resp, _ := ts.postForm(t, "/soap", big, c); resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("a 4 MiB+ SOAP list: %d, want 413", resp.StatusCode)
	}
	huge := url.Values(testProfile())
	huge.Set("name", strings.Repeat("x", maxFormBytes))
	if resp, _ := ts.postForm(t, "/profile", huge); resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("a 64 KiB+ profile form: %d, want 413", resp.StatusCode)
	}

	// Server timeouts and limits are set.
	s, err := New(Config{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	hs := s.HTTPServer("127.0.0.1:0")
	if hs.ReadHeaderTimeout == 0 || hs.ReadTimeout == 0 || hs.WriteTimeout == 0 || hs.IdleTimeout == 0 || hs.MaxHeaderBytes == 0 {
		t.Errorf("server without timeouts or header limit: %+v", hs)
	}
}

func TestIsLoopback(t *testing.T) {
	for _, tc := range []struct {
		give string
		want bool
	}{
		{"127.0.0.1:8080", true}, {"[::1]:8080", true}, {"localhost:80", true}, {"127.1.2.3:80", true},
		{"0.0.0.0:8080", false}, {":8080", false}, {"192.168.1.5:8080", false}, {"[::]:8080", false}, {"example.com:80", false}, {"nonsense", false},
	} {
		if got := IsLoopback(tc.give); got != tc.want {
			t.Errorf("IsLoopback(%q) = %v, want %v", tc.give, got, tc.want)
		}
	}
}

// Without a published warehouse every page says how to make one; a night
// published later is served without a restart, and so is the next.
func TestWarehouseAppearsAndChanges(t *testing.T) {
	dir := t.TempDir()
	ts := newTestServer(t, dir, Config{})
	for _, p := range []string{"/", "/stats", "/program/1401100001", "/soap", "/profile"} {
		resp, body := ts.get(t, p)
		if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(body, "imgfriendly demo --dir "+dir) {
			t.Errorf("GET %s without a warehouse: %d\n%s", p, resp.StatusCode, body)
		}
	}
	if resp, body := ts.get(t, "/healthz"); resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("healthz without a warehouse: %d %s", resp.StatusCode, body)
	}
	publishFixture(t, dir, 1)
	if _, body := ts.get(t, "/healthz"); !strings.Contains(body, "run_id=night1") {
		t.Errorf("after the first night: %q", body)
	}
	_, body := ts.get(t, "/program/1401100001")
	if !strings.Contains(body, "score of 220") || strings.Contains(body, "score of 225") {
		t.Error("night 1's program page does not show night 1's fact")
	}
	_, _ = ts.get(t, "/stats") // fills the cache of night 1
	publishFixture(t, dir, 2)
	if _, body := ts.get(t, "/healthz"); !strings.Contains(body, "run_id=night2") {
		t.Errorf("after the second night: %q", body)
	}
	_, body = ts.get(t, "/program/1401100001")
	if !strings.Contains(body, "History: 2 versions") {
		t.Error("night 2's program page does not show the history")
	}
	_, body = ts.get(t, "/")
	if !strings.Contains(body, "night2") {
		t.Error("the list still shows night 1")
	}
}

func TestTracker(t *testing.T) {
	dir := t.TempDir()
	publishFixture(t, dir, 1)
	ts := newTestServer(t, dir, Config{})
	c := ts.saveProfile(t, testProfile())
	for _, format := range []string{"xlsx", "csv"} {
		resp, body := ts.get(t, "/tracker."+format+"?state=region:midwest", c)
		if resp.StatusCode != 200 || !strings.Contains(resp.Header.Get("Content-Disposition"), "attachment") {
			t.Fatalf("tracker.%s: %d %v", format, resp.StatusCode, resp.Header)
		}
		tr, err := queries.ReadTracker(strings.NewReader(body), format)
		if err != nil {
			t.Fatalf("tracker.%s: %v", format, err)
		}
		col := slices.Index(tr.Header, "Program")
		var names []string
		for _, r := range tr.Rows {
			names = append(names, r[col].Text)
		}
		if len(names) != 2 || !strings.Contains(strings.Join(names, "|"), "Lakeside") || !strings.Contains(strings.Join(names, "|"), "Prairie") {
			t.Errorf("tracker.%s for the midwest: %v, want Lakeside and Prairie", format, names)
		}
	}
	// Not eligible programs are left out unless asked for, as in the CLI.
	_, body := ts.get(t, "/tracker.csv", c)
	if strings.Contains(body, "Harbor") {
		t.Error("a Not eligible program in the default tracker")
	}
	_, body = ts.get(t, "/tracker.csv?tier=not_eligible", c)
	if !strings.Contains(body, "Harbor") {
		t.Error("tier=not_eligible leaves out Harbor")
	}
}

// multipartBody builds a multipart form with the given fields.
func multipartBody(t testing.TB, fields map[string]string) (*bytes.Buffer, string) {
	var b bytes.Buffer
	w := multipart.NewWriter(&b)
	for k, v := range fields {
		if k == "unfilled_file" {
			fw, err := w.CreateFormFile(k, "unfilled.txt")
			if err != nil {
				t.Fatal(err)
			}
			io.WriteString(fw, v)
			continue
		}
		w.WriteField(k, v)
	}
	w.Close()
	return &b, w.FormDataContentType()
}

func TestSOAP(t *testing.T) {
	dir := t.TempDir()
	publishFixture(t, dir, 1)
	ts := newTestServer(t, dir, Config{})
	list := "1001-140-C0\tLakeside Internal Medicine Residency\tSpringfield\tIL\t2\n" +
		"9999-140-C0\tNowhere General Hospital\tNowhere\tWY\t1\n"

	// Without a profile the page asks for one.
	if resp, body := ts.postForm(t, "/soap", url.Values{"unfilled": {list}}); resp.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(body, "Enter your profile first") {
		t.Errorf("SOAP without a profile: %d", resp.StatusCode)
	}
	c := ts.saveProfile(t, testProfile())
	for name, send := range map[string]func() (*http.Response, string){
		"pasted": func() (*http.Response, string) { return ts.postForm(t, "/soap", url.Values{"unfilled": {list}}, c) },
		"file": func() (*http.Response, string) {
			b, ct := multipartBody(t, map[string]string{"unfilled_file": list, "unfilled": ""})
			req, _ := http.NewRequest(http.MethodPost, ts.URL+"/soap", b)
			req.Header.Set("Content-Type", ct)
			req.AddCookie(c)
			return do(t, req)
		},
	} {
		resp, body := send()
		if resp.StatusCode != 200 {
			t.Fatalf("%s: %d\n%s", name, resp.StatusCode, body)
		}
		if resp.Header.Get("Cache-Control") != "no-store" {
			t.Errorf("%s: the SOAP answer may be cached: %q", name, resp.Header.Get("Cache-Control"))
		}
		for _, want := range []string{"1 matched program", "Lakeside Internal Medicine Residency", "matched by NRMP code", "tier tier-high",
			"1 row(s) not matched", "NRMP code 9999140C0 is not in the warehouse"} {
			if !strings.Contains(body, want) {
				t.Errorf("%s: %q missing", name, want)
			}
		}
	}
	if resp, body := ts.postForm(t, "/soap", url.Values{"unfilled": {"   "}}, c); resp.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(body, "Paste the List") {
		t.Errorf("an empty list: %d", resp.StatusCode)
	}
}

// TestSOAPPaged: a long result is shown a page at a time; the pager's
// buttons submit the form again with the list echoed in its textarea (also
// when the list came as a file), so no page needs anything kept on the
// server: page 2 is answered from its own request alone.
func TestSOAPPaged(t *testing.T) {
	dir := t.TempDir()
	publishFixture(t, dir, 1)
	ts := newTestServer(t, dir, Config{Limits: Limits{SOAPPageSize: 2}})
	c := ts.saveProfile(t, testProfile())
	list := "1001-140-C0\tLakeside\tSpringfield\tIL\t1\n1002-140-C0\tHarbor\tBaltimore\tMD\t1\n" +
		"1003-140-C0\tPrairie\tTopeka\tKS\t1\n1004-140-C0\tSummit\tDenver\tCO\t1\n" +
		"9998-140-C0\tNowhere One\tNowhere\tWY\t1\n9999-140-C0\tNowhere Two\tNowhere\tWY\t1\n"
	b, ct := multipartBody(t, map[string]string{"unfilled_file": list, "unfilled": ""})
	req, _ := http.NewRequest(http.MethodPost, ts.URL+"/soap", b)
	req.Header.Set("Content-Type", ct)
	req.AddCookie(c)
	resp, first := do(t, req)
	if resp.StatusCode != 200 {
		t.Fatalf("page 1: %d", resp.StatusCode)
	}
	resp, second := ts.postForm(t, "/soap", url.Values{"unfilled": {list}, "page": {"2"}}, c)
	if resp.StatusCode != 200 {
		t.Fatalf("page 2: %d", resp.StatusCode)
	}
	names := []string{"Lakeside Internal Medicine Residency", "Summit Internal Medicine Residency",
		"Prairie Internal Medicine Residency", "Harbor Internal Medicine Residency"} // tier order
	for i, name := range names {
		onFirst, onSecond := strings.Contains(first, name), strings.Contains(second, name)
		if onFirst != (i < 2) || onSecond != (i >= 2) {
			t.Errorf("%s: on page 1 %v, on page 2 %v", name, onFirst, onSecond)
		}
	}
	for _, want := range []string{"4 matched program(s)", "page 1 of 2", `name="page" value="2"`, "2 row(s) not matched", "9998140C0 is not in the warehouse",
		">1001-140-C0\tLakeside\tSpringfield"} {
		if !strings.Contains(first, want) {
			t.Errorf("page 1: %q missing", want)
		}
	}
	if strings.Contains(first, `value="0"`) || !strings.Contains(second, `name="page" value="1"`) || strings.Contains(second, `name="page" value="3"`) {
		t.Error("the pager's buttons do not lead to the pages before and after")
	}
	if strings.Contains(second, "9998140C0 is not in the warehouse") || !strings.Contains(second, "None on this page") {
		t.Error("page 2 repeats the unmatched rows of page 1")
	}
}

// TestProfileKept: a cookie's profile is parsed once and kept; the kept one
// follows the season (after Match Day the default Match year moves on), a
// cookie that does not parse is never kept, and a full cache starts again.
func TestProfileKept(t *testing.T) {
	clock := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	s, err := New(Config{Now: func() time.Time { return clock }, Limits: Limits{CachedLists: 1}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	p, errs := parseProfile(url.Values(testProfile()), clock)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	req := func(c *http.Cookie) *http.Request {
		r := httptest.NewRequest(http.MethodGet, "/", nil)
		r.AddCookie(c)
		return r
	}
	first := s.profileOf(req(cookieOf(p)))
	if first == nil || first.Year != 2026 || first.Profile.GraduationYear != 2022 {
		t.Fatalf("profile %+v", first)
	}
	if again := s.profileOf(req(cookieOf(p))); again != first {
		t.Error("the same cookie parsed again: not kept")
	}
	clock = time.Date(2026, 4, 1, 12, 0, 0, 0, time.UTC) // after the 2026 Match Day
	if later := s.profileOf(req(cookieOf(p))); later == nil || later.Year != 2027 {
		t.Errorf("after Match Day: %+v, want the 2027 Match", later)
	}
	bad := &http.Cookie{Name: profileCookie, Value: base64.RawURLEncoding.EncodeToString([]byte("graduation_year=soon"))}
	if got := s.profileOf(req(bad)); got != nil {
		t.Errorf("a bad cookie gave %+v", got)
	}
	if _, ok := s.profiles.get(bad.Value, clock); ok {
		t.Error("a bad cookie's result was kept")
	}
	for i := range s.profiles.max + 1 {
		v := url.Values(testProfile())
		v.Set("step2ck_score", strconv.Itoa(200+i))
		q, _ := parseProfile(v, clock)
		s.profileOf(req(cookieOf(q)))
	}
	if n := len(s.profiles.m); n > s.profiles.max {
		t.Errorf("%d profiles kept, at most %d", n, s.profiles.max)
	}
}
