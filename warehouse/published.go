package warehouse

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	duckdb "github.com/duckdb/duckdb-go/v2"
)

// ErrNotPublished is returned by Published.Acquire while the data directory
// has no published warehouse yet (no night has passed its gates).
var ErrNotPublished = errors.New("no published warehouse")

// Published hands a long-running reader (imgfriendly serve) the published
// warehouse of a data directory, read-only, and moves to a newly published
// night without a restart: every Acquire compares the published file with
// the one it has open (one stat), and when a night has renamed a new file
// into place it opens that one. Readers that still hold the old night finish
// on it; it is closed when the last of them releases it.
//
// Each night is opened in its own in-memory DuckDB instance that attaches
// the file read-only, because duckdb-go caches file-backed instances by path
// (a second open of warehouse.duckdb would return the old night). Once the
// file is attached the instance is locked down like every reader's (see
// Open and readerLockdown): no file, network, extension or settings access
// from SQL.
type Published struct {
	dir string
	cfg Config

	mu     sync.Mutex
	cur    *Snapshot
	closed bool
}

// Snapshot is one published night, open read-only. DB is valid until
// Release; RunID and Night name the night.
type Snapshot struct {
	DB    *sql.DB
	RunID string
	Night time.Time

	owner   *Published
	info    fs.FileInfo
	refs    int  // guarded by owner.mu
	retired bool // guarded by owner.mu: a newer night is published
}

// NewPublished serves the published warehouse of the data directory dir;
// cfg's MemoryLimit and Threads apply to each night's instance. Nothing is
// opened until the first Acquire.
func NewPublished(dir string, cfg Config) *Published {
	return &Published{dir: dir, cfg: cfg}
}

// Path is the published warehouse file.
func (p *Published) Path() string { return filepath.Join(p.dir, WarehouseFile) }

// Acquire returns the currently published night; the caller must Release it.
// Without a published warehouse the error wraps ErrNotPublished; a
// warehouse written by a newer imgfriendly wraps ErrSchemaNewer.
func (p *Published) Acquire(ctx context.Context) (*Snapshot, error) {
	path := p.Path()
	info, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%s: %w", path, ErrNotPublished)
	}
	if err != nil {
		return nil, fmt.Errorf("open published warehouse: %w", err)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return nil, fmt.Errorf("open published warehouse: closed")
	}
	if p.cur != nil && sameFile(p.cur.info, info) {
		p.cur.refs++
		return p.cur, nil
	}
	s, err := p.open(ctx, path, info)
	if err != nil {
		return nil, err
	}
	if old := p.cur; old != nil {
		old.retired = true
		if old.refs == 0 {
			old.DB.Close()
		}
	}
	p.cur = s
	s.refs++
	return s, nil
}

// Release gives the snapshot back; a night no longer published is closed
// when its last reader releases it.
func (s *Snapshot) Release() {
	p := s.owner
	p.mu.Lock()
	defer p.mu.Unlock()
	s.refs--
	if s.refs == 0 && s.retired {
		s.DB.Close()
	}
}

// Close closes the current night; snapshots still held are closed on release.
func (p *Published) Close() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closed = true
	if p.cur == nil {
		return nil
	}
	p.cur.retired = true
	var err error
	if p.cur.refs == 0 {
		err = p.cur.DB.Close()
	}
	p.cur = nil
	return err
}

func sameFile(a, b fs.FileInfo) bool {
	return os.SameFile(a, b) && a.Size() == b.Size() && a.ModTime().Equal(b.ModTime())
}

// publishedAlias is the catalog name the published file is attached under.
const publishedAlias = "published"

// open attaches the file read-only in a new in-memory instance, locks the
// instance down, and reads which night it holds.
func (p *Published) open(ctx context.Context, path string, info fs.FileInfo) (*Snapshot, error) {
	q := url.Values{}
	if p.cfg.MemoryLimit != "" {
		q.Set("memory_limit", p.cfg.MemoryLimit)
	}
	if p.cfg.Threads > 0 {
		q.Set("threads", strconv.Itoa(p.cfg.Threads))
	}
	dsn := ""
	if len(q) > 0 {
		dsn = "?" + q.Encode()
	}
	var attached atomic.Bool
	attach := `ATTACH '` + strings.ReplaceAll(path, `'`, `''`) + `' AS ` + publishedAlias + ` (READ_ONLY)`
	conn, err := duckdb.NewConnector(dsn, func(ex driver.ExecerContext) error {
		if !attached.Load() {
			// The first connection, made below before the handle is shared.
			for _, stmt := range append([]string{attach}, readerLockdown...) {
				if _, err := ex.ExecContext(ctx, stmt, nil); err != nil {
					return err
				}
			}
			attached.Store(true)
		}
		_, err := ex.ExecContext(context.Background(), `USE `+publishedAlias, nil)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("open published warehouse %s: %w", path, err)
	}
	db := sql.OpenDB(conn)
	fail := func(err error) (*Snapshot, error) {
		db.Close()
		return nil, fmt.Errorf("open published warehouse %s: %w", path, err)
	}
	c, err := db.Conn(ctx) // runs the attach and the lockdown
	if err != nil {
		return fail(err)
	}
	err = checkLockedDown(ctx, c)
	c.Close()
	if err != nil {
		return fail(err)
	}
	have, err := schemaVersion(ctx, db)
	if err != nil {
		return fail(err)
	}
	if have > SchemaVersion {
		return fail(fmt.Errorf("warehouse schema version %d is newer than this imgfriendly (%d); upgrade imgfriendly: %w", have, SchemaVersion, ErrSchemaNewer))
	}
	s := &Snapshot{DB: db, owner: p, info: info}
	err = db.QueryRowContext(ctx, `SELECT run_id, night FROM runs WHERE status = 'published' ORDER BY night DESC, ended_at DESC LIMIT 1`).Scan(&s.RunID, &s.Night)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return fail(fmt.Errorf("read published run: %w", err))
	}
	return s, nil
}
