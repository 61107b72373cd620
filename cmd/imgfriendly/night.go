package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/crawl"
	"github.com/imgfriendly/imgfriendly/internal/atomicfile"
	"github.com/imgfriendly/imgfriendly/internal/profiling"
	"github.com/imgfriendly/imgfriendly/retention"
	"github.com/imgfriendly/imgfriendly/seedlist"
	"github.com/imgfriendly/imgfriendly/warehouse"
)

// nightInput is what one night needs besides the configuration.
type nightInput struct {
	RunID     string
	Night     time.Time // the run date, UTC midnight
	Seeds     []imgfriendly.Program
	SeedsHash string
	Resume    bool
	StartedAt time.Time // a resumed night's first start (zero: now)
	Progress  io.Writer // progress bars; nil when stderr is not a terminal
	// Prof, when set, is told each stage as it begins (profiles, the
	// memory peak's stage).
	Prof *profiling.Session
	// Keep keeps every program record and resident in nightResult (the
	// demo's accuracy report reads them); a night otherwise streams them
	// to the warehouse and keeps only their tally.
	Keep bool
}

// nightResult is what a night did, for the summary and the tests.
type nightResult struct {
	Run   imgfriendly.Run
	Crawl crawl.Result
	// Programs and Residents are the night's records and residents, kept
	// only with nightInput.Keep; Tally counts them either way.
	Programs  []imgfriendly.ProgramRecord
	Residents []imgfriendly.Resident
	Tally     nightTally
	Outcome   warehouse.Outcome
	// SeedHealth is each program's seed URL verdict tonight; IDConflicts
	// where the seed rows and the programs' own pages disagree on ids.
	SeedHealth  []imgfriendly.SeedHealth
	IDConflicts []imgfriendly.IDConflict
	StatedIDs   int
	// FailingNights is the config's seed_failing_nights, for the summary.
	FailingNights int
	// AlreadyPublished: the night was published before this command (a
	// resume after a kill past the warehouse rename); nothing was run.
	AlreadyPublished bool
	Extracted        int // pages extracted this night
	Reused           int // pages whose facts were carried forward (304 or same content)
	Wall             time.Duration
	CrawlWall        time.Duration
	// Stage wall times after the crawl.
	ExtractWall, TransformWall, WarehouseWall time.Duration
	// GC is what retention removed after a published night; nil otherwise.
	GC *retention.Result
	// Report is the night report's path; "" when none was written.
	Report string
	// Peak is the highest resident memory of the process so far and the
	// stage it was reached in; zero without a profiling session.
	Peak profiling.Peak
}

// runNight runs one night: crawl → extract → transform → warehouse (stage,
// audit, publish, export).
func runNight(ctx context.Context, cfg Config, in nightInput, log *slog.Logger) (nightResult, error) {
	start := time.Now()
	res := nightResult{}
	dir := cfg.DataDir
	// The Go heap's share of the night's memory (DuckDB's is
	// warehouse.night_memory_limit): without it, garbage lets the heap
	// grow to twice what is live before each collection. Not for the
	// demo, which keeps every record for its accuracy report: its live
	// heap outgrows any such limit and the collector would run nonstop.
	if limit, _ := parseBytes(cfg.GoMemoryLimit); limit > 0 && !in.Keep && os.Getenv("GOMEMLIMIT") == "" {
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(limit))
	}
	runDir := warehouse.RunDir(dir, in.RunID)
	if err := os.MkdirAll(filepath.Dir(runDir), 0o755); err != nil {
		return res, err
	}
	// One night at a time per data directory, from the first fetch on (the
	// warehouse takes its own lock for the publish).
	unlock, err := warehouse.LockNight(dir)
	if err != nil {
		return res, fmt.Errorf("another night is running on %s: %w", dir, err)
	}
	defer unlock()
	startedAt := start.UTC()
	if in.Resume && !in.StartedAt.IsZero() {
		startedAt = in.StartedAt.UTC()
	}
	run := imgfriendly.Run{
		ID: in.RunID, Night: in.Night, StartedAt: startedAt, Status: imgfriendly.RunRunning,
		ConfigHash: cfg.Hash(), SeedsHash: in.SeedsHash, Counts: map[string]int{"seeds": len(in.Seeds)},
	}
	if in.Resume {
		if err := os.MkdirAll(runDir, 0o755); err != nil {
			return res, err
		}
	} else if err := os.Mkdir(runDir, 0o755); err != nil {
		// Checked under the night lock: a run id is never reused, so one
		// night never overwrites another's journal or manifest.
		if errors.Is(err, os.ErrExist) {
			return res, fmt.Errorf("run %s already exists in %s: not overwriting it", in.RunID, filepath.Dir(runDir))
		}
		return res, err
	}
	// Before the crawl, the warehouse finishes (or drops) a publish a killed
	// night left half done — so Parquet readers do not see the older export
	// for the whole crawl — and says whether this night is already
	// published or older than the published one.
	prep, err := warehouse.PrepareNight(ctx, cfg.Warehouse, dir, run, time.Now())
	if prep.Recovered.Action != "" {
		log.Info("interrupted publish recovered", "recovered_run_id", prep.Recovered.RunID, "action", prep.Recovered.Action)
	}
	if errors.Is(err, warehouse.ErrOlderNight) {
		if in.Resume {
			// Set it aside, or every later --resume would find it again.
			crawl.MarkDone(runDir, "abandoned: "+err.Error())
			return res, usageError("--resume: %v; the unfinished night is set aside (runs/%s/done says abandoned): start a new night with `imgfriendly run`", err, in.RunID)
		}
		os.Remove(runDir) // empty: a new night that never started
		return res, withCode(exitUsage, err)
	}
	if err != nil {
		return res, fmt.Errorf("prepare the data directory: %w", err)
	}
	if prep.Done != nil {
		// A resumed night killed after its warehouse rename: published.
		run.Status = imgfriendly.RunPublished
		res.Run, res.Outcome, res.AlreadyPublished = run, *prep.Done, true
		res.Wall = time.Since(start)
		if err := crawl.MarkDone(runDir, imgfriendly.RunPublished); err != nil {
			return res, err
		}
		return res, nil
	}
	state := crawl.State{RunID: in.RunID, Night: in.Night, StartedAt: startedAt, SeedsHash: in.SeedsHash, Config: run.ConfigHash}
	if err := crawl.WriteState(runDir, state); err != nil {
		return res, err
	}

	store, err := crawl.OpenStore(filepath.Join(dir, "pages"))
	if err != nil {
		return res, fmt.Errorf("open page store: %w", err)
	}
	defer store.Close() // the crawl synced its pages with its journal
	// A data directory from before segments: its pages move into them
	// once, under the night lock.
	if m, err := store.Migrate(ctx); err != nil {
		return res, err
	} else if m.Pages+m.Dropped > 0 {
		log.Info("page store moved to segments", "pages", m.Pages, "dropped_unreadable", m.Dropped)
	}
	previous, err := previousFetches(ctx, filepath.Join(dir, "warehouse.duckdb"))
	if err != nil {
		return res, err
	}

	log.Info("night start", "night", in.Night.Format(time.DateOnly), "programs", len(in.Seeds), "previous_fetches", len(previous), "resume", in.Resume)
	in.Prof.Stage("crawl")
	crawlStart := time.Now()
	cres, err := crawl.Run(ctx, cfg.Crawl, crawl.Night{
		RunID: in.RunID, Dir: runDir, Previous: previous, Resume: in.Resume,
		Progress: in.Progress, Logger: log,
		// The fetch log stays in the journal, read program by program; the
		// demo's accuracy report wants it whole.
		FetchesOnDisk: !in.Keep,
	}, in.Seeds, store)
	defer cres.Log.Close()
	previous = nil // conditional GET is done with it
	res.CrawlWall = time.Since(crawlStart)
	res.Crawl = cres
	run.Stages = map[string]time.Duration{"crawl": res.CrawlWall}
	if err != nil {
		run.Status = imgfriendly.RunInterrupted
		if !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded) {
			run.Status = imgfriendly.RunError
		}
		run.Error = err.Error()
		run.EndedAt = time.Now().UTC()
		res.Run = run
		if err := writeUnloadedManifest(dir, run, cres.Stats); err != nil {
			log.Error("write run manifest", "err", err)
		}
		if run.Status == imgfriendly.RunInterrupted {
			return res, withCode(exitInterrupted, fmt.Errorf("crawl interrupted after %d fetches; continue with `imgfriendly run --resume`: %w", cres.Stats.Fetches, err))
		}
		return res, fmt.Errorf("crawl: %w", err)
	}
	run.Counts["fetches"] = cres.Stats.Fetches
	// The crawl's garbage (bodies, parsers, connections) goes back to the
	// system before the next stage grows: the night's peak is then the
	// largest stage's, not the sum of what each left behind.
	debug.FreeOSMemory()

	// Extraction, reconciliation and the load stream program by program:
	// no stage holds the night's pages, facts or residents at once.
	in.Prof.Stage("extract+transform+load")
	stageStart := time.Now()
	load, err := warehouse.OpenLoad(ctx, cfg.Warehouse, dir, run)
	if err != nil {
		return res, err
	}
	defer load.Remove()
	if err := streamNight(ctx, cfg, dir, in, cres.Log, store, load, &res); err != nil {
		return res, err
	}
	res.ExtractWall = time.Since(stageStart) - res.TransformWall
	run.Stages["extract"] = res.ExtractWall
	run.Stages["transform"] = res.TransformWall
	run.Counts["pages_extracted"] = res.Extracted
	run.Counts["pages_reused"] = res.Reused
	run.Counts["programs"] = res.Tally.Programs
	run.Counts["residents"] = res.Tally.Residents
	res.FailingNights = cfg.SeedFailingNights
	run.Counts["seeds_failing"] = len(seedlist.FailingFor(res.SeedHealth, 1))
	run.Counts["id_conflicts"] = len(res.IDConflicts)

	debug.FreeOSMemory() // the same for extraction's garbage, before DuckDB's set work
	in.Prof.Stage("warehouse")
	stageStart = time.Now()
	outcome, err := warehouse.RunNight(ctx, cfg.Warehouse, dir, warehouse.Night{
		Run: run, Load: load, CrawlStats: cres.Stats, CrawlHosts: crawlHosts(cres.Hosts),
		OnPhase: func(phase string) { in.Prof.Stage("warehouse:" + phase) },
	})
	res.Outcome = outcome
	res.WarehouseWall = time.Since(stageStart)
	run.Status = outcome.Status
	run.EndedAt = time.Now().UTC()
	for k, v := range outcome.Counts {
		run.Counts[k] = v
	}
	res.Run = run
	res.Wall = time.Since(start)
	res.Peak = in.Prof.Peak()
	if err != nil {
		if errors.Is(err, warehouse.ErrGateFailed) {
			return res, withCode(exitGateFailed, err)
		}
		if errors.Is(err, context.Canceled) {
			return res, withCode(exitInterrupted, err)
		}
		if errors.Is(err, warehouse.ErrLocked) {
			return res, fmt.Errorf("another night is running on %s: %w", dir, err)
		}
		return res, fmt.Errorf("warehouse: %w", err)
	}
	if err := crawl.MarkDone(runDir, outcome.Status); err != nil {
		return res, err
	}
	// Retention, still under the night lock: the night is published, so
	// what it no longer needs can go. A failure here does not undo the night.
	if gc, err := collectGarbage(ctx, cfg, false); err != nil {
		log.Error("retention failed; the night is published, run `imgfriendly gc` to retry", "err", err)
	} else {
		res.GC = &gc
		logGC(log, gc)
	}
	return res, nil
}

// crawlHosts hands the crawler's per-host statistics to the warehouse.
func crawlHosts(hs []crawl.HostStats) []warehouse.CrawlHost {
	out := make([]warehouse.CrawlHost, len(hs))
	for i, h := range hs {
		out[i] = warehouse.CrawlHost{
			Host: h.Host, Fetches: h.Fetches, OK: h.OK, NotModified: h.NotModified, Failed: h.Failed,
			Requests: h.Requests, Retries: h.Retries, Bytes: h.Bytes, RobotsBlocked: h.RobotsBlocked,
			Rejected: h.Rejected, Status: h.Status, LatencyP50: h.LatencyP50, LatencyP95: h.LatencyP95,
		}
	}
	return out
}

// previousFetches reads the last published night's fetch log, used for
// conditional GET. No warehouse yet means a first night.
func previousFetches(ctx context.Context, path string) (map[string]imgfriendly.Fetch, error) {
	if !fileExists(path) {
		return nil, nil
	}
	w, err := warehouse.Open(ctx, path, true)
	if err != nil {
		return nil, fmt.Errorf("open published warehouse: %w", err)
	}
	defer w.Close()
	prev, err := w.LastFetches(ctx)
	if err != nil {
		return nil, fmt.Errorf("read last fetch log: %w", err)
	}
	return prev, nil
}

// writeUnloadedManifest records a night that never reached the warehouse
// (interrupted or failed while crawling) in runs/<run_id>.json, so cron and
// monitoring see it; a later resume overwrites it.
func writeUnloadedManifest(dir string, run imgfriendly.Run, crawlStats any) error {
	stats, err := json.Marshal(crawlStats)
	if err != nil {
		return err
	}
	return writeJSONFile(warehouse.ManifestPath(dir, run.ID), warehouse.Manifest{
		RunID: run.ID, Night: run.Night.Format("2006-01-02"), StartedAt: run.StartedAt, EndedAt: run.EndedAt,
		Status: run.Status, SchemaVersion: warehouse.SchemaVersion, ConfigHash: run.ConfigHash, SeedsHash: run.SeedsHash,
		Counts: run.Counts, CrawlStats: stats, Error: run.Error, StageSeconds: warehouse.StageSeconds(run.Stages),
		WarehousePath: filepath.Join(dir, warehouse.WarehouseFile),
	})
}

// writeJSONFile writes v as indented JSON, atomically.
func writeJSONFile(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.Write(path, append(b, '\n'))
}

// newRunID names a run by its start time, to the microsecond, and a random
// suffix: sortable by start, and unique even for nights started in the same
// instant (runNight also refuses a run directory that exists).
func newRunID(t time.Time) string {
	var b [3]byte
	rand.Read(b[:])
	return t.UTC().Format("20060102T150405.000000Z") + "-" + hex.EncodeToString(b[:])
}

// writeFileAtomic writes b to path atomically (internal/atomicfile).
func writeFileAtomic(path string, b []byte) error { return atomicfile.Write(path, b) }
