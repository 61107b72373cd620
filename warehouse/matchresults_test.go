package warehouse

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly"
)

func mr(code string, year, quota, filled int) imgfriendly.MatchResult {
	return imgfriendly.MatchResult{Code: code, Year: year, Quota: quota, Filled: filled}
}

// storedResults reads match_results back, ordered.
func storedResults(t *testing.T, dir string) []string {
	t.Helper()
	w, err := Open(context.Background(), filepath.Join(dir, WarehouseFile), true)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	rows, err := w.DB().Query(`SELECT program_code, year, quota, filled, source FROM match_results ORDER BY 1, 2`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var code, source string
		var year, quota, filled int
		if err := rows.Scan(&code, &year, &quota, &filled, &source); err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprintf("%s %d %d/%d %s", code, year, filled, quota, source))
	}
	return out
}

// TestImportMatchResults: an import lands in the published warehouse without
// touching the Parquet export, replaces what it brings again, survives the
// next night, and refuses to run beside a night.
func TestImportMatchResults(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	cfg := testConfig()
	mustRunNight(t, cfg, dir, buildNight("n1", "2026-03-01", []prog{{id: "1400000001"}, {id: "1500000002"}}), imgfriendly.RunPublished)
	before := snapshot(t, dir)
	now := time.Date(2026, 3, 25, 9, 0, 0, 0, time.UTC)

	// 1400140C0 is program 1400000001's code (buildNight: the id's first four digits + 140C0).
	first := []imgfriendly.MatchResult{mr("1400140C0", 2025, 10, 10), mr("1400140C0", 2024, 10, 8), mr("9999140P0", 2025, 2, 0)}
	out, err := ImportMatchResults(ctx, cfg, dir, first, "nrmp-2025.csv", now)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(ImportOutcome{Rows: 3, Codes: 2, Known: 1, Years: []int{2024, 2025}}, out); diff != "" {
		t.Errorf("outcome (-want +got):\n%s", diff)
	}
	after := snapshot(t, dir)
	if after[WarehouseFile] == before[WarehouseFile] {
		t.Error("the published warehouse did not change")
	}
	delete(before, WarehouseFile)
	delete(after, WarehouseFile)
	if diff := cmp.Diff(before, after); diff != "" {
		t.Errorf("the Parquet export changed (-before +after):\n%s", diff)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, StagingDir, "import-*")); len(left) > 0 {
		t.Errorf("staging leftovers: %v", left)
	}

	// A second import replaces the pairs it brings and keeps the others.
	out, err = ImportMatchResults(ctx, cfg, dir, []imgfriendly.MatchResult{mr("1400140C0", 2025, 10, 9), mr("1500140C0", 2025, 6, 6)}, "fix.csv", now)
	if err != nil {
		t.Fatal(err)
	}
	if out.Replaced != 1 || out.Rows != 2 || out.Known != 2 {
		t.Errorf("outcome = %+v, want 2 rows, 1 replaced, 2 known codes", out)
	}
	want := []string{"1400140C0 2024 8/10 nrmp-2025.csv", "1400140C0 2025 9/10 fix.csv", "1500140C0 2025 6/6 fix.csv", "9999140P0 2025 0/2 nrmp-2025.csv"}
	if diff := cmp.Diff(want, storedResults(t, dir)); diff != "" {
		t.Errorf("match_results (-want +got):\n%s", diff)
	}

	// The next night copies the published warehouse: the results stay.
	mustRunNight(t, cfg, dir, buildNight("n2", "2026-03-02", []prog{{id: "1400000001"}, {id: "1500000002"}}), imgfriendly.RunPublished)
	if diff := cmp.Diff(want, storedResults(t, dir)); diff != "" {
		t.Errorf("match_results after a night (-want +got):\n%s", diff)
	}

	// Not beside a night: the data directory's lock.
	unlock, err := LockFile(filepath.Join(dir, lockFile))
	if err != nil {
		t.Fatal(err)
	}
	_, err = ImportMatchResults(ctx, cfg, dir, first, "x.csv", now)
	unlock()
	if !errors.Is(err, ErrLocked) {
		t.Errorf("err = %v, want ErrLocked", err)
	}

	// Bad results are refused before anything is copied.
	for _, bad := range [][]imgfriendly.MatchResult{nil, {mr("1400-140-C0", 2025, 1, 1)}, {mr("1400140C0", 25, 1, 1)}} {
		if _, err := ImportMatchResults(ctx, cfg, dir, bad, "bad.csv", now); err == nil {
			t.Errorf("ImportMatchResults(%v) accepted", bad)
		}
	}
	if _, err := ImportMatchResults(ctx, cfg, dir, []imgfriendly.MatchResult{mr("1400140C0", 2025, 1, 2)}, "bad.csv", now); err == nil ||
		!strings.Contains(err.Error(), "CHECK") {
		t.Errorf("filled > quota: err = %v, want the CHECK constraint", err)
	}
	if diff := cmp.Diff(want, storedResults(t, dir)); diff != "" {
		t.Errorf("match_results after refused imports (-want +got):\n%s", diff)
	}
}

// TestImportMatchResultsFirst: before any night, an import makes a
// warehouse of the current schema that the first night then builds on.
func TestImportMatchResultsFirst(t *testing.T) {
	dir := t.TempDir()
	if _, err := ImportMatchResults(context.Background(), testConfig(), dir, []imgfriendly.MatchResult{mr("1400140C0", 2025, 3, 1)}, "r.csv", time.Now()); err != nil {
		t.Fatal(err)
	}
	mustRunNight(t, testConfig(), dir, buildNight("n1", "2026-03-01", []prog{{id: "1400000001"}}), imgfriendly.RunPublished)
	if diff := cmp.Diff([]string{"1400140C0 2025 1/3 r.csv"}, storedResults(t, dir)); diff != "" {
		t.Errorf("match_results (-want +got):\n%s", diff)
	}
	if _, err := os.Stat(filepath.Join(dir, ParquetDir, "latest", "programs.parquet")); err != nil {
		t.Errorf("the first night's export: %v", err)
	}
}

// matchResultsCSV writes codes program codes × years Matches as a
// match-results CSV, a third of the codes with dashes, and returns its path.
func matchResultsCSV(tb testing.TB, codes, years int) string {
	tb.Helper()
	var b strings.Builder
	b.WriteString("program_code,year,quota,filled\n")
	for i := range codes {
		code := fmt.Sprintf("%04d140C0", 1000+i)
		if i%3 == 0 {
			code = code[:4] + "-140-C0"
		}
		for y := range years {
			quota := 4 + i%20
			fmt.Fprintf(&b, "%s,%d,%d,%d\n", code, 2022+y, quota, quota-(i+y)%3)
		}
	}
	path := filepath.Join(tb.TempDir(), "results.csv")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		tb.Fatal(err)
	}
	return path
}

// BenchmarkImportMatchResults loads a generated table of 8,000 program codes
// × 5 Matches (40,000 rows): each iteration reads the CSV with
// imgfriendly.ReadMatchResults and stores it (Appender, replace, checkpoint)
// in a warehouse, and — the baseline, in the same iteration — DuckDB's own
// CSV reader loads the same file into a table of the same warehouse
// (read_csv, CREATE TABLE AS, checkpoint). It reports rows/s of both and
// their ratio.
//
//	go test ./warehouse -run '^$' -bench ImportMatchResults -benchtime 10x
func BenchmarkImportMatchResults(b *testing.B) {
	const codes, years = 8000, 5
	path := matchResultsCSV(b, codes, years)
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	w, err := open(ctx, filepath.Join(b.TempDir(), WarehouseFile), false, benchConfig())
	if err != nil {
		b.Fatal(err)
	}
	defer w.Close()
	now := time.Date(2026, 3, 25, 0, 0, 0, 0, time.UTC)
	var ours, theirs time.Duration
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		start := time.Now()
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		results, rowErrs, err := imgfriendly.ReadMatchResults(f, "results.csv")
		f.Close()
		if err != nil || len(rowErrs) > 0 || len(results) != codes*years {
			b.Fatalf("read: %d results, %v %v", len(results), err, rowErrs)
		}
		if _, err := loadMatchResults(ctx, w, results, "results.csv", now); err != nil {
			b.Fatal(err)
		}
		mid := time.Now()
		var n int
		if _, err := w.db.ExecContext(ctx, `CREATE OR REPLACE TABLE csv_baseline AS SELECT * FROM read_csv(`+sqlString(path)+`, header = true)`); err != nil {
			b.Fatal(err)
		}
		if _, err := w.db.ExecContext(ctx, `CHECKPOINT`); err != nil {
			b.Fatal(err)
		}
		if err := w.db.QueryRowContext(ctx, `SELECT count(*) FROM csv_baseline`).Scan(&n); err != nil || n != codes*years {
			b.Fatalf("baseline: %d rows, %v", n, err)
		}
		end := time.Now()
		ours += mid.Sub(start)
		theirs += end.Sub(mid)
	}
	rows := float64(codes*years) * float64(b.N)
	b.ReportMetric(rows/ours.Seconds(), "rows/s")
	b.ReportMetric(rows/theirs.Seconds(), "duckdb_read_csv_rows/s")
	b.ReportMetric(theirs.Seconds()/ours.Seconds(), "x_duckdb_speed")
}

// BenchmarkImportMatchResultsWhole is the whole import of the same table into
// a data directory: lock, copy of the published warehouse, load, checkpoint,
// rename. Its warehouse holds only the results, so the copy is small here; a
// full warehouse adds one sequential copy of its file, as a night does.
func BenchmarkImportMatchResultsWhole(b *testing.B) {
	const codes, years = 8000, 5
	f, err := os.Open(matchResultsCSV(b, codes, years))
	if err != nil {
		b.Fatal(err)
	}
	results, _, err := imgfriendly.ReadMatchResults(f, "results.csv")
	f.Close()
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	now := time.Date(2026, 3, 25, 0, 0, 0, 0, time.UTC)
	for b.Loop() {
		if _, err := ImportMatchResults(context.Background(), benchConfig(), dir, results, "results.csv", now); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(codes*years)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}

// TestImportMatchResultsNightMemoryLimit: an import writes its copy under
// the night's memory limit, not the readers' memory_limit (4GB by default):
// a limit too small for it makes it fail, and the published warehouse stays
// as it was.
func TestImportMatchResultsNightMemoryLimit(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	cfg := testConfig()
	mustRunNight(t, cfg, dir, buildNight("n1", "2026-03-01", []prog{{id: "1400000001"}, {id: "1500000002"}}), imgfriendly.RunPublished)
	before := snapshot(t, dir)
	var results []imgfriendly.MatchResult
	for i := range 20000 {
		results = append(results, mr(fmt.Sprintf("%04d140C0", 1000+i%9000), 1952+i/9000, 4, 3))
	}
	small := cfg
	small.MemoryLimit, small.NightMemoryLimit = "4GB", "1MB"
	_, err := ImportMatchResults(ctx, small, dir, results, "big.csv", time.Now())
	// DuckDB names the limit it ran out of: 1MB is 976.5 KiB.
	if err == nil || !strings.Contains(err.Error(), "/976.5 KiB used") {
		t.Fatalf("import under night_memory_limit 1MB: %v; want DuckDB out of its 1MB (the limit not applied?)", err)
	}
	if diff := cmp.Diff(before, snapshot(t, dir)); diff != "" {
		t.Errorf("a failed import changed published files (-before +after):\n%s", diff)
	}
	if _, err := ImportMatchResults(ctx, cfg, dir, results, "big.csv", time.Now()); err != nil {
		t.Fatalf("import under the default night_memory_limit: %v", err)
	}
}
