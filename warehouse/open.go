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
const SchemaVersion = 4

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
// needed and applies pending migrations; a read-only open (what analysts and
// `imgfriendly sql` use, safe while a night runs) never writes: an older
// warehouse is served as it is (see Version) until the next night migrates
// it. Either refuses a warehouse whose schema is newer than SchemaVersion
// with an error wrapping ErrSchemaNewer.
func Open(ctx context.Context, path string, readOnly bool) (*Warehouse, error) {
	return open(ctx, path, readOnly, Config{})
}

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
