package crawl

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/imgfriendly/imgfriendly"
)

// fetcher performs one URL's fetch: robots check, politeness gate, request,
// redirects (followed hop by hop, each hop checked for scope, robots and
// SSRF, each gated), size-capped body read, charset decoding to UTF-8 and
// storage, with retries around it.
type fetcher struct {
	cfg    Config
	client *http.Client
	pol    *politeness
	robots *robotsCache
	store  *Store
	rnd    *lockedRand
	now    func() time.Time
	stats  *statsCollector
	fatal  func(error) // stops the night on a local failure (the page store)
	// dropped hears of a stored page that failed verification and was
	// dropped (it is fetched again); nil ignores.
	dropped func(u *url.URL, hash string, err error)
}

// outcome is the result of fetching one URL (all attempts).
type outcome struct {
	Fetch     imgfriendly.Fetch      // URL-independent fields filled: FinalURL, Status, …
	Body      []byte                 // decoded UTF-8 body when the fetch left one
	Cancelled bool                   // the night was cancelled: do not record
	Redirects []imgfriendly.Redirect // the last attempt's redirect hops
	// Events are what the fetch did to hosts (requests, retries, …), for
	// the night's statistics; the journal keeps them with the fetch.
	Events []event
}

// attemptResult is one attempt's result (one request chain).
type attemptResult struct {
	status      int
	finalURL    string
	contentType string
	body        []byte
	wireBytes   int64
	etag        string
	lastMod     string
	notModified bool
	cause       string // FetchError… (with detail) when failed
	retryable   bool
	retryAfter  time.Duration
	redirects   []imgfriendly.Redirect // hops followed, in order
}

func newFetcher(cfg Config, store *Store, rnd *lockedRand, now func() time.Time, stats *statsCollector, fatal func(error)) (*fetcher, error) {
	d, err := newDialer(cfg)
	if err != nil {
		return nil, err
	}
	tr := &http.Transport{
		DialContext:           d.DialContext,
		MaxIdleConnsPerHost:   cfg.ParallelismPerHost,
		MaxIdleConns:          max(1024, 4*cfg.MaxConcurrency), // hosts interleave: keep their connections between levels
		IdleConnTimeout:       15 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: cfg.RequestTimeout,
		DisableCompression:    true, // gzip is decoded here, with a bomb guard
		ForceAttemptHTTP2:     true,
	}
	f := &fetcher{
		cfg: cfg, store: store, rnd: rnd, now: now, stats: stats, fatal: fatal,
		client: &http.Client{
			Transport:     tr,
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
	}
	f.pol = newPoliteness(cfg, rnd)
	f.robots = &robotsCache{agent: productToken(cfg.UserAgent), fetch: f.fetchRobots, pol: f.pol, origins: map[string]*robotsVerdict{}, pending: map[string]chan struct{}{},
		fetched: func(_, _ string, res robotsResult) { stats.add(res.Events) }}
	return f, nil
}

func (f *fetcher) close() { f.client.CloseIdleConnections() }

// fetch fetches u (normalised) for a program whose scope is sc. prev is last
// night's fetch of the URL (for conditional GET) or nil.
func (f *fetcher) fetch(ctx context.Context, u *url.URL, sc scope, prev *imgfriendly.Fetch) outcome {
	t := &tally{}
	o := f.fetchWith(ctx, u, sc, prev, t)
	if !o.Cancelled {
		o.Events = t.events
	}
	return o
}

func (f *fetcher) fetchWith(ctx context.Context, u *url.URL, sc scope, prev *imgfriendly.Fetch, t *tally) outcome {
	start := f.now()
	var res attemptResult
	attempts, timeouts := 0, 0
	for attempts < f.cfg.MaxAttempts {
		attempts++
		res = f.attempt(ctx, u, sc, prev, t)
		if ctx.Err() != nil {
			return outcome{Cancelled: true}
		}
		if !res.retryable || attempts == f.cfg.MaxAttempts {
			break
		}
		if strings.HasPrefix(res.cause, imgfriendly.FetchErrorTimeout) {
			timeouts++
			if timeouts >= f.cfg.TimeoutAttempts {
				break
			}
		}
		wait := f.backoff(attempts)
		if res.retryAfter > 0 {
			if res.retryAfter > f.cfg.RetryAfterCap {
				res.cause += fmt.Sprintf(" (Retry-After %s exceeds retry_after_cap)", res.retryAfter)
				break
			}
			wait = max(wait, res.retryAfter)
		}
		t.add(event{Kind: eventRetry, Host: hostKey(u)})
		if err := sleep(ctx, wait); err != nil {
			return outcome{Cancelled: true}
		}
	}
	fe := imgfriendly.Fetch{
		FinalURL: res.finalURL, Status: res.status, ContentType: res.contentType,
		ETag: res.etag, LastModified: res.lastMod, FetchedAt: start,
		Duration: f.now().Sub(start), Attempts: attempts, Error: res.cause,
	}
	o := outcome{Fetch: fe, Redirects: res.redirects}
	switch {
	case res.cause != "":
	case res.notModified:
		body, err := f.store.Get(prev.ContentHash)
		if errors.Is(err, ErrCorruptPage) {
			// Last night's copy is damaged: dropped, and fetched again
			// without a validator (the server would only say 304 again).
			if f.dropped != nil {
				f.dropped(u, prev.ContentHash, err)
			}
			return f.fetchWith(ctx, u, sc, nil, t) // its requests are counted with the 304's
		}
		if err != nil {
			f.fatal(err) // checked with Has before the request: the store is failing
			return outcome{Cancelled: true}
		}
		o.Fetch.NotModified = true
		o.Fetch.ContentHash = prev.ContentHash
		o.Fetch.Bytes = int64(len(body))
		if o.Fetch.ContentType == "" {
			o.Fetch.ContentType = prev.ContentType
		}
		if o.Fetch.ETag == "" {
			o.Fetch.ETag = prev.ETag
		}
		if o.Fetch.LastModified == "" {
			o.Fetch.LastModified = prev.LastModified
		}
		o.Body = body
	default:
		hash, err := f.store.Put(res.body)
		if err != nil {
			// Not the site's fault (a full disk): the night cannot go on.
			f.fatal(err)
			return outcome{Cancelled: true}
		}
		o.Fetch.ContentHash = hash
		o.Fetch.Bytes = int64(len(res.body))
		o.Body = res.body
	}
	return o
}

// attempt runs one request chain (redirects included) for u.
func (f *fetcher) attempt(ctx context.Context, u *url.URL, sc scope, prev *imgfriendly.Fetch, t *tally) (res attemptResult) {
	var hops []imgfriendly.Redirect
	defer func() { res.redirects = hops }()
	cur := u
	seen := map[string]bool{u.String(): true}
	for hop := 0; ; hop++ {
		if !sc.allows(cur) {
			return attemptResult{finalURL: cur.String(), cause: imgfriendly.FetchErrorScope + ": " + cur.Host}
		}
		if f.cfg.Robots {
			v, err := f.robots.verdict(ctx, cur)
			if err != nil {
				return attemptResult{cause: imgfriendly.FetchErrorNetwork + ": " + err.Error()}
			}
			if !v.allows(cur) {
				t.add(event{Kind: eventRobotsBlock, Host: hostKey(cur)})
				return attemptResult{finalURL: cur.String(), cause: v.cause}
			}
		}
		// Validators belong to last night's final page: send them on the
		// request that reaches it (the first hop, or the end of the same
		// redirect chain as last night).
		var cond *imgfriendly.Fetch
		if prev != nil && (hop == 0 && (prev.FinalURL == "" || prev.FinalURL == prev.URL) || cur.String() == prev.FinalURL) {
			cond = prev
		}
		r, next := f.request(ctx, cur, cond, t)
		if next == nil {
			return r
		}
		if hop >= f.cfg.MaxRedirects {
			return attemptResult{status: r.status, finalURL: next.String(), cause: fmt.Sprintf("%s: more than %d redirects", imgfriendly.FetchErrorRedirect, f.cfg.MaxRedirects)}
		}
		if seen[next.String()] {
			return attemptResult{status: r.status, finalURL: next.String(), cause: imgfriendly.FetchErrorRedirect + ": redirect loop"}
		}
		seen[next.String()] = true
		hops = append(hops, imgfriendly.Redirect{From: cur.String(), To: next.String(), Status: r.status})
		cur = next
	}
}

// request sends one gated request. For a redirect it returns the normalised
// target; otherwise the final attempt result.
func (f *fetcher) request(ctx context.Context, u *url.URL, prev *imgfriendly.Fetch, t *tally) (attemptResult, *url.URL) {
	host := hostKey(u)
	res := attemptResult{finalURL: u.String()}
	release, err := f.pol.acquire(ctx, host)
	if err != nil {
		if errors.Is(err, errHostBackoff) {
			t.add(event{Kind: eventGaveUp, Host: host})
			res.cause = imgfriendly.FetchErrorHTTP + ": " + err.Error()
		} else {
			res.cause = imgfriendly.FetchErrorNetwork + ": " + err.Error()
		}
		return res, nil
	}
	actx, cancel := context.WithTimeout(ctx, f.cfg.RequestTimeout)
	defer cancel()
	began := time.Now()
	gate := gateOutcome{}
	defer func() {
		gate.Latency = time.Since(began)
		if res.status == 0 || res.retryable && res.wireBytes == 0 && res.status < 300 {
			// We gave up on the request (timeout, reset): the server may
			// not have noticed yet. Keep the host's slot a moment so it
			// never sees more than ParallelismPerHost requests at once.
			time.Sleep(abortGrace)
		}
		release(gate)
		t.add(event{Host: host, Status: res.status, Latency: gate.Latency, Bytes: res.wireBytes, RetryAfter: gate.RetryAfter})
	}()

	req, err := http.NewRequestWithContext(actx, http.MethodGet, u.String(), nil)
	if err != nil {
		res.cause = imgfriendly.FetchErrorNetwork + ": " + err.Error()
		return res, nil
	}
	notReplayable(req)
	req.Header.Set("User-Agent", f.cfg.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
	req.Header.Set("Accept-Encoding", "gzip")
	if prev != nil {
		if prev.ETag != "" {
			req.Header.Set("If-None-Match", prev.ETag)
		}
		if prev.LastModified != "" {
			req.Header.Set("If-Modified-Since", prev.LastModified)
		}
	}
	resp, err := f.client.Do(req)
	if err != nil {
		res.cause, res.retryable = classifyNetErr(err)
		return res, nil
	}
	defer resp.Body.Close()
	res.status = resp.StatusCode
	gate.Status = resp.StatusCode
	res.etag = resp.Header.Get("ETag")
	res.lastMod = resp.Header.Get("Last-Modified")
	res.contentType = resp.Header.Get("Content-Type")

	switch s := resp.StatusCode; {
	case s >= 300 && s < 400 && s != http.StatusNotModified:
		loc := resp.Header.Get("Location")
		if loc == "" {
			res.cause = fmt.Sprintf("%s: %d without Location", imgfriendly.FetchErrorHTTP, s)
			return res, nil
		}
		next, err := u.Parse(loc)
		if err == nil {
			var n string
			if n, err = normalize(next); err == nil {
				next, err = url.Parse(n)
			}
		}
		if err != nil {
			res.cause = fmt.Sprintf("%s: bad Location %q", imgfriendly.FetchErrorRedirect, loc)
			return res, nil
		}
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return res, next
	case s == http.StatusNotModified:
		if prev == nil {
			res.cause = imgfriendly.FetchErrorHTTP + ": 304 to an unconditional request"
			return res, nil
		}
		res.notModified = true
		return res, nil
	case retryableStatus(s):
		res.retryable = true
		res.retryAfter = parseRetryAfter(resp.Header.Get("Retry-After"), time.Now())
		gate.RetryAfter = res.retryAfter
		res.cause = fmt.Sprintf("%s: %d", imgfriendly.FetchErrorHTTP, s)
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return res, nil
	case s < 200 || s >= 300:
		res.cause = fmt.Sprintf("%s: %d", imgfriendly.FetchErrorHTTP, s)
		return res, nil
	}

	if resp.ContentLength > f.cfg.MaxBodyBytes {
		res.cause = fmt.Sprintf("%s: Content-Length %d > max_body_bytes %d", imgfriendly.FetchErrorTooLarge, resp.ContentLength, f.cfg.MaxBodyBytes)
		t.add(event{Kind: eventRejected, Host: host})
		return res, nil
	}
	body, wire, cause, retry := f.readBody(resp)
	res.wireBytes = wire
	if cause != "" {
		res.cause = cause
		if strings.HasPrefix(cause, imgfriendly.FetchErrorTooLarge) {
			t.add(event{Kind: eventRejected, Host: host})
		} else if actx.Err() != nil && ctx.Err() == nil {
			res.cause, res.retryable = imgfriendly.FetchErrorTimeout+": reading body", true
		} else {
			res.retryable = retry // an unsupported coding is not worth asking again
		}
		return res, nil
	}
	if !isHTML(res.contentType, body) {
		mt, _, _ := mime.ParseMediaType(res.contentType)
		if mt == "" {
			mt = http.DetectContentType(body)
		}
		res.cause = imgfriendly.FetchErrorContentType + ": " + mt
		res.body = nil
		return res, nil
	}
	decoded, err := toUTF8(body, res.contentType)
	if err != nil {
		res.cause = imgfriendly.FetchErrorContentType + ": undecodable charset: " + err.Error()
		return res, nil
	}
	res.body = decoded
	return res, nil
}
