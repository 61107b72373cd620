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
			want: []string{`me.yaml:7: favourite_color: unknown field "favourite_color" (known: name, graduation_year, citizenship, visa_needed, us_img, step1_passed, step1_score, step2ck_score, comlex2_score, failed_attempts, usce, specialties, states, regions)`}},
		{name: "unknown nested field", give: strings.Replace(goodProfile, "  observership_months: 3", "  observership_months: 3\n  research_months: 4", 1),
			want: []string{`me.yaml:13: research_months: unknown field "research_months" (known: name, graduation_year, citizenship, visa_needed, us_img, step1_passed, step1_score, step2ck_score, comlex2_score, failed_attempts, usce, specialties, states, regions)`}},
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
