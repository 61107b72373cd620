package queries

import (
	"context"
	"database/sql"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly/internal/profiling"
)

// TestTieringIsPrograms: a Tiering read once over every program tiers as
// Programs does reading only the programs it may keep, whatever the
// applicant and the filter, and a SOAP list tiered through the Tiering's
// index is the SOAP list tiered alone.
func TestTieringIsPrograms(t *testing.T) {
	db := openReadOnly(t, newFixture(t))
	ctx := context.Background()
	tg, err := NewTiering(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if tg.Len() == 0 {
		t.Fatal("the tiering holds no program")
	}
	us := baseProfile()
	us.Citizenship, us.VisaNeeded = CitizenUS, VisaNone
	step3 := baseProfile()
	step3.Step3 = Step3{Status: Step3Scheduled, Date: "2027-01-10"}
	step3.ECFMG = ECFMG{Status: ECFMGExpected, Date: "2027-02-01"}
	step3.Regions = []string{"south", "northeast"}
	profiles := map[string]Profile{"base": baseProfile(), "US citizen": us, "Step 3 scheduled": step3}
	filters := map[string]Filter{
		"the profile's specialties": {MatchYear: testMatch},
		"two specialties, a state":  {MatchYear: testMatch, Specialties: []string{"internal medicine", "General Surgery"}, States: []string{"new york"}},
		"a tier":                    {MatchYear: testMatch + 1, Tiers: []Tier{TierNotEligible, TierReach}},
		"two programs":              {MatchYear: testMatch, ProgramIDs: []string{"1400000004", "1400000015", "0000000000"}},
	}
	for pn, p := range profiles {
		for fn, f := range filters {
			want, err := Programs(ctx, db, DefaultConfig(), p, f)
			if err != nil {
				t.Fatal(err)
			}
			got, err := tg.Programs(ctx, db, DefaultConfig(), p, f)
			if err != nil {
				t.Fatal(err)
			}
			if len(want) == 0 && fn != "a tier" {
				t.Errorf("%s, %s: no program tiered", pn, fn)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s, %s: (-Programs +Tiering):\n%s", pn, fn, diff)
			}
		}
	}
	if _, err := tg.Judged(ctx, db, DefaultConfig(), baseProfile(), Filter{MatchYear: testMatch, Specialties: []string{"Cardiac Astrology"}}); err == nil {
		t.Error("an unknown specialty, judged: no error")
	}
	if _, err := tg.Programs(ctx, db, DefaultConfig(), baseProfile(), Filter{MatchYear: testMatch, Specialties: []string{"Cardiac Astrology"}}); err == nil {
		t.Error("an unknown specialty through a Tiering: no error")
	}

	rows, _ := ParseUnfilled(strings.NewReader(soapList(20)+"9999-140-C0\tUnknown Place\tWY\t1\n"), "list")
	want, err := SOAP(ctx, db, DefaultConfig(), baseProfile(), Filter{MatchYear: testMatch}, rows)
	if err != nil {
		t.Fatal(err)
	}
	idx, err := tg.SOAPIndex(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	got, err := SOAPWith(ctx, db, DefaultConfig(), baseProfile(), Filter{MatchYear: testMatch}, rows, idx)
	if err != nil {
		t.Fatal(err)
	}
	if len(want.Matched) == 0 {
		t.Fatal("the SOAP list matched nothing")
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("SOAP (-alone +through the Tiering):\n%s", diff)
	}
}

// TestJudgedThenExplained: a list judged without its reasons, each program
// then explained, is the list Programs gives (same order, tiers, counts,
// reasons and evidence), whatever the applicant and the filter; judged
// alone, no program carries a reason.
func TestJudgedThenExplained(t *testing.T) {
	db := openReadOnly(t, newFixture(t))
	ctx := context.Background()
	tg, err := NewTiering(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	us := baseProfile()
	us.Citizenship, us.VisaNeeded, us.USIMG = CitizenUS, VisaNone, true
	step3 := baseProfile()
	step3.Step3 = Step3{Status: Step3Scheduled, Date: "2027-01-10"}
	step3.ECFMG = ECFMG{Status: ECFMGExpected, Date: "2027-02-01"}
	step3.Regions = []string{"south", "northeast"}
	failed := baseProfile()
	failed.FailedAttempts, failed.USCE = 2, USCE{ObservershipMonths: 4}
	last := 2020
	failed.ClinicalLastYear = &last
	profiles := map[string]Profile{"base": baseProfile(), "US-IMG": us, "Step 3 scheduled": step3, "failed, observerships": failed}
	filters := map[string]Filter{
		"every specialty": {MatchYear: testMatch, Specialties: tg.specialties},
		"a tier":          {MatchYear: testMatch + 1, Tiers: []Tier{TierNotEligible, TierReach}},
	}
	withReasons := 0
	for pn, p := range profiles {
		for fn, f := range filters {
			want, err := tg.Programs(ctx, db, DefaultConfig(), p, f)
			if err != nil {
				t.Fatal(err)
			}
			got := judgedThenExplained(ctx, t, tg, db, p, f, pn+", "+fn+": ")
			for _, tp := range got {
				withReasons += len(tp.Reasons)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s, %s: (-Programs +judged, explained):\n%s", pn, fn, diff)
			}
		}
	}
	if withReasons == 0 {
		t.Error("no program explained with a reason")
	}
	unknown := Tiered{ProgramID: "0000000000", Name: "not in the warehouse"}
	explain, err := tg.Explainer(ctx, db, DefaultConfig(), baseProfile(), testMatch)
	if err != nil {
		t.Fatal(err)
	}
	if got := explain(unknown); !cmp.Equal(got, unknown) {
		t.Errorf("a program the tiering does not hold, explained: %+v", got)
	}
}

// BenchmarkTiering: one applicant's list of 13,000 programs read and judged
// (Programs, what the CLI does once) against judged alone (a Tiering read
// before) with every reason written, and judged with the reasons of one
// page (50 programs) written (Judged, Explainer: what the server does for
// each new profile), in the same run;
// cpu-ms/op is the process's CPU time, steadier than wall time on a shared
// machine.
//
//	go test ./queries -run '^$' -bench Tiering -benchtime 20x -benchmem
func BenchmarkTiering(b *testing.B) {
	db := openReadOnly(b, newLargeFixture(b, 13000))
	ctx := context.Background()
	p := baseProfile()
	p.Specialties = nil // every specialty: all 13,000
	f := Filter{MatchYear: testMatch}
	cpuPerOp := func(b *testing.B, run func()) {
		start := profiling.ProcessCPU()
		for b.Loop() {
			run()
		}
		b.ReportMetric(float64((profiling.ProcessCPU()-start).Microseconds())/1000/float64(b.N), "cpu-ms/op")
	}
	b.Run("read and judge", func(b *testing.B) {
		cpuPerOp(b, func() {
			if _, err := Programs(ctx, db, DefaultConfig(), p, f); err != nil {
				b.Fatal(err)
			}
		})
	})
	tg, err := NewTiering(ctx, db)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("judge", func(b *testing.B) {
		cpuPerOp(b, func() {
			if _, err := tg.Programs(ctx, db, DefaultConfig(), p, f); err != nil {
				b.Fatal(err)
			}
		})
	})
	b.Run("judge, a page's reasons", func(b *testing.B) {
		cpuPerOp(b, func() {
			list, err := tg.Judged(ctx, db, DefaultConfig(), p, f)
			if err != nil {
				b.Fatal(err)
			}
			explain, err := tg.Explainer(ctx, db, DefaultConfig(), p, f.MatchYear)
			if err != nil {
				b.Fatal(err)
			}
			for i := range min(50, len(list)) {
				list[i] = explain(list[i])
			}
		})
	})
}

// TestSortedTiered: best first — tier, preferred state, highest IMG share with
// an unknown share after every known one (a share of 0 included), fewest
// unknowns, name, id.
func TestSortedTiered(t *testing.T) {
	share := func(f float64) *float64 { return &f }
	list := []Tiered{
		{ProgramID: "9", Name: "Unknown share", Tier: TierModerate},
		{ProgramID: "8", Name: "Zero share", Tier: TierModerate, IMGShare: share(0)},
		{ProgramID: "7", Name: "Half, two unknown", Tier: TierModerate, IMGShare: share(0.5), Unknown: 2},
		{ProgramID: "6", Name: "Half", Tier: TierModerate, IMGShare: share(0.5)},
		{ProgramID: "5", Name: "Half", Tier: TierModerate, IMGShare: share(0.5)},
		{ProgramID: "4", Name: "Preferred, low", Tier: TierModerate, IMGShare: share(0.01), InPreferredState: true},
		{ProgramID: "3", Name: "Reach", Tier: TierReach, IMGShare: share(0.9), InPreferredState: true},
		{ProgramID: "2", Name: "High", Tier: TierHigh, IMGShare: share(0.2)},
		{ProgramID: "1", Name: "Not eligible", Tier: TierNotEligible, IMGShare: share(1)},
	}
	list = sortedTiered(list)
	var got []string
	for _, p := range list {
		got = append(got, p.ProgramID)
	}
	if want := []string{"2", "4", "5", "6", "7", "8", "9", "3", "1"}; !slices.Equal(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
}

// sortedTiered is list ordered as Tiering.tier orders what it judges (the
// same keys, the names ranked among the list's own programs).
func sortedTiered(list []Tiered) []Tiered {
	ps := make([]*Tiered, len(list))
	for i := range list {
		ps[i] = &list[i]
	}
	rank := nameRanks(ps)
	keys := make([]tierKey, len(list))
	for i, t := range list {
		keys[i] = keyOf(verdict{tier: t.Tier, unknown: t.Unknown, inPreferredState: t.InPreferredState}, t.IMGShare, rank[i], i)
	}
	sortTierKeys(keys)
	out := make([]Tiered, len(list))
	for i, k := range keys {
		out[i] = list[k.at]
	}
	return out
}

// judgedThenExplained lists p's programs under f as the server does: judged
// without reason texts (checked: none written), then each explained. label
// starts each error.
func judgedThenExplained(ctx context.Context, t *testing.T, tg *Tiering, db *sql.DB, p Profile, f Filter, label string) []Tiered {
	t.Helper()
	judged, err := tg.Judged(ctx, db, DefaultConfig(), p, f)
	if err != nil {
		t.Fatal(err)
	}
	explain, err := tg.Explainer(ctx, db, DefaultConfig(), p, f.MatchYear)
	if err != nil {
		t.Fatal(err)
	}
	got := make([]Tiered, len(judged))
	for i, j := range judged {
		if j.Reasons != nil || j.EvidenceURLs != nil {
			t.Errorf("%s%s judged with reasons %v, evidence %v", label, j.ProgramID, j.Reasons, j.EvidenceURLs)
		}
		got[i] = explain(j)
	}
	return got
}
