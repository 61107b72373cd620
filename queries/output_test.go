package queries

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/parquet-go/parquet-go"
)

func TestWritePrograms(t *testing.T) {
	progs := trackerPrograms(t, "1400000004", "1400000015")
	t.Run("table", func(t *testing.T) {
		var b bytes.Buffer
		if err := WritePrograms(&b, progs, "table"); err != nil {
			t.Fatal(err)
		}
		want := "Moderate     No Roster Center — Internal Medicine — Albany, NY — IMG share unknown — 1400000015\n" +
			"             ? IMG share unknown\n" +
			"             + " + ev("J-1 accepted", baseEvidence) + "\n"
		if !strings.HasPrefix(b.String(), want) {
			t.Errorf("table starts\n%s\nwant\n%s", b.String()[:min(len(b.String()), len(want)+40)], want)
		}
		for _, line := range []string{
			"Not eligible YOG Five Medical Center — Internal Medicine — Albany, NY — IMG share 40% — 1400000004\n",
			"             ✗ " + ev("YOG limit 5 years, you are at 7", "https://p04.test/yog") + "\n",
			"(2 programs)\n",
		} {
			if !strings.Contains(b.String(), line) {
				t.Errorf("table lacks %q", line)
			}
		}
	})
	t.Run("csv", func(t *testing.T) {
		var b bytes.Buffer
		if err := WritePrograms(&b, progs, "csv"); err != nil {
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
		if err := WritePrograms(&b, progs, "json"); err != nil {
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
		if err := WritePrograms(&b, progs, "parquet"); err != nil {
			t.Fatal(err)
		}
		got, err := parquet.Read[ProgramRow](bytes.NewReader(b.Bytes()), int64(b.Len()))
		if err != nil {
			t.Fatal(err)
		}
		want := []ProgramRow{progs[0].Row(), progs[1].Row()}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("parquet round trip (-want +got):\n%s", diff)
		}
		if got[1].IMGShare == nil || *got[1].IMGShare != 0.4 || got[0].IMGShare != nil {
			t.Errorf("img_share = %v, %v; want NULL, 0.4", got[0].IMGShare, got[1].IMGShare)
		}
	})
	if err := WritePrograms(&bytes.Buffer{}, progs, "xml"); err == nil {
		t.Error("format xml accepted")
	}
}

func TestWriteSOAP(t *testing.T) {
	progs := trackerPrograms(t, "1400000001")
	res := SOAPResult{
		Matched: []SOAPMatch{{Row: UnfilledRow{Line: 2, Code: "1234140C0", Positions: 2}, By: MatchByCode, Confidence: 1, Program: progs[0]},
			{Row: UnfilledRow{Line: 5, ProgramID: "1400000001"}, By: MatchByID, Confidence: 1, Program: progs[0]}},
		Unmatched: []SOAPUnmatched{{Row: UnfilledRow{Line: 3, Name: "Nowhere General", State: "NV"},
			Why: "no program in NV shares a distinctive word with the name"},
			{Row: UnfilledRow{Line: 4, ProgramID: "1499999999"}, Why: "ACGME id 1499999999 is not in the warehouse; no program name to match by"}},
	}
	var b bytes.Buffer
	if err := WriteSOAP(&b, res, "table"); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"MATCHED: 2 unfilled programs, best first\n",
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
