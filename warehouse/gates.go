package warehouse

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"time"

	"github.com/imgfriendly/imgfriendly"
)

//go:embed gates/*.sql
var gateFS embed.FS

// ErrGateFailed is returned by RunNight when a blocking quality gate found
// failing rows: the night was not published.
var ErrGateFailed = errors.New("quality gate failed")

// gateSampleRows is how many failing rows a gate result keeps.
const gateSampleRows = 5

// GateResult is the outcome of one quality gate on one night.
type GateResult struct {
	Name        string              `json:"name"`
	Kind        string              `json:"kind"` // not_null, unique, accepted_values, relationships, range, delta, share
	Description string              `json:"description"`
	Failing     int64               `json:"failing_rows"`
	Sample      []map[string]string `json:"sample,omitempty"` // up to 5 failing rows
	WarnOnly    bool                `json:"warn_only,omitempty"`
	Passed      bool                `json:"passed"`
	Seconds     float64             `json:"seconds"` // how long the gate's query took
}

// gate is one embedded gates/<name>.sql file: a query returning failing rows,
// whose first line is "-- <kind>: <description>".
type gate struct {
	name, kind, description, sql string
}

func gates() ([]gate, error) {
	entries, err := fs.ReadDir(gateFS, "gates")
	if err != nil {
		return nil, err
	}
	var gs []gate
	for _, e := range entries {
		b, err := gateFS.ReadFile(path.Join("gates", e.Name()))
		if err != nil {
			return nil, err
		}
		text := string(b)
		first, body, _ := strings.Cut(text, "\n")
		kind, desc, ok := strings.Cut(strings.TrimPrefix(first, "-- "), ": ")
		if !ok || !strings.HasPrefix(first, "-- ") {
			return nil, fmt.Errorf("gate %s: first line must be \"-- kind: description\"", e.Name())
		}
		gs = append(gs, gate{
			name: strings.TrimSuffix(e.Name(), ".sql"), kind: kind, description: desc,
			sql: strings.TrimRight(strings.TrimSpace(body), ";"),
		})
	}
	return gs, nil
}

// gateNames lists the quality gates by name, for gates.warn_only.
func gateNames() []string {
	gs, _ := gates()
	names := make([]string, len(gs))
	for i, g := range gs {
		names[i] = g.name
	}
	return names
}

// GateNames lists the names of the quality gates RunNight runs.
func GateNames() []string { return gateNames() }

// setVariables sets DuckDB session variables the gate SQL reads with getvariable.
func setVariables(ctx context.Context, conn *sql.Conn, vars map[string]string) error {
	keys := make([]string, 0, len(vars))
	for k := range vars {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if _, err := conn.ExecContext(ctx, "SET VARIABLE "+k+" = "+vars[k]); err != nil {
			return fmt.Errorf("set variable %s: %w", k, err)
		}
	}
	return nil
}

// runGates runs every gate on the staging warehouse and reports whether all
// blocking gates passed.
func runGates(ctx context.Context, conn *sql.Conn, cfg Config, runID, prevRunID string) ([]GateResult, bool, error) {
	prev := "NULL::VARCHAR"
	if prevRunID != "" {
		prev = sqlString(prevRunID)
	}
	if err := setVariables(ctx, conn, map[string]string{
		"run_id":                   sqlString(runID),
		"prev_run_id":              prev,
		"min_base":                 fmt.Sprintf("%d::DOUBLE", cfg.Gates.MinBase),
		"max_programs_drop":        fmt.Sprintf("%g::DOUBLE", cfg.Gates.MaxProgramsDrop),
		"max_roster_programs_drop": fmt.Sprintf("%g::DOUBLE", cfg.Gates.MaxRosterProgramsDrop),
		"max_facts_per_field_drop": fmt.Sprintf("%g::DOUBLE", cfg.Gates.MaxFactsPerFieldDrop),
		"max_visa_flip_share":      fmt.Sprintf("%g::DOUBLE", cfg.Gates.MaxVisaFlipShare),
		"max_home_failed_share":    fmt.Sprintf("%g::DOUBLE", cfg.Gates.MaxHomeFailedShare),
	}); err != nil {
		return nil, false, err
	}
	if _, err := conn.ExecContext(ctx, `CREATE OR REPLACE TEMP TABLE accepted_fields (field VARCHAR, kind VARCHAR)`); err != nil {
		return nil, false, fmt.Errorf("accepted_fields: %w", err)
	}
	for _, fk := range imgfriendly.FieldKinds {
		if _, err := conn.ExecContext(ctx, `INSERT INTO accepted_fields VALUES (?, ?)`, string(fk.Field), string(fk.Kind)); err != nil {
			return nil, false, fmt.Errorf("accepted_fields: %w", err)
		}
	}
	gs, err := gates()
	if err != nil {
		return nil, false, err
	}
	ok := true
	var results []GateResult
	for _, g := range gs {
		r := GateResult{Name: g.name, Kind: g.kind, Description: g.description, WarnOnly: slices.Contains(cfg.Gates.WarnOnly, g.name)}
		start := time.Now()
		if err := conn.QueryRowContext(ctx, "SELECT count(*) FROM ("+g.sql+")").Scan(&r.Failing); err != nil {
			return nil, false, fmt.Errorf("gate %s: %w", g.name, err)
		}
		if r.Failing > 0 {
			if r.Sample, err = sample(ctx, conn, g.sql); err != nil {
				return nil, false, fmt.Errorf("gate %s: %w", g.name, err)
			}
		}
		r.Passed = r.Failing == 0
		r.Seconds = time.Since(start).Seconds()
		if !r.Passed && !r.WarnOnly {
			ok = false
		}
		results = append(results, r)
	}
	return results, ok, nil
}

func sample(ctx context.Context, conn *sql.Conn, query string) ([]map[string]string, error) {
	rows, err := conn.QueryContext(ctx, fmt.Sprintf("SELECT * FROM (%s) LIMIT %d", query, gateSampleRows))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, err
	}
	var out []map[string]string
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		m := make(map[string]string, len(cols))
		for i, c := range cols {
			if vals[i] == nil {
				m[c] = "NULL"
			} else {
				m[c] = fmt.Sprint(vals[i])
			}
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// gateDetailsShown is how many detail lines of one failed gate its error message names.
const gateDetailsShown = 3

// failedGatesText describes the failed blocking gates for RunNight's error:
// "name (N rows)", followed by the first few sample rows' detail column when
// the gate's query returns one (programs_id_unique names the duplicated ids
// and where in the input they came from).
func failedGatesText(results []GateResult) string {
	var failed []string
	for _, r := range results {
		if r.Passed || r.WarnOnly {
			continue
		}
		var details []string
		for _, row := range r.Sample {
			if d, ok := row["detail"]; ok && d != "NULL" && len(details) < gateDetailsShown {
				details = append(details, d)
			}
		}
		text := fmt.Sprintf("%s (%d rows)", r.Name, r.Failing)
		if len(details) > 0 {
			text = fmt.Sprintf("%s (%d rows: %s", r.Name, r.Failing, strings.Join(details, "; "))
			if more := r.Failing - int64(len(details)); more > 0 {
				text += fmt.Sprintf("; and %d more", more)
			}
			text += ")"
		}
		failed = append(failed, text)
	}
	return strings.Join(failed, ", ")
}

// sqlString quotes s as a SQL string literal.
func sqlString(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }
