package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/imgfriendly/imgfriendly/queries"
)

// profileFlags are the flags every applicant command shares.
type profileFlags struct {
	profile     string
	specialties []string
	states      []string
	tiers       []string
	year        int
}

func (o *profileFlags) register(cmd *cobra.Command, specialtyDefault string) {
	f := cmd.Flags()
	f.StringVar(&o.profile, "profile", "", "your profile (YAML; see examples/profile.yaml)")
	f.StringSliceVar(&o.specialties, "specialty", nil, "only this specialty (repeatable; default: "+specialtyDefault+")")
	f.StringSliceVar(&o.states, "state", nil, "only programs in this state: a code (NY) or a name (New York) (repeatable)")
	f.StringSliceVar(&o.tiers, "tier", nil, "only this tier: high, moderate, reach, not_eligible (repeatable)")
	f.IntVar(&o.year, "year", 0, "application year, from which years since graduation are counted (default: this year)")
}

// load reads the profile and builds the filter; bad input is a usage error.
func (o *profileFlags) load() (queries.Profile, queries.Filter, error) {
	if o.profile == "" {
		return queries.Profile{}, queries.Filter{}, usageError("--profile is required (start from examples/profile.yaml)")
	}
	p, err := queries.LoadProfile(o.profile)
	if err != nil {
		return queries.Profile{}, queries.Filter{}, usageError("bad profile:\n%v", indent(err))
	}
	f := queries.Filter{ApplicationYear: o.year, Specialties: o.specialties}
	if f.ApplicationYear == 0 {
		f.ApplicationYear = time.Now().Year()
	}
	for _, s := range o.states {
		f.States = append(f.States, strings.ToUpper(strings.TrimSpace(s)))
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

// indent puts each line of a (joined) error on its own indented line.
func indent(err error) string {
	return "  " + strings.ReplaceAll(err.Error(), "\n", "\n  ")
}

// queryError turns an unknown specialty into a usage error.
func queryError(err error) error {
	var use *queries.UnknownSpecialtyError
	if errors.As(err, &use) {
		return usageError("--specialty: %v", err)
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
		o           profileFlags
		format, out string
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
  Not eligible  a hard rule excludes you: visa not offered, YOG limit exceeded,
                score minimum not met, too many attempts, required USCE missing

Every program comes with its reasons, each with the URL of the page that says
so ("H-1B not sponsored — evidence: https://…"). Unknown means the program's
pages do not say; it never means "no". The tiering is queries/tier.sql; its
thresholds are the queries section of config.yaml.`,
		Example: `  imgfriendly programs --profile me.yaml
  imgfriendly programs --profile me.yaml --specialty "Family Medicine" --state NY --state NJ
  imgfriendly programs --profile me.yaml --tier high --format csv --out high.csv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if !slices.Contains(queries.Formats, format) {
				return usageError("--format %q: want %s", format, strings.Join(queries.Formats, ", "))
			}
			p, f, err := o.load()
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
			w, closeOut, err := createOut(a, out)
			if err != nil {
				return err
			}
			if err := queries.WritePrograms(w, list, format); err != nil {
				closeOut()
				return err
			}
			if err := closeOut(); err != nil {
				return fmt.Errorf("write %s: %w", out, err)
			}
			if out != "" && out != "-" {
				fmt.Fprintf(a.stderr, "wrote %d programs to %s\n", len(list), out)
			}
			return nil
		},
	}
	o.register(cmd, "the profile's specialties")
	cmd.Flags().StringVar(&format, "format", "table", "output format: table, csv, json or parquet")
	cmd.Flags().StringVar(&out, "out", "", "write to FILE instead of stdout")
	return cmd
}
