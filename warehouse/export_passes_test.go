package warehouse

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/imgfriendly/imgfriendly"
)

// exportTestRows fills every exported table of the warehouse on conn with
// rows inserted out of their export order (ids descending, hashed names,
// the later night's changes first), wide enough that sorting a whole
// table needs more memory than sorting a pass of it.
func exportTestRows(t *testing.T, ctx context.Context, conn *sql.Conn, programs int) {
	t.Helper()
	pad := "repeat(md5(i::VARCHAR), 12)" // 384 characters that do not compress away
	stmts := []string{
		fmt.Sprintf(`INSERT INTO programs (program_id, name, url, run_id, night, visa_j1_evidence_text)
SELECT printf('14%%08d', i), %[2]s, 'http://p' || i || '.test/', 'n2', DATE '2026-03-02', %[2]s
FROM range(%[1]d, 0, -1) t(i)`, programs, pad),
		fmt.Sprintf(`INSERT INTO residents (run_id, program_id, name, school, evidence_text)
SELECT 'n2', CASE WHEN i %% 97 = 0 THEN NULL ELSE printf('14%%08d', i %% %[1]d + 1) END, md5((i * 7)::VARCHAR), 'School ' || (i %% 13), %[2]s
FROM range(%[3]d, 0, -1) t(i)`, programs, pad, programs*4),
		fmt.Sprintf(`INSERT INTO facts (run_id, program_id, field, value_text, evidence_text)
SELECT 'n2', printf('14%%08d', i // 3 + 1), ['yog', 'visa_j1', 'visa_h1b'][i %% 3 + 1], 'v', %[2]s
FROM range(%[1]d, 0, -1) t(i)`, programs*3-1, pad),
		fmt.Sprintf(`INSERT INTO changes (night, run_id, program_id, field, change, new_evidence_text)
SELECT DATE '2026-03-01' + (i %% 2)::INTEGER, 'n' || (i %% 2 + 1), printf('14%%08d', i // 2 %% %[1]d + 1), 'yog', 'added', %[2]s
FROM range(%[3]d, 0, -1) t(i)`, programs, pad, programs*2),
	}
	for _, q := range stmts {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			t.Fatalf("%.60s: %v", q, err)
		}
	}
}

// TestExportSortsInPasses exports 16,000 programs (64,000 residents,
// 48,000 facts, 32,000 changes over two nights, all inserted out of order)
// under a 32MB memory_limit: one sort of the programs does not fit there
// (checked, so the test keeps needing passes), passes of 500 keys do, and
// every file comes out complete and in its order — changes by night, then
// program, across passes split on both. It fails if an export goes back to
// one sort over the whole table, or to passes in one statement (a UNION
// ALL of sorted passes sorts them all before writing).
func TestExportSortsInPasses(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	w, err := open(ctx, filepath.Join(dir, "w.duckdb"), false, testConfig())
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	conn, err := w.db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	const programs = 16000
	exportTestRows(t, ctx, conn, programs)
	for _, q := range []string{"CHECKPOINT", "SET memory_limit = '32MB'"} {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	export := func(out string, size int) error {
		return oneThread(ctx, conn, 1, func() error {
			return exportParquet(ctx, conn, out, "n2", day("2026-03-02"), true, size, func(string) {})
		})
	}
	if err := export(filepath.Join(dir, "one"), 1<<30); err == nil || !strings.Contains(err.Error(), "Out of Memory") {
		t.Fatalf("one sort per file under 32MB: err %v; want Out of Memory (the rows no longer need passes: make them wider or more)", err)
	}
	out := filepath.Join(dir, "passes")
	if err := export(out, 500); err != nil {
		t.Fatalf("export in passes of 500 under 32MB: %v", err)
	}

	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	latest := filepath.Join(out, "latest")
	history := filepath.Join(out, "history")
	for _, tt := range []struct {
		file  string
		keys  []string
		want  int
		nulls int // rows with a NULL first key, which come last
	}{
		{filepath.Join(latest, "programs.parquet"), []string{"program_id"}, programs, 0},
		{filepath.Join(history, "programs", "night=2026-03-02", "data.parquet"), []string{"program_id"}, programs, 0},
		{filepath.Join(latest, "residents.parquet"), []string{"program_id", "name", "school"}, 4 * programs, 4 * programs / 97},
		{filepath.Join(latest, "facts.parquet"), []string{"program_id", "field"}, 3*programs - 1, 0},
		{filepath.Join(latest, "changes.parquet"), []string{"night", "program_id", "field"}, 2 * programs, 0},
		{filepath.Join(history, "changes", "night=2026-03-02", "data.parquet"), []string{"program_id", "field"}, programs, 0},
	} {
		keys := strings.Join(tt.keys, ", ")
		var prev []string
		for _, k := range tt.keys {
			prev = append(prev, "lag("+k+") OVER ()")
		}
		// Rows out of order, compared with the row before (an empty OVER
		// keeps the file's order), the rows, the NULL keys and where they are.
		var unordered, rows, nulls, firstNull int
		err := db.QueryRow(fmt.Sprintf(`SELECT count(*) FILTER (WHERE i > 1 AND p > k), count(*), count(*) FILTER (WHERE k0 IS NULL), coalesce(min(i) FILTER (WHERE k0 IS NULL), count(*) + 1)
FROM (SELECT row_number() OVER () AS i, (%s) AS k, (%s) AS p, %s AS k0 FROM read_parquet(%s))`,
			keys, strings.Join(prev, ", "), tt.keys[0], sqlString(tt.file))).Scan(&unordered, &rows, &nulls, &firstNull)
		if err != nil {
			t.Fatal(err)
		}
		if unordered != 0 || rows != tt.want || nulls != tt.nulls || firstNull != rows-nulls+1 {
			t.Errorf("%s: %d rows out of (%s) order, %d rows (want %d), %d with a NULL %s (want %d, last; the first is row %d)",
				strings.TrimPrefix(tt.file, out), unordered, keys, rows, tt.want, nulls, tt.keys[0], tt.nulls, firstNull)
		}
	}
	if parts, _ := filepath.Glob(filepath.Join(out, "*", "*.parts")); len(parts) > 0 {
		t.Errorf("part files left behind: %v", parts)
	}
}

// TestNightAllocatorBackgroundThreads: the pipeline's DuckDB instances
// return freed memory to the system as they go (open).
func TestNightAllocatorBackgroundThreads(t *testing.T) {
	ctx := context.Background()
	w, err := open(ctx, filepath.Join(t.TempDir(), "w.duckdb"), false, testConfig())
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	var on bool
	if err := w.db.QueryRowContext(ctx, "SELECT current_setting('allocator_background_threads')").Scan(&on); err != nil {
		t.Fatal(err)
	}
	if !on {
		t.Error("allocator_background_threads is off in the night's DuckDB")
	}
}

// TestNightCheckpointsBeforeExport: when the export starts, the night's
// rows are in the staging file, not only in its write-ahead log and
// DuckDB's memory (a 13,000-program night failed its residents' export
// under the 96MB night_memory_limit without the checkpoint, and published
// with it).
func TestNightCheckpointsBeforeExport(t *testing.T) {
	dir := t.TempDir()
	n := threeNights()[0]
	wal := filepath.Join(dir, StagingDir, n.Run.ID+".duckdb.wal")
	checked := false
	n.pause = func(phase string) {
		if phase != "export" || checked {
			return
		}
		checked = true
		if st, err := os.Stat(wal); err == nil && st.Size() > 0 {
			t.Errorf("the export began with %d bytes in the staging write-ahead log: the night's rows were not checkpointed", st.Size())
		}
	}
	mustRunNight(t, testConfig(), dir, n, imgfriendly.RunPublished)
	if !checked {
		t.Fatal("the night never reached its export")
	}
}
