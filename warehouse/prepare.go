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

// ErrOlderNight is returned by PrepareNight and RunNight for a night older
// than the published one: publishing it would put older data over newer
// (programs.night and parquet/latest would go back).
var ErrOlderNight = errors.New("publishing it would put older data over newer")

// Prepared is what PrepareNight found in the data directory before a night.
type Prepared struct {
	// Recovered is the publish a killed night left half done, which
	// PrepareNight finished or abandoned; zero when there was none.
	Recovered Recovery
	// Done is set when the night is already the published one (a resumed
	// night that was killed after its warehouse rename): there is nothing
	// left to do, and Done is its outcome as RunNight reported it.
	Done *Outcome
	// Last is the last published night (zero RunID: none yet).
	Last PublishedNight
}

// PublishedNight names a night the published warehouse holds.
type PublishedNight struct {
	RunID     string
	Night     time.Time
	StartedAt time.Time
}

// PrepareNight readies the data directory for night run (ID, Night and
// StartedAt are read) before anything of the night is done, so that a
// caller can stop before crawling: under the warehouse lock it finishes or
// abandons a publish a killed night left half done (the one place recovery
// happens: Recover and RunNight do the same through it), then reports
// whether the night is already published (Prepared.Done) and refuses a
// night older than the published one with an error wrapping ErrOlderNight.
// now is recorded in a recovered night's manifest; cfg bounds a recovered
// publish's export written again (see Recover).
func PrepareNight(ctx context.Context, cfg Config, dir string, run imgfriendly.Run, now time.Time) (Prepared, error) {
	if !exists(dir) {
		return Prepared{}, nil
	}
	unlock, err := LockFile(filepath.Join(dir, lockFile))
	if err != nil {
		return Prepared{}, err
	}
	defer unlock()
	return prepare(ctx, cfg, dir, run, now)
}

// prepare is PrepareNight for a caller that holds the warehouse lock.
func prepare(ctx context.Context, cfg Config, dir string, run imgfriendly.Run, now time.Time) (Prepared, error) {
	var p Prepared
	rec, _, err := recoverPublish(ctx, cfg, dir, now)
	if err != nil {
		return p, err
	}
	p.Recovered = rec
	published := filepath.Join(dir, WarehouseFile)
	if !exists(published) {
		return p, nil
	}
	if p.Done, err = alreadyPublished(ctx, dir, run.ID, now); err != nil || p.Done != nil {
		if p.Done != nil {
			// What a killed attempt streamed is published: its load file is worth nothing.
			removeLoad(loadPath(dir, run.ID))
		}
		p.Done = withRecovered(p.Done, rec)
		return p, err
	}
	if p.Last, err = lastPublished(ctx, published); err != nil {
		return p, err
	}
	if older(run, p.Last) {
		return p, fmt.Errorf("night %s (run %s) is older than the published night %s (run %s): %w",
			run.Night.Format(time.DateOnly), run.ID, p.Last.Night.Format(time.DateOnly), p.Last.RunID, ErrOlderNight)
	}
	return p, nil
}

func withRecovered(o *Outcome, rec Recovery) *Outcome {
	if o != nil {
		o.Recovered = rec
	}
	return o
}

// older reports whether run would publish older data than last: an earlier
// night, or the same night started before the run that published it.
func older(run imgfriendly.Run, last PublishedNight) bool {
	if last.RunID == "" || last.RunID == run.ID {
		return false
	}
	rn := time.Date(run.Night.Year(), run.Night.Month(), run.Night.Day(), 0, 0, 0, 0, time.UTC)
	ln := time.Date(last.Night.Year(), last.Night.Month(), last.Night.Day(), 0, 0, 0, 0, time.UTC)
	if !rn.Equal(ln) {
		return rn.Before(ln)
	}
	return !run.StartedAt.IsZero() && !last.StartedAt.IsZero() && run.StartedAt.Before(last.StartedAt)
}

// lastPublished reads the newest published night from the warehouse at path.
func lastPublished(ctx context.Context, path string) (PublishedNight, error) {
	w, err := Open(ctx, path, true)
	if err != nil {
		return PublishedNight{}, err
	}
	defer w.Close()
	var (
		p       PublishedNight
		started sql.NullTime
	)
	err = w.db.QueryRowContext(ctx, `SELECT run_id, night, started_at FROM runs WHERE status = 'published'
ORDER BY night DESC, started_at DESC NULLS LAST LIMIT 1`).Scan(&p.RunID, &p.Night, &started)
	if errors.Is(err, sql.ErrNoRows) {
		return PublishedNight{}, nil
	}
	if err != nil {
		return PublishedNight{}, fmt.Errorf("last published night: %w", err)
	}
	p.StartedAt = started.Time
	return p, nil
}

// alreadyPublished returns the outcome of runID when the published
// warehouse holds it as published, nil otherwise. The run's manifest is made
// to say so (a night killed after its publish but before its manifest was
// rewritten still says running).
func alreadyPublished(ctx context.Context, dir, runID string, now time.Time) (*Outcome, error) {
	published := filepath.Join(dir, WarehouseFile)
	m, err := publishedRun(ctx, published, runID)
	if err != nil || m == nil {
		return nil, err
	}
	mp := ManifestPath(dir, runID)
	var old Manifest
	if b, err := os.ReadFile(mp); err == nil {
		json.Unmarshal(b, &old)
	}
	if old.Status != imgfriendly.RunPublished {
		m.Counts, m.CrawlStats = old.Counts, old.CrawlStats
		m.WarehousePath = published
		m.EndedAt, m.RecoveredAt = now.UTC(), now.UTC()
		m.ParquetDir = filepath.Join(dir, ParquetDir, "latest")
		if err := writeManifest(mp, *m); err != nil {
			return nil, err
		}
	}
	return &Outcome{
		RunID: runID, Status: imgfriendly.RunPublished, SchemaVersion: SchemaVersion,
		Counts: m.WarehouseCounts, Gates: m.Gates, ManifestPath: mp, WarehousePath: published,
		ParquetDir: filepath.Join(dir, ParquetDir, "latest"),
	}, nil
}
