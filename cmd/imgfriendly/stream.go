package main

import (
	"context"
	"fmt"
	"path/filepath"
	"time"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/crawl"
	"github.com/imgfriendly/imgfriendly/extracts"
	"github.com/imgfriendly/imgfriendly/seedlist"
	"github.com/imgfriendly/imgfriendly/transform"
	"github.com/imgfriendly/imgfriendly/warehouse"
)

// nightTally is what the summary needs of the night's programs and
// residents, counted as they stream past.
type nightTally struct {
	Programs, Residents int
	// Coverage counts the programs with a fact of each field.
	Coverage map[imgfriendly.Field]int
	// Shares are the programs' IMG shares, where known.
	Shares []float64
}

func (t *nightTally) add(rec imgfriendly.ProgramRecord, residents int) {
	if t.Coverage == nil {
		t.Coverage = map[imgfriendly.Field]int{}
	}
	t.Programs++
	t.Residents += residents
	for f := range rec.Facts {
		t.Coverage[f]++
	}
	if rec.IMGShare != nil {
		t.Shares = append(t.Shares, *rec.IMGShare)
	}
}

// streamNight is the night between the crawl and the warehouse, one
// program at a time in seed order: the extraction shell reads the
// program's pages, transform reconciles them, seedlist judges its seed URL
// and ids, and load takes its rows. Only the tally (and, with in.Keep, the
// records and residents) stays in res.
func streamNight(ctx context.Context, cfg Config, dir string, in nightInput, fetches extracts.Fetches, store *crawl.Store, load *warehouse.Load, res *nightResult) (err error) {
	shell, err := extracts.Open(filepath.Join(dir, "extracts"), store, in.Night)
	if err != nil {
		return err
	}
	defer func() {
		// The facts cache is written out whatever happened: what was
		// extracted is not extracted again by a resumed night.
		if cerr := shell.Close(); err == nil {
			err = cerr
		}
	}()
	classifier, err := transform.NewClassifier()
	if err != nil {
		return fmt.Errorf("load school reference: %w", err)
	}
	prevHealth, err := lastSeedHealth(ctx, dir)
	if err != nil {
		return err
	}
	rc := transform.NewReconciler(cfg.Transform, classifier)
	seed := make([]imgfriendly.Program, 1)
	for p, err := range shell.Programs(ctx, in.Seeds, fetches) {
		if err != nil {
			return err
		}
		pages := make([]transform.Page, len(p.Pages))
		byURL := make(map[string]*imgfriendly.PageFacts, len(p.Pages))
		var stated []imgfriendly.StatedID
		for i, pg := range p.Pages {
			pages[i] = transform.Page{ProgramID: pg.Fetch.ProgramID, Fetch: pg.Fetch, Facts: pg.Facts}
			byURL[pg.Fetch.URL] = &p.Pages[i].Facts
			stated = append(stated, pg.Facts.IDs...)
			if p.Repeat {
				continue
			}
			if pg.Cached {
				res.Reused++
			} else {
				res.Extracted++
			}
		}
		t := time.Now()
		rec, residents := rc.Program(p.Seed, pages)
		res.TransformWall += time.Since(t)

		seed[0] = p.Seed
		health := seedlist.NightHealth(seed, p.Fetches, func(f imgfriendly.Fetch) *imgfriendly.PageFacts { return byURL[f.URL] }, prevHealth)
		conflicts := seedlist.IDConflicts(seed, stated)
		res.IDConflicts = append(res.IDConflicts, conflicts...)
		pn := warehouse.ProgramNight{Index: p.Index, Record: rec, Residents: residents, IDConflicts: conflicts}
		// A program id given twice: its fetches, pages, printed ids and
		// seed verdict are the night's once; its record, residents and id
		// conflicts come with each seed row.
		if !p.Repeat {
			if len(health) > 0 {
				res.SeedHealth = append(res.SeedHealth, health[0])
				pn.SeedHealth = &health[0]
			}
			pn.Fetches, pn.StatedIDs = p.Fetches, stated
			res.StatedIDs += len(stated)
			for _, pg := range p.Pages {
				pn.Pages = append(pn.Pages, warehouse.Page{
					ProgramID: pg.Fetch.ProgramID, URL: pg.Fetch.URL, FinalURL: pg.Fetch.FinalURL, Kind: pg.Facts.Kind,
					ContentHash: pg.Fetch.ContentHash, FetchedAt: pg.Fetch.FetchedAt, NotModified: pg.Fetch.NotModified,
				})
			}
		}
		if err := load.Add(ctx, pn); err != nil {
			return err
		}
		res.Tally.add(rec, len(residents))
		if in.Keep {
			res.Programs = append(res.Programs, rec)
			res.Residents = append(res.Residents, residents...)
		}
	}
	return load.Close(ctx)
}

// lastSeedHealth reads each program's failing nights as of the last
// published night; none yet is a first night.
func lastSeedHealth(ctx context.Context, dir string) (map[string]int, error) {
	prev := map[string]int{}
	path := filepath.Join(dir, warehouse.WarehouseFile)
	if !fileExists(path) {
		return prev, nil
	}
	w, err := warehouse.Open(ctx, path, true)
	if err != nil {
		return nil, fmt.Errorf("open published warehouse: %w", err)
	}
	defer w.Close()
	return w.LastSeedHealth(ctx)
}
