package warehouse

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"

	_ "github.com/duckdb/duckdb-go/v2" // registers the "duckdb" database/sql driver
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// SchemaVersion is the schema version this imgfriendly writes: the number of
// its last migration. It is recorded in schema_migrations, in every run
// manifest and in every exported Parquet file's key/value metadata.
const SchemaVersion = 7

// ErrSchemaNewer is returned by Open for a warehouse written by a newer imgfriendly.
var ErrSchemaNewer = errors.New("warehouse schema is newer than this imgfriendly")

// Warehouse is an open DuckDB warehouse file.
type Warehouse struct {
	db   *sql.DB
	path string
}

// migration is one embedded migrations/NNN_name.sql file.
type migration struct {
	version int
	name    string
	sql     string
}

func migrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrationFS, "migrations")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".sql")
		num, _, ok := strings.Cut(name, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration %s: name must be NNN_name.sql", e.Name())
		}
		b, err := migrationFS.ReadFile(path.Join("migrations", e.Name()))
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: name, sql: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %s: want version %d", m.name, i+1)
		}
	}
	return ms, nil
}

// Open opens the warehouse at path. A writable open creates the file if
// needed and applies pending migrations; a read-only open never writes: an
// older warehouse is served as it is (see Version) until the next night
// migrates it. Either refuses a warehouse whose schema is newer than
// SchemaVersion with an error wrapping ErrSchemaNewer.
//
// A read-only open is the one every reader uses (`imgfriendly sql`, the
// query commands, the web page), and it is safe to hand to a person typing
// SQL: besides read_only access, DuckDB's file system and network access are
// off (COPY, EXPORT DATABASE, read_csv, ATTACH, httpfs, file logging all
// fail), extensions are neither installed nor loaded, nothing spills to a
// temporary directory, and the configuration is locked so that no statement
// can switch any of it back. It is safe while a night runs.
func Open(ctx context.Context, path string, readOnly bool) (*Warehouse, error) {
	if readOnly {
		return openLocked(ctx, path)
	}
	return open(ctx, path, false, Config{})
}

// readerLockdown are the statements, in order, that make a DuckDB instance
// safe for readers (see Open); they apply to the whole instance, every
// connection of a pool. Every reader's instance runs them before anything
// else: Open's, and each night's instance of Published. An empty
// temp_directory comes before enable_external_access is switched off
// (DuckDB then allows its temporary directory for writing).
// allowed_directories stays empty on purpose: DuckDB lets a statement write
// into an allowed directory (COPY … TO, and the file storage of
// enable_logging from a plain SELECT), and the database file and its .wal
// are always allowed paths (COPY … TO 'warehouse.duckdb' (USE_TMP_FILE
// false) overwrote the published file with only external access off), so
// the local file system is disabled outright.
var readerLockdown = []string{
	"SET temp_directory = ''",
	"SET autoinstall_known_extensions = false",
	"SET autoload_known_extensions = false",
	"SET allow_community_extensions = false",
	"SET allow_persistent_secrets = false",
	"SET enable_external_access = false",
	"SET disabled_filesystems = 'LocalFileSystem'",
	"SET lock_configuration = true",
}

// openLocked is Open for readers: read-only, no file system, network or
// extension access, configuration locked. It checks the settings took hold
// (DuckDB hands out one instance per file within a process, so an instance
// opened differently by this process would be shared) and refuses otherwise.
func openLocked(ctx context.Context, path string) (*Warehouse, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("open warehouse: %w", err)
	}
	db, err := sql.Open("duckdb", path+"?access_mode=read_only")
	if err != nil {
		return nil, fmt.Errorf("open warehouse %s: %w", path, err)
	}
	w := &Warehouse{db: db, path: path}
	if err := w.lock(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open warehouse %s: %w", path, err)
	}
	if err := w.migrate(ctx, true); err != nil {
		db.Close()
		return nil, fmt.Errorf("open warehouse %s: %w", path, err)
	}
	return w, nil
}

// lock runs readerLockdown on an instance not locked yet (one this process
// already locked is only checked), then checks it.
func (w *Warehouse) lock(ctx context.Context) error {
	conn, err := w.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("lock read-only settings: %w", err)
	}
	defer conn.Close()
	var locked bool
	if err := conn.QueryRowContext(ctx, `SELECT current_setting('lock_configuration')`).Scan(&locked); err != nil {
		return fmt.Errorf("lock read-only settings: %w", err)
	}
	if !locked {
		for _, s := range readerLockdown {
			if _, err := conn.ExecContext(ctx, s); err != nil {
				return fmt.Errorf("lock read-only settings: %s: %w", s, err)
			}
		}
	}
	return checkLockedDown(ctx, conn)
}

// lockedSettings are what a reader's instance must show once locked.
var lockedSettings = map[string]string{
	"enable_external_access":       "false",
	"lock_configuration":           "true",
	"allowed_directories":          "[]",
	"autoinstall_known_extensions": "false",
	"autoload_known_extensions":    "false",
	"allow_community_extensions":   "false",
	"temp_directory":               "",
}

// checkLockedDown verifies that a reader's instance is locked down: the
// settings read back, and the local file system refuses a glob
// (disabled_filesystems does not read back).
func checkLockedDown(ctx context.Context, q queryer) error {
	for name, want := range lockedSettings {
		var got string
		if err := q.QueryRowContext(ctx, `SELECT coalesce(current_setting(?)::VARCHAR, '')`, name).Scan(&got); err != nil {
			return fmt.Errorf("check read-only settings: %w", err)
		}
		if got != want {
			return fmt.Errorf("read-only settings not in force: %s is %q, want %q (is the file open in this process with other settings?)", name, got, want)
		}
	}
	var n int
	err := q.QueryRowContext(ctx, `SELECT count(*) FROM glob('/*')`).Scan(&n)
	if err == nil || !strings.Contains(err.Error(), "disabled") {
		return fmt.Errorf("read-only settings not in force: the local file system is reachable (%v)", err)
	}
	return nil
}

// open opens path for the pipeline itself: writable, or read-only with
// DuckDB's file access kept (to export Parquet from the published warehouse).
// Readers use Open.
func open(ctx context.Context, path string, readOnly bool, cfg Config) (*Warehouse, error) {
	if readOnly {
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("open warehouse: %w", err)
		}
	}
	q := url.Values{}
	if readOnly {
		q.Set("access_mode", "read_only")
	}
	if cfg.MemoryLimit != "" {
		q.Set("memory_limit", cfg.MemoryLimit)
	}
	if cfg.Threads > 0 {
		q.Set("threads", strconv.Itoa(cfg.Threads))
	}
	if cfg.TempDirectory != "" {
		q.Set("temp_directory", cfg.TempDirectory)
	}
	// DuckDB's allocator keeps freed pages mapped until a background
	// thread returns them: without one, exporting a 50,000-program night
	// under the 96MB night_memory_limit peaked at 274-322 MB of RSS, with
	// one at 205-219 MB (the same export, the same limit).
	q.Set("allocator_background_threads", "true")
	dsn := path
	if len(q) > 0 {
		dsn += "?" + q.Encode()
	}
	db, err := sql.Open("duckdb", dsn)
	if err != nil {
		return nil, fmt.Errorf("open warehouse %s: %w", path, err)
	}
	w := &Warehouse{db: db, path: path}
	if err := w.migrate(ctx, readOnly); err != nil {
		db.Close()
		return nil, fmt.Errorf("open warehouse %s: %w", path, err)
	}
	return w, nil
}

// DB returns the warehouse's database handle, for queries.
func (w *Warehouse) DB() *sql.DB { return w.db }

// Close closes the warehouse; a writable warehouse is checkpointed first.
func (w *Warehouse) Close() error { return w.db.Close() }

// Version returns the schema version recorded in the warehouse (0 for an empty file).
func (w *Warehouse) Version(ctx context.Context) (int, error) {
	return schemaVersion(ctx, w.db)
}

type queryer interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func schemaVersion(ctx context.Context, q queryer) (int, error) {
	var n int
	err := q.QueryRowContext(ctx, `SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main' AND table_name = 'schema_migrations'`).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	if n == 0 {
		return 0, nil
	}
	var v sql.NullInt64
	if err := q.QueryRowContext(ctx, `SELECT max(version) FROM schema_migrations`).Scan(&v); err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	return int(v.Int64), nil
}

func (w *Warehouse) migrate(ctx context.Context, readOnly bool) error {
	have, err := schemaVersion(ctx, w.db)
	if err != nil {
		return err
	}
	if have > SchemaVersion {
		return fmt.Errorf("warehouse schema version %d is newer than this imgfriendly (%d); upgrade imgfriendly: %w", have, SchemaVersion, ErrSchemaNewer)
	}
	if have == SchemaVersion {
		return nil
	}
	if readOnly {
		// A read-only open cannot migrate: it serves the older tables as they
		// are (the pipeline reads last night's fetches from them before the
		// night that migrates its staging copy). Version tells callers.
		return nil
	}
	ms, err := migrations()
	if err != nil {
		return err
	}
	if _, err := w.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name VARCHAR NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	for _, m := range ms[have:] {
		if err := applyMigration(ctx, w.db, m); err != nil {
			return err
		}
	}
	return nil
}

func applyMigration(ctx context.Context, db *sql.DB, m migration) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name) VALUES (?, ?)`, m.version, m.name); err != nil {
		return fmt.Errorf("migration %s: record: %w", m.name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	return nil
}
