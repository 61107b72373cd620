package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/crawl"
)

func newRunCmd(a *app) *cobra.Command {
	var (
		resume    bool
		nightDate string
		prof      pprofFlags
	)
	cmd := &cobra.Command{
		Use:   "run",
		Short: "Run the nightly job over the configured seed list",
		Long: `run crawls every program in the seed list (config key "seeds"), extracts facts
with evidence, reconciles them per program, builds the night in a staging
warehouse, runs the quality gates and, only if they pass, publishes the
warehouse and its Parquet export atomically into the data directory.

Malformed seed rows are reported with file and line and skipped. A night that
is interrupted (SIGINT/SIGTERM, or killed) can be continued with --resume
without refetching the pages it already has.

Whatever its outcome, a night ends by writing its report
(runs/<run_id>.html, and report.html pointing at it), the Prometheus
textfile (report.metrics_file, default metrics.prom) and its notifications
(notify.webhook, notify.command). A published night then applies retention
(retention.keep_nights; see imgfriendly gc). With --log-format json, stderr
holds one JSON object per line, the end-of-night summary included.

Exit codes:
  0  the night was published
  1  an error: I/O, crawl or warehouse failure, another night already running
     on the data directory, a warehouse newer than this binary; the last
     published night is untouched
  2  bad usage or input: flags, config (every bad key named), seed list
  3  the night failed its quality gates: nothing was published, the staging
     warehouse is kept for inspection (staging/<run_id>.duckdb)
  4  interrupted (SIGINT/SIGTERM): state flushed; continue with --resume`,
		Example: `  imgfriendly run --config config.yaml
  imgfriendly run --config config.yaml --resume
  IMGF_CRAWL_PARALLELISM_PER_HOST=1 imgfriendly run --set data_dir=/srv/imgf`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			now := time.Now().UTC()
			in := nightInput{RunID: newRunID(now), Night: now.Truncate(24 * time.Hour), Progress: a.progress()}
			if nightDate != "" {
				d, err := time.Parse("2006-01-02", nightDate)
				if err != nil {
					return usageError("--night-date %q: want YYYY-MM-DD", nightDate)
				}
				in.Night = d
			}
			var resumed crawl.State
			if resume {
				st, ok, err := crawl.LatestUnfinished(filepath.Join(a.dataDir(), "runs"))
				if err != nil {
					return err
				}
				if !ok {
					return usageError("--resume: no unfinished night in %s/runs", a.dataDir())
				}
				resumed = st
				in.RunID, in.Night, in.StartedAt, in.Resume = st.RunID, st.Night, st.StartedAt, true
			}
			// From here on every log line of the night carries its run id.
			a.log = a.log.With("run_id", in.RunID)
			seeds, seedsHash, err := a.readSeedFile(a.cfg.Seeds)
			if err != nil {
				return err
			}
			if resume && resumed.SeedsHash != seedsHash {
				return usageError("--resume: the seed list changed since night %s started; start a new night without --resume", resumed.RunID)
			}
			in.Seeds, in.SeedsHash = seeds, seedsHash
			if in.Prof, err = prof.start(); err != nil {
				return err
			}
			res, err := runNight(cmd.Context(), a.cfg, in, a.log)
			in.Prof.Stage("report")
			res.Report = a.finishNight(cmd.Context(), a.cfg, in.RunID, err)
			if _, perr := in.Prof.Stop(); perr != nil {
				a.log.Error("profiling", "err", perr)
			}
			switch {
			case res.AlreadyPublished && a.jsonLogs():
				a.log.Info("night already published: its publish, cut short by a kill, is complete; nothing left to do",
					"status", res.Outcome.Status, "manifest", res.Outcome.ManifestPath)
			case res.AlreadyPublished:
				fmt.Fprintf(a.stdout, "night %s (%s): %s — it was already published (its publish, cut short by a kill, is complete); nothing left to do\n  manifest: %s\n",
					res.Run.ID, res.Run.Night.Format("2006-01-02"), res.Outcome.Status, res.Outcome.ManifestPath)
			case res.Outcome.Status != "":
				a.reportNight(res) // a night that failed its gates says which, and where staging is
			}
			return err
		},
	}
	cmd.Flags().BoolVar(&resume, "resume", false, "continue the newest unfinished night instead of starting a new one")
	prof.register(cmd)
	cmd.Flags().StringVar(&nightDate, "night-date", "", "the night's date (YYYY-MM-DD, default today UTC); fixes history dates in tests and backfills")
	return cmd
}

// readSeedFile reads and checks the seed list; bad rows are reported on
// stderr with file and line and skipped.
func (a *app) readSeedFile(path string) ([]imgfriendly.Program, string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, "", usageError("seed list: %v (config key seeds)", err)
	}
	sum := sha256.Sum256(b)
	seeds, rowErrs, err := imgfriendly.ReadSeeds(bytes.NewReader(b), path)
	if err != nil {
		return nil, "", withCode(exitUsage, err)
	}
	for _, e := range rowErrs {
		attrs := []any{"err", e.Error()}
		if se, ok := e.(*imgfriendly.SeedError); ok {
			attrs = []any{"file", se.File, "line", se.Line, "err", se.Msg}
		}
		a.say(slog.LevelWarn, fmt.Sprintf("skipped seed row: %v", e), "skipped seed row", attrs...)
	}
	if len(seeds) == 0 {
		return nil, "", withCode(exitUsage, errors.New(path+": no usable seed rows"))
	}
	return seeds, hex.EncodeToString(sum[:]), nil
}

// progressWriter returns w when it is a terminal, so progress bars show only
// to a person watching.
func progressWriter(w io.Writer) io.Writer {
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		return w
	}
	return nil
}
