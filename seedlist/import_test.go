package seedlist

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"

	"github.com/imgfriendly/imgfriendly"
)

// acgmeExport is an export-style list: a title row, ids saved as floats,
// "Program Code" holding ACGME ids, no URLs for some programs.
const acgmeExport = `ACGME Program Search export,,,,,
Generated 2026-11-01,,,,,
Program Code,Program Name,Specialty,City,State,Program Web Address
1403621123.0,Mercy Springfield Internal Medicine,Internal medicine,Springfield,IL,im.mercy-springfield.test
804821087.0,Lakeside Dermatology,Dermatology,Chicago,Illinois,
4403621124,"Mercy Springfield Surgery, General",Surgery,Springfield,IL,http://surgery.mercy-springfield.test/
14036211,Too Short,Internal Medicine,Springfield,IL,http://short.test/
`

// urlList is a hand-made list with other names for the columns, semicolons
// and dashes in the ids.
const urlList = "ACGME ID;Website;NRMP Code;Program Director\n" +
	"140-36-21123;http://im.mercy-springfield.test/;1234-140-C0, 1234140P0;Dr. Ann Lee\n" +
	"0804821087;https://derm.lakeside.test/;1234080C0;\n" +
	"4403621124;https://gme.mercy-springfield.test/surgery;;Dr. Cy Park\n"

func names(ps []imgfriendly.Program) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.ID)
	}
	return out
}

func TestImportMergesTwoHeaderStyles(t *testing.T) {
	states := map[string]string{"illinois": "IL", "il": "IL"}
	res, err := Import([]Input{{Name: "acgme.csv", Data: []byte(acgmeExport)}, {Name: "urls.csv", Data: []byte(urlList)}},
		Options{StateCode: func(s string) (string, bool) { c, ok := states[strings.ToLower(s)]; return c, ok }})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"1403621123", "0804821087", "4403621124"}, names(res.Programs)); diff != "" {
		t.Errorf("programs (-want +got):\n%s", diff)
	}
	im := res.Programs[0]
	want := imgfriendly.Program{
		ID: "1403621123", NRMPCodes: []string{"1234140C0", "1234140P0"}, Name: "Mercy Springfield Internal Medicine",
		Specialty: "Internal Medicine", City: "Springfield", State: "IL", URL: "http://im.mercy-springfield.test/", PDName: "Dr. Ann Lee",
	}
	if diff := cmp.Diff(want, im); diff != "" {
		t.Errorf("merged program (-want +got):\n%s", diff)
	}
	if derm := res.Programs[1]; derm.URL != "https://derm.lakeside.test/" || derm.State != "IL" {
		t.Errorf("dermatology from the second file: %+v", derm)
	}
	// The surgery URL differs between the files: the first is kept, both are reported.
	if len(res.Conflicts) != 1 {
		t.Fatalf("conflicts: %+v", res.Conflicts)
	}
	c := res.Conflicts[0]
	if c.ProgramID != "4403621124" || c.Field != "url" || c.Values[0].Value != "http://surgery.mercy-springfield.test/" ||
		c.Values[0].Source != (Source{"acgme.csv", 6}) || c.Values[1].Source != (Source{"urls.csv", 4}) {
		t.Errorf("conflict: %+v", c)
	}
	if res.Programs[2].URL != "http://surgery.mercy-springfield.test/" {
		t.Errorf("kept URL %q", res.Programs[2].URL)
	}
	if len(res.Problems) != 1 || res.Problems[0].Error() != `acgme.csv:7: program id "14036211" has 8 digits, want 10` || !res.Problems[0].Skipped {
		t.Errorf("problems: %v", res.Problems)
	}
	if res.Rows != 7 || res.Skipped != 1 {
		t.Errorf("rows %d skipped %d", res.Rows, res.Skipped)
	}
	if f := res.Files[0]; f.HeaderLine != 3 || f.Columns[0] != (ColumnUse{Header: "Program Code", Field: "program_id", By: "values"}) {
		t.Errorf("file summary: %+v", f)
	}
	var sum bytes.Buffer
	if err := res.WriteSummary(&sum, 0); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"read acgme.csv (csv): header on line 3, 4 rows, 3 used",
		`program_id ← "ACGME ID"`,
		"acgme.csv:7: program id",
		"4403621124  url    http://surgery.mercy-springfield.test/  (acgme.csv:6)  https://gme.mercy-springfield.test/surgery  (urls.csv:4)",
		"programs: 3 from 7 rows in 2 file(s) (1 rows skipped); 3 with a URL, 0 without a URL, 0 incomplete; 1 conflicts",
	} {
		if !strings.Contains(sum.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, sum.String())
		}
	}
}

func TestImportListsRowsWithoutURL(t *testing.T) {
	res, err := Import([]Input{{Name: "acgme.csv", Data: []byte(acgmeExport)}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Without a state table, "Illinois" is dropped: dermatology is incomplete.
	if len(res.NoURL) != 0 || len(res.Incomplete) != 1 || res.Incomplete[0].Program.ID != "0804821087" ||
		!cmp.Equal(res.Incomplete[0].Missing, []string{"state", "url"}) {
		t.Errorf("no url %+v incomplete %+v", res.NoURL, res.Incomplete)
	}
	res, err = Import([]Input{{Name: "acgme.csv", Data: []byte(strings.Replace(acgmeExport, "Illinois", "IL", 1))}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.NoURL) != 1 || res.NoURL[0].Program.ID != "0804821087" || res.NoURL[0].Sources[0] != (Source{"acgme.csv", 5}) {
		t.Errorf("no url %+v", res.NoURL)
	}
	var buf bytes.Buffer
	if err := WritePending(&buf, res.NoURL); err != nil {
		t.Fatal(err)
	}
	// The pending file is itself importable (discover reads it).
	back, err := Import([]Input{{Name: "pending.csv", Data: buf.Bytes()}}, Options{})
	if err != nil || len(back.NoURL) != 1 || back.NoURL[0].Program.Name != "Lakeside Dermatology" {
		t.Errorf("pending file read back: %+v %v", back, err)
	}
}

func TestImportBrokenRowsGoOn(t *testing.T) {
	give := "program_id,name,state,url\n" +
		"1403621123,\"Unclosed quote,IL,http://a.test/\n" +
		"1403621124,Fine,IL,http://b.test/\n" +
		"1403621125,Dr. Bo \"B\" Chan Program,IL,http://c.test/\n" +
		"1403621126,Mercy, Springfield,IL,http://d.test/\n" +
		",No id,IL,http://e.test/\n" +
		"1403621127,Bad URL,IL,ftp://f.test/\n" +
		"1403621128,Bad state,Narnia,http://g.test/\n" +
		"\n" +
		"1403621129,Last,IL,http://h.test/\n"
	res, err := Import([]Input{{Name: "s.csv", Data: []byte(give)}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"1403621124", "1403621125", "1403621129"}, names(res.Programs)); diff != "" {
		t.Errorf("programs (-want +got):\n%s", diff)
	}
	var got []string
	for _, p := range res.Problems {
		got = append(got, p.Error())
	}
	want := []string{
		`s.csv:2: unreadable CSV row: extraneous or missing " in quoted-field`,
		`s.csv:5: has 5 fields, the header has 4 (an unquoted comma in a value?)`,
		`s.csv:6: no program id`,
		`s.csv:7: url "ftp://f.test/": is not an http(s) URL (dropped)`,
		`s.csv:8: state "Narnia" is not a US state (dropped)`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if res.Programs[1].Name != `Dr. Bo "B" Chan Program` {
		t.Errorf("bare quote row: %q", res.Programs[1].Name)
	}
	// The row whose URL was dropped has none left; the one whose state was dropped is incomplete.
	if len(res.NoURL) != 1 || res.NoURL[0].Program.ID != "1403621127" || len(res.Incomplete) != 1 || res.Incomplete[0].Program.ID != "1403621128" {
		t.Errorf("no url %+v, incomplete %+v", res.NoURL, res.Incomplete)
	}
}

func TestImportXLSX(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", "Programs")
	rows := [][]any{
		{"Residency programs we track"},
		{},
		{"Accreditation ID", "Program Link", "Categorical", "Preliminary", "Sponsoring Institution", "Notes"},
		{804821087, "derm.lakeside.test", "1234080C0", nil, "Lakeside Hospital", "call first"},
		{1403621123, "http://im.mercy-springfield.test/", "1234140C0", "1234140P0", "Mercy Springfield", ""},
		{"N/A", "http://x.test/", nil, nil, nil, nil},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Programs", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	hdr := "program_id,name,state\n0804821087,Lakeside Dermatology,IL\n1403621123,Mercy IM,IL\n"
	res, err := Import([]Input{{Name: "names.csv", Data: []byte(hdr)}, {Name: "links.xlsx", Data: buf.Bytes()}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"0804821087", "1403621123"}, names(res.Programs)); diff != "" {
		t.Fatalf("programs (-want +got):\n%s", diff)
	}
	if p := res.Programs[0]; p.URL != "http://derm.lakeside.test/" || !cmp.Equal(p.NRMPCodes, []string{"1234080C0"}) || p.Institution != "Lakeside Hospital" {
		t.Errorf("xlsx program: %+v", p)
	}
	if p := res.Programs[1]; !cmp.Equal(p.NRMPCodes, []string{"1234140C0", "1234140P0"}) {
		t.Errorf("codes from two columns: %v", p.NRMPCodes)
	}
	if len(res.Problems) != 1 || res.Problems[0].Error() != `links.xlsx[Programs]:6: no program id` {
		t.Errorf("problems: %v", res.Problems)
	}
	if fs := res.Files[1]; fs.File != "links.xlsx[Programs]" || fs.HeaderLine != 3 || !cmp.Equal(fs.Ignored, []string{"Notes"}) {
		t.Errorf("xlsx summary: %+v", fs)
	}
}

func TestImportMapOverrides(t *testing.T) {
	give := "Prog #,Title,Where,Home\n1403621123,Mercy IM,IL,http://im.test/\n"
	if _, err := Import([]Input{{Name: "odd.csv", Data: []byte(give)}}, Options{}); err == nil || !strings.Contains(err.Error(), "odd.csv: no header row") {
		t.Fatalf("unknown headers: %v", err)
	}
	m, err := ParseMap([]string{"Prog #=program_id", "title=name", "Where=state", "Home=url"})
	if err != nil {
		t.Fatal(err)
	}
	res, err := Import([]Input{{Name: "odd.csv", Data: []byte(give)}}, Options{Map: m})
	if err != nil || len(res.Programs) != 1 || res.Programs[0].Name != "Mercy IM" || res.Files[0].Columns[0].By != "--map" {
		t.Fatalf("mapped: %+v %v", res, err)
	}
	// --map can also silence a column the synonym table would read.
	m, _ = ParseMap([]string{"Prog #=program_id", "title=name", "Where=state", "Home=-"})
	res, _ = Import([]Input{{Name: "odd.csv", Data: []byte(give)}}, Options{Map: m})
	if len(res.NoURL) != 1 {
		t.Errorf("ignored url column: %+v", res)
	}
	if _, err := ParseMap([]string{"a=b", "nofield"}); err == nil || !strings.Contains(err.Error(), `unknown field "b"`) || !strings.Contains(err.Error(), "want COLUMN=FIELD") {
		t.Errorf("bad --map: %v", err)
	}
}

func TestImportAmbiguousCodeColumn(t *testing.T) {
	// "Program Code" holding NRMP codes is read as NRMP codes beside the id.
	give := "ACGME ID,Program Code,Name,State,URL\n1403621123,1234140C0,Mercy IM,IL,http://im.test/\n"
	res, err := Import([]Input{{Name: "a.csv", Data: []byte(give)}}, Options{})
	if err != nil || len(res.Programs) != 1 || !cmp.Equal(res.Programs[0].NRMPCodes, []string{"1234140C0"}) {
		t.Fatalf("%+v %v", res, err)
	}
	// With NRMP codes only, there is no id to merge on: a clear error.
	give = "Program Code,Name,State,URL\n1234140C0,Mercy IM,IL,http://im.test/\n"
	if _, err := Import([]Input{{Name: "b.csv", Data: []byte(give)}}, Options{}); err == nil || !strings.Contains(err.Error(), "look like NRMP codes") {
		t.Errorf("codes only: %v", err)
	}
}

func TestImportCharsetsAndDelimiters(t *testing.T) {
	// windows-1252 (Excel's "CSV" on Windows), tab separated.
	give := []byte("program_id\tname\tstate\turl\n1403621123\tHospital San Jos\xe9 IM\tPR\thttp://im.test/\n")
	res, err := Import([]Input{{Name: "w.tsv", Data: give}}, Options{})
	if err != nil || len(res.Programs) != 1 || res.Programs[0].Name != "Hospital San José IM" || res.Files[0].Charset != "windows-1252" || res.Files[0].Format != "tsv" {
		t.Fatalf("%+v %v", res, err)
	}
	// UTF-8 with a byte-order mark.
	give = append([]byte{0xEF, 0xBB, 0xBF}, "program_id,name,state,url\n1403621123,IM,NY,http://im.test/\n"...)
	if res, err := Import([]Input{{Name: "b.csv", Data: give}}, Options{}); err != nil || len(res.Programs) != 1 {
		t.Errorf("BOM: %+v %v", res, err)
	}
}

func TestImportDoubtsInconsistentIDs(t *testing.T) {
	give := "program_id,nrmp_codes,name,specialty,state,url\n1403621123,1234320C0,Mercy,Pediatrics,IL,http://a.test/\n"
	res, err := Import([]Input{{Name: "a.csv", Data: []byte(give)}}, Options{})
	if err != nil || len(res.Programs) != 1 {
		t.Fatal(err)
	}
	var got []string
	for _, p := range res.Problems {
		got = append(got, p.Error())
	}
	want := []string{
		`a.csv:2: program id 1403621123 is a Internal Medicine id (code 140), but the specialty is "Pediatrics"`,
		`a.csv:2: nrmp code 1234320C0 has specialty code 320, the program id 140`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("doubts (-want +got):\n%s", diff)
	}
}

func TestNormalizeURL(t *testing.T) {
	for give, want := range map[string]string{
		"www.mercy.org/im":          "http://www.mercy.org/im",
		"HTTPS://WWW.Mercy.ORG":     "https://www.mercy.org/",
		"//mercy.org/x#frag":        "http://mercy.org/x",
		"http://mercy.org/a?b=c":    "http://mercy.org/a?b=c",
		"mailto:pd@mercy.org":       "",
		"ftp://mercy.org/":          "",
		"mercy":                     "",
		"http://mercy .org":         "",
		"javascript:alert(1)":       "",
		"http://localhost:8080/gme": "http://localhost:8080/gme",
	} {
		got, err := normalizeURL(give)
		if want == "" {
			if err == nil {
				t.Errorf("normalizeURL(%q) = %q, want an error", give, got)
			}
			continue
		}
		if err != nil || got != want {
			t.Errorf("normalizeURL(%q) = %q, %v; want %q", give, got, err, want)
		}
	}
}

func TestSynonymTableLoads(t *testing.T) {
	s := Synonyms()
	for _, f := range imgfriendly.SeedColumns {
		if len(s[f]) == 0 && f != "roster_url" {
			t.Errorf("no synonyms for %s", f)
		}
	}
	if !slices.Contains(s["url"], "program web address") || !slices.Contains(s["program_id"], "accreditation id") {
		t.Errorf("issue's examples missing: %v %v", s["url"], s["program_id"])
	}
}
