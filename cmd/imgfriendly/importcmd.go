package main

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/warehouse"
)

func newImportCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "import",
		Short: "Import outside data into the published warehouse",
		Args:  cobra.NoArgs,
	}
	cmd.AddCommand(newImportMatchResultsCmd(a))
	return cmd
}

func newImportMatchResultsCmd(a *app) *cobra.Command {
	var skipBad bool
	cmd := &cobra.Command{
		Use:   "match-results FILE.csv|-",
		Short: "Import NRMP Match results (positions offered and filled per program code and year)",
		Long: `match-results imports the table NRMP publishes after each Match — positions offered
(quota) and filled per program code, for the last Matches — into the published
warehouse (table match_results), so that applicants' lists say which programs
went unfilled in how many of the last Matches ("went unfilled in 3 of the last 5
Matches"), and programs --sort unfilled gives the Match Week preparation list.

The file is CSV with a header naming program_code, year, quota and filled (in any
order; NRMP's "Program Code", "Quota", "Matched" work too; other columns are
ignored). Codes may be written as the SOAP list writes them: 1234140C0,
1234-140-C0, "1234 140 C0". A malformed row is named with its line, and nothing
is imported until every row is right (or pass --skip-bad to import the rest).
Importing again replaces the results of the codes and years the file brings.

Like a night, the import never writes to the published file: it builds a copy
and swaps it in, so readers are never disturbed; it waits for no night and
refuses to run while one is running. The Parquet export is not changed: NRMP
restricts redistribution of data derived from its results.`,
		Example: `  imgfriendly import match-results nrmp-results-2022-2026.csv
  imgfriendly import match-results --skip-bad results.csv`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			name := args[0]
			var r io.Reader
			if name == "-" {
				name, r = "stdin", cmd.InOrStdin()
			} else {
				f, err := os.Open(name)
				if err != nil {
					return usageError("%v", err)
				}
				defer f.Close()
				r = f
			}
			results, rowErrs, err := imgfriendly.ReadMatchResults(r, name)
			if err != nil {
				return usageError("%v", err)
			}
			for _, e := range rowErrs {
				a.say(slog.LevelWarn, fmt.Sprint("bad row: ", e), "bad row", "err", e.Error())
			}
			switch {
			case len(results) == 0:
				return usageError("%s: no usable rows", name)
			case len(rowErrs) > 0 && !skipBad:
				return usageError("%s: %d bad rows, nothing imported: fix them and import again, or pass --skip-bad to import the %d good rows",
					name, len(rowErrs), len(results))
			}
			if !fileExists(a.warehousePath()) {
				return usageError("no published warehouse at %s: run `imgfriendly run` (or `imgfriendly demo --dir %s`) first, or pass --dir", a.warehousePath(), a.dataDir())
			}
			out, err := warehouse.ImportMatchResults(cmd.Context(), a.cfg.Warehouse, a.dataDir(), results, filepath.Base(name), time.Now())
			if errors.Is(err, warehouse.ErrLocked) {
				return fmt.Errorf("%w: import again when it has finished", err)
			}
			if err != nil {
				return err
			}
			years := ""
			if n := len(out.Years); n > 0 {
				years = fmt.Sprint(out.Years[0])
				if n > 1 {
					years += fmt.Sprintf("–%d", out.Years[n-1])
				}
			}
			fmt.Fprintf(a.stdout, "imported %d results from %s: %d program codes, Matches %s; %d codes name programs in the warehouse; %d results replaced earlier ones\n",
				out.Rows, name, out.Codes, years, out.Known, out.Replaced)
			if len(rowErrs) > 0 {
				fmt.Fprintf(a.stdout, "skipped %d bad rows (listed on stderr)\n", len(rowErrs))
			}
			if out.Known == 0 {
				fmt.Fprintln(a.stdout, "warning: no code names a program of the warehouse: check that the file's codes are NRMP program codes of your seed list ("+strings.Join(imgfriendly.MatchResultColumns, ",")+")")
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&skipBad, "skip-bad", false, "import the good rows even when some are malformed")
	return cmd
}
