package main

import (
	"encoding/json"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/imgfriendly/imgfriendly/warehouse"
)

func newChangesCmd(a *app) *cobra.Command {
	var (
		since, program, format string
	)
	cmd := &cobra.Command{
		Use:   "changes [--since DATE] [--program ID]",
		Short: "List how programs' facts changed from night to night, with old and new evidence",
		Long: `changes reads the published warehouse's fact history and lists every change —
a fact that appeared, changed value, or disappeared — with the night it
happened and the evidence for the old and the new value.`,
		Example: `  imgfriendly changes --since 2026-01-01
  imgfriendly changes --program 1403621123 --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var t time.Time
			if since != "" {
				var err error
				if t, err = time.Parse("2006-01-02", since); err != nil {
					return usageError("--since %q: want YYYY-MM-DD", since)
				}
			}
			if format != "table" && format != "json" {
				return usageError("--format %q: want table or json", format)
			}
			path := a.warehousePath()
			if !fileExists(path) {
				return usageError("no published warehouse at %s: run a night first or pass --dir", path)
			}
			w, err := warehouse.Open(cmd.Context(), path, true)
			if err != nil {
				return fmt.Errorf("open warehouse: %w", err)
			}
			defer w.Close()
			changes, err := w.Changes(cmd.Context(), t, program)
			if err != nil {
				return err
			}
			if format == "json" {
				enc := json.NewEncoder(a.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(changes)
			}
			tw := tabwriter.NewWriter(a.stdout, 2, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "night\tprogram\tfield\tchange\told\tnew\told evidence\tnew evidence")
			for _, c := range changes {
				oldV, oldE := side(c.Old)
				newV, newE := side(c.New)
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", c.Night.Format("2006-01-02"), c.ProgramID, c.Field,
					c.Change, oldV, newV, oldE, newE)
			}
			tw.Flush()
			fmt.Fprintf(a.stdout, "(%d changes)\n", len(changes))
			return nil
		},
	}
	cmd.Flags().StringVar(&since, "since", "", "only changes on or after this night (YYYY-MM-DD)")
	cmd.Flags().StringVar(&program, "program", "", "only this program (ACGME id)")
	cmd.Flags().StringVar(&format, "format", "table", "output format: table or json")
	return cmd
}

// side renders one side of a change: its value (with any condition) and
// its evidence (URL and quoted sentence).
func side(s *warehouse.ChangeSide) (value, evidence string) {
	if s == nil {
		return "-", "-"
	}
	value = s.Value
	if s.Condition != "" {
		value += " (" + s.Condition + ")"
	}
	text := s.Evidence.Text
	if len(text) > 80 {
		text = text[:77] + "..."
	}
	return value, orDash(s.Evidence.URL) + " \"" + text + "\""
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
