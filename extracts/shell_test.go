package extracts

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/extract"
)

// memPages is a page store in memory that counts reads.
type memPages struct {
	mu     sync.Mutex
	bodies map[string][]byte
	reads  int
}

func (m *memPages) put(body string) string {
	sum := sha256.Sum256([]byte(body))
	h := hex.EncodeToString(sum[:])
	m.bodies[h] = []byte(body)
	return h
}

func (m *memPages) Get(hash string) ([]byte, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.reads++
	b, ok := m.bodies[hash]
	if !ok {
		return nil, errors.New("no such page")
	}
	return b, nil
}

const eligibility = `<html><head><title>Eligibility</title></head><body><h1>Internal Medicine Residency</h1>
<p>We sponsor J-1 visas through ECFMG. We do not sponsor H-1B visas.</p>
<p>Applicants must have graduated from medical school within the last 5 years.</p></body></html>`

func TestShellExtractsStampsAndCaches(t *testing.T) {
	night := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	pages := &memPages{bodies: map[string][]byte{}}
	hash := pages.put(eligibility)
	fetched := time.Date(2026, 11, 25, 3, 4, 5, 0, time.UTC)
	fetches := []imgfriendly.Fetch{
		{ProgramID: "1401100001", URL: "http://im.a.test/eligibility", Status: 200, ContentHash: hash, FetchedAt: fetched},
		{ProgramID: "1401100001", URL: "http://im.a.test/gone", Status: 404, Error: "http: 404", FetchedAt: fetched},
		{ProgramID: "1401100002", URL: "http://im.b.test/eligibility", Status: 200, ContentHash: hash, FetchedAt: fetched.Add(time.Second)},
	}
	dir := t.TempDir()
	sh, err := Open(dir, pages, night)
	if err != nil {
		t.Fatal(err)
	}
	got, err := sh.Pages(context.Background(), fetches)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Fetch.ProgramID != "1401100001" || got[1].Fetch.ProgramID != "1401100002" {
		t.Fatalf("pages = %d (%+v), want the two OK fetches in order", len(got), got)
	}
	u := mustURL(t, "http://im.a.test/eligibility")
	want, err := extract.Page([]byte(eligibility), u, extract.WithRunDate(night))
	if err != nil {
		t.Fatal(err)
	}
	if len(want.Facts) == 0 {
		t.Fatal("the test page states no facts: the test proves nothing")
	}
	for _, f := range got[0].Facts.Facts {
		if f.ProgramID != "1401100001" || !f.Evidence.FetchedAt.Equal(fetched) {
			t.Errorf("fact %s not stamped with its program and fetch time: %+v", f.Field, f)
		}
	}
	stamp(&want, fetches[0])
	if diff := cmp.Diff(want, got[0].Facts); diff != "" {
		t.Errorf("facts differ from extract.Page's (-want +got):\n%s", diff)
	}
	if got[0].Cached || got[1].Cached {
		t.Errorf("first night's pages came from the cache: %v %v", got[0].Cached, got[1].Cached)
	}

	if err := sh.Close(); err != nil {
		t.Fatal(err)
	}

	// A second night (a new shell on the same directory): the same URL and
	// content are taken from the cache, the store is not read.
	reads := pages.reads
	sh2, err := Open(dir, pages, night.AddDate(0, 0, 1))
	if err != nil {
		t.Fatal(err)
	}
	again, err := sh2.Page(fetches[0])
	if err != nil {
		t.Fatal(err)
	}
	if !again.Cached || pages.reads != reads {
		t.Errorf("second night: cached %v, store reads %d → %d; want the cache", again.Cached, reads, pages.reads)
	}
	if diff := cmp.Diff(got[0].Facts, again.Facts); diff != "" {
		t.Errorf("cached facts differ (-first +cached):\n%s", diff)
	}

	// Another year is another cycle: parsed again.
	sh3, err := Open(dir, pages, night.AddDate(1, 0, 0))
	if err != nil {
		t.Fatal(err)
	}
	if p, err := sh3.Page(fetches[0]); err != nil || p.Cached {
		t.Errorf("next year's night: cached %v, err %v; want parsed again", p.Cached, err)
	}
}

func TestKeyDependsOnEveryPart(t *testing.T) {
	night := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	base := Key("http://a.test/", "aa", night)
	for name, k := range map[string]string{
		"url":     Key("http://b.test/", "aa", night),
		"content": Key("http://a.test/", "ab", night),
		"year":    Key("http://a.test/", "aa", night.AddDate(1, 0, 0)),
	} {
		if k == base {
			t.Errorf("a different %s gives the same key", name)
		}
	}
	if Key("http://a.test/", "aa", night.AddDate(0, 1, 0)) != base {
		t.Error("another night of the same year gives another key: every night would parse every page again")
	}
}

func TestShellReportsAMissingPage(t *testing.T) {
	sh, err := Open(t.TempDir(), &memPages{bodies: map[string][]byte{}}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	_, err = sh.Pages(context.Background(), []imgfriendly.Fetch{{URL: "http://a.test/x", Status: 200, ContentHash: "00"}})
	if err == nil || !errContains(err, "http://a.test/x") {
		t.Errorf("err = %v, want one naming the page", err)
	}
}

// TestShellIgnoresACorruptCacheEntry: cached facts whose bytes changed on
// disk fail their hash; the page is extracted again (and cached again).
func TestShellIgnoresACorruptCacheEntry(t *testing.T) {
	night := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	pages := &memPages{bodies: map[string][]byte{}}
	hash := pages.put(eligibility)
	dir := t.TempDir()
	sh, err := Open(dir, pages, night)
	if err != nil {
		t.Fatal(err)
	}
	f := imgfriendly.Fetch{ProgramID: "p", URL: "http://im.a.test/eligibility", Status: 200, ContentHash: hash}
	first, err := sh.Page(f)
	if err != nil {
		t.Fatal(err)
	}
	if err := sh.Close(); err != nil {
		t.Fatal(err)
	}
	// The only record: its header (80 bytes) follows the segment's 8-byte
	// magic; overwrite the start of its value.
	segs, _ := filepath.Glob(filepath.Join(dir, "segments", "*.seg"))
	if len(segs) != 1 {
		t.Fatalf("segments: %v, want one", segs)
	}
	b, err := os.ReadFile(segs[0])
	if err != nil {
		t.Fatal(err)
	}
	copy(b[8+80:], "CORRUPT")
	if err := os.WriteFile(segs[0], b, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, round := range []string{"corrupt entry", "cached again"} {
		sh, err := Open(dir, pages, night)
		if err != nil {
			t.Fatal(err)
		}
		again, err := sh.Page(f)
		if err != nil {
			t.Fatal(err)
		}
		if again.Cached != (round == "cached again") {
			t.Errorf("%s: cached %v", round, again.Cached)
		}
		if diff := cmp.Diff(first.Facts, again.Facts); diff != "" {
			t.Errorf("%s: facts differ (-first +again):\n%s", round, diff)
		}
		if err := sh.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// TestCacheHasNoFilePerPage: entries for many pages land in one segment
// and its index; retention removes what it is told to and the files of the
// old layout.
func TestCacheHasNoFilePerPage(t *testing.T) {
	dir := t.TempDir()
	old := filepath.Join(dir, "ab", "ab"+strings.Repeat("0", 62)+".json.gz")
	if err := os.MkdirAll(filepath.Dir(old), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(old, []byte("old layout"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := OpenCache(dir)
	if err != nil {
		t.Fatal(err)
	}
	night := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	var keys []string
	for i := range 50 {
		k := Key(fmt.Sprintf("http://p%d.test/", i), "aa", night)
		keys = append(keys, k)
		if err := c.put(k, imgfriendly.PageFacts{Kind: imgfriendly.KindProgram}); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	segs, _ := filepath.Glob(filepath.Join(dir, "segments", "*"))
	if len(segs) != 2 {
		t.Errorf("segment files: %v, want a segment and its index", segs)
	}
	c, err = OpenCache(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	keep := map[string]bool{keys[0]: true}
	n, _, err := c.Retain(context.Background(), func(k string) bool { return keep[k] }, false)
	if err != nil || n != 50 {
		t.Errorf("Retain removed %d, %v; want 49 entries and the old-layout file", n, err)
	}
	if _, err := c.get(keys[0]); err != nil {
		t.Errorf("kept entry: %v", err)
	}
	if _, err := c.get(keys[1]); err == nil {
		t.Error("an entry not kept is still there")
	}
	if _, err := os.Stat(old); !os.IsNotExist(err) {
		t.Errorf("the old layout's file: %v", err)
	}
}
