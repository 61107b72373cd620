package warehouse

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"time"

	"github.com/imgfriendly/imgfriendly"
)

var runIDPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)

// RunNight stores one night: it derives staging/<run_id>.duckdb from the
// published warehouse (a file copy, never a write to the published file),
// stages the night from its load file inside DuckDB (Night.Load, streamed
// by the caller; or one RunNight bulk-loads from the Night's slices with the
// Appender), updates history, runs the quality
// gates and, only if every blocking gate passes, publishes: under a publish
// journal (PublishJournal) the staging file is renamed over warehouse.duckdb
// and the Parquet export swapped in. It writes runs/<run_id>.json in every
// case.
//
// Before anything else, under the warehouse lock, it does what PrepareNight
// does: finishes or abandons a publish that a killed night left half done
// (Outcome.Recovered says which); when the night is already the published
// one (a resumed night killed after its warehouse rename) it reports it
// published without doing it again; a night older than the published one is
// refused (ErrOlderNight). Then it removes what earlier nights left in
// staging/ (all but the newest Config.KeepFailedStaging gate-failed nights)
// and checks the file system has room for the night (ErrNoSpace).
//
// A gate failure (a program id given twice included) returns Status
// gate_failed and an error wrapping ErrGateFailed; the staging file is kept
// and the published warehouse and Parquet are untouched. A night that fails
// otherwise removes its staging files. A cancelled ctx returns Status
// interrupted.
func RunNight(ctx context.Context, cfg Config, dir string, n Night) (Outcome, error) {
	began := time.Now()
	out := Outcome{RunID: n.Run.ID, Status: imgfriendly.RunError, SchemaVersion: SchemaVersion}
	if err := cfg.Validate(); err != nil {
		return out, fmt.Errorf("warehouse config: %w", err)
	}
	if !runIDPattern.MatchString(n.Run.ID) {
		return out, fmt.Errorf("run id %q: want letters, digits, '.', '_' or '-'", n.Run.ID)
	}
	if n.Run.Night.IsZero() {
		return out, fmt.Errorf("run %s: night date is not set", n.Run.ID)
	}
	for _, d := range []string{dir, filepath.Join(dir, StagingDir), filepath.Join(dir, RunsDir), filepath.Join(dir, ParquetDir)} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return out, fmt.Errorf("run night: %w", err)
		}
	}
	if n.Load != nil {
		defer n.Load.Remove()
	}
	unlock, err := LockFile(filepath.Join(dir, lockFile))
	if err != nil {
		return out, err
	}
	defer unlock()

	out.ManifestPath = ManifestPath(dir, n.Run.ID)
	out.WarehousePath = filepath.Join(dir, WarehouseFile)
	prep, prepErr := prepare(ctx, cfg, dir, n.Run, n.now())
	out.Recovered = prep.Recovered
	if prep.Done != nil {
		return *prep.Done, nil
	}
	m := Manifest{
		RunID: n.Run.ID, Night: n.Run.Night.Format(time.DateOnly), StartedAt: n.Run.StartedAt.UTC(),
		Status: imgfriendly.RunRunning, SchemaVersion: SchemaVersion, ConfigHash: n.Run.ConfigHash,
		SeedsHash: n.Run.SeedsHash, Counts: n.Run.Counts, WarehousePath: out.WarehousePath,
		StageSeconds: StageSeconds(n.Run.Stages),
	}
	if n.CrawlStats != nil {
		b, err := json.Marshal(n.CrawlStats)
		if err != nil {
			return out, fmt.Errorf("crawl stats: %w", err)
		}
		m.CrawlStats = b
	}
	if err := writeManifest(out.ManifestPath, m); err != nil {
		return out, err
	}

	runErr := prepErr
	if runErr == nil {
		if _, err := cleanStaging(dir, cfg.KeepFailedStaging, n.Run.ID); err != nil {
			runErr = err
		} else if err := checkFreeSpace(dir, cfg.MinFreeBytes); err != nil {
			runErr = err
		} else {
			runErr = runNight(ctx, cfg, dir, n, m.CrawlStats, &out)
		}
	}
	switch {
	case runErr == nil:
		out.Status = imgfriendly.RunPublished
	case errors.Is(runErr, ErrGateFailed):
		out.Status = imgfriendly.RunGateFailed
	case errors.Is(runErr, context.Canceled) || errors.Is(runErr, context.DeadlineExceeded) || ctx.Err() != nil:
		out.Status = imgfriendly.RunInterrupted
	default:
		out.Status = imgfriendly.RunError
	}
	switch {
	case out.Status == imgfriendly.RunGateFailed:
		// Kept for inspection, with the newest older ones up to the limit.
		cleanStaging(dir, max(cfg.KeepFailedStaging-1, 0), n.Run.ID)
		if cfg.KeepFailedStaging == 0 && removeStaging(dir, n.Run.ID) == nil {
			out.StagingPath = ""
		}
	case out.Status != imgfriendly.RunPublished && !exists(filepath.Join(dir, PublishJournal)):
		// A partial copy is worth nothing, and may be what filled the disk.
		// (With a publish journal left, recovery may still need the export.)
		if removeStaging(dir, n.Run.ID) == nil {
			out.StagingPath = ""
		}
	}
	m.EndedAt = n.now()
	if m.StageSeconds == nil {
		m.StageSeconds = map[string]float64{}
	}
	m.StageSeconds["warehouse"] = time.Since(began).Seconds()
	m.Status = out.Status
	m.Gates = out.Gates
	m.WarehouseCounts = out.Counts
	m.StagingPath = out.StagingPath
	m.ParquetDir = out.ParquetDir
	if runErr != nil {
		m.Error = runErr.Error()
	}
	if err := writeManifest(out.ManifestPath, m); err != nil && runErr == nil {
		runErr = err
	}
	return out, runErr
}

func runNight(ctx context.Context, cfg Config, dir string, n Night, crawlStats json.RawMessage, out *Outcome) error {
	runID := n.Run.ID
	night := time.Date(n.Run.Night.Year(), n.Run.Night.Month(), n.Run.Night.Day(), 0, 0, 0, 0, time.UTC)
	staging := filepath.Join(dir, StagingDir, runID+".duckdb")
	published := filepath.Join(dir, WarehouseFile)
	parquetRoot := filepath.Join(dir, ParquetDir)

	// This run's own leftovers (a resumed night killed while staging).
	if err := removeStaging(dir, runID); err != nil {
		return fmt.Errorf("staging: %w", err)
	}
	if exists(published) {
		if err := copyFile(published, staging); err != nil {
			return fmt.Errorf("staging: %w", err)
		}
		if exists(published + ".wal") {
			if err := copyFile(published+".wal", staging+".wal"); err != nil {
				return fmt.Errorf("staging: %w", err)
			}
		}
	}
	n.at("staging")
	out.StagingPath = staging

	w, err := open(ctx, staging, false, cfg.night())
	if err != nil {
		return err
	}
	closed := false
	defer func() {
		if !closed {
			w.Close()
		}
	}()
	conn, err := w.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("staging: %w", err)
	}
	defer conn.Close()

	var already int
	if err := conn.QueryRowContext(ctx, `SELECT count(*) FROM runs WHERE run_id = ?`, runID).Scan(&already); err != nil {
		return fmt.Errorf("staging: %w", err)
	}
	if already > 0 {
		return fmt.Errorf("run %s is already in the published warehouse", runID)
	}
	var prevRunID sql.NullString
	if err := conn.QueryRowContext(ctx, `SELECT run_id FROM runs WHERE status = 'published' ORDER BY night DESC, ended_at DESC LIMIT 1`).Scan(&prevRunID); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("previous run: %w", err)
	}
	if err := setVariables(ctx, conn, map[string]string{
		"run_id":       sqlString(runID),
		"night":        "DATE " + sqlString(night.Format(time.DateOnly)),
		"missed_close": fmt.Sprintf("%d", cfg.MissedNightsBeforeClose),
	}); err != nil {
		return err
	}

	load := n.Load
	if load == nil {
		// A night given whole goes through a load file too: one way in.
		if load, err = OpenLoad(ctx, cfg, dir, n.Run); err != nil {
			return err
		}
		defer load.Remove()
		if err := load.addNight(ctx, n); err != nil {
			return err
		}
		if err := load.Close(ctx); err != nil {
			return err
		}
	}
	if err := stageLoad(ctx, conn, load.path, runID, cfg.Threads, n.programsPerPass()); err != nil {
		return err
	}
	n.at("load")
	if err := loadCrawlHosts(ctx, conn, runID, n.CrawlHosts); err != nil {
		return err
	}
	n.at("history")
	if err := updateHistory(ctx, conn); err != nil {
		return err
	}
	if err := buildPrograms(ctx, conn, cfg.Threads, n.programsPerPass()); err != nil {
		return err
	}
	if _, err := conn.ExecContext(ctx, statsSQL); err != nil {
		return fmt.Errorf("night stats: %w", err)
	}
	if out.Counts, err = nightCounts(ctx, conn, runID); err != nil {
		return err
	}
	n.at("gates")
	results, passed, err := runGates(ctx, conn, cfg, runID, prevRunID.String)
	if err != nil {
		return err
	}
	out.Gates = results
	status := imgfriendly.RunPublished
	if !passed {
		status = imgfriendly.RunGateFailed
	}
	gatesJSON, _ := json.Marshal(results)
	countsJSON, _ := json.Marshal(n.Run.Counts)
	var stats any
	if crawlStats != nil {
		stats = string(crawlStats)
	}
	if _, err := conn.ExecContext(ctx, `INSERT INTO runs (run_id, night, started_at, ended_at, status, config_hash, seeds_hash, counts, error, schema_version, gates, crawl_stats)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)`,
		runID, night, ts(n.Run.StartedAt), n.now(), status, str(n.Run.ConfigHash), str(n.Run.SeedsHash),
		string(countsJSON), SchemaVersion, string(gatesJSON), stats); err != nil {
		return fmt.Errorf("record run: %w", err)
	}
	if !passed {
		if _, err := conn.ExecContext(ctx, "CHECKPOINT"); err != nil {
			return fmt.Errorf("staging checkpoint: %w", err)
		}
		return fmt.Errorf("night %s kept in %s: %s: %w", runID, staging, failedGatesText(results), ErrGateFailed)
	}

	// The night's temp tables live in memory: gone before the export. The
	// night's rows are checkpointed into the staging file first: until then
	// they are held in DuckDB's memory beside the export's sorts, and a
	// 13,000-program night failed its residents' export under the 96MB
	// night_memory_limit ("failed to pin block", pass 1 of 4).
	for _, t := range []string{"night_programs", "ok_urls", "night_diff"} {
		if _, err := conn.ExecContext(ctx, "DROP TABLE IF EXISTS "+t); err != nil {
			return fmt.Errorf("export: %w", err)
		}
	}
	if _, err := conn.ExecContext(ctx, "CHECKPOINT"); err != nil {
		return fmt.Errorf("staging checkpoint: %w", err)
	}
	tmp := exportDir(dir, runID)
	if err := os.RemoveAll(tmp); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := oneThread(ctx, conn, cfg.Threads, func() error {
		return exportParquet(ctx, conn, tmp, runID, night, cfg.ExportResidentNames, n.programsPerPass(), n.at)
	}); err != nil {
		return err
	}
	n.at("exported")
	if _, err := conn.ExecContext(ctx, "CHECKPOINT"); err != nil {
		return fmt.Errorf("staging checkpoint: %w", err)
	}
	conn.Close()
	closed = true
	if err := w.Close(); err != nil {
		return fmt.Errorf("close staging: %w", err)
	}
	if exists(staging + ".wal") {
		return fmt.Errorf("staging %s still has a write-ahead log after checkpoint; not publishing", staging)
	}
	if err := syncFile(staging); err != nil {
		return fmt.Errorf("sync staging: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}

	// Publish: journal, rename (from here on the night is the published
	// one), Parquet swap, journal removed; see publish.go.
	if err := publish(dir, runID, night, cfg.KeepHistoryNights, cfg.ExportResidentNames, n.now(), n.at); err != nil {
		if !exists(staging) {
			out.StagingPath = ""
		}
		return err
	}
	out.StagingPath = ""
	out.ParquetDir = filepath.Join(parquetRoot, "latest")
	return nil
}

// nightCounts reads the night's top-level counts from night_stats.
func nightCounts(ctx context.Context, conn *sql.Conn, runID string) (map[string]int, error) {
	rows, err := conn.QueryContext(ctx, `SELECT metric, value FROM night_stats WHERE run_id = ? AND key = ''`, runID)
	if err != nil {
		return nil, fmt.Errorf("night counts: %w", err)
	}
	defer rows.Close()
	counts := map[string]int{}
	for rows.Next() {
		var k string
		var v float64
		if err := rows.Scan(&k, &v); err != nil {
			return nil, fmt.Errorf("night counts: %w", err)
		}
		counts[k] = int(v)
	}
	return counts, rows.Err()
}
