package nightreport

import (
	"bytes"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// Statuses a night can end with; the status metric has one series each, 1
// for the night's own (an alert rule need not know which exist).
var statuses = []string{imgfriendly.RunPublished, imgfriendly.RunGateFailed, imgfriendly.RunInterrupted, imgfriendly.RunError, imgfriendly.RunRunning}

// WriteMetrics writes the night as a Prometheus textfile for
// node_exporter's textfile collector: the night's status, times and stage
// durations, pages by result, failures by cause, politeness, coverage per
// fact, gates, changes and disk use. Every metric is a gauge describing
// the last night; imgfriendly_last_published_timestamp_seconds says when a
// night last published, for a "nothing published for 36 hours" alert.
func (r Report) WriteMetrics(w io.Writer) error {
	var b bytes.Buffer
	m := &promWriter{w: &b}
	m.help("imgfriendly_night_status", "Status of the last night: 1 for its status, 0 for the others.")
	for _, s := range statuses {
		m.sample("imgfriendly_night_status", boolNum(s == r.Status), "status", s)
	}
	m.help("imgfriendly_night_info", "The last night's run id and date (always 1).")
	m.sample("imgfriendly_night_info", 1, "run_id", r.RunID, "night", r.Night, "schema_version", strconv.Itoa(r.SchemaVersion))
	if !r.StartedAt.IsZero() {
		m.gauge("imgfriendly_night_start_timestamp_seconds", "When the last night started (Unix time).", float64(r.StartedAt.UnixMilli())/1000)
	}
	if !r.EndedAt.IsZero() {
		m.gauge("imgfriendly_night_end_timestamp_seconds", "When the last night ended (Unix time).", float64(r.EndedAt.UnixMilli())/1000)
		m.gauge("imgfriendly_night_duration_seconds", "Wall time of the last night.", r.Wall().Seconds())
	}
	if !r.LastPublishedAt.IsZero() {
		m.gauge("imgfriendly_last_published_timestamp_seconds", "When the newest published night ended (Unix time).", float64(r.LastPublishedAt.UnixMilli())/1000)
	}
	if len(r.Stages) > 0 {
		m.help("imgfriendly_stage_duration_seconds", "Wall time of each stage of the last night.")
		for _, s := range r.Stages {
			m.sample("imgfriendly_stage_duration_seconds", s.Seconds, "stage", s.Name)
		}
	}
	if c := r.Crawl; c != nil {
		m.help("imgfriendly_pages", "Fetches of the last night by result: fetched (a new or changed body), not_modified (304), failed, listed (PDFs listed from links, not fetched).")
		m.sample("imgfriendly_pages", float64(c.OK-c.NotModified), "result", "fetched")
		m.sample("imgfriendly_pages", float64(c.NotModified), "result", "not_modified")
		m.sample("imgfriendly_pages", float64(c.Failed), "result", "failed")
		m.sample("imgfriendly_pages", float64(c.Listed), "result", "listed")
		m.help("imgfriendly_fetch_failures", "Failed fetches of the last night by cause.")
		for _, cause := range failureCauses(c.Causes) {
			m.sample("imgfriendly_fetch_failures", float64(c.Causes[cause]), "cause", cause)
		}
		m.gauge("imgfriendly_crawl_requests", "HTTP requests the last night sent (retries, redirects and robots.txt included).", float64(c.Requests))
		m.gauge("imgfriendly_crawl_retries", "Retried attempts of the last night.", float64(c.Retries))
		m.gauge("imgfriendly_crawl_bytes", "Body bytes the last night read.", float64(c.Bytes))
		m.gauge("imgfriendly_crawl_hosts", "Hosts the last night crawled.", float64(c.Hosts))
		m.gauge("imgfriendly_crawl_pages_per_second", "Pages per second of the last night's crawl.", c.PagesPerSec)
		m.help("imgfriendly_politeness", "What the last night did for politeness: robots_blocked URLs, crawl_delay_hosts, retry_afters waited for, slow_downs, hosts_given_up.")
		m.sample("imgfriendly_politeness", float64(c.RobotsBlocked), "event", "robots_blocked")
		m.sample("imgfriendly_politeness", float64(c.CrawlDelayHosts), "event", "crawl_delay_hosts")
		m.sample("imgfriendly_politeness", float64(c.RetryAfters), "event", "retry_afters")
		m.sample("imgfriendly_politeness", float64(c.SlowDowns), "event", "slow_downs")
		m.sample("imgfriendly_politeness", float64(c.HostsGivenUp), "event", "hosts_given_up")
	}
	if r.InWarehouse {
		m.gauge("imgfriendly_programs", "Programs of the last night.", float64(r.Programs))
		m.help("imgfriendly_programs_with_fact", "Programs of the last night with each fact found.")
		for _, c := range r.Coverage {
			m.sample("imgfriendly_programs_with_fact", float64(c.Programs), "field", string(c.Field))
		}
		m.help("imgfriendly_fact_coverage_ratio", "Share of the last night's programs with each fact found (0..1).")
		for _, c := range r.Coverage {
			m.sample("imgfriendly_fact_coverage_ratio", c.Share, "field", string(c.Field))
		}
		m.help("imgfriendly_fact_changes", "Facts the last night added, changed or removed.")
		for _, k := range []string{"added", "changed", "removed"} {
			m.sample("imgfriendly_fact_changes", float64(r.ChangeCounts[k]), "change", k)
		}
		m.gauge("imgfriendly_home_pages_failed", "Program home pages that failed the last night.", float64(r.HomeFailed))
	}
	if len(r.Gates) > 0 {
		t := r.GateCounts()
		m.help("imgfriendly_gates", "Quality gates of the last night by verdict.")
		m.sample("imgfriendly_gates", float64(t.Passed), "verdict", "passed")
		m.sample("imgfriendly_gates", float64(t.Warned), "verdict", "warned")
		m.sample("imgfriendly_gates", float64(t.Failed), "verdict", "failed")
		m.help("imgfriendly_gate_failing_rows", "Failing rows of each quality gate of the last night.")
		for _, g := range r.Gates {
			m.sample("imgfriendly_gate_failing_rows", float64(g.Failing), "gate", g.Name)
		}
	}
	if len(r.Disk.Entries) > 0 {
		m.help("imgfriendly_data_dir_bytes", "Bytes under each top-level entry of the data directory.")
		for _, e := range r.Disk.Entries {
			m.sample("imgfriendly_data_dir_bytes", float64(e.Bytes), "entry", e.Name)
		}
	}
	if m.err != nil {
		return m.err
	}
	_, err := w.Write(b.Bytes())
	return err
}

// failureCauses lists the causes to report: every known cause (so a cause
// dropping to zero shows as 0, not as a missing series) and any other seen.
func failureCauses(seen map[string]int) []string {
	known := []string{imgfriendly.FetchErrorRobots, imgfriendly.FetchErrorHTTP, imgfriendly.FetchErrorNetwork, imgfriendly.FetchErrorTimeout,
		imgfriendly.FetchErrorTooLarge, imgfriendly.FetchErrorContentType, imgfriendly.FetchErrorRedirect, imgfriendly.FetchErrorScope, imgfriendly.FetchErrorSSRF}
	for _, c := range slices.Sorted(maps.Keys(seen)) {
		if !slices.Contains(known, c) {
			known = append(known, c)
		}
	}
	return known
}

func boolNum(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// promWriter writes the Prometheus text exposition format (version 0.0.4):
// a HELP and a TYPE line per metric, then its samples.
type promWriter struct {
	w   io.Writer
	err error
}

func (p *promWriter) printf(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

// help starts a gauge family.
func (p *promWriter) help(name, help string) {
	p.printf("# HELP %s %s\n# TYPE %s gauge\n", name, escapeHelp(help), name)
}

// gauge writes a family with one unlabelled sample.
func (p *promWriter) gauge(name, help string, v float64) {
	p.help(name, help)
	p.sample(name, v)
}

// sample writes one sample; labels are name, value pairs.
func (p *promWriter) sample(name string, v float64, labels ...string) {
	var b strings.Builder
	b.WriteString(name)
	if len(labels) > 0 {
		b.WriteByte('{')
		for i := 0; i+1 < len(labels); i += 2 {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(labels[i])
			b.WriteString(`="`)
			b.WriteString(escapeLabel(labels[i+1]))
			b.WriteByte('"')
		}
		b.WriteByte('}')
	}
	p.printf("%s %s\n", b.String(), strconv.FormatFloat(v, 'g', -1, 64))
}

// escapeLabel escapes a label value: backslash, double quote and newline.
func escapeLabel(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s)
}

// escapeHelp escapes a HELP text: backslash and newline.
func escapeHelp(s string) string {
	return strings.NewReplacer(`\`, `\\`, "\n", `\n`).Replace(s)
}
