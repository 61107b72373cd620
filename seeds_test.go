package imgfriendly_test

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly"
)

func TestReadSeedsSkipsBrokenRowsAndNamesTheLine(t *testing.T) {
	f, err := os.Open("testdata/seeds_broken.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	programs, rowErrs, err := imgfriendly.ReadSeeds(f, "testdata/seeds_broken.csv")
	if err != nil {
		t.Fatalf("ReadSeeds: %v", err)
	}
	var ids []string
	for _, p := range programs {
		ids = append(ids, p.ID)
	}
	if diff := cmp.Diff([]string{"1403621123", "1203621001", "3203621002"}, ids); diff != "" {
		t.Errorf("kept programs (-want +got):\n%s", diff)
	}
	wantErrs := []string{
		"testdata/seeds_broken.csv:4: program_id \"14036211\" is not a 10-digit ACGME id",
		"testdata/seeds_broken.csv:6: nrmp_codes: \"12341X0C0\" is not an NRMP code like 1234140C0; url \"ftp://psych.test/\" is not an absolute http(s) URL",
		"testdata/seeds_broken.csv:7: program_id 1403621123 already on line 2",
		"testdata/seeds_broken.csv:8:",
	}
	if len(rowErrs) != len(wantErrs) {
		t.Fatalf("got %d row errors, want %d: %v", len(rowErrs), len(wantErrs), rowErrs)
	}
	for i, e := range rowErrs {
		if !strings.HasPrefix(e.Error(), wantErrs[i]) {
			t.Errorf("row error %d = %q, want prefix %q", i, e.Error(), wantErrs[i])
		}
	}
	peds := programs[2]
	if diff := cmp.Diff(imgfriendly.Program{
		ID: "3203621002", NRMPCodes: []string{"1234320C0"}, Name: "Lakeside Pediatrics", Specialty: "Pediatrics",
		City: "Chicago", State: "IL", URL: "http://peds.lakeside.test/", PDName: `Dr. Bo "B" Chan`,
	}, peds); diff != "" {
		t.Errorf("normalised row (-want +got):\n%s", diff)
	}
	if got := programs[0].NRMPCodes; !cmp.Equal(got, []string{"1234140C0", "1234140P0"}) {
		t.Errorf("nrmp codes = %v", got)
	}
}

func TestReadSeedsRejectsUnusableFiles(t *testing.T) {
	tests := []struct {
		name string
		give string
		want string
	}{
		{"empty", "", "s.csv: empty seed list"},
		{"missing column", "program_id,name,specialty,city,state,url\n", "s.csv:1: missing required column(s) nrmp_codes"},
		{"unknown column", "program_id,nrmp_codes,name,specialty,city,state,url,fax\n", `s.csv:1: unknown column "fax"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := imgfriendly.ReadSeeds(strings.NewReader(tt.give), "s.csv")
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Fatalf("err = %v, want prefix %q", err, tt.want)
			}
		})
	}
}

func TestWriteSeedsRoundTrips(t *testing.T) {
	give := []imgfriendly.Program{{
		ID: "1403621123", NRMPCodes: []string{"1234140C0", "1234140P0"}, Name: "Mercy, Springfield IM", Specialty: "Internal Medicine",
		City: "Springfield", State: "IL", URL: "http://im.mercy-springfield.test/", RosterURL: "http://im.mercy-springfield.test/residents",
		PDName: "Dr. A", PDEmail: "a@mercy.test", CoordinatorName: "C", CoordinatorEmail: "c@mercy.test", Phone: "555-0100",
		Institution: "Mercy Hospital",
	}}
	var buf bytes.Buffer
	if err := imgfriendly.WriteSeeds(&buf, give); err != nil {
		t.Fatal(err)
	}
	got, rowErrs, err := imgfriendly.ReadSeeds(&buf, "rt.csv")
	if err != nil || len(rowErrs) > 0 {
		t.Fatalf("read back: %v %v", err, rowErrs)
	}
	if diff := cmp.Diff(give, got); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

func TestValueString(t *testing.T) {
	tests := []struct {
		give imgfriendly.Value
		want string
	}{
		{imgfriendly.BoolValue(true), "true"},
		{imgfriendly.NumValue(250), "250"},
		{imgfriendly.NumValue(1.5), "1.5"},
		{imgfriendly.TextValue("required"), "required"},
		{imgfriendly.Value{}, ""},
	}
	for _, tt := range tests {
		if got := tt.give.String(); got != tt.want {
			t.Errorf("%+v.String() = %q, want %q", tt.give, got, tt.want)
		}
	}
}

func TestReadSeedsShortRowMissingRequiredColumn(t *testing.T) {
	give := "program_id,nrmp_codes,name,specialty,city,state,url\n1403621123,1234140C0,IM,Internal Medicine,Springfield,IL\n"
	programs, rowErrs, err := imgfriendly.ReadSeeds(strings.NewReader(give), "s.csv")
	if err != nil || len(programs) != 0 || len(rowErrs) != 1 {
		t.Fatalf("programs=%v rowErrs=%v err=%v", programs, rowErrs, err)
	}
	if want := "s.csv:2: has 6 fields: required column url is missing"; rowErrs[0].Error() != want {
		t.Errorf("got %q, want %q", rowErrs[0], want)
	}
}

func TestProgramValidate(t *testing.T) {
	ok := imgfriendly.Program{ID: "1403621123", NRMPCodes: []string{"1234140C0"}, Name: "IM", State: "IL", URL: "http://im.test/"}
	if err := ok.Validate(); err != nil {
		t.Errorf("valid program: %v", err)
	}
	bad := ok
	bad.ID, bad.URL, bad.State = "123", "", "Illinois"
	err := bad.Validate()
	for _, want := range []string{`program_id "123"`, `state "Illinois"`, `url ""`} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Validate() = %v, want it to name %s", err, want)
		}
	}
}

// TestReadSeedsNamesBytesThatAreNotUTF8 is issue 13 item 5: a row with
// bytes that are not UTF-8 (a spreadsheet's windows-1252 export: "Hôpital",
// "Montréal") is reported with the file, the line, the column, the byte and
// its offset, and skipped — never kept with a name or city no later stage
// can store. The rows around it are kept, and a row after a quoted
// multi-line field is still placed on its own line.
func TestReadSeedsNamesBytesThatAreNotUTF8(t *testing.T) {
	const header = "program_id,nrmp_codes,name,specialty,city,state,url\n"
	row1 := "1403621121,1234140C0,Good One,Internal Medicine,Springfield,IL,http://a.test/\n"
	row2 := "1403621122,1234140C1,H\xf4pital Saint-Luc,Internal Medicine,Montr\xe9al,IL,http://b.test/\n"
	row3 := "1403621123,1234140C2,\"Two\nLines\",Internal Medicine,Springfield,IL,http://c.test/\n"
	row4 := "1403621124,1234140C3,Fine,Internal Medicine,\"Qu\xe9bec\",IL,http://d.test/\n"
	data := header + row1 + row2 + row3 + row4
	programs, rowErrs, err := imgfriendly.ReadSeeds(strings.NewReader(data), "seeds.csv")
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, p := range programs {
		ids = append(ids, p.ID)
	}
	if diff := cmp.Diff([]string{"1403621121", "1403621123"}, ids); diff != "" {
		t.Errorf("kept programs (-want +got):\n%s", diff)
	}
	off2 := len(header+row1) + strings.Index(row2, "\xf4")
	off4 := len(header+row1+row2+row3) + strings.Index(row4, "\xe9")
	want := []string{
		fmt.Sprintf("seeds.csv:3: name: byte 0xF4 at line 3, column %d (file offset %d) is not UTF-8; save the seed list as UTF-8", strings.Index(row2, "\xf4")+1, off2),
		fmt.Sprintf("seeds.csv:6: city: byte 0xE9 at line 6, column %d (file offset %d) is not UTF-8; save the seed list as UTF-8", strings.Index(row4, "\xe9")+1, off4),
	}
	var got []string
	for _, e := range rowErrs {
		got = append(got, e.Error())
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("row errors (-want +got):\n%s", diff)
	}
}
