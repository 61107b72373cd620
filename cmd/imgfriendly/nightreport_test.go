package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
	"golang.org/x/net/html"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/crawl"
	"github.com/imgfriendly/imgfriendly/internal/browsertest"
	"github.com/imgfriendly/imgfriendly/testweb"
	"github.com/imgfriendly/imgfriendly/warehouse"
)

// faultyWeb is a small synthetic web where every fault a night can meet
// happens, and 30 % of the program hosts are down on each night (drawn
// anew per night, so some are down two nights running). No fault makes a
// request hang: the test stays quick.
func faultyWeb(night int) testweb.Config {
	f := testweb.AllFaults(0.06)
	f.Timeout, f.Slow = 0, 0
	f.HostDown = 0.3
	f.OversizeBytes = 2 << 20
	return testweb.Config{Programs: 80, Seed: 11, Night: night, Faults: f}
}

// cli runs imgfriendly in process and returns its exit code and outputs.
func cli(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, strings.NewReader(""), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// TestNightReportOnFaultyNights runs three nights on a faulty synthetic web
// — two that publish (the web changes between them) and a third that fails
// a gate — and checks what the operator gets after each: the night report
// (parsed as HTML and compared with the warehouse, the manifest and the
// crawl statistics), report.html, the Prometheus textfile (parsed by
// Prometheus's own parser), the webhook and command notifications, HTML
// validity, the page in a real Chromium, and gc.
func TestNightReportOnFaultyNights(t *testing.T) {
	if testing.Short() {
		t.Skip("three synthetic nights; not in -short")
	}
	dir := t.TempDir()
	hooks := make(chan []byte, 4)
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		hooks <- b
	}))
	defer hook.Close()
	cmdOut := filepath.Join(t.TempDir(), "notified")

	nightArgs := func(fx nightFixture, date string) []string {
		return append(fx.args(dir), "--night-date", date,
			"--set", "crawl.max_body_bytes=1048576", "--set", "crawl.max_attempts=3",
			"--set", "crawl.retry_backoff_min=50ms", "--set", "crawl.retry_backoff_max=200ms",
			// 30 % of hosts down, drawn anew each night, moves the roster count
			// more than the default 20 % allows on 80 programs.
			"--set", "warehouse.gates.max_roster_programs_drop=0.6",
			"--set", "seed_failing_nights=2",
			"--set", "notify.webhook="+hook.URL, "--set", `notify.command=cat > `+cmdOut,
			"run")
	}

	// Night 1 and night 2 publish.
	fx1 := newNightFixture(t, faultyWeb(0))
	if code, _, stderr := cli(t, nightArgs(fx1, "2026-11-24")...); code != exitOK {
		t.Fatalf("night 1: exit %d\n%s", code, stderr)
	}
	<-hooks
	fx2 := newNightFixture(t, faultyWeb(1))
	code, stdout, stderr := cli(t, nightArgs(fx2, "2026-11-25")...)
	if code != exitOK {
		t.Fatalf("night 2: exit %d\n%s", code, stderr)
	}
	runs, err := warehouse.Runs(dir)
	if err != nil || len(runs) != 2 {
		t.Fatalf("runs: %v %v", runs, err)
	}
	run1, run2 := runs[0].RunID, runs[1].RunID
	report2 := warehouse.ReportPath(dir, run2)
	if !strings.Contains(stdout, "night report: "+report2) {
		t.Errorf("the summary does not name the report %s:\n%s", report2, stdout)
	}
	m2, err := warehouse.ReadManifest(dir, run2)
	if err != nil {
		t.Fatal(err)
	}
	var cs crawl.NightStats
	if err := json.Unmarshal(m2.CrawlStats, &cs); err != nil {
		t.Fatal(err)
	}
	t.Run("published report", func(t *testing.T) {
		checkPublishedReport(t, dir, run1, run2, m2, cs)
	})
	t.Run("notifications", func(t *testing.T) {
		var sum map[string]any
		if err := json.Unmarshal(<-hooks, &sum); err != nil {
			t.Fatal(err)
		}
		if sum["run_id"] != run2 || sum["status"] != imgfriendly.RunPublished || sum["exit_code"] != float64(0) || sum["report"] != report2 {
			t.Errorf("webhook summary: %v", sum)
		}
		pages, _ := sum["pages"].(map[string]any)
		if pages["failed"] != float64(cs.Failed) || pages["not_modified"] != float64(cs.NotModified) {
			t.Errorf("webhook pages %v, crawl stats failed %d, 304 %d", pages, cs.Failed, cs.NotModified)
		}
		b, err := os.ReadFile(cmdOut)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), `"run_id":"`+run2+`"`) {
			t.Errorf("notify command's input: %s", b)
		}
	})
	t.Run("metrics after a published night", func(t *testing.T) {
		checkMetrics(t, dir, m2, cs, imgfriendly.RunPublished)
	})
	t.Run("html validity", func(t *testing.T) { checkHTMLValid(t, report2) })
	t.Run("chromium", func(t *testing.T) { checkInChromium(t, report2, "night-report.png") })

	// Night 3: a quarter of the programs are gone, so delta_programs fails.
	few := filepath.Join(t.TempDir(), "few.csv")
	if err := writeSeedsFile(few, fx2.web.Programs()[:60]); err != nil {
		t.Fatal(err)
	}
	args := append(nightArgs(fx2, "2026-11-26"), "--set", "seeds="+few, "--set", "warehouse.gates.min_base=1", "--set", "warehouse.gates.max_programs_drop=0.05")
	if code, _, stderr := cli(t, args...); code != exitGateFailed {
		t.Fatalf("night 3: exit %d, want %d\n%s", code, exitGateFailed, stderr)
	}
	runs, _ = warehouse.Runs(dir)
	run3 := runs[len(runs)-1].RunID
	t.Run("gate-failed report", func(t *testing.T) {
		doc := parseReport(t, filepath.Join(dir, warehouse.ReportLink)) // report.html follows the newest night
		if st := attr(byID(t, doc, "status"), "data-status"); st != imgfriendly.RunGateFailed {
			t.Errorf("status %q", st)
		}
		if got := text(byID(t, doc, "programs")); got != "60" {
			t.Errorf("programs %q, want 60 (read from the kept staging file)", got)
		}
		g := find(doc, func(n *html.Node) bool { return attr(n, "data-gate") == "delta_programs" })
		if g == nil || attr(g, "data-state") != "fail" {
			t.Fatalf("delta_programs row: %v", g)
		}
		sample := find(doc, func(n *html.Node) bool { return attr(n, "data-gate-sample") == "delta_programs" })
		if sample == nil || !strings.Contains(text(sample), "80") || !strings.Contains(text(sample), "60") {
			t.Errorf("delta_programs sample should show 80 → 60 programs: %q", text(sample))
		}
		failed := 0
		for _, g := range findAll(byID(t, doc, "gates"), func(n *html.Node) bool { return attr(n, "data-state") == "fail" }) {
			failed++
			_ = g
		}
		if c := text(byID(t, doc, "gates-failed")); failed == 0 || !strings.HasPrefix(c, strconv.Itoa(failed)+" /") {
			t.Errorf("gates failed card %q, %d gate rows failed", c, failed)
		}
		var sum map[string]any
		if err := json.Unmarshal(<-hooks, &sum); err != nil {
			t.Fatal(err)
		}
		gates, _ := sum["gates"].(map[string]any)
		if sum["run_id"] != run3 || sum["status"] != imgfriendly.RunGateFailed || sum["exit_code"] != float64(exitGateFailed) ||
			!strings.Contains(fmt.Sprint(gates["failing"]), "delta_programs") || sum["staging"] == nil {
			t.Errorf("webhook summary of the failed night: %v", sum)
		}
	})
	t.Run("metrics after a failed night", func(t *testing.T) {
		m3, _ := warehouse.ReadManifest(dir, run3)
		var cs3 crawl.NightStats
		json.Unmarshal(m3.CrawlStats, &cs3)
		fams := checkMetrics(t, dir, m3, cs3, imgfriendly.RunGateFailed)
		// The last published night is night 2.
		last := fams["imgfriendly_last_published_timestamp_seconds"].GetMetric()[0].GetGauge().GetValue()
		if want := float64(m2.EndedAt.UnixMilli()) / 1000; last != want {
			t.Errorf("last published %v, want night 2's end %v", last, want)
		}
	})
	t.Run("html validity of the failed night", func(t *testing.T) { checkHTMLValid(t, warehouse.ReportPath(dir, run3)) })
	t.Run("chromium, failed night", func(t *testing.T) {
		checkInChromium(t, warehouse.ReportPath(dir, run3), "night-report-gate-failed.png")
	})
	t.Run("gc keeps what evidence points to", func(t *testing.T) { checkGC(t, dir, run1, run2, run3) })
}

// checkPublishedReport compares night 2's report with the warehouse, the
// manifest and the crawl statistics.
func checkPublishedReport(t *testing.T, dir, run1, run2 string, m warehouse.Manifest, cs crawl.NightStats) {
	link, err := os.Readlink(filepath.Join(dir, warehouse.ReportLink))
	if err != nil || link != filepath.Join(warehouse.RunsDir, run2+".html") {
		t.Errorf("report.html → %q (%v), want runs/%s.html", link, err, run2)
	}
	doc := parseReport(t, warehouse.ReportPath(dir, run2))
	if st, id := attr(byID(t, doc, "status"), "data-status"), attr(byID(t, doc, "status"), "data-run-id"); st != imgfriendly.RunPublished || id != run2 {
		t.Errorf("header: status %q run %q", st, id)
	}
	for id, want := range map[string]int{"programs": 80, "pages-fetched": cs.OK - cs.NotModified, "pages-304": cs.NotModified, "pages-failed": cs.Failed} {
		if got := text(byID(t, doc, id)); got != strconv.Itoa(want) {
			t.Errorf("#%s = %q, want %d", id, got, want)
		}
	}
	if cs.Failed == 0 || cs.NotModified == 0 {
		t.Errorf("the faulty second night should have failures and 304s: %+v", cs)
	}

	w, err := warehouse.Open(context.Background(), filepath.Join(dir, warehouse.WarehouseFile), true)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	db := w.DB()
	count := func(q string, args ...any) int {
		t.Helper()
		var n int
		if err := db.QueryRow(q, args...).Scan(&n); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		return n
	}

	// Coverage: tonight and the night before, per field, from night_stats.
	perField := func(run string, field imgfriendly.Field) int {
		return count(`SELECT coalesce(max(value), 0)::INT FROM night_stats WHERE run_id = ? AND metric = 'facts_per_field' AND key = ?`, run, string(field))
	}
	for _, fk := range imgfriendly.FieldKinds {
		row := find(doc, func(n *html.Node) bool { return n.Data == "tr" && attr(n, "data-field") == string(fk.Field) })
		if row == nil {
			t.Errorf("coverage has no row for %s", fk.Field)
			continue
		}
		got := [2]string{text(findClass(row, "cov-n")), text(findClass(row, "cov-prev"))}
		want := [2]string{strconv.Itoa(perField(run2, fk.Field)), strconv.Itoa(perField(run1, fk.Field))}
		if got != want {
			t.Errorf("coverage of %s: %v, want %v (tonight, previous)", fk.Field, got, want)
		}
		if find(row, func(n *html.Node) bool { return n.Data == "svg" }) == nil {
			t.Errorf("coverage of %s has no trend chart", fk.Field)
		}
	}

	// Failures by cause, and politeness, as the crawl counted them.
	for cause, n := range cs.Causes {
		row := find(doc, func(x *html.Node) bool { return attr(x, "data-cause") == cause })
		if row == nil || !strings.HasSuffix(text(row), strconv.Itoa(n)) {
			t.Errorf("failures by cause: %s row %q, want %d", cause, text(row), n)
		}
	}
	for k, want := range map[string]int{"robots_blocked": cs.RobotsBlocked, "crawl_delay_hosts": cs.CrawlDelayHosts,
		"retry_afters": cs.RetryAfters, "slow_downs": cs.SlowDowns, "hosts_given_up": cs.HostsGivenUp} {
		row := find(doc, func(x *html.Node) bool { return attr(x, "data-k") == k })
		if row == nil || !strings.HasSuffix(text(row), strconv.Itoa(want)) {
			t.Errorf("politeness %s: %q, want %d", k, text(row), want)
		}
	}
	if cs.CrawlDelayHosts == 0 || cs.RetryAfters == 0 || cs.RobotsBlocked == 0 {
		t.Errorf("the faulty web should make the crawler keep to Crawl-delays, wait for Retry-Afters and obey robots.txt: %+v", cs)
	}

	// The worst host comes first.
	hosts := findAll(byID(t, doc, "hosts"), func(n *html.Node) bool { return n.Data == "tr" && attr(n, "data-host") != "" })
	worst := count(`SELECT max(failed) FROM crawl_hosts WHERE run_id = ?`, run2)
	if len(hosts) == 0 || count(`SELECT failed FROM crawl_hosts WHERE run_id = ? AND host = ?`, run2, attr(hosts[0], "data-host")) != worst {
		t.Errorf("hosts table should start with a host of %d failures, has %d rows", worst, len(hosts))
	}

	// Home pages failing both nights (seed_failing_nights is 2 here).
	want := count(`SELECT count(*) FROM seed_health WHERE run_id = ? AND failing_nights >= 2`, run2)
	rows := findAll(byID(t, doc, "home-failures"), func(n *html.Node) bool { return n.Data == "tr" && attr(n, "data-program") != "" })
	if want == 0 || len(rows) != want {
		t.Errorf("home pages failing two nights running: %d listed, %d in seed_health (want some)", len(rows), want)
	}
	for _, r := range rows {
		if n := text(findClass(r, "nights")); n != "2" {
			t.Errorf("program %s: %s nights, want 2", attr(r, "data-program"), n)
		}
	}

	// Gates: every gate of the manifest, none failed.
	gates := findAll(byID(t, doc, "gates"), func(n *html.Node) bool { return attr(n, "data-gate") != "" })
	if len(gates) != len(m.Gates) {
		t.Errorf("%d gates in the report, %d in the manifest", len(gates), len(m.Gates))
	}
	for _, g := range gates {
		if attr(g, "data-state") == "fail" {
			t.Errorf("gate %s shown failed on a published night", attr(g, "data-gate"))
		}
	}

	// Changes since night 1, each with its evidence.
	total := count(`SELECT count(*) FROM changes WHERE run_id = ?`, run2)
	if got := text(byID(t, doc, "changes-total")); got != strconv.Itoa(total) || total == 0 {
		t.Errorf("changes total %q, warehouse %d (want some: the web changed)", got, total)
	}
	changes := findAll(byID(t, doc, "changes"), func(n *html.Node) bool { return attr(n, "class") == "change" })
	if len(changes) != min(total, 200) {
		t.Errorf("%d changes listed of %d", len(changes), total)
	}
	for _, c := range changes {
		kind := attr(c, "data-change")
		n := count(`SELECT count(*) FROM changes WHERE run_id = ? AND program_id = ? AND field = ? AND change = ?`, run2, attr(c, "data-program"), attr(c, "data-field"), kind)
		if n != 1 {
			t.Errorf("listed change %s %s %s is not in the warehouse", attr(c, "data-program"), attr(c, "data-field"), kind)
		}
		if kind == "changed" && (findAll(c, func(n *html.Node) bool { return n.Data == "a" }) == nil || len(findAll(c, func(n *html.Node) bool { return n.Data == "q" })) != 2) {
			t.Errorf("a changed fact should show the old and new evidence: %q", text(c))
		}
	}

	// Disk use names the data directory's parts.
	for _, e := range []string{"pages/", "runs/", "warehouse.duckdb", "parquet/"} {
		if find(byID(t, doc, "disk"), func(n *html.Node) bool { return attr(n, "data-entry") == e }) == nil {
			t.Errorf("disk use does not list %s", e)
		}
	}

	// Self-contained: no script, nothing loaded.
	for _, n := range findAll(doc, func(n *html.Node) bool { return true }) {
		if n.Type != html.ElementNode {
			continue
		}
		if n.Data == "script" || n.Data == "link" || n.Data == "img" || n.Data == "iframe" || attr(n, "src") != "" {
			t.Errorf("the report loads or runs something: <%s src=%q>", n.Data, attr(n, "src"))
		}
		for _, a := range n.Attr {
			if strings.HasPrefix(a.Key, "on") {
				t.Errorf("event handler %s on <%s>", a.Key, n.Data)
			}
		}
	}
}

// checkMetrics parses the textfile with Prometheus's own parser and
// compares it with the night.
func checkMetrics(t *testing.T, dir string, m warehouse.Manifest, cs crawl.NightStats, status string) map[string]*dto.MetricFamily {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, warehouse.MetricsFile))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// Legacy (classic) names: what node_exporter's textfile collector and
	// every Prometheus version accept.
	p := expfmt.NewTextParser(model.LegacyValidation)
	fams, err := p.TextToMetricFamilies(f)
	if err != nil {
		t.Fatalf("metrics.prom does not parse: %v", err)
	}
	value := func(name string, labels ...string) (float64, bool) {
		fam := fams[name]
		if fam == nil {
			return 0, false
		}
	next:
		for _, mt := range fam.GetMetric() {
			got := map[string]string{}
			for _, l := range mt.GetLabel() {
				got[l.GetName()] = l.GetValue()
			}
			for i := 0; i+1 < len(labels); i += 2 {
				if got[labels[i]] != labels[i+1] {
					continue next
				}
			}
			return mt.GetGauge().GetValue(), true
		}
		return 0, false
	}
	expect := func(want float64, name string, labels ...string) {
		t.Helper()
		if got, ok := value(name, labels...); !ok || got != want {
			t.Errorf("%s%v = %v (present %v), want %v", name, labels, got, ok, want)
		}
	}
	for _, s := range []string{imgfriendly.RunPublished, imgfriendly.RunGateFailed, imgfriendly.RunError, imgfriendly.RunInterrupted} {
		expect(boolFloat(s == status), "imgfriendly_night_status", "status", s)
	}
	expect(1, "imgfriendly_night_info", "run_id", m.RunID, "night", m.Night)
	expect(float64(cs.Failed), "imgfriendly_pages", "result", "failed")
	expect(float64(cs.NotModified), "imgfriendly_pages", "result", "not_modified")
	expect(float64(cs.OK-cs.NotModified), "imgfriendly_pages", "result", "fetched")
	for cause, n := range cs.Causes {
		expect(float64(n), "imgfriendly_fetch_failures", "cause", cause)
	}
	expect(0, "imgfriendly_fetch_failures", "cause", imgfriendly.FetchErrorSSRF) // known causes are present at zero
	for stage, s := range m.StageSeconds {
		expect(s, "imgfriendly_stage_duration_seconds", "stage", stage)
	}
	if _, ok := value("imgfriendly_stage_duration_seconds", "stage", "warehouse"); !ok {
		t.Error("no warehouse stage duration")
	}
	expect(float64(m.EndedAt.Sub(m.StartedAt).Seconds()), "imgfriendly_night_duration_seconds")
	expect(float64(m.WarehouseCounts["programs"]), "imgfriendly_programs")
	for _, fk := range imgfriendly.FieldKinds {
		if _, ok := value("imgfriendly_fact_coverage_ratio", "field", string(fk.Field)); !ok {
			t.Errorf("no coverage for %s", fk.Field)
		}
	}
	failed := 0
	for _, g := range m.Gates {
		if !g.Passed {
			failed++
		}
		expect(float64(g.Failing), "imgfriendly_gate_failing_rows", "gate", g.Name)
	}
	expect(float64(failed), "imgfriendly_gates", "verdict", "failed")
	for name, fam := range fams {
		if fam.GetType().String() != "GAUGE" || !strings.HasPrefix(name, "imgfriendly_") || fam.GetHelp() == "" {
			t.Errorf("%s: type %s, help %q", name, fam.GetType(), fam.GetHelp())
		}
	}
	return fams
}

func boolFloat(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// checkHTMLValid runs HTML Tidy over a report: no error, no warning. Tidy
// is Debian's tidy package; without it the check cannot run (a skip, not a
// pass; under CI, where .ci/run installs it, a failure).
func checkHTMLValid(t *testing.T, path string) {
	tidy, err := exec.LookPath("tidy")
	if err != nil {
		const msg = "HTML Tidy is not installed, so the report's HTML validity is not checked: apt-get install -y tidy (.ci/run installs it)"
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	// Empty inline elements (the bars of the tables) are valid HTML5; tidy
	// would only drop them when tidying.
	out, err := exec.Command(tidy, "-errors", "-quiet", "--show-warnings", "yes", "--drop-empty-elements", "no", path).CombinedOutput()
	if err != nil || len(bytes.TrimSpace(out)) > 0 {
		t.Errorf("tidy finds problems in %s (%v):\n%s", path, err, out)
	}
}

// checkInChromium opens the report in a real headless Chromium: it renders
// (its title, the status badge and the charts have a size), runs no script,
// and asks for nothing over the network. The screenshot goes to
// $IMGF_SCREENSHOT_DIR when set, for a person to look at.
func checkInChromium(t *testing.T, path, shot string) {
	ctx := browsertest.New(t, browsertest.Options{Width: 1280, Height: 900})
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+path)); err != nil {
		t.Fatal(err)
	}
	title, err := chromedp.Run(ctx, chromedp.Title())
	if err != nil || !strings.HasPrefix(title, "imgfriendly night ") {
		t.Errorf("title %q (%v)", title, err)
	}
	type box struct{ W, H float64 }
	sizes, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]box](`(() => {
		const r = {};
		for (const sel of ["header .badge", "#coverage svg", "#pages svg.chart", "#stages svg", "#disk td.barcell .bar", "#pages td.barcell .bar"]) {
			const e = document.querySelector(sel); const b = e ? e.getBoundingClientRect() : {width: 0, height: 0};
			r[sel] = {W: b.width, H: b.height};
		}
		return r; })()`))
	if err != nil {
		t.Fatal(err)
	}
	for sel, b := range sizes {
		if b.W < 10 || b.H < 10 {
			t.Errorf("%s renders %vx%v", sel, b.W, b.H)
		}
	}
	// The status badge must be readable: its text against its background
	// (WCAG contrast ratio, 3:1 for large bold text). A gate_failed badge
	// once showed amber text on amber.
	contrast, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`(() => {
		const s = getComputedStyle(document.querySelector("header .badge"));
		const lum = c => { const v = c.match(/[\d.]+/g).slice(0, 3).map(x => { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
			return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
		const a = lum(s.color), b = lum(s.backgroundColor);
		return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); })()`))
	if err != nil || contrast < 3 {
		t.Errorf("status badge contrast %.2f:1, want ≥ 3:1 (%v)", contrast, err)
	}
	resources, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`performance.getEntriesByType("resource").map(e => e.name)`))
	if err != nil || len(resources) > 0 {
		t.Errorf("the report loaded %v (%v)", resources, err)
	}
	overflow, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth + 1`))
	if err != nil || overflow {
		t.Errorf("the report is wider than the window (%v)", err)
	}
	shotDir := os.Getenv("IMGF_SCREENSHOT_DIR")
	if shotDir == "" {
		shotDir = t.TempDir()
	}
	browsertest.Screenshot(t, ctx, filepath.Join(shotDir, shot))
}

// checkGC runs gc with one night kept, dry and for real: the pages and
// cached extracts nothing refers to go, every page the published
// warehouse refers to stays and reads back whole.
func checkGC(t *testing.T, dir, run1, run2, run3 string) {
	keep1 := []string{"--dir", dir, "--set", "retention.keep_nights=1"}
	code, dry, stderr := cli(t, append(keep1, "gc", "--dry-run")...)
	if code != exitOK {
		t.Fatalf("gc --dry-run: exit %d\n%s", code, stderr)
	}
	if _, err := os.Stat(warehouse.ManifestPath(dir, run1)); err != nil {
		t.Fatalf("dry run removed night 1's manifest: %v", err)
	}
	code, out, stderr := cli(t, append(keep1, "gc")...)
	if code != exitOK {
		t.Fatalf("gc: exit %d\n%s", code, stderr)
	}
	if dry[strings.Index(dry, "journals"):] != strings.Replace(out[strings.Index(out, "journals"):], "removed", "would remove", 1) {
		t.Errorf("the dry run and the run differ:\n%s\n---\n%s", dry, out)
	}
	// Night 1 is gone; night 2 (published) and night 3 (kept in staging, and
	// the newest) stay.
	for run, kept := range map[string]bool{run1: false, run2: true, run3: true} {
		_, err := os.Stat(warehouse.ManifestPath(dir, run))
		if (err == nil) != kept {
			t.Errorf("manifest of %s kept = %v, want %v", run, err == nil, kept)
		}
	}
	if !strings.Contains(out, "kept "+run2+": the published night") {
		t.Errorf("gc does not say why night 2 is kept:\n%s", out)
	}
	w, err := warehouse.Open(context.Background(), filepath.Join(dir, warehouse.WarehouseFile), true)
	if err != nil {
		t.Fatal(err)
	}
	refs, unresolved, err := w.PageRefs(context.Background())
	w.Close()
	if err != nil || len(unresolved) > 0 || len(refs) == 0 {
		t.Fatalf("page refs: %d refs, %d unresolved, %v", len(refs), len(unresolved), err)
	}
	store, err := crawl.OpenStore(filepath.Join(dir, "pages"))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range refs {
		if _, err := store.Get(r.ContentHash); err != nil {
			t.Errorf("gc removed page %s of %s, which the warehouse refers to: %v", r.ContentHash, r.URL, err)
		}
	}
	if !strings.Contains(out, "pages") {
		t.Errorf("gc output:\n%s", out)
	}
}

// Helpers for reading the report as HTML.

func parseReport(t *testing.T, path string) *html.Node {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := html.Parse(f)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func attr(n *html.Node, key string) string {
	if n == nil {
		return ""
	}
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func findAll(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	if n == nil {
		return nil
	}
	var walk func(*html.Node)
	walk = func(x *html.Node) {
		if x.Type == html.ElementNode && match(x) {
			out = append(out, x)
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

func find(n *html.Node, match func(*html.Node) bool) *html.Node {
	if all := findAll(n, match); len(all) > 0 {
		return all[0]
	}
	return nil
}

func byID(t *testing.T, doc *html.Node, id string) *html.Node {
	t.Helper()
	n := find(doc, func(n *html.Node) bool { return attr(n, "id") == id })
	if n == nil {
		t.Fatalf("the report has no #%s", id)
	}
	return n
}

func findClass(n *html.Node, class string) *html.Node {
	return find(n, func(x *html.Node) bool { return strings.Contains(" "+attr(x, "class")+" ", " "+class+" ") })
}

// text is an element's text, spaces collapsed.
func text(n *html.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(x *html.Node) {
		if x.Type == html.TextNode {
			b.WriteString(x.Data)
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}
