package queries

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"

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
	got := BuildTracker(progs, nil, EvidenceURL)
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
	if diff := cmp.Diff(want, got.Rows); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
}

func TestTrackerRerunKeepsApplicantColumns(t *testing.T) {
	progs := trackerPrograms(t, "1400000001", "1400000004", "1400000013")
	for _, format := range []string{"xlsx", "csv"} {
		t.Run(format, func(t *testing.T) {
			// First run: P01 and P13; the applicant fills in P01, P13 and adds a column.
			first := BuildTracker([]Tiered{progs[0], progs[1]}, nil, EvidenceURL)
			first.Header = append(first.Header, "My ranking")
			col := func(name string) int { return slices.Index(first.Header, name) }
			for i := range first.Rows {
				first.Rows[i] = append(first.Rows[i], "")
			}
			first.Rows[0][col("Date emailed")] = "2026-11-20"
			first.Rows[0][col("Response")] = "asked for CV"
			first.Rows[0][col("Status")] = "replied"
			first.Rows[0][col("Notes")] = "PD is an IMG\nfollow up Monday"
			first.Rows[0][col("My ranking")] = "1"
			first.Rows[1][col("Status")] = "emailed"
			first.Rows[1][col("Program")] = "stale name the re-run must refresh"
			handmade := make([]string, len(first.Header))
			handmade[col("Program")], handmade[col("Notes")] = "A program I found myself", "ask about J-1"
			first.Rows = append(first.Rows, handmade, make([]string, len(first.Header)))
			var buf bytes.Buffer
			if err := WriteTracker(&buf, first, format); err != nil {
				t.Fatal(err)
			}
			prev, err := ReadTracker(bytes.NewReader(buf.Bytes()), format)
			if err != nil {
				t.Fatal(err)
			}
			// Second run: P01 and P04 are listed, P13 dropped off.
			got := BuildTracker([]Tiered{progs[0], progs[2]}, prev, EvidenceURL)
			if diff := cmp.Diff(append(slices.Concat(TrackerColumns, ApplicantColumns), "My ranking"), got.Header); diff != "" {
				t.Errorf("header (-want +got):\n%s", diff)
			}
			pick := func(r []string) []string {
				return []string{r[0], r[2], r[3], r[17], r[18], r[19], r[20], r[21]}
			}
			var rows [][]string
			for _, r := range got.Rows {
				rows = append(rows, pick(r))
			}
			want := [][]string{
				{"High", "Base Complete Hospital Internal Medicine", "1400000001", "2026-11-20", "asked for CV", "replied", "PD is an IMG\nfollow up Monday", "1"},
				{"Not eligible", "YOG Five Medical Center", "1400000004", "", "", "not contacted", "", ""},
				{NotListedTier, "stale name the re-run must refresh", "1400000013", "", "", "emailed", "", ""},
				{"", "A program I found myself", "", "", "", "", "ask about J-1", ""},
			}
			if diff := cmp.Diff(want, rows); diff != "" {
				t.Errorf("rows (tier, program, id, applicant columns) (-want +got):\n%s", diff)
			}
		})
	}
}

// TestTrackerXLSX reopens the written workbook with excelize and checks it
// cell by cell: header, values, frozen header, filter, widths, drop-down.
func TestTrackerXLSX(t *testing.T) {
	progs := trackerPrograms(t, "1400000001", "1400000004")
	tr := BuildTracker(progs, nil, EvidenceURL)
	tr.Rows[1][19] = "interview offered"
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
