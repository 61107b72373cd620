package warehouse

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly"
)

// The analyst questions of the report, answered over three published nights
// with the table and column names SCHEMA.md documents.
func TestAnalystQueries(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	cfg := testConfig()
	cfg.MissedNightsBeforeClose = 2
	for _, n := range threeNights() {
		mustRunNight(t, cfg, dir, n, imgfriendly.RunPublished)
	}
	w, err := Open(ctx, filepath.Join(dir, WarehouseFile), true)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	queryOn := func(db *sql.DB, q string, args ...any) [][]any {
		t.Helper()
		rows, err := db.QueryContext(ctx, q, args...)
		if err != nil {
			t.Fatalf("%v\n%s", err, q)
		}
		defer rows.Close()
		cols, _ := rows.Columns()
		var out [][]any
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			out = append(out, vals)
		}
		return out
	}
	query := func(q string, args ...any) [][]any {
		t.Helper()
		return queryOn(w.DB(), q, args...)
	}

	// IMG share by specialty and state (programs with a roster; C's host was down, no share).
	got := query(`SELECT specialty, state, count(*) AS programs, count(img_share) AS with_share,
       round(avg(img_share), 3) AS mean_img_share
FROM programs GROUP BY specialty, state ORDER BY specialty, state`)
	if diff := cmp.Diff([][]any{{"Internal Medicine", "IL", int64(4), int64(3), 0.408}}, got); diff != "" {
		t.Errorf("IMG share by specialty and state (-want +got):\n%s", diff)
	}

	// Programs that stopped sponsoring H-1B this year, with both evidences.
	got = query(`SELECT c.program_id, c.night, c.old_evidence_text, c.new_evidence_text
FROM changes c JOIN programs p USING (program_id)
WHERE c.field = 'visa_h1b' AND c.old_value = 'true' AND c.new_value = 'false'
  AND c.night >= DATE '2026-01-01'
ORDER BY c.night, c.program_id`)
	if diff := cmp.Diff([][]any{{"1401100001", day("2026-01-11"), "We sponsor H-1B visas.", "We no longer sponsor H-1B visas."}}, got); diff != "" {
		t.Errorf("stopped sponsoring H-1B (-want +got):\n%s", diff)
	}

	// YOG limits by specialty.
	got = query(`SELECT specialty, count(yog_max_years) AS with_limit, median(yog_max_years) AS median_limit,
       count(*) FILTER (WHERE yog_no_limit) AS no_limit
FROM programs GROUP BY specialty ORDER BY specialty`)
	if diff := cmp.Diff([][]any{{"Internal Medicine", int64(1), 5.0, int64(0)}}, got); diff != "" {
		t.Errorf("YOG limits by specialty (-want +got):\n%s", diff)
	}

	// H-1B answers as of a date, from history.
	got = query(`SELECT program_id, value FROM fact_versions
WHERE field = 'visa_h1b' AND valid_from <= DATE '2026-01-10' AND (valid_to IS NULL OR valid_to > DATE '2026-01-10')
ORDER BY program_id`)
	if diff := cmp.Diff([][]any{{"1401100001", "true"}, {"1401100002", "false"}}, got); diff != "" {
		t.Errorf("H-1B as of 2026-01-10 (-want +got):\n%s", diff)
	}

	// The Parquet history, hive-partitioned by night, read by the analyst's
	// own DuckDB (the warehouse's read-only open has no file access).
	analyst, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer analyst.Close()
	hist := filepath.Join(dir, ParquetDir, "history", "programs", "*", "*.parquet")
	got = queryOn(analyst, `SELECT night, count(*) AS programs, count(visa_h1b) FILTER (WHERE visa_h1b) AS h1b_sponsors
FROM read_parquet(`+sqlString(hist)+`, hive_partitioning = true) GROUP BY night ORDER BY night`)
	want := [][]any{{day("2026-01-10"), int64(4), int64(1)}, {day("2026-01-11"), int64(4), int64(1)}, {day("2026-01-12"), int64(4), int64(1)}}
	if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) })); diff != "" {
		t.Errorf("Parquet history by night (-want +got):\n%s", diff)
	}
}
