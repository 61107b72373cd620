package queries

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/parquet-go/parquet-go"
)

// p04Table is P04 for the base profile as a table, in each evidence mode,
// written by hand: counts and legend, the summary line, reasons by kind.
var p04Table = map[EvidenceMode]string{
	EvidenceText: "High 0 · Moderate 0 · Reach 0 · Not eligible 1\n" + legend + "\n\n" +
		"Not eligible YOG Five Medical Center — Internal Medicine — Albany, NY — IMG share 40% — 1400000004\n" +
		"             ✗ YOG limit 5 years, you are at 8 by the 2027 Match — “Applicants must have graduated within the last 5 years.” [1]\n" +
		"             + J-1 accepted — “We accept ECFMG-sponsored J-1.” [2]\n" +
		"             + H-1B sponsored — “We sponsor H-1B visas.” [2]\n" +
		"             + Step 2 CK minimum 220, you have 230 — “Minimum Step 2 CK score 220.” [2]\n" +
		"             + at most 2 attempts, you have 1 failed attempt — “No more than one failure on any Step.” [2]\n" +
		"             + USCE not required — “USCE is not required.” [2]\n" +
		"             + IMG share 40% (8 of 20 residents on the roster) [3]\n" +
		"             · in your preferred states (NY)\n" +
		"               [1] https://p04.test/yog\n" +
		"               [2] https://base.test/eligibility\n" +
		"               [3] https://base.test/residents\n" +
		"(1 program)\n",
	EvidenceURL: "High 0 · Moderate 0 · Reach 0 · Not eligible 1\n" + legend + "\n\n" +
		"Not eligible YOG Five Medical Center — Internal Medicine — Albany, NY — IMG share 40% — 1400000004\n" +
		"             ✗ YOG limit 5 years, you are at 8 by the 2027 Match — evidence: https://p04.test/yog\n" +
		"             + J-1 accepted — evidence: https://base.test/eligibility\n" +
		"             + H-1B sponsored — evidence: https://base.test/eligibility\n" +
		"             + Step 2 CK minimum 220, you have 230 — evidence: https://base.test/eligibility\n" +
		"             + at most 2 attempts, you have 1 failed attempt — evidence: https://base.test/eligibility\n" +
		"             + USCE not required — evidence: https://base.test/eligibility\n" +
		"             + IMG share 40% (8 of 20 residents on the roster) — evidence: https://base.test/residents\n" +
		"             · in your preferred states (NY)\n" +
		"(1 program)\n",
	EvidenceNone: "High 0 · Moderate 0 · Reach 0 · Not eligible 1\n" + legend + "\n\n" +
		"Not eligible YOG Five Medical Center — Internal Medicine — Albany, NY — IMG share 40% — 1400000004\n" +
		"             ✗ YOG limit 5 years, you are at 8 by the 2027 Match\n" +
		"             + J-1 accepted\n" +
		"             + H-1B sponsored\n" +
		"             + Step 2 CK minimum 220, you have 230\n" +
		"             + at most 2 attempts, you have 1 failed attempt\n" +
		"             + USCE not required\n" +
		"             + IMG share 40% (8 of 20 residents on the roster)\n" +
		"             · in your preferred states (NY)\n" +
		"(1 program)\n",
}

func TestWriteProgramsTable(t *testing.T) {
	progs := trackerPrograms(t, "1400000004")
	for _, mode := range EvidenceModes {
		t.Run(string(mode), func(t *testing.T) {
			var b bytes.Buffer
			if err := WritePrograms(&b, progs, "table", Render{Evidence: mode}); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(p04Table[mode], b.String()); diff != "" {
				t.Errorf("table (-want +got):\n%s", diff)
			}
		})
	}
	t.Run("wrapped to 60 columns", func(t *testing.T) {
		var b bytes.Buffer
		if err := WritePrograms(&b, progs, "table", Render{Evidence: EvidenceText, Width: 60}); err != nil {
			t.Fatal(err)
		}
		want := "Not eligible YOG Five Medical Center — Internal Medicine —\n" +
			"             Albany, NY — IMG share 40% — 1400000004\n" +
			"             ✗ YOG limit 5 years, you are at 8 by the 2027\n" +
			"               Match — “Applicants must have graduated\n" +
			"               within the last 5 years.” [1]\n"
		if !strings.Contains(b.String(), want) {
			t.Errorf("wrapped table lacks\n%s\ngot\n%s", want, b.String())
		}
		for _, line := range strings.Split(b.String(), "\n") {
			if n := utf8.RuneCountInString(line); n > 60 && !strings.HasPrefix(line, "marks:") && !strings.Contains(line, "https://") {
				t.Errorf("line of %d runes: %q", n, line)
			}
		}
	})
	t.Run("no programs: every tier counted", func(t *testing.T) {
		var b bytes.Buffer
		if err := WritePrograms(&b, nil, "table", Render{}); err != nil {
			t.Fatal(err)
		}
		if want := "High 0 · Moderate 0 · Reach 0 · Not eligible 0\n" + legend + "\n\n(0 programs)\n"; b.String() != want {
			t.Errorf("table = %q, want %q", b.String(), want)
		}
	})
}

func TestWritePrograms(t *testing.T) {
	progs := trackerPrograms(t, "1400000004", "1400000015")
	t.Run("csv", func(t *testing.T) {
		var b bytes.Buffer
		if err := WritePrograms(&b, progs, "csv", Render{}); err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(&b).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != 3 || recs[0][0] != "tier" || recs[1][0] != "Moderate" || recs[1][6] != "" || recs[2][6] != "0.4" || recs[2][8] != "limit 5 years" {
			t.Errorf("csv = %q", recs)
		}
	})
	t.Run("json", func(t *testing.T) {
		var b bytes.Buffer
		if err := WritePrograms(&b, progs, "json", Render{Evidence: EvidenceNone}); err != nil {
			t.Fatal(err)
		}
		var got []Tiered
		if err := json.Unmarshal(b.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(progs, got); diff != "" {
			t.Errorf("json round trip (-want +got):\n%s", diff)
		}
	})
	t.Run("parquet", func(t *testing.T) {
		var b bytes.Buffer
		if err := WritePrograms(&b, progs, "parquet", Render{Evidence: EvidenceText}); err != nil {
			t.Fatal(err)
		}
		got, err := parquet.Read[ProgramRow](bytes.NewReader(b.Bytes()), int64(b.Len()))
		if err != nil {
			t.Fatal(err)
		}
		want := []ProgramRow{progs[0].Row(EvidenceText), progs[1].Row(EvidenceText)}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("parquet round trip (-want +got):\n%s", diff)
		}
		if got[1].IMGShare == nil || *got[1].IMGShare != 0.4 || got[0].IMGShare != nil {
			t.Errorf("img_share = %v, %v; want NULL, 0.4", got[0].IMGShare, got[1].IMGShare)
		}
	})
	if err := WritePrograms(&bytes.Buffer{}, progs, "xml", Render{}); err == nil {
		t.Error("format xml accepted")
	}
}

func TestWriteSOAP(t *testing.T) {
	progs := trackerPrograms(t, "1400000001")
	res := SOAPResult{
		Matched: []SOAPMatch{{Row: UnfilledRow{Line: 2, Code: "1234140C0", Positions: 2}, By: MatchByCode, Confidence: 1, Program: progs[0]},
			{Row: UnfilledRow{Line: 5, ProgramID: "1400000001"}, By: MatchByID, Confidence: 1, Program: progs[0]},
			{Row: UnfilledRow{Line: 7, Code: "1234140A0"}, By: MatchByTrack, Confidence: 1, Program: progs[0], Track: "an advanced position (A0): …"}},
		Unmatched: []SOAPUnmatched{{Row: UnfilledRow{Line: 3, Name: "Nowhere General", State: "NV"},
			Why: "no program in NV shares a distinctive word with the name"},
			{Row: UnfilledRow{Line: 4, ProgramID: "1499999999"}, Why: "ACGME id 1499999999 is not in the warehouse; no program name to match by"}},
	}
	var b bytes.Buffer
	if err := WriteSOAP(&b, res, "table", Render{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"MATCHED: 3 unfilled programs, best first\nHigh 3 · Moderate 0 · Reach 0 · Not eligible 0\n" + legend + "\n",
		"             line 7 matched by NRMP code 1234140A0's institution and specialty (1234-140) — an advanced position (A0): …\n",
		"             line 5 matched by ACGME id 1400000001\n",
		"line 4: 1499999999: ACGME id 1499999999 is not in the warehouse; no program name to match by\n",
		"High         Base Complete Hospital Internal Medicine — Internal Medicine — Albany, NY — IMG share 40% — 1400000001\n",
		"             line 2 matched by NRMP code 1234140C0, 2 unfilled\n",
		"\nNOT MATCHED: 2 rows\nline 3: Nowhere General NV: no program in NV shares a distinctive word with the name\n",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, b.String())
		}
	}
}
