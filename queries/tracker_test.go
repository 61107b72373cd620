package queries

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// trackerPrograms tiers two fixture programs: P01 (High) and P04 (Not eligible).
func trackerPrograms(t *testing.T, ids ...string) []Tiered {
	t.Helper()
	db := openReadOnly(t, newFixture(t))
	got, err := Programs(context.Background(), db, DefaultConfig(), baseProfile(), Filter{MatchYear: testMatch, ProgramIDs: ids})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// ev is a reason as the url evidence mode writes it.
func ev(text, url string) string { return text + " — evidence: " + url }

func TestBuildTracker(t *testing.T) {
	progs := trackerPrograms(t, "1400000001", "1400000004")
	got := BuildTracker(progs, nil, nil, EvidenceURL)
	wantHeader := []string{"Tier", "Reasons", "Program", "Program ID", "Specialty", "City", "State", "IMG share",
		"Visa", "YOG", "Program director", "PD email", "Coordinator", "Coordinator email", "Phone",
		"Program URL", "Evidence URLs", "Date emailed", "Response", "Status", "Notes"}
	if diff := cmp.Diff(wantHeader, got.Header); diff != "" {
		t.Errorf("header (-want +got):\n%s", diff)
	}
	want := [][]string{
		{"High", strings.Join([]string{
			ev("J-1 accepted", baseEvidence), ev("H-1B sponsored", baseEvidence), ev("no YOG cutoff", baseEvidence),
			ev("Step 2 CK minimum 220, you have 230", baseEvidence), ev("at most 2 attempts, you have 1 failed attempt", baseEvidence),
			ev("USCE not required", baseEvidence), ev("IMG share 40% (8 of 20 residents on the roster)", baseRoster),
			"in your preferred states (NY)"}, "\n"),
			"Base Complete Hospital Internal Medicine", "1400000001", "Internal Medicine", "Albany", "NY", "40%",
			"J-1 yes; H-1B yes", "no limit", "Dr. Ada Base", "ada@base.test", "Carl Coord", "carl@base.test", "555-0100",
			"https://base.test/", baseEvidence + "\n" + baseRoster, "", "", "not contacted", ""},
		{"Not eligible", strings.Join([]string{
			ev("YOG limit 5 years, you are at 8 by the 2027 Match", "https://p04.test/yog"),
			ev("J-1 accepted", baseEvidence), ev("H-1B sponsored", baseEvidence),
			ev("Step 2 CK minimum 220, you have 230", baseEvidence), ev("at most 2 attempts, you have 1 failed attempt", baseEvidence),
			ev("USCE not required", baseEvidence), ev("IMG share 40% (8 of 20 residents on the roster)", baseRoster),
			"in your preferred states (NY)"}, "\n"),
			"YOG Five Medical Center", "1400000004", "Internal Medicine", "Albany", "NY", "40%",
			"J-1 yes; H-1B yes", "limit 5 years", "Dr. Ada Base", "ada@base.test", "Carl Coord", "carl@base.test", "555-0100",
			"https://base.test/", baseEvidence + "\nhttps://p04.test/yog\n" + baseRoster, "", "", "not contacted", ""},
	}
	if diff := cmp.Diff(want, got.Texts()); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
}

func TestTrackerRerunKeepsApplicantColumns(t *testing.T) {
	progs := trackerPrograms(t, "1400000001", "1400000004", "1400000013") // tier order: P01, P13, P04
	for _, format := range []string{"xlsx", "csv"} {
		// First run: P01 and P13; the applicant fills in P01, P13 and adds a column.
		first := BuildTracker([]Tiered{progs[0], progs[1]}, nil, nil, EvidenceURL)
		first.Header = append(first.Header, "My ranking")
		col := func(name string) int { return slices.Index(first.Header, name) }
		for i := range first.Rows {
			first.Rows[i] = append(first.Rows[i], Cell{})
		}
		set := func(row int, column, v string) { first.Rows[row][col(column)] = TextCell(v) }
		set(0, "Date emailed", "2026-11-20")
		set(0, "Response", "asked for CV")
		set(0, "Status", "replied")
		set(0, "Notes", "PD is an IMG\nfollow up Monday")
		set(0, "My ranking", "1")
		set(1, "Status", "emailed")
		set(1, "Program", "stale name the re-run must refresh")
		handmade := make([]Cell, len(first.Header))
		handmade[col("Program")], handmade[col("Notes")] = TextCell("A program I found myself"), TextCell("ask about J-1")
		first.Rows = append(first.Rows, handmade, make([]Cell, len(first.Header)))
		var buf bytes.Buffer
		if err := WriteTracker(&buf, first, format); err != nil {
			t.Fatal(err)
		}
		pick := func(rs [][]string) [][]string {
			var out [][]string
			for _, r := range rs {
				out = append(out, []string{r[0], r[2], r[3], r[17], r[18], r[19], r[20], r[21]})
			}
			return out
		}
		// Second run: P01 and P04 are listed, P13 is not.
		tests := []struct {
			name    string
			outside []Tiered
			want    [][]string
		}{
			{name: "a program outside the list but still in the warehouse is refreshed", outside: []Tiered{progs[1]}, want: [][]string{
				{"High", "Base Complete Hospital Internal Medicine", "1400000001", "2026-11-20", "asked for CV", "replied", "PD is an IMG\nfollow up Monday", "1"},
				{"Not eligible", "YOG Five Medical Center", "1400000004", "", "", "not contacted", "", ""},
				{"Moderate", "Eight Percent Center", "1400000013", "", "", "emailed", "", ""},
				{"", "A program I found myself", "", "", "", "", "ask about J-1", ""},
			}},
			{name: "a program gone from the warehouse is no longer listed", want: [][]string{
				{"High", "Base Complete Hospital Internal Medicine", "1400000001", "2026-11-20", "asked for CV", "replied", "PD is an IMG\nfollow up Monday", "1"},
				{"Not eligible", "YOG Five Medical Center", "1400000004", "", "", "not contacted", "", ""},
				{NotListedTier, "stale name the re-run must refresh", "1400000013", "", "", "emailed", "", ""},
				{"", "A program I found myself", "", "", "", "", "ask about J-1", ""},
			}},
		}
		for _, tt := range tests {
			t.Run(format+": "+tt.name, func(t *testing.T) {
				prev, err := ReadTracker(bytes.NewReader(buf.Bytes()), format)
				if err != nil {
					t.Fatal(err)
				}
				got := BuildTracker([]Tiered{progs[0], progs[2]}, tt.outside, prev, EvidenceURL)
				if diff := cmp.Diff(append(slices.Concat(TrackerColumns, ApplicantColumns), "My ranking"), got.Header); diff != "" {
					t.Errorf("header (-want +got):\n%s", diff)
				}
				if diff := cmp.Diff(tt.want, pick(got.Texts())); diff != "" {
					t.Errorf("rows (tier, program, id, applicant columns) (-want +got):\n%s", diff)
				}
			})
		}
	}
}

// TestTrackerOutside: the programs a previous tracker names that the list
// leaves out are tiered if they are still in the warehouse, whatever their
// specialty; a program gone from it is not.
func TestTrackerOutside(t *testing.T) {
	db := openReadOnly(t, newFixture(t))
	ctx := context.Background()
	prev := &Tracker{Header: []string{"Program ID", "Notes"}, Rows: [][]Cell{
		{TextCell("1400000001"), TextCell("listed")},
		{TextCell("4400000023"), TextCell("general surgery: another specialty")},
		{TextCell("1400000004"), TextCell("not eligible now")},
		{TextCell("1499999999"), TextCell("gone from the warehouse")},
	}}
	list, err := Programs(ctx, db, DefaultConfig(), baseProfile(), Filter{MatchYear: testMatch, ProgramIDs: []string{"1400000001"}})
	if err != nil {
		t.Fatal(err)
	}
	got, err := Outside(ctx, db, DefaultConfig(), baseProfile(), testMatch, prev, list)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, p := range got {
		ids = append(ids, p.ProgramID+" "+string(p.Tier))
	}
	if diff := cmp.Diff([]string{"4400000023 moderate", "1400000004 not_eligible"}, ids); diff != "" {
		t.Errorf("outside (-want +got):\n%s", diff)
	}
	if got, err := Outside(ctx, db, DefaultConfig(), baseProfile(), testMatch, &Tracker{Header: []string{"Program ID"}}, list); err != nil || got != nil {
		t.Errorf("Outside of an empty tracker = %v, %v; want nothing (not every program)", got, err)
	}
}

// TestTrackerXLSX reopens the written workbook with excelize and checks it
// cell by cell: header, values, frozen header, filter, widths, drop-down.
func TestTrackerXLSX(t *testing.T) {
	progs := trackerPrograms(t, "1400000001", "1400000004")
	tr := BuildTracker(progs, nil, nil, EvidenceURL)
	tr.Rows[1][19] = TextCell("interview offered")
	var buf bytes.Buffer
	if err := WriteTracker(&buf, tr, "xlsx"); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if diff := cmp.Diff([]string{"Tracker"}, f.GetSheetList()); diff != "" {
		t.Errorf("sheets (-want +got):\n%s", diff)
	}
	cells := map[string]string{
		"A1": "Tier", "B1": "Reasons", "C1": "Program", "D1": "Program ID", "H1": "IMG share", "I1": "Visa", "J1": "YOG",
		"K1": "Program director", "L1": "PD email", "M1": "Coordinator", "N1": "Coordinator email", "O1": "Phone",
		"P1": "Program URL", "Q1": "Evidence URLs", "R1": "Date emailed", "S1": "Response", "T1": "Status", "U1": "Notes",
		"A2": "High", "C2": "Base Complete Hospital Internal Medicine", "D2": "1400000001", "G2": "NY", "H2": "40%",
		"I2": "J-1 yes; H-1B yes", "J2": "no limit", "L2": "ada@base.test", "P2": "https://base.test/", "T2": "not contacted",
		"A3": "Not eligible", "D3": "1400000004", "J3": "limit 5 years", "T3": "interview offered", "U3": "",
	}
	for cell, want := range cells {
		got, err := f.GetCellValue("Tracker", cell)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("%s = %q, want %q", cell, got, want)
		}
	}
	// The IMG share is a number formatted as a percentage, so filters sort it.
	if raw, _ := f.GetCellValue("Tracker", "H2", excelize.Options{RawCellValue: true}); raw != "0.4" {
		t.Errorf("H2 raw = %q, want 0.4", raw)
	}
	if link, target, _ := f.GetCellHyperLink("Tracker", "P2"); !link || target != "https://base.test/" {
		t.Errorf("P2 hyperlink = %v %q", link, target)
	}
	panes, err := f.GetPanes("Tracker")
	if err != nil {
		t.Fatal(err)
	}
	if !panes.Freeze || panes.YSplit != 1 || panes.TopLeftCell != "A2" {
		t.Errorf("panes = %+v, want header row frozen", panes)
	}
	var filter string
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm._FilterDatabase" {
			filter = dn.RefersTo
		}
	}
	if filter != "'Tracker'!$A$1:$U$3" {
		t.Errorf("autofilter = %q, want 'Tracker'!$A$1:$U$3", filter)
	}
	for col, want := range map[string]float64{"B": 60, "C": 40, "T": 18, "U": 40} {
		if w, _ := f.GetColWidth("Tracker", col); w != want {
			t.Errorf("width of %s = %v, want %v", col, w, want)
		}
	}
	// Rows tall enough for their reasons (P01's eight, some wrapping in the
	// 60-wide column) and printing set up for the page.
	if h, _ := f.GetRowHeight("Tracker", 2); h < 8*15 || h > 409 {
		t.Errorf("row 2 height = %v, want room for its 8 or more lines", h)
	}
	if h, _ := f.GetRowHeight("Tracker", 1); h > 15 {
		t.Errorf("header row height = %v, want one line", h)
	}
	layout, err := f.GetPageLayout("Tracker")
	if err != nil {
		t.Fatal(err)
	}
	if layout.Orientation == nil || *layout.Orientation != "landscape" || layout.FitToWidth == nil || *layout.FitToWidth != 1 {
		t.Errorf("page layout = orientation %v, fit to width %v; want landscape, 1", layout.Orientation, layout.FitToWidth)
	}
	props, err := f.GetSheetProps("Tracker")
	if err != nil {
		t.Fatal(err)
	}
	if props.FitToPage == nil || !*props.FitToPage {
		t.Error("fit to page not set: the width setting would be ignored")
	}
	var titles string
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm.Print_Titles" {
			titles = dn.RefersTo
		}
	}
	if titles != "'Tracker'!$1:$1" {
		t.Errorf("print titles = %q, want the header row", titles)
	}
	dvs, err := f.GetDataValidations("Tracker")
	if err != nil {
		t.Fatal(err)
	}
	if len(dvs) != 1 {
		t.Fatalf("%d data validations, want 1", len(dvs))
	}
	if dvs[0].Sqref != "T2:T1003" || dvs[0].Type != "list" {
		t.Errorf("validation on %q of type %q, want T2:T1003 list", dvs[0].Sqref, dvs[0].Type)
	}
	if want := `"not contacted,emailed,replied,interview offered,declined"`; dvs[0].Formula1 != want {
		t.Errorf("drop-down = %s, want %s", dvs[0].Formula1, want)
	}
}

// TestTrackerKeepsTypedCells: the applicant types dates, numbers, a boolean
// and a formula into the xlsx; a re-run writes each back with its kind, value
// and number format, checked cell by cell in the reopened workbook.
func TestTrackerKeepsTypedCells(t *testing.T) {
	progs := trackerPrograms(t, "1400000001", "1400000004")
	first := BuildTracker(progs, nil, nil, EvidenceURL)
	var buf bytes.Buffer
	if err := WriteTracker(&buf, first, "xlsx"); err != nil {
		t.Fatal(err)
	}
	// The applicant's edits, as a spreadsheet program stores them.
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	const sh = "Tracker"
	serial := func(y int, m time.Month, d int) float64 {
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Sub(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)).Hours() / 24
	}
	iso, oneDecimal := "yyyy-mm-dd", "0.0"
	style := func(s *excelize.Style) int {
		id, err := f.NewStyle(s)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	short := style(&excelize.Style{NumFmt: 14})
	custom := style(&excelize.Style{CustomNumFmt: &iso})
	decimal := style(&excelize.Style{CustomNumFmt: &oneDecimal})
	edits := []func() error{
		func() error { return f.SetCellFloat(sh, "R2", serial(2026, 11, 20), -1, 64) }, // Date emailed, a short date
		func() error { return f.SetCellStyle(sh, "R2", "R2", short) },
		func() error { return f.SetCellFloat(sh, "R3", serial(2026, 12, 1), -1, 64) }, // Date emailed, yyyy-mm-dd
		func() error { return f.SetCellStyle(sh, "R3", "R3", custom) },
		func() error { return f.SetCellInt(sh, "S2", 2) }, // Response: a number (days to reply)
		func() error { return f.SetCellStr(sh, "V1", "Fit score") },
		func() error { return f.SetCellFloat(sh, "V2", 8.5, -1, 64) }, // the applicant's own column
		func() error { return f.SetCellStyle(sh, "V2", "V2", decimal) },
		func() error { return f.SetCellStr(sh, "W1", "Letter sent") },
		func() error { return f.SetCellBool(sh, "W2", true) },
		func() error { return f.SetCellStr(sh, "X1", "Follow up") },
		func() error { return f.SetCellFormula(sh, "X2", "R2+7") },
		func() error { return f.SetCellStyle(sh, "X2", "X2", short) },
		func() error { return f.SetCellStr(sh, "U2", "0012 is the PD's extension") }, // text that looks like a number stays text
	}
	for _, e := range edits {
		if err := e(); err != nil {
			t.Fatal(err)
		}
	}
	buf.Reset()
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	f.Close()

	prev, err := ReadTracker(bytes.NewReader(buf.Bytes()), "xlsx")
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := WriteTracker(&out, BuildTracker(progs, nil, prev, EvidenceURL), "xlsx"); err != nil {
		t.Fatal(err)
	}
	g, err := excelize.OpenReader(&out)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	tests := []struct {
		cell       string
		wantType   excelize.CellType
		wantRaw    string
		wantFmt    int    // built-in number format
		wantCustom string // custom number format
		wantForm   string
	}{
		{cell: "R2", wantType: excelize.CellTypeUnset, wantRaw: "46346", wantFmt: 14},
		{cell: "R3", wantType: excelize.CellTypeUnset, wantRaw: "46357", wantCustom: iso},
		{cell: "S2", wantType: excelize.CellTypeUnset, wantRaw: "2"},
		{cell: "V2", wantType: excelize.CellTypeUnset, wantRaw: "8.5", wantCustom: oneDecimal},
		{cell: "W2", wantType: excelize.CellTypeBool, wantRaw: "1"},
		{cell: "X2", wantForm: "R2+7", wantFmt: 14},
		{cell: "U2", wantType: excelize.CellTypeSharedString, wantRaw: "0012 is the PD's extension"},
		{cell: "T2", wantType: excelize.CellTypeSharedString, wantRaw: "not contacted"},
		{cell: "H2", wantType: excelize.CellTypeUnset, wantRaw: "0.4", wantFmt: 9}, // the IMG share, ours
	}
	for _, tt := range tests {
		typ, err := g.GetCellType(sh, tt.cell)
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := g.GetCellValue(sh, tt.cell, excelize.Options{RawCellValue: true})
		form, _ := g.GetCellFormula(sh, tt.cell)
		idx, _ := g.GetCellStyle(sh, tt.cell)
		st, err := g.GetStyle(idx)
		if err != nil {
			t.Fatal(err)
		}
		custom := ""
		if st.CustomNumFmt != nil {
			custom = *st.CustomNumFmt
		}
		if tt.wantForm != "" {
			if form != tt.wantForm || st.NumFmt != tt.wantFmt {
				t.Errorf("%s: formula %q, format %d; want %q, %d", tt.cell, form, st.NumFmt, tt.wantForm, tt.wantFmt)
			}
			continue
		}
		if typ != tt.wantType || raw != tt.wantRaw || st.NumFmt != tt.wantFmt || custom != tt.wantCustom || form != "" {
			t.Errorf("%s: type %d, raw %q, format %d %q, formula %q; want type %d, raw %q, format %d %q",
				tt.cell, typ, raw, st.NumFmt, custom, form, tt.wantType, tt.wantRaw, tt.wantFmt, tt.wantCustom)
		}
	}
	if shown, _ := g.GetCellValue(sh, "R3"); shown != "2026-12-01" {
		t.Errorf("R3 shows %q, want 2026-12-01", shown)
	}
	if v, _ := g.GetCellValue(sh, "V1"); v != "Fit score" {
		t.Errorf("V1 = %q, want the applicant's column kept", v)
	}
}

// TestTrackerCSV: a UTF-8 byte order mark first (Excel then reads "—" and
// "≥" as UTF-8), and a re-run reads its own file back.
func TestTrackerCSV(t *testing.T) {
	progs := trackerPrograms(t, "1400000001")
	tr := BuildTracker(progs, nil, nil, EvidenceURL)
	var buf bytes.Buffer
	if err := WriteTracker(&buf, tr, "csv"); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("\xef\xbb\xbfTier,Reasons,")) {
		t.Errorf("csv starts %q, want the BOM then the header", buf.Bytes()[:min(20, buf.Len())])
	}
	if !strings.Contains(buf.String(), "J-1 accepted — evidence: ") {
		t.Error("csv lacks the em dash as UTF-8")
	}
	back, err := ReadTracker(bytes.NewReader(buf.Bytes()), "csv")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(tr.Header, back.Header); diff != "" {
		t.Errorf("header after a round trip (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(tr.Texts(), back.Texts()); diff != "" {
		t.Errorf("rows after a round trip (-want +got):\n%s", diff)
	}
}

func TestReadTrackerErrors(t *testing.T) {
	if _, err := ReadTracker(strings.NewReader("Name,Notes\nx,y\n"), "csv"); err == nil || !strings.Contains(err.Error(), `no "Program ID" column`) {
		t.Errorf("err = %v, want no Program ID column", err)
	}
	if _, err := ReadTracker(strings.NewReader("not a zip"), "xlsx"); err == nil {
		t.Error("a non-xlsx file read as xlsx without error")
	}
	if _, err := TrackerFormat("me.ods"); err == nil {
		t.Error("TrackerFormat(me.ods) accepted")
	}
}
