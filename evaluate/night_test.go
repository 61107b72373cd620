package evaluate

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/testweb"
)

func ptr[T any](v T) *T { return &v }

// tinyTruth is a hand-made truth of three programs; the scores in
// TestEvaluate were computed by hand from it.
func tinyTruth() *testweb.Truth {
	const a, b, c = "http://im.a.test", "http://fm.b.test", "http://peds.c.test"
	fact := func(v imgfriendly.Value, url string) testweb.FactTruth { return testweb.FactTruth{Value: v, URL: url} }
	return &testweb.Truth{Seed: 1, ProgramCount: 3, Programs: []testweb.ProgramTruth{
		{
			ProgramID: "1400000001", Host: "im.a.test", URL: a + "/",
			Facts: map[imgfriendly.Field]testweb.FactTruth{
				imgfriendly.FieldVisaJ1:      fact(imgfriendly.BoolValue(true), a+"/elig"),
				imgfriendly.FieldVisaH1B:     fact(imgfriendly.BoolValue(false), a+"/elig"),
				imgfriendly.FieldYOGMaxYears: fact(imgfriendly.NumValue(5), a+"/elig"),
				imgfriendly.FieldStep2CKMin:  fact(imgfriendly.NumValue(230), a+"/elig"),
			},
			Residents: []testweb.ResidentTruth{
				{Name: "Priya Sharma", IMG: ptr(true), URL: a + "/residents"},
				{Name: "John Smith", IMG: ptr(false), URL: a + "/residents"},
				{Name: "Ahmed Khan", IMG: ptr(true), URL: a + "/residents"},
				{Name: "Emily Brown", IMG: ptr(false), URL: a + "/residents"},
			},
			IMGShare: ptr(0.5), IMGShareSource: "roster",
			Pages: []testweb.PageTruth{
				{URL: a + "/", Kind: imgfriendly.KindProgram, Recoverable: true},
				{URL: a + "/elig", Kind: imgfriendly.KindEligibility, Recoverable: true},
				{URL: a + "/residents", Kind: imgfriendly.KindRoster, Recoverable: true},
			},
		},
		{
			ProgramID: "1200000002", Host: "fm.b.test", URL: b + "/",
			Facts: map[imgfriendly.Field]testweb.FactTruth{
				imgfriendly.FieldVisaJ1:     fact(imgfriendly.BoolValue(true), b+"/elig"),
				imgfriendly.FieldVisaH1B:    {Value: imgfriendly.BoolValue(true), Condition: "Step 3", URL: b + "/elig"},
				imgfriendly.FieldUSCEMonths: fact(imgfriendly.NumValue(8/4.345), b+"/elig"),
			},
			Residents: []testweb.ResidentTruth{{Name: "Ana Ruiz", URL: b + "/team"}, {Name: "Li Wei", URL: b + "/team"}},
			Pages: []testweb.PageTruth{
				{URL: b + "/", Kind: imgfriendly.KindProgram, Recoverable: true},
				{URL: b + "/elig", Kind: imgfriendly.KindEligibility, Fault: testweb.FaultTimeout, ExpectedError: imgfriendly.FetchErrorTimeout},
				{URL: b + "/team", Kind: imgfriendly.KindRoster, Recoverable: true},
			},
		},
		{
			ProgramID: "3200000003", Host: "peds.c.test", URL: c + "/",
			Facts: map[imgfriendly.Field]testweb.FactTruth{},
			Residents: []testweb.ResidentTruth{
				{Name: "Zoë Müller", IMG: ptr(false), URL: c + "/r"}, {Name: "Omar Haddad", IMG: ptr(true), URL: c + "/r"},
				{Name: "Sam Lee", IMG: ptr(false), URL: c + "/r"}, {Name: "Kim Park", IMG: ptr(false), URL: c + "/r"},
			},
			IMGShare: ptr(0.25), IMGShareSource: "roster",
			Pages: []testweb.PageTruth{
				{URL: c + "/", Kind: imgfriendly.KindProgram, Recoverable: true},
				{URL: c + "/r", Kind: imgfriendly.KindRoster, Recoverable: true},
				{URL: c + "/b.pdf", Kind: imgfriendly.KindOther, Fault: testweb.FaultNotHTML, ExpectedError: imgfriendly.FetchErrorContentType},
			},
		},
	}}
}

func TestEvaluate(t *testing.T) {
	fact := func(v imgfriendly.Value) imgfriendly.Fact {
		return imgfriendly.Fact{Value: v, Evidence: imgfriendly.Evidence{URL: "http://im.a.test/elig", Text: "misleading sentence"}}
	}
	records := []imgfriendly.ProgramRecord{
		{Program: imgfriendly.Program{ID: "1400000001"}, IMGShare: ptr(0.51), Facts: map[imgfriendly.Field]imgfriendly.Fact{
			imgfriendly.FieldVisaJ1:      fact(imgfriendly.BoolValue(true)),
			imgfriendly.FieldVisaH1B:     fact(imgfriendly.BoolValue(true)),
			imgfriendly.FieldYOGMaxYears: fact(imgfriendly.NumValue(5)),
			imgfriendly.FieldAttemptsMax: fact(imgfriendly.NumValue(2)),
		}},
		{Program: imgfriendly.Program{ID: "1200000002"}, Facts: map[imgfriendly.Field]imgfriendly.Fact{
			imgfriendly.FieldVisaJ1: fact(imgfriendly.BoolValue(false)), // on an unrecoverable page: not scored
		}},
		// 3200000003 has no record at all
	}
	residents := []imgfriendly.Resident{
		{ProgramID: "1400000001", Name: "Sharma, Priya", IMG: ptr(false)},
		{ProgramID: "1400000001", Name: "John Smith, MD", IMG: ptr(false)},
		{ProgramID: "1400000001", Name: "Nobody Else"},
	}
	fetches := []imgfriendly.Fetch{
		{URL: "http://im.a.test/", ContentHash: "h1"},
		{URL: "http://im.a.test/elig?utm_source=x#top", ContentHash: "h2"},
		{URL: "http://im.a.test/residents", Error: imgfriendly.FetchErrorHTTP + ": 500"},
		{URL: "http://fm.b.test/", ContentHash: "h3"},
		{URL: "http://fm.b.test/elig", Error: imgfriendly.FetchErrorTimeout + ": deadline exceeded"},
		{URL: "http://fm.b.test/team", ContentHash: "h4", NotModified: true, Status: 304},
		{URL: "http://peds.c.test:8080/", ContentHash: "h5"},
		{URL: "http://peds.c.test/b.pdf", Error: imgfriendly.FetchErrorContentType},
	}
	rep := Night(tinyTruth(), records, residents, fetches)

	// 1200000002's eligibility page is unrecoverable: none of its eligibility
	// fields is scored; its roster is recoverable, so the (absent) counts are
	wantFields := map[imgfriendly.Field]FieldScore{
		imgfriendly.FieldIMGCount:       {Field: imgfriendly.FieldIMGCount, Scored: 3, Agree: 3, Precision: 1, Recall: 1, Accuracy: 1},
		imgfriendly.FieldResidentsCount: {Field: imgfriendly.FieldResidentsCount, Scored: 3, Agree: 3, Precision: 1, Recall: 1, Accuracy: 1},
		imgfriendly.FieldVisaJ1:         {Field: imgfriendly.FieldVisaJ1, Scored: 2, Stated: 1, Predicted: 1, Correct: 1, Agree: 2, Precision: 1, Recall: 1, Accuracy: 1, SkippedUnfetched: 1},
		imgfriendly.FieldVisaH1B:        {Field: imgfriendly.FieldVisaH1B, Scored: 2, Stated: 1, Predicted: 1, Correct: 0, Agree: 1, Precision: 0, Recall: 0, Accuracy: 0.5, SkippedUnfetched: 1},
		imgfriendly.FieldYOGMaxYears:    {Field: imgfriendly.FieldYOGMaxYears, Scored: 2, Stated: 1, Predicted: 1, Correct: 1, Agree: 2, Precision: 1, Recall: 1, Accuracy: 1, SkippedUnfetched: 1},
		imgfriendly.FieldStep2CKMin:     {Field: imgfriendly.FieldStep2CKMin, Scored: 2, Stated: 1, Predicted: 0, Correct: 0, Agree: 1, Precision: 1, Recall: 0, Accuracy: 0.5, SkippedUnfetched: 1},
		imgfriendly.FieldAttemptsMax:    {Field: imgfriendly.FieldAttemptsMax, Scored: 2, Stated: 0, Predicted: 1, Correct: 0, Agree: 1, Precision: 0, Recall: 1, Accuracy: 0.5, SkippedUnfetched: 1},
	}
	approx := cmpopts.EquateApprox(0, 1e-9)
	for _, got := range rep.Fields {
		want, ok := wantFields[got.Field]
		if !ok {
			want = FieldScore{Field: got.Field, Scored: 2, Agree: 2, Precision: 1, Recall: 1, Accuracy: 1, SkippedUnfetched: 1}
		}
		if diff := cmp.Diff(want, got, approx); diff != "" {
			t.Errorf("field %s (-want +got):\n%s", got.Field, diff)
		}
	}
	if diff := cmp.Diff(ShareScore{Scored: 2, Within2: 1, Missing: 1, MeanAbsError: 0.01, WithinRate: 0.5, Unknown: 1, UnknownKept: 1}, rep.IMGShare, approx); diff != "" {
		t.Errorf("IMG share (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(RosterScore{Listed: 10, Found: 2, Predicted: 3, Recall: 0.2, Precision: 2.0 / 3, IMGKnown: 2, IMGAgree: 1, IMGWrongU: 1}, rep.Roster, approx); diff != "" {
		t.Errorf("roster (-want +got):\n%s", diff)
	}
	// the PDF is of kind other: neither counted as recoverable nor as unrecoverable
	if diff := cmp.Diff(CoverageScore{Recoverable: 7, Fetched: 5, Rate: 5.0 / 7, Unrecoverable: 1, Explained: 1}, rep.Coverage, approx); diff != "" {
		t.Errorf("coverage (-want +got):\n%s", diff)
	}
	if rep.Programs != 3 || rep.ProgramsFound != 2 {
		t.Errorf("programs %d found %d, want 3 and 2", rep.Programs, rep.ProgramsFound)
	}
	var worst []string
	for _, w := range rep.Worst {
		worst = append(worst, w.ProgramID)
	}
	if diff := cmp.Diff([]string{"1400000001", "3200000003"}, worst); diff != "" {
		t.Errorf("worst programs (-want +got):\n%s", diff)
	}
	if rep.Worst[0].Errors != 3 {
		t.Errorf("worst program has %d errors, want 3", rep.Worst[0].Errors)
	}
	var h1b FieldError
	for _, f := range rep.Worst[0].Fields {
		if f.Field == imgfriendly.FieldVisaH1B {
			h1b = f
		}
	}
	if diff := cmp.Diff(FieldError{Field: imgfriendly.FieldVisaH1B, Want: "false", Got: "true", TruthURL: "http://im.a.test/elig", EvidenceURL: "http://im.a.test/elig", EvidenceText: "misleading sentence"}, h1b); diff != "" {
		t.Errorf("h1b error (-want +got):\n%s", diff)
	}
	if txt := rep.String(); !strings.Contains(txt, "misleading sentence") || !strings.Contains(txt, "visa_h1b") {
		t.Errorf("text report lacks the misleading evidence:\n%s", txt)
	}
}

func TestCheck(t *testing.T) {
	rep := Night(tinyTruth(), nil, nil, nil)
	tests := []struct {
		name string
		give Thresholds
		want []string // substrings of the error; nil: no error
	}{
		{"all pass", Thresholds{"yog_no_limit.accuracy": 1}, nil},
		{"below", Thresholds{"visa_h1b.accuracy": 0.9, "coverage": 0.5}, []string{"visa_h1b.accuracy = 0.5000", "coverage = 0.0000"}},
		{"wildcard", Thresholds{"*.recall": 0.5}, []string{"visa_j1.recall", "step2ck_min.recall"}},
		{"unknown", Thresholds{"bogus": 1, "*.f1": 1}, []string{`unknown metric "bogus"`, `unknown metric "*.f1"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := rep.Check(tt.give)
			if tt.want == nil {
				if err != nil {
					t.Fatalf("Check: %v, want nil", err)
				}
				return
			}
			if err == nil {
				t.Fatal("Check passed, want an error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}
