package nightreport

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"time"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/crawl"
	"github.com/imgfriendly/imgfriendly/warehouse"
)

// Report is everything the night report and the metrics show about one night.
type Report struct {
	RunID       string
	Night       string // YYYY-MM-DD
	Status      string // published, gate_failed, interrupted, error, running
	StartedAt   time.Time
	EndedAt     time.Time
	RecoveredAt time.Time
	// LastPublishedAt is when the newest published night ended (this one,
	// when it published); zero when none has.
	LastPublishedAt       time.Time
	Error                 string
	SchemaVersion         int
	ConfigHash, SeedsHash string
	Manifest              string // path of the run manifest
	Source                string // warehouse file the night's tables were read from; "" when none
	Stages                []Stage
	Counts                map[string]int // per stage (manifest counts)

	// InWarehouse says the night's own rows (coverage, hosts, changes) were
	// found; a night that failed before the warehouse has only its manifest
	// and the history of earlier nights.
	InWarehouse   bool
	Programs      int
	Previous      *TrendNight // the last published night before this one
	Coverage      []Coverage
	Trend         []TrendNight // up to TrendNights nights, oldest first, this one last when in the warehouse
	Crawl         *crawl.NightStats
	Hosts         []Host // worst first
	HostsTotal    int
	HomeFailures  []HomeFailure // home pages failing Options.HomeFailNights nights running or more, longest first
	HomeFailed    int           // home pages that failed tonight
	Gates         []warehouse.GateResult
	Changes       []Change // the first Options.Changes of tonight's changes
	ChangeCounts  map[string]int
	ChangesTotal  int
	Disk          Disk
	Notes         []string // what could not be shown, and why
	GeneratedAt   time.Time
	TrendNights   int
	HomeFailNight int

	lastPublished string // run id of the newest published night
}

// Stage is one stage's wall time.
type Stage struct {
	Name    string
	Seconds float64
}

// Coverage is how many programs have one fact tonight, the night before and
// over the trend.
type Coverage struct {
	Field    imgfriendly.Field
	Programs int // with the fact tonight
	Share    float64
	Previous int       // with the fact the night before; -1 when there is no night before
	Delta    int       // Programs - Previous
	Trend    []float64 // share per trend night, oldest first
}

// TrendNight is one night of the trend (night_stats).
type TrendNight struct {
	RunID       string
	Night       string
	Status      string
	Programs    int
	Fetches     int
	FetchesOK   int // with a body, 304s included
	NotModified int
	Changes     int
	Facts       map[imgfriendly.Field]int
}

// Failed is the night's fetches that left no body.
func (t TrendNight) Failed() int { return t.Fetches - t.FetchesOK }

// Host is one host's crawl of the night (table crawl_hosts).
type Host struct {
	Host                                                string
	Fetches, OK, NotModified, Failed, Requests, Retries int
	RobotsBlocked, Rejected                             int
	Status                                              map[string]int
	LatencyP50, LatencyP95                              float64 // ms
}

// HomeFailure is a program whose home page failed several nights running.
type HomeFailure struct {
	ProgramID, Name, Specialty, State string
	URL                               string
	Nights                            int // consecutive nights, tonight included
	Status                            int
	Error                             string
}

// Change is one fact change of tonight, with its program's name.
type Change struct {
	warehouse.Change
	Name  string
	First bool // the first of its program's rows in a list
}

// ChangesShown lists the shown changes of the given kinds, in order, each
// program's name on its first row only.
func (r Report) ChangesShown(kinds ...string) []Change {
	var out []Change
	for _, c := range r.Changes {
		if !slices.Contains(kinds, c.Change.Change) {
			continue
		}
		c.First = len(out) == 0 || out[len(out)-1].ProgramID != c.ProgramID
		out = append(out, c)
	}
	return out
}

// GatesNotPassed lists the gates that failed or warned, in order.
func (r Report) GatesNotPassed() []warehouse.GateResult {
	var out []warehouse.GateResult
	for _, g := range r.Gates {
		if gateState(g.Passed, g.WarnOnly, g.Failing) != "pass" {
			out = append(out, g)
		}
	}
	return out
}

// GatesPassed lists the gates that passed with no failing row, in order.
func (r Report) GatesPassed() []warehouse.GateResult {
	var out []warehouse.GateResult
	for _, g := range r.Gates {
		if gateState(g.Passed, g.WarnOnly, g.Failing) == "pass" {
			out = append(out, g)
		}
	}
	return out
}

// Options bound what a report shows.
type Options struct {
	TrendNights    int       // nights in the trend charts; default 30
	Hosts          int       // hosts listed; default 10
	Changes        int       // changes listed; default 200
	HomeFailNights int       // a home page failing this many nights running is listed (seed_failing_nights); default 3
	Now            time.Time // the report's time; default time.Now
}

func (o Options) withDefaults() Options {
	if o.TrendNights <= 0 {
		o.TrendNights = 30
	}
	if o.Hosts <= 0 {
		o.Hosts = 10
	}
	if o.Changes <= 0 {
		o.Changes = 200
	}
	if o.HomeFailNights <= 0 {
		o.HomeFailNights = 3
	}
	if o.Now.IsZero() {
		o.Now = time.Now()
	}
	return o
}

// Build gathers the report of run runID from the data directory dir: its
// manifest, and the warehouse it was loaded into — the kept staging file
// of a night that failed its gates, else the published warehouse (whose
// history also serves a night that never reached it).
func Build(ctx context.Context, dir, runID string, o Options) (Report, error) {
	o = o.withDefaults()
	m, err := warehouse.ReadManifest(dir, runID)
	if err != nil {
		return Report{}, fmt.Errorf("night report: %w", err)
	}
	r := Report{
		RunID: m.RunID, Night: m.Night, Status: m.Status, StartedAt: m.StartedAt, EndedAt: m.EndedAt,
		RecoveredAt: m.RecoveredAt, Error: m.Error, SchemaVersion: m.SchemaVersion, ConfigHash: m.ConfigHash,
		SeedsHash: m.SeedsHash, Manifest: warehouse.ManifestPath(dir, runID), Counts: m.Counts,
		Gates: m.Gates, GeneratedAt: o.Now.UTC(), TrendNights: o.TrendNights, HomeFailNight: o.HomeFailNights,
	}
	for _, name := range []string{"crawl", "extract", "transform", "warehouse"} {
		if s, ok := m.StageSeconds[name]; ok {
			r.Stages = append(r.Stages, Stage{name, s})
		}
	}
	var others []string
	for name := range m.StageSeconds {
		if !knownStage(name) {
			others = append(others, name)
		}
	}
	sort.Strings(others)
	for _, name := range others {
		r.Stages = append(r.Stages, Stage{name, m.StageSeconds[name]})
	}
	if len(m.CrawlStats) > 0 {
		var cs crawl.NightStats
		if err := json.Unmarshal(m.CrawlStats, &cs); err != nil {
			r.Notes = append(r.Notes, fmt.Sprintf("crawl statistics in the manifest could not be read: %v", err))
		} else {
			r.Crawl = &cs
		}
	}
	source := filepath.Join(dir, warehouse.WarehouseFile)
	if staging := filepath.Join(dir, warehouse.StagingDir, runID+".duckdb"); m.Status != imgfriendly.RunPublished && exists(staging) {
		source = staging
	}
	if exists(source) {
		if err := gather(ctx, source, &r, o); err != nil {
			return r, fmt.Errorf("night report: %s: %w", source, err)
		}
		r.Source = source
	} else {
		r.Notes = append(r.Notes, "no warehouse yet: no history to show")
	}
	if !r.InWarehouse {
		r.Notes = append(r.Notes, "this night's rows are not in any warehouse (it ended before being staged, or its staging file is gone): coverage, hosts and changes are not shown")
	}
	// The newest published night ended when its manifest says (the runs
	// table has the time its row was written, before the publish).
	if r.lastPublished == r.RunID && r.Status == imgfriendly.RunPublished {
		r.LastPublishedAt = r.EndedAt
	} else if r.lastPublished != "" {
		if pm, err := warehouse.ReadManifest(dir, r.lastPublished); err == nil && !pm.EndedAt.IsZero() {
			r.LastPublishedAt = pm.EndedAt
		}
	}
	r.Disk, err = diskUse(dir)
	if err != nil {
		r.Notes = append(r.Notes, fmt.Sprintf("disk use: %v", err))
	}
	return r, nil
}

func knownStage(name string) bool {
	switch name {
	case "crawl", "extract", "transform", "warehouse":
		return true
	}
	return false
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// Wall is the night's wall time, start to end.
func (r Report) Wall() time.Duration {
	if r.EndedAt.IsZero() || r.StartedAt.IsZero() {
		return 0
	}
	return r.EndedAt.Sub(r.StartedAt)
}

// GateTally counts gates by verdict.
type GateTally struct{ Passed, Warned, Failed int }

// GateCounts counts the gates that passed clean, warned (failing rows that
// do not block) and failed.
func (r Report) GateCounts() GateTally {
	var t GateTally
	for _, g := range r.Gates {
		switch gateState(g.Passed, g.WarnOnly, g.Failing) {
		case "pass":
			t.Passed++
		case "warn":
			t.Warned++
		default:
			t.Failed++
		}
	}
	return t
}
