package warehouse

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"github.com/imgfriendly/imgfriendly"
)

// TestParquetResidentNames: residents.parquet carries no names (nor the
// roster entry text that holds them) unless export_resident_names is on;
// the warehouse keeps them either way; an export done again after a crash
// follows the night's setting, read from the publish journal.
func TestParquetResidentNames(t *testing.T) {
	ctx := context.Background()
	for _, names := range []bool{false, true} {
		dir := t.TempDir()
		cfg := testConfig()
		cfg.ExportResidentNames = names
		n := threeNights()[0]
		mustRunNight(t, cfg, dir, n, imgfriendly.RunPublished)

		w, err := Open(ctx, filepath.Join(dir, WarehouseFile), true)
		if err != nil {
			t.Fatal(err)
		}
		countOn := func(db *sql.DB, q string) int {
			t.Helper()
			var c int
			if err := db.QueryRowContext(ctx, q).Scan(&c); err != nil {
				t.Fatalf("%s: %v", q, err)
			}
			return c
		}
		count := func(q string) int { t.Helper(); return countOn(w.DB(), q) }
		// Parquet is read by a reader's own DuckDB: the warehouse's
		// read-only open has no file access.
		pq, err := sql.Open("duckdb", "")
		if err != nil {
			t.Fatal(err)
		}
		defer pq.Close()
		countParquet := func(q string) int { t.Helper(); return countOn(pq, q) }
		latest := sqlString(filepath.Join(dir, ParquetDir, "latest", "residents.parquet"))
		total := count(`SELECT count(*) FROM residents`)
		if total == 0 || count(`SELECT count(*) FROM residents WHERE name <> ''`) != total {
			t.Fatalf("warehouse residents: %d, not all named", total)
		}
		named := countParquet(`SELECT count(*) FROM read_parquet(` + latest + `) WHERE name IS NOT NULL OR evidence_text IS NOT NULL`)
		schools := countParquet(`SELECT count(*) FROM read_parquet(` + latest + `) WHERE school IS NOT NULL AND img IS NOT NULL AND year IS NOT NULL`)
		if want := map[bool]int{false: 0, true: total}[names]; named != want {
			t.Errorf("names %v: %d of %d exported rows carry a name or entry text, want %d", names, named, total, want)
		}
		if schools != total {
			t.Errorf("names %v: %d of %d exported rows keep school, IMG and year", names, schools, total)
		}
		w.Close()

		// The crash path: the export written again from the journal.
		if err := reexport(ctx, testConfig(), dir, publishJournal{RunID: n.Run.ID, Night: n.Run.Night.Format("2006-01-02"), ResidentNames: names}); err != nil {
			t.Fatal(err)
		}
		w, err = Open(ctx, filepath.Join(dir, WarehouseFile), true)
		if err != nil {
			t.Fatal(err)
		}
		again := sqlString(filepath.Join(exportDir(dir, n.Run.ID), "latest", "residents.parquet"))
		if got, want := countParquet(`SELECT count(*) FROM read_parquet(`+again+`) WHERE name IS NOT NULL`), map[bool]int{false: 0, true: total}[names]; got != want {
			t.Errorf("names %v: the export done again has %d named rows, want %d", names, got, want)
		}
		w.Close()
	}
}
