package testweb

import (
	"strconv"
	"sync"
	"time"
)

// Stats are the server's own counts: what the crawler did to the web, seen
// from the server side. Requests to /__testweb/ are not counted.
type Stats struct {
	Requests             int64                `json:"requests"`
	Status               map[string]int64     `json:"status"` // "200", "304", "404"…, "reset" (the server reset the connection), "abandoned" (the client gave up before any response)
	MaxConcurrentPerHost int64                `json:"max_concurrent_per_host"`
	RobotsViolations     int64                `json:"robots_violations"`      // requests to paths robots.txt disallows
	CrawlDelayViolations int64                `json:"crawl_delay_violations"` // requests sooner than Crawl-delay after the previous one to the host
	RetryAfterViolations int64                `json:"retry_after_violations"` // requests for a URL sooner than its Retry-After
	TrackingRequests     int64                `json:"tracking_requests"`      // requests whose query carries utm_ parameters
	UnknownHosts         int64                `json:"unknown_hosts"`          // requests for a host the web does not have
	Hosts                map[string]HostStats `json:"hosts"`
}

// HostStats are Stats for one host.
type HostStats struct {
	Requests             int64            `json:"requests"`
	MaxConcurrent        int64            `json:"max_concurrent"`
	RobotsViolations     int64            `json:"robots_violations"`
	CrawlDelayViolations int64            `json:"crawl_delay_violations"`
	RetryAfterViolations int64            `json:"retry_after_violations"`
	TrackingRequests     int64            `json:"tracking_requests"`
	Status               map[string]int64 `json:"status"`
}

// timingSlack is how much sooner than Crawl-delay or Retry-After a request
// may arrive before it counts as a violation (clock and scheduling jitter).
const timingSlack = 50 * time.Millisecond

type hostRec struct {
	HostStats
	inflight   int64
	last       time.Time            // arrival of the previous request (robots.txt excluded)
	retryAfter map[string]time.Time // URL → earliest polite retry
}

type recorder struct {
	mu    sync.Mutex
	hosts map[string]*hostRec
	s     Stats
}

func newRecorder() *recorder {
	return &recorder{hosts: map[string]*hostRec{}, s: Stats{Status: map[string]int64{}}}
}

// begin counts a request's arrival and reports it to the host's record.
func (rc *recorder) begin(host, key string, now time.Time, disallowed, tracking bool, crawlDelay time.Duration, isRobots bool) {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	h := rc.host(host)
	rc.s.Requests++
	h.Requests++
	h.inflight++
	h.MaxConcurrent = max(h.MaxConcurrent, h.inflight)
	rc.s.MaxConcurrentPerHost = max(rc.s.MaxConcurrentPerHost, h.inflight)
	if disallowed {
		h.RobotsViolations++
		rc.s.RobotsViolations++
	}
	if tracking {
		h.TrackingRequests++
		rc.s.TrackingRequests++
	}
	if !isRobots {
		if crawlDelay > 0 && !h.last.IsZero() && now.Sub(h.last) < crawlDelay-timingSlack {
			h.CrawlDelayViolations++
			rc.s.CrawlDelayViolations++
		}
		h.last = now
	}
	if t, ok := h.retryAfter[key]; ok && now.Before(t.Add(-timingSlack)) {
		h.RetryAfterViolations++
		rc.s.RetryAfterViolations++
	}
}

// retryAfter remembers that key was told to come back no sooner than at.
func (rc *recorder) retryAfter(host, key string, at time.Time) {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	h := rc.host(host)
	if h.retryAfter == nil {
		h.retryAfter = map[string]time.Time{}
	}
	h.retryAfter[key] = at
}

// end counts a request's completion with its status (0: no response:
// the server reset the connection, or the client went away first).
func (rc *recorder) end(host string, status int, gone bool) {
	st := strconv.Itoa(status)
	switch {
	case status == 0 && gone:
		st = "abandoned"
	case status == 0:
		st = "reset"
	}
	rc.mu.Lock()
	defer rc.mu.Unlock()
	h := rc.host(host)
	h.inflight = max(0, h.inflight-1)
	h.Status[st]++
	rc.s.Status[st]++
}

// host returns the host's record, creating it; rc.mu must be held.
func (rc *recorder) host(host string) *hostRec {
	h := rc.hosts[host]
	if h == nil {
		h = &hostRec{HostStats: HostStats{Status: map[string]int64{}}}
		rc.hosts[host] = h
	}
	return h
}

func (rc *recorder) unknownHost() {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	rc.s.Requests++
	rc.s.UnknownHosts++
	rc.s.Status["404"]++
}

func (rc *recorder) snapshot() Stats {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	out := rc.s
	out.Status = copyCounts(rc.s.Status)
	out.Hosts = make(map[string]HostStats, len(rc.hosts))
	for k, h := range rc.hosts {
		hs := h.HostStats
		hs.Status = copyCounts(h.Status)
		out.Hosts[k] = hs
	}
	return out
}

func (rc *recorder) reset() {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	rc.hosts = map[string]*hostRec{}
	rc.s = Stats{Status: map[string]int64{}}
}

func copyCounts(m map[string]int64) map[string]int64 {
	out := make(map[string]int64, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// Stats returns a snapshot of the server's counters.
func (w *Web) Stats() Stats { return w.rec.snapshot() }

// ResetStats zeroes the server's counters (between nights of one test).
func (w *Web) ResetStats() { w.rec.reset() }
