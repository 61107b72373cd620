package queries

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
)

// evidence is the page and the sentence that state a fact ("" when no page does).
type evidence struct{ url, text string }

// programFacts is one program as tier.sql reads it for the rules: the
// Tiered fields the list shows (base) and what the rules judge. Pointers
// and empty strings are what tier.sql has as NULL: the page did not say.
type programFacts struct {
	base Tiered // the program's own fields; Tier, counts and reasons unset

	visaJ1, visaH1B         *bool
	visaJ1Ev, visaH1BEv     evidence
	j1Cond, h1bCond         string // trimmed; "" = offered without a condition
	j1Ask, h1bAsk           condAsk
	citizensPROnly          bool // both visas refused in a sentence about citizenship
	permanentResidentsNamed bool
	visaRefusalEv           evidence

	yogMax, yogPreferred *float64
	yogMaxEv, yogPrefEv  evidence
	yogNoLimit           *bool
	yogNoLimitEv         evidence
	yogCountedTo         string
	gradYearMin          *float64
	gradYearMinEv        evidence
	clinicalRecency      *float64
	clinicalRecencyEv    evidence
	ecfmgDeadline        string
	ecfmgDeadlineEv      evidence

	step1PassRequired                 *bool
	step1PassRequiredEv               evidence
	step1Min, step2CKMin, step2CKPref *float64
	step1MinEv, step2CKMinEv          evidence
	step2CKPrefEv                     evidence
	comlex2Min                        *float64
	comlex2MinEv                      evidence
	attemptsMax                       *float64
	attemptsMaxEv                     evidence

	usceRequirement   string
	usceRequirementEv evidence
	usceMonths        *float64
	usceMonthsEv      evidence
	usceObsOK         *bool
	usceObsOKEv       evidence

	imgShareEv evidence
}

// condAsk is what a visa's condition asks, as tier.sql reads its words.
type condAsk struct {
	needsStep3 bool
	scoreMin   *int64
	deadline   string // rank_list, match, interview, application, training_start
}

// readFacts runs tier.sql over the given programs (nil: all) of the given
// lower-case specialties (nil: all), in program id order.
func readFacts(ctx context.Context, db *sql.DB, ids, specialties []string) ([]programFacts, error) {
	q, err := Named("tier")
	if err != nil {
		return nil, err
	}
	jsonList := func(l []string) string {
		if l == nil {
			l = []string{}
		}
		b, _ := json.Marshal(l)
		return string(b)
	}
	rows, err := db.QueryContext(ctx, q, sql.Named("program_ids", jsonList(ids)), sql.Named("specialties", jsonList(specialties)))
	if err != nil {
		return nil, fmt.Errorf("read programs for tiering: %w", err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, fmt.Errorf("read programs for tiering: %w", err)
	}
	var out []programFacts
	var pf programFacts
	s := newFactScanner(&pf)
	dest := make([]any, len(cols))
	for i, c := range cols {
		d, ok := s.dest[c]
		if !ok {
			return nil, fmt.Errorf("read programs for tiering: tier.sql column %s has no field", c)
		}
		dest[i] = d
	}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return nil, fmt.Errorf("read programs for tiering: %w", err)
		}
		out = append(out, s.take())
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read programs for tiering: %w", err)
	}
	return out, nil
}

// factScanner scans tier.sql's columns, by name, into one programFacts.
type factScanner struct {
	pf   *programFacts
	dest map[string]any
	strs map[string]*sql.NullString
	// where each string column goes
	strTo map[string]*string
	nums  map[string]**float64
	bools map[string]**bool
	ints  map[string]**int64
	numv  map[string]*sql.NullFloat64
	boolv map[string]*sql.NullBool
	intv  map[string]*sql.NullInt64
	codes sql.NullString
	asks  [2]struct {
		step3    sql.NullBool
		deadline sql.NullString
		score    sql.NullInt64
	}
}

func newFactScanner(pf *programFacts) *factScanner {
	s := &factScanner{pf: pf, dest: map[string]any{}, strs: map[string]*sql.NullString{}, strTo: map[string]*string{},
		nums: map[string]**float64{}, bools: map[string]**bool{}, ints: map[string]**int64{},
		numv: map[string]*sql.NullFloat64{}, boolv: map[string]*sql.NullBool{}, intv: map[string]*sql.NullInt64{}}
	b := &pf.base
	str := func(col string, to *string) {
		v := new(sql.NullString)
		s.strs[col], s.strTo[col], s.dest[col] = v, to, v
	}
	ev := func(prefix string, e *evidence) {
		str(prefix+"_evidence_url", &e.url)
		str(prefix+"_evidence_text", &e.text)
	}
	num := func(col string, to **float64) {
		v := new(sql.NullFloat64)
		s.numv[col], s.nums[col], s.dest[col] = v, to, v
	}
	boo := func(col string, to **bool) {
		v := new(sql.NullBool)
		s.boolv[col], s.bools[col], s.dest[col] = v, to, v
	}
	in := func(col string, to **int64) {
		v := new(sql.NullInt64)
		s.intv[col], s.ints[col], s.dest[col] = v, to, v
	}
	str("program_id", &b.ProgramID)
	str("name", &b.Name)
	str("specialty", &b.Specialty)
	str("city", &b.City)
	str("state", &b.State)
	str("url", &b.URL)
	s.dest["nrmp_codes"] = &s.codes
	str("pd_name", &b.PDName)
	str("pd_email", &b.PDEmail)
	str("coordinator_name", &b.CoordinatorName)
	str("coordinator_email", &b.CoordinatorEmail)
	str("phone", &b.Phone)
	num("img_share", &b.IMGShare)
	str("img_share_source", &b.IMGShareSource)
	in("residents_total", &b.ResidentsTotal)
	in("residents_img", &b.ResidentsIMG)
	ev("img_share", &pf.imgShareEv)
	boo("visa_j1", &pf.visaJ1)
	ev("visa_j1", &pf.visaJ1Ev)
	str("visa_j1_condition", &b.VisaJ1Condition)
	boo("visa_h1b", &pf.visaH1B)
	ev("visa_h1b", &pf.visaH1BEv)
	str("visa_h1b_condition", &b.VisaH1BCondition)
	str("j1_cond", &pf.j1Cond)
	str("h1b_cond", &pf.h1bCond)
	num("yog_max_years", &pf.yogMax)
	ev("yog_max_years", &pf.yogMaxEv)
	num("yog_preferred_max_years", &pf.yogPreferred)
	ev("yog_preferred_max_years", &pf.yogPrefEv)
	boo("yog_no_limit", &pf.yogNoLimit)
	ev("yog_no_limit", &pf.yogNoLimitEv)
	str("yog_counted_to", &pf.yogCountedTo)
	boo("step1_pass_required", &pf.step1PassRequired)
	ev("step1_pass_required", &pf.step1PassRequiredEv)
	num("step1_min", &pf.step1Min)
	ev("step1_min", &pf.step1MinEv)
	num("step2ck_min", &pf.step2CKMin)
	ev("step2ck_min", &pf.step2CKMinEv)
	num("step2ck_preferred_min", &pf.step2CKPref)
	ev("step2ck_preferred_min", &pf.step2CKPrefEv)
	num("comlex2_min", &pf.comlex2Min)
	ev("comlex2_min", &pf.comlex2MinEv)
	num("attempts_max", &pf.attemptsMax)
	ev("attempts_max", &pf.attemptsMaxEv)
	str("usce_requirement", &pf.usceRequirement)
	ev("usce_requirement", &pf.usceRequirementEv)
	num("usce_months", &pf.usceMonths)
	ev("usce_months", &pf.usceMonthsEv)
	boo("usce_observership_ok", &pf.usceObsOK)
	ev("usce_observership_ok", &pf.usceObsOKEv)
	str("ecfmg_deadline", &pf.ecfmgDeadline)
	ev("ecfmg_deadline", &pf.ecfmgDeadlineEv)
	num("clinical_recency_max_years", &pf.clinicalRecency)
	ev("clinical_recency_max_years", &pf.clinicalRecencyEv)
	num("grad_year_min", &pf.gradYearMin)
	ev("grad_year_min", &pf.gradYearMinEv)
	boo("citizens_pr_only", new(*bool))
	boo("permanent_residents_named", new(*bool))
	str("visa_refusal_url", &pf.visaRefusalEv.url)
	str("visa_refusal_text", &pf.visaRefusalEv.text)
	for i, v := range []string{"j1", "h1b"} {
		a := &s.asks[i]
		s.dest[v+"_needs_step3"] = &a.step3
		s.dest[v+"_score_min"] = &a.score
		s.dest[v+"_deadline"] = &a.deadline
	}
	return s
}

// take is the row just scanned, as a programFacts of its own.
func (s *factScanner) take() programFacts {
	for c, v := range s.strs {
		*s.strTo[c] = v.String
	}
	for c, v := range s.numv {
		*s.nums[c] = nil
		if v.Valid {
			f := v.Float64
			*s.nums[c] = &f
		}
	}
	for c, v := range s.boolv {
		*s.bools[c] = nil
		if v.Valid {
			b := v.Bool
			*s.bools[c] = &b
		}
	}
	for c, v := range s.intv {
		*s.ints[c] = nil
		if v.Valid {
			i := v.Int64
			*s.ints[c] = &i
		}
	}
	pf := s.pf
	pf.base.NRMPCodes = nil
	if s.codes.String != "" {
		pf.base.NRMPCodes = strings.Split(s.codes.String, ";")
	}
	pf.citizensPROnly = s.boolv["citizens_pr_only"].Bool
	pf.permanentResidentsNamed = s.boolv["permanent_residents_named"].Bool
	for i, a := range []*condAsk{&pf.j1Ask, &pf.h1bAsk} {
		sa := s.asks[i]
		a.needsStep3, a.deadline, a.scoreMin = sa.step3.Bool, sa.deadline.String, nil
		if sa.score.Valid {
			n := sa.score.Int64
			a.scoreMin = &n
		}
	}
	return *pf
}
