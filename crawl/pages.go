package crawl

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gocolly/colly/v2"
	"github.com/imgfriendly/imgfriendly"
)

// pageFetcher fetches single pages outside a night — `seeds check` and
// `seeds discover` — through the night's fetcher (robots.txt, politeness,
// retries, size caps, scope and the SSRF guard) and colly (the links of each
// page), without discovery, journal or conditional GET. Bodies go to the
// store.
type pageFetcher struct {
	f *fetcher
	c *colly.Collector

	next  atomic.Uint64
	pages sync.Map // id → *pageTask

	mu       sync.Mutex
	storeErr error // the first page store failure
}

// pageTask is one page requested through pageFetcher.
type pageTask struct {
	u     *url.URL
	sc    scope
	out   outcome
	mu    sync.Mutex
	links []link
	once  sync.Once
	done  chan struct{}
}

func (t *pageTask) finish() { t.once.Do(func() { close(t.done) }) }

func newPageFetcher(ctx context.Context, cfg Config, store *Store, seed string, clock func() time.Time) (*pageFetcher, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("crawl config: %w", err)
	}
	if clock == nil {
		clock = time.Now
	}
	h := fnv.New64a()
	io.WriteString(h, seed)
	pf := &pageFetcher{}
	f, err := newFetcher(cfg, store, newLockedRand(h.Sum64()), clock, newStatsCollector(cfg), func(err error) {
		pf.mu.Lock()
		if pf.storeErr == nil {
			pf.storeErr = err
		}
		pf.mu.Unlock()
	})
	if err != nil {
		return nil, fmt.Errorf("crawl: %w", err)
	}
	pf.f = f
	c := colly.NewCollector(
		colly.Async(true),
		colly.UserAgent(cfg.UserAgent),
		colly.StdlibContext(ctx),
		colly.AllowURLRevisit(),
		colly.MaxBodySize(0),
	)
	c.SetRequestTimeout(0)
	c.DisableCookies()
	c.WithTransport(pageTransport{pf})
	c.OnHTML("a[href]", func(e *colly.HTMLElement) {
		t, ok := e.Request.Ctx.GetAny("page").(*pageTask)
		if !ok {
			return
		}
		if abs := e.Request.AbsoluteURL(e.Attr("href")); abs != "" {
			text := e.Text
			if title := e.Attr("title"); title != "" {
				text += " " + title
			}
			t.mu.Lock()
			t.links = append(t.links, link{URL: abs, Text: collapseSpace(text)})
			t.mu.Unlock()
		}
	})
	finish := func(r *colly.Response) {
		if t, ok := r.Ctx.GetAny("page").(*pageTask); ok {
			t.finish()
		}
	}
	c.OnScraped(finish)
	c.OnError(func(r *colly.Response, _ error) { finish(r) })
	pf.c = c
	return pf, nil
}

// err reports a page store failure: pages fetched since are not stored.
func (pf *pageFetcher) err() error {
	pf.mu.Lock()
	defer pf.mu.Unlock()
	if pf.storeErr != nil {
		return fmt.Errorf("page store: %w", pf.storeErr)
	}
	return nil
}

// done turns the end of a pass over pages into its error: a failing page
// store first, then an interruption (named by what), else err.
func (pf *pageFetcher) done(ctx context.Context, err error, what string) error {
	if serr := pf.err(); serr != nil {
		return serr
	}
	if err == nil {
		err = ctx.Err()
	}
	if errors.Is(err, context.Canceled) {
		return fmt.Errorf("%s interrupted: %w", what, err)
	}
	return err
}

func (pf *pageFetcher) close() {
	pf.c.Wait()
	pf.f.close()
}

// get fetches one normalised URL in scope sc and returns its outcome (the
// body is in the store) and its links. It blocks until the page is done or
// ctx ends.
func (pf *pageFetcher) get(ctx context.Context, u *url.URL, sc scope) (outcome, []link) {
	t := &pageTask{u: u, sc: sc, done: make(chan struct{})}
	id := strconv.FormatUint(pf.next.Add(1), 10)
	pf.pages.Store(id, t)
	defer pf.pages.Delete(id)
	cctx := colly.NewContext()
	cctx.Put("page", t)
	if err := pf.c.Request("GET", u.String(), nil, cctx, map[string][]string{taskHeader: {id}}); err != nil {
		return outcome{Fetch: imgfriendly.Fetch{URL: u.String(), Error: imgfriendly.FetchErrorNetwork + ": " + err.Error()}}, nil
	}
	select {
	case <-t.done:
	case <-ctx.Done():
		return outcome{Cancelled: true}, nil
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	o := t.out
	o.Body = nil // in the store; callers keep many outcomes
	o.Fetch.URL = u.String()
	if o.Fetch.FinalURL == "" {
		o.Fetch.FinalURL = u.String()
	}
	if o.Fetch.Error != "" && o.Fetch.FetchedAt.IsZero() {
		o.Fetch.FetchedAt = pf.f.now()
	}
	return o, t.links
}

// pageTransport answers colly with the fetcher's outcome, as taskTransport
// does for a night.
type pageTransport struct{ pf *pageFetcher }

// RoundTrip implements http.RoundTripper.
func (pt pageTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	v, ok := pt.pf.pages.Load(req.Header.Get(taskHeader))
	if !ok {
		return nil, errors.New("crawl: request without a page")
	}
	t := v.(*pageTask)
	o := pt.pf.f.fetch(req.Context(), t.u, t.sc, nil)
	t.mu.Lock()
	t.out = o
	t.mu.Unlock()
	if o.Cancelled {
		return nil, context.Canceled
	}
	if o.Body == nil {
		return nil, errors.New(o.Fetch.Error)
	}
	return bodyResponse(req, o.Fetch.FinalURL, o.Body), nil
}
