package queries

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/warehouse"
)

// TestWarehouseContract builds a warehouse through the warehouse package's
// public API — the real schema, not testdata/schema.sql — and tiers it, so a
// drift between the programs table and tier.sql fails here.
func TestWarehouseContract(t *testing.T) {
	dir := t.TempDir()
	night := time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)
	fetched := night.Add(2 * time.Hour)
	page := "http://im.mercy-springfield.test/eligibility"
	fact := func(id string, f imgfriendly.Field, v imgfriendly.Value, cond string) imgfriendly.Fact {
		return imgfriendly.Fact{ProgramID: id, Field: f, Value: v, Condition: cond,
			Evidence: imgfriendly.Evidence{URL: page, Text: "stated", FetchedAt: fetched}}
	}
	share := 0.5
	ecfmgFact := fact("1401421001", imgfriendly.FieldECFMGDeadline, imgfriendly.TextValue("rank_list"), "")
	ecfmgFact.Evidence.Text = "ECFMG certification is required by the rank order list deadline."
	mercy := imgfriendly.ProgramRecord{
		Program: imgfriendly.Program{ID: "1401421001", NRMPCodes: []string{"1234140C0"}, Name: "Mercy Springfield IM",
			Specialty: "Internal Medicine", City: "Springfield", State: "IL", URL: "http://im.mercy-springfield.test/",
			PDName: "Dr. P", PDEmail: "pd@mercy.test"},
		Facts: map[imgfriendly.Field]imgfriendly.Fact{
			imgfriendly.FieldVisaJ1:          fact("1401421001", imgfriendly.FieldVisaJ1, imgfriendly.BoolValue(true), ""),
			imgfriendly.FieldVisaH1B:         fact("1401421001", imgfriendly.FieldVisaH1B, imgfriendly.BoolValue(true), "only with Step 3"),
			imgfriendly.FieldYOGMaxYears:     fact("1401421001", imgfriendly.FieldYOGMaxYears, imgfriendly.NumValue(5), ""),
			imgfriendly.FieldStep2CKMin:      fact("1401421001", imgfriendly.FieldStep2CKMin, imgfriendly.NumValue(220), ""),
			imgfriendly.FieldUSCERequirement: fact("1401421001", imgfriendly.FieldUSCERequirement, imgfriendly.TextValue("not_required"), ""),
			// newer than the programs contract: tier.sql reads it from the facts table
			imgfriendly.FieldECFMGDeadline: ecfmgFact,
		},
		ResidentsTotal: 10, ResidentsIMG: 5, IMGShare: &share, IMGShareSource: "roster",
		IMGShareEvidence: "http://im.mercy-springfield.test/residents", PagesFetched: 2,
	}
	_, err := warehouse.RunNight(context.Background(), warehouse.DefaultConfig(), dir, warehouse.Night{
		Run:      imgfriendly.Run{ID: "2026-11-24", Night: night, StartedAt: night},
		Fetches:  []imgfriendly.Fetch{{ProgramID: "1401421001", URL: page, Status: 200, ContentHash: "c0ffee", FetchedAt: fetched}},
		Programs: []imgfriendly.ProgramRecord{mercy},
		Now:      func() time.Time { return fetched.Add(time.Minute) },
	})
	if err != nil {
		t.Fatal(err)
	}
	w, err := warehouse.Open(context.Background(), dir+"/warehouse.duckdb", true)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	p := baseProfile()
	p.States = nil
	p.GraduationYear = 2022 // 5 years by the 2027 Match: within the limit of 5
	p.Step3 = Step3{Status: Step3Scheduled, Date: "2027-01-15"}
	p.ECFMG = ECFMG{Status: ECFMGCertified}
	got, err := Programs(context.Background(), w.DB(), DefaultConfig(), p, Filter{MatchYear: testMatch})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 {
		t.Fatalf("%d programs, want 1", len(got))
	}
	stated := func(kind ReasonKind, text string) Reason {
		return Reason{Kind: kind, Text: text, URL: page, Evidence: "stated"}
	}
	want := []Reason{
		stated(ReasonPlus, "J-1 accepted"),
		// no deadline named: the start of training (2027-07-01); the result is due about 2027-02-12
		stated(ReasonPlus, "H-1B sponsored (only with Step 3): your Step 3 on 2027-01-15 (result about 2027-02-12) is in time for the deadline (about 2027-07-01)"),
		{Kind: ReasonPlus, Text: "ECFMG certification required by the 2027 rank order list deadline (about 2027-03-03): you are certified",
			URL: page, Evidence: "ECFMG certification is required by the rank order list deadline."},
		stated(ReasonPlus, "YOG limit 5 years, you are at 5 by the 2027 Match"),
		stated(ReasonPlus, "Step 2 CK minimum 220, you have 230"),
		{Kind: ReasonUnknown, Text: "attempt limit not stated"},
		stated(ReasonPlus, "USCE not required"),
		{Kind: ReasonPlus, Text: "IMG share 50% (5 of 10 residents on the roster)", URL: "http://im.mercy-springfield.test/residents"},
	}
	if diff := cmp.Diff(want, got[0].Reasons); diff != "" {
		t.Errorf("reasons (-want +got):\n%s", diff)
	}
	// One unknown (attempt limit, the applicant has failed once): still High.
	if got[0].Tier != TierHigh || got[0].PDEmail != "pd@mercy.test" || got[0].NRMPCodes[0] != "1234140C0" {
		t.Errorf("tier %s, pd email %q, codes %v", got[0].Tier, got[0].PDEmail, got[0].NRMPCodes)
	}
	res, err := SOAP(context.Background(), w.DB(), DefaultConfig(), p, Filter{MatchYear: testMatch},
		[]UnfilledRow{{Line: 1, Code: "1234140C0"}, {Line: 2, Name: "Mercy Springfield Internal Medicine", State: "IL"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Matched) != 2 || res.Matched[0].By != MatchByCode || res.Matched[1].By != MatchByName {
		t.Errorf("SOAP = %+v", res)
	}
}
