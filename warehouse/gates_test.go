package warehouse

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly"
)

// gateNight returns a published-worthy night of 30 programs, each with a
// roster and J-1/H-1B facts; break then spoils it for one gate.
func gateNight(runID, night string, breakIt func(n *Night)) Night {
	var ps []prog
	for i := range 30 {
		ps = append(ps, prog{id: "14011" + padID(i), residents: 6, imgs: 3, facts: []fact{
			{imgfriendly.FieldVisaJ1, yes, "", "J-1 accepted."},
			{imgfriendly.FieldVisaH1B, imgfriendly.BoolValue(i%2 == 0), "", "H-1B statement."},
			{imgfriendly.FieldStep2CKMin, imgfriendly.NumValue(220), "", "Step 2 CK 220."},
		}})
	}
	n := buildNight(runID, night, ps)
	if breakIt != nil {
		breakIt(&n)
	}
	return n
}

func padID(i int) string {
	s := "00000" + string(rune('0'+i/10)) + string(rune('0'+i%10))
	return s[len(s)-5:]
}

func TestGateFailureLeavesPublishedUntouched(t *testing.T) {
	tests := []struct {
		name      string
		breakIt   func(n *Night)
		wantGates []string
	}{
		{
			name: "step2ck out of range",
			breakIt: func(n *Night) {
				f := n.Programs[3].Facts[imgfriendly.FieldStep2CKMin]
				f.Value = imgfriendly.NumValue(2200)
				n.Programs[3].Facts[imgfriendly.FieldStep2CKMin] = f
			},
			wantGates: []string{"range_step2ck"},
		},
		{
			name: "template change zeroes every roster",
			breakIt: func(n *Night) {
				n.Residents = nil
				for i := range n.Programs {
					n.Programs[i].ResidentsTotal, n.Programs[i].ResidentsIMG = 0, 0
					n.Programs[i].IMGShare, n.Programs[i].IMGShareSource, n.Programs[i].IMGShareEvidence = nil, "", ""
				}
			},
			wantGates: []string{"delta_roster_programs"},
		},
		{
			name: "every H-1B answer flips",
			breakIt: func(n *Night) {
				for i := range n.Programs {
					f := n.Programs[i].Facts[imgfriendly.FieldVisaH1B]
					f.Value = imgfriendly.BoolValue(!*f.Value.Bool)
					n.Programs[i].Facts[imgfriendly.FieldVisaH1B] = f
				}
			},
			wantGates: []string{"delta_visa_flips"},
		},
		{
			name: "J-1 facts vanish from most pages",
			breakIt: func(n *Night) {
				for i := range 20 {
					delete(n.Programs[i].Facts, imgfriendly.FieldVisaJ1)
				}
			},
			wantGates: []string{"delta_facts_per_field"},
		},
		{
			name: "fact cites a page that was never fetched, resident of unknown program",
			breakIt: func(n *Night) {
				f := n.Programs[0].Facts[imgfriendly.FieldVisaJ1]
				f.Evidence.URL = "http://elsewhere.test/faq"
				n.Programs[0].Facts[imgfriendly.FieldVisaJ1] = f
				n.Residents[0].ProgramID = "9999999999"
			},
			wantGates: []string{"facts_page_exists", "residents_program_exists"},
		},
		{
			name: "wrong value kind and unknown text value",
			breakIt: func(n *Night) {
				f := n.Programs[1].Facts[imgfriendly.FieldVisaJ1]
				f.Value = imgfriendly.TextValue("yes")
				n.Programs[1].Facts[imgfriendly.FieldVisaJ1] = f
				n.Programs[2].Facts[imgfriendly.FieldUSCERequirement] = imgfriendly.Fact{ProgramID: n.Programs[2].ID,
					Field: imgfriendly.FieldUSCERequirement, Value: imgfriendly.TextValue("maybe"),
					Evidence: n.Programs[2].Facts[imgfriendly.FieldVisaJ1].Evidence}
			},
			wantGates: []string{"facts_field_accepted", "facts_value_accepted"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			cfg := testConfig()
			mustRunNight(t, cfg, dir, gateNight("n1", "2026-02-01", nil), imgfriendly.RunPublished)
			before := snapshot(t, dir)

			out := mustRunNight(t, cfg, dir, gateNight("n2", "2026-02-02", tt.breakIt), imgfriendly.RunGateFailed)
			var failed []string
			for _, g := range failedGates(out) {
				failed = append(failed, g.Name)
				if len(g.Sample) == 0 {
					t.Errorf("gate %s failed with no sample rows", g.Name)
				}
			}
			if diff := cmp.Diff(tt.wantGates, failed); diff != "" {
				t.Errorf("failed gates (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(before, snapshot(t, dir)); diff != "" {
				t.Errorf("published warehouse or Parquet changed (-before +after):\n%s", diff)
			}
			if _, err := os.Stat(out.StagingPath); err != nil {
				t.Errorf("staging kept for inspection: %v", err)
			}
			var m Manifest
			b, err := os.ReadFile(ManifestPath(dir, "n2"))
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(b, &m); err != nil {
				t.Fatal(err)
			}
			if m.Status != imgfriendly.RunGateFailed || m.StagingPath != out.StagingPath || m.SchemaVersion != SchemaVersion {
				t.Errorf("manifest status %q staging %q version %d", m.Status, m.StagingPath, m.SchemaVersion)
			}

			// The same night with its gates demoted to warnings publishes.
			cfg.Gates.WarnOnly = tt.wantGates
			out = mustRunNight(t, cfg, dir, gateNight("n2b", "2026-02-02", tt.breakIt), imgfriendly.RunPublished)
			if len(failedGates(out)) != len(tt.wantGates) {
				t.Errorf("warn-only gates: %d failing, want %d", len(failedGates(out)), len(tt.wantGates))
			}
		})
	}
}

func TestGateFailedErrorIsSentinel(t *testing.T) {
	dir := t.TempDir()
	n := gateNight("n1", "2026-02-01", func(n *Night) { n.Programs[0].IMGShare = new(float64(1.5)) })
	out, err := RunNight(t.Context(), testConfig(), dir, n)
	if !errors.Is(err, ErrGateFailed) || out.Status != imgfriendly.RunGateFailed {
		t.Fatalf("RunNight: status %q err %v; want gate_failed wrapping ErrGateFailed", out.Status, err)
	}
	if _, err := os.Stat(filepath.Join(dir, WarehouseFile)); !os.IsNotExist(err) {
		t.Errorf("first night failed its gates but %s exists (%v)", WarehouseFile, err)
	}
	if !slices.ContainsFunc(failedGates(out), func(g GateResult) bool { return g.Name == "range_img_share" }) {
		t.Errorf("range_img_share did not fail: %+v", failedGates(out))
	}
}

// TestHomePagesFailedGate is issue 13 item 7's quality gate: a night in
// which more than gates.max_home_failed_share (0.5) of the programs had
// their home page fail is not published — on a first night too, where no
// delta gate can judge — and the error says how many and why; at the
// threshold it publishes.
func TestHomePagesFailedGate(t *testing.T) {
	down := func(k int) func(n *Night) {
		return func(n *Night) {
			for i := range n.Fetches {
				if f := &n.Fetches[i]; f.Depth == 0 && f.ProgramID <= n.Programs[k-1].ID {
					f.Status, f.ContentHash, f.Error = 0, "", imgfriendly.FetchErrorTimeout
				}
			}
		}
	}
	dir := t.TempDir()
	out, err := RunNight(context.Background(), testConfig(), dir, gateNight("n1", "2026-02-01", down(16)))
	if !errors.Is(err, ErrGateFailed) || out.Status != imgfriendly.RunGateFailed {
		t.Fatalf("16 of 30 home pages failed: status %q, err %v; want gate_failed", out.Status, err)
	}
	if !strings.Contains(err.Error(), "crawl_home_pages_failed") || !strings.Contains(err.Error(), "16 of 30 home pages failed (timeout ×16)") {
		t.Errorf("error does not say which gate and why: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, WarehouseFile)); !os.IsNotExist(err) {
		t.Errorf("a warehouse was published (%v)", err)
	}
	mustRunNight(t, testConfig(), t.TempDir(), gateNight("n1", "2026-02-01", down(15)), imgfriendly.RunPublished)
}
