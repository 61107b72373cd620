package crawl

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"hash/maphash"
	"io"
	"log/slog"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gocolly/colly/v2"
	"github.com/imgfriendly/imgfriendly"
	"golang.org/x/sync/errgroup"
)

// Night is what Run needs to know about tonight besides the config.
type Night struct {
	RunID string
	// Dir is this run's journal directory (queue and fetch log, JSON lines).
	Dir string
	// Previous is last night's fetch log by normalised URL, for conditional GET.
	Previous map[string]imgfriendly.Fetch
	// Resume replays the journal in Dir and fetches only what is missing.
	Resume bool
	// Progress receives an mpb progress display (stderr on a terminal), or nil.
	Progress io.Writer
	// Logger receives warnings and the night's summary; nil discards. The
	// caller attaches the run id (every line of a night carries run_id).
	Logger *slog.Logger
	// FetchesOnDisk leaves the fetch log on disk: Result.Fetches stays nil
	// and Result.Log reads the night's fetches program by program (a
	// night's own memory does not grow with its fetch log).
	FetchesOnDisk bool
	// Seed seeds the jitter; 0 derives it from RunID.
	Seed uint64
	// Clock stamps FetchedAt; nil means time.Now.
	Clock func() time.Time
}

// Result is a night's crawl: one Fetch per (program, normalised URL)
// requested, and the night's statistics.
type Result struct {
	// Log is the night's fetch log on disk (the journal), read program by
	// program; Close it when done.
	Log *FetchLog
	// Fetches is the same fetch log in memory, sorted by program and URL;
	// nil with Night.FetchesOnDisk.
	Fetches []imgfriendly.Fetch
	Stats   NightStats
	Hosts   []HostStats
}

// taskHeader carries a task id from colly's request to the RoundTripper; it
// is never sent to a server.
const taskHeader = "X-Imgfriendly-Task"

// task is one program's fetch of one normalised URL.
type task struct {
	id        string
	programID string
	url       string
	u         *url.URL
	kind      imgfriendly.PageKind
	depth     int
	scope     scope

	out      outcome
	hasBody  bool         // the fetch left a body (finish lets out.Body go)
	shared   *sharedFetch // the night's fetch of the URL this task fetched or shared
	replayed bool
	at       span // the final fetch's line in the fetch journal

	mu    sync.Mutex
	links []link

	once sync.Once
	done chan struct{}
}

// finish marks the task done once colly has read its page's links: the
// body is let go (it is in the store), or a program's pages would stay in
// memory until its whole level is done, a thousand programs at a time.
func (t *task) finish() {
	t.once.Do(func() {
		t.hasBody = t.out.Body != nil
		t.out.Body = nil
		close(t.done)
	})
}

func (t *task) addLink(l link) {
	t.mu.Lock()
	t.links = append(t.links, l)
	t.mu.Unlock()
}

// sharedFetch lets programs that share a URL fetch it once per night,
// while the URL's first fetch is in flight (crawler.inflight). Once that
// fetch is in the journal, the URL leaves inflight for crawler.journaled,
// which keeps only a hash of the URL and where its line is: a night has
// one entry per URL (224,000 at 50,000 programs; a Fetch each was ~0.1 GB,
// a URL string, a sharedFetch and its channel ~50 MB), and a program that
// shares it later reads it back.
type sharedFetch struct {
	done chan struct{}
	out  *outcome // without the body; nil once journaled (at), under crawler.mu
	at   span
}

// crawler is one night's crawl in progress.
type crawler struct {
	cfg       Config
	night     Night
	log       *slog.Logger
	store     *Store
	f         *fetcher
	j         *journal
	c         *colly.Collector
	completed map[string]journaledFetch // from the journal, when resuming
	stats     *statsCollector
	seeds     []imgfriendly.Program
	// owners indexes the seeds by a hash of their normalised seed and
	// roster URLs (ownerOf checks the URL itself).
	owners  map[uint64]int32
	urlSeed maphash.Seed
	prog    *progress

	nextID atomic.Uint64
	tasks  sync.Map // id → *task

	fetchLog *FetchLog // the night's final fetches, by program

	mu        sync.Mutex
	inflight  map[string]*sharedFetch // URLs whose first fetch tonight is not journaled yet
	journaled map[uint64]span         // a hash of each other URL fetched tonight → its journal line
	resumed   int
}

// Run crawls the seeds' sites for one night. It returns every final fetch
// and the night's statistics. When ctx is cancelled, in-flight requests are
// cancelled, the journal is flushed, and Run returns what it has with an
// error wrapping ctx's error; Run again with Night.Resume to finish.
func Run(ctx context.Context, cfg Config, night Night, seeds []imgfriendly.Program, store *Store) (Result, error) {
	if err := cfg.Validate(); err != nil {
		return Result{}, fmt.Errorf("crawl config: %w", err)
	}
	if night.Dir == "" {
		return Result{}, errors.New("crawl: night has no journal directory")
	}
	began := time.Now()
	cr := &crawler{cfg: cfg, night: night, log: night.Logger, store: store, seeds: seeds, urlSeed: maphash.MakeSeed(),
		inflight: map[string]*sharedFetch{}, journaled: map[uint64]span{}, fetchLog: newFetchLog(night.Dir)}
	if cr.log == nil {
		cr.log = slog.New(slog.DiscardHandler)
	}
	clock := night.Clock
	if clock == nil {
		clock = time.Now
	}
	seed := night.Seed
	if seed == 0 {
		h := fnv.New64a()
		io.WriteString(h, night.RunID)
		seed = h.Sum64()
	}
	stats := newStatsCollector(cfg)
	cr.stats = stats
	parent := ctx
	ctx, stop := context.WithCancelCause(ctx)
	defer stop(nil)
	fatal := func(err error) { stop(fmt.Errorf("page store: %w", err)) }
	f, err := newFetcher(cfg, store, newLockedRand(seed), clock, stats, fatal)
	if err != nil {
		return Result{}, fmt.Errorf("crawl: %w", err)
	}
	defer f.close()
	cr.f = f
	cr.completed = map[string]journaledFetch{}
	if night.Resume {
		if cr.completed, err = readFetchJournal(night.Dir); err != nil {
			return Result{}, err
		}
		for k, fe := range cr.completed {
			if fe.ContentHash != "" && !store.Has(fe.ContentHash) {
				delete(cr.completed, k) // body lost (crash before the disk wrote it): refetch
				continue
			}
			// Another program with this URL shares the journaled fetch, as
			// it would have shared it had the night not been interrupted
			// (no second request, none counted).
			if h := cr.urlHash(fe.URL); !hasSpan(cr.journaled, h) {
				cr.journaled[h] = fe.at
			}
		}
		// robots.txt fetched before the interruption: the same rules, not
		// asked for (nor counted) again.
		robots, err := readRobotsJournal(night.Dir)
		if err != nil {
			return Result{}, err
		}
		for origin, r := range robots {
			f.robots.replay(origin, r.Host, r.result())
			stats.add(r.Events)
		}
	}
	if cr.j, err = openJournal(night.Dir, night.Resume, cfg.JournalSync); err != nil {
		return Result{}, err
	}
	cr.j.syncFirst(store.Sync)
	f.dropped = cr.dropped
	f.robots.fetched = func(origin, host string, res robotsResult) {
		cr.j.robotsFetched(origin, host, res)
		stats.add(res.Events)
	}
	cr.owners = make(map[uint64]int32, len(seeds))
	for i, p := range seeds {
		for _, raw := range []string{p.URL, p.RosterURL} {
			if n, err := NormalizeURL(raw); err == nil && raw != "" {
				cr.owners[cr.urlHash(n)] = int32(i) // the last seed of a URL owns it
			}
		}
	}
	cr.log.Info("crawl start", "programs", len(seeds), "resume", night.Resume, "journaled", len(cr.completed))
	cr.prog = newProgress(night.Progress, f.pol)
	cr.c = cr.collector(ctx)

	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(max(16*cfg.MaxConcurrency, 256))
	for _, p := range interleave(seeds) {
		if gctx.Err() != nil {
			break
		}
		g.Go(func() error {
			cr.program(gctx, p)
			return nil
		})
	}
	g.Wait()
	cr.c.Wait()
	cr.prog.finish(ctx.Err() != nil)
	jerr := cr.j.close()

	cr.mu.Lock()
	resumed := cr.resumed
	cr.mu.Unlock()
	res := Result{Log: cr.fetchLog}
	res.Stats, res.Hosts = stats.summarise(len(seeds), time.Since(began), resumed, f.pol.counts())
	if !night.FetchesOnDisk && jerr == nil {
		if res.Fetches, err = res.Log.All(); err != nil {
			jerr = err
		}
	}
	if err := parent.Err(); err != nil {
		return res, errors.Join(fmt.Errorf("crawl interrupted: %w", err), jerr)
	}
	if err := context.Cause(ctx); err != nil {
		return res, errors.Join(fmt.Errorf("crawl stopped: %w", err), jerr)
	}
	if jerr != nil {
		return res, jerr
	}
	cr.log.Info("crawl done", "fetches", res.Stats.Fetches, "ok", res.Stats.OK, "not_modified", res.Stats.NotModified,
		"failed", res.Stats.Failed, "elapsed", res.Stats.Elapsed.Round(time.Millisecond))
	return res, nil
}

// collector builds the colly collector: Async, no colly-side limits (our
// RoundTripper gates every request), links collected for discovery.
func (cr *crawler) collector(ctx context.Context) *colly.Collector {
	c := colly.NewCollector(
		colly.Async(true),
		colly.UserAgent(cr.cfg.UserAgent),
		colly.StdlibContext(ctx),
		colly.AllowURLRevisit(),
		colly.MaxBodySize(0), // our RoundTripper rejects oversized bodies; colly must never truncate
	)
	c.SetRequestTimeout(0) // attempts are timed in the RoundTripper; retries may outlast any one timeout
	c.DisableCookies()
	c.WithTransport(&taskTransport{cr: cr})
	c.OnHTML("a[href]", func(e *colly.HTMLElement) {
		t, ok := e.Request.Ctx.GetAny("task").(*task)
		if !ok {
			return
		}
		abs := e.Request.AbsoluteURL(e.Attr("href"))
		if abs == "" {
			return
		}
		text := e.Text
		if title := e.Attr("title"); title != "" {
			text += " " + title
		}
		t.addLink(link{URL: abs, Text: collapseSpace(text)})
	})
	finish := func(r *colly.Response) {
		if t, ok := r.Ctx.GetAny("task").(*task); ok {
			t.finish()
		}
	}
	c.OnScraped(finish)
	c.OnError(func(r *colly.Response, _ error) { finish(r) })
	return c
}

// program crawls one program: its seed URL (and roster URL), then up to
// MaxDepth levels of discovered links, one level at a time so that what is
// followed depends only on the pages, not on timing.
func (cr *crawler) program(ctx context.Context, p imgfriendly.Program) {
	sc := newScope(cr.cfg.ExtraHosts, p.URL, p.RosterURL)
	visited := map[string]bool{}
	var level []*task
	add := func(raw string, kind imgfriendly.PageKind, depth int) {
		n, err := NormalizeURL(raw)
		if err != nil {
			cr.log.Warn("seed url skipped", "program_id", p.ID, "url", raw, "err", err)
			return
		}
		if visited[n] || len(visited) >= cr.cfg.MaxPagesPerProgram {
			return
		}
		visited[n] = true
		u, _ := url.Parse(n)
		level = append(level, &task{programID: p.ID, url: n, u: u, kind: kind, depth: depth, scope: sc, done: make(chan struct{})})
	}
	add(p.URL, imgfriendly.KindProgram, 0)
	if p.RosterURL != "" {
		add(p.RosterURL, imgfriendly.KindRoster, 0)
	}
	seedHost := ""
	if len(level) > 0 {
		seedHost = level[0].u.Host
	}
	lack := need{roster: true, eligibility: true}
	pdfs := map[string]bool{}
	for depth := 0; len(level) > 0; depth++ {
		if !cr.runLevel(ctx, level) {
			return
		}
		// Class-year tabs of a roster are part of the roster: they are
		// followed one level past MaxDepth, nothing else is.
		tabsOnly := depth >= cr.cfg.MaxDepth
		if depth > cr.cfg.MaxDepth {
			return
		}
		var cands []candidate
		for _, t := range level {
			if !t.hasBody {
				continue
			}
			switch t.kind {
			case imgfriendly.KindRoster:
				lack.roster = false
			case imgfriendly.KindEligibility:
				lack.eligibility = false
			}
			if tabsOnly && t.kind != imgfriendly.KindRoster {
				continue
			}
			for _, l := range t.links {
				n, err := NormalizeURL(l.URL)
				if err != nil || visited[n] {
					continue
				}
				if owner, ok := cr.ownerOf(n); ok && owner != p.ID {
					continue // another program's seed page (sibling programs link each other)
				}
				u, _ := url.Parse(n)
				if !sc.allows(u) {
					continue
				}
				if !tabsOnly && isPDF(u) {
					if !pdfs[n] && len(pdfs) < maxPDFsPerProgram {
						pdfs[n] = true
						cr.recordPDF(p.ID, n, depth+1)
					}
					continue
				}
				c, ok := classify(l, n)
				if !ok || tabsOnly && !c.Tab {
					continue
				}
				if u.Host == seedHost {
					c.Score += 2 // the program's own host first
				}
				cands = append(cands, c)
			}
		}
		next := choose(cands, cr.cfg.LinksPerKind, cr.cfg.MaxPagesPerProgram-len(visited), lack)
		level = nil
		for _, c := range next {
			add(c.URL, c.Kind, depth+1)
		}
	}
}

// maxPDFsPerProgram caps the PDFs listed per program.
const maxPDFsPerProgram = 5

func isPDF(u *url.URL) bool { return strings.HasSuffix(strings.ToLower(u.Path), ".pdf") }

// recordPDF lists a linked PDF in the fetch log without requesting it: it
// is not HTML, so tonight it is only listed (cause not_html) for later.
func (cr *crawler) recordPDF(programID, u string, depth int) {
	jf, ok := cr.completed[journalKey(programID, u)]
	fe, replayed, at := jf.Fetch, ok, jf.at
	if !ok {
		fe = imgfriendly.Fetch{RunID: cr.night.RunID, ProgramID: programID, URL: u, FinalURL: u,
			Kind: imgfriendly.KindOther, Depth: depth, ContentType: "application/pdf", FetchedAt: cr.f.now(),
			Error: imgfriendly.FetchErrorContentType + ": application/pdf (listed from its link, not requested)"}
		at = cr.j.done(fe, nil)
	}
	cr.stats.fetched(fe)
	cr.fetchLog.add(programID, at)
	if replayed {
		cr.mu.Lock()
		cr.resumed++
		cr.mu.Unlock()
	}
}

// runLevel fetches a level's tasks through colly and waits for them all. It
// returns false if the night was cancelled.
func (cr *crawler) runLevel(ctx context.Context, level []*task) bool {
	for _, t := range level {
		t.id = strconv.FormatUint(cr.nextID.Add(1), 10)
		cr.tasks.Store(t.id, t)
		if _, ok := cr.completed[journalKey(t.programID, t.url)]; !ok {
			cr.j.enqueue(queueEntry{ProgramID: t.programID, URL: t.url, Kind: t.kind, Depth: t.depth})
		}
		cr.prog.queued()
		cctx := colly.NewContext()
		cctx.Put("task", t)
		hdr := map[string][]string{taskHeader: {t.id}}
		if err := cr.c.Request("GET", t.url, nil, cctx, hdr); err != nil {
			t.out = outcome{Fetch: imgfriendly.Fetch{Error: imgfriendly.FetchErrorNetwork + ": " + err.Error()}}
			t.finish()
		}
	}
	for _, t := range level {
		select {
		case <-t.done:
		case <-ctx.Done():
			return false
		}
		cr.tasks.Delete(t.id)
		if t.out.Cancelled {
			return false
		}
		cr.record(t)
	}
	return ctx.Err() == nil
}

// record adds a task's final fetch to the result and (unless it was
// replayed from the journal) to the journal.
func (cr *crawler) record(t *task) {
	fe := t.out.Fetch
	if !t.replayed {
		fe.RunID = cr.night.RunID
		fe.ProgramID = t.programID
		fe.URL = t.url
		fe.Kind = t.kind
		fe.Depth = t.depth
		if fe.FinalURL == "" {
			fe.FinalURL = t.url
		}
		if fe.Error != "" && fe.FetchedAt.IsZero() {
			fe.FetchedAt = cr.f.now()
		}
		t.at = cr.j.done(fe, t.out.Events)
		if s := t.shared; s != nil {
			// The URL's fetch is in the journal now: programs sharing it
			// later read it from there.
			cr.mu.Lock()
			s.out, s.at = nil, t.at
			if cr.inflight[t.url] == s {
				delete(cr.inflight, t.url)
				if h := cr.urlHash(t.url); !hasSpan(cr.journaled, h) {
					cr.journaled[h] = t.at
				}
			}
			cr.mu.Unlock()
		}
		if fe.Error != "" {
			cr.log.Debug("fetch failed", "program_id", fe.ProgramID, "url", fe.URL, "attempts", fe.Attempts, "error", fe.Error)
		}
	}
	cr.stats.add(t.out.Events)
	cr.stats.fetched(fe)
	cr.fetchLog.add(t.programID, t.at)
	if t.replayed {
		cr.mu.Lock()
		cr.resumed++
		cr.mu.Unlock()
	}
	cr.prog.done(fe.OK())
}

// resolve produces a task's outcome: replayed from the journal, shared with
// another program's fetch of the same URL tonight, or fetched.
func (cr *crawler) resolve(ctx context.Context, t *task) outcome {
	if jf, ok := cr.completed[journalKey(t.programID, t.url)]; ok {
		t.replayed, t.at = true, jf.at
		o := outcome{Fetch: jf.Fetch, Events: jf.Events}
		if jf.OK() {
			body, err := cr.store.Get(jf.ContentHash)
			if err != nil {
				cr.dropped(t.u, jf.ContentHash, err)
				t.replayed = false // unreadable: fetch again
			} else {
				o.Body = body
				return o
			}
		} else {
			return o
		}
	}
	h := cr.urlHash(t.url)
	cr.mu.Lock()
	at, journaled := cr.journaled[h]
	s, ok := cr.inflight[t.url]
	if !ok && !journaled {
		s = &sharedFetch{done: make(chan struct{})}
		cr.inflight[t.url] = s
	}
	cr.mu.Unlock()
	if journaled && !ok {
		// Fetched tonight by another program and journaled.
		fe, err := cr.fetchLog.read(at)
		switch {
		case err != nil:
			cr.log.Warn("journaled fetch unreadable: fetched again", "url", t.url, "err", err)
		case fe.URL != t.url:
			// Another URL with the same hash (1 in 2^64 per pair): not
			// shared, fetched.
		default:
			o := outcome{Fetch: fe} // the program fields are this task's in record
			if !o.Fetch.OK() {
				return o
			}
			body, err := cr.store.Get(o.Fetch.ContentHash)
			if err == nil {
				o.Body = body
				return o
			}
			cr.dropped(t.u, o.Fetch.ContentHash, err)
		}
		return cr.f.fetch(ctx, t.u, t.scope, cr.previous(t.url))
	}
	if ok {
		select {
		case <-s.done:
		case <-ctx.Done():
			return outcome{Cancelled: true}
		}
		t.shared = s
		cr.mu.Lock()
		out, at := s.out, s.at
		cr.mu.Unlock()
		var o outcome
		if out != nil {
			o = *out
		} else {
			fe, err := cr.fetchLog.read(at)
			if err != nil {
				cr.log.Warn("journaled fetch unreadable: fetched again", "url", t.url, "err", err)
				return cr.f.fetch(ctx, t.u, t.scope, cr.previous(t.url))
			}
			o = outcome{Fetch: fe} // the program fields are this task's in record
		}
		if o.Fetch.OK() {
			body, err := cr.store.Get(o.Fetch.ContentHash)
			if err != nil {
				cr.dropped(t.u, o.Fetch.ContentHash, err)
				return cr.f.fetch(ctx, t.u, t.scope, cr.previous(t.url))
			}
			o.Body = body
		}
		return o
	}
	o := cr.f.fetch(ctx, t.u, t.scope, cr.previous(t.url))
	if o.Cancelled {
		cr.mu.Lock()
		delete(cr.inflight, t.url)
		cr.mu.Unlock()
	}
	t.shared = s
	s.out = &outcome{Fetch: o.Fetch, Cancelled: o.Cancelled} // the body stays in the store, not in memory all night; its events are counted once, with this program's fetch
	close(s.done)
	return o
}

// urlHash is the hash the crawler keeps of a normalised URL in its
// night-long indexes (journaled, owners) instead of the URL.
func (cr *crawler) urlHash(u string) uint64 { return hashURL(cr.urlSeed, u) }

// hashURL is urlHash's function; a test replaces it to make every URL
// collide.
var hashURL = maphash.String

// ownerOf returns the id of the program whose seed or roster URL is the
// normalised URL n.
func (cr *crawler) ownerOf(n string) (string, bool) {
	i, ok := cr.owners[cr.urlHash(n)]
	if !ok {
		return "", false
	}
	p := cr.seeds[i]
	for _, raw := range []string{p.URL, p.RosterURL} {
		if m, err := NormalizeURL(raw); err == nil && raw != "" && m == n {
			return p.ID, true
		}
	}
	return "", false // another URL with the same hash
}

func hasSpan(m map[uint64]span, h uint64) bool {
	_, ok := m[h]
	return ok
}

// dropped logs a stored page that could not be read (a corrupt one has
// been dropped from the store); the caller fetches it again.
func (cr *crawler) dropped(u *url.URL, hash string, err error) {
	cr.log.Warn("stored page unreadable: fetched again", "url", u.String(), "content_hash", hash, "err", err)
}

// previous returns last night's fetch of u if it can back a conditional GET
// (it has a validator and its body is still in the store).
func (cr *crawler) previous(u string) *imgfriendly.Fetch {
	p, ok := cr.night.Previous[u]
	if !ok || !p.OK() || (p.ETag == "" && p.LastModified == "") || !cr.store.Has(p.ContentHash) {
		return nil
	}
	return &p
}

func collapseSpace(s string) string {
	out := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' {
			space = true
			continue
		}
		if space && len(out) > 0 {
			out = append(out, ' ')
		}
		space = false
		out = append(out, c)
	}
	return string(out)
}
