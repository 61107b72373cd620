package warehouse

import (
	"context"
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/format"
)

// programRow is the subset of parquet/latest/programs.parquet read back by
// parquet-go, by column name.
type programRow struct {
	ProgramID      string   `parquet:"program_id"`
	Name           *string  `parquet:"name"`
	State          *string  `parquet:"state"`
	ResidentsTotal *int32   `parquet:"residents_total"`
	IMGShare       *float64 `parquet:"img_share"`
	VisaH1B        *bool    `parquet:"visa_h1b"`
	Step2CKMin     *float64 `parquet:"step2ck_min"`
	RunID          *string  `parquet:"run_id"`
}

func readProgramsParquet(t *testing.T, path string) []programRow {
	t.Helper()
	rows, err := parquet.ReadFile[programRow](path)
	if err != nil {
		t.Fatalf("read %s with parquet-go: %v", path, err)
	}
	return rows
}

var update = flag.Bool("update", false, "write a missing golden file for the current schema version")

// parquetSchemas renders the schema of every latest Parquet file, as parquet-go reads it.
func parquetSchemas(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	for _, table := range exportTables {
		f := openParquet(t, filepath.Join(dir, ParquetDir, "latest", table+".parquet"))
		fmt.Fprintf(&b, "== %s\n%s\n", table, f.Schema())
	}
	return b.String()
}

func openParquet(t *testing.T, path string) *parquet.File {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { fh.Close() })
	st, err := fh.Stat()
	if err != nil {
		t.Fatal(err)
	}
	f, err := parquet.OpenFile(fh, st.Size())
	if err != nil {
		t.Fatalf("parquet-go open %s: %v", path, err)
	}
	return f
}

// The exported Parquet schema is a contract: it is compared with the golden
// file of the current SchemaVersion. Changing the export (a column, a type)
// without bumping SchemaVersion fails here; -update only writes the golden
// file of a version that has none, never overwrites one.
func TestParquetSchemaGolden(t *testing.T) {
	dir := t.TempDir()
	for _, n := range threeNights() {
		mustRunNight(t, testConfig(), dir, n, imgfriendly.RunPublished)
	}
	got := parquetSchemas(t, dir)
	golden := filepath.Join("testdata", fmt.Sprintf("parquet_schema_v%d.golden", SchemaVersion))
	want, err := os.ReadFile(golden)
	if errors.Is(err, os.ErrNotExist) && *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s: review it and document every column in SCHEMA.md", golden)
		return
	}
	if err != nil {
		t.Fatalf("no golden Parquet schema for schema version %d (%v); run go test ./warehouse -run TestParquetSchemaGolden -update", SchemaVersion, err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("exported Parquet schema changed without a SchemaVersion bump (-%s +exported):\n%s", golden, diff)
	}
}

// Every column SCHEMA.md documents for an exported table is in its Parquet
// file, and every exported column is documented.
func TestParquetColumnsDocumented(t *testing.T) {
	doc, err := os.ReadFile("SCHEMA.md")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	mustRunNight(t, testConfig(), dir, threeNights()[0], imgfriendly.RunPublished)
	for _, table := range exportTables {
		f := openParquet(t, filepath.Join(dir, ParquetDir, "latest", table+".parquet"))
		var got []string
		for _, fl := range f.Schema().Fields() {
			got = append(got, fl.Name())
		}
		want := documentedColumns(string(doc), table)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s.parquet columns vs SCHEMA.md section \"### %s\" (-documented +exported):\n%s", table, table, diff)
		}
	}
}

// documentedColumns returns the first cell of each table row in the
// markdown section "### <table>" of SCHEMA.md, expanding the line "| F … |"
// of the programs table into the per-field columns.
func documentedColumns(doc, table string) []string {
	_, rest, ok := strings.Cut(doc, "\n### "+table+"\n")
	if !ok {
		return nil
	}
	if i := strings.Index(rest, "\n### "); i >= 0 {
		rest = rest[:i]
	}
	var cols []string
	for _, line := range strings.Split(rest, "\n") {
		if !strings.HasPrefix(line, "| `") {
			continue
		}
		name := strings.Trim(strings.TrimSpace(strings.Split(line, "|")[1]), "`")
		if name == "F" || name == "F_evidence_url" || name == "F_evidence_text" {
			if name == "F" {
				for _, fk := range imgfriendly.FieldKinds {
					if slices.Contains(fieldsAfterConditions, fk.Field) {
						continue // documented one by one after the conditions
					}
					cols = append(cols, string(fk.Field), string(fk.Field)+"_evidence_url", string(fk.Field)+"_evidence_text")
				}
			}
			continue
		}
		cols = append(cols, name)
	}
	return cols
}

// Parquet files read back by parquet-go: rows, values and the key/value
// metadata (schema_version, table, run_id, night) of latest and history files.
func TestParquetReadBack(t *testing.T) {
	dir := t.TempDir()
	for _, n := range threeNights()[:2] {
		mustRunNight(t, testConfig(), dir, n, imgfriendly.RunPublished)
	}
	rows := readProgramsParquet(t, filepath.Join(dir, ParquetDir, "latest", "programs.parquet"))
	if len(rows) != 4 {
		t.Fatalf("programs.parquet: %d rows, want 4", len(rows))
	}
	a := rows[0]
	if a.ProgramID != "1401100001" || a.VisaH1B == nil || *a.VisaH1B || a.IMGShare == nil || *a.IMGShare != 0.6 ||
		a.ResidentsTotal == nil || *a.ResidentsTotal != 10 || a.RunID == nil || *a.RunID != "n2" || a.Step2CKMin != nil {
		t.Errorf("program A in programs.parquet: %+v", a)
	}
	for _, tt := range []struct {
		path, table string
		rows        int64
	}{
		{filepath.Join("latest", "programs.parquet"), "programs", 4},
		{filepath.Join("latest", "facts.parquet"), "facts", 8},
		{filepath.Join("latest", "residents.parquet"), "residents", 22},
		{filepath.Join("latest", "changes.parquet"), "changes", 13}, // 9 added on night 1, 4 on night 2
		{filepath.Join("history", "changes", "night=2026-01-11", "data.parquet"), "changes", 4},
		{filepath.Join("history", "programs", "night=2026-01-10", "data.parquet"), "programs", 4},
	} {
		f := openParquet(t, filepath.Join(dir, ParquetDir, tt.path))
		meta := map[string]string{}
		for _, k := range []string{"schema_version", "imgfriendly_table", "run_id"} {
			meta[k], _ = f.Lookup(k)
		}
		wantRun := "n2"
		if strings.Contains(tt.path, "2026-01-10") {
			wantRun = "n1"
		}
		want := map[string]string{"schema_version": fmt.Sprint(SchemaVersion), "imgfriendly_table": tt.table, "run_id": wantRun}
		if diff := cmp.Diff(want, meta); diff != "" {
			t.Errorf("%s metadata (-want +got):\n%s", tt.path, diff)
		}
		if f.NumRows() != tt.rows {
			t.Errorf("%s: %d rows, want %d", tt.path, f.NumRows(), tt.rows)
		}
		if len(f.Metadata().RowGroups) == 0 {
			t.Errorf("%s: no row groups", tt.path)
		}
		for _, rg := range f.Metadata().RowGroups {
			for _, c := range rg.Columns {
				if c.MetaData.Codec != format.Zstd {
					t.Errorf("%s: column %v compressed with %v, want zstd", tt.path, c.MetaData.PathInSchema, c.MetaData.Codec)
				}
			}
		}
	}
}

// TestExportOrderedAcrossPasses: a night staged in passes over ranges of
// program ids (here 3 programs a pass) writes the programs table in id
// order and the residents by program, name and school, whatever order the
// night gave them in, and the Parquet export comes out in that order, every
// program's facts pivoted into its row.
func TestExportOrderedAcrossPasses(t *testing.T) {
	var progs []prog
	for i := 11; i >= 1; i-- {
		progs = append(progs, prog{id: fmt.Sprintf("14000000%02d", i), residents: 3, imgs: 1,
			facts: []fact{{field: imgfriendly.FieldVisaH1B, value: imgfriendly.BoolValue(i%2 == 0), text: "H-1B"}}})
	}
	n := buildNight("n1", "2026-03-01", progs)
	slices.Reverse(n.Residents) // each program's residents by name, descending
	n.passPrograms = 3
	dir := t.TempDir()
	mustRunNight(t, testConfig(), dir, n, imgfriendly.RunPublished)

	latest := filepath.Join(dir, ParquetDir, "latest")
	rows := readProgramsParquet(t, filepath.Join(latest, "programs.parquet"))
	var ids []string
	for _, r := range rows {
		ids = append(ids, r.ProgramID)
		i, _ := strconv.Atoi(r.ProgramID[8:])
		if r.VisaH1B == nil || *r.VisaH1B != (i%2 == 0) {
			t.Errorf("program %s: visa_h1b %v, want %v", r.ProgramID, r.VisaH1B, i%2 == 0)
		}
	}
	if len(ids) != 11 || !slices.IsSorted(ids) {
		t.Errorf("programs.parquet ids %v: want the 11 ids in order", ids)
	}

	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	res, err := db.Query(`SELECT program_id, name, school FROM read_parquet(` + sqlString(filepath.Join(latest, "residents.parquet")) + `)`)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Close()
	var keys []string
	for res.Next() {
		var id, name, school sql.NullString
		if err := res.Scan(&id, &name, &school); err != nil {
			t.Fatal(err)
		}
		// Names are not exported by default: the order is by program, then
		// (in the warehouse) name; Resident <id>-NN sorts as the key does.
		keys = append(keys, id.String)
	}
	if len(keys) != 33 || !slices.IsSorted(keys) {
		t.Errorf("residents.parquet program ids %v: want 33 in order", keys)
	}
	w, err := Open(context.Background(), filepath.Join(dir, WarehouseFile), true)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	names, err := w.DB().Query(`SELECT program_id || ' ' || name FROM residents`)
	if err != nil {
		t.Fatal(err)
	}
	defer names.Close()
	var stored []string
	for names.Next() {
		var s string
		if err := names.Scan(&s); err != nil {
			t.Fatal(err)
		}
		stored = append(stored, s)
	}
	if len(stored) != 33 || !slices.IsSorted(stored) {
		t.Errorf("residents in the warehouse, in storage order %v: want by program and name", stored)
	}
}
