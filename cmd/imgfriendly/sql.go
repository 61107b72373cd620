package main

import (
	"context"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/imgfriendly/imgfriendly/queries"
	"github.com/imgfriendly/imgfriendly/warehouse"
)

func newSQLCmd(a *app) *cobra.Command {
	var (
		dbPath, format, file, named string
		params                      []string
	)
	cmd := &cobra.Command{
		Use:   "sql [QUERY]",
		Short: "Run SQL against the published warehouse (read-only)",
		Long: `sql opens the published warehouse read-only — so it works while a night is
running — and prints the result of one SQL statement as a table, CSV or JSON.
It reads the warehouse's tables and nothing else: no files (read the Parquet
export with any Parquet reader), no network, no extensions, no settings.
The statement comes from the argument, from a file (-f), or from a named query
shipped in queries/ (--query NAME; list them with --query list).`,
		Example: `  imgfriendly sql "SELECT specialty, count(*), round(avg(img_share),2) FROM programs GROUP BY 1"
  imgfriendly sql --format csv -f my-question.sql
  imgfriendly sql --query img_share_by_specialty_state
  imgfriendly sql --query programs --arg "Internal Medicine" --arg 0.15`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var query string
			switch {
			case named == "list":
				for _, n := range queries.Names() {
					fmt.Fprintln(a.stdout, n)
				}
				return nil
			case named != "":
				q, err := queries.Named(named)
				if err != nil {
					return usageError("--query %s: %v", named, err)
				}
				query = q
			case file != "":
				b, err := os.ReadFile(file)
				if err != nil {
					return usageError("-f: %v", err)
				}
				query = string(b)
			case len(args) == 1:
				query = args[0]
			default:
				return usageError("give a query, -f FILE or --query NAME")
			}
			if format != "table" && format != "csv" && format != "json" {
				return usageError("--format %q: want table, csv or json", format)
			}
			if dbPath == "" {
				dbPath = a.warehousePath()
			}
			if !fileExists(dbPath) {
				return usageError("no warehouse at %s: run a night first (imgfriendly demo / run) or pass --db", dbPath)
			}
			bound := make([]any, len(params))
			for i, p := range params {
				bound[i] = p
			}
			return runSQL(cmd.Context(), a.stdout, dbPath, query, format, bound...)
		},
	}
	cmd.Flags().StringVar(&dbPath, "db", "", "warehouse file (default <data_dir>/warehouse.duckdb)")
	cmd.Flags().StringVar(&format, "format", "table", "output format: table, csv or json")
	cmd.Flags().StringVarP(&file, "file", "f", "", "read the query from FILE")
	cmd.Flags().StringVar(&named, "query", "", "run a named query from queries/ (\"list\" lists them)")
	cmd.Flags().StringArrayVar(&params, "arg", nil, "a value for the query's next parameter ($1, $2, …; repeatable)")
	return cmd
}

func runSQL(ctx context.Context, w io.Writer, dbPath, query, format string, args ...any) error {
	wh, err := warehouse.Open(ctx, dbPath, true)
	if err != nil {
		return fmt.Errorf("open warehouse: %w", err)
	}
	defer wh.Close()
	rows, err := wh.DB().QueryContext(ctx, query, args...)
	if err != nil {
		if msg := err.Error(); strings.Contains(msg, "disabled by configuration") || strings.Contains(msg, "configuration has been locked") {
			return withCode(exitUsage, fmt.Errorf("query: %w\n(sql reads the published warehouse's tables only: no files, network, extensions or settings)", err))
		}
		return withCode(exitUsage, fmt.Errorf("query: %w", err))
	}
	defer rows.Close()
	return writeRows(w, rows, format)
}

// writeRows renders a result set as an aligned table, CSV or JSON (an array of objects).
func writeRows(w io.Writer, rows *sql.Rows, format string) error {
	cols, err := rows.Columns()
	if err != nil {
		return err
	}
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	var (
		tw      *tabwriter.Writer
		cw      *csv.Writer
		objects []map[string]any
	)
	switch format {
	case "table":
		tw = tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
		fmt.Fprintln(tw, strings.Join(cols, "\t"))
	case "csv":
		cw = csv.NewWriter(w)
		cw.Write(cols)
	case "json":
		objects = []map[string]any{}
	}
	n := 0
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return err
		}
		n++
		switch format {
		case "table", "csv":
			rec := make([]string, len(vals))
			for i, v := range vals {
				rec[i] = cellText(v)
			}
			if tw != nil {
				fmt.Fprintln(tw, strings.Join(rec, "\t"))
			} else {
				cw.Write(rec)
			}
		case "json":
			obj := make(map[string]any, len(cols))
			for i, c := range cols {
				obj[c] = jsonValue(vals[i])
			}
			objects = append(objects, obj)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	switch format {
	case "table":
		if err := tw.Flush(); err != nil {
			return err
		}
		fmt.Fprintf(w, "(%d rows)\n", n)
	case "csv":
		cw.Flush()
		return cw.Error()
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(objects)
	}
	return nil
}

func cellText(v any) string {
	switch x := v.(type) {
	case nil:
		return "NULL"
	case []byte:
		return string(x)
	case time.Time:
		if x.Hour() == 0 && x.Minute() == 0 && x.Second() == 0 && x.Nanosecond() == 0 {
			return x.Format("2006-01-02")
		}
		return x.Format(time.RFC3339)
	case float64:
		return fmt.Sprintf("%g", x)
	case float32:
		return fmt.Sprintf("%g", x)
	}
	return strings.ReplaceAll(fmt.Sprint(v), "\n", " ")
}

func jsonValue(v any) any {
	switch x := v.(type) {
	case []byte:
		return string(x)
	case time.Time:
		return x.Format(time.RFC3339)
	}
	return v
}
