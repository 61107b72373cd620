package warehouse

import (
	"context"
	"crypto/md5"
	"database/sql"
	"database/sql/driver"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"time"

	"github.com/duckdb/duckdb-go/v2"

	"github.com/imgfriendly/imgfriendly"
)

// currentTables hold the latest night only; RunNight empties them in staging
// before loading the new night. History tables (runs, fact_versions, changes,
// night_stats) only grow.
var currentTables = []string{"fetches", "pages", "facts", "residents", "programs"}

// ValueHash is the hash that identifies a fact's value in fact_versions:
// md5 hex of field, Value.String() and condition separated by U+001F. Evidence
// is not part of it: the same value read from a reworded page is no change.
func ValueHash(field imgfriendly.Field, value, condition string) string {
	sum := md5.Sum([]byte(string(field) + "\x1f" + value + "\x1f" + condition))
	return hex.EncodeToString(sum[:])
}

// appendRows bulk-loads n rows into catalog.main.table with DuckDB's
// Appender, checking ctx every few thousand rows. row fills the values of row i.
func appendRows(ctx context.Context, conn *sql.Conn, catalog, table string, n int, row func(i int) []driver.Value) error {
	err := conn.Raw(func(dc any) error {
		a, err := duckdb.NewAppender(dc.(driver.Conn), catalog, "main", table)
		if err != nil {
			return err
		}
		for i := range n {
			if i%4096 == 0 {
				if err := ctx.Err(); err != nil {
					a.Close()
					return err
				}
			}
			if err := a.AppendRow(row(i)...); err != nil {
				a.Close()
				return fmt.Errorf("row %d: %w", i, err)
			}
		}
		return a.Close() // constraint errors surface here
	})
	if err != nil {
		return fmt.Errorf("load %s: %w", table, err)
	}
	return nil
}

// ts returns t in UTC for a TIMESTAMP column, or NULL for the zero time.
func ts(t time.Time) driver.Value {
	if t.IsZero() {
		return nil
	}
	return t.UTC()
}

func str(s string) driver.Value {
	if s == "" {
		return nil
	}
	return s
}

// loadCrawlHosts stores the night's per-host crawl statistics; crawl_hosts
// keeps every night, and a re-run of the same night replaces its rows.
func loadCrawlHosts(ctx context.Context, conn *sql.Conn, runID string, hs []CrawlHost) error {
	if _, err := conn.ExecContext(ctx, "DELETE FROM crawl_hosts WHERE run_id = ?", runID); err != nil {
		return fmt.Errorf("empty crawl_hosts for %s: %w", runID, err)
	}
	return appendRows(ctx, conn, "", "crawl_hosts", len(hs), func(i int) []driver.Value {
		h := hs[i]
		status, _ := json.Marshal(h.Status)
		return []driver.Value{runID, h.Host, int32(h.Fetches), int32(h.OK), int32(h.NotModified), int32(h.Failed),
			int32(h.Requests), int32(h.Retries), h.Bytes, int32(h.RobotsBlocked), int32(h.Rejected), string(status),
			float64(h.LatencyP50) / float64(time.Millisecond), float64(h.LatencyP95) / float64(time.Millisecond)}
	})
}
