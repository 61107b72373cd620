package crawl

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/imgfriendly/imgfriendly"
)

// NightStats sums up one night's crawl.
type NightStats struct {
	Programs      int            `json:"programs"`
	Hosts         int            `json:"hosts"`
	Fetches       int            `json:"fetches"`      // final fetch rows
	OK            int            `json:"ok"`           // fetches that left a body (304s included)
	NotModified   int            `json:"not_modified"` // 304s
	Failed        int            `json:"failed"`       // fetches that left no body (listed PDFs not included)
	Listed        int            `json:"listed"`       // PDFs listed from their links, never requested
	Requests      int            `json:"requests"`     // HTTP requests sent (attempts, hops, robots.txt)
	Retries       int            `json:"retries"`
	Bytes         int64          `json:"bytes"` // body bytes read from the wire
	RobotsBlocked int            `json:"robots_blocked"`
	Rejected      int            `json:"rejected"`       // bodies over the size cap
	Status        map[int]int    `json:"status"`         // per-request status histogram; 0 = no response
	Causes        map[string]int `json:"causes"`         // final failures by cause (FetchError…)
	PDFs          []string       `json:"pdfs,omitempty"` // PDFs linked or fetched, by URL
	LatencyP50    time.Duration  `json:"latency_p50_ns"`
	LatencyP95    time.Duration  `json:"latency_p95_ns"`
	Elapsed       time.Duration  `json:"elapsed_ns"`
	PagesPerSec   float64        `json:"pages_per_sec"`
	Resumed       int            `json:"resumed"` // fetch rows replayed from the journal
	// Politeness: hosts whose robots.txt Crawl-delay we kept to, answers
	// with a Retry-After we waited for, adaptive slow-downs (after a 429, a
	// 503 or a slow answer), hosts given up on for asking a pause longer
	// than retry_after_cap.
	CrawlDelayHosts int `json:"crawl_delay_hosts"`
	RetryAfters     int `json:"retry_afters"`
	SlowDowns       int `json:"slow_downs"`
	HostsGivenUp    int `json:"hosts_given_up"`
}

// HostStats sums up one host's night.
type HostStats struct {
	Host          string        `json:"host"`
	Fetches       int           `json:"fetches"`
	OK            int           `json:"ok"`
	NotModified   int           `json:"not_modified"`
	Failed        int           `json:"failed"`
	Requests      int           `json:"requests"`
	Retries       int           `json:"retries"`
	Bytes         int64         `json:"bytes"`
	RobotsBlocked int           `json:"robots_blocked"`
	Rejected      int           `json:"rejected"`
	Status        map[int]int   `json:"status"`
	LatencyP50    time.Duration `json:"latency_p50_ns"`
	LatencyP95    time.Duration `json:"latency_p95_ns"`
	CrawlDelay    time.Duration `json:"crawl_delay_ns,omitempty"` // robots.txt Crawl-delay kept to
	RetryAfters   int           `json:"retry_afters,omitempty"`
	SlowDowns     int           `json:"slow_downs,omitempty"`
	GivenUp       bool          `json:"given_up,omitempty"` // asked for a pause longer than retry_after_cap
}

// event is one thing that happened to a host while a URL (or a host's
// robots.txt) was fetched: a request sent, a retry, a URL robots.txt
// refused, a body rejected, a host given up on. A fetch keeps its events and the journal writes them
// with its fetch line (robots.txt's with its robots line), so a resumed
// night counts exactly the requests of the fetches it ends with — the same
// totals as a night never interrupted.
type event struct {
	Kind       string        `json:"k,omitempty"` // "" (a request), eventRetry, …
	Host       string        `json:"h"`
	Status     int           `json:"s,omitempty"`  // HTTP status; 0 = no response
	Latency    time.Duration `json:"l,omitempty"`  // request sent to body read
	Bytes      int64         `json:"b,omitempty"`  // body bytes read from the wire
	RetryAfter time.Duration `json:"ra,omitempty"` // Retry-After the answer asked for
}

// The kinds of event besides a request.
const (
	eventRetry       = "retry"
	eventRobotsBlock = "robots_block"
	eventRejected    = "rejected"
	eventGaveUp      = "gave_up" // the host asked for a pause past retry_after_cap
)

// tally collects one fetch's events. A fetch runs on one goroutine, so it
// needs no lock.
type tally struct{ events []event }

func (t *tally) add(e event) {
	if t != nil {
		t.events = append(t.events, e)
	}
}

// statsCollector sums the events of the fetches a night ends with.
type statsCollector struct {
	retryAfterCap, slowResponse time.Duration

	mu    sync.Mutex
	hosts map[string]*hostAcc
	night NightStats // the fetch rows' counts (fetched)
}

type hostAcc struct {
	HostStats
	latencies []time.Duration
}

func newStatsCollector(cfg Config) *statsCollector {
	return &statsCollector{retryAfterCap: cfg.RetryAfterCap, slowResponse: cfg.SlowResponse, hosts: map[string]*hostAcc{},
		night: NightStats{Causes: map[string]int{}}}
}

func (s *statsCollector) host(h string) *hostAcc {
	a := s.hosts[h]
	if a == nil {
		a = &hostAcc{HostStats: HostStats{Host: h, Status: map[int]int{}}}
		s.hosts[h] = a
	}
	return a
}

// add counts events; a request's answer is judged as the politeness gate
// judged it (a Retry-After waited for, a slow-down, a host given up on).
func (s *statsCollector) add(events []event) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, e := range events {
		a := s.host(e.Host)
		switch e.Kind {
		case "":
			a.Requests++
			a.Status[e.Status]++
			a.Bytes += e.Bytes
			a.latencies = append(a.latencies, e.Latency)
			switch {
			case e.RetryAfter > s.retryAfterCap:
				a.GivenUp = true
			case e.RetryAfter > 0:
				a.RetryAfters++
			}
			if e.Status == 429 || e.Status == 503 || e.Latency > s.slowResponse {
				a.SlowDowns++
			}
		case eventRetry:
			a.Retries++
		case eventRobotsBlock:
			a.RobotsBlocked++
		case eventRejected:
			a.Rejected++
		case eventGaveUp:
			a.GivenUp = true
		}
	}
}

// fetched counts one of the night's final fetch rows.
func (s *statsCollector) fetched(f imgfriendly.Fetch) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := &s.night
	a := s.host(hostOf(f.URL))
	a.Fetches++
	n.Fetches++
	switch {
	case f.OK():
		a.OK++
		n.OK++
		if f.NotModified {
			a.NotModified++
			n.NotModified++
		}
	case listedPDF(f):
		// a document the night lists for people to read, not a failure
		n.Listed++
		n.PDFs = append(n.PDFs, f.URL)
	default:
		a.Failed++
		n.Failed++
		cause, _, _ := strings.Cut(f.Error, ":")
		n.Causes[cause]++
		if cause == imgfriendly.FetchErrorContentType && (strings.Contains(f.Error, "pdf") || strings.Contains(f.ContentType, "pdf")) {
			n.PDFs = append(n.PDFs, f.URL)
		}
	}
}

// summarise builds the night's and the hosts' stats from the collected
// request counts and the final fetch rows (fetched).
func (s *statsCollector) summarise(programs int, elapsed time.Duration, resumed int, pol map[string]politenessCounts) (NightStats, []HostStats) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for host, c := range pol {
		if c.CrawlDelay > 0 { // the rest of the politeness counts come from the events
			s.host(host).CrawlDelay = c.CrawlDelay
		}
	}
	n := s.night
	n.Programs, n.Elapsed, n.Resumed = programs, elapsed, resumed
	n.Status = map[int]int{}
	n.PDFs = slices.Clone(n.PDFs)
	n.Causes = maps.Clone(n.Causes)
	var all []time.Duration
	hosts := make([]HostStats, 0, len(s.hosts))
	for _, a := range s.hosts {
		hs := a.HostStats
		hs.Status = map[int]int{}
		for k, v := range a.Status {
			hs.Status[k] = v
			n.Status[k] += v
		}
		lat := slices.Clone(a.latencies)
		slices.Sort(lat)
		hs.LatencyP50, hs.LatencyP95 = percentile(lat, 50), percentile(lat, 95)
		all = append(all, lat...)
		n.Requests += hs.Requests
		n.Retries += hs.Retries
		n.Bytes += hs.Bytes
		n.RobotsBlocked += hs.RobotsBlocked
		n.Rejected += hs.Rejected
		n.RetryAfters += hs.RetryAfters
		n.SlowDowns += hs.SlowDowns
		if hs.CrawlDelay > 0 {
			n.CrawlDelayHosts++
		}
		if hs.GivenUp {
			n.HostsGivenUp++
		}
		hosts = append(hosts, hs)
	}
	sort.Slice(hosts, func(i, j int) bool { return hosts[i].Host < hosts[j].Host })
	slices.Sort(all)
	n.LatencyP50, n.LatencyP95 = percentile(all, 50), percentile(all, 95)
	n.Hosts = len(hosts)
	if elapsed > 0 {
		n.PagesPerSec = float64(n.Fetches-resumed) / elapsed.Seconds()
	}
	sort.Strings(n.PDFs)
	return n, hosts
}

// listedPDF reports a fetch row that lists a linked PDF without having
// requested it (see recordPDF).
func listedPDF(f imgfriendly.Fetch) bool {
	return f.Attempts == 0 && strings.HasPrefix(f.Error, imgfriendly.FetchErrorContentType) && strings.Contains(f.ContentType, "pdf")
}

func hostOf(rawURL string) string {
	rest := rawURL
	if i := strings.Index(rest, "://"); i >= 0 {
		rest = rest[i+3:]
	}
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		rest = rest[:i]
	}
	return strings.ToLower(rest)
}

// percentile returns the p-th percentile (nearest rank) of sorted values.
func percentile(sorted []time.Duration, p int) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := (p*len(sorted) + 99) / 100 // ceil(p/100 * n)
	return sorted[max(rank, 1)-1]
}

// String renders the night's stats for the end-of-night print.
func (n NightStats) String() string {
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "programs\t%d\thosts\t%d\n", n.Programs, n.Hosts)
	fmt.Fprintf(tw, "fetches\t%d\tok\t%d (304: %d)\n", n.Fetches, n.OK, n.NotModified)
	fmt.Fprintf(tw, "failed\t%d\trequests\t%d (retries: %d)\n", n.Failed, n.Requests, n.Retries)
	fmt.Fprintf(tw, "bytes\t%d\trobots blocks\t%d\n", n.Bytes, n.RobotsBlocked)
	fmt.Fprintf(tw, "rejected bodies\t%d\tPDFs\t%d (%d listed from links, not requested)\n", n.Rejected, len(n.PDFs), n.Listed)
	fmt.Fprintf(tw, "latency p50\t%s\tp95\t%s\n", n.LatencyP50.Round(time.Millisecond), n.LatencyP95.Round(time.Millisecond))
	fmt.Fprintf(tw, "elapsed\t%s\tpages/s\t%.1f\n", n.Elapsed.Round(time.Millisecond), n.PagesPerSec)
	if n.Resumed > 0 {
		fmt.Fprintf(tw, "resumed from journal\t%d\t\t\n", n.Resumed)
	}
	tw.Flush()
	if len(n.Status) > 0 {
		codes := make([]int, 0, len(n.Status))
		for c := range n.Status {
			codes = append(codes, c)
		}
		slices.Sort(codes)
		b.WriteString("status:")
		for _, c := range codes {
			label := statusLabel(c)
			fmt.Fprintf(&b, " %s×%d", label, n.Status[c])
		}
		b.WriteString("\n")
	}
	if len(n.Causes) > 0 {
		causes := make([]string, 0, len(n.Causes))
		for c := range n.Causes {
			causes = append(causes, c)
		}
		slices.Sort(causes)
		b.WriteString("failures:")
		for _, c := range causes {
			fmt.Fprintf(&b, " %s×%d", c, n.Causes[c])
		}
		b.WriteString("\n")
	}
	return b.String()
}

func statusLabel(code int) string {
	if code == 0 {
		return "none"
	}
	return fmt.Sprint(code)
}

// HostTable renders per-host stats as a table, worst hosts (most failures,
// then most retries) first, at most limit rows (0: all).
func HostTable(hosts []HostStats, limit int) string {
	hs := slices.Clone(hosts)
	sort.SliceStable(hs, func(i, j int) bool {
		if hs[i].Failed != hs[j].Failed {
			return hs[i].Failed > hs[j].Failed
		}
		return hs[i].Retries > hs[j].Retries
	})
	if limit > 0 && len(hs) > limit {
		hs = hs[:limit]
	}
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "host\tfetches\tok\t304\tfailed\trequests\tretries\tbytes\trobots\trejected\tp50\tp95\t")
	for _, h := range hs {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t%s\t\n", h.Host, h.Fetches, h.OK, h.NotModified,
			h.Failed, h.Requests, h.Retries, h.Bytes, h.RobotsBlocked, h.Rejected,
			h.LatencyP50.Round(time.Millisecond), h.LatencyP95.Round(time.Millisecond))
	}
	tw.Flush()
	return b.String()
}
