package crawl

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/imgfriendly/imgfriendly"
	"github.com/temoto/robotstxt"
)

// robotsMaxBytes is how much of a robots.txt is read; RFC 9309 asks crawlers
// to parse at least 500 KiB.
const robotsMaxBytes = 512 << 10

// robotsVerdict is one host's robots.txt as the crawler will apply it for
// the whole night.
type robotsVerdict struct {
	group      *robotstxt.Group // nil: the verdict is allowAll / disallow
	allowAll   bool
	cause      string // the Fetch.Error recorded for a refused URL
	crawlDelay time.Duration
	status     int // robots.txt HTTP status, 0 if unreachable
}

func (v *robotsVerdict) allows(u *url.URL) bool {
	if v.allowAll {
		return true
	}
	if v.group == nil {
		return false
	}
	p := u.EscapedPath()
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return v.group.Test(p)
}

// robotsCache fetches robots.txt once per origin per night (RFC 9309: 2xx
// parsed; 4xx → allow all; 5xx or unreachable after retries → disallow all)
// and applies its Crawl-delay to the host's politeness gate.
type robotsCache struct {
	agent string // product token matched against User-agent lines
	fetch func(ctx context.Context, u *url.URL) robotsResult
	pol   *politeness
	// fetched, when set, is told of every robots.txt fetched (the crawler
	// journals it and counts its requests).
	fetched func(origin, host string, res robotsResult)

	mu      sync.Mutex
	origins map[string]*robotsVerdict // for the whole night
	pending map[string]chan struct{}  // robots.txt being fetched; closed when done
}

// robotsResult is the outcome of fetching a robots.txt.
type robotsResult struct {
	Status    int
	Body      []byte
	Err       error // network failure after retries
	Cancelled bool
	Events    []event // its requests and retries, for the night's statistics
}

// productToken returns the User-agent product token: "imgfriendly" for
// "imgfriendly/0.1 (+https://…)".
func productToken(ua string) string {
	tok, _, _ := strings.Cut(strings.TrimSpace(ua), " ")
	tok, _, _ = strings.Cut(tok, "/")
	return strings.ToLower(tok)
}

// verdict returns the origin's robots verdict, fetching robots.txt if this
// is the first request to the origin tonight. It returns ctx's error if the
// night is cancelled before the verdict is known.
func (c *robotsCache) verdict(ctx context.Context, u *url.URL) (*robotsVerdict, error) {
	origin := strings.ToLower(u.Scheme) + "://" + hostKey(u)
	c.mu.Lock()
	if v, ok := c.origins[origin]; ok {
		c.mu.Unlock()
		return v, nil
	}
	done, waiting := c.pending[origin]
	if !waiting {
		done = make(chan struct{})
		c.pending[origin] = done
	}
	c.mu.Unlock()
	if waiting {
		select {
		case <-done:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		c.mu.Lock()
		v, ok := c.origins[origin]
		c.mu.Unlock()
		if !ok { // the fetching request was cancelled
			return nil, context.Canceled
		}
		return v, nil
	}
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	res := c.fetch(ctx, ru)
	if res.Cancelled {
		c.mu.Lock()
		delete(c.pending, origin) // let a later request try again
		c.mu.Unlock()
		close(done)
		return nil, context.Canceled
	}
	if c.fetched != nil {
		c.fetched(origin, hostKey(u), res)
	}
	v := parseRobots(res, c.agent)
	c.pol.setCrawlDelay(hostKey(u), v.crawlDelay)
	c.mu.Lock()
	c.origins[origin] = v
	delete(c.pending, origin)
	c.mu.Unlock()
	close(done)
	return v, nil
}

// replay restores a robots.txt fetched earlier tonight (a resumed night's
// journal), so it is neither fetched nor counted twice.
func (c *robotsCache) replay(origin, host string, res robotsResult) {
	v := parseRobots(res, c.agent)
	c.mu.Lock()
	c.origins[origin] = v
	c.mu.Unlock()
	c.pol.setCrawlDelay(host, v.crawlDelay)
}

// parseRobots turns a robots.txt fetch into a verdict under RFC 9309.
func parseRobots(res robotsResult, agent string) *robotsVerdict {
	switch {
	case res.Err != nil:
		return &robotsVerdict{cause: imgfriendly.FetchErrorNetwork + ": robots.txt unreachable: " + res.Err.Error()}
	case res.Status >= 200 && res.Status < 300:
		data, err := robotstxt.FromBytes(res.Body)
		if err != nil { // unparseable: treat as no usable rules, like a missing file
			return &robotsVerdict{allowAll: true, status: res.Status}
		}
		g := data.FindGroup(agent)
		return &robotsVerdict{group: g, crawlDelay: g.CrawlDelay, status: res.Status,
			cause: imgfriendly.FetchErrorRobots}
	case res.Status == 429:
		// Too Many Requests is a server condition, not "no robots.txt".
		return &robotsVerdict{status: res.Status, cause: imgfriendly.FetchErrorRobots + ": robots.txt answered 429"}
	case res.Status >= 400 && res.Status < 500:
		return &robotsVerdict{allowAll: true, status: res.Status}
	default:
		return &robotsVerdict{status: res.Status, cause: fmt.Sprintf("%s: robots.txt answered %d", imgfriendly.FetchErrorRobots, res.Status)}
	}
}

// fetchRobots fetches a robots.txt through the politeness gate, following
// up to five redirects and retrying like any page: at most max_attempts
// attempts, of which at most timeout_attempts may time out (a robots.txt
// that hangs would otherwise hold the host for max_attempts ×
// request_timeout before its first page).
func (f *fetcher) fetchRobots(ctx context.Context, u *url.URL) robotsResult {
	t := &tally{}
	res := f.robotsTries(ctx, u, t)
	res.Events = t.events
	return res
}

func (f *fetcher) robotsTries(ctx context.Context, u *url.URL, t *tally) robotsResult {
	var last robotsResult
	timeouts := 0
	for attempt := 1; attempt <= f.cfg.MaxAttempts; attempt++ {
		last = f.robotsOnce(ctx, u, t)
		if ctx.Err() != nil {
			return robotsResult{Cancelled: true}
		}
		if !(last.Err != nil || retryableStatus(last.Status)) || attempt == f.cfg.MaxAttempts {
			break
		}
		if last.Err != nil && strings.HasPrefix(last.Err.Error(), imgfriendly.FetchErrorTimeout) {
			if timeouts++; timeouts >= f.cfg.TimeoutAttempts {
				break
			}
		}
		t.add(event{Kind: eventRetry, Host: hostKey(u)})
		if err := sleep(ctx, f.backoff(attempt)); err != nil {
			return robotsResult{Cancelled: true}
		}
	}
	return last
}

func (f *fetcher) robotsOnce(ctx context.Context, u *url.URL, t *tally) robotsResult {
	cur := u
	for hop := 0; hop <= 5; hop++ {
		host := hostKey(cur)
		release, err := f.pol.acquire(ctx, host)
		if err != nil {
			return robotsResult{Err: err}
		}
		began := time.Now()
		actx, cancel := context.WithTimeout(ctx, f.cfg.RequestTimeout)
		req, _ := http.NewRequestWithContext(actx, http.MethodGet, cur.String(), nil)
		notReplayable(req)
		req.Header.Set("User-Agent", f.cfg.UserAgent)
		resp, err := f.client.Do(req)
		if err != nil {
			cancel()
			release(gateOutcome{Latency: time.Since(began)})
			t.add(event{Host: host, Latency: time.Since(began)})
			c, _ := classifyNetErr(err)
			return robotsResult{Err: errors.New(c)}
		}
		body, rerr := io.ReadAll(io.LimitReader(resp.Body, robotsMaxBytes))
		resp.Body.Close()
		cancel()
		lat := time.Since(began)
		ra := parseRetryAfter(resp.Header.Get("Retry-After"), time.Now())
		release(gateOutcome{Status: resp.StatusCode, Latency: lat, RetryAfter: ra})
		t.add(event{Host: host, Status: resp.StatusCode, Latency: lat, Bytes: int64(len(body)), RetryAfter: ra})
		if rerr != nil {
			c, _ := classifyNetErr(rerr)
			return robotsResult{Err: errors.New(c)}
		}
		if resp.StatusCode >= 300 && resp.StatusCode < 400 {
			next, err := cur.Parse(resp.Header.Get("Location"))
			if err != nil || resp.Header.Get("Location") == "" {
				return robotsResult{Status: 404} // no usable robots.txt
			}
			cur = next
			continue
		}
		return robotsResult{Status: resp.StatusCode, Body: body}
	}
	return robotsResult{Status: 404} // too many redirects: RFC 9309 treats as unavailable (allow)
}
