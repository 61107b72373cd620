package nightreport

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/crawl"
	"github.com/imgfriendly/imgfriendly/warehouse"
)

// writeManifest puts a run manifest into a fresh data directory.
func writeManifest(t *testing.T, dir string, m warehouse.Manifest) {
	t.Helper()
	if err := os.MkdirAll(filepath.Join(dir, warehouse.RunsDir), 0o755); err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(m)
	if err := os.WriteFile(warehouse.ManifestPath(dir, m.RunID), b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// A night that died in the crawl, on a data directory with no warehouse
// yet: the report says what went wrong and what it cannot show; the metrics
// carry the status and the crawl, and no coverage.
func TestReportOfANightThatNeverReachedTheWarehouse(t *testing.T) {
	dir := t.TempDir()
	stats, _ := json.Marshal(crawl.NightStats{Fetches: 10, OK: 4, Failed: 6, Causes: map[string]int{"network": 6, `odd "cause"` + "\nx": 0}})
	start := time.Date(2026, 11, 25, 2, 0, 0, 0, time.UTC)
	writeManifest(t, dir, warehouse.Manifest{
		RunID: "20261125T020000Z", Night: "2026-11-25", StartedAt: start, EndedAt: start.Add(90 * time.Second),
		Status: imgfriendly.RunError, Error: "crawl: page store: disk full <b>", CrawlStats: stats,
		StageSeconds: map[string]float64{"crawl": 90},
	})
	r, err := Write(context.Background(), dir, "20261125T020000Z", Options{}, Files{Link: true, Metrics: filepath.Join(dir, "metrics.prom")})
	if err != nil {
		t.Fatal(err)
	}
	if r.InWarehouse || len(r.Notes) < 2 {
		t.Errorf("in warehouse %v, notes %q", r.InWarehouse, r.Notes)
	}
	page, err := os.ReadFile(warehouse.ReportPath(dir, "20261125T020000Z"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`data-status="error"`, "disk full &lt;b&gt;", "no warehouse yet", `id="pages-failed">6<`} {
		if !bytes.Contains(page, []byte(want)) {
			t.Errorf("report lacks %q", want)
		}
	}
	if target, err := os.Readlink(filepath.Join(dir, "report.html")); err != nil || target != "runs/20261125T020000Z.html" {
		t.Errorf("report.html → %q, %v", target, err)
	}
	f, err := os.Open(filepath.Join(dir, "metrics.prom"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p := expfmt.NewTextParser(model.LegacyValidation)
	fams, err := p.TextToMetricFamilies(f)
	if err != nil {
		t.Fatalf("metrics do not parse: %v", err)
	}
	for _, m := range fams["imgfriendly_night_status"].GetMetric() {
		want := 0.0
		if m.GetLabel()[0].GetValue() == imgfriendly.RunError {
			want = 1
		}
		if m.GetGauge().GetValue() != want {
			t.Errorf("status %s = %v", m.GetLabel()[0].GetValue(), m.GetGauge().GetValue())
		}
	}
	if fams["imgfriendly_night_duration_seconds"].GetMetric()[0].GetGauge().GetValue() != 90 {
		t.Error("duration")
	}
	if fams["imgfriendly_programs_with_fact"] != nil || fams["imgfriendly_last_published_timestamp_seconds"] != nil {
		t.Error("coverage or a last published time for a night with no warehouse")
	}
	// A label value with quotes and a newline survives the round trip.
	found := false
	for _, m := range fams["imgfriendly_fetch_failures"].GetMetric() {
		if m.GetLabel()[0].GetValue() == `odd "cause"`+"\nx" {
			found = true
		}
	}
	if !found {
		t.Error("an escaped label value did not round-trip")
	}
}

func TestSummarize(t *testing.T) {
	stats, _ := json.Marshal(crawl.NightStats{OK: 10, NotModified: 4, Failed: 2, Causes: map[string]int{"timeout": 2}})
	m := warehouse.Manifest{RunID: "r1", Night: "2026-11-25", Status: imgfriendly.RunGateFailed,
		StartedAt: time.Unix(0, 0), EndedAt: time.Unix(60, 0), CrawlStats: stats, StagingPath: "/d/staging/r1.duckdb",
		Gates: []warehouse.GateResult{{Name: "a", Passed: true}, {Name: "b", Failing: 3}, {Name: "c", Failing: 1, WarnOnly: true, Passed: true}}}
	s := Summarize("/d", m, 3, "/d/runs/r1.html")
	if s.Event != "imgfriendly.night" || s.ExitCode != 3 || s.DurationSeconds != 60 || s.Manifest != "/d/runs/r1.json" {
		t.Errorf("summary %+v", s)
	}
	if s.Pages == nil || s.Pages.Fetched != 6 || s.Pages.NotModified != 4 || s.Pages.Failures["timeout"] != 2 {
		t.Errorf("pages %+v", s.Pages)
	}
	if s.Gates.Passed != 1 || s.Gates.Failed != 1 || s.Gates.Warned != 1 || s.Gates.Failing[0] != "b" || s.Gates.Warning[0] != "c" {
		t.Errorf("gates %+v", s.Gates)
	}
}

func TestSparklineScale(t *testing.T) {
	flat := string(sparkline([]float64{0.5, 0.5125}, nil))
	steep := string(sparkline([]float64{0.3, 0.6}, nil))
	// One program of 80 more must not draw the same slope as 30 points more.
	if flat == steep || !strings.Contains(steep, "polyline") {
		t.Errorf("sparklines:\n%s\n%s", flat, steep)
	}
}
