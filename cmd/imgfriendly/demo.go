package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/evaluate"
	"github.com/imgfriendly/imgfriendly/testweb"
)

// demoOptions are the demo command's flags.
type demoOptions struct {
	programs int
	seed     int64
	night    int
	latency  string
	bank     string
	prof     pprofFlags
}

func newDemoCmd(a *app) *cobra.Command {
	o := demoOptions{}
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Run a whole night against the built-in synthetic program web",
		Long: `demo starts the synthetic program web (testweb) on a free loopback port, runs a
full night against it — crawl, extract, reconcile, stage, gate, publish, Parquet —
into ./imgfriendly-demo (or --dir), and prints the night's summary, its accuracy
against the synthetic web's ground truth, and the top of a sample applicant's
program list in each tier.

Nothing leaves this machine: the synthetic programs' hostnames (*.test) are
mapped to the loopback listener by the crawler's dialer.`,
		Example: `  imgfriendly demo
  imgfriendly demo --programs 500 --dir /tmp/imgf-demo
  imgfriendly demo --dir /tmp/imgf-demo --night 1   # a second night: 304s and history`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if a.dirFlag == "" && !cmd.Flags().Changed("dir") {
				a.cfg.DataDir = "imgfriendly-demo"
			}
			return runDemo(cmd.Context(), a, o)
		},
	}
	cmd.Flags().IntVar(&o.programs, "programs", 150, "number of synthetic programs")
	cmd.Flags().Int64Var(&o.seed, "seed", 1, "seed of the synthetic web (same seed → same web)")
	cmd.Flags().IntVar(&o.night, "night", 0, "which night of the synthetic web to crawl (it evolves night by night)")
	cmd.Flags().StringVar(&o.latency, "latency", "", "per-response latency range of the synthetic web, e.g. 100ms-800ms (default none)")
	o.prof.register(cmd)
	cmd.Flags().StringVar(&o.bank, "bank", "", "phrasing bank of the synthetic web: empty for the default, or "+strings.Join(testweb.BankNames(), ", ")+" (the frozen unseen bank reports generalisation)")
	return cmd
}

func runDemo(ctx context.Context, a *app, o demoOptions) error {
	if o.programs < 1 {
		return usageError("--programs must be at least 1")
	}
	prof, err := o.prof.start()
	if err != nil {
		return err
	}
	defer func() {
		if _, err := prof.Stop(); err != nil {
			a.log.Error("profiling", "err", err)
		}
	}()
	wcfg := testweb.DefaultConfig()
	wcfg.Programs, wcfg.Seed, wcfg.Night, wcfg.Bank = o.programs, o.seed, o.night, o.bank
	if o.latency != "" {
		lat, err := parseLatency(o.latency)
		if err != nil {
			return usageError("--latency: %v", err)
		}
		wcfg.Latency = lat
	}
	web, err := testweb.New(wcfg)
	if err != nil {
		return usageError("%v", err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return fmt.Errorf("listen on loopback: %w", err)
	}
	srv := &http.Server{Handler: web.Handler(), ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	defer srv.Close()

	cfg := a.cfg
	cfg.Crawl = demoCrawlConfig(cfg.Crawl, ln.Addr().String())
	if err := os.MkdirAll(cfg.DataDir, 0o755); err != nil {
		return err
	}
	seedsPath := filepath.Join(cfg.DataDir, "seeds.csv")
	if err := writeSeedsFile(seedsPath, web.Programs()); err != nil {
		return err
	}
	truthPath := filepath.Join(cfg.DataDir, "truth.json")
	truth := web.Truth() // held for Evaluate below, so built once
	if err := writeTruthFile(truthPath, truth.Write); err != nil {
		return err
	}
	now := time.Now().UTC()
	runID := newRunID(now)
	a.log = a.log.With("run_id", runID)
	seeds, seedsHash, err := a.readSeedFile(seedsPath)
	if err != nil {
		return err
	}
	night := now.Truncate(24*time.Hour).AddDate(0, 0, o.night)
	fmt.Fprintf(a.stdout, "synthetic web: %d programs (seed %d, night %d) on %s; data in %s\n\n",
		o.programs, o.seed, o.night, ln.Addr(), cfg.DataDir)
	res, err := runNight(ctx, cfg, nightInput{
		RunID: runID, Night: night, Seeds: seeds, SeedsHash: seedsHash,
		Progress: a.progress(), Prof: prof, Keep: true, // the accuracy report reads every record
	}, a.log)
	res.Report = a.finishNight(ctx, cfg, runID, err)
	if res.Outcome.Status != "" {
		printSummary(a.stdout, res) // the demo is for people: its summary always goes to stdout
		if a.jsonLogs() {
			logSummary(a.log, res)
		}
	}
	if err != nil {
		return err
	}

	report := evaluate.Night(truth, res.Programs, res.Residents, res.Crawl.Fetches)
	fmt.Fprintf(a.stdout, "\naccuracy against the synthetic web's ground truth (%s):\n%s\n", truthPath, report.String())

	if err := printDemoTiers(ctx, a, cfg, night); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "\nwarehouse: %s\nparquet:   %s\nquery it:  imgfriendly sql --dir %s \"SELECT specialty, round(avg(img_share),2) FROM programs GROUP BY 1\"\n",
		filepath.Join(cfg.DataDir, "warehouse.duckdb"), filepath.Join(cfg.DataDir, "parquet", "latest"), cfg.DataDir)
	return nil
}

// demoCrawlConfig points the crawler at the loopback synthetic web: every
// *.test hostname resolves to the listener, private addresses are allowed
// (loopback only), and politeness delays shrink to keep the demo short.
func demoCrawlConfig(c crawlConfig, addr string) crawlConfig {
	c.Resolve = []string{"*.test=" + addr}
	c.AllowPrivateAddresses = true
	if c.Delay > 20*time.Millisecond {
		c.Delay = 20 * time.Millisecond
	}
	if c.Jitter > 10*time.Millisecond {
		c.Jitter = 10 * time.Millisecond
	}
	return c
}

func writeSeedsFile(path string, programs []imgfriendly.Program) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := imgfriendly.WriteSeeds(f, programs); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	return f.Close()
}

// writeTruthFile writes the web's ground truth to path with write: the
// streaming (*testweb.Web).WriteTruth when the truth is not needed in memory,
// (*testweb.Truth).Write when it already is.
func writeTruthFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	return f.Close()
}
