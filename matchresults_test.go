package imgfriendly

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReadMatchResults(t *testing.T) {
	tests := []struct {
		name     string
		give     string
		want     []MatchResult
		wantErrs []string
		wantErr  string // the file as a whole
	}{
		{name: "codes in every form the SOAP list accepts", give: "program_code,year,quota,filled\n" +
			"1234140C0,2025,10,10\n1234-140-C0,2024,10,8\n\"1234 140 c0\",2023,10,9\n 5678-140-P0 ,2025,4,0\n",
			want: []MatchResult{{"1234140C0", 2025, 10, 10}, {"1234140C0", 2024, 10, 8}, {"1234140C0", 2023, 10, 9}, {"5678140P0", 2025, 4, 0}}},
		{name: "columns in any order, NRMP's names, extra columns, a BOM", give: "\ufeffProgram Name,Matched,Match Year,Quota,Program Code\n" +
			"Mercy,7,2025,8,1234-140-C0\n",
			want: []MatchResult{{"1234140C0", 2025, 8, 7}}},
		{name: "a spreadsheet's floats and blank lines", give: "program_code,year,quota,filled\n1234140C0,2025.0,12.0,11.0\n,,,\n",
			want: []MatchResult{{"1234140C0", 2025, 12, 11}}},
		{name: "malformed rows named with their line, the rest kept", give: "program_code,year,quota,filled\n" +
			"1234140C0,2025,10,10\n" +
			"1234140X0,2025,10,10\n" + // 3: not a code
			"1234140C0,25,10,10\n" + // 4: not a year
			"5678140C0,2025,ten,3\n" + // 5: not a number
			"5678140C0,2024,3,4\n" + // 6: filled > quota
			"1234-140-C0,2025,9,9\n" + // 7: duplicate of line 2
			"5678140C0,2023,-1,0\n" + // 8: negative
			"5678140C0,2022\n" + // 9: short
			"5678140C0,2021,5,5\n",
			want: []MatchResult{{"1234140C0", 2025, 10, 10}, {"5678140C0", 2021, 5, 5}},
			wantErrs: []string{
				`r.csv:3: program_code "1234140X0" is not an NRMP program code (like 1234140C0 or 1234-140-C0)`,
				`r.csv:4: year "25" is not a whole number from 1952 to 2100`,
				`r.csv:5: quota "ten" is not a whole number from 0 to 10000`,
				`r.csv:6: filled 4 is more than quota 3`,
				`r.csv:7: 1234140C0 in 2025 is already on line 2`,
				`r.csv:8: quota "-1" is not a whole number from 0 to 10000`,
				`r.csv:9: quota "" is not a whole number from 0 to 10000; filled "" is not a whole number from 0 to 10000`,
			}},
		{name: "a quoted field broken over lines", give: "program_code,year,quota,filled\n1234140C0,2025,10,10\n\"5678140C0,2025,1,1\n",
			want:     []MatchResult{{"1234140C0", 2025, 10, 10}},
			wantErrs: []string{`r.csv:3: extraneous or missing " in quoted-field`}},
		{name: "empty file", give: "", wantErr: "r.csv: empty (want a header row: program_code,year,quota,filled)"},
		{name: "missing columns", give: "code,year,positions\n1234140C0,2025,3\n",
			wantErr: "r.csv:1: missing column(s) filled (want a header row: program_code,year,quota,filled)"},
		{name: "two code columns", give: "program_code,nrmp_code,year,quota,filled\n",
			wantErr: `r.csv:1: two columns are program_code ("nrmp_code" and another)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, rowErrs, err := ReadMatchResults(strings.NewReader(tt.give), "r.csv")
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("results (-want +got):\n%s", diff)
			}
			var errs []string
			for _, e := range rowErrs {
				errs = append(errs, e.Error())
			}
			if diff := cmp.Diff(tt.wantErrs, errs); diff != "" {
				t.Errorf("row errors (-want +got):\n%s", diff)
			}
		})
	}
}

func TestWriteMatchResultsRoundTrip(t *testing.T) {
	give := []MatchResult{{"1234140C0", 2025, 10, 9}, {"5678140P0", 2024, 4, 4}}
	var b bytes.Buffer
	if err := WriteMatchResults(&b, give); err != nil {
		t.Fatal(err)
	}
	got, rowErrs, err := ReadMatchResults(&b, "w.csv")
	if err != nil || len(rowErrs) > 0 {
		t.Fatal(err, rowErrs)
	}
	if diff := cmp.Diff(give, got); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	if u := give[0].Unfilled(); u != 1 {
		t.Errorf("Unfilled() = %d, want 1", u)
	}
}

// FuzzReadMatchResults: any input gives results that are valid (a
// normalised code, counts in range, filled within quota, no (code, year)
// twice) or errors that name the file; never a panic.
func FuzzReadMatchResults(f *testing.F) {
	f.Add("program_code,year,quota,filled\n1234140C0,2025,10,9\n1234-140-p0,2024,3,3\n")
	f.Add("Quota,Matched,Code,Year\n4,4,\"5678 140 C0\",2023\nx,y\n")
	f.Add("program_code,year,quota,filled\n\"1234140C0,2025,1,1\n")
	f.Add("\ufeffcode,match year,positions,matched,notes\n1234140C0,2025.0,2,3,\"a, b\"\n")
	f.Fuzz(func(t *testing.T, s string) {
		got, rowErrs, err := ReadMatchResults(strings.NewReader(s), "fuzz.csv")
		for _, e := range append(rowErrs, err) {
			if e != nil && !strings.HasPrefix(e.Error(), "fuzz.csv") {
				t.Errorf("error does not name the file: %v", e)
			}
		}
		seen := map[string]bool{}
		for _, m := range got {
			if c, ok := ParseNRMPCode(m.Code); !ok || c.String() != m.Code {
				t.Errorf("code %q is not normalised", m.Code)
			}
			if m.Year < 1952 || m.Year > 2100 || m.Quota < 0 || m.Filled < 0 || m.Filled > m.Quota {
				t.Errorf("invalid result %+v", m)
			}
			k := fmt.Sprint(m.Code, "/", m.Year)
			if seen[k] {
				t.Errorf("%s in %d twice", m.Code, m.Year)
			}
			seen[k] = true
		}
	})
}
