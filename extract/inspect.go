package extract

import (
	"math"

	"github.com/imgfriendly/imgfriendly"
)

// InspectView is what `imgfriendly inspect` prints for one page: every field
// grouped by topic, null where the page does not state it, and the evidence
// of every fact object. Its JSON shape is a contract for other tools.
type InspectView struct {
	URL       string         `json:"url"`
	Kind      string         `json:"kind"`
	CycleYear *int           `json:"cycle_year"` // Match year the page names, null if none
	Visa      VisaView       `json:"visa"`
	YOG       YOGView        `json:"yog"`
	Step1     Step1View      `json:"step1"`
	Step2CK   Step2CKView    `json:"step2ck"`
	COMLEX    COMLEXView     `json:"comlex"`
	Attempts  AttemptsView   `json:"attempts"`
	USCE      USCEView       `json:"usce"`
	Clinical  ClinicalView   `json:"clinical_recency"`
	ECFMG     ECFMGView      `json:"ecfmg"`
	IMGCounts IMGCountsView  `json:"img_counts"`
	Residents []ResidentView `json:"residents"`
}

// EvidenceView is where a fact was read: page, text and selector.
type EvidenceView struct {
	URL      string `json:"url"`
	Text     string `json:"text"`
	Selector string `json:"selector"`
}

// VisaView holds the two visas.
type VisaView struct {
	J1  VisaFact `json:"j1"`
	H1B VisaFact `json:"h1b"`
}

// VisaFact is one visa: sponsored (true), not (false) or unknown (null),
// with the condition when sponsorship is conditional.
type VisaFact struct {
	Value     *bool         `json:"value"`
	Condition *string       `json:"condition"`
	Evidence  *EvidenceView `json:"evidence"`
}

// YOGView is the year-of-graduation rule: a hard maximum, a preferred
// maximum, an explicit "no limit", and what the years are counted to.
type YOGView struct {
	MaxYears          *float64      `json:"max_years"`
	PreferredMaxYears *float64      `json:"preferred_max_years"`
	NoLimit           bool          `json:"no_limit"`
	CountedTo         *string       `json:"counted_to"`
	GradYearMin       *float64      `json:"grad_year_min"` // earliest graduation year, when the page states a year
	Evidence          *EvidenceView `json:"evidence"`
}

// ClinicalView is the most years allowed since the applicant's last
// clinical activity (not a graduation limit).
type ClinicalView struct {
	MaxYears *float64      `json:"max_years"`
	Evidence *EvidenceView `json:"evidence"`
}

// ECFMGView is when ECFMG certification must be held: application,
// interview, rank_list, match or training_start.
type ECFMGView struct {
	Deadline *string       `json:"deadline"`
	Evidence *EvidenceView `json:"evidence"`
}

// Step1View is the USMLE Step 1 rule.
type Step1View struct {
	Min          *float64      `json:"min"`
	PassRequired *bool         `json:"pass_required"`
	Evidence     *EvidenceView `json:"evidence"`
}

// Step2CKView is the USMLE Step 2 CK rule: hard minimum and preferred score.
type Step2CKView struct {
	Min          *float64      `json:"min"`
	PreferredMin *float64      `json:"preferred_min"`
	Evidence     *EvidenceView `json:"evidence"`
}

// COMLEXView is the COMLEX-USA rule for DO graduates.
type COMLEXView struct {
	Level1PassRequired *bool         `json:"level1_pass_required"`
	Level2Min          *float64      `json:"level2_min"`
	Evidence           *EvidenceView `json:"evidence"`
}

// AttemptsView is the maximum number of attempts per exam.
type AttemptsView struct {
	Max      *float64      `json:"max"`
	Evidence *EvidenceView `json:"evidence"`
}

// USCEView is the US clinical experience rule.
type USCEView struct {
	Requirement    *string       `json:"requirement"` // required | preferred | not_required
	Months         *float64      `json:"months"`
	ObservershipOK *bool         `json:"observership_ok"`
	Evidence       *EvidenceView `json:"evidence"`
}

// IMGCountsView holds stated counts: IMG residents and all residents.
type IMGCountsView struct {
	IMG      *float64      `json:"img"`
	Total    *float64      `json:"total"`
	Evidence *EvidenceView `json:"evidence"`
}

// ResidentView is one roster resident; IMG is the classifier's answer (null
// when unknown or when no classifier was given).
type ResidentView struct {
	Name     string        `json:"name"`
	School   string        `json:"school"`
	Country  *string       `json:"country"`
	Year     string        `json:"year,omitempty"`
	IMG      *bool         `json:"img"`
	Evidence *EvidenceView `json:"evidence"`
}

// Inspect arranges a page's facts in the inspect JSON shape. classify, when
// not nil, decides each resident's IMG status from the school and stated
// country (the caller passes transform's classifier); an IMG status the
// page states itself stands when the classifier has none, or says IMG.
func Inspect(pf imgfriendly.PageFacts, classify func(school, country string) (img *bool)) InspectView {
	v := InspectView{URL: pf.URL, Kind: string(pf.Kind), Residents: []ResidentView{}}
	if pf.CycleYear > 0 {
		y := pf.CycleYear
		v.CycleYear = &y
	}
	by := map[imgfriendly.Field]*imgfriendly.Fact{}
	for i := range pf.Facts {
		by[pf.Facts[i].Field] = &pf.Facts[i]
	}
	ev := func(fields ...imgfriendly.Field) *EvidenceView {
		for _, f := range fields {
			if x := by[f]; x != nil {
				return &EvidenceView{URL: x.Evidence.URL, Text: x.Evidence.Text, Selector: x.Evidence.Selector}
			}
		}
		return nil
	}
	b := func(f imgfriendly.Field) *bool {
		if x := by[f]; x != nil && x.Value.Bool != nil {
			v := *x.Value.Bool
			return &v
		}
		return nil
	}
	n := func(f imgfriendly.Field) *float64 {
		if x := by[f]; x != nil && x.Value.Num != nil {
			v := *x.Value.Num
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return nil
			}
			return &v
		}
		return nil
	}
	s := func(f imgfriendly.Field) *string {
		if x := by[f]; x != nil && x.Value.Text != nil {
			v := *x.Value.Text
			return &v
		}
		return nil
	}
	cond := func(f imgfriendly.Field) *string {
		if x := by[f]; x != nil && x.Condition != "" {
			c := x.Condition
			return &c
		}
		return nil
	}
	v.Visa.J1 = VisaFact{Value: b(imgfriendly.FieldVisaJ1), Condition: cond(imgfriendly.FieldVisaJ1), Evidence: ev(imgfriendly.FieldVisaJ1)}
	v.Visa.H1B = VisaFact{Value: b(imgfriendly.FieldVisaH1B), Condition: cond(imgfriendly.FieldVisaH1B), Evidence: ev(imgfriendly.FieldVisaH1B)}
	nl := b(imgfriendly.FieldYOGNoLimit)
	v.YOG = YOGView{
		MaxYears:          n(imgfriendly.FieldYOGMaxYears),
		PreferredMaxYears: n(imgfriendly.FieldYOGPreferredMax),
		NoLimit:           nl != nil && *nl,
		CountedTo:         s(imgfriendly.FieldYOGCountedTo),
		GradYearMin:       n(imgfriendly.FieldGradYearMin),
		Evidence:          ev(imgfriendly.FieldYOGMaxYears, imgfriendly.FieldYOGPreferredMax, imgfriendly.FieldYOGNoLimit, imgfriendly.FieldGradYearMin, imgfriendly.FieldYOGCountedTo),
	}
	v.Clinical = ClinicalView{MaxYears: n(imgfriendly.FieldClinicalRecencyMax), Evidence: ev(imgfriendly.FieldClinicalRecencyMax)}
	v.ECFMG = ECFMGView{Deadline: s(imgfriendly.FieldECFMGDeadline), Evidence: ev(imgfriendly.FieldECFMGDeadline)}
	v.Step1 = Step1View{Min: n(imgfriendly.FieldStep1Min), PassRequired: b(imgfriendly.FieldStep1PassRequired),
		Evidence: ev(imgfriendly.FieldStep1Min, imgfriendly.FieldStep1PassRequired)}
	v.Step2CK = Step2CKView{Min: n(imgfriendly.FieldStep2CKMin), PreferredMin: n(imgfriendly.FieldStep2CKPreferredMin),
		Evidence: ev(imgfriendly.FieldStep2CKMin, imgfriendly.FieldStep2CKPreferredMin)}
	v.COMLEX = COMLEXView{Level1PassRequired: b(imgfriendly.FieldComlex1PassRequired), Level2Min: n(imgfriendly.FieldComlex2Min),
		Evidence: ev(imgfriendly.FieldComlex2Min, imgfriendly.FieldComlex1PassRequired)}
	v.Attempts = AttemptsView{Max: n(imgfriendly.FieldAttemptsMax), Evidence: ev(imgfriendly.FieldAttemptsMax)}
	v.USCE = USCEView{Requirement: s(imgfriendly.FieldUSCERequirement), Months: n(imgfriendly.FieldUSCEMonths),
		ObservershipOK: b(imgfriendly.FieldUSCEObservershipOK),
		Evidence:       ev(imgfriendly.FieldUSCERequirement, imgfriendly.FieldUSCEMonths, imgfriendly.FieldUSCEObservershipOK)}
	v.IMGCounts = IMGCountsView{IMG: n(imgfriendly.FieldIMGCount), Total: n(imgfriendly.FieldResidentsCount),
		Evidence: ev(imgfriendly.FieldIMGCount, imgfriendly.FieldResidentsCount)}
	for _, r := range pf.Residents {
		rv := ResidentView{Name: r.Name, School: r.School, Year: r.Year,
			Evidence: &EvidenceView{URL: r.Evidence.URL, Text: r.Evidence.Text, Selector: r.Evidence.Selector}}
		if r.Country != "" {
			c := r.Country
			rv.Country = &c
		}
		if classify != nil && (r.School != "" || r.Country != "") {
			rv.IMG = classify(r.School, r.Country)
		}
		// what the page itself states (a roster's IMG column, "as an IMG")
		// stands when the classifier has no answer, and always when it says IMG
		if r.IMG != nil && (rv.IMG == nil || *r.IMG) {
			img := *r.IMG
			rv.IMG = &img
		}
		v.Residents = append(v.Residents, rv)
	}
	return v
}
