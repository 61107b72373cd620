package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/crawl"
	"github.com/imgfriendly/imgfriendly/extract"
	"github.com/imgfriendly/imgfriendly/queries"
	"github.com/imgfriendly/imgfriendly/seedlist"
	"github.com/imgfriendly/imgfriendly/warehouse"
)

func newSeedsCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "seeds",
		Short: "Build and keep the seed list: import program lists, check seed URLs, discover missing ones",
		Long: `seeds builds the seed list a night crawls (the CSV named by the config key seeds)
from the program lists you have, and keeps it healthy:

  import    program lists (CSV, TSV, XLSX; ACGME exports, hand-made sheets, lists
            of URLs) merged on program id into a seed list
  check     a polite pass over the seed URLs: dead, moved, out of scope, shared,
            not a program page
  discover  program URLs proposed from sponsoring institutions' GME pages, for
            programs without one

README "Getting a real seed list" walks through the sources and their terms.`,
	}
	cmd.AddCommand(newSeedsImportCmd(a), newSeedsCheckCmd(a), newSeedsDiscoverCmd(a))
	return cmd
}

func newSeedsCheckCmd(a *app) *cobra.Command {
	var (
		seedsFile, write, report string
		all                      bool
	)
	cmd := &cobra.Command{
		Use:   "check [--seeds FILE] [--write FILE] [--report FILE]",
		Short: "Fetch every seed URL once, politely, and say which are dead, moved or not a program page",
		Long: `check fetches each program's seed URL — that page only — the way a night does:
robots.txt obeyed, the crawl section's per-host politeness, retries, size caps,
the program's scope and the SSRF guard. It reports each URL as

  dead              no page: DNS, refused, 4xx, 5xx after retries, redirect loop
  blocked           robots.txt disallows it: a night never fetches it
  out_of_scope      it redirects off the program's site, where the crawler stops
  not_program_page  a page, but not this program's: a hospital or GME page listing
                    several programs, another specialty's page, a PDF
  moved             a permanent redirect (301/308) to the program's page
  ok                (a temporary redirect is noted and kept)

and notes programs that share one URL. The table lists what needs attention
(--all: every program); --report writes every program as CSV; --write writes
the seed list with every moved URL replaced by its new one (nothing is dropped:
a dead URL is the operator's to fix). Pages go to the data directory's page
store, under its night lock: check does not run while a night or gc does.
Exit 0 when the check ran, whatever it found.`,
		Example: `  imgfriendly seeds check --report check.csv
  imgfriendly seeds check --seeds seeds.csv --write seeds.csv   # adopt permanent moves`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			path := seedsFile
			if path == "" {
				path = a.cfg.Seeds
			}
			seeds, _, err := a.readSeedFile(path)
			if err != nil {
				return err
			}
			unlock, err := lockSeedsNight(a.dataDir())
			if err != nil {
				return err
			}
			defer unlock()
			store, err := crawl.OpenStore(filepath.Join(a.dataDir(), "pages"))
			if err != nil {
				return fmt.Errorf("open page store: %w", err)
			}
			defer store.Close()
			a.log.Info("seeds check", "programs", len(seeds), "seeds", path)
			fetched, err := crawl.CheckSeeds(cmd.Context(), a.cfg.Crawl, seeds, store, nil)
			if err != nil {
				return err
			}
			checks := make([]seedlist.SeedCheck, len(fetched))
			for i, sf := range fetched {
				var page *imgfriendly.PageFacts
				if sf.Fetch.OK() {
					pf, err := extractStored(store, sf.Fetch)
					if err != nil {
						return err
					}
					page = &pf
				}
				checks[i] = seedlist.Check(sf, page)
			}
			if err := seedlist.WriteCheckTable(a.stdout, checks, all); err != nil {
				return err
			}
			if report != "" {
				if err := writeCSVFile(report, func(w io.Writer) error { return seedlist.WriteCheckCSV(w, checks) }); err != nil {
					return fmt.Errorf("write --report: %w", err)
				}
				fmt.Fprintf(a.stdout, "wrote %s\n", report)
			}
			if write != "" {
				programs, n := seedlist.Adopt(checks)
				if err := writeCSVFile(write, func(w io.Writer) error { return imgfriendly.WriteSeeds(w, programs) }); err != nil {
					return fmt.Errorf("write --write: %w", err)
				}
				fmt.Fprintf(a.stdout, "wrote %s: %d programs, %d moved URLs adopted\n", write, len(programs), n)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&seedsFile, "seeds", "", "the seed list to check (default: the config key seeds)")
	f.StringVar(&write, "write", "", "write the seed list with moved URLs adopted to this file (may be the seed list itself)")
	f.StringVar(&report, "report", "", "write every program's check to this CSV")
	f.BoolVar(&all, "all", false, "list every program in the table, not only those that need attention")
	return cmd
}

// extractStored reads what extraction finds on a fetched page from the store.
func extractStored(store *crawl.Store, f imgfriendly.Fetch) (imgfriendly.PageFacts, error) {
	body, err := store.Get(f.ContentHash)
	if err != nil {
		return imgfriendly.PageFacts{}, fmt.Errorf("page store: %w", err)
	}
	u, err := url.Parse(f.FinalURL)
	if err != nil {
		return imgfriendly.PageFacts{}, fmt.Errorf("page %s: %w", f.FinalURL, err)
	}
	return extract.Page(body, u)
}

func newSeedsImportCmd(a *app) *cobra.Command {
	var (
		out, noURL, conflicts, sheet string
		maps                         []string
		limit                        int
	)
	cmd := &cobra.Command{
		Use:   "import FILE... --out seeds.csv",
		Short: "Merge program lists (CSV, TSV, XLSX) into a seed list",
		Long: `import reads program lists — an ACGME export, a list of URLs, a hand-made
spreadsheet; CSV (comma, semicolon or tab), or XLSX — and writes one seed list.

Headers are matched by a synonym table ("Program Code", "ACGME Program Code",
"Accreditation ID" → program_id; "Program Web Address", "Website", "Program Link"
→ url; … every name is in seedlist/synonyms.csv), case and punctuation aside;
the header row may sit below a title. --map "COLUMN=FIELD" names a column the
table does not know (FIELD "-" ignores a column). A "Program Code" or "ID" column
whose values look like NRMP codes (1234140C0) is read as NRMP codes.

Values are normalised: ids as spreadsheets save them (804821087.0 and 804821087
→ 0804821087, 140-36-21123 → 1403621123; an id shown in scientific notation with
digits lost is refused), NRMP codes with dashes, spaces, lower case, several per
cell; states as names or codes; websites without http://.

Files are merged on program id in the order given: a field keeps the first
non-empty value, and a different later value is a conflict, listed side by side
(pass the file you trust most first); NRMP codes accumulate. A row that cannot be
read is named by file and line and skipped, and the rest goes on.

The seed list gets every program with an id, a name, a state and a URL.
Programs without a URL are counted and listed (--no-url FILE writes them all;
` + "`seeds discover`" + ` proposes URLs for them); programs without a name or a state are
listed as incomplete. Exit 0 when the seed list was written, 2 when an input is
unreadable or no program is complete.`,
		Example: `  imgfriendly seeds import acgme-export.csv urls.xlsx --out seeds.csv --no-url no-url.csv
  imgfriendly seeds import list.xlsx --sheet Programs --map "Prog #=program_id" --out seeds.csv
  imgfriendly seeds import seeds.csv proposed.csv --out seeds.csv   # adopt discovered URLs`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" {
				return usageError("--out is required: the seed list to write")
			}
			m, err := seedlist.ParseMap(maps)
			if err != nil {
				return usageError("%v", err)
			}
			inputs, err := readInputs(args)
			if err != nil {
				return err
			}
			res, err := seedlist.Import(inputs, seedlist.Options{Map: m, Sheet: sheet, StateCode: queries.StateCode})
			if err != nil {
				return usageError("%v", err)
			}
			if err := res.WriteSummary(a.stdout, limit); err != nil {
				return err
			}
			if len(res.Programs) == 0 {
				return usageError("no complete program (id, name, state and URL) in %d rows: nothing written to %s", res.Rows, out)
			}
			if err := writeCSVFile(out, func(w io.Writer) error { return imgfriendly.WriteSeeds(w, res.Programs) }); err != nil {
				return fmt.Errorf("write seed list: %w", err)
			}
			fmt.Fprintf(a.stdout, "wrote %s: %d programs\n", out, len(res.Programs))
			if noURL != "" {
				if err := writeCSVFile(noURL, func(w io.Writer) error { return seedlist.WritePending(w, res.NoURL) }); err != nil {
					return fmt.Errorf("write --no-url: %w", err)
				}
				fmt.Fprintf(a.stdout, "wrote %s: %d programs without a URL\n", noURL, len(res.NoURL))
			}
			if conflicts != "" {
				if err := writeCSVFile(conflicts, func(w io.Writer) error { return seedlist.WriteConflicts(w, res.Conflicts) }); err != nil {
					return fmt.Errorf("write --conflicts: %w", err)
				}
				fmt.Fprintf(a.stdout, "wrote %s: %d conflicts\n", conflicts, len(res.Conflicts))
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&out, "out", "", "the seed list to write (CSV; replaced atomically, may be one of the inputs)")
	f.StringVar(&noURL, "no-url", "", "also write the programs without a URL to this CSV (input for seeds discover)")
	f.StringVar(&conflicts, "conflicts", "", "also write every conflict to this CSV, one row per value")
	f.StringArrayVar(&maps, "map", nil, `read a column as a field: "COLUMN=FIELD" (FIELD - ignores it; repeatable)`)
	f.StringVar(&sheet, "sheet", "", "the XLSX sheet to read (default: every sheet with a header row)")
	f.IntVar(&limit, "limit", 20, "lines shown per list in the summary (0: all)")
	return cmd
}

// writeCSVFile writes what write produces to path, atomically.
func writeCSVFile(path string, write func(io.Writer) error) error {
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return err
	}
	return writeFileAtomic(path, buf.Bytes())
}

func newSeedsDiscoverCmd(a *app) *cobra.Command {
	var (
		institutions, write, report string
		programs                    []string
		minConf                     float64
	)
	cmd := &cobra.Command{
		Use:   "discover --institutions FILE [--programs FILE...] [--write FILE]",
		Short: "Propose URLs for programs without one, from their institutions' GME pages",
		Long: `discover reads each sponsoring institution's graduate medical education (GME)
page — and the program list it links one click further ("Residency Programs") —
keeps the links that name a residency specialty ("Internal Medicine Residency",
"OB/GYN", "Medicine Residency"; not fellowships, clinics or services), fetches
each one's target, and proposes for every program without a URL the best link of
its specialty at its institution, with a confidence and its reasons:

  0.40–0.60  the link's text names the specialty (its own name or a loose one,
             "Medicine") and says residency
  +0.10      the target answers; +0.10 it reads as a program page; +0.20 its
             title names the specialty; +0.10 the GME page lists the program's id
  1.00       the target prints the program's own ACGME id or NRMP code
  lowered    the page names another specialty or prints another program's id,
             the link is dead, or another link scores about the same

--institutions is a CSV/TSV/XLSX with an institution name and its GME page URL
(columns like "institution,url", optional state and city). --programs are the
programs without a URL (e.g. the --no-url file of seeds import; any file import
reads); a program belongs to the institution its institution column names, else
to the one whose name its own name contains. Without --programs, discover lists
every residency link it finds. Requests follow the crawl section: robots.txt,
politeness, the SSRF guard, and each institution's scope (its GME site's
registrable domain, plus crawl.extra_hosts); pages go to the data directory's
page store, under its night lock (not while a night or gc runs). --write writes the proposals at or
above --min-confidence as seed rows; merge them with
` + "`seeds import seeds.csv found.csv --out seeds.csv`" + `.`,
		Example: `  imgfriendly seeds discover --institutions institutions.csv --programs no-url.csv --write found.csv
  imgfriendly seeds import seeds.csv found.csv --out seeds.csv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if institutions == "" {
				return usageError("--institutions is required: a CSV of institution names and GME page URLs")
			}
			if minConf < 0 || minConf > 1 {
				return usageError("--min-confidence %g: want 0..1", minConf)
			}
			in, err := readInputs([]string{institutions})
			if err != nil {
				return err
			}
			insts, probs, err := seedlist.ReadInstitutions(in[0], seedlist.Options{StateCode: queries.StateCode})
			if err != nil {
				return usageError("%v", err)
			}
			for _, p := range probs {
				a.say(slog.LevelWarn, "skipped institution row: "+p.Error(), "skipped institution row", "err", p.Error())
			}
			if len(insts) == 0 {
				return usageError("%s: no institution with a name and a GME page URL", institutions)
			}
			var pending []imgfriendly.Program
			if len(programs) > 0 {
				inputs, err := readInputs(programs)
				if err != nil {
					return err
				}
				res, err := seedlist.Import(inputs, seedlist.Options{StateCode: queries.StateCode})
				if err != nil {
					return usageError("%v", err)
				}
				for _, p := range res.Problems {
					a.say(slog.LevelWarn, "programs: "+p.Error(), "program list problem", "err", p.Error())
				}
				for _, p := range res.NoURL {
					pending = append(pending, p.Program)
				}
				if len(res.Programs) > 0 {
					fmt.Fprintf(a.stdout, "%d programs already have a URL (left alone); proposing for the %d without one\n", len(res.Programs), len(pending))
				}
			}
			unlock, err := lockSeedsNight(a.dataDir())
			if err != nil {
				return err
			}
			defer unlock()
			store, err := crawl.OpenStore(filepath.Join(a.dataDir(), "pages"))
			if err != nil {
				return fmt.Errorf("open page store: %w", err)
			}
			defer store.Close()
			a.log.Info("seeds discover", "institutions", len(insts), "programs", len(pending))
			d, err := discoverURLs(cmd.Context(), a.cfg.Crawl, store, insts, pending)
			if err != nil {
				return err
			}
			if err := d.WriteSummary(a.stdout, len(pending), minConf); err != nil {
				return err
			}
			if report != "" {
				if err := writeCSVFile(report, d.WriteProposalsCSV); err != nil {
					return fmt.Errorf("write --report: %w", err)
				}
				fmt.Fprintf(a.stdout, "wrote %s\n", report)
			}
			if write != "" {
				accepted := d.Accepted(minConf)
				if err := writeCSVFile(write, func(w io.Writer) error { return imgfriendly.WriteSeeds(w, accepted) }); err != nil {
					return fmt.Errorf("write --write: %w", err)
				}
				fmt.Fprintf(a.stdout, "wrote %s: %d programs at confidence ≥ %.2f\n", write, len(accepted), minConf)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&institutions, "institutions", "", "CSV/TSV/XLSX of sponsoring institutions: name and GME page URL (required)")
	f.StringArrayVar(&programs, "programs", nil, "programs to find URLs for (any file seeds import reads; repeatable)")
	f.StringVar(&write, "write", "", "write the accepted proposals as seed rows to this CSV")
	f.StringVar(&report, "report", "", "write every proposal and every program without one to this CSV")
	f.Float64Var(&minConf, "min-confidence", 0.7, "least confidence for --write")
	return cmd
}

// discoverURLs scans the institutions' GME pages (crawl), reads what the
// fetched pages say (extract) and proposes URLs for the pending programs
// (seedlist).
func discoverURLs(ctx context.Context, cfg crawlConfig, store *crawl.Store, insts []imgfriendly.Institution, pending []imgfriendly.Program) (seedlist.Discovery, error) {
	scans, err := crawl.DiscoverPrograms(ctx, cfg, insts, store, nil)
	if err != nil {
		return seedlist.Discovery{}, err
	}
	pages := map[string]*imgfriendly.PageFacts{}
	read := func(f imgfriendly.Fetch) error {
		if !f.OK() || pages[f.URL] != nil {
			return nil
		}
		pf, err := extractStored(store, f)
		if err != nil {
			return err
		}
		pages[f.URL] = &pf
		return nil
	}
	for _, s := range scans {
		for _, f := range s.Pages {
			if err := read(f); err != nil {
				return seedlist.Discovery{}, err
			}
		}
		for _, l := range s.Links {
			if err := read(l.Target); err != nil {
				return seedlist.Discovery{}, err
			}
		}
	}
	return seedlist.Propose(scans, func(u string) *imgfriendly.PageFacts { return pages[u] }, pending), nil
}

// readInputs reads the files a seeds command takes; a missing one is a
// usage error naming it.
func readInputs(names []string) ([]seedlist.Input, error) {
	var out []seedlist.Input
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			return nil, usageError("%v", err)
		}
		out = append(out, seedlist.Input{Name: name, Data: b})
	}
	return out, nil
}

// lockSeedsNight takes the data directory's night lock for a seed check or
// discovery: they write the page store, which a night (and its retention
// sweep, which would drop pages stored after it listed what to keep) must
// not share.
func lockSeedsNight(dir string) (func(), error) {
	unlock, err := warehouse.LockNight(dir)
	if err != nil {
		return nil, fmt.Errorf("a night or gc is running on %s; run this after it: %w", dir, err)
	}
	return unlock, nil
}
