package warehouse

import (
	"context"
	"fmt"
)

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
