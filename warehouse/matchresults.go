package warehouse

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"time"

	"github.com/imgfriendly/imgfriendly"
)

// ImportOutcome is what ImportMatchResults stored.
type ImportOutcome struct {
	Rows     int   `json:"rows"`     // results stored
	Replaced int   `json:"replaced"` // of those, (code, year) pairs the warehouse held before
	Codes    int   `json:"codes"`    // distinct program codes
	Known    int   `json:"known"`    // of those, codes of a program in the warehouse (programs.nrmp_codes)
	Years    []int `json:"years"`    // the Match years, ascending
}

// ImportMatchResults stores NRMP Match results in the published warehouse of
// the data directory dir (table match_results), replacing whatever it holds
// for the same program code and year; source (a file name) is kept with
// each row. Like a night it never writes to the published file, so readers
// keep reading and a failed import loses nothing: under the data
// directory's lock (ErrLocked while a night runs) it finishes or abandons a
// publish a killed night left (Recover), copies the published warehouse to
// staging/, migrates the copy, loads the rows with the Appender, checkpoints
// and renames the copy over warehouse.duckdb. The Parquet export is not
// touched. With no published warehouse yet, the import creates one. The
// copy is written under cfg's night limits (NightMemoryLimit, Threads,
// TempDirectory), like a night's staging file: an import runs on the same
// machine as the nights, and MemoryLimit is sized for serve's readers.
func ImportMatchResults(ctx context.Context, cfg Config, dir string, results []imgfriendly.MatchResult, source string, now time.Time) (ImportOutcome, error) {
	var out ImportOutcome
	if len(results) == 0 {
		return out, errors.New("import match results: no results")
	}
	for i, m := range results {
		if c, ok := imgfriendly.ParseNRMPCode(m.Code); !ok || c.String() != m.Code || m.Year < 1952 || m.Year > 2100 {
			return out, fmt.Errorf("import match results: result %d (%q, %d): want a normalised NRMP code and a Match year", i, m.Code, m.Year)
		}
	}
	if err := os.MkdirAll(filepath.Join(dir, StagingDir), 0o755); err != nil {
		return out, fmt.Errorf("import match results: %w", err)
	}
	unlock, err := LockFile(filepath.Join(dir, lockFile))
	if err != nil {
		return out, fmt.Errorf("import match results: %w", err)
	}
	defer unlock()
	if _, _, err := recoverPublish(ctx, cfg, dir, now); err != nil {
		return out, fmt.Errorf("import match results: %w", err)
	}
	published := filepath.Join(dir, WarehouseFile)
	staging := filepath.Join(dir, StagingDir, "import-"+strconv.FormatInt(now.UnixNano(), 10)+".duckdb")
	done := false
	defer func() {
		if !done {
			os.Remove(staging)
			os.Remove(staging + ".wal")
		}
	}()
	if exists(published) {
		if err := copyFile(published, staging); err != nil {
			return out, fmt.Errorf("import match results: %w", err)
		}
		if exists(published + ".wal") {
			if err := copyFile(published+".wal", staging+".wal"); err != nil {
				return out, fmt.Errorf("import match results: %w", err)
			}
		}
	}
	w, err := open(ctx, staging, false, cfg.night())
	if err != nil {
		return out, fmt.Errorf("import match results: %w", err)
	}
	if out, err = loadMatchResults(ctx, w, results, source, now); err != nil {
		w.Close()
		return out, fmt.Errorf("import match results: %w", err)
	}
	if err := w.Close(); err != nil {
		return out, fmt.Errorf("import match results: close: %w", err)
	}
	if exists(staging + ".wal") {
		return out, fmt.Errorf("import match results: %s still has a write-ahead log after checkpoint; not publishing", staging)
	}
	if err := syncFile(staging); err != nil {
		return out, fmt.Errorf("import match results: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return out, err
	}
	if err := os.Rename(staging, published); err != nil {
		return out, fmt.Errorf("import match results: %w", err)
	}
	done = true
	if err := syncDir(dir); err != nil {
		return out, fmt.Errorf("import match results: %w", err)
	}
	return out, nil
}

// loadMatchResults replaces w's results for the (code, year) pairs of
// results with them, in one transaction, and checkpoints.
func loadMatchResults(ctx context.Context, w *Warehouse, results []imgfriendly.MatchResult, source string, now time.Time) (ImportOutcome, error) {
	out := ImportOutcome{Rows: len(results)}
	conn, err := w.db.Conn(ctx)
	if err != nil {
		return out, err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `CREATE OR REPLACE TABLE match_results_import (
    program_code VARCHAR NOT NULL, year INTEGER NOT NULL, quota INTEGER NOT NULL, filled INTEGER NOT NULL)`); err != nil {
		return out, err
	}
	if err := appendRows(ctx, conn, "", "match_results_import", len(results), func(i int) []driver.Value {
		m := results[i]
		return []driver.Value{m.Code, int32(m.Year), int32(m.Quota), int32(m.Filled)}
	}); err != nil {
		return out, err
	}
	if err := conn.QueryRowContext(ctx, `SELECT
    (SELECT count(*) FROM match_results m JOIN match_results_import i USING (program_code, year)),
    (SELECT count(DISTINCT program_code) FROM match_results_import),
    (SELECT count(DISTINCT program_code) FROM match_results_import
        WHERE program_code IN (SELECT unnest(nrmp_codes) FROM programs))`).Scan(&out.Replaced, &out.Codes, &out.Known); err != nil {
		return out, fmt.Errorf("count: %w", err)
	}
	rows, err := conn.QueryContext(ctx, `SELECT DISTINCT year FROM match_results_import ORDER BY 1`)
	if err != nil {
		return out, err
	}
	for rows.Next() {
		var y int
		if err := rows.Scan(&y); err != nil {
			rows.Close()
			return out, err
		}
		out.Years = append(out.Years, y)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return out, err
	}
	for _, q := range []struct {
		sql  string
		args []any
	}{
		{sql: "BEGIN"},
		{sql: `DELETE FROM match_results USING match_results_import i
    WHERE match_results.program_code = i.program_code AND match_results.year = i.year`},
		{sql: `INSERT INTO match_results SELECT program_code, year, quota, filled, ?, ? FROM match_results_import`,
			args: []any{source, now.UTC()}},
		{sql: "DROP TABLE match_results_import"},
		// One row per (code, year), which the table has no index to enforce (see the migration).
		{sql: `SELECT CASE WHEN count(*) > 0 THEN error('match_results: ' || count(*) || ' (program_code, year) pairs twice') END
    FROM (SELECT 1 FROM match_results GROUP BY program_code, year HAVING count(*) > 1)`},
		{sql: "COMMIT"},
		{sql: "CHECKPOINT"},
	} {
		if _, err := conn.ExecContext(ctx, q.sql, q.args...); err != nil {
			conn.ExecContext(context.Background(), "ROLLBACK")
			return out, err
		}
	}
	slices.Sort(out.Years)
	return out, nil
}
