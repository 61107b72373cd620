package main

import (
	"context"
	"fmt"
	"io"
	"iter"
	"log/slog"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/crawl"
	"github.com/imgfriendly/imgfriendly/extracts"
	"github.com/imgfriendly/imgfriendly/retention"
	"github.com/imgfriendly/imgfriendly/warehouse"
)

func newGCCmd(a *app) *cobra.Command {
	var dryRun bool
	cmd := &cobra.Command{
		Use:   "gc",
		Short: "Remove old nights' journals, manifests and reports, and pages nothing refers to",
		Long: `gc applies the retention policy to the data directory, as every published night
does at its end: the crawl journals (runs/<run_id>/), run manifests and reports
of all but the newest retention.keep_nights nights are removed, then the stored
pages (pages/) and cached extracts (extracts/) that no kept night and no
evidence in the published warehouse refers to.

It never removes a page the published warehouse's evidence points to, nor
anything of the published night, of a night kept in staging/ for inspection,
or of a newer night that may still be resumed. Failed nights' staging files
are the night's own to clean. gc takes the night lock: it does not run while
a night does. --dry-run reports what would be freed and removes nothing.`,
		Example: `  imgfriendly gc --dry-run
  imgfriendly gc --set retention.keep_nights=7`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := a.dataDir()
			if !dirExists(dir) {
				return usageError("no data directory at %s (pass --dir)", dir)
			}
			unlock, err := warehouse.LockNight(dir)
			if err != nil {
				return fmt.Errorf("a night is running on %s; run gc after it: %w", dir, err)
			}
			defer unlock()
			res, err := collectGarbage(cmd.Context(), a.cfg, dryRun)
			if err != nil {
				return err
			}
			if a.jsonLogs() {
				logGC(a.log, res)
				return nil
			}
			printGC(a.stdout, a.cfg.Retention, res)
			return nil
		},
	}
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, "report what would be removed and freed, remove nothing")
	return cmd
}

// collectGarbage applies retention to cfg's data directory; the caller holds
// the night lock.
func collectGarbage(ctx context.Context, cfg Config, dryRun bool) (retention.Result, error) {
	dir := cfg.DataDir
	runs, err := warehouse.Runs(dir)
	if err != nil {
		return retention.Result{}, err
	}
	in := retention.Input{
		Runs: runs,
		Journal: func(run warehouse.RunFiles) iter.Seq2[imgfriendly.Fetch, error] {
			return crawl.JournalLines(run.Journal)
		},
		ExtractKey: extracts.Key,
	}
	if published := filepath.Join(dir, warehouse.WarehouseFile); fileExists(published) {
		w, err := warehouse.Open(ctx, published, true)
		if err != nil {
			return retention.Result{}, fmt.Errorf("open published warehouse: %w", err)
		}
		in.Published, err = w.PublishedRunID(ctx)
		if err == nil {
			in.PageRefs, in.Unresolved, err = w.PageRefs(ctx)
		}
		w.Close()
		if err != nil {
			return retention.Result{}, err
		}
	}
	if dirExists(filepath.Join(dir, "pages")) {
		store, err := crawl.OpenStore(filepath.Join(dir, "pages"))
		if err != nil {
			return retention.Result{}, fmt.Errorf("open page store: %w", err)
		}
		defer store.Close()
		in.Pages = store
	}
	if dirExists(filepath.Join(dir, "extracts")) {
		cache, err := extracts.OpenCache(filepath.Join(dir, "extracts"))
		if err != nil {
			return retention.Result{}, fmt.Errorf("open facts cache: %w", err)
		}
		defer cache.Close()
		in.Extracts = cache
	}
	return retention.Collect(ctx, cfg.Retention, in, dryRun)
}

// printGC tells a person what gc removed (or would).
func printGC(w io.Writer, c retention.Config, r retention.Result) {
	verb := "removed"
	if r.DryRun {
		verb = "would remove"
	}
	keep := fmt.Sprintf("the newest %d", c.KeepNights)
	if c.KeepNights == 0 {
		keep = "every night (retention.keep_nights: 0)"
	}
	fmt.Fprintf(w, "nights: %d kept (%s), %s %d\n", len(r.Kept), keep, verb, len(r.Removed))
	for _, id := range slices.Sorted(maps.Keys(r.Held)) {
		fmt.Fprintf(w, "  kept %s: %s\n", id, r.Held[id])
	}
	// Each count says what it counts: run files are files, but the page
	// store and the facts cache keep many entries per segment file.
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "\tcount\tbytes\t\n")
	fmt.Fprintf(tw, "journals, manifests, reports\t%s\t%s\t\n", count(r.RunFiles, "file"), mib(r.RunBytes))
	fmt.Fprintf(tw, "stored pages\t%s\t%s\t\n", count(r.Pages, "page"), mib(r.PageBytes))
	fmt.Fprintf(tw, "cached extracts\t%s\t%s\t\n", count(r.Extracts, "entry"), mib(r.ExtractBytes))
	tw.Flush()
	fmt.Fprintf(w, "%s %s in all; %d stored pages are referred to and kept\n", verb, mib(r.Freed()), r.PagesKept)
	if r.PagesSkipped != "" {
		fmt.Fprintf(w, "pages not swept: %s\n", r.PagesSkipped)
	}
}

// logGC writes what gc did as one log record.
func logGC(log *slog.Logger, r retention.Result) {
	level := slog.LevelInfo
	if r.PagesSkipped != "" {
		level = slog.LevelWarn
	}
	log.Log(context.Background(), level, "retention", "dry_run", r.DryRun, "nights_kept", len(r.Kept), "nights_removed", len(r.Removed),
		"held", r.Held, "run_files", r.RunFiles, "run_bytes", r.RunBytes, "pages_removed", r.Pages, "page_bytes", r.PageBytes,
		"extracts_removed", r.Extracts, "extract_bytes", r.ExtractBytes, "freed_bytes", r.Freed(), "pages_kept", r.PagesKept,
		"pages_skipped", r.PagesSkipped)
}

// count writes n with its unit ("1 page", "3 pages", "2 entries").
func count(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	if strings.HasSuffix(unit, "y") {
		return fmt.Sprintf("%d %sies", n, strings.TrimSuffix(unit, "y"))
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

// mib writes a size in MiB.
func mib(n int64) string { return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20)) }

// dirExists reports whether path names an existing directory.
func dirExists(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}
