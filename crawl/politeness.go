package crawl

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"time"
)

// crawlDelayMargin is added to a host's delay (configured or Crawl-delay)
// so that request starts spaced by exactly the delay cannot arrive early at
// the server because of scheduling and network noise.
const crawlDelayMargin = 25 * time.Millisecond

// errHostBackoff means the host asked (Retry-After) for a pause longer than
// the configured cap; its remaining requests fail instead of waiting.
var errHostBackoff = errors.New("host asked for a pause longer than retry_after_cap")

// politeness gates every request (robots.txt fetches, attempts, redirect
// hops): at most ParallelismPerHost in flight per host, request starts to a
// host spaced by max(Delay, Crawl-delay) + adaptive penalty + jitter, no
// request before the host's Retry-After, and at most MaxConcurrency in
// flight overall. Waiting for a host never holds a global slot, so a slow or
// down host does not hold up the others.
type politeness struct {
	cfg    Config
	global chan struct{}
	rnd    *lockedRand

	mu    sync.Mutex
	hosts map[string]*hostGate
}

// hostGate is one host's politeness state.
type hostGate struct {
	slots chan struct{}

	mu         sync.Mutex
	lastStart  time.Time
	lastEnd    time.Time
	changed    chan struct{} // closed when a request ends; made by a waiter (nil: none waits)
	crawlDelay time.Duration // from robots.txt
	penalty    time.Duration // adaptive slow-down
	notBefore  time.Time     // Retry-After
	active     int

	// What the host asked of us and we did, for the night's statistics.
	retryAfters int  // answers with a Retry-After we waited for
	slowDowns   int  // adaptive slow-downs (429/503 or a slow answer)
	gaveUp      bool // asked for a pause longer than retry_after_cap
}

// politenessCounts is what one host's gate did for politeness tonight.
type politenessCounts struct {
	CrawlDelay  time.Duration
	RetryAfters int
	SlowDowns   int
	GaveUp      bool
}

// counts returns each host's politeness counts, by host key.
func (p *politeness) counts() map[string]politenessCounts {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make(map[string]politenessCounts, len(p.hosts))
	for k, h := range p.hosts {
		h.mu.Lock()
		out[k] = politenessCounts{CrawlDelay: h.crawlDelay, RetryAfters: h.retryAfters, SlowDowns: h.slowDowns, GaveUp: h.gaveUp}
		h.mu.Unlock()
	}
	return out
}

func newPoliteness(cfg Config, rnd *lockedRand) *politeness {
	return &politeness{cfg: cfg, global: make(chan struct{}, cfg.MaxConcurrency), rnd: rnd, hosts: map[string]*hostGate{}}
}

func (p *politeness) host(key string) *hostGate {
	p.mu.Lock()
	defer p.mu.Unlock()
	h := p.hosts[key]
	if h == nil {
		h = &hostGate{slots: make(chan struct{}, p.cfg.ParallelismPerHost)}
		p.hosts[key] = h
	}
	return h
}

// setCrawlDelay records a robots.txt Crawl-delay for the host.
func (p *politeness) setCrawlDelay(key string, d time.Duration) {
	if d <= 0 {
		return
	}
	h := p.host(key)
	h.mu.Lock()
	h.crawlDelay = d
	h.mu.Unlock()
}

// activeHosts counts hosts with a request in flight.
func (p *politeness) activeHosts() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := 0
	for _, h := range p.hosts {
		h.mu.Lock()
		if h.active > 0 {
			n++
		}
		h.mu.Unlock()
	}
	return n
}

func (h *hostGate) interval(cfg Config) time.Duration {
	base := max(cfg.Delay, h.crawlDelay)
	if base > 0 {
		base += crawlDelayMargin
	}
	return base + h.penalty
}

// earliest returns when the next request to the host may start, and whether
// it must also wait for the requests in flight to end. A host whose
// robots.txt sets a Crawl-delay gets one request at a time, the whole delay
// (the longer of Crawl-delay and the configured delay) counted from the end
// of the previous one: the server then sees its requests spaced by the
// delay even when they queue on its side or the previous one reached it
// late.
func (h *hostGate) earliest(cfg Config, jitter time.Duration) (time.Time, bool) {
	t := h.notBefore
	if !h.lastStart.IsZero() {
		t = later(t, h.lastStart.Add(h.interval(cfg)+jitter))
	}
	if h.crawlDelay <= 0 {
		return t, false
	}
	if !h.lastEnd.IsZero() {
		t = later(t, h.lastEnd.Add(h.interval(cfg)+jitter))
	}
	return t, true
}

func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// acquire waits until a request to host may start. The returned release
// must be called once the response body has been read, with what was seen.
func (p *politeness) acquire(ctx context.Context, key string) (release func(o gateOutcome), err error) {
	h := p.host(key)
	select {
	case h.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	var jitter time.Duration
	if p.cfg.Jitter > 0 {
		jitter = time.Duration(p.rnd.Int64N(int64(p.cfg.Jitter)))
	}
	fail := func(err error) (func(gateOutcome), error) {
		<-h.slots
		return nil, err
	}
	for {
		h.mu.Lock()
		now := time.Now()
		if h.notBefore.Sub(now) > p.cfg.RetryAfterCap {
			wait := h.notBefore.Sub(now).Round(time.Second)
			h.gaveUp = true
			h.mu.Unlock()
			return fail(fmt.Errorf("%w (%s left)", errHostBackoff, wait))
		}
		at, serial := h.earliest(p.cfg, jitter)
		busy := serial && h.active > 0
		var changed chan struct{}
		if busy {
			if h.changed == nil {
				h.changed = make(chan struct{})
			}
			changed = h.changed
		}
		h.mu.Unlock()
		if busy {
			select {
			case <-changed:
			case <-ctx.Done():
				return fail(ctx.Err())
			}
			continue
		}
		if wait := at.Sub(now); wait > 0 {
			if err := sleep(ctx, wait); err != nil {
				return fail(err)
			}
			continue
		}
		select {
		case p.global <- struct{}{}:
		case <-ctx.Done():
			return fail(ctx.Err())
		}
		h.mu.Lock()
		now = time.Now()
		at, serial = h.earliest(p.cfg, jitter)
		if !now.Before(at) && !(serial && h.active > 0) {
			h.lastStart = now
			h.active++
			h.mu.Unlock()
			break
		}
		h.mu.Unlock()
		<-p.global
	}
	var once sync.Once
	return func(o gateOutcome) {
		once.Do(func() {
			p.adapt(h, o)
			<-p.global
			<-h.slots
		})
	}, nil
}

// gateOutcome is what a request saw, for adaptive slow-down.
type gateOutcome struct {
	Status     int
	Latency    time.Duration
	RetryAfter time.Duration // as sent by the server (uncapped)
}

// adapt lengthens a host's delay after 429/503 or a slow answer and lets it
// recover by halves after good answers.
func (p *politeness) adapt(h *hostGate, o gateOutcome) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.active--
	h.lastEnd = time.Now()
	if h.changed != nil {
		close(h.changed)
		h.changed = nil
	}
	if o.RetryAfter > p.cfg.RetryAfterCap {
		h.gaveUp = true // its requests fail instead of waiting that long
	} else if o.RetryAfter > 0 {
		h.retryAfters++
	}
	if o.RetryAfter > 0 {
		if nb := time.Now().Add(o.RetryAfter); nb.After(h.notBefore) {
			h.notBefore = nb
		}
	}
	switch {
	case o.Status == 429 || o.Status == 503 || o.Latency > p.cfg.SlowResponse:
		h.slowDowns++
		base := max(p.cfg.Delay, 100*time.Millisecond)
		h.penalty = min(max(2*h.penalty, base), p.cfg.AdaptiveDelayMax)
	case o.Status > 0 && o.Status < 500:
		h.penalty /= 2
		if h.penalty < 10*time.Millisecond {
			h.penalty = 0
		}
	}
}

// sleep waits for d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// lockedRand is a seeded random source safe for concurrent use.
type lockedRand struct {
	mu sync.Mutex
	r  *rand.Rand
}

func newLockedRand(seed uint64) *lockedRand {
	return &lockedRand{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
}

// Int64N returns a random number in [0, n).
func (l *lockedRand) Int64N(n int64) int64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.r.Int64N(n)
}
