package queries

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
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
