package main

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/queries"
	"github.com/imgfriendly/imgfriendly/seedlist"
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
	cmd.AddCommand(newSeedsImportCmd(a))
	return cmd
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
			var inputs []seedlist.Input
			for _, name := range args {
				b, err := os.ReadFile(name)
				if err != nil {
					return usageError("%v", err)
				}
				inputs = append(inputs, seedlist.Input{Name: name, Data: b})
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
