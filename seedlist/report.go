package seedlist

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/imgfriendly/imgfriendly"
)

// WriteSummary writes what Import did, for a person: each file and how its
// columns were read, skipped rows and dropped values with file and line,
// conflicts side by side, programs without a URL, and the totals. At most
// limit lines of each list are shown (0: all).
func (r Result) WriteSummary(w io.Writer, limit int) error {
	ew := &errWriter{w: w}
	for _, f := range r.Files {
		cs := ""
		if f.Charset != "" && f.Charset != "utf-8" {
			cs = ", " + f.Charset
		}
		ew.printf("read %s (%s%s): header on line %d, %d rows, %d used\n", f.File, f.Format, cs, f.HeaderLine, f.Rows, f.Used)
		var cols []string
		for _, c := range f.Columns {
			s := fmt.Sprintf("%s ← %q", c.Field, c.Header)
			if c.By != "synonym" {
				s += " (" + c.By + ")"
			}
			cols = append(cols, s)
		}
		ew.printf("  columns: %s\n", strings.Join(cols, ", "))
		if len(f.Ignored) > 0 {
			ew.printf("  ignored: %s\n", quoteAll(f.Ignored))
		}
	}
	var skipped, dropped []Problem
	for _, p := range r.Problems {
		if p.Skipped {
			skipped = append(skipped, p)
		} else {
			dropped = append(dropped, p)
		}
	}
	if len(skipped) > 0 {
		ew.printf("\nbad rows, skipped (%d):\n", len(skipped))
		for i, p := range skipped {
			if more(ew, i, len(skipped), limit) {
				break
			}
			ew.printf("  %s\n", p.Error())
		}
	}
	if len(dropped) > 0 {
		ew.printf("\nvalues dropped or doubted (%d; the rows were kept):\n", len(dropped))
		for i, p := range dropped {
			if more(ew, i, len(dropped), limit) {
				break
			}
			ew.printf("  %s\n", p.Error())
		}
	}
	if len(r.Conflicts) > 0 {
		ew.printf("\nconflicts (%d; the first value is kept, pass the file you trust first):\n", len(r.Conflicts))
		tw := tabwriter.NewWriter(ew, 2, 4, 2, ' ', 0)
		fmt.Fprintf(tw, "  program\tfield\tkept\t\tother\t\n")
		for i, c := range r.Conflicts {
			if i == limit && limit > 0 {
				fmt.Fprintf(tw, "  … and %d more\t\t\t\t\t\n", len(r.Conflicts)-limit)
				break
			}
			line := fmt.Sprintf("  %s\t%s\t%s\t(%s)", c.ProgramID, c.Field, c.Values[0].Value, c.Values[0].Source)
			for _, v := range c.Values[1:] {
				line += fmt.Sprintf("\t%s\t(%s)", v.Value, v.Source)
			}
			fmt.Fprintln(tw, line+"\t")
		}
		tw.Flush()
	}
	if len(r.NoURL) > 0 {
		ew.printf("\nwithout a URL (%d; `imgfriendly seeds discover` proposes URLs for them):\n", len(r.NoURL))
		for i, p := range r.NoURL {
			if more(ew, i, len(r.NoURL), limit) {
				break
			}
			ew.printf("  %s  %s (%s)\n", p.Program.ID, p.Program.Name, p.Sources[0])
		}
	}
	if len(r.Incomplete) > 0 {
		ew.printf("\nincomplete, not written (%d):\n", len(r.Incomplete))
		for i, p := range r.Incomplete {
			if more(ew, i, len(r.Incomplete), limit) {
				break
			}
			ew.printf("  %s  %q: no %s (%s)\n", p.Program.ID, p.Program.Name, strings.Join(p.Missing, ", no "), p.Sources[0])
		}
	}
	ew.printf("\nprograms: %d from %d rows in %d file(s) (%d rows skipped); %d with a URL, %d without a URL, %d incomplete; %d conflicts\n",
		len(r.Programs)+len(r.NoURL)+len(r.Incomplete), r.Rows, len(r.Files), r.Skipped, len(r.Programs), len(r.NoURL), len(r.Incomplete), len(r.Conflicts))
	return ew.err
}

func more(ew *errWriter, i, n, limit int) bool {
	if limit > 0 && i == limit {
		ew.printf("  … and %d more\n", n-limit)
		return true
	}
	return false
}

func quoteAll(xs []string) string {
	q := make([]string, len(xs))
	for i, x := range xs {
		q[i] = fmt.Sprintf("%q", x)
	}
	return strings.Join(q, ", ")
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(b []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(b)
	e.err = err
	return n, err
}

func (e *errWriter) printf(format string, args ...any) { fmt.Fprintf(e, format, args...) }

// WritePending writes programs that are not seed rows yet in the seed list's
// columns (url empty, or name/state missing) with the rows they came from,
// for `seeds discover` and for hand editing.
func WritePending(w io.Writer, ps []Pending) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(append(append([]string(nil), imgfriendly.SeedColumns...), "missing", "sources")); err != nil {
		return err
	}
	for _, pp := range ps {
		p := pp.Program
		var srcs []string
		for _, s := range pp.Sources {
			srcs = append(srcs, s.String())
		}
		if err := cw.Write([]string{p.ID, strings.Join(p.NRMPCodes, ";"), p.Name, p.Specialty, p.City, p.State, p.URL,
			p.RosterURL, p.PDName, p.PDEmail, p.CoordinatorName, p.CoordinatorEmail, p.Phone, p.Institution,
			strings.Join(pp.Missing, ";"), strings.Join(srcs, " ")}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteConflicts writes every conflict as CSV, one row per value: program,
// field, value, file, line, kept.
func WriteConflicts(w io.Writer, cs []Conflict) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"program_id", "field", "value", "file", "line", "kept"})
	for _, c := range cs {
		for i, v := range c.Values {
			cw.Write([]string{c.ProgramID, c.Field, v.Value, v.File, fmt.Sprint(v.Line), fmt.Sprint(i == 0)})
		}
	}
	cw.Flush()
	return cw.Error()
}
