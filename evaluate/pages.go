package evaluate

import (
	"errors"
	"fmt"
	"math"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// ExtractFunc is the extraction eval pages scores: one page's bytes and URL
// to its facts. cmd passes extract.Page with the run date, exactly as
// `imgfriendly inspect --url SOURCE` runs it.
type ExtractFunc func(body []byte, u *url.URL) (imgfriendly.PageFacts, error)

// ClassifyFunc decides whether a resident's school (and stated country) is
// an IMG school: true, false, or nil when unknown. cmd passes transform's
// classifier.
type ClassifyFunc func(school, country string) *bool

// PagesReport scores extraction on labelled real passages, with the
// conventions of the realpages README: a field is scored on the records
// whose label is set and not in labels.ambiguous; a value where the label is
// null is a false assertion (yog_no_limit is scored where the label is true,
// and a true where it is false is a false assertion); roster records are
// compared by resident count and IMG count.
type PagesReport struct {
	Files       []string     `json:"files"`
	Records     int          `json:"records"`
	Eligibility int          `json:"eligibility_records"`
	Fields      []PageScore  `json:"fields"` // one per labelled field, in the README's order
	Groups      []PageScore  `json:"groups"` // visa, yog, scores, usce: the fields pooled
	False       FalseScore   `json:"false_assertions"`
	Roster      RosterPages  `json:"roster"`
	Misses      []PageMiss   `json:"misses"` // every miss, wrong value and false assertion, in record order
	Errors      []PageErrors `json:"errors,omitempty"`
}

// PageScore is one field's (or group's) score. Right/Scored is the accuracy
// on the records where the label is set; Missed are those where extraction
// found nothing, Wrong those where it found another value; False counts the
// values found where the label is null (of Null such records).
type PageScore struct {
	Name     string  `json:"name"`
	Scored   int     `json:"scored"`
	Right    int     `json:"right"`
	Missed   int     `json:"missed"`
	Wrong    int     `json:"wrong"`
	Accuracy float64 `json:"accuracy"` // Right / Scored; 1 when nothing is scored
	Null     int     `json:"null"`
	False    int     `json:"false"`
	Skipped  int     `json:"ambiguous"` // records whose label is a judgement call
}

// FalseScore counts false assertions on eligibility records (the headline
// rate: values where the label is null, of all null labels), and what
// extraction asserts where nothing can be right: facts on roster passages,
// residents on eligibility passages.
type FalseScore struct {
	False            int     `json:"false"`
	Null             int     `json:"null"`
	Rate             float64 `json:"rate"`
	RosterFacts      int     `json:"roster_facts"`        // facts found on roster records (their fact labels are all null)
	RosterRecords    int     `json:"roster_records"`      // roster records with at least one fact
	ResidentsOnElig  int     `json:"residents_on_elig"`   // residents found on eligibility records
	EligWithResident int     `json:"elig_with_residents"` // eligibility records with at least one resident
}

// RosterPages scores roster records: how many residents the passage names
// and how many of them are IMGs.
type RosterPages struct {
	Records    int     `json:"records"` // scored (not ambiguous)
	Skipped    int     `json:"ambiguous"`
	CountRight int     `json:"count_right"` // resident count exact
	IMGRight   int     `json:"img_right"`   // IMG count exact
	BothRight  int     `json:"both_right"`
	Rate       float64 `json:"rate"` // BothRight / Records
	Want       int     `json:"residents_want"`
	Got        int     `json:"residents_got"`
	WantIMG    int     `json:"img_want"`
	GotIMG     int     `json:"img_got"`
}

// PageMiss is one wrong answer: the record, the field, the expected and the
// found value ("null" for none), and the sentence extraction used.
type PageMiss struct {
	ID       string `json:"id"`
	File     string `json:"file"`
	Line     int    `json:"line"`
	Field    string `json:"field"`
	Kind     string `json:"kind"` // missed | wrong | false
	Want     string `json:"want"`
	Got      string `json:"got"`
	Evidence string `json:"evidence,omitempty"`
}

// PageErrors is a record extraction failed on (counted as finding nothing).
type PageErrors struct {
	ID    string `json:"id"`
	Error string `json:"error"`
}

// pageField is one scored label and how to read it from the labels and
// from the extracted facts. Values are strings: "" is null, numbers are
// formatted with strconv ('f', -1), "pass" is a Step 1 pass.
type pageField struct {
	name, group string
	want        func(Labels) string
	got         func(facts) (string, *imgfriendly.Fact)
	same        func(want, got string) bool
}

// pageFields are the scored fields, in the README's order.
var pageFields = []pageField{
	{"j1", "visa", func(l Labels) string { return boolLabel(l.Visa.J1) }, factOf(imgfriendly.FieldVisaJ1), sameText},
	{"h1b", "visa", func(l Labels) string { return boolLabel(l.Visa.H1B) }, factOf(imgfriendly.FieldVisaH1B), sameText},
	{"yog_max_years", "yog", func(l Labels) string { return numLabel(l.YOGMaxYears) }, factOf(imgfriendly.FieldYOGMaxYears), sameNum},
	// "no limit" is scored where stated; false reads as null, so that a
	// true there is a false assertion
	{"yog_no_limit", "yog", func(l Labels) string {
		if l.YOGNoLimit {
			return "true"
		}
		return ""
	}, func(f facts) (string, *imgfriendly.Fact) {
		if v, x := f.value(imgfriendly.FieldYOGNoLimit); v == "true" {
			return v, x
		}
		return "", nil
	}, sameText},
	{"step1_min", "scores", func(l Labels) string {
		if l.Step1Min.Pass {
			return "pass"
		}
		return numLabel(l.Step1Min.Min)
	}, func(f facts) (string, *imgfriendly.Fact) {
		if v, x := f.value(imgfriendly.FieldStep1Min); v != "" {
			return v, x
		}
		if v, x := f.value(imgfriendly.FieldStep1PassRequired); v == "true" {
			return "pass", x
		}
		return "", nil
	}, sameNum},
	{"step2ck_min", "scores", func(l Labels) string { return numLabel(l.Step2CKMin) }, factOf(imgfriendly.FieldStep2CKMin), sameNum},
	{"max_attempts", "scores", func(l Labels) string { return numLabel(l.MaxAttempts) }, factOf(imgfriendly.FieldAttemptsMax), sameNum},
	{"usce", "usce", func(l Labels) string {
		if l.USCE == nil {
			return ""
		}
		return *l.USCE
	}, factOf(imgfriendly.FieldUSCERequirement), sameText},
	{"usce_months", "usce", func(l Labels) string { return numLabel(l.USCEMonths) }, factOf(imgfriendly.FieldUSCEMonths), sameMonths},
}

// Groups, in report order, and the fields each pools.
var pageGroups = []string{"visa", "yog", "scores", "usce"}

// facts indexes one page's facts by field.
type facts map[imgfriendly.Field]*imgfriendly.Fact

func (f facts) value(field imgfriendly.Field) (string, *imgfriendly.Fact) {
	x := f[field]
	if x == nil {
		return "", nil
	}
	return x.Value.String(), x
}

func factOf(field imgfriendly.Field) func(facts) (string, *imgfriendly.Fact) {
	return func(f facts) (string, *imgfriendly.Fact) { return f.value(field) }
}

func boolLabel(b *bool) string {
	if b == nil {
		return ""
	}
	return strconv.FormatBool(*b)
}

func numLabel(n *float64) string {
	if n == nil {
		return ""
	}
	return strconv.FormatFloat(*n, 'f', -1, 64)
}

func sameText(want, got string) bool { return strings.EqualFold(want, got) }

// sameNum compares numbers exactly (and "pass" with "pass").
func sameNum(want, got string) bool {
	w, werr := strconv.ParseFloat(want, 64)
	g, gerr := strconv.ParseFloat(got, 64)
	if werr != nil || gerr != nil {
		return want == got
	}
	return math.Abs(w-g) < 1e-9
}

// sameMonths compares a duration in months as the labels give it: weeks are
// converted and rounded to whole months (8 weeks = 1.84 months counts as 2),
// so extraction is right when its months round to the label.
func sameMonths(want, got string) bool {
	w, werr := strconv.ParseFloat(want, 64)
	g, gerr := strconv.ParseFloat(got, 64)
	if werr != nil || gerr != nil {
		return false
	}
	return math.Abs(w-g) < 1e-9 || math.Round(g) == w
}

// Pages extracts every record's text with extract, as a page at the
// record's source URL, and scores it against the labels. classify decides
// roster residents' IMG status (a resident the classifier cannot place
// counts as an IMG only when extraction itself stated it).
func Pages(recs []Record, extract ExtractFunc, classify ClassifyFunc) PagesReport {
	rep := PagesReport{Records: len(recs)}
	scores := make([]PageScore, len(pageFields))
	for i, pf := range pageFields {
		scores[i].Name = pf.name
	}
	for _, rec := range recs {
		if !slices.Contains(rep.Files, rec.File) {
			rep.Files = append(rep.Files, rec.File)
		}
		var pf imgfriendly.PageFacts
		u, err := url.Parse(rec.Source)
		if err == nil {
			pf, err = extract([]byte(rec.Text), u)
		}
		if err != nil {
			rep.Errors = append(rep.Errors, PageErrors{ID: rec.ID, Error: err.Error()})
		}
		f := facts{}
		for i := range pf.Facts {
			f[pf.Facts[i].Field] = &pf.Facts[i]
		}
		if rec.Kind == KindRoster {
			rep.Roster.add(&rep, rec, pf.Residents, classify)
			asserted := 0
			for _, fd := range pageFields {
				if v, x := fd.got(f); v != "" {
					asserted++
					rep.Misses = append(rep.Misses, miss(rec, fd.name, "false", "null", v, x))
				}
			}
			rep.False.RosterFacts += asserted
			if asserted > 0 {
				rep.False.RosterRecords++
			}
			continue
		}
		rep.Eligibility++
		if n := len(pf.Residents); n > 0 {
			rep.False.ResidentsOnElig += n
			rep.False.EligWithResident++
			rep.Misses = append(rep.Misses, PageMiss{ID: rec.ID, File: rec.File, Line: rec.Line, Field: "residents", Kind: "false",
				Want: "0 residents", Got: residentsText(pf.Residents, classify)})
		}
		for i, fd := range pageFields {
			s := &scores[i]
			if rec.ambiguous(fd.name) {
				s.Skipped++
				continue
			}
			want := fd.want(rec.Labels)
			got, x := fd.got(f)
			switch {
			case want == "":
				s.Null++
				if got != "" {
					s.False++
					rep.Misses = append(rep.Misses, miss(rec, fd.name, "false", "null", got, x))
				}
			case got == "":
				s.Scored++
				s.Missed++
				rep.Misses = append(rep.Misses, miss(rec, fd.name, "missed", want, "null", nil))
			case fd.same(want, got):
				s.Scored++
				s.Right++
			default:
				s.Scored++
				s.Wrong++
				rep.Misses = append(rep.Misses, miss(rec, fd.name, "wrong", want, got, x))
			}
		}
	}
	for i := range scores {
		scores[i].Accuracy = ratio(scores[i].Right, scores[i].Scored)
		rep.False.False += scores[i].False
		rep.False.Null += scores[i].Null
	}
	rep.False.Rate = 0
	if rep.False.Null > 0 {
		rep.False.Rate = float64(rep.False.False) / float64(rep.False.Null)
	}
	rep.Fields = scores
	for _, g := range pageGroups {
		gs := PageScore{Name: g}
		for i, fd := range pageFields {
			if fd.group != g {
				continue
			}
			s := scores[i]
			gs.Scored += s.Scored
			gs.Right += s.Right
			gs.Missed += s.Missed
			gs.Wrong += s.Wrong
			gs.Null += s.Null
			gs.False += s.False
			gs.Skipped += s.Skipped
		}
		gs.Accuracy = ratio(gs.Right, gs.Scored)
		rep.Groups = append(rep.Groups, gs)
	}
	rep.Roster.Rate = ratio(rep.Roster.BothRight, rep.Roster.Records)
	return rep
}

func miss(rec Record, field, kind, want, got string, x *imgfriendly.Fact) PageMiss {
	m := PageMiss{ID: rec.ID, File: rec.File, Line: rec.Line, Field: field, Kind: kind, Want: want, Got: got}
	if x != nil {
		m.Evidence = x.Evidence.Text
	}
	return m
}

// isIMG is a resident's IMG status for counting: the classifier's answer
// from the school and stated country, else what extraction stated.
func isIMG(r imgfriendly.Resident, classify ClassifyFunc) *bool {
	if classify != nil && (r.School != "" || r.Country != "") {
		if img := classify(r.School, r.Country); img != nil {
			return img
		}
	}
	return r.IMG
}

// add scores one roster record.
func (ro *RosterPages) add(rep *PagesReport, rec Record, got []imgfriendly.Resident, classify ClassifyFunc) {
	if rec.ambiguous("residents") {
		ro.Skipped++
		return
	}
	ro.Records++
	want, wantIMG := len(rec.Labels.Residents), 0
	for _, r := range rec.Labels.Residents {
		if r.IMG != nil && *r.IMG {
			wantIMG++
		}
	}
	gotIMG := 0
	for _, r := range got {
		if img := isIMG(r, classify); img != nil && *img {
			gotIMG++
		}
	}
	ro.Want += want
	ro.Got += len(got)
	ro.WantIMG += wantIMG
	ro.GotIMG += gotIMG
	countOK, imgOK := want == len(got), wantIMG == gotIMG
	if countOK {
		ro.CountRight++
	}
	if imgOK {
		ro.IMGRight++
	}
	if countOK && imgOK {
		ro.BothRight++
		return
	}
	rep.Misses = append(rep.Misses, PageMiss{ID: rec.ID, File: rec.File, Line: rec.Line, Field: "residents", Kind: "wrong",
		Want:     fmt.Sprintf("%d residents, %d IMG", want, wantIMG),
		Got:      fmt.Sprintf("%d residents, %d IMG", len(got), gotIMG),
		Evidence: residentsText(got, classify)})
}

// residentsText lists found residents briefly: name (school) and IMG status.
func residentsText(rs []imgfriendly.Resident, classify ClassifyFunc) string {
	var parts []string
	for _, r := range rs {
		s := r.Name
		if r.School != "" {
			s += " (" + r.School + ")"
		}
		switch img := isIMG(r, classify); {
		case img == nil:
			s += " img?"
		case *img:
			s += " IMG"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

// Metrics names every figure --min and --max check: each field and group
// by name (its accuracy), "false_assertions" (the eligibility rate), and
// "roster" (both counts exact), "roster_count", "roster_img".
func (r PagesReport) Metrics() map[string]float64 {
	m := map[string]float64{
		"false_assertions": r.False.Rate,
		"roster":           r.Roster.Rate,
		"roster_count":     ratio(r.Roster.CountRight, r.Roster.Records),
		"roster_img":       ratio(r.Roster.IMGRight, r.Roster.Records),
	}
	for _, s := range r.Fields {
		m[s.Name] = s.Accuracy
	}
	for _, s := range r.Groups {
		m[s.Name+"_all"] = s.Accuracy
	}
	return m
}

// PageMetricNames lists the names Metrics uses, sorted.
func PageMetricNames() []string {
	m := PagesReport{}.Metrics()
	for _, f := range pageFields {
		m[f.name] = 0
	}
	for _, g := range pageGroups {
		m[g+"_all"] = 0
	}
	return sortedKeys(m)
}

// Limits are floors (Min) and ceilings (Max) for PagesReport metrics.
type Limits struct {
	Min map[string]float64
	Max map[string]float64
}

// Check returns an error listing every metric below its floor or above its
// ceiling, and unknown metric names; nil when all hold.
func (r PagesReport) Check(l Limits) error {
	m := r.Metrics()
	var errs []error
	for _, k := range sortedKeys(l.Min) {
		v, ok := m[k]
		switch {
		case !ok:
			errs = append(errs, fmt.Errorf("unknown metric %q (want one of %s)", k, strings.Join(sortedKeys(m), ", ")))
		case v < l.Min[k]:
			errs = append(errs, fmt.Errorf("%s = %.4f, below %.4f", k, v, l.Min[k]))
		}
	}
	for _, k := range sortedKeys(l.Max) {
		v, ok := m[k]
		switch {
		case !ok:
			errs = append(errs, fmt.Errorf("unknown metric %q (want one of %s)", k, strings.Join(sortedKeys(m), ", ")))
		case v > l.Max[k]:
			errs = append(errs, fmt.Errorf("%s = %.4f, above %.4f", k, v, l.Max[k]))
		}
	}
	return errors.Join(errs...)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// Text renders the report compactly, the summary last (a terminal or a
// hook that keeps the last lines shows it): with misses, every miss first.
func (r PagesReport) Text(misses bool) string {
	var b strings.Builder
	if misses {
		for _, m := range r.Misses {
			fmt.Fprintf(&b, "%-7s %-13s %-6s want %-22s found %s", m.ID, m.Field, m.Kind, m.Want, m.Got)
			if m.Evidence != "" {
				fmt.Fprintf(&b, "  — %q", clip(strings.Join(strings.Fields(m.Evidence), " "), 220))
			}
			b.WriteString("\n")
		}
		if len(r.Misses) > 0 {
			b.WriteString("\n")
		}
	}
	for _, e := range r.Errors {
		fmt.Fprintf(&b, "extraction failed on %s: %s\n", e.ID, e.Error)
	}
	fmt.Fprintf(&b, "%d records (%d eligibility, %d roster) from %s\n", r.Records, r.Eligibility, r.Records-r.Eligibility, strings.Join(r.Files, ", "))
	fmt.Fprintf(&b, "%-14s %8s %8s %6s %6s %6s %9s\n", "field", "accuracy", "right", "missed", "wrong", "false", "ambiguous")
	line := func(s PageScore) {
		fmt.Fprintf(&b, "%-14s %8.3f %8s %6d %6d %6s %9d\n", s.Name, s.Accuracy, fmt.Sprintf("%d/%d", s.Right, s.Scored), s.Missed, s.Wrong, fmt.Sprintf("%d/%d", s.False, s.Null), s.Skipped)
	}
	for _, s := range r.Fields {
		line(s)
	}
	for _, s := range r.Groups {
		s.Name += "_all"
		line(s)
	}
	f := r.False
	fmt.Fprintf(&b, "false assertions %d/%d = %.2f %% of null labels on eligibility records; %d facts on %d roster records, %d residents on %d eligibility records\n",
		f.False, f.Null, 100*f.Rate, f.RosterFacts, f.RosterRecords, f.ResidentsOnElig, f.EligWithResident)
	ro := r.Roster
	fmt.Fprintf(&b, "roster records: both counts exact %d/%d (%.3f); resident count %d/%d, IMG count %d/%d; residents %d found of %d, IMGs %d of %d; %d ambiguous\n",
		ro.BothRight, ro.Records, ro.Rate, ro.CountRight, ro.Records, ro.IMGRight, ro.Records, ro.Got, ro.Want, ro.GotIMG, ro.WantIMG, ro.Skipped)
	return b.String()
}
