package warehouse

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"time"
)

// loadSeedTables loads what the night found about the seed list: the ids
// the programs' own pages print and where they disagree with the seed rows
// (stated_ids, id_conflicts: this night only), and each program's seed URL
// health (seed_health: kept per night; a re-run of a night replaces its
// rows).
func loadSeedTables(ctx context.Context, conn *sql.Conn, n Night, night time.Time) error {
	runID := n.Run.ID
	for _, q := range []string{"DELETE FROM stated_ids", "DELETE FROM id_conflicts", "DELETE FROM seed_health WHERE run_id = ?"} {
		var args []any
		if q == "DELETE FROM seed_health WHERE run_id = ?" {
			args = append(args, runID)
		}
		if _, err := conn.ExecContext(ctx, q, args...); err != nil {
			return fmt.Errorf("empty seed tables: %w", err)
		}
	}
	ids := n.StatedIDs
	if err := appendRows(ctx, conn, "", "stated_ids", len(ids), func(i int) []driver.Value {
		s := ids[i]
		return []driver.Value{runID, s.ProgramID, string(s.Kind), s.Value, str(s.Label), int32(s.Group), str(s.Context),
			s.Evidence.URL, str(s.Evidence.Text), str(s.Evidence.Selector), ts(s.Evidence.FetchedAt)}
	}); err != nil {
		return err
	}
	cs := n.IDConflicts
	if err := appendRows(ctx, conn, "", "id_conflicts", len(cs), func(i int) []driver.Value {
		c := cs[i]
		return []driver.Value{runID, c.ProgramID, c.Kind, str(c.SeedValue), str(c.PageValue),
			str(c.Evidence.URL), str(c.Evidence.Text), str(c.Evidence.Selector), ts(c.Evidence.FetchedAt)}
	}); err != nil {
		return err
	}
	hs := n.SeedHealth
	return appendRows(ctx, conn, "", "seed_health", len(hs), func(i int) []driver.Value {
		h := hs[i]
		return []driver.Value{runID, night, h.ProgramID, str(h.URL), str(h.FinalURL), int32(h.Status), h.Outcome,
			str(h.Detail), str(string(h.Kind)), int32(h.FailingNights)}
	})
}

// LastSeedHealth returns, per program, the nights in a row its seed URL had
// failed as of the last published night (programs whose URL worked are 0 or
// absent). A warehouse older than schema 4 has no seed health: empty.
func (w *Warehouse) LastSeedHealth(ctx context.Context) (map[string]int, error) {
	out := map[string]int{}
	var n int
	if err := w.db.QueryRowContext(ctx, `SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main' AND table_name = 'seed_health'`).Scan(&n); err != nil {
		return nil, fmt.Errorf("seed health: %w", err)
	}
	if n == 0 {
		return out, nil
	}
	rows, err := w.db.QueryContext(ctx, `SELECT program_id, failing_nights FROM seed_health
WHERE run_id = (SELECT run_id FROM runs WHERE status = 'published' ORDER BY night DESC, ended_at DESC LIMIT 1)`)
	if err != nil {
		return nil, fmt.Errorf("seed health: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var k int
		if err := rows.Scan(&id, &k); err != nil {
			return nil, fmt.Errorf("seed health: %w", err)
		}
		out[id] = k
	}
	return out, rows.Err()
}
