package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"slices"
	"sort"
	"text/tabwriter"
	"time"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/crawl"
	"github.com/imgfriendly/imgfriendly/seedlist"
	"github.com/imgfriendly/imgfriendly/warehouse"
)

// printSummary prints what a night did: pages, rates, facts found per field,
// IMG share quartiles and where the outputs are.
func printSummary(w io.Writer, res nightResult) {
	notModified := res.Crawl.Stats.NotModified
	ok := res.Crawl.Stats.OK - notModified                           // OK counts the 304s too
	failed, listed := res.Crawl.Stats.Failed, res.Crawl.Stats.Listed // PDFs listed from links are no failures
	rate := 0.0
	if s := res.CrawlWall.Seconds(); s > 0 {
		rate = float64(ok+notModified) / s
	}
	fmt.Fprintf(w, "night %s (%s): %s\n", res.Run.ID, res.Run.Night.Format("2006-01-02"), res.Run.Status)
	fmt.Fprintf(w, "  programs:  %d\n", res.Tally.Programs)
	fmt.Fprintf(w, "  pages:     %d fetched, %d not modified (304), %d failed, %d PDFs listed — %.1f pages/s over %.1fs of crawl\n",
		ok, notModified, failed, listed, rate, res.CrawlWall.Seconds())
	fmt.Fprintf(w, "  extracted: %d pages parsed, %d carried forward unchanged\n", res.Extracted, res.Reused)
	fmt.Fprintf(w, "  residents: %d on rosters\n", res.Tally.Residents)
	fmt.Fprintf(w, "  wall time: %.1fs (crawl %.1fs, extract %.1fs, transform %.1fs, warehouse %.1fs)\n", res.Wall.Seconds(),
		res.CrawlWall.Seconds(), res.ExtractWall.Seconds(), res.TransformWall.Seconds(), res.WarehouseWall.Seconds())
	if res.Peak.HWM > 0 {
		fmt.Fprintf(w, "  memory:    peak %.0f MiB resident (highest sample during %s)\n", float64(res.Peak.HWM)/(1<<20), res.Peak.Stage)
	}

	fmt.Fprintln(w, "\nprograms with each fact found:")
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	for _, fk := range imgfriendly.FieldKinds {
		n := res.Tally.Coverage[fk.Field]
		fmt.Fprintf(tw, "  %s\t%d\t%s\n", fk.Field, n, percent(n, res.Tally.Programs))
	}
	tw.Flush()

	shares := res.Tally.Shares
	fmt.Fprintf(w, "\nIMG share (%d programs with a roster or stated counts):", len(shares))
	if len(shares) > 0 {
		q := quartiles(shares)
		fmt.Fprintf(w, " min %.0f%%  Q1 %.0f%%  median %.0f%%  Q3 %.0f%%  max %.0f%%\n", q[0]*100, q[1]*100, q[2]*100, q[3]*100, q[4]*100)
	} else {
		fmt.Fprintln(w, " none")
	}
	printSeedHealth(w, res)
	printGates(w, res)
	if s := res.Crawl.Stats.String(); s != "" {
		fmt.Fprintf(w, "\ncrawl stats:\n%s\n", s)
	}
	if len(res.Crawl.Hosts) > 0 {
		fmt.Fprintf(w, "\nhosts with the most failures and retries (all %d hosts: table crawl_hosts):\n%s\n",
			len(res.Crawl.Hosts), crawl.HostTable(res.Crawl.Hosts, 5))
	}
}

// printGates prints the quality gates' verdict and every gate that failed or warned.
func printGates(w io.Writer, res nightResult) {
	passed, warned, failed := gateCounts(res.Outcome.Gates)
	fmt.Fprintf(w, "\nquality gates: %d passed, %d warned, %d failed — night %s\n", passed, warned, failed, res.Outcome.Status)
	for _, g := range res.Outcome.Gates {
		if g.Failing == 0 {
			continue
		}
		verdict := "FAILED"
		if g.WarnOnly || g.Passed {
			verdict = "warning"
		}
		fmt.Fprintf(w, "  %s %s (%s): %d rows — %s\n", verdict, g.Name, g.Kind, g.Failing, g.Description)
	}
	if res.Outcome.StagingPath != "" && res.Outcome.Status != "published" {
		fmt.Fprintf(w, "  staging kept for inspection: %s\n", res.Outcome.StagingPath)
	}
	if res.Outcome.ManifestPath != "" {
		fmt.Fprintf(w, "  manifest: %s\n", res.Outcome.ManifestPath)
	}
	if res.Report != "" {
		fmt.Fprintf(w, "  night report: %s\n", res.Report)
	}
	if gc := res.GC; gc != nil {
		fmt.Fprintf(w, "  retention: %d old nights removed, %s freed (pages %d, cached extracts %d)\n",
			len(gc.Removed), mib(gc.Freed()), gc.Pages, gc.Extracts)
	}
}

func percent(n, total int) string {
	if total == 0 {
		return "-"
	}
	return fmt.Sprintf("%.0f%%", 100*float64(n)/float64(total))
}

// quartiles returns min, Q1, median, Q3 and max (linear interpolation).
func quartiles(xs []float64) [5]float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	at := func(q float64) float64 {
		pos := q * float64(len(s)-1)
		lo := int(pos)
		if lo+1 >= len(s) {
			return s[len(s)-1]
		}
		frac := pos - float64(lo)
		return s[lo]*(1-frac) + s[lo+1]*frac
	}
	return [5]float64{s[0], at(0.25), at(0.5), at(0.75), s[len(s)-1]}
}

// printSeedHealth says how the seed list fared tonight: its URLs' verdicts,
// the programs whose URL has failed for seed_failing_nights nights or more,
// and the ids the pages print that disagree with it.
func printSeedHealth(w io.Writer, res nightResult) {
	if len(res.SeedHealth) == 0 {
		return
	}
	n := map[string]int{}
	for _, h := range res.SeedHealth {
		n[h.Outcome]++
	}
	failing := seedlist.FailingFor(res.SeedHealth, 1)
	long := seedlist.FailingFor(res.SeedHealth, max(res.FailingNights, 1))
	fmt.Fprintf(w, "\nseed URLs: %d ok, %d not a program page, %d failing tonight (%d for %d+ nights in a row; table seed_health)\n",
		n[seedlist.VerdictOK], n[seedlist.VerdictNotProgram], len(failing), len(long), max(res.FailingNights, 1))
	for i, h := range long {
		if i == 20 {
			fmt.Fprintf(w, "  … and %d more\n", len(long)-20)
			break
		}
		fmt.Fprintf(w, "  %s  %s  %s: %s (%d nights)\n", h.ProgramID, h.URL, h.Outcome, h.Detail, h.FailingNights)
	}
	fmt.Fprintf(w, "program ids on the programs' pages: %d printed, %d disagree with the seed list (table id_conflicts)\n", res.StatedIDs, len(res.IDConflicts))
}

// reportNight tells how a night went: the text summary on stdout for
// people, or with JSON logs the same as structured records on stderr (and
// nothing on stdout), so a cron job's log file holds one format.
func (a *app) reportNight(res nightResult) {
	if a.jsonLogs() {
		logSummary(a.log, res)
		return
	}
	printSummary(a.stdout, res)
}

// logSummary writes the end-of-night summary as one structured record, and
// one record per gate that failed (level ERROR) or warned (WARN).
func logSummary(log *slog.Logger, res nightResult) {
	for _, g := range res.Outcome.Gates {
		if g.Failing == 0 {
			continue
		}
		level := slog.LevelError
		if g.WarnOnly || g.Passed {
			level = slog.LevelWarn
		}
		log.Log(context.Background(), level, "quality gate failed", "gate", g.Name, "kind", g.Kind, "failing_rows", g.Failing,
			"blocking", level == slog.LevelError, "description", g.Description, "sample", g.Sample)
	}
	notModified := res.Crawl.Stats.NotModified
	ok := res.Crawl.Stats.OK - notModified // OK counts the 304s too
	coverage := make([]any, 0, len(imgfriendly.FieldKinds))
	for _, fk := range imgfriendly.FieldKinds {
		n := res.Tally.Coverage[fk.Field]
		coverage = append(coverage, slog.Int(string(fk.Field), n))
	}
	passed, warned, failed := gateCounts(res.Outcome.Gates)
	causes := make([]any, 0, len(res.Crawl.Stats.Causes))
	for _, c := range slices.Sorted(maps.Keys(res.Crawl.Stats.Causes)) {
		causes = append(causes, slog.Int(c, res.Crawl.Stats.Causes[c]))
	}
	attrs := []any{
		"status", res.Run.Status, "night", res.Run.Night.Format(time.DateOnly), "programs", res.Tally.Programs,
		slog.Group("pages", "fetched", ok, "not_modified", notModified, "failed", res.Crawl.Stats.Failed,
			"pdfs_listed", res.Crawl.Stats.Listed, "extracted", res.Extracted, "reused", res.Reused),
		slog.Group("failures", causes...),
		"residents", res.Tally.Residents,
		slog.Group("seconds", "wall", res.Wall.Seconds(), "crawl", res.CrawlWall.Seconds(), "extract", res.ExtractWall.Seconds(),
			"transform", res.TransformWall.Seconds(), "warehouse", res.WarehouseWall.Seconds()),
		slog.Group("programs_with_fact", coverage...),
		slog.Group("gates", "passed", passed, "warned", warned, "failed", failed),
		"manifest", res.Outcome.ManifestPath,
	}
	if res.Report != "" {
		attrs = append(attrs, "report", res.Report)
	}
	if res.Peak.HWM > 0 {
		attrs = append(attrs, slog.Group("memory", "peak_rss_bytes", res.Peak.HWM, "peak_stage", res.Peak.Stage))
	}
	if res.Outcome.StagingPath != "" && res.Outcome.Status != imgfriendly.RunPublished {
		attrs = append(attrs, "staging_kept", res.Outcome.StagingPath)
	}
	if len(res.SeedHealth) > 0 {
		n := map[string]int{}
		for _, h := range res.SeedHealth {
			n[h.Outcome]++
		}
		attrs = append(attrs, slog.Group("seed_urls", "ok", n[seedlist.VerdictOK], "not_program", n[seedlist.VerdictNotProgram],
			"failing", len(seedlist.FailingFor(res.SeedHealth, 1)), "failing_for_nights", len(seedlist.FailingFor(res.SeedHealth, max(res.FailingNights, 1))),
			"stated_ids", res.StatedIDs, "id_conflicts", len(res.IDConflicts)))
		// Each program whose home page has failed seed_failing_nights nights
		// in a row, by name (at most 100 records; seed_health has them all).
		for i, h := range seedlist.FailingFor(res.SeedHealth, max(res.FailingNights, 1)) {
			if i == 100 {
				break
			}
			log.Warn("seed url failing", "program_id", h.ProgramID, "url", h.URL, "outcome", h.Outcome, "detail", h.Detail, "nights", h.FailingNights)
		}
	}
	level := slog.LevelInfo
	if res.Run.Status != imgfriendly.RunPublished {
		level = slog.LevelError
	}
	log.Log(context.Background(), level, "night summary", attrs...)
}

// gateCounts counts the gates that passed clean, warned (failing rows that
// do not block) and failed.
func gateCounts(gates []warehouse.GateResult) (passed, warned, failed int) {
	for _, g := range gates {
		switch {
		case g.Passed && g.Failing == 0:
			passed++
		case g.WarnOnly || g.Passed:
			warned++
		default:
			failed++
		}
	}
	return passed, warned, failed
}
