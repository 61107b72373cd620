package warehouse

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly"
)

// buildV1 writes a schema version 1 warehouse from testdata/schema_v1.sql
// holding night n1 of gateNight (programs, facts and one run), as the
// imgfriendly of issue 2 would have left it.
func buildV1(t *testing.T, path string) {
	t.Helper()
	ddl, err := os.ReadFile("testdata/schema_v1.sql")
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("duckdb", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	if _, err := db.ExecContext(ctx, string(ddl)); err != nil {
		t.Fatalf("schema v1: %v", err)
	}
	if _, err := db.ExecContext(ctx, `INSERT INTO runs VALUES ('n1', DATE '2026-02-01', NULL, NULL, 'published', 'cfg', 'seeds', '{}', NULL)`); err != nil {
		t.Fatal(err)
	}
	n := gateNight("n1", "2026-02-01", nil)
	for _, p := range n.Programs {
		if _, err := db.ExecContext(ctx, `INSERT INTO programs (program_id, name, run_id, night) VALUES (?, ?, 'n1', DATE '2026-02-01')`, p.ID, p.Name); err != nil {
			t.Fatal(err)
		}
		for _, fk := range imgfriendly.FieldKinds {
			f, ok := p.Facts[fk.Field]
			if !ok {
				continue
			}
			if _, err := db.ExecContext(ctx, `INSERT INTO facts (run_id, program_id, field, value_bool, value_num, value_text, condition, evidence_url, evidence_text)
VALUES ('n1', ?, ?, ?, ?, ?, NULLIF(?, ''), ?, ?)`, p.ID, string(f.Field), f.Value.Bool, f.Value.Num, f.Value.Text, f.Condition, f.Evidence.URL, f.Evidence.Text); err != nil {
				t.Fatal(err)
			}
		}
	}
}

func TestMigrateFromV1(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	published := filepath.Join(dir, WarehouseFile)
	buildV1(t, published)

	// A read-only open serves the v1 tables unmigrated: the pipeline reads
	// last night's fetch log from it before the night that migrates.
	old, err := Open(ctx, published, true)
	if err != nil {
		t.Fatalf("read-only open of a v1 warehouse: %v", err)
	}
	v, err := old.Version(ctx)
	if err != nil || v != 1 {
		t.Errorf("v1 warehouse opened read-only: version %d (%v), want 1", v, err)
	}
	if _, err := old.LastFetches(ctx); err != nil {
		t.Errorf("LastFetches on a v1 warehouse: %v", err)
	}
	old.Close()

	// The next night migrates its staging copy. Night n2 states the same
	// facts as the v1 night, so history must see no change: the migration's
	// SQL value hash agrees with ValueHash (booleans and 220 vs 220.0).
	cfg := testConfig()
	mustRunNight(t, cfg, dir, gateNight("n2", "2026-02-02", nil), imgfriendly.RunPublished)
	w, err := Open(ctx, published, true)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if v, err := w.Version(ctx); err != nil || v != SchemaVersion {
		t.Fatalf("version after migration %d (%v), want %d", v, err, SchemaVersion)
	}
	var applied []string
	rows, err := w.DB().QueryContext(ctx, `SELECT name FROM schema_migrations ORDER BY version`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var s string
		rows.Scan(&s)
		applied = append(applied, s)
	}
	rows.Close()
	if diff := cmp.Diff([]string{"001_initial", "002_history", "003_crawl_hosts", "004_seed_ids", "005_match_results", "006_more_facts", "007_evidence_pages"}, applied); diff != "" {
		t.Errorf("schema_migrations (-want +got):\n%s", diff)
	}
	cs, err := w.Changes(ctx, day("2026-02-02"), "")
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 0 {
		t.Errorf("night n2 restates night n1, got %d changes, first %+v", len(cs), cs[0])
	}
	var open, fromV1 int
	if err := w.DB().QueryRowContext(ctx, `SELECT count(*), count(*) FILTER (WHERE run_id = 'n1' AND valid_from = DATE '2026-02-01') FROM fact_versions WHERE valid_to IS NULL`).Scan(&open, &fromV1); err != nil {
		t.Fatal(err)
	}
	if open != 90 || fromV1 != 90 {
		t.Errorf("open versions %d, from the v1 night %d; want 90 and 90", open, fromV1)
	}
}

func TestMigrateOpenWritable(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "w.duckdb")
	buildV1(t, path)
	w, err := Open(ctx, path, false)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	var got, want string
	if err := w.DB().QueryRowContext(ctx, `SELECT value_hash FROM facts WHERE field = 'step2ck_min' LIMIT 1`).Scan(&got); err != nil {
		t.Fatal(err)
	}
	want = ValueHash(imgfriendly.FieldStep2CKMin, "220", "")
	if got != want {
		t.Errorf("migrated value_hash %s, want ValueHash %s", got, want)
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, WarehouseFile)
	db, err := sql.Open("duckdb", path)
	if err != nil {
		t.Fatal(err)
	}
	future := SchemaVersion + 2 // always newer than this imgfriendly
	if _, err := db.Exec(fmt.Sprintf(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp);
INSERT INTO schema_migrations (version, name) VALUES (1, '001_initial'), (2, '002_history'), (%d, 'future')`, future)); err != nil {
		t.Fatal(err)
	}
	db.Close()
	for _, readOnly := range []bool{true, false} {
		_, err := Open(ctx, path, readOnly)
		if !errors.Is(err, ErrSchemaNewer) || !strings.Contains(err.Error(), fmt.Sprintf("warehouse schema version %d is newer than this imgfriendly (%d); upgrade imgfriendly", future, SchemaVersion)) {
			t.Errorf("Open(readOnly=%v): %v", readOnly, err)
		}
	}
	before := snapshotFile(t, path)
	out, err := RunNight(ctx, testConfig(), dir, gateNight("n1", "2026-02-01", nil))
	if !errors.Is(err, ErrSchemaNewer) || out.Status != imgfriendly.RunError {
		t.Errorf("RunNight over a newer warehouse: %q %v", out.Status, err)
	}
	if snapshotFile(t, path) != before {
		t.Error("RunNight changed a newer warehouse")
	}
}

func snapshotFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestMigrationsAreNumberedInOrder(t *testing.T) {
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != SchemaVersion {
		t.Errorf("%d migrations, SchemaVersion %d: bump SchemaVersion with every migration", len(ms), SchemaVersion)
	}
}
