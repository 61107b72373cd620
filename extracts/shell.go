package extracts

import (
	"context"
	"fmt"
	"net/url"
	"runtime"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/extract"
)

// Pages is the page store as extraction reads it: a stored body by its
// content hash, verified against the hash.
type Pages interface {
	Get(hash string) ([]byte, error)
}

// Shell extracts one night's fetched pages. It is safe for concurrent use.
type Shell struct {
	pages Pages
	cache *Cache
	night time.Time
}

// Open returns the shell for the night whose run date is night, reading
// bodies from pages and caching facts in dir (the data directory's
// extracts/, created if needed).
func Open(dir string, pages Pages, night time.Time) (*Shell, error) {
	c, err := OpenCache(dir)
	if err != nil {
		return nil, fmt.Errorf("open facts cache: %w", err)
	}
	return &Shell{pages: pages, cache: c, night: night}, nil
}

// Close writes out and closes the facts cache.
func (s *Shell) Close() error {
	if err := s.cache.Close(); err != nil {
		return fmt.Errorf("close facts cache: %w", err)
	}
	return nil
}

// Page is one fetched page and what extraction found on it.
type Page struct {
	Fetch imgfriendly.Fetch
	Facts imgfriendly.PageFacts
	// Cached says the facts came from the cache (the same URL and content
	// were extracted before), not from parsing the page tonight.
	Cached bool
}

// Page extracts one fetch that left a body (Fetch.OK), or takes its facts
// from the cache. The program id and the fetch time are stamped on every
// fact, resident and stated id.
func (s *Shell) Page(f imgfriendly.Fetch) (Page, error) {
	pf, cached, err := s.facts(f)
	if err != nil {
		return Page{}, fmt.Errorf("extract %s: %w", f.URL, err)
	}
	stamp(&pf, f)
	return Page{Fetch: f, Facts: pf, Cached: cached}, nil
}

// Pages extracts every fetch of fetches that left a body, in parallel (one
// worker per CPU), and returns them in the order of fetches.
func (s *Shell) Pages(ctx context.Context, fetches []imgfriendly.Fetch) ([]Page, error) {
	out := make([]Page, len(fetches))
	keep := make([]bool, len(fetches))
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(runtime.GOMAXPROCS(0))
	var mu sync.Mutex
	for i, f := range fetches {
		if !f.OK() {
			continue
		}
		g.Go(func() error {
			if err := ctx.Err(); err != nil {
				return err
			}
			p, err := s.Page(f)
			if err != nil {
				return err
			}
			mu.Lock()
			out[i], keep[i] = p, true
			mu.Unlock()
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	n := 0
	for i := range out {
		if keep[i] {
			out[n] = out[i]
			n++
		}
	}
	return out[:n], nil
}

// facts returns the page facts of f, cached or extracted (and then cached).
func (s *Shell) facts(f imgfriendly.Fetch) (imgfriendly.PageFacts, bool, error) {
	pageURL := f.FinalURL
	if pageURL == "" {
		pageURL = f.URL
	}
	key := Key(pageURL, f.ContentHash, s.night)
	if pf, err := s.cache.get(key); err == nil {
		return pf, true, nil
	}
	body, err := s.pages.Get(f.ContentHash)
	if err != nil {
		return imgfriendly.PageFacts{}, false, err
	}
	u, err := url.Parse(pageURL)
	if err != nil {
		return imgfriendly.PageFacts{}, false, err
	}
	pf, err := extract.Page(body, u, extract.WithRunDate(s.night))
	if err != nil {
		return imgfriendly.PageFacts{}, false, err
	}
	if err := s.cache.put(key, pf); err != nil {
		return imgfriendly.PageFacts{}, false, fmt.Errorf("cache page facts: %w", err)
	}
	return pf, false, nil
}

// stamp sets what extraction leaves to its caller: the program and the
// fetch time on every fact, resident and stated id.
func stamp(pf *imgfriendly.PageFacts, f imgfriendly.Fetch) {
	for i := range pf.Facts {
		pf.Facts[i].ProgramID = f.ProgramID
		pf.Facts[i].Evidence.FetchedAt = f.FetchedAt
	}
	for i := range pf.Residents {
		pf.Residents[i].ProgramID = f.ProgramID
		pf.Residents[i].Evidence.FetchedAt = f.FetchedAt
	}
	for i := range pf.IDs {
		pf.IDs[i].ProgramID = f.ProgramID
		pf.IDs[i].Evidence.FetchedAt = f.FetchedAt
	}
}
