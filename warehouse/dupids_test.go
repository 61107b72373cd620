package warehouse

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly"
)

// duplicateIDs gives program 3's id once more and program 7's twice more, at
// the end of the night's programs, each copy with its own URL.
func duplicateIDs(n *Night) {
	for _, d := range []struct {
		from int
		url  string
	}{{3, "http://dup-a.test/"}, {7, "http://dup-b.test/"}, {7, "http://dup-c.test/"}} {
		p := n.Programs[d.from]
		p.URL = d.url
		p.Name = "Copy of " + p.Name
		n.Programs = append(n.Programs, p)
	}
}

const wantDuplicateMessage = "programs_id_unique (2 rows: " +
	"program_id 1401100003 ×2 (programs[3] http://p1401100003.test/, programs[30] http://dup-a.test/); " +
	"program_id 1401100007 ×3 (programs[7] http://p1401100007.test/, programs[31] http://dup-b.test/, programs[32] http://dup-c.test/))"

func TestDuplicateProgramIDsFailAGate(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	cfg := testConfig()
	mustRunNight(t, cfg, dir, gateNight("n1", "2026-02-01", nil), imgfriendly.RunPublished)
	before := snapshot(t, dir)

	out, err := RunNight(ctx, cfg, dir, gateNight("n2", "2026-02-02", duplicateIDs))
	if !errors.Is(err, ErrGateFailed) || out.Status != imgfriendly.RunGateFailed {
		t.Fatalf("RunNight: status %q err %v; want gate_failed wrapping ErrGateFailed", out.Status, err)
	}
	if !strings.Contains(err.Error(), wantDuplicateMessage) {
		t.Errorf("error does not name the duplicated ids:\n got %s\nwant it to contain %s", err, wantDuplicateMessage)
	}
	var failed []string
	for _, g := range failedGates(out) {
		failed = append(failed, g.Name)
	}
	if diff := cmp.Diff([]string{"programs_id_unique"}, failed); diff != "" {
		t.Errorf("failed gates (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(before, snapshot(t, dir)); diff != "" {
		t.Errorf("published warehouse or Parquet changed (-before +after):\n%s", diff)
	}
	if want := filepath.Join(dir, StagingDir, "n2.duckdb"); out.StagingPath != want {
		t.Errorf("staging path %q, want %q", out.StagingPath, want)
	}
	// The kept staging file opens and records the night as gate_failed.
	w, err := Open(ctx, out.StagingPath, true)
	if err != nil {
		t.Fatalf("kept staging file: %v", err)
	}
	var status string
	err = w.DB().QueryRowContext(ctx, `SELECT status FROM runs WHERE run_id = 'n2'`).Scan(&status)
	w.Close()
	if err != nil || status != imgfriendly.RunGateFailed {
		t.Errorf("staging runs row: status %q (%v), want gate_failed", status, err)
	}
	m := readManifest(t, dir, "n2")
	if m.Status != imgfriendly.RunGateFailed || m.StagingPath != out.StagingPath || !strings.Contains(m.Error, wantDuplicateMessage) {
		t.Errorf("manifest: status %q staging %q error %q", m.Status, m.StagingPath, m.Error)
	}
}

func TestDuplicateProgramIDsOnFirstNight(t *testing.T) {
	dir := t.TempDir()
	out, err := RunNight(context.Background(), testConfig(), dir, gateNight("n1", "2026-02-01", duplicateIDs))
	if !errors.Is(err, ErrGateFailed) || out.Status != imgfriendly.RunGateFailed {
		t.Fatalf("RunNight: status %q err %v; want gate_failed wrapping ErrGateFailed", out.Status, err)
	}
	if _, err := os.Stat(filepath.Join(dir, WarehouseFile)); !os.IsNotExist(err) {
		t.Errorf("first night failed its gates but %s exists (%v)", WarehouseFile, err)
	}
	if _, err := os.Stat(out.StagingPath); err != nil {
		t.Errorf("staging kept for inspection: %v", err)
	}
}

// With the gate demoted to a warning the night publishes, and a repeated id
// keeps its first record: its fields and its facts, not the copy's.
func TestDuplicateProgramIDsWarnOnlyKeepsFirstRecord(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	cfg := testConfig()
	cfg.Gates.WarnOnly = []string{"programs_id_unique"}
	n := gateNight("n1", "2026-02-01", duplicateIDs)
	f := n.Programs[31].Facts[imgfriendly.FieldStep2CKMin] // a copy of program 7 with its own Step 2 CK minimum
	f.Value = imgfriendly.NumValue(240)
	n.Programs[31].Facts = map[imgfriendly.Field]imgfriendly.Fact{imgfriendly.FieldStep2CKMin: f}
	out := mustRunNight(t, cfg, dir, n, imgfriendly.RunPublished)
	if g := failedGates(out); len(g) != 1 || g[0].Name != "programs_id_unique" || g[0].Failing != 2 {
		t.Errorf("failed gates %+v, want programs_id_unique with 2 rows", g)
	}
	w, err := Open(ctx, filepath.Join(dir, WarehouseFile), true)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	ps, err := w.Programs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, p := range ps {
		if p.ID == "1401100003" || p.ID == "1401100007" {
			got[p.ID] = p.URL + " step2ck=" + p.Facts[imgfriendly.FieldStep2CKMin].Value.String()
		}
	}
	want := map[string]string{
		"1401100003": "http://p1401100003.test/ step2ck=220",
		"1401100007": "http://p1401100007.test/ step2ck=220",
	}
	if len(ps) != 30 {
		t.Errorf("published %d programs, want 30", len(ps))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("repeated ids (-want +got):\n%s", diff)
	}
}

func TestFailedGatesText(t *testing.T) {
	tests := []struct {
		name string
		give []GateResult
		want string
	}{
		{
			name: "passed and warn-only gates are not named",
			give: []GateResult{{Name: "a", Passed: true}, {Name: "b", Failing: 2, WarnOnly: true}, {Name: "c", Failing: 4}},
			want: "c (4 rows)",
		},
		{
			name: "details of the first rows, then a count of the rest",
			give: []GateResult{
				{Name: "u", Failing: 5, Sample: []map[string]string{{"detail": "x"}, {"detail": "y"}, {"detail": "z"}, {"detail": "w"}, {"detail": "v"}}},
				{Name: "r", Failing: 1},
			},
			want: "u (5 rows: x; y; z; and 2 more), r (1 rows)",
		},
		{
			name: "all details shown",
			give: []GateResult{{Name: "u", Failing: 1, Sample: []map[string]string{{"detail": "only", "n": "2"}}}},
			want: "u (1 rows: only)",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, failedGatesText(tt.give)); diff != "" {
				t.Errorf("failedGatesText (-want +got):\n%s", diff)
			}
		})
	}
}

// readManifest reads runs/<runID>.json from dir.
func readManifest(t *testing.T, dir, runID string) Manifest {
	t.Helper()
	b, err := os.ReadFile(ManifestPath(dir, runID))
	if err != nil {
		t.Fatal(err)
	}
	var m Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("manifest %s: %v", runID, err)
	}
	return m
}
