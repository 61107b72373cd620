package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/imgfriendly/imgfriendly/testweb"
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
			th := testweb.Thresholds{}
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
			report := testweb.Evaluate(truth, programs, residents, fetches)
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
	return cmd
}
