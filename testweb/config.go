package testweb

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// MaxPrograms is the largest web New builds (ACGME serials have 5 digits);
// MaxNight bounds the nights replayed on every request.
const (
	MaxPrograms = 100000
	MaxNight    = 3650
)

// Config says which web to build: how many programs, the seed, the night,
// the faults and the latency. The same Config always builds the same web.
type Config struct {
	Programs int     `json:"programs" mapstructure:"programs"`
	Seed     int64   `json:"seed" mapstructure:"seed"`
	Night    int     `json:"night" mapstructure:"night"` // 0 is the first night; K evolves the web K times
	Faults   Faults  `json:"faults" mapstructure:"faults"`
	Latency  Latency `json:"latency" mapstructure:"latency"`
	// ExtendedPhrasings adds the extended phrasing bank (more sentence
	// forms per trap, "H1 visa"; see README). Off by default so that the
	// default web stays the one the extractor is gated on.
	ExtendedPhrasings bool `json:"extended_phrasings,omitempty" mapstructure:"extended_phrasings"`
	// Bank swaps in a data phrasing bank (phrases_bank.go): BankReal mixes
	// the phrasing classes of real pages into the default bank; BankUnseen
	// states every fact in the frozen unseen bank's words, to report how
	// the extractor generalises. Empty is the default bank.
	Bank string `json:"bank,omitempty" mapstructure:"bank"`
	// StatedIDs makes each program's home page print its ACGME id and NRMP
	// codes, a tenth of them disagreeing with the seed row (ids.go; truth
	// stated_ids). Off by default.
	StatedIDs bool `json:"stated_ids,omitempty" mapstructure:"stated_ids"`
}

// Faults gives each fault's rate (a probability in [0,1], per page unless
// said otherwise) and the fault parameters. The zero value injects nothing.
type Faults struct {
	ServerErrors       float64 `json:"server_errors" mapstructure:"server_errors"`             // 500/502/503 burst of 1–2 responses, then recovers
	Throttle           float64 `json:"throttle" mapstructure:"throttle"`                       // 429 or 503 with Retry-After on the first request, then OK
	Slow               float64 `json:"slow" mapstructure:"slow"`                               // answered after SlowDelay
	Timeout            float64 `json:"timeout" mapstructure:"timeout"`                         // hangs for HangDelay: never answered in time
	Reset              float64 `json:"reset" mapstructure:"reset"`                             // first request's connection is reset, then OK
	RedirectChain      float64 `json:"redirect_chain" mapstructure:"redirect_chain"`           // linked through a 3-hop 301/302 chain
	RedirectLoop       float64 `json:"redirect_loop" mapstructure:"redirect_loop"`             // linked through a redirect loop: unreachable
	Oversize           float64 `json:"oversize" mapstructure:"oversize"`                       // body padded to OversizeBytes
	Charset            float64 `json:"charset" mapstructure:"charset"`                         // windows-1252 body, labelled right or wrong
	Truncated          float64 `json:"truncated" mapstructure:"truncated"`                     // HTML cut off after the main content
	BrokenRosterLink   float64 `json:"broken_roster_link" mapstructure:"broken_roster_link"`   // per program: roster link 404s, roster unreachable
	TrackingDuplicates float64 `json:"tracking_duplicates" mapstructure:"tracking_duplicates"` // per program: links carry utm_ parameters and fragments
	RobotsDisallow     float64 `json:"robots_disallow" mapstructure:"robots_disallow"`         // per program: robots.txt disallows the roster
	CrawlDelay         float64 `json:"crawl_delay" mapstructure:"crawl_delay"`                 // per program: robots.txt has a Crawl-delay
	HostDown           float64 `json:"host_down" mapstructure:"host_down"`                     // per program: every connection reset for the night

	SlowDelay     time.Duration `json:"slow_delay" mapstructure:"slow_delay"`                   // default 1.5s
	HangDelay     time.Duration `json:"hang_delay" mapstructure:"hang_delay"`                   // default 60s (or until the client gives up)
	OversizeBytes int           `json:"oversize_bytes" mapstructure:"oversize_bytes"`           // default 11 MiB (over colly's 10 MiB)
	CrawlDelayS   int           `json:"crawl_delay_seconds" mapstructure:"crawl_delay_seconds"` // Crawl-delay value, default 1
	RetryAfterS   int           `json:"retry_after_seconds" mapstructure:"retry_after_seconds"` // Retry-After value, default 1
}

// Latency is an optional per-response delay, long-tailed (log-normal,
// median at Min + (Max-Min)/5, clipped to [Min, Max]) and deterministic per
// URL. Off when Max is zero.
type Latency struct {
	Min time.Duration `json:"min" mapstructure:"min"`
	Max time.Duration `json:"max" mapstructure:"max"`
}

// DefaultConfig returns a small fault-free web: 50 programs, seed 1, night 0.
func DefaultConfig() Config {
	return Config{Programs: 50, Seed: 1}
}

// AllFaults returns Faults with every fault at the same rate, for tests
// that want a hostile web.
func AllFaults(rate float64) Faults {
	return Faults{
		ServerErrors: rate, Throttle: rate, Slow: rate, Timeout: rate, Reset: rate,
		RedirectChain: rate, RedirectLoop: rate, Oversize: rate, Charset: rate, Truncated: rate,
		BrokenRosterLink: rate, TrackingDuplicates: rate, RobotsDisallow: rate, CrawlDelay: rate, HostDown: rate,
	}
}

// Validate reports every problem with the config at once.
func (c Config) Validate() error {
	var errs []error
	if c.Programs < 1 || c.Programs > MaxPrograms {
		errs = append(errs, fmt.Errorf("programs: must be between 1 and %d, got %d", MaxPrograms, c.Programs))
	}
	if _, ok := banks[c.Bank]; !ok && c.Bank != BankDefault {
		errs = append(errs, fmt.Errorf("bank: unknown phrasing bank %q (want one of %s)", c.Bank, strings.Join(BankNames(), ", ")))
	}
	if c.Night < 0 || c.Night > MaxNight {
		errs = append(errs, fmt.Errorf("night: must be between 0 and %d, got %d", MaxNight, c.Night))
	}
	for _, r := range []struct {
		name string
		v    float64
	}{
		{"server_errors", c.Faults.ServerErrors}, {"throttle", c.Faults.Throttle}, {"slow", c.Faults.Slow},
		{"timeout", c.Faults.Timeout}, {"reset", c.Faults.Reset}, {"redirect_chain", c.Faults.RedirectChain},
		{"redirect_loop", c.Faults.RedirectLoop}, {"oversize", c.Faults.Oversize}, {"charset", c.Faults.Charset},
		{"truncated", c.Faults.Truncated}, {"broken_roster_link", c.Faults.BrokenRosterLink},
		{"tracking_duplicates", c.Faults.TrackingDuplicates}, {"robots_disallow", c.Faults.RobotsDisallow},
		{"crawl_delay", c.Faults.CrawlDelay}, {"host_down", c.Faults.HostDown},
	} {
		if r.v < 0 || r.v > 1 {
			errs = append(errs, fmt.Errorf("faults.%s: must be a rate in [0,1], got %g", r.name, r.v))
		}
	}
	if c.Faults.SlowDelay < 0 || c.Faults.HangDelay < 0 || c.Faults.OversizeBytes < 0 || c.Faults.CrawlDelayS < 0 || c.Faults.RetryAfterS < 0 {
		errs = append(errs, errors.New("faults: delays, sizes and seconds must be ≥ 0"))
	}
	if c.Latency.Min < 0 || c.Latency.Max < 0 || (c.Latency.Max > 0 && c.Latency.Max < c.Latency.Min) {
		errs = append(errs, fmt.Errorf("latency: want 0 ≤ min ≤ max, got %v-%v", c.Latency.Min, c.Latency.Max))
	}
	return errors.Join(errs...)
}

// withDefaults fills the fault parameters left at zero.
func (f Faults) withDefaults() Faults {
	if f.SlowDelay == 0 {
		f.SlowDelay = 1500 * time.Millisecond
	}
	if f.HangDelay == 0 {
		f.HangDelay = 60 * time.Second
	}
	if f.OversizeBytes == 0 {
		f.OversizeBytes = 11 << 20
	}
	if f.CrawlDelayS == 0 {
		f.CrawlDelayS = 1
	}
	if f.RetryAfterS == 0 {
		f.RetryAfterS = 1
	}
	return f
}
