package main

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/imgfriendly/imgfriendly/queries"
)

// profileFlags are the flags every applicant command shares.
type profileFlags struct {
	profile     string
	specialties []string
	states      []string
	tiers       []string
	matchYear   int
	year        int // deprecated: the application year, --match-year minus one
	evidence    string
}

func (o *profileFlags) register(cmd *cobra.Command, specialtyDefault string) {
	f := cmd.Flags()
	f.StringVar(&o.profile, "profile", "", "your profile (YAML; see examples/profile.yaml)")
	f.StringSliceVar(&o.specialties, "specialty", nil, "only this specialty (repeatable; default: "+specialtyDefault+")")
	f.StringSliceVar(&o.states, "state", nil, "only programs in this state: a code (NY) or a name (New York) (repeatable)")
	f.StringSliceVar(&o.tiers, "tier", nil, "only this tier: high, moderate, reach, not_eligible (repeatable)")
	f.IntVar(&o.matchYear, "match-year", 0, "the Match you prepare for, to which years since graduation and deadlines are counted\n(default: the coming one — this year's until Match Day has passed, then next year's)")
	f.IntVar(&o.year, "year", 0, "application year (old spelling of --match-year minus one)")
	_ = f.MarkHidden("year") // load warns on stderr: cobra's deprecation notice would go to stdout
	f.StringVar(&o.evidence, "evidence", "", "how reasons show their evidence: text (the page's sentence), url or none\n(default: text on a terminal, url otherwise; JSON always has both)")
}

// load reads the profile and builds the filter; bad input is a usage error.
// now picks the coming Match when --match-year is not given; warnings go to
// stderr.
func (o *profileFlags) load(now time.Time, stderr io.Writer) (queries.Profile, queries.Filter, error) {
	if o.profile == "" {
		return queries.Profile{}, queries.Filter{}, usageError("--profile is required (start from examples/profile.yaml)")
	}
	p, err := queries.LoadProfile(o.profile)
	if err != nil {
		return queries.Profile{}, queries.Filter{}, usageError("bad profile:\n%v", indent(err))
	}
	f := queries.Filter{MatchYear: o.matchYear, Specialties: o.specialties}
	switch {
	case o.matchYear != 0 && o.year != 0:
		return p, f, usageError("--year and --match-year: give only --match-year")
	case o.year != 0:
		f.MatchYear = o.year + 1
		fmt.Fprintf(stderr, "warning: --year is deprecated: use --match-year %d (the application year plus one)\n", f.MatchYear)
	case o.matchYear == 0:
		f.MatchYear = queries.ComingMatch(now)
	}
	if f.MatchYear < 1990 || f.MatchYear > 2100 {
		return p, f, usageError("--match-year %d: not a plausible Match year", f.MatchYear)
	}
	for _, s := range o.states {
		f.States = append(f.States, strings.TrimSpace(s))
	}
	for _, s := range o.tiers {
		t, ok := queries.ParseTier(s)
		if !ok {
			return p, f, usageError("--tier %q: want high, moderate, reach or not_eligible", s)
		}
		f.Tiers = append(f.Tiers, t)
	}
	return p, f, nil
}

// render says how reasons are written: --evidence, else the sentence when w
// is a terminal and the URL otherwise; tables wrap to a terminal's width.
func (o *profileFlags) render(w io.Writer) (queries.Render, error) {
	var r queries.Render
	width, tty := terminalWidth(w)
	if tty {
		r.Width = width
	}
	switch {
	case o.evidence != "":
		m, ok := queries.ParseEvidenceMode(o.evidence)
		if !ok {
			return r, usageError("--evidence %q: want text, url or none", o.evidence)
		}
		r.Evidence = m
	case tty:
		r.Evidence = queries.EvidenceText
	default:
		r.Evidence = queries.EvidenceURL
	}
	return r, nil
}

// terminalWidth is w's width in columns and whether w is a terminal.
func terminalWidth(w io.Writer) (int, bool) {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return 0, false
	}
	width, _, err := term.GetSize(int(f.Fd()))
	if err != nil {
		return 0, true
	}
	return width, true
}

// indent puts each line of a (joined) error on its own indented line.
func indent(err error) string {
	return "  " + strings.ReplaceAll(err.Error(), "\n", "\n  ")
}

// queryError turns an unknown specialty or state into a usage error.
func queryError(err error) error {
	var use *queries.UnknownSpecialtyError
	if errors.As(err, &use) {
		return usageError("--specialty: %v", err)
	}
	var ust *queries.UnknownStateError
	if errors.As(err, &ust) {
		return usageError("--state: %v", err)
	}
	return err
}

// createOut opens --out, or stdout for "" or "-".
func createOut(a *app, path string) (io.Writer, func() error, error) {
	if path == "" || path == "-" {
		return a.stdout, func() error { return nil }, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, usageError("--out: %v", err)
	}
	return f, f.Close, nil
}

func newProgramsCmd(a *app) *cobra.Command {
	var (
		o                 profileFlags
		format, out, sort string
	)
	cmd := &cobra.Command{
		Use:   "programs --profile me.yaml",
		Short: "Your program list in High / Moderate / Reach / Not eligible tiers, with reasons",
		Long: `programs sorts every program of your specialties (from the published warehouse)
into tiers for the applicant your profile describes, best first:

  High          IMG share at or above queries.img_share_high, your visa confirmed,
                no soft preference missed, few facts unknown
  Moderate      eligible, neither High nor Reach
  Reach         low IMG share, several missed preferences or many unknown facts
  Not eligible  a hard rule excludes you: visa not offered (or offered on a
                condition you do not meet), YOG limit exceeded, score minimum
                not met, too many attempts, required USCE missing, ECFMG
                certification expected after the program's deadline

Every program comes with its reasons, each with the evidence: the sentence on
the program's page and the page (--evidence text, the default on a terminal),
the page alone ("— evidence: https://…", --evidence url, the default
otherwise) or neither. Unknown means the program's pages do not say; it never
means "no". Years since graduation are counted to the coming Match (after Match
Day, the next one; --match-year to choose), and each reason says to what. With
NRMP results imported (import match-results), each program says how often it
went unfilled in the last Matches, and --sort unfilled puts the programs most
likely to be in SOAP first. The tiering reads with queries/tier.sql and judges
with queries/rules.go; its thresholds are
the queries section of config.yaml.`,
		Example: `  imgfriendly programs --profile me.yaml
  imgfriendly programs --profile me.yaml --specialty "Family Medicine" --state NY --state NJ
  imgfriendly programs --profile me.yaml --tier high --format csv --out high.csv
  imgfriendly programs --profile me.yaml --sort unfilled --tier high --tier moderate   # Match Week preparation`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if !slices.Contains(queries.Formats, format) {
				return usageError("--format %q: want %s", format, strings.Join(queries.Formats, ", "))
			}
			if sort != "tier" && sort != "unfilled" {
				return usageError("--sort %q: want tier or unfilled", sort)
			}
			p, f, err := o.load(time.Now(), a.stderr)
			if err != nil {
				return err
			}
			db, closeDB, err := a.openPublished(cmd.Context())
			if err != nil {
				return err
			}
			defer closeDB()
			list, err := queries.Programs(cmd.Context(), db, a.cfg.Queries, p, f)
			if err != nil {
				return queryError(err)
			}
			if sort == "unfilled" {
				queries.SortByUnfilled(list)
			}
			w, closeOut, err := createOut(a, out)
			if err != nil {
				return err
			}
			r, err := o.render(w)
			if err != nil {
				closeOut()
				return err
			}
			if err := queries.WritePrograms(w, list, format, r); err != nil {
				closeOut()
				return err
			}
			if err := closeOut(); err != nil {
				return fmt.Errorf("write %s: %w", out, err)
			}
			if out != "" && out != "-" {
				a.say(slog.LevelInfo, fmt.Sprintf("wrote %d programs to %s", len(list), out), "wrote program list", "programs", len(list), "path", out)
			}
			return nil
		},
	}
	o.register(cmd, "the profile's specialties")
	cmd.Flags().StringVar(&format, "format", "table", "output format: table, csv, json or parquet")
	cmd.Flags().StringVar(&out, "out", "", "write to FILE instead of stdout")
	cmd.Flags().StringVar(&sort, "sort", "tier", "order: tier (best first), or unfilled (the Match Week preparation list:\nprograms that went unfilled in more of the last Matches first; see import match-results)")
	return cmd
}
