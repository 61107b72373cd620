package queries

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestParseUnfilledForms: each testdata/unfilled/<list>/ holds one list
// pasted three ways — rows.txt (one program per line, columns aligned with
// spaces), tabs.txt (tab-separated) and cells.txt (one cell per line) — and
// want.json, the rows written by hand. Every form must give those rows (line
// numbers aside); an optional <form>.errors lists the expected warnings.
func TestParseUnfilledForms(t *testing.T) {
	dirs, err := filepath.Glob("testdata/unfilled/*")
	if err != nil || len(dirs) < 3 {
		t.Fatalf("golden lists: %v, %v", dirs, err)
	}
	for _, dir := range dirs {
		b, err := os.ReadFile(filepath.Join(dir, "want.json"))
		if err != nil {
			t.Fatal(err)
		}
		var want []UnfilledRow
		if err := json.Unmarshal(b, &want); err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		for _, form := range []string{"rows.txt", "tabs.txt", "cells.txt"} {
			t.Run(filepath.Base(dir)+"/"+form, func(t *testing.T) {
				data, err := os.ReadFile(filepath.Join(dir, form))
				if err != nil {
					t.Fatal(err)
				}
				got, errs := ParseUnfilled(strings.NewReader(string(data)), form)
				if diff := cmp.Diff(want, got, cmpopts.IgnoreFields(UnfilledRow{}, "Line")); diff != "" {
					t.Errorf("rows (-want +got):\n%s", diff)
				}
				var wantErrs, gotErrs []string
				if b, err := os.ReadFile(filepath.Join(dir, strings.TrimSuffix(form, ".txt")+".errors")); err == nil {
					wantErrs = strings.Split(strings.TrimRight(string(b), "\n"), "\n")
				}
				for _, e := range errs {
					gotErrs = append(gotErrs, e.Error())
				}
				if diff := cmp.Diff(wantErrs, gotErrs); diff != "" {
					t.Errorf("errors (-want +got):\n%s", diff)
				}
				// A row's line is the line of its first cell: its code or id.
				lines := strings.Split(string(data), "\n")
				for _, r := range got {
					if r.Line < 1 || r.Line > len(lines) {
						t.Fatalf("row %+v: line outside the input", r)
					}
					first := strings.TrimSpace(lines[r.Line-1])
					if r.Code != "" && findCode(first) != r.Code || r.ProgramID != "" && !strings.Contains(first, r.ProgramID[5:]) {
						t.Errorf("row %s%s: line %d is %q, not its first cell", r.Code, r.ProgramID, r.Line, first)
					}
				}
			})
		}
	}
}

func TestRegroupCells(t *testing.T) {
	tests := []struct {
		name     string
		give     string
		want     []UnfilledRow
		wantErrs []string
	}{
		{name: "two records, line numbers of their codes",
			give: "1234140C0\nBase Complete Hospital\nNY\n2\n5555-140-C0\nYOG Seven Training Start Center\nNY\n1\n",
			want: []UnfilledRow{
				{Line: 1, Code: "1234140C0", Name: "Base Complete Hospital", State: "NY", Positions: 2},
				{Line: 5, Code: "5555140C0", Name: "YOG Seven Training Start Center", State: "NY", Positions: 1},
			}},
		{name: "one record with a bare state: regrouped",
			give: "1234140C0\nBase Complete Hospital\nNY\n",
			want: []UnfilledRow{{Line: 1, Code: "1234140C0", Name: "Base Complete Hospital", State: "NY"}}},
		{name: "one code then whole rows: not regrouped",
			give: "1234140C0\nHands On Only Center, Albany, NY\n",
			want: []UnfilledRow{
				{Line: 1, Code: "1234140C0"},
				{Line: 2, Name: "Hands On Only Center", City: "Albany", State: "NY"},
			}},
		{name: "codes only, one per line: rows as they are",
			give: "1234140C0\n5555140C0\n",
			want: []UnfilledRow{{Line: 1, Code: "1234140C0"}, {Line: 2, Code: "5555140C0"}}},
		{name: "header repeated on a new page is dropped",
			give: "Program Code\nProgram Name\nState\n1234140C0\nBase Complete Hospital\nNY\nProgram Code\nProgram Name\nState\n5555140C0\nYOG Seven Center\nNY\n",
			want: []UnfilledRow{
				{Line: 4, Code: "1234140C0", Name: "Base Complete Hospital", State: "NY"},
				{Line: 10, Code: "5555140C0", Name: "YOG Seven Center", State: "NY"},
			}},
		{name: "a program without a code inside a record: fails, naming the line",
			give: "1234140C0\nBase Complete Hospital\nNY\n2\n" +
				"5555140C0\nYOG Seven Center\nNY\n1\nToledo General Hospital\nOH\n1\n" +
				"7777140C0\nStep Two Strict Center\nNY\n1\n",
			wantErrs: []string{"u.txt:5: cannot regroup: the list is one cell per line, and the record starting here has 7 lines where the others have 4: " +
				"a program without an NRMP code or a stray line may be inside it; paste it with one program per line (a table or CSV), or add the missing code"}},
		{name: "with a header, a missing cell: fails",
			give: "Program Code\nProgram Name\nCity\nState\n1234140C0\nBase Complete Hospital\nAlbany\nNY\n5555140C0\nYOG Seven Center\nNY\n7777140C0\nStep Two\nAlbany\nNY\n",
			wantErrs: []string{"u.txt:9: cannot regroup: the list is one cell per line, and the record starting here has 3 cells where the header names 4 columns: " +
				"a cell is missing or extra, so the columns cannot be told apart; paste it with one program per line (a table or CSV)"}},
		{name: "header with the code second: fails",
			give: "Program Name\nProgram Code\nState\nBase Complete Hospital\n1234140C0\nNY\nYOG Seven Center\n5555140C0\nNY\n",
			wantErrs: []string{"u.txt:1: cannot regroup: the list is one cell per line, but its header names a column before the code: " +
				"the records cannot be told apart; paste it with one program per line (a table or CSV)"}},
		{name: "no header, name before the code: fails",
			give: "Base Complete Hospital\n1234140C0\nNY\nYOG Seven Center\n5555140C0\nNY\nStep Two Center\n7777140C0\nNY\n",
			wantErrs: []string{"u.txt:1: cannot regroup: the list is one cell per line, but it cannot be told whether the NRMP code starts each record " +
				"(1 line before the first code, the last record 1 line short): paste it with one program per line (a table or CSV), or with its header"}},
		{name: "data between the header and the first code: fails",
			give: "Program Code\nState\nNY\n1234140C0\nBase\nNY\n5555140C0\nOther\nNY\n",
			wantErrs: []string{"u.txt:3: cannot regroup: the list is one cell per line, but this line, between its header and its first NRMP code, " +
				"reads as data: the code is not the first column, so the records cannot be told apart; paste it with one program per line (a table or CSV)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkParseUnfilled(t, tt.give, tt.want, tt.wantErrs) })
	}
}

// BenchmarkParseUnfilled compares a 2,000-program list pasted one row per
// line (tabs, the baseline) with the same list one cell per line.
func BenchmarkParseUnfilled(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("Program Code\tProgram\tState\tPositions\n")
	for i := range 2000 {
		fmt.Fprintf(&sb, "%04d-140-C%d\tHospital %d Medical Center\t%s\t%d\n", i, i%10, i, usStates[i%len(usStates)], 1+i%3)
	}
	tabs := sb.String()
	cells := strings.ReplaceAll(tabs, "\t", "\n")
	for _, bc := range []struct{ name, give string }{{"tabs", tabs}, {"cells", cells}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.give)))
			for b.Loop() {
				rows, errs := ParseUnfilled(strings.NewReader(bc.give), "u.txt")
				if len(rows) != 2000 || len(errs) != 0 {
					b.Fatalf("rows %d, errs %v", len(rows), errs)
				}
			}
		})
	}
}
