package warehouse

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly"
)

// TestReadOnlyOpenIsLockedDown is issue 13 item 1: a reader's connection —
// Open(…, true), what `imgfriendly sql` and the query commands use, and a
// Published snapshot, what the web page uses — must not let a statement
// write or read files, reach the network, install or load extensions, or
// switch any of that back on. Every attack runs on two connections held at
// once, one attack after the other, so an earlier one could not have
// weakened a later one; afterwards the data directory is byte for byte what
// it was and nothing was created anywhere.
func TestReadOnlyOpenIsLockedDown(t *testing.T) {
	readers := []struct {
		name string
		open func(t *testing.T, dir string) (db *sql.DB, done func())
	}{
		{"Open read-only", func(t *testing.T, dir string) (*sql.DB, func()) {
			w, err := Open(context.Background(), filepath.Join(dir, WarehouseFile), true)
			if err != nil {
				t.Fatal(err)
			}
			return w.DB(), func() { w.Close() }
		}},
		{"Published snapshot", func(t *testing.T, dir string) (*sql.DB, func()) {
			p := NewPublished(dir, testConfig())
			s, err := p.Acquire(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			return s.DB, func() { s.Release(); p.Close() }
		}},
	}
	for _, r := range readers {
		t.Run(r.name, func(t *testing.T) { attackReader(t, r.open) })
	}
}

func attackReader(t *testing.T, open func(t *testing.T, dir string) (*sql.DB, func())) {
	ctx := context.Background()
	dir := t.TempDir()
	mustRunNight(t, testConfig(), dir, gateNight("n1", "2026-02-01", nil), imgfriendly.RunPublished)
	outside := t.TempDir() // where an attack would write outside the data directory

	// A loopback server that counts every connection: a read_csv of an
	// http:// URL must not even connect.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	var connects atomic.Int32
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			connects.Add(1)
			c.Close()
		}
	}()
	httpURL := "http://" + ln.Addr().String() + "/x.csv"

	before, allFiles := snapshot(t, dir), treeOf(t, dir)
	db, done := open(t, dir)
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()

	q := sqlString
	attacks := []struct{ name, sql string }{
		{"COPY over the published warehouse", "COPY (SELECT 'x') TO " + q(filepath.Join(dir, WarehouseFile))},
		{"COPY over the Parquet export", "COPY (SELECT 'x' AS program_id) TO " + q(filepath.Join(dir, ParquetDir, "latest", "programs.parquet")) + " (FORMAT parquet)"},
		{"COPY into a new file", "COPY (SELECT 1) TO " + q(filepath.Join(outside, "new.csv"))},
		{"read_csv of /etc/passwd", "SELECT * FROM read_csv('/etc/passwd')"},
		{"read_text of a file in the data directory", "SELECT * FROM read_text(" + q(filepath.Join(dir, RunsDir, "n1.json")) + ")"},
		{"glob of the file system", "SELECT * FROM glob('/etc/*')"},
		{"EXPORT DATABASE", "EXPORT DATABASE " + q(filepath.Join(outside, "export"))},
		{"EXPORT DATABASE into the Parquet directory", "EXPORT DATABASE " + q(filepath.Join(dir, ParquetDir, "latest"))},
		{"ATTACH a new database file", "ATTACH " + q(filepath.Join(outside, "new.duckdb")) + " AS other"},
		{"INSTALL httpfs", "INSTALL httpfs"},
		{"LOAD httpfs", "LOAD httpfs"},
		{"read_csv over http", "SELECT * FROM read_csv(" + q(httpURL) + ")"},
		{"SET enable_external_access", "SET enable_external_access = true"},
		{"SET GLOBAL enable_external_access", "SET GLOBAL enable_external_access = true"},
		{"RESET enable_external_access", "RESET enable_external_access"},
		{"SET allowed_directories", "SET allowed_directories = ['/']"},
		{"SET allowed_paths", "SET allowed_paths = ['/etc/passwd']"},
		{"SET lock_configuration", "SET lock_configuration = false"},
		{"RESET lock_configuration", "RESET lock_configuration"},
		{"SET autoinstall_known_extensions", "SET autoinstall_known_extensions = true"},
		{"SET autoload_known_extensions", "SET autoload_known_extensions = true"},
		{"SET temp_directory", "SET temp_directory = " + q(outside)},
		{"SET disabled_filesystems", "SET disabled_filesystems = ''"},
		{"COPY over the warehouse without a temporary file", "COPY (SELECT 'x') TO " + q(filepath.Join(dir, WarehouseFile)) + " (USE_TMP_FILE false)"},
		{"COPY a write-ahead log beside the warehouse", "COPY (SELECT 'x') TO " + q(filepath.Join(dir, WarehouseFile+".wal"))},
		{"read_blob of the warehouse file", "SELECT * FROM read_blob(" + q(filepath.Join(dir, WarehouseFile)) + ")"},
		{"DELETE from a table", "DELETE FROM programs"},
		{"CREATE a table", "CREATE TABLE evil (x INTEGER)"},
		// Last: where file logging is allowed it breaks every later statement.
		{"file logging into the Parquet directory", "SELECT * FROM enable_logging(storage = 'file', storage_path = " + q(filepath.Join(dir, ParquetDir, "latest")) + ")"},
		{"file logging outside", "CALL enable_logging(storage = 'file', storage_path = " + q(outside) + ")"},
		{"file logging beside the warehouse", "SELECT * FROM enable_logging(storage = 'file', storage_config = {'path': " + q(filepath.Join(dir, WarehouseFile+".wal")) + ", 'normalize': false})"},
	}
	// A second connection held open at the same time: the settings belong
	// to the database instance, not to the connection that set them.
	conn2, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn2.Close()
	for _, a := range attacks {
		for i, c := range []*sql.Conn{conn, conn2} {
			if _, err := c.ExecContext(ctx, a.sql); err == nil {
				t.Errorf("%s: allowed on connection %d (%s)", a.name, i+1, a.sql)
			}
		}
	}
	conn2.Close()
	// The settings themselves, as a query sees them after the attacks.
	for name, want := range map[string]string{
		"enable_external_access": "false", "lock_configuration": "true", "allowed_directories": "[]",
		"autoinstall_known_extensions": "false", "autoload_known_extensions": "false",
	} {
		var got string
		if err := conn.QueryRowContext(ctx, `SELECT current_setting(?)::VARCHAR`, name).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("after the attacks %s = %s, want %s", name, got, want)
		}
	}
	var programs int
	if err := conn.QueryRowContext(ctx, `SELECT count(*) FROM programs`).Scan(&programs); err != nil || programs != 30 {
		t.Errorf("a plain query after the attacks: %d programs, %v; want 30", programs, err)
	}
	conn.Close()
	done()

	if n := connects.Load(); n != 0 {
		t.Errorf("%d connections reached the loopback server", n)
	}
	if diff := cmp.Diff(before, snapshot(t, dir)); diff != "" {
		t.Errorf("the data directory changed (-before +after):\n%s", diff)
	}
	if entries, _ := os.ReadDir(outside); len(entries) > 0 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("files created outside the data directory: %s", strings.Join(names, ", "))
	}
	if diff := cmp.Diff(allFiles, treeOf(t, dir)); diff != "" {
		t.Errorf("files in the data directory changed (-before +after):\n%s", diff)
	}
}

// TestReadOnlyOpenStillReads: the lockdown costs the readers nothing they
// need — tables, history, the introspection analysts use, bound parameters.
func TestReadOnlyOpenStillReads(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	mustRunNight(t, testConfig(), dir, gateNight("n1", "2026-02-01", nil), imgfriendly.RunPublished)
	w, err := Open(ctx, filepath.Join(dir, WarehouseFile), true)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	for _, query := range []string{
		"SELECT count(*) FROM programs WHERE state = ?",
		"SELECT count(*) FROM (DESCRIBE programs) WHERE ? <> ''",
		"SELECT count(*) FROM (SHOW TABLES) WHERE ? <> ''",
		"SELECT count(*) FROM fact_versions WHERE ? <> ''",
		"SELECT count(*) FROM duckdb_settings() WHERE ? <> ''",
	} {
		var n int
		if err := w.DB().QueryRowContext(ctx, query, "IL").Scan(&n); err != nil || n == 0 {
			t.Errorf("%s: %d rows, %v", query, n, err)
		}
	}
}

// treeOf lists every file under dir (symlinks not followed) with its size
// and a hash of its content.
func treeOf(t *testing.T, dir string) map[string]string {
	t.Helper()
	m := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if d.Type()&os.ModeSymlink != 0 {
			target, err := os.Readlink(p)
			m[rel] = "-> " + target
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		m[rel] = hex.EncodeToString(sum[:])
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}
