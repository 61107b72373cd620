package main

import (
	"bytes"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/imgfriendly/imgfriendly/queries"
)

func newSoapCmd(a *app) *cobra.Command {
	var (
		o                profileFlags
		unfilled, format string
	)
	cmd := &cobra.Command{
		Use:   "soap --unfilled FILE|- --profile me.yaml",
		Short: "Filter and rank the SOAP List of Unfilled Programs for you (kept confidential)",
		Long: `soap reads the List of Unfilled Programs you copied from the NRMP system during
Match Week — a CSV file, or text pasted from the web page (tabs, runs of spaces,
extra columns, a header or none) — matches each row to a known program by its
NRMP code (1234140C0, with or without dashes or spaces), else by its ACGME id,
else as another track of a program known by a code of the same institution and
specialty (a preliminary 1234140P0 beside a known categorical 1234140C0: said to
be a different track), else by its name and state with a confidence, and prints
the matched programs tiered for your profile, best first, with the tier counts on
top and each reason's evidence (--evidence), then the rows it could not match and
why.

The list is confidential and may not be redistributed: soap reads it into
memory only. It is never written to the warehouse, to Parquet, to a file or to
the logs. Unlike programs, soap keeps every specialty unless you pass
--specialty.`,
		Example: `  imgfriendly soap --unfilled unfilled.txt --profile me.yaml
  pbpaste | imgfriendly soap --unfilled - --profile me.yaml --tier high --tier moderate`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "table" && format != "json" {
				return usageError("--format %q: want table or json", format)
			}
			if unfilled == "" {
				return usageError("--unfilled is required: the unfilled list as a file, or - for standard input")
			}
			p, f, err := o.load(time.Now(), a.stderr)
			if err != nil {
				return err
			}
			var (
				data []byte
				name = unfilled
			)
			if unfilled == "-" {
				name = "stdin"
				data, err = io.ReadAll(cmd.InOrStdin())
			} else {
				data, err = os.ReadFile(unfilled)
			}
			if err != nil {
				return usageError("--unfilled: %v", err)
			}
			rows, rowErrs := queries.ParseUnfilled(bytes.NewReader(data), name)
			if len(rows) == 0 {
				return usageError("the unfilled list has no usable rows:\n%v", indent(joinErrs(rowErrs)))
			}
			for _, e := range rowErrs {
				a.say(slog.LevelWarn, fmt.Sprint("warning: ", e), "unfilled list row skipped", "err", e.Error()) // line numbers only, never the list's content
			}
			db, closeDB, err := a.openPublished(cmd.Context())
			if err != nil {
				return err
			}
			defer closeDB()
			res, err := queries.SOAP(cmd.Context(), db, a.cfg.Queries, p, f, rows)
			if err != nil {
				return queryError(err)
			}
			r, err := o.render(a.stdout)
			if err != nil {
				return err
			}
			return queries.WriteSOAP(a.stdout, res, format, r)
		},
	}
	o.register(cmd, "every specialty on the list")
	cmd.Flags().StringVar(&unfilled, "unfilled", "", "the unfilled list: a file, or - for standard input")
	cmd.Flags().StringVar(&format, "format", "table", "output format: table or json")
	return cmd
}

// joinErrs joins errors one per line.
func joinErrs(errs []error) error {
	var b bytes.Buffer
	for i, e := range errs {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return fmt.Errorf("%s", b.String())
}
