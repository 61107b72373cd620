package queries

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const (
	baseEvidence = "https://base.test/eligibility"
	baseRoster   = "https://base.test/residents"
)

// The base program's evidence sentences (testdata/programs.sql, P01).
const (
	sentStep3Match = "We sponsor H-1B visas only if Step 3 is passed before the Match."
	sentJ1         = "We accept ECFMG-sponsored J-1."
	sentH1B        = "We sponsor H-1B visas."
	sentNoYOG      = "There is no cutoff for year of graduation."
	sentStep2      = "Minimum Step 2 CK score 220."
	sentAttempts   = "No more than one failure on any Step."
	sentUSCE       = "USCE is not required."
)

// sentences are the fixture's evidence sentences of the pages that state one
// fact each (testdata/programs.sql); a roster page has none.
var sentences = map[string]string{
	"https://p02.test/visa":        "We do not sponsor H-1B visas.",
	"https://p03.test/visa":        "J-1 visas are not accepted.",
	"https://p04.test/yog":         "Applicants must have graduated within the last 5 years.",
	"https://p05.test/yog":         "No more than 7 years may have passed since graduation when training starts.",
	"https://p06.test/yog":         "Graduation within the past 5 years is preferred.",
	"https://p07.test/scores":      "A Step 2 CK score of at least 240 is required.",
	"https://p08.test/scores":      "We prefer Step 2 CK scores of 240 or higher.",
	"https://p09.test/attempts":    "Every USMLE exam must be passed on the first attempt.",
	"https://p10.test/usce":        "US clinical experience is required.",
	"https://p10.test/usce-months": "At least six months of US clinical experience.",
	"https://p11.test/usce":        "Hands-on US clinical experience is required.",
	"https://p11.test/observers":   "Observerships do not count as clinical experience.",
	"https://p12.test/usce":        "Six months of US clinical experience is preferred.",
	"https://p13.test/about":       "Two of our 25 residents are international medical graduates.",
	"https://p17.test/step1":       "Applicants must have passed Step 1.",
	"https://p18.test/comlex":      "A COMLEX Level 2 score of 500 is the minimum.",
	"https://p22.test/visa":        "We neither sponsor nor accept visas.",
	"https://p25.test/eligibility": "Only U.S. citizens and permanent residents are eligible; we are unable to sponsor or accept visas of any kind.",
	"https://p24.test/step1":       "Step 1 scores of 230 or above are required.",
}

// at is a reason stated on a one-fact page of the fixture, with its sentence.
func at(kind ReasonKind, text, url string) Reason {
	return Reason{Kind: kind, Text: text, URL: url, Evidence: sentences[url]}
}

// base is a reason stated on the base program's eligibility page.
func base(kind ReasonKind, text, sentence string) Reason {
	return Reason{Kind: kind, Text: text, URL: baseEvidence, Evidence: sentence}
}

func plus(text, url string) Reason    { return at(ReasonPlus, text, url) }
func exclude(text, url string) Reason { return at(ReasonExclude, text, url) }
func concern(text, url string) Reason { return at(ReasonConcern, text, url) }
func unknown(text string) Reason      { return Reason{Kind: ReasonUnknown, Text: text} }
func info(text string) Reason         { return Reason{Kind: ReasonInfo, Text: text} }

// Indexes of the base program's reasons for the base profile.
const (
	rJ1 = iota
	rH1B
	rYOG
	rStep2
	rAttempts
	rUSCE
	rIMG
	rGeo
)

// baseReasons are P01's reasons for baseProfile, written out by hand from the
// rules: every fact known and in the applicant's favour.
func baseReasons() []Reason {
	return []Reason{
		base(ReasonPlus, "J-1 accepted", sentJ1),
		base(ReasonPlus, "H-1B sponsored", sentH1B),
		base(ReasonPlus, "no YOG cutoff", sentNoYOG),
		base(ReasonPlus, "Step 2 CK minimum 220, you have 230", sentStep2),
		base(ReasonPlus, "at most 2 attempts, you have 1 failed attempt", sentAttempts),
		base(ReasonPlus, "USCE not required", sentUSCE),
		{Kind: ReasonPlus, Text: "IMG share 40% (8 of 20 residents on the roster)", URL: baseRoster},
		info("in your preferred states (NY)"),
	}
}

// with returns base with reason i replaced by r (or removed when r is empty).
func with(base []Reason, i int, r Reason) []Reason {
	out := slices.Clone(base)
	if r == (Reason{}) {
		return slices.Delete(out, i, i+1)
	}
	out[i] = r
	return out
}

func TestProgramsTierRules(t *testing.T) {
	db := openReadOnly(t, newFixture(t))
	B := baseReasons()
	tests := []struct {
		name    string
		give    string // program id
		profile func(*Profile)
		cfg     func(*Config)
		want    Tier
		reasons []Reason
	}{
		{name: "all facts fit: high", give: "1400000001", want: TierHigh, reasons: B},
		{name: "needs H-1B, not sponsored", give: "1400000002", profile: func(p *Profile) { p.VisaNeeded = VisaH1B },
			want: TierNotEligible, reasons: append([]Reason{exclude("H-1B not sponsored", "https://p02.test/visa")}, B[rYOG:]...)},
		{name: "needs J-1 or H-1B, only H-1B missing: concern", give: "1400000002", want: TierModerate,
			reasons: append([]Reason{concern("H-1B not sponsored", "https://p02.test/visa"), B[rJ1]}, B[rYOG:]...)},
		{name: "needs J-1, not accepted", give: "1400000003", profile: func(p *Profile) { p.VisaNeeded = VisaJ1 },
			want: TierNotEligible, reasons: append([]Reason{exclude("J-1 not accepted", "https://p03.test/visa")}, B[rYOG:]...)},
		{name: "needs J-1 or H-1B, neither offered", give: "1400000022", want: TierNotEligible,
			reasons: append([]Reason{exclude("J-1 not accepted", "https://p22.test/visa"), exclude("H-1B not sponsored", "https://p22.test/visa")}, B[rYOG:]...)},
		{name: "citizen: visa facts do not apply", give: "1400000022",
			profile: func(p *Profile) { p.Citizenship, p.VisaNeeded, p.USIMG = CitizenUS, VisaNone, true },
			want:    TierHigh, reasons: append([]Reason{at(ReasonInfo,
				"J-1 not accepted and H-1B not sponsored: does not affect you, as a US citizen who studied abroad (US-IMG) you need no visa", "https://p22.test/visa")},
				B[rYOG:]...)},
		{name: "conditional H-1B: Step 3 passed meets it", give: "1400000021", profile: func(p *Profile) { p.Step3 = Step3{Status: Step3Passed} },
			want: TierHigh, reasons: with(B, rH1B, base(ReasonPlus, "H-1B sponsored (only if Step 3 passed before Match): you passed Step 3", sentStep3Match))},
		{name: "hard YOG limit exceeded", give: "1400000004", want: TierNotEligible,
			reasons: with(B, rYOG, exclude("YOG limit 5 years, you are at 8 by the 2027 Match", "https://p04.test/yog"))},
		{name: "YOG counted to training start", give: "1400000005", want: TierNotEligible,
			reasons: with(B, rYOG, exclude("YOG limit 7 years, you are at 8 by the start of training (July 2027)", "https://p05.test/yog"))},
		{name: "YOG limit met", give: "1400000005", profile: func(p *Profile) { p.GraduationYear = 2020 }, want: TierHigh,
			reasons: with(B, rYOG, plus("YOG limit 7 years, you are at 7 by the start of training (July 2027)", "https://p05.test/yog"))},
		{name: "YOG preference missed: moderate", give: "1400000006", want: TierModerate,
			reasons: with(B, rYOG, concern("prefers graduates within 5 years, you are at 8 by the 2027 Match", "https://p06.test/yog"))},
		{name: "Step 2 CK below minimum", give: "1400000007", want: TierNotEligible,
			reasons: with(B, rStep2, exclude("Step 2 CK minimum 240, you have 230", "https://p07.test/scores"))},
		{name: "Step 2 CK minimum, no score", give: "1400000007", profile: func(p *Profile) { p.Step2CKScore = nil },
			want: TierNotEligible, reasons: with(B, rStep2, exclude("Step 2 CK minimum 240, you have no score", "https://p07.test/scores"))},
		{name: "Step 2 CK preference missed", give: "1400000008", want: TierModerate,
			reasons: with(B, rStep2, concern("prefers Step 2 CK ≥ 240, you have 230", "https://p08.test/scores"))},
		{name: "Step 1 pass required, not passed", give: "1400000017", profile: func(p *Profile) { p.Step1Passed = false },
			want: TierNotEligible, reasons: slices.Insert(slices.Clone(B), rStep2, exclude("Step 1 pass required, you have not passed", "https://p17.test/step1"))},
		{name: "old-scale Step 1 minimum not met", give: "1400000024", profile: func(p *Profile) { p.Step1Score = intp(220) },
			want: TierNotEligible, reasons: slices.Insert(slices.Clone(B), rStep2, exclude("Step 1 minimum 230, you have 220", "https://p24.test/step1"))},
		{name: "COMLEX Level 2 below minimum", give: "1400000018", profile: func(p *Profile) { p.COMLEX2Score = intp(450) },
			want: TierNotEligible, reasons: slices.Insert(slices.Clone(B), rAttempts, exclude("COMLEX Level 2 minimum 500, you have 450", "https://p18.test/comlex"))},
		{name: "first attempt only, one failure", give: "1400000009", want: TierNotEligible,
			reasons: with(B, rAttempts, exclude("first attempt only, you have 1 failed attempt", "https://p09.test/attempts"))},
		{name: "attempt limit is silent without failures", give: "1400000009", profile: func(p *Profile) { p.FailedAttempts = 0 },
			want: TierHigh, reasons: with(B, rAttempts, Reason{})},
		{name: "USCE months short", give: "1400000010", want: TierNotEligible,
			reasons: with(B, rUSCE, exclude("6 months of USCE required, you have 5 months", "https://p10.test/usce-months"))},
		{name: "USCE required, none", give: "1400000010", profile: func(p *Profile) { p.USCE = USCE{} },
			want: TierNotEligible, reasons: with(B, rUSCE, exclude("USCE required, you have none", "https://p10.test/usce"))},
		{name: "hands-on required, only observerships", give: "1400000011", profile: func(p *Profile) { p.USCE = USCE{ObservershipMonths: 3} },
			want: TierNotEligible, reasons: with(B, rUSCE, exclude("hands-on USCE required (observerships not accepted), you have only observerships", "https://p11.test/observers"))},
		{name: "USCE required and met", give: "1400000011", want: TierHigh,
			reasons: with(B, rUSCE, plus("USCE required, you have 2 months hands-on (observerships not accepted)", "https://p11.test/usce"))},
		{name: "USCE preferred, short", give: "1400000012", want: TierModerate,
			reasons: with(B, rUSCE, concern("USCE preferred (6 months), you have 5 months", "https://p12.test/usce"))},
		{name: "IMG share between thresholds: moderate", give: "1400000013", want: TierModerate,
			reasons: with(B, rIMG, at(ReasonInfo, "IMG share 8% (as stated by the program)", "https://p13.test/about"))},
		{name: "IMG share below moderate: reach", give: "1400000014", want: TierReach,
			reasons: with(B, rIMG, concern("IMG share 2% (1 of 50 residents on the roster)", "https://p14.test/residents"))},
		{name: "IMG share unknown: not high", give: "1400000015", want: TierModerate,
			reasons: with(B, rIMG, unknown("IMG share unknown"))},
		{name: "two unknowns: moderate", give: "1400000019", want: TierModerate,
			reasons: with(with(B, rStep2, unknown("Step 2 CK requirement not stated")), rUSCE, unknown("USCE requirement not stated"))},
		{name: "two unknowns allowed for high", give: "1400000019", cfg: func(c *Config) { c.MaxUnknownHigh = 2 }, want: TierHigh,
			reasons: with(with(B, rStep2, unknown("Step 2 CK requirement not stated")), rUSCE, unknown("USCE requirement not stated"))},
		{name: "six unknowns: reach", give: "1400000016", want: TierReach,
			reasons: []Reason{unknown("J-1 policy not stated"), unknown("H-1B policy not stated"), unknown("YOG policy not stated"),
				unknown("Step 2 CK requirement not stated"), unknown("attempt limit not stated"), unknown("USCE requirement not stated"), B[rIMG], B[rGeo]}},
		{name: "six unknowns within a wider limit: moderate", give: "1400000016", cfg: func(c *Config) { c.MaxUnknownModerate = 6 }, want: TierModerate,
			reasons: []Reason{unknown("J-1 policy not stated"), unknown("H-1B policy not stated"), unknown("YOG policy not stated"),
				unknown("Step 2 CK requirement not stated"), unknown("attempt limit not stated"), unknown("USCE requirement not stated"), B[rIMG], B[rGeo]}},
		{name: "J-1 only applicant: H-1B policy irrelevant", give: "1400000016", profile: func(p *Profile) { p.VisaNeeded, p.FailedAttempts = VisaJ1, 0 },
			want: TierReach, reasons: []Reason{unknown("J-1 policy not stated"), unknown("YOG policy not stated"),
				unknown("Step 2 CK requirement not stated"), unknown("USCE requirement not stated"), B[rIMG], B[rGeo]}},
		{name: "more concerns than allowed: reach", give: "1400000002", cfg: func(c *Config) { c.MaxConcernsModerate = 0 }, want: TierReach,
			reasons: append([]Reason{concern("H-1B not sponsored", "https://p02.test/visa"), B[rJ1]}, B[rYOG:]...)},
		{name: "higher high threshold: moderate", give: "1400000001", cfg: func(c *Config) { c.IMGShareHigh = 0.5 }, want: TierModerate,
			reasons: with(B, rIMG, Reason{Kind: ReasonInfo, Text: B[rIMG].Text, URL: baseRoster})},
		{name: "outside preferred states: no geography reason", give: "1400000020", want: TierHigh, reasons: B[:rGeo]},
		{name: "preferred region covers the state", give: "1400000020",
			profile: func(p *Profile) { p.States, p.Regions = nil, []string{"west"} },
			want:    TierHigh, reasons: with(B, rGeo, info("in your preferred region (West: CA)"))},
		{name: "a listed state inside a listed region is a preferred state", give: "1400000020",
			profile: func(p *Profile) { p.States, p.Regions = []string{"California"}, []string{"west"} },
			want:    TierHigh, reasons: with(B, rGeo, info("in your preferred states (CA)"))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, cfg := baseProfile(), DefaultConfig()
			if tt.profile != nil {
				tt.profile(&p)
			}
			if tt.cfg != nil {
				tt.cfg(&cfg)
			}
			checkTier(t, db, cfg, p, testMatch, tt.give, tt.want, tt.reasons)
		})
	}
}

// checkTier tiers one program for p in the given Match and compares its tier
// and reasons with what a test case wrote by hand.
func checkTier(t *testing.T, db *sql.DB, cfg Config, p Profile, match int, id string, want Tier, reasons []Reason) {
	t.Helper()
	if err := p.Validate(); err != nil {
		t.Fatalf("test profile invalid: %v", err)
	}
	got, err := Programs(context.Background(), db, cfg, p, Filter{MatchYear: match, ProgramIDs: []string{id}})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 {
		t.Fatalf("got %d programs, want 1", len(got))
	}
	if got[0].Tier != want {
		t.Errorf("tier = %s, want %s", got[0].Tier, want)
	}
	if diff := cmp.Diff(reasons, got[0].Reasons); diff != "" {
		t.Errorf("reasons (-want +got):\n%s", diff)
	}
}

func TestProgramsOrderAndFilters(t *testing.T) {
	db := openReadOnly(t, newFixture(t))
	ctx := context.Background()
	ids := func(ts []Tiered) []string {
		var out []string
		for _, t := range ts {
			out = append(out, t.ProgramID)
		}
		return out
	}
	tests := []struct {
		name string
		give Filter
		want []string
	}{
		// High: preferred state (NY) first, then by IMG share (all 40 %), then by name; CA last.
		{name: "high tier best first", give: Filter{Tiers: []Tier{TierHigh}},
			// P21's conditional H-1B is unknown for a profile silent on Step 3: its one unknown puts it after the others.
			want: []string{"1400000001", "1400000011", "1400000024", "1400000018", "1400000017", "1400000021", "1400000020"}},
		{name: "state filter", give: Filter{States: []string{"ca"}}, want: []string{"1400000020"}},
		{name: "state filter by name", give: Filter{States: []string{"California"}}, want: []string{"1400000020"}},
		{name: "specialty filter, any case", give: Filter{Specialties: []string{"general surgery"}}, want: []string{"4400000023"}},
		{name: "reach tier", give: Filter{Tiers: []Tier{TierReach}}, want: []string{"1400000016", "1400000014"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.give.MatchYear = testMatch
			got, err := Programs(ctx, db, DefaultConfig(), baseProfile(), tt.give)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, ids(got)); diff != "" {
				t.Errorf("program ids (-want +got):\n%s", diff)
			}
		})
	}

	t.Run("tiers come in order", func(t *testing.T) {
		got, err := Programs(ctx, db, DefaultConfig(), baseProfile(), Filter{MatchYear: testMatch})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 23 { // every Internal Medicine program of the fixture
			t.Fatalf("got %d programs, want 23", len(got))
		}
		rank := map[Tier]int{TierHigh: 1, TierModerate: 2, TierReach: 3, TierNotEligible: 4}
		for i := 1; i < len(got); i++ {
			if rank[got[i-1].Tier] > rank[got[i].Tier] {
				t.Errorf("%s (%s) before %s (%s)", got[i-1].ProgramID, got[i-1].Tier, got[i].ProgramID, got[i].Tier)
			}
		}
	})

	t.Run("unknown specialty", func(t *testing.T) {
		_, err := Programs(ctx, db, DefaultConfig(), baseProfile(), Filter{MatchYear: testMatch, Specialties: []string{"Cardiac Astrology"}})
		var use *UnknownSpecialtyError
		if !errors.As(err, &use) {
			t.Fatalf("err = %v, want *UnknownSpecialtyError", err)
		}
		if diff := cmp.Diff([]string{"General Surgery", "Internal Medicine"}, use.Known); diff != "" {
			t.Errorf("known specialties (-want +got):\n%s", diff)
		}
	})

	t.Run("bad filters: an error with a suggestion, never an empty list", func(t *testing.T) {
		tests := []struct {
			give Filter
			want string
		}{
			{give: Filter{Specialties: []string{"internal med"}},
				want: `unknown specialty "internal med"; did you mean "Internal Medicine"? (the warehouse has: General Surgery, Internal Medicine)`},
			{give: Filter{Specialties: []string{"Internl Medicine"}},
				want: `unknown specialty "Internl Medicine"; did you mean "Internal Medicine"? (the warehouse has: General Surgery, Internal Medicine)`},
			{give: Filter{Specialties: []string{"Cardiac Astrology"}},
				want: `unknown specialty "Cardiac Astrology" (the warehouse has: General Surgery, Internal Medicine)`},
			{give: Filter{States: []string{"NY", "Calfornia"}}, want: `"Calfornia" is not a US state, DC or Puerto Rico; did you mean "CA"?`},
			{give: Filter{States: []string{"XX"}}, want: `"XX" is not a US state, DC or Puerto Rico (give a two-letter code like NY or a name like New York)`},
		}
		for _, tt := range tests {
			tt.give.MatchYear = testMatch
			_, err := Programs(ctx, db, DefaultConfig(), baseProfile(), tt.give)
			var use *UnknownSpecialtyError
			var ust *UnknownStateError
			if !errors.As(err, &use) && !errors.As(err, &ust) {
				t.Errorf("%+v: err = %v, want an *UnknownSpecialtyError or *UnknownStateError", tt.give, err)
				continue
			}
			if err.Error() != tt.want {
				t.Errorf("%+v: err = %q\nwant %q", tt.give, err, tt.want)
			}
		}
	})

	t.Run("evidence URLs and contacts", func(t *testing.T) {
		got, err := Programs(ctx, db, DefaultConfig(), baseProfile(), Filter{MatchYear: testMatch, ProgramIDs: []string{"1400000004"}})
		if err != nil {
			t.Fatal(err)
		}
		want := []string{baseEvidence, "https://p04.test/yog", baseRoster}
		if diff := cmp.Diff(want, got[0].EvidenceURLs); diff != "" {
			t.Errorf("evidence URLs (-want +got):\n%s", diff)
		}
		if got[0].PDEmail != "ada@base.test" || got[0].CoordinatorName != "Carl Coord" || got[0].Phone != "555-0100" {
			t.Errorf("contacts = %q %q %q", got[0].PDEmail, got[0].CoordinatorName, got[0].Phone)
		}
		if diff := cmp.Diff([]string{"4444140C0"}, got[0].NRMPCodes); diff != "" {
			t.Errorf("codes (-want +got):\n%s", diff)
		}
	})
}

func TestTopPerTier(t *testing.T) {
	give := []Tiered{{ProgramID: "1", Tier: TierHigh}, {ProgramID: "2", Tier: TierHigh}, {ProgramID: "3", Tier: TierHigh},
		{ProgramID: "4", Tier: TierReach}, {ProgramID: "5", Tier: TierNotEligible}, {ProgramID: "6", Tier: TierNotEligible}}
	var got []string
	for _, p := range TopPerTier(give, 1) {
		got = append(got, p.ProgramID)
	}
	if diff := cmp.Diff([]string{"1", "4", "5"}, got); diff != "" {
		t.Errorf("TopPerTier (-want +got):\n%s", diff)
	}
}
