package main

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/evaluate"
	"github.com/imgfriendly/imgfriendly/extract"
	"github.com/imgfriendly/imgfriendly/testweb"
	"github.com/imgfriendly/imgfriendly/transform"
	"github.com/imgfriendly/imgfriendly/warehouse"
)

func newEvalCmd(a *app) *cobra.Command {
	var (
		truthPath, dbPath, format string
		mins                      []string
		minAccuracy, minShare     float64
	)
	cmd := &cobra.Command{
		Use:   "eval --truth truth.json [--db warehouse.duckdb]",
		Short: "Score a night's warehouse against the synthetic web's ground truth",
		Long: `eval compares what a night published with the synthetic web's ground truth
(truth.json, written by "testweb serve --out" and by the demo): precision,
recall and accuracy for every fact field, IMG share absolute error (share of
programs within ±2 points), roster resident recall, coverage of recoverable
pages, and the worst programs with the evidence that misled the extractor.

With thresholds (--min METRIC=FLOOR, --min-accuracy, --min-img-share) it exits
with code 5 when any metric is below its floor, so CI can gate on it. Metric
names are those of the JSON report: "visa_h1b.accuracy", "*.recall" (every
field), "img_share.within2", "roster.recall", "coverage"…`,
		Example: `  imgfriendly eval --truth imgfriendly-demo/truth.json --dir imgfriendly-demo
  imgfriendly eval --truth t.json --db w.duckdb --min-accuracy 0.99 --min img_share.within2=0.99 --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if truthPath == "" {
				return usageError("--truth is required")
			}
			f, err := os.Open(truthPath)
			if err != nil {
				return usageError("--truth: %v", err)
			}
			truth, err := testweb.ReadTruth(f)
			f.Close()
			if err != nil {
				return usageError("%s: %v", truthPath, err)
			}
			th := evaluate.Thresholds{}
			for _, m := range mins {
				k, v, ok := strings.Cut(m, "=")
				x, err := strconv.ParseFloat(v, 64)
				if !ok || err != nil {
					return usageError("--min %q: want METRIC=FLOOR, e.g. visa_h1b.accuracy=0.99", m)
				}
				th[strings.TrimSpace(k)] = x
			}
			if minAccuracy > 0 {
				th["*.accuracy"] = minAccuracy
			}
			if minShare > 0 {
				th["img_share.within2"] = minShare
			}
			if dbPath == "" {
				dbPath = a.warehousePath()
			}
			if !fileExists(dbPath) {
				return usageError("no warehouse at %s: pass --db or --dir", dbPath)
			}
			w, err := warehouse.Open(cmd.Context(), dbPath, true)
			if err != nil {
				return fmt.Errorf("open warehouse: %w", err)
			}
			defer w.Close()
			programs, err := w.Programs(cmd.Context())
			if err != nil {
				return err
			}
			residents, err := w.Residents(cmd.Context())
			if err != nil {
				return err
			}
			fetches, err := w.Fetches(cmd.Context())
			if err != nil {
				return err
			}
			report := evaluate.Night(truth, programs, residents, fetches)
			switch format {
			case "json":
				enc := json.NewEncoder(a.stdout)
				enc.SetIndent("", "  ")
				if err := enc.Encode(report); err != nil {
					return err
				}
			case "text":
				fmt.Fprint(a.stdout, report.String())
			default:
				return usageError("--format %q: want text or json", format)
			}
			if len(th) > 0 {
				if err := report.Check(th); err != nil {
					return withCode(exitEvalBelow, fmt.Errorf("below threshold:\n%w", err))
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&truthPath, "truth", "", "ground truth file (truth.json)")
	cmd.Flags().StringVar(&dbPath, "db", "", "warehouse file (default <data_dir>/warehouse.duckdb)")
	cmd.Flags().StringVar(&format, "format", "text", "report format: text or json")
	cmd.Flags().StringArrayVar(&mins, "min", nil, "fail (exit 5) when METRIC is below FLOOR: METRIC=FLOOR (repeatable)")
	cmd.Flags().Float64Var(&minAccuracy, "min-accuracy", 0, "fail when any field's accuracy is below this")
	cmd.Flags().Float64Var(&minShare, "min-img-share", 0, "fail when the share of programs with IMG share within ±2 points is below this")
	cmd.AddCommand(newEvalPagesCmd(a), newEvalWebCmd(a))
	return cmd
}

func newEvalPagesCmd(a *app) *cobra.Command {
	var (
		format, runDate string
		showMisses      bool
		mins, maxs, ids []string
	)
	cmd := &cobra.Command{
		Use:   "pages FILE.jsonl...",
		Short: "Score extraction on labelled real passages (realpages *.jsonl)",
		Long: `eval pages runs extraction on each record's text exactly as
"imgfriendly inspect --url SOURCE" does, and scores it against the hand labels
with the conventions of the realpages README: per-field accuracy where the label
is set (fields in labels.ambiguous are skipped), false assertions (a value where
the label is null, "no limit" where none is stated), roster records by resident
count and IMG count (IMG by the schools classifier). Groups pool fields:
visa_all (j1, h1b), yog_all (yog_max_years, yog_no_limit), scores_all
(step1_min, step2ck_min, max_attempts), usce_all (usce, usce_months).

--misses prints every miss (record id, field, expected, found, and the evidence
sentence) before the summary. With --min METRIC=FLOOR (or --max for
false_assertions) it exits with code 5 when a figure is out of bounds.`,
		Example: `  imgfriendly eval pages ../shared/realpages/*.jsonl
  imgfriendly eval pages --misses ../shared/realpages/dev2.jsonl
  imgfriendly eval pages --id d041 --id d055 --misses ../shared/realpages/dev2.jsonl
  imgfriendly eval pages --min visa_all=0.95 --min usce=0.9 --max false_assertions=0.02 --format json ../shared/realpages/*.jsonl`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var lim evaluate.Limits
			for _, x := range []struct {
				flag string
				give []string
				into *map[string]float64
			}{{"--min", mins, &lim.Min}, {"--max", maxs, &lim.Max}} {
				for _, m := range x.give {
					k, v, ok := strings.Cut(m, "=")
					f, err := strconv.ParseFloat(v, 64)
					if !ok || err != nil {
						return usageError("%s %q: want METRIC=VALUE, e.g. visa_all=0.95", x.flag, m)
					}
					if k = strings.TrimSpace(k); !slices.Contains(evaluate.PageMetricNames(), k) {
						return usageError("%s %q: unknown metric %q (want one of %s)", x.flag, m, k, strings.Join(evaluate.PageMetricNames(), ", "))
					}
					if *x.into == nil {
						*x.into = map[string]float64{}
					}
					(*x.into)[k] = f
				}
			}
			if format != "text" && format != "json" {
				return usageError("--format %q: want text or json", format)
			}
			ref := time.Now().UTC()
			if runDate != "" {
				var err error
				if ref, err = time.Parse("2006-01-02", runDate); err != nil {
					return usageError("--run-date %q: want YYYY-MM-DD", runDate)
				}
			}
			var recs []evaluate.Record
			for _, path := range args {
				f, err := os.Open(path)
				if err != nil {
					return usageError("%v", err)
				}
				rs, err := evaluate.ReadRecords(f, path)
				f.Close()
				if err != nil {
					return usageError("%v", err)
				}
				recs = append(recs, rs...)
			}
			if len(ids) > 0 {
				keep := recs[:0]
				for _, r := range recs {
					if slices.Contains(ids, r.ID) {
						keep = append(keep, r)
					}
				}
				if len(keep) == 0 {
					return usageError("--id: no record with id %s", strings.Join(ids, ", "))
				}
				recs = keep
			}
			c, err := transform.NewClassifier()
			if err != nil {
				return err
			}
			report := evaluate.Pages(recs,
				func(body []byte, u *url.URL) (imgfriendly.PageFacts, error) {
					return extract.Page(body, u, extract.WithRunDate(ref))
				},
				func(school, country string) *bool { return c.Classify(school, country).IMG })
			if format == "json" {
				enc := json.NewEncoder(a.stdout)
				enc.SetIndent("", "  ")
				if err := enc.Encode(report); err != nil {
					return err
				}
			} else {
				fmt.Fprint(a.stdout, report.Text(showMisses))
			}
			if err := report.Check(lim); err != nil {
				return withCode(exitEvalBelow, fmt.Errorf("out of bounds:\n%w", err))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "report format: text or json (json always lists the misses)")
	cmd.Flags().BoolVar(&showMisses, "misses", false, "print every miss, wrong value and false assertion with its evidence")
	cmd.Flags().StringArrayVar(&mins, "min", nil, "fail (exit 5) when METRIC is below FLOOR: METRIC=FLOOR, METRIC a field (j1, usce…), a group (visa_all…), roster… (repeatable)")
	cmd.Flags().StringArrayVar(&maxs, "max", nil, "fail (exit 5) when METRIC is above CEILING, e.g. false_assertions=0.02 (repeatable)")
	cmd.Flags().StringArrayVar(&ids, "id", nil, "score only the record with this id (repeatable)")
	cmd.Flags().StringVar(&runDate, "run-date", "", "reference date (YYYY-MM-DD) for year-of-graduation arithmetic when a passage names no cycle year (default today, as inspect)")
	return cmd
}

func newEvalWebCmd(a *app) *cobra.Command {
	var (
		cfg             testweb.Config
		format, runDate string
		minAccuracy     float64
	)
	cmd := &cobra.Command{
		Use:   "web [--bank unseen|real] [--programs N]",
		Short: "Score extraction page by page on a synthetic web, per phrasing bank",
		Long: `eval web builds a fault-free synthetic web, extracts every eligibility, roster
and program page in-process (no crawl), and compares each program's facts with
the web's truth: per-field accuracy (equal, or both unknown), precision and
recall, resident recall and precision, and a few misses per field with their
evidence. --bank picks the phrasing bank: the default (the web the extractor is
gated on at 0.99 per field), "real" (the opt-in classes seen on real pages) or
"unseen" (the frozen bank nobody tunes against: it reports generalisation);
--extended adds the extended bank.`,
		Example: `  imgfriendly eval web --bank unseen --programs 13000
  imgfriendly eval web --bank real --programs 2000 --min-accuracy 0.9`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usageError("--format %q: want text or json", format)
			}
			ref := time.Now().UTC()
			if runDate != "" {
				var err error
				if ref, err = time.Parse("2006-01-02", runDate); err != nil {
					return usageError("--run-date %q: want YYYY-MM-DD", runDate)
				}
			}
			w, err := testweb.New(cfg)
			if err != nil {
				return usageError("%v", err)
			}
			report := evaluate.Web(w, func(body []byte, u *url.URL) (imgfriendly.PageFacts, error) {
				return extract.Page(body, u, extract.WithRunDate(ref))
			})
			if format == "json" {
				enc := json.NewEncoder(a.stdout)
				enc.SetIndent("", "  ")
				if err := enc.Encode(report); err != nil {
					return err
				}
			} else {
				fmt.Fprint(a.stdout, report.Text())
			}
			if f, low := report.Min(); low < minAccuracy {
				return withCode(exitEvalBelow, fmt.Errorf("%s accuracy %.4f, below %.4f", f, low, minAccuracy))
			}
			return nil
		},
	}
	cmd.Flags().IntVar(&cfg.Programs, "programs", 2000, "programs in the web (13000 for a night's size)")
	cmd.Flags().Int64Var(&cfg.Seed, "seed", 7, "web seed")
	cmd.Flags().StringVar(&cfg.Bank, "bank", "", "phrasing bank: empty for the default, or one of "+strings.Join(testweb.BankNames(), ", "))
	cmd.Flags().BoolVar(&cfg.ExtendedPhrasings, "extended", false, "add the extended phrasing bank")
	cmd.Flags().StringVar(&format, "format", "text", "report format: text or json")
	cmd.Flags().StringVar(&runDate, "run-date", "", "reference date (YYYY-MM-DD) for year-of-graduation arithmetic (default today)")
	cmd.Flags().Float64Var(&minAccuracy, "min-accuracy", 0, "fail (exit 5) when any field's accuracy is below this")
	return cmd
}
