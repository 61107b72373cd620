package warehouse

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

var exportTables = []string{"programs", "facts", "residents", "changes"}

// ExportTables returns the tables exported to Parquet, as
// parquet/latest/<table>.parquet and parquet/history/<table>/night=YYYY-MM-DD/.
func ExportTables() []string { return append([]string(nil), exportTables...) }

// exportQueries returns the SELECT behind each exported file. Latest files
// hold the whole table (changes: the whole change log); history partitions
// hold the night (changes: the night's changes) without the night column,
// which read_parquet(hive_partitioning = true) takes from the path.
//
// Residents' names (and the roster entry's text, which holds the name) are
// exported only with names: other tools need a resident's school, country,
// IMG status, program and class year, not who the resident is. The
// warehouse keeps them either way, as evidence.
func exportQueries(table, runID string, names bool) (latest, history string) {
	switch table {
	case "programs":
		return "SELECT * FROM programs ORDER BY program_id",
			"SELECT * EXCLUDE (night) FROM programs ORDER BY program_id"
	case "facts":
		q := "SELECT * FROM facts ORDER BY program_id, field"
		return q, q
	case "residents":
		q := "SELECT * FROM residents ORDER BY " + residentsOrder
		if !names {
			q = "SELECT * REPLACE (CAST(NULL AS VARCHAR) AS name, CAST(NULL AS VARCHAR) AS evidence_text) FROM residents ORDER BY " + residentsOrder
		}
		return q, q
	case "changes":
		return "SELECT * FROM changes ORDER BY night, program_id, field",
			"SELECT * EXCLUDE (night) FROM changes WHERE run_id = " + sqlString(runID) + " ORDER BY program_id, field"
	}
	panic("warehouse: no export query for table " + table)
}

// parquetRowGroup is the rows per row group of the Parquet export.
const parquetRowGroup = 4096

func copyToParquet(ctx context.Context, conn *sql.Conn, query, path, table, runID string, night time.Time) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	kv := fmt.Sprintf("{schema_version: '%d', imgfriendly_table: %s, run_id: %s, night: '%s'}",
		SchemaVersion, sqlString(table), sqlString(runID), night.Format(time.DateOnly))
	// COPY takes no bound parameter for its path: the path is built from the
	// data directory and the run id only, and quoted. DuckDB's Parquet
	// writer holds a whole row group in memory: at its default (122,880
	// rows) the ~110-column programs table of a 13k night is one group and
	// did not fit a 96MB night_memory_limit; parquetRowGroup rows do.
	q := fmt.Sprintf("COPY (%s) TO %s (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE %d, KV_METADATA %s)", query, sqlString(path), parquetRowGroup, kv)
	if _, err := conn.ExecContext(ctx, q); err != nil {
		return fmt.Errorf("export %s: %w", filepath.Base(path), err)
	}
	return nil
}

// exportParquet writes the night's Parquet files under tmp: latest/ and
// history/<table>/night=YYYY-MM-DD/data.parquet; residents' names only with
// names (Config.ExportResidentNames).
func exportParquet(ctx context.Context, conn *sql.Conn, tmp, runID string, night time.Time, names bool, at func(phase string)) error {
	part := "night=" + night.Format(time.DateOnly)
	for _, t := range exportTables {
		latest, history := exportQueries(t, runID, names)
		if err := copyToParquet(ctx, conn, latest, filepath.Join(tmp, "latest", t+".parquet"), t, runID, night); err != nil {
			return err
		}
		at("export")
		dst := filepath.Join(tmp, "history", t, part, "data.parquet")
		if history == latest {
			// Same rows, same metadata: share the file instead of writing it twice.
			if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
				return err
			}
			if err := os.Link(filepath.Join(tmp, "latest", t+".parquet"), dst); err == nil {
				continue
			}
		}
		if err := copyToParquet(ctx, conn, history, dst, t, runID, night); err != nil {
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
