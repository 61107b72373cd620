package web

import (
	"fmt"
	"html/template"
	"strings"
	"testing"

	"github.com/imgfriendly/imgfriendly/queries"
)

// TestRowsAsTemplate: a row written from its kept parts (writeRow) is the
// "row" template's, byte for byte, tiered or not, the second time (parts
// kept) as the first, whatever the names, reasons and evidence hold: the
// characters HTML reserves, a NUL, invalid UTF-8, a link that is no web
// address, a reason without evidence, an unknown tier or kind.
func TestRowsAsTemplate(t *testing.T) {
	s, err := New(Config{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	share, yes, no, years := 0.42, true, false, 3.0
	resTotal, resIMG := int64(12), int64(5)
	odd := "A & B <b>\"quoted\"</b> it's 1+1 \x00 \xff\xfe é ∑ \ufdd0"
	base := queries.Tiered{ProgramID: "1401100001", Name: "Lakeside <Internal> Medicine & Co", Specialty: "Internal Medicine",
		City: "O'Fallon", State: "IL", IMGShare: &share, IMGShareSource: "roster", ResidentsTotal: &resTotal, ResidentsIMG: &resIMG,
		VisaJ1: &yes, VisaH1B: &no, YOGMaxYears: &years}
	reasons := []queries.Reason{
		{Kind: queries.ReasonExclude, Text: "YOG limit 3 years, you are at 4 by the 2027 Match", URL: "https://p.test/elig?a=1&b=2", Evidence: "Applicants must have graduated within the last 3 years."},
		{Kind: queries.ReasonPlus, Text: odd, URL: "https://p.test/a b#frag", Evidence: odd},
		{Kind: queries.ReasonUnknown, Text: "IMG share unknown"},
		{Kind: queries.ReasonConcern, Text: "prefers Step 2 CK ≥ 240, you have 231", URL: "javascript:alert(1)", Evidence: "We prefer 240+ <scores>."},
		{Kind: queries.ReasonInfo, Text: "in your preferred states (IL)", Evidence: strings.Repeat("a very long sentence without stops ", 20)},
		{Kind: "strange", Text: "a kind no rule gives", URL: "http://p.test/", Evidence: "one two three four five six seven eight nine ten eleven"},
	}
	var cases []queries.Tiered
	for i, tier := range []queries.Tier{queries.TierHigh, queries.TierModerate, queries.TierReach, queries.TierNotEligible, "odd"} {
		c := base
		c.ProgramID = fmt.Sprintf("14011%05d", i)
		c.Tier, c.Reasons = tier, reasons[:i+1]
		cases = append(cases, c)
	}
	bare := queries.Tiered{ProgramID: "1401199999", Name: odd, City: odd, State: odd, Specialty: odd, Tier: queries.TierHigh}
	cases = append(cases, bare)
	parts := newRowParts()
	for _, tiered := range []bool{true, false} {
		for round := range 2 {
			for _, c := range cases {
				var want strings.Builder
				if err := s.pages["list"].ExecuteTemplate(&want, "row", rowData{&c, tiered}); err != nil {
					t.Fatal(err)
				}
				var got strings.Builder
				if err := s.writeRow(&got, parts, &c, tiered); err != nil {
					t.Fatal(err)
				}
				if got.String() != want.String() {
					t.Errorf("%s, tiered %v, round %d:\n got %s\nwant %s", c.ProgramID, tiered, round, got.String(), want.String())
				}
			}
		}
	}
	if len(parts.cells) != len(cases) || len(parts.evidence) == 0 {
		t.Errorf("parts kept: %d programs, %d evidence", len(parts.cells), len(parts.evidence))
	}
}

// FuzzTextEscaper: textEscaper escapes text as html/template does.
func FuzzTextEscaper(f *testing.F) {
	tpl := template.Must(template.New("t").Parse(`<p>{{.}}</p>`))
	for _, s := range []string{"", "plain", `<a href="x">&amp;'+</a>`, "\x00\xff\xfe", "é ∑ \ufdd0 \ufffe", "1+1=2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var b strings.Builder
		if err := tpl.Execute(&b, s); err != nil {
			t.Fatal(err)
		}
		if got, want := "<p>"+textEscaper.Replace(s)+"</p>", b.String(); got != want {
			t.Fatalf("%q:\n got %q\nwant %q", s, got, want)
		}
	})
}
