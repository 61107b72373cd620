package warehouse

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/imgfriendly/imgfriendly"
)

// PublishJournal is the file in the data directory that marks a publish in
// progress. RunNight writes it, synced, just before it renames the staging
// file over warehouse.duckdb and removes it once parquet/latest points at the
// night's export. Its presence after a crash means the warehouse and the
// Parquet export may disagree; Recover (and every RunNight, first thing)
// resolves it.
const PublishJournal = "publishing.json"

// The actions Recover reports.
const (
	// RecoveryFinished: the night's warehouse had been renamed into place but
	// its Parquet export was not (or not entirely) published; Recover
	// published it, so warehouse and Parquet are at the same night again.
	RecoveryFinished = "finished"
	// RecoveryAbandoned: the publish was stopped before the warehouse rename,
	// so nothing of the night was published; Recover dropped the journal.
	RecoveryAbandoned = "abandoned"
)

// Recovery is what Recover found and did. The zero Recovery means no publish
// was in progress.
type Recovery struct {
	RunID  string `json:"run_id,omitempty"` // the night the journal named
	Action string `json:"action,omitempty"` // RecoveryFinished or RecoveryAbandoned
}

// publishJournal is the content of PublishJournal. Paths are derived from
// the data directory and the run id, so a moved data directory recovers.
type publishJournal struct {
	RunID string `json:"run_id"`
	Night string `json:"night"` // YYYY-MM-DD
	// Previous is the parquet/versions entry latest pointed at before the
	// publish ("" for a first night); it is kept one more night for readers.
	Previous          string `json:"previous_version,omitempty"`
	KeepHistoryNights int    `json:"keep_history_nights"`
	// ResidentNames is Config.ExportResidentNames for the night, so that an
	// export done again after a crash keeps or omits names as the night did.
	ResidentNames bool      `json:"resident_names,omitempty"`
	WrittenAt     time.Time `json:"written_at"`
}

// exportDir is where a night's Parquet export is written before it is published.
func exportDir(dir, runID string) string {
	return filepath.Join(dir, StagingDir, runID+".parquet")
}

// publish makes the closed, synced staging file of runID the published
// warehouse and its export in exportDir the published Parquet: journal,
// rename, symlink swap and history partitions, journal removed. A process
// killed anywhere in between leaves a journal for recoverPublish.
func publish(dir, runID string, night time.Time, keepNights int, names bool, now time.Time, at func(phase string)) error {
	root := filepath.Join(dir, ParquetDir)
	j := publishJournal{
		RunID: runID, Night: night.Format(time.DateOnly), Previous: currentVersion(root),
		KeepHistoryNights: keepNights, ResidentNames: names, WrittenAt: now,
	}
	b, err := json.MarshalIndent(j, "", "  ")
	if err != nil {
		return fmt.Errorf("publish journal: %w", err)
	}
	if err := writeFileAtomic(filepath.Join(dir, PublishJournal), append(b, '\n')); err != nil {
		return fmt.Errorf("publish journal: %w", err)
	}
	at("journal")
	staging := filepath.Join(dir, StagingDir, runID+".duckdb")
	if err := os.Rename(staging, filepath.Join(dir, WarehouseFile)); err != nil {
		return fmt.Errorf("publish: %w", err)
	}
	if err := syncDir(dir); err != nil {
		return fmt.Errorf("publish: %w", err)
	}
	at("published")
	return finishPublish(dir, j, at)
}

// finishPublish publishes the Parquet export of the journal's night and
// removes the journal. Every step may already have been done by a killed
// process; none is done twice.
func finishPublish(dir string, j publishJournal, at func(phase string)) error {
	night, err := time.Parse(time.DateOnly, j.Night)
	if err != nil {
		return fmt.Errorf("publish journal: night: %w", err)
	}
	root := filepath.Join(dir, ParquetDir)
	if err := swapParquet(root, exportDir(dir, j.RunID), j.RunID, night, j.Previous, j.KeepHistoryNights, at); err != nil {
		return fmt.Errorf("publish parquet: %w", err)
	}
	if err := os.Remove(filepath.Join(dir, PublishJournal)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("publish journal: %w", err)
	}
	if err := syncDir(dir); err != nil {
		return fmt.Errorf("publish journal: %w", err)
	}
	return nil
}

// currentVersion names the parquet/versions entry parquet/latest points at:
// "legacy" for a latest directory of an older layout (swapParquet moves it
// there), "" when there is none.
func currentVersion(root string) string {
	latest := filepath.Join(root, "latest")
	if target, err := os.Readlink(latest); err == nil {
		return filepath.Base(target)
	}
	if exists(latest) {
		return "legacy"
	}
	return ""
}

// Recover finishes or abandons a publish that a killed process left half
// done (see PublishJournal), so that the published warehouse and
// parquet/latest hold the same night. With no journal it does nothing.
// It takes the data directory's warehouse lock (ErrLocked while a night
// runs). RunNight calls it first thing, so a caller needs it only to repair
// the data directory before the next night, e.g. at the start of a command
// that reads the Parquet export. now is recorded in the recovered night's
// manifest. A publish whose export must be written again writes it under
// cfg's night limits (NightMemoryLimit, Threads, TempDirectory), as the
// night itself would have.
func Recover(ctx context.Context, cfg Config, dir string, now time.Time) (Recovery, error) {
	if !exists(filepath.Join(dir, PublishJournal)) {
		return Recovery{}, nil
	}
	unlock, err := LockFile(filepath.Join(dir, lockFile))
	if err != nil {
		return Recovery{}, err
	}
	defer unlock()
	rec, _, err := recoverPublish(ctx, cfg, dir, now)
	return rec, err
}

// recoverPublish is Recover for a caller that holds the warehouse lock. For
// a finished publish it also returns the recovered night's manifest.
func recoverPublish(ctx context.Context, cfg Config, dir string, now time.Time) (Recovery, *Manifest, error) {
	path := filepath.Join(dir, PublishJournal)
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return Recovery{}, nil, nil
	}
	if err != nil {
		return Recovery{}, nil, fmt.Errorf("recover publish: %w", err)
	}
	var j publishJournal
	if err := json.Unmarshal(b, &j); err != nil {
		return Recovery{}, nil, fmt.Errorf("recover publish: %s: %w", path, err)
	}
	if !runIDPattern.MatchString(j.RunID) {
		return Recovery{}, nil, fmt.Errorf("recover publish: %s: bad run id %q", path, j.RunID)
	}
	rec := Recovery{RunID: j.RunID, Action: RecoveryAbandoned}

	// The rename is the commit point. Before it the staging file is still in
	// staging/ and the published warehouse does not hold the night.
	published := filepath.Join(dir, WarehouseFile)
	renamed := !exists(filepath.Join(dir, StagingDir, j.RunID+".duckdb")) && exists(published)
	var m *Manifest
	if renamed {
		if m, err = publishedRun(ctx, published, j.RunID); err != nil {
			return Recovery{}, nil, fmt.Errorf("recover publish of %s: %w", j.RunID, err)
		}
		renamed = m != nil
	}
	if !renamed {
		if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
			return Recovery{}, nil, fmt.Errorf("recover publish: %w", err)
		}
		return rec, nil, syncDir(dir)
	}
	if !exportWhole(dir, j) {
		// Part of the export is gone (staging/ cleaned by hand): the published
		// warehouse holds the night, so export it again.
		if err := reexport(ctx, cfg, dir, j); err != nil {
			return Recovery{}, nil, fmt.Errorf("recover publish of %s: %w", j.RunID, err)
		}
	}
	if err := finishPublish(dir, j, func(string) {}); err != nil {
		return Recovery{}, nil, fmt.Errorf("recover publish of %s: %w", j.RunID, err)
	}
	rec.Action = RecoveryFinished

	// The killed night's manifest still says running: it was published.
	mp := ManifestPath(dir, j.RunID)
	if b, err := os.ReadFile(mp); err == nil {
		var old Manifest
		if json.Unmarshal(b, &old) == nil {
			m.Counts, m.CrawlStats = old.Counts, old.CrawlStats
		}
	}
	m.WarehousePath = published
	m.EndedAt, m.RecoveredAt = now.UTC(), now.UTC()
	m.ParquetDir = filepath.Join(dir, ParquetDir, "latest")
	if err := writeManifest(mp, *m); err != nil {
		return rec, m, fmt.Errorf("recover publish of %s: %w", j.RunID, err)
	}
	return rec, m, nil
}

// exportWhole reports whether every part of the journal's export is still
// either in staging/ or already moved into parquet/.
func exportWhole(dir string, j publishJournal) bool {
	tmp, root := exportDir(dir, j.RunID), filepath.Join(dir, ParquetDir)
	if !exists(filepath.Join(tmp, "latest")) && !exists(filepath.Join(root, "versions", j.RunID)) {
		return false
	}
	part := "night=" + j.Night
	for _, t := range exportTables {
		if !exists(filepath.Join(tmp, "history", t, part)) && !exists(filepath.Join(root, "history", t, part)) {
			return false
		}
	}
	return true
}

// reexport writes the journal's night's Parquet export again, from the
// published warehouse, into exportDir: under the night's memory limit and
// on one thread, as runNight exports (without a limit DuckDB takes 80 % of
// RAM, and the export of a 13,000-program night grew to 540 MB).
func reexport(ctx context.Context, cfg Config, dir string, j publishJournal) error {
	night, err := time.Parse(time.DateOnly, j.Night)
	if err != nil {
		return fmt.Errorf("publish journal: night: %w", err)
	}
	tmp := exportDir(dir, j.RunID)
	if err := os.RemoveAll(tmp); err != nil {
		return fmt.Errorf("export again: %w", err)
	}
	w, err := open(ctx, filepath.Join(dir, WarehouseFile), true, cfg.night())
	if err != nil {
		return err
	}
	defer w.Close()
	conn, err := w.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("export again: %w", err)
	}
	defer conn.Close()
	return oneThread(ctx, conn, cfg.Threads, func() error {
		return exportParquet(ctx, conn, tmp, j.RunID, night, j.ResidentNames, passPrograms, func(string) {})
	})
}

// publishedRun reads runID's row of the runs table, its gates and its
// night_stats counts from the published warehouse, as a manifest; nil when
// the warehouse does not hold the run as published.
func publishedRun(ctx context.Context, path, runID string) (*Manifest, error) {
	w, err := Open(ctx, path, true)
	if err != nil {
		return nil, err
	}
	defer w.Close()
	conn, err := w.db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	// Most nights are not in the runs table yet; check that first, with
	// columns every schema version has.
	var st sql.NullString
	switch err := conn.QueryRowContext(ctx, `SELECT status FROM runs WHERE run_id = ?`, runID).Scan(&st); {
	case errors.Is(err, sql.ErrNoRows):
		return nil, nil
	case err != nil:
		return nil, fmt.Errorf("read run: %w", err)
	case st.String != imgfriendly.RunPublished:
		return nil, nil
	}
	m := Manifest{RunID: runID}
	var night time.Time
	var started sql.NullTime
	var status, configHash, seedsHash, gates *string
	var version *int
	err = conn.QueryRowContext(ctx, `SELECT night, started_at, status, config_hash, seeds_hash, schema_version, gates
FROM runs WHERE run_id = ?`, runID).Scan(&night, &started, &status, &configHash, &seedsHash, &version, &gates)
	if err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, nil
		}
		return nil, fmt.Errorf("read run: %w", err)
	}
	if status == nil || *status != imgfriendly.RunPublished {
		return nil, nil
	}
	m.Night, m.StartedAt, m.Status = night.Format(time.DateOnly), started.Time.UTC(), *status
	m.ConfigHash, m.SeedsHash = deref(configHash), deref(seedsHash)
	if version != nil {
		m.SchemaVersion = *version
	}
	if gates != nil {
		if err := json.Unmarshal([]byte(*gates), &m.Gates); err != nil {
			return nil, fmt.Errorf("run gates: %w", err)
		}
	}
	if m.WarehouseCounts, err = nightCounts(ctx, conn, runID); err != nil {
		return nil, err
	}
	return &m, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
