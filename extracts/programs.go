package extracts

import (
	"context"
	"iter"
	"runtime"

	"golang.org/x/sync/errgroup"

	"github.com/imgfriendly/imgfriendly"
)

// Program is one seed program's share of the night: every fetch the crawl
// made for it and the pages extraction read from them.
type Program struct {
	// Index is the program's position in the seed list.
	Index int
	Seed  imgfriendly.Program
	// Repeat says an earlier seed row has the same program id: Fetches and
	// Pages are that program's again (a night's rows of them are the first
	// row's to keep).
	Repeat  bool
	Fetches []imgfriendly.Fetch // in the fetch log's order (crawl.FetchLog: by URL)
	Pages   []Page              // the fetches that left a body, in crawl order
}

// Fetches is the night's fetch log as extraction reads it, one program at
// a time (crawl.FetchLog): the program's final fetches, none for a program
// the night did not crawl.
type Fetches interface {
	Program(programID string) ([]imgfriendly.Fetch, error)
}

// programBatch is how many programs are extracted together before they are
// yielded: enough pages to keep every CPU busy, few enough that a night's
// pages and facts are never in memory at once.
const programBatch = 64

// Programs extracts the night's fetches program by program, in seed order:
// one seed's fetches are read from the fetch log (fetches of no seed are
// not read), their pages extracted in parallel with the next programs'
// (one worker per CPU), and yielded once the program is done. At most two
// batches of programs are in memory at a time. A failed page, or fetch log
// read, ends the sequence with its error.
func (s *Shell) Programs(ctx context.Context, seeds []imgfriendly.Program, fetches Fetches) iter.Seq2[Program, error] {
	return func(yield func(Program, error) bool) {
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		batches := make(chan []Program) // unbuffered: one batch extracting, one being consumed
		g, gctx := errgroup.WithContext(ctx)
		g.Go(func() error {
			defer close(batches)
			seen := make(map[string]bool, len(seeds))
			for start := 0; start < len(seeds); start += programBatch {
				batch := make([]Program, 0, programBatch)
				for i, seed := range seeds[start:min(start+programBatch, len(seeds))] {
					p := Program{Index: start + i, Seed: seed, Repeat: seen[seed.ID]}
					seen[seed.ID] = true
					fs, err := fetches.Program(seed.ID)
					if err != nil {
						return err
					}
					p.Fetches = fs
					batch = append(batch, p)
				}
				if err := s.extractBatch(gctx, batch); err != nil {
					return err
				}
				select {
				case batches <- batch:
				case <-gctx.Done():
					return gctx.Err()
				}
			}
			return nil
		})
		stopped := false
		for batch := range batches {
			if stopped {
				continue
			}
			for _, p := range batch {
				if !yield(p, nil) {
					stopped = true
					cancel()
					break
				}
			}
		}
		if err := g.Wait(); err != nil && !stopped {
			yield(Program{}, err)
		}
	}
}

// extractBatch extracts the pages of every program of batch in parallel.
func (s *Shell) extractBatch(ctx context.Context, batch []Program) error {
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(runtime.GOMAXPROCS(0))
	for bi := range batch {
		p := &batch[bi]
		pages := make([]Page, len(p.Fetches))
		for i, f := range p.Fetches {
			if !f.OK() {
				continue
			}
			g.Go(func() error {
				if err := ctx.Err(); err != nil {
					return err
				}
				pg, err := s.Page(f)
				pages[i] = pg
				return err
			})
		}
		p.Pages = pages
	}
	if err := g.Wait(); err != nil {
		return err
	}
	for bi := range batch {
		p := &batch[bi]
		n := 0
		for i, f := range p.Fetches {
			if f.OK() {
				p.Pages[n] = p.Pages[i]
				n++
			}
		}
		p.Pages = p.Pages[:n]
	}
	return nil
}
