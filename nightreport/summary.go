package nightreport

import (
	"encoding/json"
	"time"

	"github.com/imgfriendly/imgfriendly/crawl"
	"github.com/imgfriendly/imgfriendly/warehouse"
)

// Summary is a night in a few lines of JSON: what a webhook receives and a
// notify command reads on its standard input. It is taken from the run
// manifest alone, so a night that failed before its report could be built
// still has one.
type Summary struct {
	Event           string             `json:"event"` // always "imgfriendly.night"
	RunID           string             `json:"run_id"`
	Night           string             `json:"night"`
	Status          string             `json:"status"`
	ExitCode        int                `json:"exit_code"`
	StartedAt       time.Time          `json:"started_at"`
	EndedAt         time.Time          `json:"ended_at,omitzero"`
	DurationSeconds float64            `json:"duration_seconds,omitempty"`
	StageSeconds    map[string]float64 `json:"stage_seconds,omitempty"`
	Counts          map[string]int     `json:"counts,omitempty"`
	WarehouseCounts map[string]int     `json:"warehouse_counts,omitempty"`
	Pages           *PagesSummary      `json:"pages,omitempty"`
	Gates           GatesSummary       `json:"gates"`
	Error           string             `json:"error,omitempty"`
	Report          string             `json:"report,omitempty"`
	Manifest        string             `json:"manifest"`
	Staging         string             `json:"staging,omitempty"` // kept for inspection
}

// PagesSummary is the crawl in numbers.
type PagesSummary struct {
	Fetched     int            `json:"fetched"`
	NotModified int            `json:"not_modified"`
	Failed      int            `json:"failed"`
	Failures    map[string]int `json:"failures,omitempty"` // by cause
}

// GatesSummary counts the quality gates and names those that did not pass.
type GatesSummary struct {
	Passed  int      `json:"passed"`
	Warned  int      `json:"warned"`
	Failed  int      `json:"failed"`
	Failing []string `json:"failing,omitempty"` // blocking gates that failed
	Warning []string `json:"warning,omitempty"` // gates with failing rows that did not block
}

// Summarize makes the notification summary of a night from its manifest,
// the process's exit code and the report's path ("" when none was written).
func Summarize(dir string, m warehouse.Manifest, exitCode int, report string) Summary {
	s := Summary{
		Event: "imgfriendly.night", RunID: m.RunID, Night: m.Night, Status: m.Status, ExitCode: exitCode,
		StartedAt: m.StartedAt, EndedAt: m.EndedAt, StageSeconds: m.StageSeconds, Counts: m.Counts,
		WarehouseCounts: m.WarehouseCounts, Error: m.Error, Report: report,
		Manifest: warehouse.ManifestPath(dir, m.RunID), Staging: m.StagingPath,
	}
	if !m.EndedAt.IsZero() {
		s.DurationSeconds = m.EndedAt.Sub(m.StartedAt).Seconds()
	}
	if len(m.CrawlStats) > 0 {
		var cs crawl.NightStats
		if json.Unmarshal(m.CrawlStats, &cs) == nil {
			s.Pages = &PagesSummary{Fetched: cs.OK - cs.NotModified, NotModified: cs.NotModified, Failed: cs.Failed, Failures: cs.Causes}
		}
	}
	for _, g := range m.Gates {
		switch gateState(g.Passed, g.WarnOnly, g.Failing) {
		case "pass":
			s.Gates.Passed++
		case "warn":
			s.Gates.Warned++
			s.Gates.Warning = append(s.Gates.Warning, g.Name)
		default:
			s.Gates.Failed++
			s.Gates.Failing = append(s.Gates.Failing, g.Name)
		}
	}
	return s
}
