package queries

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strings"
)

//go:embed *.sql examples/*.sql
var sqlFiles embed.FS

// Names lists the embedded queries by name ("programs", "tier",
// "visa_by_specialty"), sorted. Analysts' examples live in examples/ but are
// named without the folder.
func Names() []string {
	var names []string
	_ = fs.WalkDir(sqlFiles, ".", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".sql") {
			names = append(names, strings.TrimSuffix(strings.TrimPrefix(path, "examples/"), ".sql"))
		}
		return nil
	})
	slices.Sort(names)
	return names
}

// Named returns the text of the embedded query called name, with or without
// its .sql suffix.
func Named(name string) (string, error) {
	file := strings.TrimSuffix(name, ".sql") + ".sql"
	b, err := sqlFiles.ReadFile(file)
	if err != nil {
		b, err = sqlFiles.ReadFile("examples/" + file)
	}
	if err != nil {
		return "", fmt.Errorf("no query named %q (known: %s)", name, strings.Join(Names(), ", "))
	}
	return string(b), nil
}

// Result is a query's answer as plain values, for printing.
type Result struct {
	Columns []string
	Rows    [][]any
}

// Run runs the named query with args bound to its parameters ($1… or
// sql.Named for $name) and returns every row.
func Run(ctx context.Context, db *sql.DB, name string, args ...any) (Result, error) {
	q, err := Named(name)
	if err != nil {
		return Result{}, err
	}
	res, err := Query(ctx, db, q, args...)
	if err != nil {
		return Result{}, fmt.Errorf("query %s: %w", name, err)
	}
	return res, nil
}

// Query runs arbitrary SQL (an analyst's) and returns every row.
func Query(ctx context.Context, db *sql.DB, query string, args ...any) (Result, error) {
	rows, err := db.QueryContext(ctx, query, args...)
	if err != nil {
		return Result{}, err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return Result{}, err
	}
	res := Result{Columns: cols}
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return Result{}, err
		}
		res.Rows = append(res.Rows, vals)
	}
	return res, rows.Err()
}
