package warehouse

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly"
)

// envFsizeDir makes the test binary a child that runs night n2 in the
// directory with its file size limit (RLIMIT_FSIZE) at envFsizeLimit bytes:
// every write past it fails, as on a full disk, at whatever point the night
// reaches that size.
const (
	envFsizeDir   = "IMGF_WAREHOUSE_CHILD_FSIZE_DIR"
	envFsizeLimit = "IMGF_WAREHOUSE_CHILD_FSIZE_LIMIT"
)

func fsizeChild(dir, limit string) int {
	n, err := strconv.ParseUint(limit, 10, 64)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	signal.Ignore(syscall.SIGXFSZ) // the write fails with EFBIG instead of killing us
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &syscall.Rlimit{Cur: n, Max: n}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	out, err := RunNight(context.Background(), testConfig(), dir, gateNight("n2", "2026-02-02", changeEveryStep2CK))
	fmt.Fprintf(os.Stderr, "n2: %s: %v\n", out.Status, err)
	if out.Status == imgfriendly.RunPublished {
		return 0
	}
	return 1
}

// stagingFiles lists staging/ (names only).
func stagingFiles(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(filepath.Join(dir, StagingDir))
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	return names
}

// TestFailedNightRemovesItsStaging is issue 13 item 10: a night whose
// writes fail part way (the file size limit stands in for a full disk: the
// copy of the published warehouse fails, or DuckDB's writes into it do)
// must not leave its partial staging copy behind to keep the disk full; the
// published files are untouched and the next night publishes.
func TestFailedNightRemovesItsStaging(t *testing.T) {
	cfg := testConfig()
	for _, tt := range []struct {
		name  string
		limit func(published int64) int64
	}{
		{"the copy of the published warehouse fails", func(p int64) int64 { return p / 3 }},
		{"the night's writes into staging fail", func(p int64) int64 { return p + 64<<10 }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			mustRunNight(t, cfg, dir, gateNight("n1", "2026-02-01", nil), imgfriendly.RunPublished)
			before := snapshot(t, dir)
			st, err := os.Stat(filepath.Join(dir, WarehouseFile))
			if err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), envFsizeDir+"="+dir, envFsizeLimit+"="+strconv.FormatInt(tt.limit(st.Size()), 10))
			out, err := cmd.CombinedOutput()
			if err == nil || !strings.Contains(string(out), "n2: error") {
				t.Fatalf("the night under a file size limit did not fail as an error (%v):\n%s", err, out)
			}
			if left := stagingFiles(t, dir); len(left) > 0 {
				t.Errorf("a failed night left in staging: %v\n(child said: %s)", left, out)
			}
			if diff := cmp.Diff(before, snapshot(t, dir)); diff != "" {
				t.Errorf("published files changed (-before +after):\n%s", diff)
			}
			mustRunNight(t, cfg, dir, gateNight("n3", "2026-02-03", nil), imgfriendly.RunPublished)
		})
	}
}

// TestStagingKeepsOnlyTheNewestGateFailure: staging files of nights that
// failed a gate are kept for inspection, only the newest
// warehouse.keep_failed_staging of them (default 1); leftovers of a killed
// night (a staging copy, a half-written export) go at the next night.
func TestStagingKeepsOnlyTheNewestGateFailure(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig()
	mustRunNight(t, cfg, dir, gateNight("n1", "2026-02-01", nil), imgfriendly.RunPublished)
	breakStep2CK := func(n *Night) {
		f := n.Programs[3].Facts[imgfriendly.FieldStep2CKMin]
		f.Value = imgfriendly.NumValue(2200)
		n.Programs[3].Facts[imgfriendly.FieldStep2CKMin] = f
	}
	for i, id := range []string{"g1", "g2", "g3"} {
		n := gateNight(id, "2026-02-02", breakStep2CK)
		n.Run.StartedAt = n.Run.StartedAt.Add(time.Duration(i) * time.Minute)
		mustRunNight(t, cfg, dir, n, imgfriendly.RunGateFailed)
	}
	if diff := cmp.Diff([]string{"g3.duckdb"}, stagingFiles(t, dir)); diff != "" {
		t.Errorf("after three gate failures, staging (-want +got):\n%s", diff)
	}
	if m := readManifest(t, dir, "g3"); m.StagingPath != filepath.Join(dir, StagingDir, "g3.duckdb") {
		t.Errorf("g3's manifest names staging %q", m.StagingPath)
	}

	// A night killed while staging leaves a copy and part of an export.
	for _, p := range []string{"k1.duckdb", "k1.duckdb.wal"} {
		if err := os.WriteFile(filepath.Join(dir, StagingDir, p), []byte("partial"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll(filepath.Join(dir, StagingDir, "k1.parquet", "latest"), 0o755); err != nil {
		t.Fatal(err)
	}
	mustRunNight(t, cfg, dir, gateNight("n2", "2026-02-02", nil), imgfriendly.RunPublished)
	if diff := cmp.Diff([]string{"g3.duckdb"}, stagingFiles(t, dir)); diff != "" {
		t.Errorf("after the next night, staging (-want +got):\n%s", diff)
	}
}
