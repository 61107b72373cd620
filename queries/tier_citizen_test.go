package queries

import "testing"

// TestProgramsVisaAndCitizenship: the tier reads citizenship and visa_needed
// (us_img only words the reasons). An applicant who needs no visa is never
// marked down for a visa policy; "citizens and permanent residents only"
// programs (testdata/citizens.sql) are open to citizens and named permanent
// residents and close to anyone needing a visa. Expectations written by hand
// from those rules.
func TestProgramsVisaAndCitizenship(t *testing.T) {
	db := openReadOnly(t, newFixture(t, "testdata/citizens.sql"))
	B := baseReasons()
	const (
		p25 = "https://p25.test/eligibility" // "Only U.S. citizens and permanent residents are eligible…"
		p26 = "https://p26.test/apply"       // "Applicants must be U.S. citizens…"
		p22 = "https://p22.test/visa"        // J-1 and H-1B refused, no word on citizenship
	)
	const (
		s26J1  = "Applicants must be U.S. citizens. We do not accept J-1 visas."
		s26H1B = "Applicants must be U.S. citizens. We do not sponsor H-1B visas."
	)
	on26 := func(kind ReasonKind, text, sentence string) Reason {
		return Reason{Kind: kind, Text: text, URL: p26, Evidence: sentence}
	}
	infoEv := func(text, url string) Reason { return at(ReasonInfo, text, url) }
	usIMG := func(p *Profile) { p.Citizenship, p.VisaNeeded, p.USIMG = CitizenUS, VisaNone, true }
	prIMG := func(p *Profile) { p.Citizenship, p.VisaNeeded, p.USIMG = CitizenPermanentResident, VisaNone, true }
	usCitizen := func(p *Profile) { p.Citizenship, p.VisaNeeded, p.USIMG = CitizenUS, VisaNone, false }
	nonUSNoVisa := func(p *Profile) { p.Citizenship, p.VisaNeeded = CitizenNonUS, VisaNone }
	tests := []struct {
		name    string
		give    string // program id
		profile func(*Profile)
		want    Tier
		reasons []Reason
	}{
		{name: "US-IMG at citizens-and-residents-only: open, high", give: "1400000025", profile: usIMG, want: TierHigh,
			reasons: append([]Reason{infoEv("open only to US citizens and permanent residents: you qualify as a US citizen who studied abroad (US-IMG)", p25)}, B[rYOG:]...)},
		{name: "permanent-resident US-IMG at citizens-and-residents-only: open, high", give: "1400000025", profile: prIMG, want: TierHigh,
			reasons: append([]Reason{infoEv("open only to US citizens and permanent residents: you qualify as a permanent resident who studied abroad (US-IMG)", p25)}, B[rYOG:]...)},
		{name: "US citizen at citizens-only: open, high", give: "1400000026", profile: usCitizen, want: TierHigh,
			reasons: append([]Reason{on26(ReasonInfo, "open only to US citizens: you qualify as a US citizen", s26J1)}, B[rYOG:]...)},
		{name: "permanent resident where only citizens are named: concern, moderate", give: "1400000026", profile: prIMG, want: TierModerate,
			reasons: append([]Reason{on26(ReasonConcern, "its page names only US citizens as eligible: ask whether permanent residents are considered", s26J1)}, B[rYOG:]...)},
		{name: "non-US needing no visa at citizens-and-residents-only: concern, moderate", give: "1400000025", profile: nonUSNoVisa, want: TierModerate,
			reasons: append([]Reason{concern("open only to US citizens and permanent residents, and your profile says you are neither: ask whether your status qualifies", p25)}, B[rYOG:]...)},
		{name: "non-US IMG needing a J-1 at citizens-and-residents-only: not eligible", give: "1400000025",
			profile: func(p *Profile) { p.VisaNeeded = VisaJ1 }, want: TierNotEligible,
			reasons: append([]Reason{exclude("J-1 not accepted (open only to US citizens and permanent residents)", p25)}, B[rYOG:]...)},
		{name: "non-US IMG needing J-1 or H-1B at citizens-only: not eligible", give: "1400000026", want: TierNotEligible,
			reasons: append([]Reason{on26(ReasonExclude, "J-1 not accepted (open only to US citizens)", s26J1), on26(ReasonExclude, "H-1B not sponsored (open only to US citizens)", s26H1B)}, B[rYOG:]...)},
		{name: "US-IMG where no visa is offered: high, said not to matter", give: "1400000022", profile: usIMG, want: TierHigh,
			reasons: append([]Reason{infoEv("J-1 not accepted and H-1B not sponsored: does not affect you, as a US citizen who studied abroad (US-IMG) you need no visa", p22)}, B[rYOG:]...)},
		{name: "US citizen (not an IMG) where no visa is offered", give: "1400000022", profile: usCitizen, want: TierHigh,
			reasons: append([]Reason{infoEv("J-1 not accepted and H-1B not sponsored: does not affect you, as a US citizen you need no visa", p22)}, B[rYOG:]...)},
		{name: "non-US applicant needing no visa where no visa is offered", give: "1400000022", profile: nonUSNoVisa, want: TierHigh,
			reasons: append([]Reason{infoEv("J-1 not accepted and H-1B not sponsored: does not affect you, your profile says you need no visa", p22)}, B[rYOG:]...)},
		{name: "US-IMG, H-1B not sponsored: no concern", give: "1400000002", profile: usIMG, want: TierHigh,
			reasons: append([]Reason{infoEv("H-1B not sponsored: does not affect you, as a US citizen who studied abroad (US-IMG) you need no visa", "https://p02.test/visa")}, B[rYOG:]...)},
		{name: "same program, non-US IMG needing J-1 or H-1B: concern", give: "1400000002", want: TierModerate,
			reasons: append([]Reason{concern("H-1B not sponsored", "https://p02.test/visa"), B[rJ1]}, B[rYOG:]...)},
		{name: "US-IMG, J-1 not accepted: no exclusion", give: "1400000003", profile: usIMG, want: TierHigh,
			reasons: append([]Reason{infoEv("J-1 not accepted: does not affect you, as a US citizen who studied abroad (US-IMG) you need no visa", "https://p03.test/visa")}, B[rYOG:]...)},
		{name: "US-IMG where both visas are offered: no visa reason", give: "1400000001", profile: usIMG, want: TierHigh, reasons: B[rYOG:]},
		{name: "visa policy not stated: unknown for a non-US IMG (reach)", give: "1400000016",
			profile: func(p *Profile) { p.FailedAttempts = 0 }, want: TierReach,
			reasons: []Reason{unknown("J-1 policy not stated"), unknown("H-1B policy not stated"), unknown("YOG policy not stated"),
				unknown("Step 2 CK requirement not stated"), unknown("USCE requirement not stated"), B[rIMG], B[rGeo]}},
		{name: "visa policy not stated: irrelevant to a US-IMG (moderate)", give: "1400000016",
			profile: func(p *Profile) { usIMG(p); p.FailedAttempts = 0 }, want: TierModerate,
			reasons: []Reason{unknown("YOG policy not stated"), unknown("Step 2 CK requirement not stated"), unknown("USCE requirement not stated"), B[rIMG], B[rGeo]}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := baseProfile()
			if tt.profile != nil {
				tt.profile(&p)
			}
			checkTier(t, db, DefaultConfig(), p, testMatch, tt.give, tt.want, tt.reasons)
		})
	}
}
