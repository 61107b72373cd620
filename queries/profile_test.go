package queries

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const goodProfile = `# an applicant
name: Dr. Test
graduation_year: 2019
citizenship: non_us
visa_needed: j1_or_h1b
us_img: false
step1_passed: true
step2ck_score: 230
failed_attempts: 1
usce:
  hands_on_months: 2
  observership_months: 3
specialties: [Internal Medicine, Family Medicine]
states: [ny, NJ]
regions: [Midwest]
`

func TestParseProfile(t *testing.T) {
	got, err := ParseProfile(strings.NewReader(goodProfile), "me.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want := Profile{
		Name: "Dr. Test", GraduationYear: 2019, Citizenship: CitizenNonUS, VisaNeeded: VisaJ1OrH1B,
		Step1Passed: true, Step2CKScore: intp(230), FailedAttempts: 1,
		USCE:        USCE{HandsOnMonths: 2, ObservershipMonths: 3},
		Specialties: []string{"Internal Medicine", "Family Medicine"}, States: []string{"NY", "NJ"},
		Regions: []string{"midwest"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("profile (-want +got):\n%s", diff)
	}
	if err := got.Validate(); err != nil {
		t.Errorf("Validate() = %v", err)
	}
	if n := got.YearsSinceGraduation(2026); n != 7 {
		t.Errorf("YearsSinceGraduation(2026) = %d, want 7", n)
	}
	states := got.PreferredStates()
	for _, s := range []string{"NY", "NJ", "IL", "OH"} {
		if !strings.Contains(strings.Join(states, ","), s) {
			t.Errorf("PreferredStates() = %v, missing %s", states, s)
		}
	}
	if strings.Contains(strings.Join(states, ","), "CA") {
		t.Errorf("PreferredStates() = %v, has CA", states)
	}
}

// TestParseProfileStep3AndECFMG: step3 and ecfmg_certified take one value
// each, a status or a day; left out, they are not stated (never assumed).
func TestParseProfileStep3AndECFMG(t *testing.T) {
	const head = "graduation_year: 2019\ncitizenship: non_us\nvisa_needed: h1b\nstep1_passed: true\nspecialties: [Pediatrics]\n"
	tests := []struct {
		name      string
		give      string
		wantStep3 Step3
		wantECFMG ECFMG
		wantLast  *int
	}{
		{name: "not stated", give: ""},
		{name: "passed, certified", give: "step3: passed\necfmg_certified: yes\n",
			wantStep3: Step3{Status: Step3Passed}, wantECFMG: ECFMG{Status: ECFMGCertified}},
		{name: "YAML booleans", give: "step3: false\necfmg_certified: true\n",
			wantStep3: Step3{Status: Step3NotTaken}, wantECFMG: ECFMG{Status: ECFMGCertified}},
		{name: "not taken, not certified", give: "step3: Not Taken\necfmg_certified: no\n",
			wantStep3: Step3{Status: Step3NotTaken}, wantECFMG: ECFMG{Status: ECFMGNotCertified}},
		{name: "days", give: "step3: 2027-01-20\necfmg_certified: 2026-12-01\n",
			wantStep3: Step3{Status: Step3Scheduled, Date: "2027-01-20"}, wantECFMG: ECFMG{Status: ECFMGExpected, Date: "2026-12-01"}},
		{name: "days with their word", give: "step3: scheduled 2027-01-20\necfmg_certified: \"expected 2026-12-01\"\n",
			wantStep3: Step3{Status: Step3Scheduled, Date: "2027-01-20"}, wantECFMG: ECFMG{Status: ECFMGExpected, Date: "2026-12-01"}},
		{name: "last clinical year", give: "clinical_last_year: 2024\n", wantLast: intp(2024)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := ParseProfile(strings.NewReader(head+tt.give), "p.yaml")
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff([]any{tt.wantStep3, tt.wantECFMG, tt.wantLast}, []any{p.Step3, p.ECFMG, p.ClinicalLastYear}); diff != "" {
				t.Errorf("step3, ecfmg, clinical_last_year (-want +got):\n%s", diff)
			}
			if err := p.Validate(); err != nil {
				t.Errorf("Validate() = %v", err)
			}
		})
	}
}

func TestParseProfileCitizenDefaultsToNoVisa(t *testing.T) {
	got, err := ParseProfile(strings.NewReader("graduation_year: 2020\ncitizenship: us\nus_img: true\nstep1_passed: true\nspecialties: [Pediatrics]\n"), "p.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if got.VisaNeeded != VisaNone || !got.USIMG {
		t.Errorf("visa = %q, us_img = %v; want none, true", got.VisaNeeded, got.USIMG)
	}
}

func TestParseProfileErrors(t *testing.T) {
	tests := []struct {
		name string
		give string
		want []string // every error, in order
	}{
		{name: "empty", give: "  \n", want: []string{"me.yaml: empty profile (see examples/profile.yaml)"}},
		{name: "unknown field", give: strings.Replace(goodProfile, "us_img: false", "us_img: false\nfavourite_color: blue", 1),
			want: []string{`me.yaml:7: favourite_color: unknown field "favourite_color" (known: name, graduation_year, clinical_last_year, citizenship, visa_needed, us_img, step1_passed, step1_score, step2ck_score, comlex2_score, failed_attempts, step3, ecfmg_certified, usce, specialties, states, regions)`}},
		{name: "unknown nested field", give: strings.Replace(goodProfile, "  observership_months: 3", "  observership_months: 3\n  research_months: 4", 1),
			want: []string{`me.yaml:13: usce.research_months: unknown field "research_months" (known in usce: hands_on_months, observership_months)`}},
		{name: "usce not a mapping", give: strings.Replace(goodProfile, "usce:\n  hands_on_months: 2\n  observership_months: 3", "usce: 3", 1),
			want: []string{"me.yaml:10: usce: wrong type: usce holds hands_on_months and observership_months (e.g. usce: {hands_on_months: 3, observership_months: 1})"}},
		{name: "wrong type named by field and line", give: strings.Replace(goodProfile, "step2ck_score: 230", "step2ck_score: high", 1),
			want: []string{"me.yaml:8: step2ck_score: wrong type: !!str `high` into int"}},
		{name: "every bad field at once", give: `graduation_year: 1890
citizenship: martian
visa_needed: o1
step1_passed: yes
step2ck_score: 400
failed_attempts: -1
usce: {hands_on_months: -2}
specialties: []
states: [XX]
regions: [atlantis]
`, want: []string{
			"me.yaml:1: graduation_year: 1890 is not a plausible year of graduation",
			`me.yaml:2: citizenship: "martian" is not one of us, permanent_resident, non_us`,
			`me.yaml:3: visa_needed: "o1" is not one of none, j1, h1b, j1_or_h1b`,
			"me.yaml:5: step2ck_score: 400 is outside 1–300",
			"me.yaml:6: failed_attempts: -1 is outside 0–10",
			"me.yaml:7: usce.hands_on_months: -2 is outside 0–600",
			"me.yaml:8: specialties: required: at least one specialty (e.g. [Internal Medicine])",
			`me.yaml:9: states: "XX" is not a US state, DC or Puerto Rico (give a two-letter code like NY or a name like New York)`,
			`me.yaml:10: regions: "atlantis" is not one of northeast, midwest, south, west`,
		}},
		{name: "bad Step 3, ECFMG and last clinical year", give: `graduation_year: 2019
citizenship: non_us
visa_needed: j1
step1_passed: true
specialties: [Pediatrics]
step3: scheduled
ecfmg_certified: maybe
clinical_last_year: 2017
`, want: []string{
			"me.yaml:8: clinical_last_year: 2017 is before your graduation in 2019, whose clinical years count: give the year of your most recent hands-on clinical work",
			"me.yaml:6: step3: give the day it is scheduled: step3: scheduled 2027-01-20",
			`me.yaml:7: ecfmg_certified: "maybe" is not one of yes, no, or the day certification is expected (expected 2027-02-01)`,
		}},
		{name: "impossible days", give: "graduation_year: 2019\ncitizenship: non_us\nvisa_needed: j1\nstep1_passed: true\nspecialties: [Pediatrics]\nstep3: 2027-02-30\necfmg_certified: expected 1999-01-01\n", want: []string{
			`me.yaml:6: step3: "2027-02-30" is not one of passed, not_taken, or the day it is scheduled (scheduled 2027-01-20)`,
			`me.yaml:7: ecfmg_certified: "expected 1999-01-01" is not one of yes, no, or the day certification is expected (expected 2027-02-01)`,
		}},
		{name: "missing required fields", give: "name: x\n", want: []string{
			"me.yaml: graduation_year: required (e.g. graduation_year: 2019)",
			"me.yaml: citizenship: required: one of us, permanent_resident, non_us",
			"me.yaml: visa_needed: required for citizenship non_us: one of none, j1, h1b, j1_or_h1b",
			"me.yaml: step1_passed: required: true or false",
			"me.yaml: specialties: required: at least one specialty (e.g. [Internal Medicine])",
		}},
		{name: "citizen with a visa, non-US US-IMG", give: "graduation_year: 2019\ncitizenship: us\nvisa_needed: h1b\nstep1_passed: true\nspecialties: [Pediatrics]\n---\n", want: []string{
			"me.yaml:3: visa_needed: us needs no visa: use visa_needed: none",
		}},
		{name: "US-IMG must not be non-US", give: "graduation_year: 2019\ncitizenship: non_us\nvisa_needed: j1\nus_img: true\nstep1_passed: true\nspecialties: [Pediatrics]\n", want: []string{
			"me.yaml:4: us_img: a US-IMG is a US citizen or permanent resident who studied abroad, but citizenship is non_us: set citizenship to us or permanent_resident, or us_img: false",
		}},
		{name: "US-IMG with a visa", give: "graduation_year: 2019\ncitizenship: permanent_resident\nus_img: true\nvisa_needed: J1\nstep1_passed: true\nspecialties: [Pediatrics]\n", want: []string{
			"me.yaml:4: visa_needed: a US-IMG (us_img: true) needs no visa: use visa_needed: none, or leave it out",
		}},
		{name: "US-IMG without citizenship: only citizenship is missing", give: "graduation_year: 2019\nus_img: true\nstep1_passed: true\nspecialties: [Pediatrics]\n", want: []string{
			"me.yaml: citizenship: required: one of us, permanent_resident, non_us",
		}},
		{name: "syntax error", give: "graduation_year: 2019\n  citizenship: non_us\n", want: []string{
			"me.yaml:2: mapping values are not allowed in this context",
		}},
		{name: "not a mapping", give: "- just\n- a list\n", want: []string{
			"me.yaml:1: a profile is a list of fields (graduation_year: 2019 …); see examples/profile.yaml",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseProfile(strings.NewReader(tt.give), "me.yaml")
			if err == nil {
				t.Fatal("no error")
			}
			var got []string
			for _, e := range flatten(err) {
				got = append(got, e.Error())
				var pe *ProfileError
				if !errors.As(e, &pe) {
					t.Errorf("%v is not a *ProfileError", e)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
		})
	}
}

func FuzzParseProfile(f *testing.F) {
	f.Add(goodProfile)
	f.Add("graduation_year: 2019\ncitizenship: us\nstep1_passed: true\nspecialties: [x]\n")
	f.Add("usce: {hands_on_months: .nan}\n")
	f.Add("a: &a [*a]\n")
	f.Add("graduation_year: 2019\ncitizenship: non_us\nvisa_needed: h1b\nstep1_passed: true\nspecialties: [x]\nstep3: scheduled 2027-01-20\necfmg_certified: expected 2026-12-01\nclinical_last_year: 2024\n")
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParseProfile(strings.NewReader(s), "fuzz.yaml")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.yaml") {
				t.Errorf("error does not name the file: %v", err)
			}
			return
		}
		if err := p.Validate(); err != nil {
			t.Errorf("ParseProfile accepted a profile Validate rejects: %v", err)
		}
	})
}

// TestParseProfileUSIMG: us_img is checked against citizenship and visa_needed,
// and implies visa_needed: none when visa_needed is left out.
func TestParseProfileUSIMG(t *testing.T) {
	tests := []struct {
		name      string
		give      string // citizenship, us_img and visa_needed lines
		wantVisa  Visa
		wantUSIMG bool
	}{
		{name: "US citizen US-IMG: no visa", give: "citizenship: us\nus_img: true\n", wantVisa: VisaNone, wantUSIMG: true},
		{name: "permanent resident US-IMG: no visa", give: "citizenship: permanent_resident\nus_img: true\n", wantVisa: VisaNone, wantUSIMG: true},
		{name: "US-IMG saying none explicitly", give: "citizenship: us\nus_img: true\nvisa_needed: none\n", wantVisa: VisaNone, wantUSIMG: true},
		{name: "non-US IMG needing a J-1", give: "citizenship: non_us\nus_img: false\nvisa_needed: j1\n", wantVisa: VisaJ1},
		{name: "non-US IMG with work authorisation", give: "citizenship: non_us\nvisa_needed: none\n", wantVisa: VisaNone},
		{name: "citizen without us_img", give: "citizenship: us\n", wantVisa: VisaNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := ParseProfile(strings.NewReader("graduation_year: 2019\nstep1_passed: true\nspecialties: [Pediatrics]\n"+tt.give), "p.yaml")
			if err != nil {
				t.Fatal(err)
			}
			if p.VisaNeeded != tt.wantVisa || p.USIMG != tt.wantUSIMG {
				t.Errorf("visa_needed = %q, us_img = %v; want %q, %v", p.VisaNeeded, p.USIMG, tt.wantVisa, tt.wantUSIMG)
			}
			if err := p.Validate(); err != nil {
				t.Errorf("Validate() = %v", err)
			}
		})
	}
}
