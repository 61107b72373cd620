package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/testweb"
	"github.com/imgfriendly/imgfriendly/warehouse"
)

// runCLI runs imgfriendly in this process and returns its exit code and
// what it printed.
func runCLI(t *testing.T, args ...string) (int, string) {
	t.Helper()
	var out bytes.Buffer
	code := run(args, strings.NewReader(""), &out, &out)
	return code, out.String()
}

// fixtureConfig is the configuration the fixture's command-line settings
// give, for calling runNight directly.
func fixtureConfig(t *testing.T, fx nightFixture, dir string) Config {
	t.Helper()
	args := fx.args(dir)
	var sets []string
	for i := 0; i+1 < len(args); i += 2 {
		switch args[i] {
		case "--dir":
			sets = append(sets, "data_dir="+args[i+1])
		case "--set":
			sets = append(sets, args[i+1])
		}
	}
	cfg, err := loadConfig("", sets)
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

func readRunManifest(t *testing.T, dir, runID string) warehouse.Manifest {
	t.Helper()
	b, err := os.ReadFile(warehouse.ManifestPath(dir, runID))
	if err != nil {
		t.Fatal(err)
	}
	var m warehouse.Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// publishedNight is programs.night of the published warehouse.
func publishedNight(t *testing.T, dir string) string {
	t.Helper()
	ctx := context.Background()
	w, err := warehouse.Open(ctx, filepath.Join(dir, "warehouse.duckdb"), true)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	var night time.Time
	if err := w.DB().QueryRowContext(ctx, `SELECT max(night) FROM programs`).Scan(&night); err != nil {
		t.Fatal(err)
	}
	return night.Format("2006-01-02")
}

// runDirs lists the run directories (not the manifests) in dir/runs.
func runDirs(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(filepath.Join(dir, "runs"))
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range entries {
		if e.IsDir() {
			ids = append(ids, e.Name())
		}
	}
	return ids
}

// TestResumeOfPublishedNightSaysPublished is issue 13 item 4 at the command
// line: a night killed after its publish but before it recorded its end
// (its run directory has no done marker, its manifest still says running)
// is resumed: `run --resume` must say published and exit 0 without crawling
// again, and the manifest must say published — not flip to error, and not
// leave a staging copy behind on every try.
func TestResumeOfPublishedNightSaysPublished(t *testing.T) {
	fx := newNightFixture(t, testweb.Config{Programs: 8, Seed: 21})
	dir := t.TempDir()
	if code, out := runCLI(t, append([]string{"run", "--night-date", "2026-11-25"}, fx.args(dir)...)...); code != 0 {
		t.Fatalf("night exited %d:\n%s", code, out)
	}
	ids := runDirs(t, dir)
	if len(ids) != 1 {
		t.Fatalf("run directories %v, want one", ids)
	}
	id := ids[0]
	// What a kill right after the publish leaves.
	if err := os.Remove(filepath.Join(dir, "runs", id, "done")); err != nil {
		t.Fatal(err)
	}
	m := readRunManifest(t, dir, id)
	m.Status, m.EndedAt = imgfriendly.RunRunning, time.Time{}
	b, _ := json.Marshal(m)
	if err := os.WriteFile(warehouse.ManifestPath(dir, id), b, 0o644); err != nil {
		t.Fatal(err)
	}
	requests := fx.web.Stats().Requests

	for try := 1; try <= 2; try++ {
		code, out := runCLI(t, append([]string{"run", "--resume"}, fx.args(dir)...)...)
		if try == 2 {
			// The first resume finished the night: nothing is unfinished now.
			if code != exitUsage || !strings.Contains(out, "no unfinished night") {
				t.Errorf("second resume exited %d:\n%s", code, out)
			}
			break
		}
		if code != 0 || !strings.Contains(out, "published") {
			t.Fatalf("resume %d exited %d, want 0 and published:\n%s", try, code, out)
		}
		if m := readRunManifest(t, dir, id); m.Status != imgfriendly.RunPublished || m.Error != "" {
			t.Errorf("resume %d: manifest status %q error %q, want published", try, m.Status, m.Error)
		}
		if left, _ := filepath.Glob(filepath.Join(dir, "staging", "*")); len(left) > 0 {
			t.Errorf("resume %d: left in staging: %v", try, left)
		}
	}
	if got := fx.web.Stats().Requests; got != requests {
		t.Errorf("the resume of a published night sent %d requests", got-requests)
	}
	if got := publishedNight(t, dir); got != "2026-11-25" {
		t.Errorf("programs.night %s, want 2026-11-25", got)
	}
}

// TestResumeRefusesNightOlderThanPublished is issue 13 item 2: a night of
// 12-04 is interrupted, a night of 12-05 publishes, then `run --resume`
// finds the 12-04 night. It must refuse (exit 2, saying why) rather than
// publish 12-04 over 12-05, and set the old night aside so the next
// --resume does not find it again.
func TestResumeRefusesNightOlderThanPublished(t *testing.T) {
	fx := newNightFixture(t, testweb.Config{Programs: 8, Seed: 22})
	dir := t.TempDir()
	cfg := fixtureConfig(t, fx, dir)
	seeds, seedsHash, err := (&app{stderr: io.Discard, log: newLogger(io.Discard, "text")}).readSeedFile(fx.seeds)
	if err != nil {
		t.Fatal(err)
	}
	// Night 12-04, interrupted before its crawl got anywhere.
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	oldID := newRunID(time.Date(2026, 12, 4, 2, 0, 0, 0, time.UTC))
	_, err = runNight(cancelled, cfg, nightInput{RunID: oldID, Night: time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC),
		Seeds: seeds, SeedsHash: seedsHash}, slog.New(slog.DiscardHandler))
	if err == nil {
		t.Fatal("the cancelled night did not report its interruption")
	}
	if code, out := runCLI(t, append([]string{"run", "--night-date", "2026-12-05"}, fx.args(dir)...)...); code != 0 {
		t.Fatalf("night 12-05 exited %d:\n%s", code, out)
	}

	code, out := runCLI(t, append([]string{"run", "--resume"}, fx.args(dir)...)...)
	if code != exitUsage || !strings.Contains(out, "older than the published night 2026-12-05") {
		t.Errorf("resume of the 12-04 night exited %d, want %d with a reason:\n%s", code, exitUsage, out)
	}
	if got := publishedNight(t, dir); got != "2026-12-05" {
		t.Errorf("programs.night went to %s, want 2026-12-05", got)
	}
	target, err := os.Readlink(filepath.Join(dir, "parquet", "latest"))
	if err != nil || strings.Contains(target, oldID) {
		t.Errorf("parquet/latest -> %s (%v): the old night was published", target, err)
	}
	if code, out := runCLI(t, append([]string{"run", "--resume"}, fx.args(dir)...)...); code != exitUsage || !strings.Contains(out, "no unfinished night") {
		t.Errorf("a second --resume exited %d, want the old night set aside:\n%s", code, out)
	}
}

// TestRunIDsAreUnique is issue 13 item 9: nights started in the same
// instant get different run ids, still sortable by start and valid for the
// warehouse.
func TestRunIDsAreUnique(t *testing.T) {
	at := time.Date(2026, 12, 5, 3, 0, 0, 0, time.UTC)
	valid := regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)
	seen := map[string]bool{}
	for range 100 {
		id := newRunID(at)
		if seen[id] {
			t.Fatalf("run id %s given twice for one start time", id)
		}
		seen[id] = true
		if !valid.MatchString(id) {
			t.Errorf("run id %q is not a valid warehouse run id", id)
		}
		if later := newRunID(at.Add(time.Microsecond)); later <= id {
			t.Errorf("run id %s of a later start sorts before %s", later, id)
		}
	}
}

// TestRunIDIsNeverReused: a night given a run id that exists (two nights
// in the same second before run ids were unique) is refused under the night
// lock instead of overwriting the first night's manifest.
func TestRunIDIsNeverReused(t *testing.T) {
	fx := newNightFixture(t, testweb.Config{Programs: 6, Seed: 23})
	dir := t.TempDir()
	cfg := fixtureConfig(t, fx, dir)
	seeds, seedsHash, err := (&app{stderr: io.Discard, log: newLogger(io.Discard, "text")}).readSeedFile(fx.seeds)
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.DiscardHandler)
	in := nightInput{RunID: "20261205T030000Z", Night: time.Date(2026, 12, 5, 0, 0, 0, 0, time.UTC), Seeds: seeds, SeedsHash: seedsHash}
	if res, err := runNight(context.Background(), cfg, in, log); err != nil || res.Outcome.Status != imgfriendly.RunPublished {
		t.Fatalf("first night: %s, %v", res.Outcome.Status, err)
	}
	before := readRunManifest(t, dir, in.RunID)
	if _, err := runNight(context.Background(), cfg, in, log); err == nil {
		t.Error("a second night with the same run id ran")
	}
	after := readRunManifest(t, dir, in.RunID)
	if after.Status != imgfriendly.RunPublished || !after.EndedAt.Equal(before.EndedAt) {
		t.Errorf("the first night's manifest was overwritten: status %q, ended %v (was %v)", after.Status, after.EndedAt, before.EndedAt)
	}
}
