package retention

import (
	"context"
	"errors"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/warehouse"
)

// memStore is a store of keys; Retain records what it was asked to keep.
type memStore struct {
	keys   []string
	called bool
}

func (m *memStore) Retain(_ context.Context, keep func(string) bool, dryRun bool) (int, int64, error) {
	m.called = true
	var left []string
	n := 0
	for _, k := range m.keys {
		if keep(k) {
			left = append(left, k)
			continue
		}
		n++
	}
	if !dryRun {
		m.keys = left
	}
	return n, int64(10 * n), nil
}

var t0 = time.Date(2026, 11, 20, 2, 0, 0, 0, time.UTC)

// runsDir makes run files for ids (oldest first) in dir: a manifest, a
// report and a journal directory each.
func runsDir(t *testing.T, dir string, ids ...string) []warehouse.RunFiles {
	t.Helper()
	var out []warehouse.RunFiles
	for _, id := range ids {
		r := warehouse.RunFiles{RunID: id, Manifest: warehouse.ManifestPath(dir, id), Report: warehouse.ReportPath(dir, id),
			Journal: warehouse.RunDir(dir, id), Status: imgfriendly.RunPublished}
		os.MkdirAll(r.Journal, 0o755)
		os.WriteFile(r.Manifest, []byte("{}"), 0o644)
		os.WriteFile(r.Report, []byte("<html>"), 0o644)
		os.WriteFile(filepath.Join(r.Journal, "fetches.jsonl"), []byte("x\n"), 0o644)
		out = append(out, r)
	}
	return out
}

func fetch(url, hash string, at time.Time) imgfriendly.Fetch {
	return imgfriendly.Fetch{URL: url, ContentHash: hash, FetchedAt: at}
}

func TestCollect(t *testing.T) {
	dir := t.TempDir()
	runs := runsDir(t, dir, "r1", "r2", "r3", "r4", "r5", "r6")
	runs[1].Staging = true                  // r2: kept in staging for inspection
	runs[5].Status = imgfriendly.RunRunning // r6: killed, may be resumed
	journals := map[string][]imgfriendly.Fetch{
		"r1": {fetch("http://a.test/", "h1", t0)},
		"r2": {fetch("http://a.test/", "h2", t0.AddDate(0, 0, 1))},
		"r3": {fetch("http://a.test/old", "h3", t0.AddDate(0, 0, 2))}, // names the unresolved evidence below
		"r4": {fetch("http://a.test/", "h4", t0.AddDate(0, 0, 3))},
		"r5": {fetch("http://a.test/", "h5", t0.AddDate(0, 0, 4))},
		"r6": {fetch("http://a.test/", "h6", t0.AddDate(0, 0, 5))},
	}
	pages := &memStore{keys: []string{"h1", "h2", "h3", "h4", "h5", "h6", "h7", "hEvidence", "hOrphan"}}
	extracts := &memStore{keys: []string{"k:http://a.test/:h1", "k:http://a.test/:h5", "k:http://a.test/:h6", "k:http://b.test/:hEvidence", "k:stale"}}
	in := Input{
		Runs: runs, Published: "r4",
		PageRefs:   []warehouse.PageRef{{URL: "http://b.test/", ContentHash: "hEvidence", Night: t0}, {URL: "http://a.test/", ContentHash: "h4"}},
		Unresolved: []warehouse.EvidenceRef{{URL: "http://a.test/old", FetchedAt: t0.AddDate(0, 0, 2)}},
		Journal: func(r warehouse.RunFiles) iter.Seq2[imgfriendly.Fetch, error] {
			return seq(journals[r.RunID])
		},
		Pages: pages, Extracts: extracts,
		ExtractKey: func(u, h string, _ time.Time) string { return "k:" + u + ":" + h },
	}

	dry, err := Collect(context.Background(), Config{KeepNights: 2}, in, true)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages.keys) != 9 || len(extracts.keys) != 5 {
		t.Fatal("the dry run removed something")
	}
	if _, err := os.Stat(runs[0].Manifest); err != nil {
		t.Fatal("the dry run removed a run")
	}
	res, err := Collect(context.Background(), Config{KeepNights: 2}, in, false)
	if err != nil {
		t.Fatal(err)
	}
	if dry.Freed() != res.Freed() || !slices.Equal(dry.Removed, res.Removed) {
		t.Errorf("dry run %+v, run %+v", dry, res)
	}
	// Kept: the newest two (r5, r6), the published r4, r2 in staging, and r3
	// whose journal alone ties evidence to its page. Removed: r1.
	if diff := cmp.Diff([]string{"r2", "r3", "r4", "r5", "r6"}, res.Kept); diff != "" {
		t.Errorf("kept (-want +got):\n%s", diff)
	}
	if !slices.Equal(res.Removed, []string{"r1"}) {
		t.Errorf("removed %v", res.Removed)
	}
	for id, why := range map[string]string{"r2": "staging", "r3": "only record", "r4": "published"} {
		if !strings.Contains(res.Held[id], why) {
			t.Errorf("%s held because %q, want it to mention %q", id, res.Held[id], why)
		}
	}
	if res.RunFiles != 3 || res.RunBytes == 0 {
		t.Errorf("run files %d, bytes %d", res.RunFiles, res.RunBytes)
	}
	for _, p := range runs[0].Paths() {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s not removed", p)
		}
	}
	if _, err := os.Stat(runs[2].Manifest); err != nil {
		t.Error("a held run's manifest was removed")
	}
	if diff := cmp.Diff([]string{"h2", "h3", "h4", "h5", "h6", "hEvidence"}, pages.keys); diff != "" {
		t.Errorf("pages left (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"k:http://a.test/:h5", "k:http://a.test/:h6", "k:http://b.test/:hEvidence"}, extracts.keys); diff != "" {
		t.Errorf("extracts left (-want +got):\n%s", diff)
	}
}

// Evidence that no journal names: the pages are not swept at all.
func TestCollectKeepsPagesWhenEvidenceIsUnresolved(t *testing.T) {
	dir := t.TempDir()
	pages := &memStore{keys: []string{"h1", "h2"}}
	in := Input{
		Runs: runsDir(t, dir, "r1"), Published: "r1",
		Unresolved: []warehouse.EvidenceRef{{URL: "http://gone.test/", FetchedAt: t0}},
		Journal:    func(warehouse.RunFiles) iter.Seq2[imgfriendly.Fetch, error] { return seq(nil) },
		Pages:      pages,
	}
	res, err := Collect(context.Background(), Config{KeepNights: 1}, in, false)
	if err != nil {
		t.Fatal(err)
	}
	if pages.called || len(pages.keys) != 2 || !strings.Contains(res.PagesSkipped, "1 evidence pages") {
		t.Errorf("pages swept despite unresolved evidence: called %v, left %v, skipped %q", pages.called, pages.keys, res.PagesSkipped)
	}
}

func TestKeepNightsZeroKeepsEveryNight(t *testing.T) {
	dir := t.TempDir()
	in := Input{Runs: runsDir(t, dir, "r1", "r2", "r3"), Journal: func(warehouse.RunFiles) iter.Seq2[imgfriendly.Fetch, error] { return seq(nil) }}
	res, err := Collect(context.Background(), Config{KeepNights: 0}, in, false)
	if err != nil || len(res.Removed) != 0 || len(res.Kept) != 3 {
		t.Errorf("keep_nights 0: %+v %v", res, err)
	}
	if err := (Config{KeepNights: -1}).Validate(); err == nil || !strings.Contains(err.Error(), "keep_nights") {
		t.Errorf("Validate(-1) = %v", err)
	}
}

// seq streams fetches as a journal does.
func seq(fetches []imgfriendly.Fetch) iter.Seq2[imgfriendly.Fetch, error] {
	return func(yield func(imgfriendly.Fetch, error) bool) {
		for _, f := range fetches {
			if !yield(f, nil) {
				return
			}
		}
	}
}

// TestCollectStreamsJournals: journals come as streams. A kept run's is
// read once; a run retention would remove is read for the evidence only
// the journal ties to a page, and again for its pages when it names some;
// the others not at all; a journal that fails mid-way fails the
// collection, naming the run.
func TestCollectStreamsJournals(t *testing.T) {
	dir := t.TempDir()
	runs := runsDir(t, dir, "r1", "r2", "r3")
	journals := map[string][]imgfriendly.Fetch{
		"r1": {fetch("http://a.test/", "h1", t0)},
		"r2": {fetch("http://a.test/", "h2", t0.AddDate(0, 0, 1)), fetch("http://a.test/old", "hOld", t0.AddDate(0, 0, 1))},
		"r3": {fetch("http://a.test/", "h3", t0.AddDate(0, 0, 2))},
	}
	reads := map[string]int{}
	pages := &memStore{keys: []string{"h1", "h2", "h3", "hOld"}}
	in := Input{
		Runs: runs, Published: "r3",
		Unresolved: []warehouse.EvidenceRef{{URL: "http://a.test/old", FetchedAt: t0.AddDate(0, 0, 1)}},
		Journal: func(r warehouse.RunFiles) iter.Seq2[imgfriendly.Fetch, error] {
			reads[r.RunID]++
			return seq(journals[r.RunID])
		},
		Pages: pages,
	}
	res, err := Collect(context.Background(), Config{KeepNights: 1}, in, false)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(map[string]int{"r1": 1, "r2": 2, "r3": 1}, reads); diff != "" {
		t.Errorf("journal reads (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"h2", "h3", "hOld"}, pages.keys); diff != "" {
		t.Errorf("pages left (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"r2", "r3"}, res.Kept); diff != "" {
		t.Errorf("kept (-want +got):\n%s", diff)
	}

	in.Journal = func(r warehouse.RunFiles) iter.Seq2[imgfriendly.Fetch, error] {
		return func(yield func(imgfriendly.Fetch, error) bool) {
			if yield(fetch("http://a.test/", "h3", t0), nil) {
				yield(imgfriendly.Fetch{}, errors.New("line 2: bad json"))
			}
		}
	}
	if _, err := Collect(context.Background(), Config{KeepNights: 1}, in, true); err == nil || !strings.Contains(err.Error(), "read journal of r") || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("a journal failing mid-way: err %v, want it with the run", err)
	}
}
