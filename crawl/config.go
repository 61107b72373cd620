package crawl

import (
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
	"time"
)

// Config holds the crawler's settings (the `crawl` section of config.yaml).
type Config struct {
	// UserAgent is sent with every request and must carry a contact URL.
	UserAgent string `mapstructure:"user_agent"`
	// ParallelismPerHost caps concurrent requests to one host (host:port).
	ParallelismPerHost int `mapstructure:"parallelism_per_host"`
	// MaxConcurrency caps concurrent requests over all hosts.
	MaxConcurrency int `mapstructure:"max_concurrency"`
	// Delay is the minimum time between the starts of two requests to one host;
	// robots.txt Crawl-delay raises it, never lowers it.
	Delay time.Duration `mapstructure:"delay"`
	// Jitter is a random extra delay in [0, Jitter) added per request.
	Jitter time.Duration `mapstructure:"jitter"`
	// RequestTimeout bounds one attempt: connect, headers and body.
	RequestTimeout time.Duration `mapstructure:"request_timeout"`
	// MaxAttempts is the most attempts per URL (1 = no retries).
	MaxAttempts int `mapstructure:"max_attempts"`
	// TimeoutAttempts is the most attempts that may time out per URL: each
	// holds a slot for the whole RequestTimeout, and a host that did not
	// answer in time twice rarely answers a third time.
	TimeoutAttempts int `mapstructure:"timeout_attempts"`
	// RetryBackoffMin and RetryBackoffMax bound the exponential backoff.
	RetryBackoffMin time.Duration `mapstructure:"retry_backoff_min"`
	RetryBackoffMax time.Duration `mapstructure:"retry_backoff_max"`
	// RetryAfterCap is the longest Retry-After the crawler waits for; a host
	// asking for more is given up on for the URL (never hit early).
	RetryAfterCap time.Duration `mapstructure:"retry_after_cap"`
	// SlowResponse is the latency above which a host is slowed down.
	SlowResponse time.Duration `mapstructure:"slow_response"`
	// AdaptiveDelayMax caps the extra delay added to a struggling host.
	AdaptiveDelayMax time.Duration `mapstructure:"adaptive_delay_max"`
	// MaxBodyBytes is the largest (decoded) body accepted; larger ones are
	// rejected, never truncated.
	MaxBodyBytes int64 `mapstructure:"max_body_bytes"`
	// MaxCompressionRatio rejects gzip bodies that expand more than this.
	MaxCompressionRatio int `mapstructure:"max_compression_ratio"`
	// MaxRedirects is the longest redirect chain followed.
	MaxRedirects int `mapstructure:"max_redirects"`
	// MaxDepth is how many clicks from the seed URL discovery goes.
	MaxDepth int `mapstructure:"max_depth"`
	// MaxPagesPerProgram caps the pages fetched for one program.
	MaxPagesPerProgram int `mapstructure:"max_pages_per_program"`
	// LinksPerKind is how many of the best-scoring links of each kind
	// (roster, eligibility) are followed from one level of a program's pages.
	LinksPerKind int `mapstructure:"links_per_kind"`
	// Resolve maps host patterns to a dial address: "*.test=127.0.0.1:8080".
	Resolve []string `mapstructure:"resolve"`
	// AllowPrivateAddresses turns the SSRF guard off (tests and the demo).
	AllowPrivateAddresses bool `mapstructure:"allow_private_addresses"`
	// ExtraHosts are in scope for every program besides the seed's host and
	// its registrable domain; "*.example.org" matches subdomains.
	ExtraHosts []string `mapstructure:"extra_hosts"`
	// Robots says whether robots.txt is obeyed.
	Robots bool `mapstructure:"robots"`
	// JournalSync is how often the journal is fsync'd while crawling.
	JournalSync time.Duration `mapstructure:"journal_sync"`
}

// DefaultConfig returns the production defaults.
func DefaultConfig() Config {
	return Config{
		UserAgent:           "imgfriendly/0.1 (+https://github.com/imgfriendly/imgfriendly)",
		ParallelismPerHost:  2,
		MaxConcurrency:      64,
		Delay:               time.Second,
		Jitter:              500 * time.Millisecond,
		RequestTimeout:      30 * time.Second,
		MaxAttempts:         4,
		TimeoutAttempts:     2,
		RetryBackoffMin:     time.Second,
		RetryBackoffMax:     30 * time.Second,
		RetryAfterCap:       2 * time.Minute,
		SlowResponse:        5 * time.Second,
		AdaptiveDelayMax:    30 * time.Second,
		MaxBodyBytes:        10 << 20,
		MaxCompressionRatio: 100,
		MaxRedirects:        5,
		MaxDepth:            2,
		MaxPagesPerProgram:  15,
		LinksPerKind:        2,
		Robots:              true,
		JournalSync:         time.Second,
	}
}

// Validate reports every problem with c at once, each prefixed by its key.
func (c Config) Validate() error {
	var errs []error
	bad := func(key, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: "+format, append([]any{key}, args...)...))
	}
	if c.UserAgent == "" {
		bad("user_agent", "must not be empty")
	} else if !strings.Contains(c.UserAgent, "http://") && !strings.Contains(c.UserAgent, "https://") && !strings.Contains(c.UserAgent, "@") {
		bad("user_agent", "must carry a contact URL or address, e.g. \"imgfriendly/0.1 (+https://example.org/crawler)\"")
	}
	if c.ParallelismPerHost < 1 {
		bad("parallelism_per_host", "must be ≥ 1, got %d", c.ParallelismPerHost)
	}
	if c.MaxConcurrency < 1 {
		bad("max_concurrency", "must be ≥ 1, got %d", c.MaxConcurrency)
	}
	for _, d := range []struct {
		key string
		v   time.Duration
	}{{"delay", c.Delay}, {"jitter", c.Jitter}, {"retry_backoff_min", c.RetryBackoffMin},
		{"retry_backoff_max", c.RetryBackoffMax}, {"retry_after_cap", c.RetryAfterCap},
		{"adaptive_delay_max", c.AdaptiveDelayMax}} {
		if d.v < 0 {
			bad(d.key, "must not be negative, got %s", d.v)
		}
	}
	if c.RequestTimeout <= 0 {
		bad("request_timeout", "must be > 0, got %s", c.RequestTimeout)
	}
	if c.SlowResponse <= 0 {
		bad("slow_response", "must be > 0, got %s", c.SlowResponse)
	}
	if c.JournalSync <= 0 {
		bad("journal_sync", "must be > 0, got %s", c.JournalSync)
	}
	if c.RetryBackoffMax < c.RetryBackoffMin {
		bad("retry_backoff_max", "must be ≥ retry_backoff_min (%s), got %s", c.RetryBackoffMin, c.RetryBackoffMax)
	}
	if c.MaxAttempts < 1 {
		bad("max_attempts", "must be ≥ 1, got %d", c.MaxAttempts)
	}
	if c.TimeoutAttempts < 1 {
		bad("timeout_attempts", "must be ≥ 1, got %d", c.TimeoutAttempts)
	}
	// Upper bounds: a value past them is a typo or a unit mistake (a
	// number of seconds where milliseconds were meant), and each says why.
	upper := []struct {
		key    string
		v, max time.Duration
		why    string
	}{
		{"delay", c.Delay, time.Minute, "with up to max_pages_per_program pages a program, a longer delay per host keeps a night from finishing; a robots.txt Crawl-delay still raises it"},
		{"jitter", c.Jitter, time.Minute, "it is added to every request's wait"},
		{"request_timeout", c.RequestTimeout, 5 * time.Minute, "a host that does not answer holds a request slot this long, per attempt"},
		{"retry_backoff_max", c.RetryBackoffMax, 10 * time.Minute, "a retried URL waits this long between attempts, holding its program back"},
		{"retry_after_cap", c.RetryAfterCap, time.Hour, "the night must finish; a host asking for longer is given up on for the night instead"},
		{"slow_response", c.SlowResponse, time.Minute, "answers slower than this slow a host down; past a minute it never triggers"},
		{"adaptive_delay_max", c.AdaptiveDelayMax, 10 * time.Minute, "a struggling host's extra delay; longer keeps its programs from finishing tonight"},
		{"journal_sync", c.JournalSync, time.Minute, "a crash loses up to this much of the crawl journal"},
	}
	for _, u := range upper {
		if u.v > u.max {
			bad(u.key, "must be ≤ %s (%s), got %s", u.max, u.why, u.v)
		}
	}
	counts := []struct {
		key    string
		v, max int
		why    string
	}{
		{"parallelism_per_host", c.ParallelismPerHost, 8, "more requests at once to one site is not polite crawling: site owners block it"},
		{"max_concurrency", c.MaxConcurrency, 1024, "each request in flight holds a connection and up to max_body_bytes of memory"},
		{"max_attempts", c.MaxAttempts, 10, "more attempts only hammer a failing site; each retry already backs off"},
		{"max_compression_ratio", c.MaxCompressionRatio, 1000, "it guards against decompression bombs; HTML compresses about 5-10 times"},
		{"max_redirects", c.MaxRedirects, 20, "browsers give up after 20; longer chains are traps"},
		{"max_pages_per_program", c.MaxPagesPerProgram, 200, "a program's eligibility and roster pages are a handful; more is a crawl trap's worth of requests"},
		{"links_per_kind", c.LinksPerKind, 20, "max_pages_per_program bounds the pages anyway"},
	}
	for _, u := range counts {
		if u.v > u.max {
			bad(u.key, "must be ≤ %d (%s), got %d", u.max, u.why, u.v)
		}
	}
	if c.MaxBodyBytes < 1024 {
		bad("max_body_bytes", "must be ≥ 1024, got %d", c.MaxBodyBytes)
	}
	if c.MaxCompressionRatio < 1 {
		bad("max_compression_ratio", "must be ≥ 1, got %d", c.MaxCompressionRatio)
	}
	if c.MaxRedirects < 0 {
		bad("max_redirects", "must not be negative, got %d", c.MaxRedirects)
	}
	if c.MaxDepth < 0 || c.MaxDepth > 5 {
		bad("max_depth", "must be in 0..5, got %d", c.MaxDepth)
	}
	if c.MaxPagesPerProgram < 1 {
		bad("max_pages_per_program", "must be ≥ 1, got %d", c.MaxPagesPerProgram)
	}
	if c.LinksPerKind < 0 {
		bad("links_per_kind", "must not be negative, got %d", c.LinksPerKind)
	}
	for i, r := range c.Resolve {
		if _, err := parseResolve(r); err != nil {
			bad(fmt.Sprintf("resolve[%d]", i), "%v", err)
		}
	}
	for i, h := range c.ExtraHosts {
		if h == "" || strings.ContainsAny(h, "/: ") {
			bad(fmt.Sprintf("extra_hosts[%d]", i), "%q is not a host name (want e.g. gme.example.org or *.example.org)", h)
		}
	}
	return errors.Join(errs...)
}

// resolveRule maps host names matching Pattern to the dial address Addr.
type resolveRule struct {
	Pattern string // "host.example" or "*.example" (any subdomain) or "*"
	Addr    string // "ip:port"
}

func parseResolve(s string) (resolveRule, error) {
	pat, addr, ok := strings.Cut(s, "=")
	pat, addr = strings.ToLower(strings.TrimSpace(pat)), strings.TrimSpace(addr)
	if !ok || pat == "" || addr == "" {
		return resolveRule{}, fmt.Errorf("%q: want HOSTPATTERN=ADDR:PORT, e.g. *.test=127.0.0.1:8080", s)
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return resolveRule{}, fmt.Errorf("%q: address: %w", s, err)
	}
	if net.ParseIP(host) == nil {
		return resolveRule{}, fmt.Errorf("%q: address %q is not an IP address", s, host)
	}
	if p, err := strconv.Atoi(port); err != nil || p < 1 || p > 65535 {
		return resolveRule{}, fmt.Errorf("%q: port %q is not a port number", s, port)
	}
	return resolveRule{Pattern: pat, Addr: addr}, nil
}

// matchHost reports whether host matches pattern: exact, "*" (everything) or
// "*.suffix" (suffix itself and any subdomain of it).
func matchHost(pattern, host string) bool {
	switch {
	case pattern == "*":
		return true
	case strings.HasPrefix(pattern, "*."):
		suffix := pattern[1:] // ".example"
		return strings.HasSuffix(host, suffix) || host == pattern[2:]
	}
	return pattern == host
}
