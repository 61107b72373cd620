package main

import (
	"fmt"
	"io"
	"sort"
	"text/tabwriter"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/crawl"
	"github.com/imgfriendly/imgfriendly/seedlist"
)

// printSummary prints what a night did: pages, rates, facts found per field,
// IMG share quartiles and where the outputs are.
func printSummary(w io.Writer, res nightResult) {
	ok, notModified := 0, 0
	for _, f := range res.Crawl.Fetches {
		switch {
		case f.NotModified:
			notModified++
		case f.OK():
			ok++
		}
	}
	failed, listed := res.Crawl.Stats.Failed, res.Crawl.Stats.Listed // PDFs listed from links are no failures
	rate := 0.0
	if s := res.CrawlWall.Seconds(); s > 0 {
		rate = float64(ok+notModified) / s
	}
	fmt.Fprintf(w, "night %s (%s): %s\n", res.Run.ID, res.Run.Night.Format("2006-01-02"), res.Run.Status)
	fmt.Fprintf(w, "  programs:  %d\n", len(res.Programs))
	fmt.Fprintf(w, "  pages:     %d fetched, %d not modified (304), %d failed, %d PDFs listed — %.1f pages/s over %.1fs of crawl\n",
		ok, notModified, failed, listed, rate, res.CrawlWall.Seconds())
	fmt.Fprintf(w, "  extracted: %d pages parsed, %d carried forward unchanged\n", res.Extracted, res.Reused)
	fmt.Fprintf(w, "  residents: %d on rosters\n", len(res.Residents))
	fmt.Fprintf(w, "  wall time: %.1fs (crawl %.1fs, extract %.1fs, transform %.1fs, warehouse %.1fs)\n", res.Wall.Seconds(),
		res.CrawlWall.Seconds(), res.ExtractWall.Seconds(), res.TransformWall.Seconds(), res.WarehouseWall.Seconds())

	fmt.Fprintln(w, "\nprograms with each fact found:")
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	for _, fk := range imgfriendly.FieldKinds {
		n := 0
		for _, p := range res.Programs {
			if _, ok := p.Facts[fk.Field]; ok {
				n++
			}
		}
		fmt.Fprintf(tw, "  %s\t%d\t%s\n", fk.Field, n, percent(n, len(res.Programs)))
	}
	tw.Flush()

	var shares []float64
	for _, p := range res.Programs {
		if p.IMGShare != nil {
			shares = append(shares, *p.IMGShare)
		}
	}
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
	passed, failed, warned := 0, 0, 0
	for _, g := range res.Outcome.Gates {
		switch {
		case g.Passed && g.Failing == 0:
			passed++
		case g.WarnOnly || g.Passed:
			warned++
		default:
			failed++
		}
	}
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
