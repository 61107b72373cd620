package queries

import (
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseUnfilled(t *testing.T) {
	tests := []struct {
		name     string
		give     string
		want     []UnfilledRow
		wantErrs []string
	}{
		{name: "CSV with header and extra columns",
			give: "State,Program Name,City,Specialty,Program Code,Positions,Contact\n" +
				"NY,Base Complete Hospital,Albany,Internal Medicine,1234-140-C0,2,someone@x\n" +
				"CA,\"California Coast Medical Center, Los Angeles\",Los Angeles,Internal Medicine,2020 140 c 0,1,\n",
			want: []UnfilledRow{
				{Line: 2, Code: "1234140C0", Name: "Base Complete Hospital", Specialty: "Internal Medicine", City: "Albany", State: "NY", Positions: 2},
				{Line: 3, Code: "2020140C0", Name: "California Coast Medical Center, Los Angeles", Specialty: "Internal Medicine", City: "Los Angeles", State: "CA", Positions: 1},
			}},
		{name: "tabs pasted from a web page, no header",
			give: "1234140P0\tBase Complete Hospital Program\tNY\t3\r\n\r\n3333140C0\tNo J1 Medical Center\tNY\t1\r\n",
			want: []UnfilledRow{
				{Line: 1, Code: "1234140P0", Name: "Base Complete Hospital Program", State: "NY", Positions: 3},
				{Line: 3, Code: "3333140C0", Name: "No J1 Medical Center", State: "NY", Positions: 1},
			}},
		{name: "runs of spaces, header, codes with spaces",
			give: "Code         Program                          State   Unfilled\n" +
				"1234 140 C0  Base Complete Hospital           NY      2\n" +
				"9876-543-M1  Faraway Medical Center           TX      1\n",
			want: []UnfilledRow{
				{Line: 2, Code: "1234140C0", Name: "Base Complete Hospital", State: "NY", Positions: 2},
				{Line: 3, Code: "9876543M1", Name: "Faraway Medical Center", State: "TX", Positions: 1},
			}},
		{name: "names only, city and state in the name",
			give: "Hands On Only Center, Albany, NY\nUSCE Preferred Center    NY    1\n",
			want: []UnfilledRow{
				{Line: 1, Name: "Hands On Only Center", City: "Albany", State: "NY"},
				{Line: 2, Name: "USCE Preferred Center", State: "NY", Positions: 1},
			}},
		{name: "code glued to text, single spaces",
			give: "1234140A1 Base Complete Hospital Albany NY 2\n",
			want: []UnfilledRow{{Line: 1, Code: "1234140A1", Name: "Base Complete Hospital Albany NY 2"}}},
		{name: "noise lines reported by number only, duplicates skipped",
			give: "List of Unfilled Programs\n1234140C0\tBase\tNY\nShow 25 entries\n1234-140-C0\tBase again\tNY\n",
			want: []UnfilledRow{{Line: 2, Code: "1234140C0", Name: "Base", State: "NY"}},
			wantErrs: []string{
				"u.txt:1: skipped: no NRMP code, and no state, city, specialty or positions beside a name",
				"u.txt:3: skipped: no NRMP code, and no state, city, specialty or positions beside a name",
				"u.txt:4: skipped: same NRMP code as line 2",
			}},
		{name: "state column with names",
			give: "Program Code,Program Name,State\n1234-140-C0,Base Complete Hospital,New York\n2020140C0,Capital Center,\"Washington, D.C.\"\n3333140C0,Elsewhere Center,Atlantis\n",
			want: []UnfilledRow{
				{Line: 2, Code: "1234140C0", Name: "Base Complete Hospital", State: "NY"},
				{Line: 3, Code: "2020140C0", Name: "Capital Center", State: "DC"},
				{Line: 4, Code: "3333140C0", Name: "Elsewhere Center"},
			}},
		{name: "ACGME program ids in a column",
			give: "Program ID\tProgram\tState\n1403621123\tRiverside Internal Medicine\tNY\n140-36-21124\tOther Center\tNJ\n",
			want: []UnfilledRow{
				{Line: 2, ProgramID: "1403621123", Name: "Riverside Internal Medicine", State: "NY"},
				{Line: 3, ProgramID: "1403621124", Name: "Other Center", State: "NJ"},
			}},
		{name: "empty", give: "\n \n",
			wantErrs: []string{"u.txt: no programs found: want one program per line with its NRMP code (like 1234140C0) or its name and state"}},
		{name: "garbled", give: "\x00\x01\x02PK\x03\x04",
			wantErrs: []string{"u.txt: not a text file (want CSV or text pasted from the unfilled list)"}},
		{name: "prose only", give: "Dear applicant,\nthank you for your interest.\n",
			wantErrs: []string{
				"u.txt:1: skipped: no NRMP code, and no state, city, specialty or positions beside a name",
				"u.txt:2: skipped: no NRMP code, and no state, city, specialty or positions beside a name",
				"u.txt: no programs found: want one program per line with its NRMP code (like 1234140C0) or its name and state",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkParseUnfilled(t, tt.give, tt.want, tt.wantErrs) })
	}
}

var codeShape = regexp.MustCompile(`^\d{7}[CPARM]\d$`)

func FuzzParseUnfilled(f *testing.F) {
	f.Add("State,Program Name,Program Code\nNY,Base,1234-140-C0\n")
	f.Add("1234140P0\tBase Complete Hospital Program\tNY\t3\n")
	f.Add("Code  Program  State\n1234 140 C0  Base  NY\n")
	f.Add("Mercy, Springfield, MO\n\"unterminated,\n")
	f.Add("Program Code\nProgram Name\nState\n1234-140-C0\nBase\nNY\n5555140C0\nOther\nNJ\n")
	f.Add("1403621123\nRiverside\nNY\n2\n140-05-11111\nDesert\nAZ\n")
	f.Fuzz(func(t *testing.T, s string) {
		rows, errs := ParseUnfilled(strings.NewReader(s), "fuzz.txt")
		if len(rows) == 0 && len(errs) == 0 {
			t.Fatal("no rows and no error")
		}
		lines := strings.Count(s, "\n") + 1
		for _, r := range rows {
			if r.Line < 1 || r.Line > lines {
				t.Errorf("row line %d outside 1..%d", r.Line, lines)
			}
			if r.Code != "" && !codeShape.MatchString(r.Code) {
				t.Errorf("code %q is not normalised", r.Code)
			}
			if r.ProgramID != "" && !acgmeID.MatchString(r.ProgramID) {
				t.Errorf("program id %q is not 10 digits", r.ProgramID)
			}
			if r.Code == "" && r.ProgramID == "" && r.Name == "" {
				t.Errorf("row %+v has neither code nor name", r)
			}
			if r.State != "" && !isState(r.State) {
				t.Errorf("state %q is not a state", r.State)
			}
		}
		for _, e := range errs {
			if !strings.HasPrefix(e.Error(), "fuzz.txt") {
				t.Errorf("error does not name the input: %v", e)
			}
		}
	})
}

// checkParseUnfilled parses give as the file u.txt and compares the rows and
// the error texts with want and wantErrs.
func checkParseUnfilled(t *testing.T, give string, want []UnfilledRow, wantErrs []string) {
	t.Helper()
	got, errs := ParseUnfilled(strings.NewReader(give), "u.txt")
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
	var gotErrs []string
	for _, e := range errs {
		gotErrs = append(gotErrs, e.Error())
	}
	if diff := cmp.Diff(wantErrs, gotErrs); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
}
