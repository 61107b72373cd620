package warehouse

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Files of the runs/ directory and the data directory's operator outputs,
// beside ManifestPath (see ARCHITECTURE.md).
const (
	// ReportLink is report.html in the data directory: a symlink to the
	// newest night's report, swapped atomically.
	ReportLink = "report.html"
	// MetricsFile is the default Prometheus textfile, metrics.prom.
	MetricsFile = "metrics.prom"
	// NightLockFile is held (flock, LockNight) by a running night, gc and
	// the seed checks.
	NightLockFile = "night.lock"
)

// LockNight takes the data directory's night lock (NightLockFile), held by
// everything that writes the directory's page store, journals or runs
// while no night may: a night, gc, the seed checks. It fails with an error
// wrapping ErrLocked while another holder has it; dir is created if needed.
func LockNight(dir string) (unlock func(), err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("lock: %w", err)
	}
	return LockFile(filepath.Join(dir, NightLockFile))
}

// RunDir returns a run's crawl journal directory, runs/<run_id>/.
func RunDir(dir, runID string) string { return filepath.Join(dir, RunsDir, runID) }

// ReportPath returns a run's night report, runs/<run_id>.html.
func ReportPath(dir, runID string) string { return filepath.Join(dir, RunsDir, runID+".html") }

// ReadManifest reads runs/<run_id>.json.
func ReadManifest(dir, runID string) (Manifest, error) {
	var m Manifest
	b, err := os.ReadFile(ManifestPath(dir, runID))
	if err != nil {
		return m, err
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return m, fmt.Errorf("%s: %w", ManifestPath(dir, runID), err)
	}
	return m, nil
}

// RunFiles is one run's files in runs/: what retention keeps or removes
// together.
type RunFiles struct {
	RunID    string
	Manifest string    // runs/<run_id>.json, "" when missing
	Report   string    // runs/<run_id>.html, "" when missing
	Journal  string    // runs/<run_id>/, "" when missing
	Status   string    // from the manifest; "" when it has none
	Night    time.Time // from the manifest; zero when it has none
	Staging  bool      // staging/<run_id>.duckdb exists (a night kept for inspection, or being built)
}

// Paths lists the run's files that exist.
func (r RunFiles) Paths() []string {
	var out []string
	for _, p := range []string{r.Manifest, r.Report, r.Journal} {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// Runs lists every run that left files in runs/, oldest first (run ids
// sort by start time).
func Runs(dir string) ([]RunFiles, error) {
	entries, err := os.ReadDir(filepath.Join(dir, RunsDir))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("list runs: %w", err)
	}
	byID := map[string]*RunFiles{}
	get := func(id string) *RunFiles {
		if byID[id] == nil {
			byID[id] = &RunFiles{RunID: id}
		}
		return byID[id]
	}
	for _, e := range entries {
		name := e.Name()
		switch {
		case strings.HasPrefix(name, "."):
			continue // a temporary file being written
		case e.IsDir():
			if runIDPattern.MatchString(name) {
				get(name).Journal = RunDir(dir, name)
			}
		case strings.HasSuffix(name, ".json"):
			id := strings.TrimSuffix(name, ".json")
			if runIDPattern.MatchString(id) {
				get(id).Manifest = ManifestPath(dir, id)
			}
		case strings.HasSuffix(name, ".html"):
			id := strings.TrimSuffix(name, ".html")
			if runIDPattern.MatchString(id) {
				get(id).Report = ReportPath(dir, id)
			}
		}
	}
	out := make([]RunFiles, 0, len(byID))
	for id, r := range byID {
		if r.Manifest != "" {
			if m, err := ReadManifest(dir, id); err == nil {
				r.Status = m.Status
				r.Night, _ = time.Parse(time.DateOnly, m.Night)
			}
		}
		r.Staging = exists(filepath.Join(dir, StagingDir, id+".duckdb"))
		out = append(out, *r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].RunID < out[j].RunID })
	return out, nil
}

// evidencePagesVersion is the schema version whose migration added
// fact_versions.content_hash (007_evidence_pages.sql).
const evidencePagesVersion = 7

// PageRef is a stored page the warehouse refers to, by content hash, with
// the URL it was read from and the night it was read.
type PageRef struct {
	URL         string
	ContentHash string
	Night       time.Time
}

// EvidenceRef is evidence whose stored page the warehouse does not know by
// hash (a fact version opened before schema version 7): the page it cites
// and when that page was fetched.
type EvidenceRef struct {
	URL       string
	FetchedAt time.Time
}

// PageRefs lists every stored page the warehouse refers to: the pages and
// fetches of its latest night, and the evidence page of every fact version,
// open or closed (the old and new evidence of every change is one). Evidence
// it cannot tie to a stored page is returned as unresolved.
func (w *Warehouse) PageRefs(ctx context.Context) (refs []PageRef, unresolved []EvidenceRef, err error) {
	version, err := w.Version(ctx)
	if err != nil {
		return nil, nil, err
	}
	q := `SELECT p.url, p.content_hash, r.night FROM pages p JOIN runs r USING (run_id) WHERE p.content_hash IS NOT NULL
UNION SELECT p.final_url, p.content_hash, r.night FROM pages p JOIN runs r USING (run_id) WHERE p.content_hash IS NOT NULL AND p.final_url IS NOT NULL
UNION SELECT coalesce(f.final_url, f.url), f.content_hash, r.night FROM fetches f JOIN runs r USING (run_id) WHERE f.content_hash IS NOT NULL`
	if version >= evidencePagesVersion {
		q += `
UNION SELECT evidence_url, content_hash, valid_from FROM fact_versions WHERE content_hash IS NOT NULL`
	}
	rows, err := w.db.QueryContext(ctx, q)
	if err != nil {
		return nil, nil, fmt.Errorf("page refs: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r PageRef
		if err := rows.Scan(&r.URL, &r.ContentHash, &r.Night); err != nil {
			return nil, nil, fmt.Errorf("page refs: %w", err)
		}
		refs = append(refs, r)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("page refs: %w", err)
	}
	uq := `SELECT DISTINCT evidence_url, fetched_at FROM fact_versions WHERE evidence_url IS NOT NULL`
	if version >= evidencePagesVersion {
		uq += ` AND content_hash IS NULL`
	}
	urows, err := w.db.QueryContext(ctx, uq)
	if err != nil {
		return nil, nil, fmt.Errorf("page refs: %w", err)
	}
	defer urows.Close()
	for urows.Next() {
		var e EvidenceRef
		var at sql.NullTime
		if err := urows.Scan(&e.URL, &at); err != nil {
			return nil, nil, fmt.Errorf("page refs: %w", err)
		}
		e.FetchedAt = at.Time
		unresolved = append(unresolved, e)
	}
	return refs, unresolved, urows.Err()
}

// WriteFileAtomic writes data to a temporary file beside path, syncs it and
// renames it over path: a reader sees the old or the new content, never a
// part (the night report, the metrics textfile).
func WriteFileAtomic(path string, data []byte) error { return writeFileAtomic(path, data) }

// LinkReport points report.html in the data directory at runs/<run_id>.html
// (a relative symlink, replaced by rename, so a reader never finds it
// missing).
func LinkReport(dir, runID string) error {
	link := filepath.Join(dir, ReportLink)
	tmp := link + ".tmp-" + runID
	os.Remove(tmp)
	if err := os.Symlink(filepath.Join(RunsDir, runID+".html"), tmp); err != nil {
		return fmt.Errorf("link report: %w", err)
	}
	if err := os.Rename(tmp, link); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("link report: %w", err)
	}
	return syncDir(dir)
}

// PublishedRunID returns the run id of the newest published night in the
// warehouse; "" when it has none.
func (w *Warehouse) PublishedRunID(ctx context.Context) (string, error) {
	var id string
	err := w.db.QueryRowContext(ctx, `SELECT run_id FROM runs WHERE status = 'published' ORDER BY night DESC, ended_at DESC LIMIT 1`).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("published run: %w", err)
	}
	return id, nil
}
