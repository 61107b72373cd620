package web

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

// TestLimitsApply: the serve section's page size and list size limit are
// what the server uses (not the defaults).
func TestLimitsApply(t *testing.T) {
	dir := t.TempDir()
	publishFixture(t, dir, 1)
	ts := newTestServer(t, dir, Config{Limits: Limits{PageSize: 2, MaxSOAPBytes: 2048}})

	_, body := ts.get(t, "/")
	if n := strings.Count(body, `<tr class="program">`); n != 2 || !strings.Contains(body, "page 1 of 3") {
		t.Errorf("page_size 2: %d rows on the page, want 2 of 5 on page 1 of 3", n)
	}
	c := ts.saveProfile(t, testProfile())
	list := url.Values{"unfilled": {strings.Repeat("1234-140-C0\tSome Program\tCity\tNY\t1\n", 100)}} // ~3.6 KB
	if resp, _ := ts.postForm(t, "/soap", list, c); resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("a 3.6 KB list with max_soap_bytes 2048: %d, want 413", resp.StatusCode)
	}
}

func TestLimitsValidate(t *testing.T) {
	if err := DefaultLimits().Validate(); err != nil {
		t.Fatalf("defaults: %v", err)
	}
	bad := Limits{Tierings: 0, TieringQueue: -1, TieringWait: time.Hour, CachedLists: 0, KeptRows: 0, PageSize: 5000, SOAPPageSize: 0, MaxSOAPBytes: 10}
	err := bad.Validate()
	if err == nil {
		t.Fatal("every limit out of range: no error")
	}
	for _, key := range []string{"tierings:", "tiering_queue:", "tiering_wait:", "cached_lists:", "kept_rows:", "page_size:", "soap_page_size:", "max_soap_bytes:"} {
		if !strings.Contains(err.Error(), key) {
			t.Errorf("error does not name %s\n%v", key, err)
		}
	}
}

// TestSortField: the form's sort field (for phones, which do not show the
// column headers) sorts by key and direction in one value.
func TestSortField(t *testing.T) {
	dir := t.TempDir()
	publishFixture(t, dir, 1)
	ts := newTestServer(t, dir, Config{})
	_, body := ts.get(t, "/?sort=img:desc")
	order := []string{"Lakeside Internal", "Harbor Internal", "Summit Internal", "Brooklyn Family", "Prairie Internal"}
	last := -1
	for _, name := range order {
		i := strings.Index(body, name)
		if i < last {
			t.Errorf("sorted by IMG share, highest first: %s is out of place", name)
		}
		last = i
	}
	if !strings.Contains(body, `<option value="img:desc" selected>`) {
		t.Error("the sort field does not show the order")
	}
	if _, body := ts.get(t, "/?sort=name"); !strings.Contains(body, `<option value="name" selected>`) || strings.Contains(body, `value="tier"`) {
		t.Error("without a profile the sort field shows the name order and no tier order")
	}
}

// TestNightEntriesKept: the lists (one per profile) are kept up to the
// limit, least recently used out first; the night's own entries (its
// Tiering, every list is made from) are never evicted by them.
func TestNightEntriesKept(t *testing.T) {
	c := newNightCache(2)
	n := Night{RunID: "r1"}
	val := func(v string) func() (any, error) { return func() (any, error) { return v, nil } }
	c.get(n, "tiering", val("night"))
	for _, k := range []string{"tiered:a", "tiered:b", "tiered:c", "tiered:d"} {
		c.get(n, k, val(k))
	}
	if _, ok := c.peek(n, "tiering"); !ok {
		t.Error("the night's tiering was evicted by profiles' lists")
	}
	for k, want := range map[string]bool{"tiered:a": false, "tiered:b": false, "tiered:c": true, "tiered:d": true} {
		if _, ok := c.peek(n, k); ok != want {
			t.Errorf("%s kept: %v, want %v", k, ok, want)
		}
	}
}
