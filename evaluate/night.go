package evaluate

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"net/url"
	"slices"
	"strings"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/testweb"
)

// NightReport scores one night of the pipeline against the truth.
type NightReport struct {
	Programs      int            `json:"programs"`        // programs in the truth
	ProgramsFound int            `json:"programs_found"`  // of those, with a program record
	Fields        []FieldScore   `json:"fields"`          // one per imgfriendly field, in FieldKinds order
	IMGShare      ShareScore     `json:"img_share"`       // roster IMG share
	Roster        RosterScore    `json:"roster"`          // roster residents
	Coverage      CoverageScore  `json:"coverage"`        // recoverable pages fetched
	Worst         []ProgramError `json:"worst,omitempty"` // the programs with most errors, worst first
}

// FieldScore scores one field. A (program, field) pair is scored unless the
// truth states the field on a page that is not recoverable, or the truth
// states nothing and one of the program's pages of the kind that would
// state it (eligibility; roster for counts) is not recoverable: absence
// cannot be checked then. Correct means
// predicted and equal to the truth; a prediction where the truth states
// nothing is wrong. Ratios with an empty denominator are 1.
type FieldScore struct {
	Field     imgfriendly.Field `json:"field"`
	Scored    int               `json:"scored"`
	Stated    int               `json:"stated"`    // truth states it
	Predicted int               `json:"predicted"` // the pipeline gave a value
	Correct   int               `json:"correct"`
	Agree     int               `json:"agree"` // correct, or both unknown
	Precision float64           `json:"precision"`
	Recall    float64           `json:"recall"`
	Accuracy  float64           `json:"accuracy"` // agree / scored
	// For visa fields: conditional truths, and how many of those the
	// pipeline gave with a non-empty condition.
	Conditional      int `json:"conditional,omitempty"`
	ConditionsFound  int `json:"conditions_found,omitempty"`
	SkippedUnfetched int `json:"skipped_unrecoverable"`
}

// ShareScore scores the IMG share among programs whose roster pages are
// all recoverable ("parseable roster"). Shares are fractions in [0,1].
type ShareScore struct {
	Scored       int     `json:"scored"`       // truth share known, roster recoverable
	Within2      int     `json:"within_2pts"`  // |predicted − true| ≤ 0.02
	Missing      int     `json:"missing"`      // no share predicted
	MeanAbsError float64 `json:"mean_abs_err"` // over predicted shares
	WithinRate   float64 `json:"within_rate"`  // Within2 / Scored
	Unknown      int     `json:"unknown"`      // truth share unknown (photos only), roster recoverable
	UnknownKept  int     `json:"unknown_kept"` // of those, the pipeline honestly gave no share
}

// RosterScore scores roster residents on recoverable roster pages.
type RosterScore struct {
	Listed    int     `json:"listed"`    // residents in the truth on recoverable pages
	Found     int     `json:"found"`     // of those, matched by name
	Predicted int     `json:"predicted"` // residents the pipeline gave for those programs
	Recall    float64 `json:"recall"`
	Precision float64 `json:"precision"`
	IMGKnown  int     `json:"img_known"`    // matched residents with a known truth and a predicted IMG
	IMGAgree  int     `json:"img_agree"`    // of those, IMG classification agrees
	IMGWrongU int     `json:"img_wrong_us"` // IMG residents classified as not IMG (the worst error)
}

// CoverageScore says how many recoverable pages (program, eligibility and
// roster kinds) the crawl fetched, and how many unrecoverable pages of
// those kinds were logged with the expected cause.
type CoverageScore struct {
	Recoverable   int     `json:"recoverable"`
	Fetched       int     `json:"fetched"`
	Rate          float64 `json:"rate"`
	Unrecoverable int     `json:"unrecoverable"` // with an expected error
	Explained     int     `json:"explained"`     // logged with that error
}

// ProgramError lists what went wrong for one program.
type ProgramError struct {
	ProgramID string            `json:"program_id"`
	Host      string            `json:"host"`
	Style     testweb.SiteStyle `json:"style"`
	Errors    int               `json:"errors"`
	Fields    []FieldError      `json:"fields,omitempty"`
	ShareWant *float64          `json:"img_share_want,omitempty"`
	ShareGot  *float64          `json:"img_share_got,omitempty"`
}

// FieldError is one wrong or missing field with the evidence that misled.
type FieldError struct {
	Field        imgfriendly.Field `json:"field"`
	Want         string            `json:"want"` // "" when the truth states nothing
	Got          string            `json:"got"`  // "" when the pipeline gave nothing
	TruthURL     string            `json:"truth_url,omitempty"`
	EvidenceURL  string            `json:"evidence_url,omitempty"`
	EvidenceText string            `json:"evidence_text,omitempty"`
}

// worstCount is how many programs NightReport.Worst lists.
const worstCount = 10

// Night scores a night's program records, residents and fetch log
// against the truth. It is pure.
func Night(t *testweb.Truth, programs []imgfriendly.ProgramRecord, residents []imgfriendly.Resident, fetches []imgfriendly.Fetch) NightReport {
	rep := NightReport{Programs: len(t.Programs)}
	recs := make(map[string]*imgfriendly.ProgramRecord, len(programs))
	for i := range programs {
		recs[programs[i].ID] = &programs[i]
	}
	byProg := map[string][]imgfriendly.Resident{}
	for _, r := range residents {
		byProg[r.ProgramID] = append(byProg[r.ProgramID], r)
	}
	recoverable := map[string]bool{}
	for _, pt := range t.Programs {
		for _, pg := range pt.Pages {
			recoverable[normURL(pg.URL)] = pg.Recoverable
		}
	}
	rep.Fields = make([]FieldScore, len(imgfriendly.FieldKinds))
	for i, fk := range imgfriendly.FieldKinds {
		rep.Fields[i].Field = fk.Field
	}
	var errs []ProgramError
	absErr := 0.0
	for _, pt := range t.Programs {
		rec := recs[pt.ProgramID]
		if rec != nil {
			rep.ProgramsFound++
		}
		pe := ProgramError{ProgramID: pt.ProgramID, Host: pt.Host, Style: pt.Style}
		// "not stated" can be checked only when every page that could state it was recoverable
		verifiable := map[imgfriendly.PageKind]bool{imgfriendly.KindEligibility: true, imgfriendly.KindRoster: true}
		for _, pg := range pt.Pages {
			if pg.Fault != testweb.FaultBrokenLink && !pg.Recoverable {
				verifiable[pg.Kind] = false
			}
		}
		for i, fk := range imgfriendly.FieldKinds {
			fs := &rep.Fields[i]
			want, stated := pt.Facts[fk.Field]
			if stated && !recoverable[normURL(want.URL)] || !stated && !verifiable[fieldPageKind(fk.Field)] {
				fs.SkippedUnfetched++
				continue
			}
			var got imgfriendly.Fact
			predicted := false
			if rec != nil {
				got, predicted = rec.Facts[fk.Field]
			}
			fs.Scored++
			if stated {
				fs.Stated++
				if want.Condition != "" && want.Value.Bool != nil && *want.Value.Bool {
					fs.Conditional++
					if predicted && got.Condition != "" {
						fs.ConditionsFound++
					}
				}
			}
			if predicted {
				fs.Predicted++
			}
			switch {
			case stated && predicted && sameValue(fk.Field, want.Value, got.Value):
				fs.Correct++
				fs.Agree++
			case !stated && !predicted:
				fs.Agree++
			default:
				fe := FieldError{Field: fk.Field}
				if stated {
					fe.Want, fe.TruthURL = want.Value.String(), want.URL
				}
				if predicted {
					fe.Got, fe.EvidenceURL, fe.EvidenceText = got.Value.String(), got.Evidence.URL, got.Evidence.Text
				}
				pe.Fields = append(pe.Fields, fe)
				pe.Errors++
			}
		}
		// IMG share
		if rosterRecoverable(pt) {
			var got *float64
			if rec != nil {
				got = rec.IMGShare
			}
			switch {
			case pt.IMGShare == nil:
				rep.IMGShare.Unknown++
				if got == nil {
					rep.IMGShare.UnknownKept++
				} else {
					pe.Errors++
					pe.ShareGot = got
				}
			default:
				rep.IMGShare.Scored++
				if got == nil {
					rep.IMGShare.Missing++
					pe.Errors++
					pe.ShareWant = pt.IMGShare
					break
				}
				d := math.Abs(*got - *pt.IMGShare)
				absErr += d
				if d <= 0.02+1e-9 {
					rep.IMGShare.Within2++
				} else {
					pe.Errors++
					pe.ShareWant, pe.ShareGot = pt.IMGShare, got
				}
			}
			// residents
			want := map[string]testweb.ResidentTruth{}
			listed := 0
			for _, r := range pt.Residents {
				if recoverable[normURL(cmp.Or(r.URL, pt.RosterURL))] {
					want[normName(r.Name)] = r
					listed++
				}
			}
			rep.Roster.Listed += listed
			for _, r := range byProg[pt.ProgramID] {
				rep.Roster.Predicted++
				tr, ok := want[normName(r.Name)]
				if !ok {
					continue
				}
				delete(want, normName(r.Name))
				rep.Roster.Found++
				if tr.IMG != nil && r.IMG != nil {
					rep.Roster.IMGKnown++
					if *tr.IMG == *r.IMG {
						rep.Roster.IMGAgree++
					} else if *tr.IMG {
						rep.Roster.IMGWrongU++
					}
				}
			}
		}
		if pe.Errors > 0 {
			errs = append(errs, pe)
		}
	}
	for i := range rep.Fields {
		fs := &rep.Fields[i]
		fs.Precision = ratio(fs.Correct, fs.Predicted)
		fs.Recall = ratio(fs.Correct, fs.Stated)
		fs.Accuracy = ratio(fs.Agree, fs.Scored)
	}
	predictedShares := rep.IMGShare.Scored - rep.IMGShare.Missing
	if predictedShares > 0 {
		rep.IMGShare.MeanAbsError = absErr / float64(predictedShares)
	}
	rep.IMGShare.WithinRate = ratio(rep.IMGShare.Within2, rep.IMGShare.Scored)
	rep.Roster.Recall = ratio(rep.Roster.Found, rep.Roster.Listed)
	rep.Roster.Precision = ratio(rep.Roster.Found, rep.Roster.Predicted)
	rep.Coverage = coverage(t, fetches)
	slices.SortStableFunc(errs, func(a, b ProgramError) int {
		return cmp.Or(cmp.Compare(b.Errors, a.Errors), cmp.Compare(a.ProgramID, b.ProgramID))
	})
	rep.Worst = errs[:min(worstCount, len(errs))]
	return rep
}

// fieldPageKind is the kind of page that states a field: counts are
// stated on rosters, everything else on eligibility pages.
func fieldPageKind(f imgfriendly.Field) imgfriendly.PageKind {
	if f == imgfriendly.FieldIMGCount || f == imgfriendly.FieldResidentsCount {
		return imgfriendly.KindRoster
	}
	return imgfriendly.KindEligibility
}

// rosterRecoverable reports whether every roster page of the program is
// recoverable (the broken-link 404 URL aside).
func rosterRecoverable(pt testweb.ProgramTruth) bool {
	n := 0
	for _, pg := range pt.Pages {
		if pg.Kind != imgfriendly.KindRoster || pg.Fault == testweb.FaultBrokenLink {
			continue
		}
		n++
		if !pg.Recoverable {
			return false
		}
	}
	return n > 0
}

func coverage(t *testweb.Truth, fetches []imgfriendly.Fetch) CoverageScore {
	ok := map[string]bool{}
	errs := map[string][]string{}
	for _, f := range fetches {
		for _, u := range []string{f.URL, f.FinalURL} {
			if u == "" {
				continue
			}
			n := normURL(u)
			if f.OK() {
				ok[n] = true
			}
			if f.Error != "" {
				errs[n] = append(errs[n], f.Error)
			}
		}
	}
	var c CoverageScore
	for _, pt := range t.Programs {
		for _, pg := range pt.Pages {
			n := normURL(pg.URL)
			switch {
			case pg.Recoverable && pg.Kind != imgfriendly.KindOther:
				c.Recoverable++
				if ok[n] {
					c.Fetched++
				}
			case !pg.Recoverable && pg.ExpectedError != "" && pg.Kind != imgfriendly.KindOther:
				c.Unrecoverable++
				logged := errs[n]
				if pg.Via != "" {
					logged = append(logged, errs[normURL(pg.Via)]...)
				}
				for _, e := range logged {
					if e == pg.ExpectedError || strings.HasPrefix(e, pg.ExpectedError+":") {
						c.Explained++
						break
					}
				}
			}
		}
	}
	c.Rate = ratio(c.Fetched, c.Recoverable)
	return c
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// sameValue compares a predicted value with the truth: numbers exactly
// (USCE months within 0.1, for weeks converted), text case-insensitively.
func sameValue(f imgfriendly.Field, want, got imgfriendly.Value) bool {
	switch {
	case want.Bool != nil:
		return got.Bool != nil && *got.Bool == *want.Bool
	case want.Num != nil:
		tol := 1e-6
		if f == imgfriendly.FieldUSCEMonths {
			tol = 0.1
		}
		return got.Num != nil && math.Abs(*got.Num-*want.Num) <= tol
	case want.Text != nil:
		return got.Text != nil && strings.EqualFold(strings.TrimSpace(*got.Text), strings.TrimSpace(*want.Text))
	}
	return false
}

// normURL makes URLs comparable: lower-case host without port, no
// fragment, no tracking parameters, remaining query sorted.
func normURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Hostname())
	u.Fragment, u.RawFragment = "", ""
	q := u.Query()
	for k := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || lk == "fbclid" || lk == "gclid" {
			q.Del(k)
		}
	}
	u.RawQuery = q.Encode()
	if u.Path == "" {
		u.Path = "/"
	}
	return u.String()
}

// Metrics returns every metric by name: "<field>.accuracy",
// "<field>.precision", "<field>.recall", "img_share.within2",
// "roster.recall", "roster.precision", "roster.img_agreement", "coverage".
func (r NightReport) Metrics() map[string]float64 {
	m := map[string]float64{
		"img_share.within2":    r.IMGShare.WithinRate,
		"roster.recall":        r.Roster.Recall,
		"roster.precision":     r.Roster.Precision,
		"roster.img_agreement": ratio(r.Roster.IMGAgree, r.Roster.IMGKnown),
		"coverage":             r.Coverage.Rate,
	}
	for _, f := range r.Fields {
		m[string(f.Field)+".accuracy"] = f.Accuracy
		m[string(f.Field)+".precision"] = f.Precision
		m[string(f.Field)+".recall"] = f.Recall
	}
	return m
}

// Thresholds are minimum values for metrics, keyed as in NightReport.Metrics;
// "*.accuracy", "*.precision" and "*.recall" apply to every field.
type Thresholds map[string]float64

// Check returns an error listing every metric below its threshold, or an
// unknown metric name; nil when all pass.
func (r NightReport) Check(th Thresholds) error {
	m := r.Metrics()
	var errs []error
	keys := make([]string, 0, len(th))
	for k := range th {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		floor := th[k]
		if suffix, ok := strings.CutPrefix(k, "*."); ok {
			if suffix != "accuracy" && suffix != "precision" && suffix != "recall" {
				errs = append(errs, fmt.Errorf("unknown metric %q", k))
				continue
			}
			for _, f := range r.Fields {
				name := string(f.Field) + "." + suffix
				if m[name] < floor {
					errs = append(errs, fmt.Errorf("%s = %.4f, below %.4f", name, m[name], floor))
				}
			}
			continue
		}
		v, ok := m[k]
		if !ok {
			errs = append(errs, fmt.Errorf("unknown metric %q", k))
			continue
		}
		if v < floor {
			errs = append(errs, fmt.Errorf("%s = %.4f, below %.4f", k, v, floor))
		}
	}
	return errors.Join(errs...)
}

// String renders the report for people; see Text.
func (r NightReport) String() string { return r.Text() }

// Text renders the report for people: a table of fields, then IMG share,
// roster, coverage and the worst programs with the evidence that misled.
func (r NightReport) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "programs: %d in truth, %d with a record\n\n", r.Programs, r.ProgramsFound)
	fmt.Fprintf(&b, "%-24s %7s %7s %7s %7s %9s %7s %8s\n", "field", "scored", "stated", "pred", "correct", "precision", "recall", "accuracy")
	for _, f := range r.Fields {
		fmt.Fprintf(&b, "%-24s %7d %7d %7d %7d %9.3f %7.3f %8.3f", f.Field, f.Scored, f.Stated, f.Predicted, f.Correct, f.Precision, f.Recall, f.Accuracy)
		if f.Conditional > 0 {
			fmt.Fprintf(&b, "  conditions %d/%d", f.ConditionsFound, f.Conditional)
		}
		b.WriteString("\n")
	}
	s := r.IMGShare
	fmt.Fprintf(&b, "\nIMG share: %d/%d within ±2 pts (%.3f), %d missing, mean abs error %.4f; unknown kept unknown %d/%d\n", s.Within2, s.Scored, s.WithinRate, s.Missing, s.MeanAbsError, s.UnknownKept, s.Unknown)
	ro := r.Roster
	fmt.Fprintf(&b, "roster: recall %d/%d (%.3f), precision %d/%d (%.3f), IMG agreement %d/%d, IMGs called non-IMG %d\n", ro.Found, ro.Listed, ro.Recall, ro.Found, ro.Predicted, ro.Precision, ro.IMGAgree, ro.IMGKnown, ro.IMGWrongU)
	c := r.Coverage
	fmt.Fprintf(&b, "coverage: %d/%d recoverable pages fetched (%.3f); %d/%d unrecoverable pages logged with the expected cause\n", c.Fetched, c.Recoverable, c.Rate, c.Explained, c.Unrecoverable)
	if len(r.Worst) > 0 {
		b.WriteString("\nworst programs:\n")
		for _, w := range r.Worst {
			fmt.Fprintf(&b, "  %s %s (%s/%s/%s): %d errors\n", w.ProgramID, w.Host, w.Style.Chrome, w.Style.Eligibility, w.Style.Roster, w.Errors)
			for _, f := range w.Fields {
				fmt.Fprintf(&b, "    %s: want %q got %q", f.Field, f.Want, f.Got)
				if f.EvidenceText != "" {
					fmt.Fprintf(&b, " — evidence %q at %s", clip(f.EvidenceText, 160), f.EvidenceURL)
				}
				b.WriteString("\n")
			}
			if w.ShareWant != nil || w.ShareGot != nil {
				fmt.Fprintf(&b, "    img_share: want %s got %s\n", fmtShare(w.ShareWant), fmtShare(w.ShareGot))
			}
		}
	}
	return b.String()
}

func fmtShare(p *float64) string {
	if p == nil {
		return "unknown"
	}
	return fmt.Sprintf("%.3f", *p)
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
