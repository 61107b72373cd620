package seedlist

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/internal/profiling"
	"github.com/imgfriendly/imgfriendly/testweb"
)

// benchRows is the size of the ACGME's program list, fellowships included.
const benchRows = 13000

// exportFiles renders n synthetic programs as two inputs people have: an
// export-style CSV (title row, other header names, ids as floats, full state
// names) and an XLSX list of URLs and NRMP codes (ids as numbers), plus the
// canonical seed list of the same programs.
func exportFiles(b *testing.B, n int) (csvExport, xlsx, canonical []byte) {
	w, err := testweb.New(testweb.Config{Programs: n, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	ps := w.Programs()
	var cb bytes.Buffer
	cw := csv.NewWriter(&cb)
	cw.Write([]string{"Program list export"})
	cw.Write([]string{"Program Code", "Program Name", "Specialty", "City", "State", "Program Director", "Sponsoring Institution"})
	for _, p := range ps {
		cw.Write([]string{strings.TrimLeft(p.ID, "0") + ".0", p.Name, p.Specialty, p.City, p.State, p.PDName, p.Institution})
	}
	cw.Flush()
	f := excelize.NewFile()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		b.Fatal(err)
	}
	sw.SetRow("A1", []any{"Accreditation ID", "Program Link", "NRMP Codes"})
	for i, p := range ps {
		var id any = p.ID
		if i%2 == 0 {
			n, _ := strconv.ParseInt(p.ID, 10, 64)
			id = n // a number cell: the leading zero is gone
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		sw.SetRow(cell, []any{id, p.URL, strings.Join(p.NRMPCodes, ", ")})
	}
	if err := sw.Flush(); err != nil {
		b.Fatal(err)
	}
	var xb bytes.Buffer
	if err := f.Write(&xb); err != nil {
		b.Fatal(err)
	}
	var sb bytes.Buffer
	if err := imgfriendly.WriteSeeds(&sb, ps); err != nil {
		b.Fatal(err)
	}
	return cb.Bytes(), xb.Bytes(), sb.Bytes()
}

// BenchmarkImport13k imports 13,000 programs from an export-style CSV and an
// XLSX list of URLs (merged on program id), beside the baseline of reading
// the same programs' canonical seed list with imgfriendly.ReadSeeds, in the
// same run. rows/s counts input rows (26,000 per merged import);
// x-readseeds is the import's wall time per run over ReadSeeds'; on a
// shared machine the CPU-time figures (rows/cpu-s, x-readseeds-cpu: process
// CPU time, user + system) are the steadier ones.
func BenchmarkImport13k(b *testing.B) {
	csvExport, xlsx, canonical := exportFiles(b, benchRows)
	states := func(s string) (string, bool) { return s, len(s) == 2 }
	var base, baseCPU float64
	b.Run("baseline-readseeds", func(b *testing.B) {
		b.SetBytes(int64(len(canonical)))
		cpu := profiling.ProcessCPU()
		for b.Loop() {
			ps, errs, err := imgfriendly.ReadSeeds(bytes.NewReader(canonical), "seeds.csv")
			if err != nil || len(errs) > 0 || len(ps) != benchRows {
				b.Fatalf("%d programs, %v %v", len(ps), errs, err)
			}
		}
		baseCPU = (profiling.ProcessCPU() - cpu).Seconds() / float64(b.N)
		base = b.Elapsed().Seconds() / float64(b.N)
		b.ReportMetric(float64(benchRows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
		if baseCPU > 0 {
			b.ReportMetric(float64(benchRows)/baseCPU, "rows/cpu-s")
		}
	})
	for _, tc := range []struct {
		name   string
		inputs []Input
		rows   int
	}{
		{"csv", []Input{{Name: "export.csv", Data: csvExport}}, benchRows},
		{"xlsx", []Input{{Name: "links.xlsx", Data: xlsx}}, benchRows},
		{"csv+xlsx-merged", []Input{{Name: "export.csv", Data: csvExport}, {Name: "links.xlsx", Data: xlsx}}, 2 * benchRows},
	} {
		b.Run(tc.name, func(b *testing.B) {
			size := 0
			for _, in := range tc.inputs {
				size += len(in.Data)
			}
			b.SetBytes(int64(size))
			cpu := profiling.ProcessCPU()
			for b.Loop() {
				res, err := Import(tc.inputs, Options{StateCode: states})
				if err != nil || res.Rows != tc.rows || len(res.Problems) > 0 {
					b.Fatalf("rows %d problems %d: %v %v", res.Rows, len(res.Problems), err, res.Problems[:min(3, len(res.Problems))])
				}
			}
			perCPU := (profiling.ProcessCPU() - cpu).Seconds() / float64(b.N)
			per := b.Elapsed().Seconds() / float64(b.N)
			b.ReportMetric(float64(tc.rows)/per, "rows/s")
			if base > 0 {
				b.ReportMetric(per/base, "x-readseeds")
			}
			if perCPU > 0 && baseCPU > 0 {
				b.ReportMetric(float64(tc.rows)/perCPU, "rows/cpu-s")
				b.ReportMetric(perCPU/baseCPU, "x-readseeds-cpu")
			}
		})
	}
}
