// Package retention keeps the data directory from growing without bound:
// it keeps the newest nights' crawl journals, run manifests and reports
// (retention.keep_nights) and removes the older ones, then removes the
// stored pages and cached extracts that nothing kept refers to.
//
// It never removes a page the published warehouse refers to — the pages of
// its night and the evidence page of every fact version, open or closed —
// nor anything of the published night, of a night kept in staging/ for
// inspection, or of a newer night that may still be resumed. It owns no
// paths: the warehouse lists the runs and their files, the crawl reads
// journals, and each store sweeps itself through the Store interface.
package retention

import (
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"time"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/warehouse"
)

// Config is the retention section of config.yaml.
type Config struct {
	// KeepNights is how many of the newest nights keep their crawl journal
	// (runs/<run_id>/), manifest and report; 0 keeps every night.
	KeepNights int `mapstructure:"keep_nights"`
}

// DefaultConfig keeps 30 nights, the span of the report's trend charts.
func DefaultConfig() Config { return Config{KeepNights: 30} }

// Validate reports every problem, each prefixed with its key.
func (c Config) Validate() error {
	if c.KeepNights < 0 {
		return fmt.Errorf("keep_nights: %d is negative (0 keeps every night)", c.KeepNights)
	}
	return nil
}

// Store is content-addressed storage retention sweeps (the page store, the
// extraction cache): Retain removes every entry whose key keep rejects, and
// reports the entries (not files: a segment holds many) and bytes removed
// (with dryRun, that it would remove).
type Store interface {
	Retain(ctx context.Context, keep func(key string) bool, dryRun bool) (entries int, freed int64, err error)
}

// Input is what a collection works from.
type Input struct {
	Runs []warehouse.RunFiles // every run in runs/, oldest first (warehouse.Runs)
	// Published is the run id of the published night ("" when none) and
	// PageRefs/Unresolved what the published warehouse refers to
	// ((*warehouse.Warehouse).PageRefs).
	Published  string
	PageRefs   []warehouse.PageRef
	Unresolved []warehouse.EvidenceRef
	// Journal streams a run's fetch log (crawl.JournalLines of its
	// journal): every line, a refetched URL's earlier ones too, which only
	// keeps more. Read whole, a 50,000-program night's journal took about
	// 218 MB of heap at the end of the night; streamed, one line.
	Journal func(run warehouse.RunFiles) iter.Seq2[imgfriendly.Fetch, error]
	Pages   Store
	// Extracts is the extraction cache, keyed by ExtractKey.
	Extracts   Store
	ExtractKey func(pageURL, contentHash string, night time.Time) string
}

// Result is what a collection kept and removed.
type Result struct {
	DryRun bool
	Kept   []string // run ids kept
	// Held are runs kept beyond keep_nights, with the reason.
	Held    map[string]string
	Removed []string // run ids whose files were removed
	// RunFiles and RunBytes are the journal, manifest and report files removed.
	RunFiles int
	RunBytes int64
	// Pages and Extracts count the stored pages and cached extracts
	// removed — entries, not files: a segment file holds many.
	Pages, Extracts         int
	PageBytes, ExtractBytes int64
	// PagesKept is the number of distinct page hashes something refers to.
	PagesKept int
	// PagesSkipped says why stored pages were not swept; "" when they were.
	PagesSkipped string
}

// Freed is every byte the collection removed (or would remove).
func (r Result) Freed() int64 { return r.RunBytes + r.PageBytes + r.ExtractBytes }

// Collect removes the runs retention does not keep, then the pages and
// cached extracts nothing kept refers to. With dryRun nothing is removed
// and the result says what would be. The caller holds the night lock, so no
// night writes meanwhile.
func Collect(ctx context.Context, c Config, in Input, dryRun bool) (Result, error) {
	res := Result{DryRun: dryRun, Held: map[string]string{}}
	keep := plan(c, in, res.Held)

	// What the published warehouse refers to.
	// Kept as 64-bit hashes of the page hash and extract key, 8 bytes each
	// (the strings took ~70 MB at 50,000 programs): two keys that collide
	// only keep one entry more than needed, never one less.
	seed := maphash.MakeSeed()
	pages := map[uint64]bool{}
	extracts := map[uint64]bool{}
	addPage := func(pageURL, hash string, night time.Time) {
		if hash == "" {
			return
		}
		pages[maphash.String(seed, hash)] = true
		if in.ExtractKey != nil && pageURL != "" {
			extracts[maphash.String(seed, in.ExtractKey(pageURL, hash, night))] = true
		}
	}
	for _, r := range in.PageRefs {
		addPage(r.URL, r.ContentHash, r.Night)
	}
	addFetch := func(f imgfriendly.Fetch, night time.Time) {
		pageURL := f.FinalURL
		if pageURL == "" {
			pageURL = f.URL
		}
		addPage(pageURL, f.ContentHash, night)
	}

	// Evidence the warehouse knows only by URL and fetch time is looked up
	// in every journal there is; a journal that names such a page is kept,
	// since no other record of the page's hash exists.
	unresolved := map[string]bool{}
	for _, e := range in.Unresolved {
		unresolved[evidenceKey(e.URL, e.FetchedAt)] = true
	}
	for _, run := range in.Runs {
		if run.Journal == "" || (len(unresolved) == 0 && !keep[run.RunID]) {
			continue
		}
		// A run kept anyway is read once: its pages are kept as they come.
		// Another is read for unresolved evidence first, and read again
		// for its pages only if its journal names some.
		kept, night := keep[run.RunID], runNight(run)
		names := false
		for f, err := range in.Journal(run) {
			if err != nil {
				return res, fmt.Errorf("read journal of %s: %w", run.RunID, err)
			}
			for _, u := range []string{f.URL, f.FinalURL} {
				if k := evidenceKey(u, f.FetchedAt); u != "" && f.ContentHash != "" && unresolved[k] {
					delete(unresolved, k)
					names = true
				}
			}
			if kept {
				addFetch(f, night)
			}
		}
		if !names || kept {
			continue
		}
		keep[run.RunID] = true
		res.Held[run.RunID] = "its journal is the only record of pages the warehouse's evidence cites"
		for f, err := range in.Journal(run) {
			if err != nil {
				return res, fmt.Errorf("read journal of %s: %w", run.RunID, err)
			}
			addFetch(f, night)
		}
	}

	for _, run := range in.Runs {
		if keep[run.RunID] {
			res.Kept = append(res.Kept, run.RunID)
			continue
		}
		files, n, err := removeRun(run, dryRun)
		res.RunFiles += files
		res.RunBytes += n
		if err != nil {
			return res, err
		}
		res.Removed = append(res.Removed, run.RunID)
	}

	res.PagesKept = len(pages)
	if len(unresolved) > 0 {
		res.PagesSkipped = fmt.Sprintf("%d evidence pages of the warehouse are known only by URL and fetch time and no journal names them: no stored page is removed", len(unresolved))
	} else if in.Pages != nil {
		n, b, err := in.Pages.Retain(ctx, func(h string) bool { return pages[maphash.String(seed, h)] }, dryRun)
		res.Pages, res.PageBytes = n, b
		if err != nil {
			return res, fmt.Errorf("sweep pages: %w", err)
		}
	}
	if in.Extracts != nil && in.ExtractKey != nil {
		n, b, err := in.Extracts.Retain(ctx, func(k string) bool { return extracts[maphash.String(seed, k)] }, dryRun)
		res.Extracts, res.ExtractBytes = n, b
		if err != nil {
			return res, fmt.Errorf("sweep cached extracts: %w", err)
		}
	}
	return res, nil
}

// plan decides which runs are kept: the newest KeepNights, and besides
// those (noted in held) the published night, nights kept in staging/, and
// the newest night after the published one that has not published (it may
// be resumed).
func plan(c Config, in Input, held map[string]string) map[string]bool {
	keep := map[string]bool{}
	for i, run := range in.Runs {
		if c.KeepNights == 0 || i >= len(in.Runs)-c.KeepNights {
			keep[run.RunID] = true
		}
	}
	hold := func(id, why string) {
		if !keep[id] {
			keep[id] = true
			held[id] = why
		}
	}
	for i := len(in.Runs) - 1; i >= 0; i-- {
		run := in.Runs[i]
		if run.RunID <= in.Published {
			break
		}
		if run.Status != imgfriendly.RunPublished {
			hold(run.RunID, "the newest unpublished night, after the published one: it may be resumed")
			break
		}
	}
	for _, run := range in.Runs {
		switch {
		case run.RunID == in.Published:
			hold(run.RunID, "the published night")
		case run.Staging:
			hold(run.RunID, "its staging file is kept for inspection")
		}
	}
	return keep
}

// runNight is the night date of a run: from its manifest, else from its
// run id (which starts with its start date), else zero.
func runNight(run warehouse.RunFiles) time.Time {
	if !run.Night.IsZero() {
		return run.Night
	}
	if len(run.RunID) >= 8 {
		if d, err := time.Parse("20060102", run.RunID[:8]); err == nil {
			return d
		}
	}
	return time.Time{}
}

func evidenceKey(u string, at time.Time) string {
	return u + "\x00" + at.UTC().Truncate(time.Microsecond).Format(time.RFC3339Nano)
}

// removeRun removes a run's journal, manifest and report, counting files
// and bytes (with dryRun, only counting).
func removeRun(run warehouse.RunFiles, dryRun bool) (files int, freed int64, err error) {
	for _, p := range run.Paths() {
		err := filepath.WalkDir(p, func(_ string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if info, err := d.Info(); err == nil && !d.IsDir() {
				files++
				freed += info.Size()
			}
			return nil
		})
		if err != nil {
			return files, freed, err
		}
		if dryRun {
			continue
		}
		if err := os.RemoveAll(p); err != nil && !errors.Is(err, os.ErrNotExist) {
			return files, freed, fmt.Errorf("remove %s: %w", p, err)
		}
	}
	return files, freed, nil
}
