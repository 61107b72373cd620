package main

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/imgfriendly/imgfriendly/queries"
)

func newTrackerCmd(a *app) *cobra.Command {
	var (
		o   profileFlags
		out string
		all bool
	)
	cmd := &cobra.Command{
		Use:   "tracker --profile me.yaml --out tracker.xlsx",
		Short: "Write your outreach tracker spreadsheet (.xlsx or .csv), keeping your notes on re-runs",
		Long: `tracker writes one row per program in tier order — tier, reasons, program,
specialty, city and state, IMG share, visa, YOG, program director and coordinator
names and emails, phone, program and evidence URLs — followed by your own
columns: Date emailed, Response, Status (a drop-down: not contacted, emailed,
replied, interview offered, declined) and Notes. The .xlsx has a frozen header,
filters and sized columns; .csv has the same columns.

Run it again over the same file after a new night: the program columns are
refreshed, and your own columns (and any column you added) are kept, matched by
Program ID, with the dates, numbers and formulas you typed kept as such. A
program you had written something about keeps its row even when it falls
outside this run's list (another tier, state or specialty), refreshed with its
current tier and reasons; only a program gone from the warehouse is marked
"No longer listed". Not eligible programs are left out unless you pass --all or
--tier not_eligible. The .csv starts with a UTF-8 byte order mark, so Excel
shows "—" and "≥" as they are.`,
		Example: `  imgfriendly tracker --profile me.yaml --out tracker.xlsx
  imgfriendly tracker --profile me.yaml --out tracker.csv --state NY`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" {
				return usageError("--out is required: a .xlsx or .csv file")
			}
			format, err := queries.TrackerFormat(out)
			if err != nil {
				return usageError("--out: %v", err)
			}
			p, f, err := o.load(time.Now(), a.stderr)
			if err != nil {
				return err
			}
			if len(f.Tiers) == 0 && !all {
				f.Tiers = []queries.Tier{queries.TierHigh, queries.TierModerate, queries.TierReach}
			}
			var previous *queries.Tracker
			if old, err := os.Open(out); err == nil {
				previous, err = queries.ReadTracker(old, format)
				old.Close()
				if err != nil {
					return usageError("%s: %v (move it away to start a new tracker)", out, err)
				}
			} else if !os.IsNotExist(err) {
				return usageError("--out: %v", err)
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
			// A spreadsheet is read by a person: the sentence unless --evidence says otherwise.
			mode := queries.EvidenceText
			if o.evidence != "" {
				var ok bool
				if mode, ok = queries.ParseEvidenceMode(o.evidence); !ok {
					return usageError("--evidence %q: want text, url or none", o.evidence)
				}
			}
			outside, err := queries.Outside(cmd.Context(), db, a.cfg.Queries, p, f.MatchYear, previous, list)
			if err != nil {
				return err
			}
			t := queries.BuildTracker(list, outside, previous, mode)
			// Write beside the old file and rename, so a failure never loses the applicant's notes.
			tmp, err := os.CreateTemp(filepath.Dir(out), "."+filepath.Base(out)+".*")
			if err != nil {
				return usageError("--out: %v", err)
			}
			defer os.Remove(tmp.Name())
			if err := queries.WriteTracker(tmp, t, format); err != nil {
				tmp.Close()
				return err
			}
			if err := tmp.Close(); err != nil {
				return fmt.Errorf("write tracker: %w", err)
			}
			if err := os.Rename(tmp.Name(), out); err != nil {
				return fmt.Errorf("write tracker: %w", err)
			}
			kept := 0
			if previous != nil {
				kept = len(previous.Rows)
			}
			fmt.Fprintf(a.stdout, "wrote %s: %d rows (%d programs; your columns carried over from %d earlier rows)\n", out, len(t.Rows), len(list), kept)
			return nil
		},
	}
	o.register(cmd, "the profile's specialties")
	cmd.Flags().Lookup("evidence").Usage = "how the Reasons column shows evidence: text (the page's sentence; the default), url or none"
	cmd.Flags().StringVar(&out, "out", "", "the tracker file: .xlsx or .csv (re-runs keep your columns)")
	cmd.Flags().BoolVar(&all, "all", false, "include Not eligible programs")
	return cmd
}
