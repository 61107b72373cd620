package seedlist

import (
	"bytes"
	"strings"
	"testing"

	"github.com/imgfriendly/imgfriendly"
)

func TestCheckVerdicts(t *testing.T) {
	im := imgfriendly.Program{ID: "1403621123", NRMPCodes: []string{"1234140C0"}, Name: "Mercy IM", Specialty: "Internal Medicine", URL: "http://a.test/"}
	ok := imgfriendly.Fetch{URL: "http://a.test/", FinalURL: "http://a.test/", Status: 200, ContentHash: "h"}
	page := func(kind imgfriendly.PageKind, title, heading string, ids ...imgfriendly.StatedID) *imgfriendly.PageFacts {
		return &imgfriendly.PageFacts{Kind: kind, Title: title, Heading: heading, IDs: ids}
	}
	id := func(kind imgfriendly.IDKind, v string, group int) imgfriendly.StatedID {
		return imgfriendly.StatedID{Kind: kind, Value: v, Group: group}
	}
	hop := func(status int, to string) imgfriendly.Redirect {
		return imgfriendly.Redirect{From: "http://a.test/", To: to, Status: status}
	}
	tests := []struct {
		name      string
		fetch     imgfriendly.Fetch
		redirects []imgfriendly.Redirect
		page      *imgfriendly.PageFacts
		verdict   string
		detail    string
		newURL    string
	}{
		{"program page", ok, nil, page(imgfriendly.KindProgram, "Home | Internal Medicine Residency", ""), VerdictOK, "", ""},
		{"weak name in heading", ok, nil, page(imgfriendly.KindProgram, "Home", "Medicine Residency"), VerdictOK, "", ""},
		{"permanent then temporary", imgfriendly.Fetch{FinalURL: "https://b.test/home", Status: 200, ContentHash: "h"},
			[]imgfriendly.Redirect{hop(301, "https://a.test/"), hop(302, "https://b.test/home")}, page(imgfriendly.KindProgram, "Internal Medicine", ""),
			VerdictMoved, "301 → https://a.test/", "https://a.test/"},
		{"308 is permanent", ok, []imgfriendly.Redirect{hop(308, "http://a.test/im/")}, page(imgfriendly.KindProgram, "Internal Medicine", ""), VerdictMoved, "308 → http://a.test/im/", "http://a.test/im/"},
		{"temporary first", ok, []imgfriendly.Redirect{hop(302, "http://a.test/x"), hop(301, "http://a.test/y")}, page(imgfriendly.KindProgram, "Internal Medicine", ""),
			VerdictOK, "temporary redirect (302) to http://a.test/: kept", ""},
		{"robots", imgfriendly.Fetch{Error: "robots_disallowed: /private"}, nil, nil, VerdictBlocked, "robots.txt disallows it", ""},
		{"out of scope", imgfriendly.Fetch{FinalURL: "http://other.test/", Error: "out_of_scope: other.test"}, []imgfriendly.Redirect{hop(301, "http://other.test/")}, nil,
			VerdictOutOfScope, "redirects to http://other.test/, outside the program's site (not followed)", ""},
		{"pdf", imgfriendly.Fetch{Error: "not_html: application/pdf", Status: 200}, nil, nil, VerdictNotProgram, "not an HTML page (application/pdf)", ""},
		{"5xx after retries", imgfriendly.Fetch{Error: "http_status: 503", Status: 503, Attempts: 4}, nil, nil, VerdictDead, "http_status: 503 after 4 attempts", ""},
		{"dns", imgfriendly.Fetch{Error: "network: lookup gone.example: no such host", Attempts: 1}, nil, nil, VerdictDead, "network: lookup gone.example: no such host", ""},
		{"moved to a hospital page", ok, []imgfriendly.Redirect{hop(301, "http://a.test/")}, page(imgfriendly.KindOther, "Mercy | Patients", "Mercy"),
			VerdictNotProgram, `reads as a page about something else (title "Mercy | Patients")`, ""},
		{"institution page with several ids", ok, nil,
			page(imgfriendly.KindProgram, "GME", "Residency Programs", id(imgfriendly.IDACGME, "1203621001", 1), id(imgfriendly.IDACGME, "3203621002", 2)),
			VerdictNotProgram, "lists the ids of 2 other programs: an institution's page?", ""},
		{"institution page listing this one", ok, nil,
			page(imgfriendly.KindProgram, "GME", "", id(imgfriendly.IDNRMP, "1234140C0", 1), id(imgfriendly.IDACGME, "1203621001", 2)),
			VerdictNotProgram, "lists the ids of 2 programs, this one among them: an institution's page?", ""},
		{"own id, no name", ok, nil, page(imgfriendly.KindProgram, "Home", "Welcome", id(imgfriendly.IDACGME, "1403621123", 1)), VerdictOK, "", ""},
		{"another specialty", ok, nil, page(imgfriendly.KindProgram, "Family Medicine Residency | Mercy", ""), VerdictNotProgram, "its title names Family Medicine, not Internal Medicine", ""},
		{"no specialty named", ok, nil, page(imgfriendly.KindProgram, "Graduate Medical Education", "Our Programs"), VerdictNotProgram,
			`neither its title "Graduate Medical Education" nor its heading "Our Programs" names Internal Medicine`, ""},
	}
	for _, tt := range tests {
		c := Check(imgfriendly.SeedFetch{Program: im, Fetch: tt.fetch, Redirects: tt.redirects}, tt.page)
		if c.Verdict != tt.verdict || c.Detail != tt.detail || c.NewURL != tt.newURL {
			t.Errorf("%s: %q %q %q, want %q %q %q", tt.name, c.Verdict, c.Detail, c.NewURL, tt.verdict, tt.detail, tt.newURL)
		}
	}
	// A specialty the table does not know is not held against the page.
	odd := im
	odd.Specialty = "Sleep Medicine"
	if c := Check(imgfriendly.SeedFetch{Program: odd, Fetch: ok}, page(imgfriendly.KindProgram, "Home", "")); c.Verdict != VerdictOK {
		t.Errorf("unknown specialty: %+v", c)
	}
}

func TestCheckTableAndAdopt(t *testing.T) {
	a := imgfriendly.Program{ID: "1403621123", Name: "A", URL: "http://a.test/old"}
	b := imgfriendly.Program{ID: "1203621001", Name: "B", URL: "http://b.test/"}
	cs := []SeedCheck{
		{Program: a, Verdict: VerdictMoved, NewURL: "http://a.test/new", Status: 200, Detail: "301 → http://a.test/new"},
		{Program: b, Verdict: VerdictOK, Status: 200, SharedWith: []string{"4403621124"}},
		{Program: imgfriendly.Program{ID: "4403621124", URL: "http://b.test/"}, Verdict: VerdictOK, Status: 200},
	}
	var buf bytes.Buffer
	if err := WriteCheckTable(&buf, cs, false); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.Contains(out, "1403621123  moved    200     http://a.test/old  301 → http://a.test/new\n") ||
		!strings.Contains(out, "1203621001  ok       200     http://b.test/     shared with 4403621124\n") || strings.Contains(out, "4403621124  ok") ||
		!strings.Contains(out, "3 seed URLs: 2 ok, 1 moved, 0 not a program page, 0 out of scope, 0 blocked by robots.txt, 0 dead; 1 share a URL") {
		t.Errorf("table:\n%s", out)
	}
	ps, n := Adopt(cs)
	if n != 1 || ps[0].URL != "http://a.test/new" || ps[1].URL != "http://b.test/" || len(ps) != 3 {
		t.Errorf("adopt: %d %+v", n, ps)
	}
	buf.Reset()
	if err := WriteCheckCSV(&buf, cs); err != nil || !strings.HasPrefix(buf.String(), "program_id,name,url,verdict,status,final_url,new_url,kind,shared_with,redirects,detail\n1403621123,A,http://a.test/old,moved,200,,http://a.test/new,") {
		t.Errorf("csv %v:\n%s", err, buf.String())
	}
}
