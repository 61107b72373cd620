package crawl

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/imgfriendly/imgfriendly"
)

// TestFetchesOnDiskReadBackByProgram: with Night.FetchesOnDisk the night's
// fetch log is not held in the Result; Result.Log reads each program's
// fetches back from the journal, sorted by URL, and they are exactly the
// fetches the journal holds (read here by the journal's own reader).
func TestFetchesOnDiskReadBackByProgram(t *testing.T) {
	s := newSite(t)
	s.pages("mercy.test", map[string]string{
		"/robots.txt":        "User-agent: *\nDisallow: /private/\n",
		"/":                  homeHTML,
		"/residents/current": `<html><body><h1>Current residents</h1></body></html>`,
		"/apply.html":        `<html><body>How to apply</body></html>`,
	})
	s.pages("grace.test", map[string]string{
		"/":            `<html><body><a href="/eligibility">Eligibility</a><a href="/brochure.pdf">Brochure</a></body></html>`,
		"/eligibility": `<html><body>We sponsor J-1 visas.</body></html>`,
	})
	seeds := []imgfriendly.Program{program("1400000002", "http://grace.test/"), program("1400000001", "http://mercy.test/")}
	n := Night{FetchesOnDisk: true}
	n.Dir = t.TempDir()
	res := runNight(t, s.testConfig(), n, seeds, openTestStore(t))
	defer res.Log.Close()
	if res.Fetches != nil {
		t.Errorf("Result.Fetches holds %d fetches with FetchesOnDisk", len(res.Fetches))
	}
	journaled, err := JournalFetches(n.Dir)
	if err != nil {
		t.Fatal(err)
	}
	if res.Log.Len() != len(journaled) || res.Stats.Fetches != len(journaled) {
		t.Errorf("Log.Len() = %d, Stats.Fetches = %d; the journal holds %d", res.Log.Len(), res.Stats.Fetches, len(journaled))
	}
	var got []imgfriendly.Fetch
	for _, p := range seeds {
		fs, err := res.Log.Program(p.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) < 2 {
			t.Errorf("program %s: %d fetches, want its pages", p.ID, len(fs))
		}
		for i, f := range fs {
			if f.ProgramID != p.ID {
				t.Errorf("program %s's fetches include %s's %s", p.ID, f.ProgramID, f.URL)
			}
			if i > 0 && fs[i-1].URL >= f.URL {
				t.Errorf("program %s: %s before %s, want URL order", p.ID, fs[i-1].URL, f.URL)
			}
		}
		got = append(got, fs...)
	}
	if fs, err := res.Log.Program("1499999999"); err != nil || len(fs) != 0 {
		t.Errorf("a program the night did not crawl: %d fetches, %v", len(fs), err)
	}
	byKey := func(a, b imgfriendly.Fetch) int {
		return strings.Compare(a.ProgramID+" "+a.URL, b.ProgramID+" "+b.URL)
	}
	slices.SortFunc(got, byKey)
	slices.SortFunc(journaled, byKey)
	if d := cmp.Diff(journaled, got); d != "" {
		t.Errorf("fetches read back differ from the journal's (-journal +log):\n%s", d)
	}
}

// TestJournalLines: the journal streams every complete fetch line in the
// order written — a URL fetched again after a resume once per fetch, where
// JournalFetches keeps the last — skips a partial last line, stops when the
// caller stops, and ends with the error of a line that does not decode.
func TestJournalLines(t *testing.T) {
	dir := t.TempDir()
	lines := []imgfriendly.Fetch{
		{ProgramID: "1400000001", URL: "http://a.test/", ContentHash: "h1"},
		{ProgramID: "1400000001", URL: "http://a.test/x", ContentHash: "h2"},
		{ProgramID: "1400000001", URL: "http://a.test/", ContentHash: "h3"}, // refetched after a resume
	}
	var b strings.Builder
	for _, f := range lines {
		j, err := json.Marshal(journaledFetch{Fetch: f})
		if err != nil {
			t.Fatal(err)
		}
		b.Write(j)
		b.WriteByte('\n')
	}
	b.WriteString(`{"program_id":"1400000001","url":"http://a.te`) // killed mid-line
	if err := os.WriteFile(filepath.Join(dir, journalFetches), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	var got []string
	for f, err := range JournalLines(dir) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, f.URL+" "+f.ContentHash)
	}
	if diff := cmp.Diff([]string{"http://a.test/ h1", "http://a.test/x h2", "http://a.test/ h3"}, got); diff != "" {
		t.Errorf("lines (-want +got):\n%s", diff)
	}
	whole, err := JournalFetches(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(whole) != 2 {
		t.Errorf("JournalFetches: %d fetches, want the 2 URLs", len(whole))
	}
	n := 0
	for range JournalLines(dir) {
		n++
		break
	}
	if n != 1 {
		t.Errorf("a stopped stream went on: %d lines", n)
	}
	for range JournalLines(filepath.Join(dir, "none")) {
		t.Error("a night without a journal has lines")
	}

	if err := os.WriteFile(filepath.Join(dir, journalFetches), []byte(b.String()[:strings.Index(b.String(), "\n")+1]+"not json\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var errs []error
	n = 0
	for _, err := range JournalLines(dir) {
		n++
		if err != nil {
			errs = append(errs, err)
		}
	}
	if n != 2 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "line 2") {
		t.Errorf("a bad second line: %d items, errors %v; want the first line, then the error naming line 2", n, errs)
	}
}
