package queries

import "testing"

// TestProgramsConditionsAndSeason: conditional visas count for the applicant
// only when the profile meets the condition, and the reason says what
// decided; an ECFMG deadline, a graduation-year minimum and a recency limit
// on clinical work (facts read from the facts table) weigh as the rules say;
// years are counted to what the program counts to, in the chosen Match.
// Expectations written by hand from the rules in tier.sql's header, with the
// 2027 season's days (rank order list deadline about 2027-03-03, Match Day
// 2027-03-19, applications from about 2026-09-24, training 2027-07-01).
func TestProgramsConditionsAndSeason(t *testing.T) {
	db := openReadOnly(t, newFixture(t, "testdata/conditions.sql"))
	B := baseReasons()
	const (
		p30    = "https://p30.test/visa"
		s30J1  = "J-1 visas are not accepted."
		s30H1B = "H-1B sponsorship is available only to applicants who pass Step 3 before the rank order list deadline."
		h30    = "H-1B sponsored (only if Step 3 passed before the rank order list deadline): "
		h21    = "H-1B sponsored (only if Step 3 passed before Match): "
		h31    = "H-1B sponsored (for applicants with Step 2 CK above 250): "
		e33    = "ECFMG certification required by your application (programs see applications from about 2026-09-24): "
		c35    = "clinical activity within 5 years required, "
	)
	r := func(kind ReasonKind, text, url, sentence string) Reason {
		return Reason{Kind: kind, Text: text, URL: url, Evidence: sentence}
	}
	j30 := func(kind ReasonKind) Reason { return r(kind, "J-1 not accepted", p30, s30J1) }
	h1b30 := func(kind ReasonKind, decided string) Reason { return r(kind, h30+decided, p30, s30H1B) }
	h1b21 := func(kind ReasonKind, decided string) Reason {
		return base(kind, h21+decided, sentStep3Match)
	}
	h1b31 := func(kind ReasonKind, decided string) Reason {
		return r(kind, h31+decided, "https://p31.test/visa", "We sponsor H-1B visas for applicants with Step 2 CK above 250.")
	}
	ecfmg := func(kind ReasonKind, decided string) Reason {
		return r(kind, e33+decided, "https://p33.test/ecfmg", "Applicants must be ECFMG certified at the time of application.")
	}
	clinical := func(kind ReasonKind, decided string) Reason {
		return r(kind, c35+decided, "https://p35.test/clinical", "No more than 5 years may have passed since your last clinical training.")
	}
	// insert puts r just before reason i of B (ECFMG, graduation year and
	// clinical recency come after the visas, in tier.sql's order).
	insert := func(i int, rs ...Reason) []Reason {
		out := append([]Reason{}, B[:i]...)
		out = append(out, rs...)
		return append(out, B[i:]...)
	}
	step3 := func(s Step3) func(*Profile) { return func(p *Profile) { p.Step3 = s } }
	tests := []struct {
		name    string
		give    string // program id
		match   int    // 0: testMatch
		profile func(*Profile)
		want    Tier
		reasons []Reason
	}{
		// Step 3 before the rank order list deadline; J-1 refused, so H-1B decides.
		{name: "Step 3 passed meets the condition", give: "1400000030", profile: step3(Step3{Status: Step3Passed}), want: TierModerate,
			reasons: append([]Reason{j30(ReasonConcern), h1b30(ReasonPlus, "you passed Step 3")}, B[rYOG:]...)},
		{name: "Step 3 scheduled with the result in time", give: "1400000030", profile: step3(Step3{Status: Step3Scheduled, Date: "2027-01-20"}), want: TierModerate,
			reasons: append([]Reason{j30(ReasonConcern),
				h1b30(ReasonPlus, "your Step 3 on 2027-01-20 (result about 2027-02-17) is in time for the deadline (about 2027-03-03)")}, B[rYOG:]...)},
		{name: "Step 3 scheduled too late: no visa left", give: "1400000030", profile: step3(Step3{Status: Step3Scheduled, Date: "2027-02-20"}), want: TierNotEligible,
			reasons: append([]Reason{j30(ReasonExclude),
				h1b30(ReasonExclude, "your Step 3 on 2027-02-20 (result about 2027-03-20) is too late for the deadline (about 2027-03-03)")}, B[rYOG:]...)},
		{name: "Step 3 not taken: no visa left", give: "1400000030", profile: step3(Step3{Status: Step3NotTaken}), want: TierNotEligible,
			reasons: append([]Reason{j30(ReasonExclude), h1b30(ReasonExclude, "you have not taken Step 3 (deadline about 2027-03-03)")}, B[rYOG:]...)},
		{name: "Step 3 not stated: unknown, never assumed", give: "1400000030", want: TierModerate,
			reasons: append([]Reason{j30(ReasonConcern),
				h1b30(ReasonUnknown, "your profile does not say whether you passed Step 3 (add step3: passed, not_taken or the day it is scheduled)")}, B[rYOG:]...)},
		{name: "H-1B-only applicant without Step 3: excluded", give: "1400000030",
			profile: func(p *Profile) { p.VisaNeeded, p.Step3 = VisaH1B, Step3{Status: Step3NotTaken} }, want: TierNotEligible,
			reasons: append([]Reason{h1b30(ReasonExclude, "you have not taken Step 3 (deadline about 2027-03-03)")}, B[rYOG:]...)},
		{name: "J-1 accepted: an unmet H-1B condition is a concern", give: "1400000021", profile: step3(Step3{Status: Step3NotTaken}), want: TierModerate,
			reasons: with(B, rH1B, h1b21(ReasonConcern, "you have not taken Step 3 (deadline about 2027-03-19)"))},
		{name: "a Match deadline counts to Match Day", give: "1400000021", profile: step3(Step3{Status: Step3Scheduled, Date: "2027-02-19"}), want: TierHigh,
			reasons: with(B, rH1B, h1b21(ReasonPlus, "your Step 3 on 2027-02-19 (result about 2027-03-19) is in time for the deadline (about 2027-03-19)"))},
		// Score and unanswerable conditions.
		{name: "score condition not met", give: "1400000031", want: TierModerate,
			reasons: with(B, rH1B, h1b31(ReasonConcern, "you have Step 2 CK 230"))},
		{name: "score condition met", give: "1400000031", profile: func(p *Profile) { p.Step2CKScore = intp(255) }, want: TierHigh,
			reasons: with(with(B, rH1B, h1b31(ReasonPlus, "you have Step 2 CK 255")), rStep2, base(ReasonPlus, "Step 2 CK minimum 220, you have 255", sentStep2))},
		{name: "condition the profile cannot answer: unknown", give: "1400000032", want: TierHigh,
			reasons: with(B, rH1B, r(ReasonUnknown, "H-1B sponsored (only for applicants who already hold an H-1B visa): your profile cannot tell whether this applies to you: ask the program",
				"https://p32.test/visa", "H-1B sponsorship only for applicants who already hold an H-1B visa."))},
		// ECFMG certification by the application.
		{name: "ECFMG certified", give: "1400000033", profile: func(p *Profile) { p.ECFMG = ECFMG{Status: ECFMGCertified} }, want: TierHigh,
			reasons: insert(rYOG, ecfmg(ReasonPlus, "you are certified"))},
		{name: "ECFMG expected in time", give: "1400000033", profile: func(p *Profile) { p.ECFMG = ECFMG{Status: ECFMGExpected, Date: "2026-09-01"} }, want: TierHigh,
			reasons: insert(rYOG, ecfmg(ReasonPlus, "you expect it on 2026-09-01, in time"))},
		{name: "ECFMG expected too late: excluded", give: "1400000033", profile: func(p *Profile) { p.ECFMG = ECFMG{Status: ECFMGExpected, Date: "2027-01-10"} }, want: TierNotEligible,
			reasons: insert(rYOG, ecfmg(ReasonExclude, "you expect it on 2027-01-10, too late"))},
		{name: "ECFMG not certified, no date: concern", give: "1400000033", profile: func(p *Profile) { p.ECFMG = ECFMG{Status: ECFMGNotCertified} }, want: TierModerate,
			reasons: insert(rYOG, ecfmg(ReasonConcern, "you are not certified yet (add the day you expect it to your profile)"))},
		{name: "ECFMG not stated: unknown", give: "1400000033", want: TierHigh,
			reasons: insert(rYOG, ecfmg(ReasonUnknown, "your profile does not say (add ecfmg_certified: yes, no or the day you expect it)"))},
		// Graduation-year minimum.
		{name: "graduated before the minimum year", give: "1400000034", want: TierNotEligible,
			reasons: with(B, rYOG, r(ReasonExclude, "graduates of 2020 or later, you graduated in 2019", "https://p34.test/yog", "Applicants must have graduated in 2020 or later."))},
		{name: "graduated in the minimum year", give: "1400000034", profile: func(p *Profile) { p.GraduationYear = 2020 }, want: TierHigh,
			reasons: with(B, rYOG, r(ReasonPlus, "graduates of 2020 or later, you graduated in 2020", "https://p34.test/yog", "Applicants must have graduated in 2020 or later."))},
		// Recency of clinical work.
		{name: "clinical recency: last clinical year not stated, graduation too long ago", give: "1400000035", want: TierHigh,
			reasons: insert(rStep2, clinical(ReasonUnknown, "your profile does not say when your last clinical work was (add clinical_last_year)"))},
		{name: "clinical recency: recent graduation stands in", give: "1400000035", profile: func(p *Profile) { p.GraduationYear = 2023 }, want: TierHigh,
			reasons: insert(rStep2, clinical(ReasonPlus, "you graduated in 2023: 4 years by the 2027 Match"))},
		{name: "clinical recency met", give: "1400000035", profile: func(p *Profile) { p.ClinicalLastYear = intp(2024) }, want: TierHigh,
			reasons: insert(rStep2, clinical(ReasonPlus, "your last was in 2024: 3 years by the 2027 Match"))},
		{name: "clinical recency exceeded", give: "1400000035", profile: func(p *Profile) { p.ClinicalLastYear = intp(2020) }, want: TierNotEligible,
			reasons: insert(rStep2, clinical(ReasonExclude, "your last was in 2020: 7 years by the 2027 Match"))},
		// Which year counts.
		{name: "counted to the application: one year fewer", give: "1400000036", want: TierHigh,
			reasons: with(B, rYOG, r(ReasonPlus, "YOG limit 7 years, you are at 7 by your application (2026)", "https://p36.test/yog",
				"Applicants must be within 7 years of graduation at the time of application."))},
		{name: "a later Match counts one more year", give: "1400000036", match: 2028, want: TierNotEligible,
			reasons: with(B, rYOG, r(ReasonExclude, "YOG limit 7 years, you are at 8 by your application (2027)", "https://p36.test/yog",
				"Applicants must be within 7 years of graduation at the time of application."))},
		{name: "a YOG limit silent on what it counts to counts to the Match", give: "1400000004", match: 2026, profile: func(p *Profile) { p.GraduationYear = 2021 }, want: TierHigh,
			reasons: with(B, rYOG, plus("YOG limit 5 years, you are at 5 by the 2026 Match", "https://p04.test/yog"))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := baseProfile()
			if tt.profile != nil {
				tt.profile(&p)
			}
			match := testMatch
			if tt.match != 0 {
				match = tt.match
			}
			checkTier(t, db, DefaultConfig(), p, match, tt.give, tt.want, tt.reasons)
		})
	}
}
