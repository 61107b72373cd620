package extract

import (
	"encoding/json"
	"fmt"
	"net/url"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly"
)

// TestInspectShape checks the JSON keys other tools depend on, and that
// unknown values are null, never guessed.
func TestInspectShape(t *testing.T) {
	u, _ := url.Parse("http://im.example.test/faq")
	pf, err := Page([]byte(`<main><h1>FAQ</h1><dl><dt>Do you sponsor H-1B visas?</dt><dd>Yes, only for applicants who have passed USMLE Step 3.</dd></dl>
<p>Applicants must have graduated within the last 5 years.</p>
<p>ECFMG certification is required by the time of your interview.</p></main>`), u, WithRunDate(goldenRunDate))
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(Inspect(pf, nil))
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	path := func(keys ...string) any {
		var v any = got
		for _, k := range keys {
			m, ok := v.(map[string]any)
			if !ok {
				t.Fatalf("%v: not an object at %q", keys, k)
			}
			if v, ok = m[k]; !ok {
				t.Fatalf("%v: missing key %q in %s", keys, k, b)
			}
		}
		return v
	}
	tests := []struct {
		give []string
		want any
	}{
		{[]string{"kind"}, "eligibility"},
		{[]string{"visa", "j1", "value"}, nil},
		{[]string{"visa", "j1", "condition"}, nil},
		{[]string{"visa", "j1", "evidence"}, nil},
		{[]string{"visa", "h1b", "value"}, true},
		{[]string{"visa", "h1b", "condition"}, "only for applicants who have passed USMLE Step 3"},
		{[]string{"visa", "h1b", "evidence", "url"}, "http://im.example.test/faq"},
		{[]string{"yog", "max_years"}, 5.0},
		{[]string{"yog", "preferred_max_years"}, nil},
		{[]string{"yog", "no_limit"}, false},
		{[]string{"yog", "counted_to"}, nil},
		{[]string{"yog", "grad_year_min"}, nil},
		{[]string{"clinical_recency", "max_years"}, nil},
		{[]string{"clinical_recency", "evidence"}, nil},
		{[]string{"ecfmg", "deadline"}, "interview"},
		{[]string{"step1", "min"}, nil},
		{[]string{"step1", "pass_required"}, nil},
		{[]string{"step2ck", "min"}, nil},
		{[]string{"step2ck", "preferred_min"}, nil},
		{[]string{"comlex", "level1_pass_required"}, nil},
		{[]string{"comlex", "level2_min"}, nil},
		{[]string{"attempts", "max"}, nil},
		{[]string{"usce", "requirement"}, nil},
		{[]string{"usce", "months"}, nil},
		{[]string{"img_counts", "img"}, nil},
		{[]string{"img_counts", "total"}, nil},
		{[]string{"img_counts", "evidence"}, nil},
		{[]string{"residents"}, []any{}},
	}
	for _, tt := range tests {
		if d := cmp.Diff(tt.want, path(tt.give...)); d != "" {
			t.Errorf("%v (-want +got):\n%s", tt.give, d)
		}
	}
	sel := path("visa", "h1b", "evidence", "selector")
	if sel != "main > dl > dd" {
		t.Errorf("selector = %v, want main > dl > dd", sel)
	}
}

func TestInspectResidents(t *testing.T) {
	u, _ := url.Parse("http://im.example.test/residents")
	pf, err := Page([]byte(`<h1>Current Residents</h1><ul><li>Patel, Priya — Kasturba Medical College, India (PGY-1)</li><li>Ryan Smith — Harvard Medical School (PGY-2)</li></ul>`), u)
	if err != nil {
		t.Fatal(err)
	}
	yes, no := true, false
	classify := func(school, country string) *bool {
		switch {
		case country == "India":
			return &yes
		case school == "Harvard Medical School":
			return &no
		}
		return nil
	}
	v := Inspect(pf, classify)
	got := []string{}
	for _, r := range v.Residents {
		c := "null"
		if r.Country != nil {
			c = *r.Country
		}
		got = append(got, fmt.Sprintf("%s|%s|%s|%v", r.Name, r.School, c, *r.IMG))
	}
	want := []string{"Priya Patel|Kasturba Medical College|India|true", "Ryan Smith|Harvard Medical School|null|false"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
	if v.Residents[0].Evidence == nil || v.Residents[0].Evidence.Text == "" {
		t.Errorf("resident without evidence: %+v", v.Residents[0])
	}
}

func ExampleInspect() {
	u, _ := url.Parse("http://im.example.test/eligibility")
	pf, _ := Page([]byte(`<p>We do not sponsor visas, although we accept ECFMG-sponsored J-1 visas.</p>`), u)
	v := Inspect(pf, nil)
	fmt.Println(*v.Visa.J1.Value, *v.Visa.H1B.Value, v.YOG.MaxYears == nil)
	fmt.Println(v.Visa.H1B.Evidence.Text)
	// Output:
	// true false true
	// We do not sponsor visas, although we accept ECFMG-sponsored J-1 visas.
}

// TestInspectCountedToEvidence: a page that says only when its graduation
// window is counted to ("counted to the start of training") showed
// counted_to with a null evidence — the view looked for the evidence of the
// other yog fields only.
func TestInspectCountedToEvidence(t *testing.T) {
	to := "training_start"
	ev := imgfriendly.Evidence{URL: "http://im.example.test/faq", Text: "Years are counted to the start of training."}
	v := Inspect(imgfriendly.PageFacts{Facts: []imgfriendly.Fact{{Field: imgfriendly.FieldYOGCountedTo, Value: imgfriendly.Value{Text: &to}, Evidence: ev}}}, nil)
	if v.YOG.CountedTo == nil || *v.YOG.CountedTo != to {
		t.Fatalf("counted_to %v", v.YOG.CountedTo)
	}
	if v.YOG.Evidence == nil || v.YOG.Evidence.Text != ev.Text {
		t.Fatalf("counted_to's evidence %+v, want %q", v.YOG.Evidence, ev.Text)
	}
}
