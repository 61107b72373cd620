package evaluate

import (
	"errors"
	"net/url"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/imgfriendly/imgfriendly"
)

// pagesFixture is a hand-made set of records (our own words) and what a
// pretend extractor finds in each; TestPages' figures were counted by hand.
const pagesFixture = `
{"id":"e1","source":"https://a.test/elig","kind":"eligibility","text":"E1","labels":{"visa":{"j1":true,"h1b":false},"yog_max_years":5,"yog_no_limit":false,"step1_min":"pass","step2ck_min":220,"max_attempts":null,"usce":"required","usce_months":2,"residents":[]}}
{"id":"e2","source":"https://b.test/faq","kind":"eligibility","text":"E2","labels":{"visa":{"j1":null,"h1b":null},"yog_max_years":null,"yog_no_limit":true,"step1_min":230,"step2ck_min":null,"max_attempts":2,"usce":null,"usce_months":null,"residents":[],"ambiguous":["max_attempts"]}}
{"id":"e3","source":"https://c.test/x","kind":"eligibility","text":"E3","labels":{"visa":{"j1":false,"h1b":false},"yog_max_years":null,"yog_no_limit":false,"step1_min":null,"step2ck_min":null,"max_attempts":null,"usce":null,"usce_months":3,"residents":[]}}

{"id":"r1","source":"https://a.test/residents","kind":"roster","text":"R1","labels":{"visa":{"j1":null,"h1b":null},"yog_max_years":null,"yog_no_limit":false,"step1_min":null,"step2ck_min":null,"max_attempts":null,"usce":null,"usce_months":null,"residents":[{"name":"Ana Ruiz","school":"Far Away School of Medicine","country":"Elsewhere","img":true},{"name":"Bo Lee","school":"Home State University","country":"United States","img":false},{"name":null,"school":null,"country":null,"img":true}]}}
{"id":"r2","source":"https://b.test/team","kind":"roster","text":"R2","labels":{"visa":{"j1":null,"h1b":null},"yog_max_years":null,"yog_no_limit":false,"step1_min":null,"step2ck_min":null,"max_attempts":null,"usce":null,"usce_months":null,"residents":[{"name":"Cy Dee","school":"Home State University","country":null,"img":false}]}}
{"id":"r3","source":"https://c.test/people","kind":"roster","text":"R3","labels":{"visa":{"j1":null,"h1b":null},"yog_max_years":null,"yog_no_limit":false,"step1_min":null,"step2ck_min":null,"max_attempts":null,"usce":null,"usce_months":null,"residents":[],"ambiguous":["residents"]}}
`

func fact(f imgfriendly.Field, v imgfriendly.Value, evidence string) imgfriendly.Fact {
	return imgfriendly.Fact{Field: f, Value: v, Evidence: imgfriendly.Evidence{Text: evidence}}
}

// pretendExtract returns, for each fixture text, what an extractor found.
func pretendExtract(body []byte, u *url.URL) (imgfriendly.PageFacts, error) {
	pf := imgfriendly.PageFacts{URL: u.String()}
	switch string(body) {
	case "E1": // j1 right, h1b missed, yog right, step1 pass right, step2 wrong, attempts false, usce right, months 8 weeks: right
		pf.Facts = []imgfriendly.Fact{
			fact(imgfriendly.FieldVisaJ1, imgfriendly.BoolValue(true), "J-1 yes"),
			fact(imgfriendly.FieldYOGMaxYears, imgfriendly.NumValue(5), "five years"),
			fact(imgfriendly.FieldStep1PassRequired, imgfriendly.BoolValue(true), "pass Step 1"),
			fact(imgfriendly.FieldStep2CKMin, imgfriendly.NumValue(210), "210 or more"),
			fact(imgfriendly.FieldAttemptsMax, imgfriendly.NumValue(1), "first try"),
			fact(imgfriendly.FieldUSCERequirement, imgfriendly.TextValue("required"), "USCE required"),
			fact(imgfriendly.FieldUSCEMonths, imgfriendly.NumValue(8/4.345), "8 weeks"),
		}
	case "E2": // no-limit right, step1 230 right; attempts ambiguous (not scored, even when wrong); a false j1
		pf.Facts = []imgfriendly.Fact{
			fact(imgfriendly.FieldYOGNoLimit, imgfriendly.BoolValue(true), "no cutoff"),
			fact(imgfriendly.FieldStep1Min, imgfriendly.NumValue(230), "230"),
			fact(imgfriendly.FieldStep1PassRequired, imgfriendly.BoolValue(true), "pass"),
			fact(imgfriendly.FieldAttemptsMax, imgfriendly.NumValue(1), "first"),
			fact(imgfriendly.FieldVisaJ1, imgfriendly.BoolValue(true), "J-1 maybe"),
		}
		pf.Residents = []imgfriendly.Resident{{Name: "Example Person", School: "Far Away School of Medicine"}}
	case "E3": // visas wrong and right, a false no-limit, months 1.5 (wrong: rounds to 2)
		pf.Facts = []imgfriendly.Fact{
			fact(imgfriendly.FieldVisaJ1, imgfriendly.BoolValue(true), "J-1"),
			fact(imgfriendly.FieldVisaH1B, imgfriendly.BoolValue(false), "no H-1B"),
			fact(imgfriendly.FieldYOGNoLimit, imgfriendly.BoolValue(true), "whenever"),
			fact(imgfriendly.FieldUSCEMonths, imgfriendly.NumValue(1.5), "six weeks"),
		}
	case "R1": // three residents: the classifier knows two schools; the third states IMG itself
		pf.Residents = []imgfriendly.Resident{
			{Name: "Ana Ruiz", School: "Far Away School of Medicine"},
			{Name: "Bo Lee", School: "Home State University"},
			{Name: "", IMG: ptr(true)},
		}
		pf.Facts = []imgfriendly.Fact{fact(imgfriendly.FieldVisaH1B, imgfriendly.BoolValue(true), "H-1B on a roster")}
	case "R2": // one resident found twice
		pf.Residents = []imgfriendly.Resident{{Name: "Cy Dee", School: "Home State University"}, {Name: "Dr. Cy Dee", School: "Home State University"}}
	case "R3":
		return pf, errors.New("boom") // ambiguous anyway
	}
	return pf, nil
}

func pretendClassify(school, country string) *bool {
	switch {
	case strings.Contains(school, "Far Away"):
		return ptr(true)
	case strings.Contains(school, "Home State"):
		return ptr(false)
	}
	return nil
}

func TestPages(t *testing.T) {
	recs, err := ReadRecords(strings.NewReader(pagesFixture), "fixture.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	rep := Pages(recs, pretendExtract, pretendClassify)
	score := func(name string, scored, right, missed, wrong, null, false_, skipped int) PageScore {
		return PageScore{Name: name, Scored: scored, Right: right, Missed: missed, Wrong: wrong, Accuracy: ratio(right, scored), Null: null, False: false_, Skipped: skipped}
	}
	wantFields := []PageScore{
		score("j1", 2, 1, 0, 1, 1, 1, 0),            // e1 right, e3 wrong; e2 null → false
		score("h1b", 2, 1, 1, 0, 1, 0, 0),           // e1 missed, e3 right
		score("yog_max_years", 1, 1, 0, 0, 2, 0, 0), // e1 right
		score("yog_no_limit", 1, 1, 0, 0, 2, 1, 0),  // e2 right; e3 says no limit where none is stated
		score("step1_min", 2, 2, 0, 0, 1, 0, 0),     // e1 pass, e2 230 (the number wins over pass)
		score("step2ck_min", 1, 0, 0, 1, 2, 0, 0),   // e1 210 for 220
		score("max_attempts", 0, 0, 0, 0, 2, 1, 1),  // e1 false; e2 ambiguous
		score("usce", 1, 1, 0, 0, 2, 0, 0),
		score("usce_months", 2, 1, 0, 1, 1, 0, 0), // 8 weeks = 1.84 counts as 2; 1.5 is not 3
	}
	if diff := cmp.Diff(wantFields, rep.Fields); diff != "" {
		t.Errorf("fields (-want +got):\n%s", diff)
	}
	wantGroups := []PageScore{
		score("visa", 4, 2, 1, 1, 2, 1, 0),
		score("yog", 2, 2, 0, 0, 4, 1, 0),
		score("scores", 3, 2, 0, 1, 5, 1, 1),
		score("usce", 3, 2, 0, 1, 3, 0, 0),
	}
	if diff := cmp.Diff(wantGroups, rep.Groups); diff != "" {
		t.Errorf("groups (-want +got):\n%s", diff)
	}
	wantFalse := FalseScore{False: 3, Null: 14, Rate: 3.0 / 14, RosterFacts: 1, RosterRecords: 1, ResidentsOnElig: 1, EligWithResident: 1}
	if diff := cmp.Diff(wantFalse, rep.False); diff != "" {
		t.Errorf("false assertions (-want +got):\n%s", diff)
	}
	wantRoster := RosterPages{Records: 2, Skipped: 1, CountRight: 1, IMGRight: 2, BothRight: 1, Rate: 0.5, Want: 4, Got: 5, WantIMG: 2, GotIMG: 2}
	if diff := cmp.Diff(wantRoster, rep.Roster); diff != "" {
		t.Errorf("roster (-want +got):\n%s", diff)
	}
	if rep.Records != 6 || rep.Eligibility != 3 || len(rep.Errors) != 1 || rep.Errors[0].ID != "r3" {
		t.Errorf("records %d, eligibility %d, errors %v", rep.Records, rep.Eligibility, rep.Errors)
	}
	var got []string
	for _, m := range rep.Misses {
		got = append(got, m.ID+" "+m.Field+" "+m.Kind+" want "+m.Want+" got "+m.Got+" | "+m.Evidence)
	}
	want := []string{
		"e1 h1b missed want false got null | ",
		"e1 step2ck_min wrong want 220 got 210 | 210 or more",
		"e1 max_attempts false want null got 1 | first try",
		"e2 residents false want 0 residents got Example Person (Far Away School of Medicine) IMG | ",
		"e2 j1 false want null got true | J-1 maybe",
		"e3 j1 wrong want false got true | J-1",
		"e3 yog_no_limit false want null got true | whenever",
		"e3 usce_months wrong want 3 got 1.5 | six weeks",
		"r1 h1b false want null got true | H-1B on a roster",
		"r2 residents wrong want 1 residents, 0 IMG got 2 residents, 0 IMG | Cy Dee (Home State University); Dr. Cy Dee (Home State University)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("misses (-want +got):\n%s", diff)
	}
	text := rep.Text(true)
	for _, s := range []string{"e1      step2ck_min   wrong  want 220", `— "210 or more"`, "j1                0.500      1/2", "visa_all          0.500      2/4",
		"false assertions 3/14 = 21.43 %", "1 facts on 1 roster records, 1 residents on 1 eligibility records", "both counts exact 1/2", "extraction failed on r3: boom"} {
		if !strings.Contains(text, s) {
			t.Errorf("text report lacks %q:\n%s", s, text)
		}
	}
	if lines := strings.Count(rep.Text(false), "\n"); lines > 25 {
		t.Errorf("summary has %d lines, want it to fit in 25", lines)
	}
}

func TestPagesCheck(t *testing.T) {
	recs, err := ReadRecords(strings.NewReader(pagesFixture), "fixture.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	rep := Pages(recs, pretendExtract, pretendClassify)
	for _, c := range []struct {
		name string
		give Limits
		want []string
	}{
		{"within", Limits{Min: map[string]float64{"yog_all": 1, "roster": 0.5}, Max: map[string]float64{"false_assertions": 0.25}}, nil},
		{"out", Limits{Min: map[string]float64{"j1": 0.6, "usce_all": 0.5}, Max: map[string]float64{"false_assertions": 0.2}},
			[]string{"j1 = 0.5000, below 0.6000", "false_assertions = 0.2143, above 0.2000"}},
		{"unknown", Limits{Min: map[string]float64{"visa": 1}}, []string{`unknown metric "visa"`}},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := rep.Check(c.give)
			if c.want == nil {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil {
				t.Fatal("Check passed")
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("%v lacks %q", err, w)
				}
			}
			if strings.Contains(err.Error(), "usce_all =") {
				t.Errorf("usce_all (0.667) reported below 0.5: %v", err)
			}
		})
	}
}
