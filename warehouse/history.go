package warehouse

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// historySQL updates fact_versions and changes from the night's facts, in
// the staging warehouse. It reads the session variables run_id, night and
// missed_close (cfg.MissedNightsBeforeClose).
//
// Each open version meets tonight's fact for its program and field:
//   - same value hash: unchanged, the version stays open (a 304 or an
//     unchanged page changes nothing);
//   - different hash: closed (valid_to = night) and a new version opened;
//   - no fact, and the page that stated it was fetched tonight: the page no
//     longer says it, so the version closes now (change "removed",
//     reason not_stated);
//   - no fact, and the page was not fetched (host down, program dropped):
//     a missed night; the version closes only on the
//     missed_nights_before_close-th consecutive miss (reason unreachable),
//     and until then its fact is carried into tonight's facts
//     (carried = true) for programs still in the night.
var historySQL = []string{
	`CREATE OR REPLACE TEMP TABLE ok_urls AS
SELECT url FROM fetches WHERE content_hash IS NOT NULL AND error IS NULL
UNION SELECT final_url FROM fetches WHERE content_hash IS NOT NULL AND error IS NULL AND final_url IS NOT NULL`,

	`CREATE OR REPLACE TEMP TABLE night_diff AS
SELECT coalesce(f.program_id, v.program_id) AS program_id,
       coalesce(f.field, v.field) AS field,
       CASE WHEN v.program_id IS NULL THEN 'added'
            WHEN f.program_id IS NULL THEN
                CASE WHEN v.evidence_url IN (SELECT url FROM ok_urls) THEN 'removed'
                     WHEN v.missed_nights + 1 >= getvariable('missed_close') THEN 'missing'
                     ELSE 'missed' END
            WHEN f.value_hash = v.value_hash THEN 'same'
            ELSE 'changed' END AS kind
FROM facts f
FULL OUTER JOIN (SELECT * FROM fact_versions WHERE valid_to IS NULL) v
  ON f.program_id = v.program_id AND f.field = v.field`,

	`INSERT INTO changes
SELECT getvariable('night'), getvariable('run_id'), d.program_id, d.field,
       CASE d.kind WHEN 'missing' THEN 'removed' ELSE d.kind END,
       CASE d.kind WHEN 'added' THEN NULL
                   WHEN 'removed' THEN 'not_stated'
                   WHEN 'missing' THEN 'unreachable'
                   WHEN 'changed' THEN CASE WHEN v.value IS DISTINCT FROM f.value THEN 'value' ELSE 'condition' END
       END,
       v.value, v.condition, v.evidence_url, v.evidence_text, v.fetched_at, v.valid_from,
       f.value, f.condition, f.evidence_url, f.evidence_text, f.fetched_at
FROM night_diff d
LEFT JOIN (SELECT * FROM fact_versions WHERE valid_to IS NULL) v ON v.program_id = d.program_id AND v.field = d.field
LEFT JOIN facts f ON f.program_id = d.program_id AND f.field = d.field
WHERE d.kind IN ('added', 'changed', 'removed', 'missing')`,

	`UPDATE fact_versions SET
    valid_to = getvariable('night'),
    closed_run_id = getvariable('run_id'),
    close_reason = CASE d.kind WHEN 'changed' THEN 'changed' WHEN 'removed' THEN 'not_stated' ELSE 'unreachable' END,
    missed_nights = CASE WHEN d.kind = 'missing' THEN fact_versions.missed_nights + 1 ELSE fact_versions.missed_nights END
FROM night_diff d
WHERE fact_versions.valid_to IS NULL AND fact_versions.program_id = d.program_id AND fact_versions.field = d.field
  AND d.kind IN ('changed', 'removed', 'missing')`,

	`UPDATE fact_versions SET missed_nights = fact_versions.missed_nights + 1
FROM night_diff d
WHERE fact_versions.valid_to IS NULL AND fact_versions.program_id = d.program_id AND fact_versions.field = d.field
  AND d.kind = 'missed'`,

	`UPDATE fact_versions SET missed_nights = 0
FROM night_diff d
WHERE fact_versions.valid_to IS NULL AND fact_versions.program_id = d.program_id AND fact_versions.field = d.field
  AND d.kind = 'same' AND fact_versions.missed_nights > 0`,

	// A new version records the stored page its evidence was read from (a
	// page of tonight: a fact read tonight cites one, gate facts_page_exists).
	`INSERT INTO fact_versions (program_id, field, value, value_bool, value_num, value_text, condition, value_hash,
        evidence_url, evidence_text, evidence_selector, fetched_at, valid_from, run_id, missed_nights, content_hash)
SELECT f.program_id, f.field, f.value, f.value_bool, f.value_num, f.value_text, f.condition, f.value_hash,
       f.evidence_url, f.evidence_text, f.evidence_selector, f.fetched_at, getvariable('night'), getvariable('run_id'), 0,
       (SELECT min(p.content_hash) FROM pages p WHERE p.url = f.evidence_url OR p.final_url = f.evidence_url)
FROM facts f JOIN night_diff d ON d.program_id = f.program_id AND d.field = f.field
WHERE d.kind IN ('added', 'changed')`,

	`INSERT INTO facts (run_id, program_id, field, value_bool, value_num, value_text, condition,
        evidence_url, evidence_text, evidence_selector, fetched_at, value, value_hash, carried)
SELECT getvariable('run_id'), v.program_id, v.field, v.value_bool, v.value_num, v.value_text, v.condition,
       v.evidence_url, v.evidence_text, v.evidence_selector, v.fetched_at, v.value, v.value_hash, true
FROM fact_versions v JOIN night_diff d ON d.program_id = v.program_id AND d.field = v.field
WHERE v.valid_to IS NULL AND d.kind = 'missed'
  AND v.program_id IN (SELECT program_id FROM night_programs)`,
}

// updateHistory runs historySQL in one transaction.
func updateHistory(ctx context.Context, conn *sql.Conn) error {
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("history: %w", err)
	}
	defer tx.Rollback()
	for i, q := range historySQL {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("history step %d: %w", i+1, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("history: %w", err)
	}
	return nil
}

// programsSQL builds the programs table from night_programs and the night's
// facts (including carried ones): one column triple per field of
// imgfriendly.FieldKinds, plus the visa conditions. A program id the night
// gives twice takes its first row (lowest input_row), so the primary key
// never ends the night before the gate programs_id_unique can report it.
//
// It is three statements, run in order for each pass of buildPrograms over
// a share of the programs (the WHERE clauses are added there): the pivot of
// the facts (one row per program, ~90 aggregates; the SELECT without its
// WHERE and GROUP BY) into a temp table, the append, the temp table's drop.
// The pivot is built on its own, then joined: as one plan, the pivot's hash
// table, the join's and the appends of the ~110-column programs table were
// held at once, and a 13,000-program night failed under a 128MB
// memory_limit ("could not allocate block"); apart, and the append made
// with one thread (each appending thread pins a block per column), it fits
// in 96MB. The append's join builds a hash table of the pivoted rows, with
// every evidence text: over a whole 50,000-program night that alone did not
// fit 96MB, so the append runs in the same passes as the pivot.
func programsSQL() []string {
	base := []string{"program_id", "nrmp_codes", "name", "specialty", "city", "state", "url", "roster_url",
		"pd_name", "pd_email", "coordinator_name", "coordinator_email", "phone", "residents_total",
		"residents_img", "residents_unknown", "img_share", "img_share_source", "img_share_evidence_url", "pages_fetched"}
	cols := append([]string{}, base...)
	sel := make([]string, 0, len(base)+64)
	for _, c := range base {
		sel = append(sel, "b."+c)
	}
	cols = append(cols, "run_id", "night")
	sel = append(sel, "getvariable('run_id')", "getvariable('night')")
	var agg []string
	for _, fk := range imgfriendly.FieldKinds {
		f := string(fk.Field)
		valueCol := map[imgfriendly.ValueKind]string{imgfriendly.ValueBool: "value_bool", imgfriendly.ValueNumber: "value_num", imgfriendly.ValueText: "value_text"}[fk.Kind]
		for _, pair := range [][2]string{{f, valueCol}, {f + "_evidence_url", "evidence_url"}, {f + "_evidence_text", "evidence_text"}} {
			cols = append(cols, pair[0])
			sel = append(sel, "p."+pair[0])
			agg = append(agg, fmt.Sprintf("any_value(%s) FILTER (WHERE field = '%s') AS %s", pair[1], f, pair[0]))
		}
	}
	for _, f := range []imgfriendly.Field{imgfriendly.FieldVisaJ1, imgfriendly.FieldVisaH1B} {
		c := string(f) + "_condition"
		cols = append(cols, c)
		sel = append(sel, "p."+c)
		agg = append(agg, fmt.Sprintf("any_value(condition) FILTER (WHERE field = '%s') AS %s", f, c))
	}
	return []string{
		"CREATE OR REPLACE TEMP TABLE night_program_facts AS SELECT program_id, " + strings.Join(agg, ", ") + " FROM facts",
		"INSERT INTO programs (" + strings.Join(cols, ", ") + ")\nSELECT " + strings.Join(sel, ", ") +
			"\nFROM (SELECT * FROM night_programs /*pass*/ QUALIFY row_number() OVER (PARTITION BY program_id ORDER BY input_row) = 1) b" +
			" LEFT JOIN night_program_facts p ON p.program_id = b.program_id ORDER BY b.program_id",
		"DROP TABLE night_program_facts",
	}
}

// passPrograms is how many programs one pass of the night's per-program
// steps takes (buildPrograms, the residents' staging): a pass holds its
// programs' aggregate states, join hash table or sort (strings among them)
// in memory, so a night's programs are split into passes by ranges of their
// ids. At 13k programs the facts' pivot in one pass needed more than 48MB,
// four fit; at 50k under 96MB the pivot in one pass failed, and so did the
// append's join of all the pivoted rows and one sort of the 1.85 million
// residents, where passes of this size fit.
const passPrograms = 4000

// passRanges splits the distinct non-null program ids of table (a table or
// a qualified name) into ranges of about size ids, in order: each range is
// the WHERE condition of one pass.
func passRanges(ctx context.Context, conn *sql.Conn, table string, size int) ([]string, error) {
	return keyRanges(ctx, conn, table, "", []string{"program_id"}, size)
}

// keyRanges splits the distinct values of keys (one or more columns, taken
// together in their order) among table's rows that match where (all when
// empty) into ranges of about size values, in order, and returns each range
// as a WHERE condition. Rows with a NULL in any key are in no range. The
// bounds are read back as text and cast to the key's type.
func keyRanges(ctx context.Context, conn *sql.Conn, table, where string, keys []string, size int) ([]string, error) {
	list := strings.Join(keys, ", ")
	cond := make([]string, 0, len(keys)+1)
	if where != "" {
		cond = append(cond, "("+where+")")
	}
	var bounds []string
	for _, k := range keys {
		cond = append(cond, k+" IS NOT NULL")
		bounds = append(bounds, fmt.Sprintf("any_value(typeof(%[1]s)), arg_min(%[1]s::VARCHAR, rn), arg_max(%[1]s::VARCHAR, rn)", k))
	}
	rows, err := conn.QueryContext(ctx, fmt.Sprintf(`SELECT %s FROM (
    SELECT %s, row_number() OVER (ORDER BY %s) - 1 AS rn
    FROM (SELECT DISTINCT %s FROM %s WHERE %s))
GROUP BY rn // %d ORDER BY rn // %d`, strings.Join(bounds, ", "), list, list, list, table, strings.Join(cond, " AND "), max(size, 1), max(size, 1)))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		v := make([]string, 3*len(keys))
		dest := make([]any, len(v))
		for i := range v {
			dest[i] = &v[i]
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		lo, hi := make([]string, len(keys)), make([]string, len(keys))
		for i := range keys {
			typ := v[3*i]
			lo[i] = "CAST(" + sqlString(v[3*i+1]) + " AS " + typ + ")"
			hi[i] = "CAST(" + sqlString(v[3*i+2]) + " AS " + typ + ")"
		}
		if len(keys) == 1 {
			out = append(out, fmt.Sprintf("%s BETWEEN %s AND %s", keys[0], lo[0], hi[0]))
			continue
		}
		out = append(out, fmt.Sprintf("%s AND %s", keysFrom(keys, lo, ">"), keysFrom(keys, hi, "<")))
	}
	return out, rows.Err()
}

// keysFrom compares keys with vals field by field, as ORDER BY keys does:
// op ">" gives keys >= vals, "<" keys <= vals. (DuckDB rewrites a row
// comparison's >= AND <= into a BETWEEN, which takes no rows.)
func keysFrom(keys, vals []string, op string) string {
	if len(keys) == 1 {
		return keys[0] + " " + op + "= " + vals[0]
	}
	return fmt.Sprintf("(%s %s %s OR (%s = %s AND %s))", keys[0], op, vals[0], keys[0], vals[0], keysFrom(keys[1:], vals[1:], op))
}

// buildPrograms runs programsSQL in passes over ranges of about size
// program ids (passRanges; a repeated id's rows fall in one pass), each
// appended in id order with one DuckDB thread (oneThread). What a pass
// holds does not grow with the night, and the programs table ends up in
// program_id order.
func buildPrograms(ctx context.Context, conn *sql.Conn, threads, size int) error {
	q := programsSQL()
	passes, err := passRanges(ctx, conn, "night_programs", size)
	if err != nil {
		return fmt.Errorf("build programs: %w", err)
	}
	for _, where := range passes {
		if _, err := conn.ExecContext(ctx, q[0]+" WHERE "+where+" GROUP BY program_id"); err != nil {
			return fmt.Errorf("build programs: pivot facts: %w", err)
		}
		if err := oneThread(ctx, conn, threads, func() error {
			_, err := conn.ExecContext(ctx, strings.Replace(q[1], "/*pass*/", "WHERE "+where, 1))
			return err
		}); err != nil {
			return fmt.Errorf("build programs: %w", err)
		}
		if _, err := conn.ExecContext(ctx, q[2]); err != nil {
			return fmt.Errorf("build programs: %w", err)
		}
	}
	return nil
}

// oneThread runs fn with DuckDB on one thread, then sets the night's
// threads again (0: DuckDB's default). A statement that writes wide rows —
// a table append, a Parquet file — holds buffers per thread and column, so
// under a small memory_limit one thread is what fits (at 13,000 programs
// and 128MB, two threads ran out of memory where one does not).
func oneThread(ctx context.Context, conn *sql.Conn, threads int, fn func() error) error {
	if _, err := conn.ExecContext(ctx, "SET threads = 1"); err != nil {
		return err
	}
	err := fn()
	reset := "RESET threads"
	if threads > 0 {
		reset = fmt.Sprintf("SET threads = %d", threads)
	}
	if _, rerr := conn.ExecContext(context.WithoutCancel(ctx), reset); err == nil {
		err = rerr
	}
	return err
}

// statsSQL records the night's counts in night_stats; the delta gates compare
// them with the previous published night's.
const statsSQL = `INSERT INTO night_stats
SELECT getvariable('run_id'), getvariable('night'), metric, key, value FROM (
    SELECT 'programs' AS metric, '' AS key, count(*)::DOUBLE AS value FROM programs
    UNION ALL SELECT 'programs_with_roster', '', count(*) FROM programs WHERE residents_total > 0
    UNION ALL SELECT 'programs_with_img_share', '', count(*) FROM programs WHERE img_share IS NOT NULL
    UNION ALL SELECT 'residents', '', count(*) FROM residents
    UNION ALL SELECT 'fetches', '', count(*) FROM fetches
    UNION ALL SELECT 'fetches_ok', '', count(*) FROM fetches WHERE content_hash IS NOT NULL AND error IS NULL
    UNION ALL SELECT 'fetches_not_modified', '', count(*) FROM fetches WHERE not_modified
    UNION ALL SELECT 'pages', '', count(*) FROM pages
    UNION ALL SELECT 'facts', '', count(*) FROM facts
    UNION ALL SELECT 'facts_carried', '', count(*) FROM facts WHERE carried
    UNION ALL SELECT 'facts_per_field', field, count(*) FROM facts GROUP BY field
    UNION ALL SELECT 'programs_with_visa', '', count(DISTINCT program_id) FROM facts WHERE field IN ('visa_j1', 'visa_h1b')
    UNION ALL SELECT 'changes_' || change, '', count(*) FROM changes WHERE run_id = getvariable('run_id') GROUP BY change
    UNION ALL SELECT 'visa_flipped_programs', '', count(DISTINCT program_id) FROM changes
        WHERE run_id = getvariable('run_id') AND change = 'changed' AND reason = 'value' AND field IN ('visa_j1', 'visa_h1b')
    UNION ALL SELECT 'fact_versions_open', '', count(*) FROM fact_versions WHERE valid_to IS NULL
)`
