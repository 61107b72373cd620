package nightreport

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/warehouse"
)

// gather reads the night's rows and the history around it from the
// warehouse file at path (opened read-only).
func gather(ctx context.Context, path string, r *Report, o Options) error {
	w, err := warehouse.Open(ctx, path, true)
	if err != nil {
		return err
	}
	defer w.Close()
	db := w.DB()
	tables, err := tableSet(ctx, db)
	if err != nil {
		return err
	}
	if err := trend(ctx, db, r, o); err != nil {
		return err
	}
	var last sql.NullString
	var lastEnd sql.NullTime
	err = db.QueryRowContext(ctx, `SELECT run_id, ended_at FROM runs WHERE status = 'published' ORDER BY night DESC, ended_at DESC LIMIT 1`).Scan(&last, &lastEnd)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("last published night: %w", err)
	}
	r.lastPublished, r.LastPublishedAt = last.String, lastEnd.Time
	if !r.InWarehouse {
		return nil
	}
	if tables["crawl_hosts"] {
		if err := hosts(ctx, db, r, o); err != nil {
			return err
		}
	}
	if tables["seed_health"] {
		if err := homeFailures(ctx, db, r, o); err != nil {
			return err
		}
	} else {
		r.Notes = append(r.Notes, "this warehouse predates seed URL health (schema version 4): failing home pages are not shown")
	}
	return changes(ctx, db, r, o)
}

func tableSet(ctx context.Context, db *sql.DB) (map[string]bool, error) {
	rows, err := db.QueryContext(ctx, `SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'`)
	if err != nil {
		return nil, fmt.Errorf("list tables: %w", err)
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return nil, err
		}
		out[t] = true
	}
	return out, rows.Err()
}

// trendNightsSQL picks the published nights up to and including the
// report's night, newest first, plus the report's own run whatever its
// status (a night that failed its gates is in its staging file's runs).
const trendNightsSQL = `SELECT run_id, night, status FROM runs
WHERE (status = 'published' AND night <= ?::DATE) OR run_id = ?
ORDER BY night DESC, run_id DESC LIMIT ?`

// trend reads night_stats for the trend nights, and from them the night's
// coverage against the last published night before it.
func trend(ctx context.Context, db *sql.DB, r *Report, o Options) error {
	night := r.Night
	if night == "" {
		night = "9999-12-31"
	}
	rows, err := db.QueryContext(ctx, trendNightsSQL, night, r.RunID, o.TrendNights)
	if err != nil {
		return fmt.Errorf("trend nights: %w", err)
	}
	var nights []*TrendNight
	byRun := map[string]*TrendNight{}
	for rows.Next() {
		var t TrendNight
		var d time.Time
		if err := rows.Scan(&t.RunID, &d, &t.Status); err != nil {
			rows.Close()
			return fmt.Errorf("trend nights: %w", err)
		}
		t.Night = d.Format(time.DateOnly)
		t.Facts = map[imgfriendly.Field]int{}
		nights = append(nights, &t)
		byRun[t.RunID] = &t
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("trend nights: %w", err)
	}
	srows, err := db.QueryContext(ctx, `SELECT run_id, metric, key, value FROM night_stats`)
	if err != nil {
		return fmt.Errorf("night_stats: %w", err)
	}
	defer srows.Close()
	for srows.Next() {
		var run, metric, key string
		var v sql.NullFloat64
		if err := srows.Scan(&run, &metric, &key, &v); err != nil {
			return fmt.Errorf("night_stats: %w", err)
		}
		t := byRun[run]
		if t == nil {
			continue
		}
		n := int(v.Float64)
		switch metric {
		case "programs":
			t.Programs = n
		case "fetches":
			t.Fetches = n
		case "fetches_ok":
			t.FetchesOK = n
		case "fetches_not_modified":
			t.NotModified = n
		case "changes_added", "changes_changed", "changes_removed":
			t.Changes += n
		case "facts_per_field":
			t.Facts[imgfriendly.Field(key)] = n
		}
	}
	if err := srows.Err(); err != nil {
		return fmt.Errorf("night_stats: %w", err)
	}
	for i, j := 0, len(nights)-1; i < j; i, j = i+1, j-1 {
		nights[i], nights[j] = nights[j], nights[i]
	}
	for _, t := range nights {
		r.Trend = append(r.Trend, *t)
	}
	// Tonight is the last trend night when it is in this warehouse; the
	// night before is the published one before it.
	var tonight *TrendNight
	last := len(r.Trend) - 1
	if last >= 0 && r.Trend[last].RunID == r.RunID {
		tonight = &r.Trend[last]
		r.InWarehouse = true
		r.Programs = tonight.Programs
		last--
	}
	for i := last; i >= 0; i-- {
		if r.Trend[i].Status == imgfriendly.RunPublished && r.Trend[i].RunID != r.RunID {
			prev := r.Trend[i]
			r.Previous = &prev
			break
		}
	}
	if tonight == nil {
		return nil
	}
	for _, fk := range imgfriendly.FieldKinds {
		c := Coverage{Field: fk.Field, Programs: tonight.Facts[fk.Field], Previous: -1}
		c.Share = share(c.Programs, tonight.Programs)
		if r.Previous != nil {
			c.Previous = r.Previous.Facts[fk.Field]
			c.Delta = c.Programs - c.Previous
		}
		for _, t := range r.Trend {
			c.Trend = append(c.Trend, share(t.Facts[fk.Field], t.Programs))
		}
		r.Coverage = append(r.Coverage, c)
	}
	return nil
}

func share(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return float64(n) / float64(of)
}

// hosts reads the night's worst hosts: most failures, then most retries.
func hosts(ctx context.Context, db *sql.DB, r *Report, o Options) error {
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM crawl_hosts WHERE run_id = ?`, r.RunID).Scan(&r.HostsTotal); err != nil {
		return fmt.Errorf("crawl_hosts: %w", err)
	}
	rows, err := db.QueryContext(ctx, `SELECT host, fetches, ok, not_modified, failed, requests, retries, robots_blocked, rejected,
       status_counts, latency_p50_ms, latency_p95_ms
FROM crawl_hosts WHERE run_id = ? AND (failed > 0 OR retries > 0 OR robots_blocked > 0 OR rejected > 0)
ORDER BY failed DESC, retries DESC, host LIMIT ?`, r.RunID, o.Hosts)
	if err != nil {
		return fmt.Errorf("crawl_hosts: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var h Host
		var status sql.NullString
		var p50, p95 sql.NullFloat64
		if err := rows.Scan(&h.Host, &h.Fetches, &h.OK, &h.NotModified, &h.Failed, &h.Requests, &h.Retries,
			&h.RobotsBlocked, &h.Rejected, &status, &p50, &p95); err != nil {
			return fmt.Errorf("crawl_hosts: %w", err)
		}
		if status.Valid {
			json.Unmarshal([]byte(status.String), &h.Status)
		}
		h.LatencyP50, h.LatencyP95 = p50.Float64, p95.Float64
		r.Hosts = append(r.Hosts, h)
	}
	return rows.Err()
}

// homeFailures reads the programs whose seed URL (their home page) has
// failed several nights in a row, from seed_health.
func homeFailures(ctx context.Context, db *sql.DB, r *Report, o Options) error {
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM seed_health WHERE run_id = ? AND failing_nights > 0`, r.RunID).Scan(&r.HomeFailed); err != nil {
		return fmt.Errorf("seed_health: %w", err)
	}
	rows, err := db.QueryContext(ctx, `SELECT s.program_id, coalesce(p.name, ''), coalesce(p.specialty, ''), coalesce(p.state, ''),
       coalesce(s.url, ''), s.failing_nights, coalesce(s.status, 0), s.outcome || coalesce(': ' || s.detail, '')
FROM seed_health s LEFT JOIN programs p USING (program_id)
WHERE s.run_id = ? AND s.failing_nights >= ?
ORDER BY s.failing_nights DESC, s.program_id`, r.RunID, o.HomeFailNights)
	if err != nil {
		return fmt.Errorf("seed_health: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var h HomeFailure
		if err := rows.Scan(&h.ProgramID, &h.Name, &h.Specialty, &h.State, &h.URL, &h.Nights, &h.Status, &h.Error); err != nil {
			return fmt.Errorf("seed_health: %w", err)
		}
		r.HomeFailures = append(r.HomeFailures, h)
	}
	return rows.Err()
}

// changes reads tonight's fact changes: counts by kind, and the first
// o.Changes with both sides' evidence.
func changes(ctx context.Context, db *sql.DB, r *Report, o Options) error {
	r.ChangeCounts = map[string]int{}
	crows, err := db.QueryContext(ctx, `SELECT change, count(*) FROM changes WHERE run_id = ? GROUP BY change`, r.RunID)
	if err != nil {
		return fmt.Errorf("changes: %w", err)
	}
	for crows.Next() {
		var k string
		var n int
		if err := crows.Scan(&k, &n); err != nil {
			crows.Close()
			return fmt.Errorf("changes: %w", err)
		}
		r.ChangeCounts[k] = n
		r.ChangesTotal += n
	}
	crows.Close()
	rows, err := db.QueryContext(ctx, `SELECT c.program_id, coalesce(p.name, ''), c.field, c.change, coalesce(c.reason, ''),
       c.old_value, c.old_condition, c.old_evidence_url, c.old_evidence_text, c.old_fetched_at, c.old_valid_from,
       c.new_value, c.new_condition, c.new_evidence_url, c.new_evidence_text, c.new_fetched_at
FROM changes c LEFT JOIN programs p USING (program_id)
WHERE c.run_id = ?
ORDER BY CASE c.change WHEN 'changed' THEN 0 WHEN 'removed' THEN 1 ELSE 2 END, c.program_id, c.field
LIMIT ?`, r.RunID, o.Changes)
	if err != nil {
		return fmt.Errorf("changes: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var c Change
		var field string
		var oldV, oldC, oldURL, oldText, newV, newC, newURL, newText sql.NullString
		var oldAt, oldFrom, newAt sql.NullTime
		if err := rows.Scan(&c.ProgramID, &c.Name, &field, &c.Change.Change, &c.Reason,
			&oldV, &oldC, &oldURL, &oldText, &oldAt, &oldFrom, &newV, &newC, &newURL, &newText, &newAt); err != nil {
			return fmt.Errorf("changes: %w", err)
		}
		c.Field = imgfriendly.Field(field)
		if oldV.Valid {
			c.Old = &warehouse.ChangeSide{Value: oldV.String, Condition: oldC.String, ValidFrom: oldFrom.Time,
				Evidence: imgfriendly.Evidence{URL: oldURL.String, Text: oldText.String, FetchedAt: oldAt.Time}}
		}
		if newV.Valid {
			c.New = &warehouse.ChangeSide{Value: newV.String, Condition: newC.String,
				Evidence: imgfriendly.Evidence{URL: newURL.String, Text: newText.String, FetchedAt: newAt.Time}}
		}
		r.Changes = append(r.Changes, c)
	}
	return rows.Err()
}
