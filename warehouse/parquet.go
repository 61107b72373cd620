package warehouse

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"time"
)

var exportTables = []string{"programs", "facts", "residents", "changes"}

// ExportTables returns the tables exported to Parquet, as
// parquet/latest/<table>.parquet and parquet/history/<table>/night=YYYY-MM-DD/.
func ExportTables() []string { return append([]string(nil), exportTables...) }

// exportFile is the rows of one exported Parquet file: cols of table,
// filtered by where (every row when empty), in order. keys are the leading
// columns of order that the export's passes split the rows on (keyRanges):
// the first may be NULL (those rows sort last, in a pass of their own), the
// others are NOT NULL in the schema.
type exportFile struct {
	cols, table, where, order string
	keys                      []string
}

// exportQueries returns the rows behind each exported file. Latest files
// hold the whole table (changes: the whole change log); history partitions
// hold the night (changes: the night's changes) without the night column,
// which read_parquet(hive_partitioning = true) takes from the path.
//
// Residents' names (and the roster entry's text, which holds the name) are
// exported only with names: other tools need a resident's school, country,
// IMG status, program and class year, not who the resident is. The
// warehouse keeps them either way, as evidence.
func exportQueries(table, runID string, names bool) (latest, history exportFile) {
	byProgram := []string{"program_id"}
	switch table {
	case "programs":
		return exportFile{"*", table, "", "program_id", byProgram},
			exportFile{"* EXCLUDE (night)", table, "", "program_id", byProgram}
	case "facts":
		f := exportFile{"*", table, "", "program_id, field", byProgram}
		return f, f
	case "residents":
		f := exportFile{"*", table, "", residentsOrder, byProgram}
		if !names {
			f.cols = "* REPLACE (CAST(NULL AS VARCHAR) AS name, CAST(NULL AS VARCHAR) AS evidence_text)"
		}
		return f, f
	case "changes":
		return exportFile{"*", table, "", "night, program_id, field", []string{"night", "program_id"}},
			exportFile{"* EXCLUDE (night)", table, "run_id = " + sqlString(runID), "program_id, field", byProgram}
	}
	panic("warehouse: no export query for table " + table)
}

// parquetRowGroup is the rows per row group of the Parquet export.
const parquetRowGroup = 4096

// copyToParquet writes f's rows to path, sorted, and checks that every row
// was written once. A table of more than one pass of about size keys
// (keyRanges) is sorted pass by pass, each pass written to a part file,
// then the parts are copied into path in order (DuckDB keeps the order of
// a file scan): one sort of a 50,000-program night's programs or 1.85
// million residents did not fit the 96MB night_memory_limit ("failed to
// pin block"), a pass of 4,000 programs does. The passes are separate
// statements: as branches of one UNION ALL, DuckDB finishes every
// branch's sort before the first row goes out, and that needed more
// memory than the one sort.
func copyToParquet(ctx context.Context, conn *sql.Conn, f exportFile, size int, path, table, runID string, night time.Time) error {
	name := filepath.Base(path)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	passes, err := keyRanges(ctx, conn, f.table, f.where, f.keys, size)
	if err != nil {
		return fmt.Errorf("export %s: %w", name, err)
	}
	kv := fmt.Sprintf("{schema_version: '%d', imgfriendly_table: %s, run_id: %s, night: '%s'}",
		SchemaVersion, sqlString(table), sqlString(runID), night.Format(time.DateOnly))
	// COPY takes no bound parameter for its path: the path is built from the
	// data directory and the run id only, and quoted. DuckDB's Parquet
	// writer holds a whole row group in memory: at its default (122,880
	// rows) the ~110-column programs table of a 13k night is one group and
	// did not fit a 96MB night_memory_limit; parquetRowGroup rows do.
	options := fmt.Sprintf("(FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE %d, KV_METADATA %s)", parquetRowGroup, kv)
	where := f.where
	if where == "" {
		where = "true"
	}
	var query string
	if len(passes) <= 1 {
		query = fmt.Sprintf("SELECT %s FROM %s WHERE %s ORDER BY %s", f.cols, f.table, where, f.order)
	} else {
		parts := path + ".parts"
		if err := os.MkdirAll(parts, 0o755); err != nil {
			return err
		}
		defer os.RemoveAll(parts)
		// The rows with a NULL first key sort last.
		passes = append(passes, f.keys[0]+" IS NULL")
		files := make([]string, len(passes))
		for i, p := range passes {
			files[i] = sqlString(filepath.Join(parts, fmt.Sprintf("%05d.parquet", i)))
			q := fmt.Sprintf("COPY (SELECT %s FROM %s WHERE (%s) AND %s ORDER BY %s) TO %s (FORMAT parquet, ROW_GROUP_SIZE %d)",
				f.cols, f.table, where, p, f.order, files[i], parquetRowGroup)
			if _, err := conn.ExecContext(ctx, q); err != nil {
				return fmt.Errorf("export %s: pass %d of %d: %w", name, i+1, len(passes), err)
			}
		}
		query = "SELECT * FROM read_parquet([" + strings.Join(files, ", ") + "])"
	}
	res, err := conn.ExecContext(ctx, fmt.Sprintf("COPY (%s) TO %s %s", query, sqlString(path), options))
	if err != nil {
		return fmt.Errorf("export %s: %w", name, err)
	}
	written, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("export %s: %w", name, err)
	}
	var want int64
	if err := conn.QueryRowContext(ctx, "SELECT count(*) FROM "+f.table+" WHERE "+where).Scan(&want); err != nil {
		return fmt.Errorf("export %s: %w", name, err)
	}
	if written != want {
		// A NULL in a key after the first falls out of every pass.
		return fmt.Errorf("export %s: the passes wrote %d of the %d rows", name, written, want)
	}
	return nil
}

// exportParquet writes the night's Parquet files under tmp: latest/ and
// history/<table>/night=YYYY-MM-DD/data.parquet; residents' names only with
// names (Config.ExportResidentNames). Each file is written in sorted passes
// of about size programs (copyToParquet).
func exportParquet(ctx context.Context, conn *sql.Conn, tmp, runID string, night time.Time, names bool, size int, at func(phase string)) error {
	part := "night=" + night.Format(time.DateOnly)
	for _, t := range exportTables {
		latest, history := exportQueries(t, runID, names)
		if err := copyToParquet(ctx, conn, latest, size, filepath.Join(tmp, "latest", t+".parquet"), t, runID, night); err != nil {
			return err
		}
		at("export")
		dst := filepath.Join(tmp, "history", t, part, "data.parquet")
		if reflect.DeepEqual(history, latest) {
			// Same rows, same metadata: share the file instead of writing it twice.
			if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
				return err
			}
			if err := os.Link(filepath.Join(tmp, "latest", t+".parquet"), dst); err == nil {
				continue
			}
		}
		if err := copyToParquet(ctx, conn, history, size, dst, t, runID, night); err != nil {
			return err
		}
	}
	return nil
}

// swapParquet publishes the export in tmp. parquet/latest is a symlink to
// parquet/versions/<run_id>; a new symlink is renamed over it, so a reader
// sees the old night or the new one, never a mixture, and latest never names
// a missing directory. The previous version directory (previous, as latest
// named it before the publish) is kept one more night for readers that
// resolved it just before the swap. Each history partition is moved into
// place with one rename. Steps a killed process already did are skipped, so
// recovery can call it again with the same arguments.
func swapParquet(root, tmp, runID string, night time.Time, previous string, keepNights int, at func(phase string)) error {
	versions := filepath.Join(root, "versions")
	if err := os.MkdirAll(versions, 0o755); err != nil {
		return err
	}
	latest := filepath.Join(root, "latest")
	if _, err := os.Readlink(latest); err != nil && exists(latest) {
		// A real directory from an older layout: move it aside once.
		if err := os.Rename(latest, filepath.Join(versions, "legacy")); err != nil {
			return fmt.Errorf("swap parquet: %w", err)
		}
	}
	version := filepath.Join(versions, runID)
	switch {
	case exists(filepath.Join(tmp, "latest")) && exists(version) && currentVersion(root) == runID:
		// Exported again after latest already named the whole version
		// directory: keep it, never pull it from under a reader.
		if err := os.RemoveAll(filepath.Join(tmp, "latest")); err != nil {
			return err
		}
	case exists(filepath.Join(tmp, "latest")):
		if err := os.RemoveAll(version); err != nil {
			return err
		}
		if err := os.Rename(filepath.Join(tmp, "latest"), version); err != nil {
			return fmt.Errorf("swap parquet: %w", err)
		}
	case !exists(version):
		return fmt.Errorf("swap parquet: the export of %s is missing (neither %s nor %s)", runID, filepath.Join(tmp, "latest"), version)
	}
	link := filepath.Join(root, ".latest-"+runID)
	os.Remove(link)
	if err := os.Symlink(filepath.Join("versions", runID), link); err != nil {
		return fmt.Errorf("swap parquet: %w", err)
	}
	if err := os.Rename(link, latest); err != nil {
		return fmt.Errorf("swap parquet: %w", err)
	}
	if err := syncDir(root); err != nil {
		return err
	}
	at("linked")
	entries, _ := os.ReadDir(versions)
	for _, e := range entries {
		if e.Name() != runID && e.Name() != previous {
			os.RemoveAll(filepath.Join(versions, e.Name()))
		}
	}

	part := "night=" + night.Format(time.DateOnly)
	for _, t := range exportTables {
		src := filepath.Join(tmp, "history", t, part)
		dst := filepath.Join(root, "history", t, part)
		if !exists(src) {
			if exists(dst) {
				continue // moved into place before a crash
			}
			return fmt.Errorf("swap parquet history: the export of %s has no %s", runID, src)
		}
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		old := filepath.Join(root, "history", t, ".replaced-"+part)
		if err := os.RemoveAll(old); err != nil {
			return err
		}
		if exists(dst) { // the same night published again: replace it
			if err := os.Rename(dst, old); err != nil {
				return fmt.Errorf("swap parquet history: %w", err)
			}
			defer os.RemoveAll(old)
		}
		if err := os.Rename(src, dst); err != nil {
			return fmt.Errorf("swap parquet history: %w", err)
		}
		if keepNights > 0 {
			pruneHistory(filepath.Dir(dst), keepNights)
		}
	}
	if err := syncDir(root); err != nil {
		return err
	}
	return os.RemoveAll(tmp)
}

// pruneHistory removes all but the newest keep night=YYYY-MM-DD partitions in dir.
func pruneHistory(dir string, keep int) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	var nights []string
	for _, e := range entries {
		if e.IsDir() && strings.HasPrefix(e.Name(), "night=") {
			nights = append(nights, e.Name())
		}
	}
	sort.Strings(nights)
	for len(nights) > keep {
		os.RemoveAll(filepath.Join(dir, nights[0]))
		nights = nights[1:]
	}
}
