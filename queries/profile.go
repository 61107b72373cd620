package queries

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Citizenship is the applicant's status in the US.
type Citizenship string

// The citizenship values a profile accepts.
const (
	CitizenUS                Citizenship = "us"
	CitizenPermanentResident Citizenship = "permanent_resident"
	CitizenNonUS             Citizenship = "non_us"
)

// Visa is the visa the applicant needs a program to offer.
type Visa string

// The visa values a profile accepts.
const (
	VisaNone    Visa = "none"
	VisaJ1      Visa = "j1"
	VisaH1B     Visa = "h1b"
	VisaJ1OrH1B Visa = "j1_or_h1b"
)

// Profile describes one applicant, once, for every query.
type Profile struct {
	Name             string      `yaml:"name" json:"name,omitempty"`
	GraduationYear   int         `yaml:"graduation_year" json:"graduation_year"`
	ClinicalLastYear *int        `yaml:"clinical_last_year" json:"clinical_last_year,omitempty"` // year of the last hands-on clinical work; nil: not stated
	Citizenship      Citizenship `yaml:"citizenship" json:"citizenship"`
	VisaNeeded       Visa        `yaml:"visa_needed" json:"visa_needed"`
	USIMG            bool        `yaml:"us_img" json:"us_img"` // US citizen or permanent resident who studied abroad: needs no visa
	Step1Passed      bool        `yaml:"step1_passed" json:"step1_passed"`
	Step1Score       *int        `yaml:"step1_score" json:"step1_score,omitempty"` // old three-digit score, if any
	Step2CKScore     *int        `yaml:"step2ck_score" json:"step2ck_score,omitempty"`
	COMLEX2Score     *int        `yaml:"comlex2_score" json:"comlex2_score,omitempty"`
	FailedAttempts   int         `yaml:"failed_attempts" json:"failed_attempts"` // most failures on any one exam
	Step3            Step3       `yaml:"step3" json:"step3"`                     // USMLE Step 3: passed, scheduled (with its date), not taken, or not stated
	ECFMG            ECFMG       `yaml:"ecfmg_certified" json:"ecfmg_certified"` // ECFMG certification: certified, expected (with a date), not certified, or not stated
	USCE             USCE        `yaml:"usce" json:"usce"`
	Specialties      []string    `yaml:"specialties" json:"specialties"`
	States           []string    `yaml:"states" json:"states,omitempty"` // USPS codes; ParseProfile also accepts names ("New York")
	Regions          []string    `yaml:"regions" json:"regions,omitempty"`
}

// Step3Status is where the applicant stands on USMLE Step 3.
type Step3Status string

// The Step 3 statuses. The zero value means the profile does not say: a
// program's Step 3 condition is then reported as unknown, never assumed.
const (
	Step3NotStated Step3Status = ""
	Step3NotTaken  Step3Status = "not_taken"
	Step3Scheduled Step3Status = "scheduled" // Step3.Date is the exam day
	Step3Passed    Step3Status = "passed"
)

// Step3 is the applicant's USMLE Step 3 status. In a profile file it is one
// value: passed, not_taken, or the day it is scheduled ("2027-01-20", or
// "scheduled 2027-01-20").
type Step3 struct {
	Status Step3Status `json:"status,omitempty"`
	Date   string      `json:"date,omitempty"` // YYYY-MM-DD: the scheduled exam day (Status scheduled)
}

// ECFMGStatus is where the applicant stands on ECFMG certification.
type ECFMGStatus string

// The ECFMG statuses. The zero value means the profile does not say.
const (
	ECFMGNotStated    ECFMGStatus = ""
	ECFMGNotCertified ECFMGStatus = "not_certified"
	ECFMGExpected     ECFMGStatus = "expected" // ECFMG.Date is when certification is expected
	ECFMGCertified    ECFMGStatus = "certified"
)

// ECFMG is the applicant's ECFMG certification. In a profile file it is one
// value: yes, no, or the day certification is expected ("2027-02-01", or
// "expected 2027-02-01").
type ECFMG struct {
	Status ECFMGStatus `json:"status,omitempty"`
	Date   string      `json:"date,omitempty"` // YYYY-MM-DD: when certification is expected (Status expected)
}

// USCE is the applicant's US clinical experience in months.
type USCE struct {
	HandsOnMonths      float64 `yaml:"hands_on_months" json:"hands_on_months"`
	ObservershipMonths float64 `yaml:"observership_months" json:"observership_months"`
}

// ProfileError is one problem in a profile file, named by file, line and field.
type ProfileError struct {
	File  string
	Line  int // 0 when the field is missing
	Field string
	Msg   string
}

func (e *ProfileError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		b.WriteString(":" + strconv.Itoa(e.Line))
	}
	b.WriteString(": ")
	if e.Field != "" {
		b.WriteString(e.Field + ": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// profileFile is the YAML shape; pointers tell a missing key from a zero one.
type profileFile struct {
	Name           string   `yaml:"name"`
	GraduationYear *int     `yaml:"graduation_year"`
	ClinicalLast   *int     `yaml:"clinical_last_year"`
	Citizenship    *string  `yaml:"citizenship"`
	VisaNeeded     *string  `yaml:"visa_needed"`
	USIMG          *bool    `yaml:"us_img"`
	Step1Passed    *bool    `yaml:"step1_passed"`
	Step1Score     *int     `yaml:"step1_score"`
	Step2CKScore   *int     `yaml:"step2ck_score"`
	COMLEX2Score   *int     `yaml:"comlex2_score"`
	FailedAttempts *int     `yaml:"failed_attempts"`
	Step3          *string  `yaml:"step3"`
	ECFMG          *string  `yaml:"ecfmg_certified"`
	USCE           *USCE    `yaml:"usce"`
	Specialties    []string `yaml:"specialties"`
	States         []string `yaml:"states"`
	Regions        []string `yaml:"regions"`
}

// LoadProfile reads and validates the profile file at path.
func LoadProfile(path string) (Profile, error) {
	f, err := os.Open(path)
	if err != nil {
		return Profile{}, fmt.Errorf("profile: %w", err)
	}
	defer f.Close()
	return ParseProfile(f, path)
}

var yamlLine = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// ParseProfile decodes and validates a YAML profile; name is used in errors.
// Unknown fields are errors. Every problem is reported, joined, as
// *ProfileError values naming the file, line and field.
func ParseProfile(r io.Reader, name string) (Profile, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return Profile{}, fmt.Errorf("%s: %w", name, err)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return Profile{}, &ProfileError{File: name, Msg: "empty profile (see examples/profile.yaml)"}
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return Profile{}, yamlErrors(name, err, nil)
	}
	if len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		line := 0
		if len(root.Content) > 0 {
			line = root.Content[0].Line
		}
		return Profile{}, &ProfileError{File: name, Line: line, Msg: "a profile is a list of fields (graduation_year: 2019 …); see examples/profile.yaml"}
	}
	lines := keyLines(&root)
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var pf profileFile
	var bad map[string]bool
	var errs []error
	if err := dec.Decode(&pf); err != nil {
		var te *yaml.TypeError
		if !errors.As(err, &te) {
			return Profile{}, yamlErrors(name, err, lines)
		}
		errs = append(errs, yamlErrors(name, err, lines))
		bad = map[string]bool{}
		for _, e := range flatten(errs[0]) {
			var pe *ProfileError
			if errors.As(e, &pe) && pe.Field != "" {
				bad[pe.Field] = true
			}
		}
	}
	p, verrs := pf.profile(name, lines)
	for _, e := range verrs {
		if !bad[e.Field] {
			errs = append(errs, e)
		}
	}
	if len(errs) > 0 {
		return Profile{}, errors.Join(errs...)
	}
	return p, nil
}

func flatten(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// yamlErrors turns yaml's "line N: msg" errors into ProfileErrors naming the
// field on that line.
func yamlErrors(name string, err error, lines map[string]int) error {
	var msgs []string
	var te *yaml.TypeError
	if errors.As(err, &te) {
		msgs = te.Errors
	} else {
		msgs = []string{err.Error()}
	}
	var errs []error
	for _, m := range msgs {
		pe := &ProfileError{File: name, Msg: strings.TrimPrefix(m, "yaml: ")}
		if sm := yamlLine.FindStringSubmatch(m); sm != nil {
			pe.Line, _ = strconv.Atoi(sm[1])
			pe.Msg = sm[2]
		}
		if f, ok := strings.CutPrefix(pe.Msg, "field "); ok {
			if field, typ, ok := strings.Cut(f, " not found"); ok {
				pe.Msg = "unknown field " + strconv.Quote(field) + " (known: " + strings.Join(profileKeys, ", ") + ")"
				pe.Field = field
				if strings.HasSuffix(typ, ".USCE") {
					pe.Msg = "unknown field " + strconv.Quote(field) + " (known in usce: " + strings.Join(usceKeys, ", ") + ")"
					pe.Field = "usce." + field
				}
			}
		} else if pe.Line > 0 {
			for k, l := range lines {
				if l == pe.Line && (pe.Field == "" || len(k) > len(pe.Field)) {
					pe.Field = k
				}
			}
			pe.Msg = strings.Replace(pe.Msg, "cannot unmarshal", "wrong type:", 1)
			if strings.HasSuffix(pe.Msg, " into queries.USCE") {
				pe.Msg = "wrong type: usce holds " + strings.Join(usceKeys, " and ") +
					" (e.g. usce: {hands_on_months: 3, observership_months: 1})"
			}
		}
		errs = append(errs, pe)
	}
	return errors.Join(errs...)
}

var profileKeys = []string{"name", "graduation_year", "clinical_last_year", "citizenship", "visa_needed", "us_img",
	"step1_passed", "step1_score", "step2ck_score", "comlex2_score", "failed_attempts", "step3", "ecfmg_certified", "usce",
	"specialties", "states", "regions"}

var usceKeys = []string{"hands_on_months", "observership_months"}

// keyLines maps each key path ("usce.hands_on_months") to its line.
func keyLines(root *yaml.Node) map[string]int {
	lines := map[string]int{}
	var walk func(n *yaml.Node, prefix string)
	walk = func(n *yaml.Node, prefix string) {
		if n.Kind == yaml.DocumentNode {
			for _, c := range n.Content {
				walk(c, prefix)
			}
			return
		}
		if n.Kind != yaml.MappingNode {
			return
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := prefix + n.Content[i].Value
			lines[k] = n.Content[i].Line
			if n.Content[i+1].Line != n.Content[i].Line {
				lines[k+"@value"] = n.Content[i+1].Line
			}
			walk(n.Content[i+1], k+".")
		}
	}
	walk(root, "")
	return lines
}

// profile validates the decoded file and fills in defaults.
func (pf profileFile) profile(name string, lines map[string]int) (Profile, []*ProfileError) {
	var errs []*ProfileError
	bad := func(field, format string, a ...any) {
		errs = append(errs, &ProfileError{File: name, Line: lines[field], Field: field, Msg: fmt.Sprintf(format, a...)})
	}
	p := Profile{Name: pf.Name, Step1Score: pf.Step1Score, Step2CKScore: pf.Step2CKScore, COMLEX2Score: pf.COMLEX2Score}
	if pf.GraduationYear == nil {
		bad("graduation_year", "required (e.g. graduation_year: 2019)")
	} else if p.GraduationYear = *pf.GraduationYear; p.GraduationYear < 1950 || p.GraduationYear > 2100 {
		bad("graduation_year", "%d is not a plausible year of graduation", p.GraduationYear)
	}
	if pf.ClinicalLast != nil {
		p.ClinicalLastYear = pf.ClinicalLast
		switch y := *pf.ClinicalLast; {
		case y < 1950 || y > 2100:
			bad("clinical_last_year", "%d is not a plausible year", y)
		case pf.GraduationYear != nil && y < *pf.GraduationYear:
			bad("clinical_last_year", "%d is before your graduation in %d, whose clinical years count: give the year of your most recent hands-on clinical work", y, *pf.GraduationYear)
		}
	}
	if pf.Citizenship == nil {
		bad("citizenship", "required: one of us, permanent_resident, non_us")
	} else {
		p.Citizenship = Citizenship(strings.ToLower(strings.TrimSpace(*pf.Citizenship)))
		if !slices.Contains([]Citizenship{CitizenUS, CitizenPermanentResident, CitizenNonUS}, p.Citizenship) {
			bad("citizenship", "%q is not one of us, permanent_resident, non_us", *pf.Citizenship)
		}
	}
	// us_img: true means a US citizen or permanent resident who studied
	// abroad, so it needs no visa; it is checked against citizenship and
	// visa_needed here, and the tier reads those two fields.
	if pf.USIMG != nil {
		p.USIMG = *pf.USIMG
		if p.USIMG && p.Citizenship == CitizenNonUS {
			bad("us_img", "a US-IMG is a US citizen or permanent resident who studied abroad, but citizenship is non_us: "+
				"set citizenship to us or permanent_resident, or us_img: false")
		}
	}
	switch {
	case pf.VisaNeeded != nil:
		p.VisaNeeded = Visa(strings.ToLower(strings.TrimSpace(*pf.VisaNeeded)))
		switch {
		case !slices.Contains([]Visa{VisaNone, VisaJ1, VisaH1B, VisaJ1OrH1B}, p.VisaNeeded):
			bad("visa_needed", "%q is not one of none, j1, h1b, j1_or_h1b", *pf.VisaNeeded)
		case p.VisaNeeded == VisaNone:
		case p.USIMG && p.Citizenship != CitizenNonUS:
			bad("visa_needed", "a US-IMG (us_img: true) needs no visa: use visa_needed: none, or leave it out")
		case p.Citizenship == CitizenUS || p.Citizenship == CitizenPermanentResident:
			bad("visa_needed", "%s needs no visa: use visa_needed: none", p.Citizenship)
		}
	case p.Citizenship == CitizenUS || p.Citizenship == CitizenPermanentResident || p.USIMG:
		p.VisaNeeded = VisaNone
	default:
		bad("visa_needed", "required for citizenship non_us: one of none, j1, h1b, j1_or_h1b")
	}
	if pf.Step1Passed == nil {
		bad("step1_passed", "required: true or false")
	} else {
		p.Step1Passed = *pf.Step1Passed
	}
	score := func(field string, v *int, lo, hi int) {
		if v != nil && (*v < lo || *v > hi) {
			bad(field, "%d is outside %d–%d", *v, lo, hi)
		}
	}
	score("step1_score", p.Step1Score, 1, 300)
	score("step2ck_score", p.Step2CKScore, 1, 300)
	score("comlex2_score", p.COMLEX2Score, 9, 999)
	if pf.FailedAttempts != nil {
		if p.FailedAttempts = *pf.FailedAttempts; p.FailedAttempts < 0 || p.FailedAttempts > 10 {
			bad("failed_attempts", "%d is outside 0–10", p.FailedAttempts)
		}
	}
	if pf.Step3 != nil {
		var msg string
		if p.Step3, msg = parseStep3(*pf.Step3); msg != "" {
			bad("step3", "%s", msg)
		}
	}
	if pf.ECFMG != nil {
		var msg string
		if p.ECFMG, msg = parseECFMG(*pf.ECFMG); msg != "" {
			bad("ecfmg_certified", "%s", msg)
		}
	}
	if pf.USCE != nil {
		p.USCE = *pf.USCE
		if !(p.USCE.HandsOnMonths >= 0 && p.USCE.HandsOnMonths <= 600) { // NaN too
			bad("usce.hands_on_months", "%v is outside 0–600", p.USCE.HandsOnMonths)
		}
		if !(p.USCE.ObservershipMonths >= 0 && p.USCE.ObservershipMonths <= 600) {
			bad("usce.observership_months", "%v is outside 0–600", p.USCE.ObservershipMonths)
		}
	}
	for _, s := range pf.Specialties {
		if s = strings.TrimSpace(s); s == "" {
			bad("specialties", "empty specialty name")
			continue
		}
		p.Specialties = append(p.Specialties, s)
	}
	if len(p.Specialties) == 0 && !hasErr(errs, "specialties") {
		bad("specialties", "required: at least one specialty (e.g. [Internal Medicine])")
	}
	for _, s := range pf.States {
		st, ok := StateCode(s)
		if !ok {
			msg := fmt.Sprintf("%q is not a US state, DC or Puerto Rico (give a two-letter code like NY or a name like New York)", s)
			if c := suggestState(s); c != "" {
				msg += fmt.Sprintf("; did you mean %q?", c)
			}
			bad("states", "%s", msg)
			continue
		}
		if !slices.Contains(p.States, st) {
			p.States = append(p.States, st)
		}
	}
	for _, r := range pf.Regions {
		rg := strings.ToLower(strings.TrimSpace(r))
		if _, ok := regions[rg]; !ok {
			bad("regions", "%q is not one of northeast, midwest, south, west", r)
			continue
		}
		p.Regions = append(p.Regions, rg)
	}
	return p, errs
}

func hasErr(errs []*ProfileError, field string) bool {
	for _, e := range errs {
		if e.Field == field {
			return true
		}
	}
	return false
}

// Validate checks a Profile built in code (ParseProfile already validates).
func (p Profile) Validate() error {
	pf := profileFile{Name: p.Name, GraduationYear: &p.GraduationYear, ClinicalLast: p.ClinicalLastYear, Step1Passed: &p.Step1Passed,
		Step1Score: p.Step1Score, Step2CKScore: p.Step2CKScore, COMLEX2Score: p.COMLEX2Score,
		FailedAttempts: &p.FailedAttempts, USCE: &p.USCE, USIMG: &p.USIMG,
		Step3: p.Step3.value(), ECFMG: p.ECFMG.value(),
		Specialties: p.Specialties, States: p.States, Regions: p.Regions}
	c, v := string(p.Citizenship), string(p.VisaNeeded)
	pf.Citizenship, pf.VisaNeeded = &c, &v
	_, errs := pf.profile("profile", nil)
	var out []error
	for _, e := range errs {
		out = append(out, e)
	}
	return errors.Join(out...)
}

// PreferredStates is the union of the profile's states and the states of its
// regions, sorted.
func (p Profile) PreferredStates() []string {
	var set []string
	for _, s := range p.States {
		if c, ok := StateCode(s); ok {
			set = append(set, c)
		}
	}
	for _, r := range p.Regions {
		set = append(set, regions[r]...)
	}
	slices.Sort(set)
	return slices.Compact(set)
}

// YearsSinceGraduation is the applicant's YOG distance in the given
// application year (never negative).
func (p Profile) YearsSinceGraduation(applicationYear int) int {
	return max(0, applicationYear-p.GraduationYear)
}

// regions are the US Census Bureau's four regions.
var regions = map[string][]string{
	"northeast": {"CT", "ME", "MA", "NH", "RI", "VT", "NJ", "NY", "PA"},
	"midwest":   {"IL", "IN", "MI", "OH", "WI", "IA", "KS", "MN", "MO", "NE", "ND", "SD"},
	"south":     {"DE", "FL", "GA", "MD", "NC", "SC", "VA", "DC", "WV", "AL", "KY", "MS", "TN", "AR", "LA", "OK", "TX"},
	"west":      {"AZ", "CO", "ID", "MT", "NV", "NM", "UT", "WY", "AK", "CA", "HI", "OR", "WA"},
}

// usStates are the USPS codes of the states, DC and Puerto Rico.
var usStates = []string{"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID",
	"IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
	"NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "PR", "RI", "SC", "SD", "TN", "TX",
	"UT", "VT", "VA", "WA", "WV", "WI", "WY"}
