package warehouse

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly"
)

// What a night stores comes back through Programs, Residents, Fetches and
// LastFetches unchanged.
func TestReadBackNight(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	n := threeNights()[0]
	n.Programs[0].PDName, n.Programs[0].PDEmail, n.Programs[0].Phone = "Dr. Ada Lovelace", "pd@example.test", "555-0100"
	n.Programs[1].NRMPCodes = append(n.Programs[1].NRMPCodes, "1401140P0")
	n.Programs[3].ResidentsUnknown = 1
	h1b := n.Programs[0].Facts[imgfriendly.FieldVisaH1B]
	h1b.Condition = "Step 3 passed"
	n.Programs[0].Facts[imgfriendly.FieldVisaH1B] = h1b
	n.Fetches[0].NotModified, n.Fetches[0].Duration, n.Fetches[0].LastModified = true, 1500000, "Mon, 05 Jan 2026 10:00:00 GMT"
	mustRunNight(t, testConfig(), dir, n, imgfriendly.RunPublished)

	w, err := Open(ctx, filepath.Join(dir, WarehouseFile), true)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	ps, err := w.Programs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(n.Programs, ps); diff != "" {
		t.Errorf("Programs (-stored +read):\n%s", diff)
	}
	rs, err := w.Residents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(n.Residents, rs); diff != "" {
		t.Errorf("Residents (-stored +read):\n%s", diff)
	}
	fs, err := w.Fetches(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(n.Fetches, fs); diff != "" {
		t.Errorf("Fetches (-stored +read):\n%s", diff)
	}
	last, err := w.LastFetches(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got := last[n.Fetches[4].URL]; len(last) != len(n.Fetches) || got.ETag != n.Fetches[4].ETag || got.ContentHash != n.Fetches[4].ContentHash {
		t.Errorf("LastFetches: %d URLs, %s → %+v", len(last), n.Fetches[4].URL, got)
	}
}

// A cancelled night stops, reports interrupted, and leaves the published night.
func TestCancelledNight(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig()
	mustRunNight(t, cfg, dir, gateNight("n1", "2026-02-01", nil), imgfriendly.RunPublished)
	before := snapshot(t, dir)
	for _, phase := range []string{"load", "history", "export"} {
		ctx, cancel := context.WithCancel(context.Background())
		n := gateNight("n2", "2026-02-02", changeEveryStep2CK)
		n.pause = func(p string) {
			if p == phase {
				cancel()
			}
		}
		out, err := RunNight(ctx, cfg, dir, n)
		cancel()
		if out.Status != imgfriendly.RunInterrupted || !errors.Is(err, context.Canceled) {
			t.Errorf("cancelled at %s: status %q, err %v", phase, out.Status, err)
		}
		if diff := cmp.Diff(before, snapshot(t, dir)); diff != "" {
			t.Errorf("cancelled at %s: published files changed:\n%s", phase, diff)
		}
		b, err := os.ReadFile(ManifestPath(dir, "n2"))
		if err != nil || !strings.Contains(string(b), `"status": "interrupted"`) {
			t.Errorf("cancelled at %s: manifest %s (%v)", phase, b, err)
		}
	}
}

// Two nights never write the same data directory at once.
func TestSecondNightIsLockedOut(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	unlock, err := LockFile(filepath.Join(dir, lockFile))
	if err != nil {
		t.Fatal(err)
	}
	out, err := RunNight(context.Background(), testConfig(), dir, gateNight("n1", "2026-02-01", nil))
	unlock()
	if !errors.Is(err, ErrLocked) || out.Status != imgfriendly.RunError {
		t.Fatalf("night while another holds the lock: %q %v, want error wrapping ErrLocked", out.Status, err)
	}
	if _, err := os.Stat(filepath.Join(dir, WarehouseFile)); !os.IsNotExist(err) {
		t.Errorf("locked-out night wrote the warehouse (%v)", err)
	}
	mustRunNight(t, testConfig(), dir, gateNight("n1", "2026-02-01", nil), imgfriendly.RunPublished)
}

// TestLastFetchesBackConditionalGETs: LastFetches keeps, of each URL's
// latest fetch, only one a conditional GET can use — a body and a
// validator — with the fields the crawler's conditional GET reads.
func TestLastFetchesBackConditionalGETs(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	n := threeNights()[0]
	// 0: ETag (kept as it is); 1: Last-Modified only (kept); 2: no
	// validator; then a failed fetch, and a URL fetched with a validator,
	// then again, failing (a URL's latest fetch decides: none).
	f := n.Fetches
	f[1].ETag, f[1].LastModified = "", "Mon, 05 Jan 2026 10:00:00 GMT"
	f[2].ETag = ""
	failed, news, again := f[3], f[3], f[3]
	failed.URL, failed.FinalURL, failed.ContentHash, failed.ETag = f[3].URL+"apply", "", "", ""
	failed.Status, failed.Error = 500, imgfriendly.FetchErrorHTTP+": 500"
	news.URL, news.FinalURL = f[3].URL+"news", f[3].URL+"news"
	again.URL, again.FinalURL, again.ContentHash, again.ETag = news.URL, "", "", ""
	again.FetchedAt, again.Error = news.FetchedAt.Add(time.Minute), imgfriendly.FetchErrorNetwork
	n.Fetches = append(f, failed, news, again)
	mustRunNight(t, testConfig(), dir, n, imgfriendly.RunPublished)

	w, err := Open(ctx, filepath.Join(dir, WarehouseFile), true)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	last, err := w.LastFetches(ctx)
	if err != nil {
		t.Fatal(err)
	}
	cond := func(f imgfriendly.Fetch) imgfriendly.Fetch {
		c := imgfriendly.Fetch{URL: f.URL, FinalURL: f.FinalURL, ContentType: f.ContentType, ContentHash: f.ContentHash, ETag: f.ETag, LastModified: f.LastModified}
		if c.FinalURL == c.URL {
			c.FinalURL = "" // no redirect, as the crawler reads it
		}
		return c
	}
	want := map[string]imgfriendly.Fetch{}
	for i, g := range f {
		if i != 2 {
			want[g.URL] = cond(g)
		}
	}
	if diff := cmp.Diff(want, last); diff != "" {
		t.Errorf("LastFetches (-want +got):\n%s", diff)
	}
}
