package queries

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Tier is a program's likelihood class for one applicant.
type Tier string

// The tiers, best first.
const (
	TierHigh        Tier = "high"
	TierModerate    Tier = "moderate"
	TierReach       Tier = "reach"
	TierNotEligible Tier = "not_eligible"
)

// Label is the tier as people read it: "High", "Not eligible".
func (t Tier) Label() string {
	switch t {
	case TierHigh:
		return "High"
	case TierModerate:
		return "Moderate"
	case TierReach:
		return "Reach"
	case TierNotEligible:
		return "Not eligible"
	}
	return string(t)
}

// ParseTier accepts a tier's value or label, any case ("not eligible" too).
func ParseTier(s string) (Tier, bool) {
	s = strings.ReplaceAll(strings.ToLower(strings.TrimSpace(s)), " ", "_")
	t := Tier(s)
	return t, slices.Contains([]Tier{TierHigh, TierModerate, TierReach, TierNotEligible}, t)
}

// ReasonKind says how a reason weighs on the tier.
type ReasonKind string

// The reason kinds, as tier.sql emits them.
const (
	ReasonExclude ReasonKind = "exclude" // a hard rule excludes the applicant: Not eligible
	ReasonConcern ReasonKind = "concern" // a soft preference the applicant misses
	ReasonUnknown ReasonKind = "unknown" // a relevant fact the program's pages do not state
	ReasonPlus    ReasonKind = "plus"    // a fact in the applicant's favour
	ReasonInfo    ReasonKind = "info"    // neutral context
)

// Reason is one readable reason for a program's tier, with the evidence for
// the fact it rests on. Render it with Line (or a writer's Render options).
type Reason struct {
	Kind     ReasonKind `json:"kind"`
	Text     string     `json:"text"`               // the reason alone: "H-1B not sponsored"
	URL      string     `json:"url,omitempty"`      // the page that states the fact, if any
	Evidence string     `json:"evidence,omitempty"` // the sentence on that page that states it
}

// Tiered is one program in an applicant's tiered list.
type Tiered struct {
	ProgramID        string   `json:"program_id"`
	Name             string   `json:"name"`
	Specialty        string   `json:"specialty"`
	City             string   `json:"city"`
	State            string   `json:"state"`
	URL              string   `json:"url"`
	NRMPCodes        []string `json:"nrmp_codes"`
	Tier             Tier     `json:"tier"`
	InPreferredState bool     `json:"in_preferred_state"`
	Excludes         int      `json:"excludes"`
	Concerns         int      `json:"concerns"`
	Unknown          int      `json:"unknown"`
	Reasons          []Reason `json:"reasons"`
	EvidenceURLs     []string `json:"evidence_urls"`
	// MatchHistory is how the program fared in the last Matches of the
	// imported NRMP results; nil when none were imported for its codes.
	MatchHistory *MatchHistory `json:"match_history,omitempty"`

	IMGShare         *float64 `json:"img_share"`
	IMGShareSource   string   `json:"img_share_source,omitempty"`
	ResidentsTotal   *int64   `json:"residents_total"`
	ResidentsIMG     *int64   `json:"residents_img"`
	VisaJ1           *bool    `json:"visa_j1"`
	VisaH1B          *bool    `json:"visa_h1b"`
	VisaJ1Condition  string   `json:"visa_j1_condition,omitempty"`
	VisaH1BCondition string   `json:"visa_h1b_condition,omitempty"`
	YOGMaxYears      *float64 `json:"yog_max_years"`
	YOGPreferredMax  *float64 `json:"yog_preferred_max_years"`
	YOGNoLimit       *bool    `json:"yog_no_limit"`
	Step2CKMin       *float64 `json:"step2ck_min"`
	USCERequirement  string   `json:"usce_requirement,omitempty"`

	PDName           string `json:"pd_name,omitempty"`
	PDEmail          string `json:"pd_email,omitempty"`
	CoordinatorName  string `json:"coordinator_name,omitempty"`
	CoordinatorEmail string `json:"coordinator_email,omitempty"`
	Phone            string `json:"phone,omitempty"`
}

// Filter narrows the tiered list. MatchYear is required: the Match the
// applicant prepares for (ComingMatch(now) unless they choose another), to
// which years since graduation and the season's deadlines are counted.
type Filter struct {
	MatchYear   int
	Specialties []string // default: the profile's; matched without regard to case
	States      []string // codes or names (see StateCode); empty: every state
	Tiers       []Tier   // empty: every tier
	ProgramIDs  []string // empty: every program (SOAP passes its matches)
}

// Specialties lists the specialties the warehouse holds, sorted.
func Specialties(ctx context.Context, db *sql.DB) ([]string, error) {
	rows, err := db.QueryContext(ctx, `SELECT DISTINCT specialty FROM programs WHERE specialty IS NOT NULL ORDER BY 1`)
	if err != nil {
		return nil, fmt.Errorf("list specialties: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, fmt.Errorf("list specialties: %w", err)
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// Programs tiers every program for the applicant with tier.sql and returns
// those the filter keeps, best first. An unknown specialty is an
// *UnknownSpecialtyError, an unknown state an *UnknownStateError.
func Programs(ctx context.Context, db *sql.DB, cfg Config, p Profile, f Filter) ([]Tiered, error) {
	if f.MatchYear == 0 {
		return nil, fmt.Errorf("tier programs: filter has no match year")
	}
	if err := f.checkStates(); err != nil {
		return nil, err
	}
	specs := f.Specialties
	if len(specs) == 0 {
		specs = p.Specialties
	}
	keepSpec, err := canonicalSpecialties(ctx, db, specs)
	if err != nil {
		return nil, err
	}
	var canon []string
	for s := range keepSpec {
		canon = append(canon, strings.ToLower(s))
	}
	slices.Sort(canon)
	all, err := tierQuery(ctx, db, cfg, p, f.MatchYear, f.ProgramIDs, canon)
	if err != nil {
		return nil, err
	}
	var out []Tiered
	for _, t := range all {
		if keep(f, t, keepSpec) {
			out = append(out, t)
		}
	}
	return out, nil
}

// canonicalSpecialties maps the requested specialties, in any case, to the
// warehouse's names; an unknown one is an *UnknownSpecialtyError.
func canonicalSpecialties(ctx context.Context, db *sql.DB, specs []string) (map[string]bool, error) {
	keep := map[string]bool{}
	if len(specs) == 0 {
		return keep, nil
	}
	known, err := Specialties(ctx, db)
	if err != nil {
		return nil, err
	}
	for _, s := range specs {
		i := slices.IndexFunc(known, func(k string) bool { return strings.EqualFold(k, strings.TrimSpace(s)) })
		if i < 0 {
			return nil, &UnknownSpecialtyError{Specialty: s, Suggestion: suggestSpecialty(s, known), Known: known}
		}
		keep[known[i]] = true
	}
	return keep, nil
}

// keep applies the filter; keepSpec holds the canonical specialty names to
// keep (nil: f.Specialties compared without regard to case, empty: all).
func keep(f Filter, t Tiered, keepSpec map[string]bool) bool {
	if keepSpec != nil {
		if len(keepSpec) > 0 && !keepSpec[t.Specialty] {
			return false
		}
	} else if len(f.Specialties) > 0 && !slices.ContainsFunc(f.Specialties, func(s string) bool { return strings.EqualFold(strings.TrimSpace(s), t.Specialty) }) {
		return false
	}
	if len(f.States) > 0 && !slices.ContainsFunc(f.States, func(s string) bool {
		if c, ok := StateCode(s); ok {
			s = c
		}
		return strings.EqualFold(s, t.State)
	}) {
		return false
	}
	if len(f.Tiers) > 0 && !slices.Contains(f.Tiers, t.Tier) {
		return false
	}
	if len(f.ProgramIDs) > 0 && !slices.Contains(f.ProgramIDs, t.ProgramID) {
		return false
	}
	return true
}

// tierQuery runs tier.sql over the given programs (nil: all) of the given
// lower-case specialties (nil: all), best first.
func tierQuery(ctx context.Context, db *sql.DB, cfg Config, p Profile, matchYear int, ids, specialties []string) ([]Tiered, error) {
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
	args := append(tierArgs(cfg, p, matchYear),
		sql.Named("program_ids", jsonList(ids)), sql.Named("specialties", jsonList(specialties)))
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("tier programs: %w", err)
	}
	defer rows.Close()
	var out []Tiered
	for rows.Next() {
		t, err := scanTiered(rows)
		if err != nil {
			return nil, fmt.Errorf("tier programs: %w", err)
		}
		out = append(out, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("tier programs: %w", err)
	}
	rows.Close()
	if err := addMatchHistory(ctx, db, cfg, matchYear, out); err != nil {
		return nil, err
	}
	return out, nil
}

// tierArgs binds tier.sql's parameters.
func tierArgs(cfg Config, p Profile, matchYear int) []any {
	opt := func(v *int) any {
		if v == nil {
			return nil
		}
		return *v
	}
	day := func(s string) any {
		if s == "" {
			return nil
		}
		return s
	}
	iso := func(t time.Time) string { return t.Format(dateLayout) }
	season := SeasonOf(matchYear)
	var listed []string
	for _, s := range p.States {
		if c, ok := StateCode(s); ok {
			listed = append(listed, c)
		}
	}
	type regionState struct {
		State  string `json:"state"`
		Region string `json:"region"`
	}
	regionStates := []regionState{}
	for _, r := range p.Regions {
		for _, s := range regions[r] {
			regionStates = append(regionStates, regionState{s, r})
		}
	}
	rs, _ := json.Marshal(regionStates)
	return []any{
		sql.Named("match_year", matchYear),
		sql.Named("graduation_year", p.GraduationYear),
		sql.Named("clinical_last_year", opt(p.ClinicalLastYear)),
		sql.Named("visa_needed", string(p.VisaNeeded)),
		sql.Named("citizenship", string(p.Citizenship)),
		sql.Named("us_img", p.USIMG),
		sql.Named("step1_passed", p.Step1Passed),
		sql.Named("step1_score", opt(p.Step1Score)),
		sql.Named("step2ck_score", opt(p.Step2CKScore)),
		sql.Named("comlex2_score", opt(p.COMLEX2Score)),
		sql.Named("failed_attempts", p.FailedAttempts),
		sql.Named("step3_status", string(p.Step3.Status)),
		sql.Named("step3_date", day(p.Step3.Date)),
		sql.Named("step3_result_days", cfg.Step3ResultDays),
		sql.Named("ecfmg_status", string(p.ECFMG.Status)),
		sql.Named("ecfmg_date", day(p.ECFMG.Date)),
		sql.Named("application_day", iso(season.Application)),
		sql.Named("interview_day", iso(season.Interview)),
		sql.Named("rank_list_day", iso(season.RankList)),
		sql.Named("match_day", iso(season.MatchDay)),
		sql.Named("training_start_day", iso(season.TrainingStart)),
		sql.Named("usce_hands_on_months", p.USCE.HandsOnMonths),
		sql.Named("usce_observership_months", p.USCE.ObservershipMonths),
		sql.Named("preferred_states", strings.Join(p.PreferredStates(), ",")),
		sql.Named("listed_states", strings.Join(listed, ",")),
		sql.Named("region_states", string(rs)),
		sql.Named("img_share_high", cfg.IMGShareHigh),
		sql.Named("img_share_moderate", cfg.IMGShareModerate),
		sql.Named("max_unknown_high", cfg.MaxUnknownHigh),
		sql.Named("max_unknown_moderate", cfg.MaxUnknownModerate),
		sql.Named("max_concerns_moderate", cfg.MaxConcernsModerate),
	}
}

func scanTiered(rows *sql.Rows) (Tiered, error) {
	var (
		t                                          Tiered
		city, state, url, codes, reasons, shareSrc sql.NullString
		j1c, h1c, usce, pdn, pde, cn, ce, phone    sql.NullString
		tierRank                                   int
		name, spec                                 sql.NullString
	)
	err := rows.Scan(&t.ProgramID, &name, &spec, &city, &state, &url, &codes,
		&t.Tier, &tierRank, &t.InPreferredState, &t.Excludes, &t.Concerns, &t.Unknown, &reasons,
		&t.IMGShare, &shareSrc, &t.ResidentsTotal, &t.ResidentsIMG,
		&t.VisaJ1, &t.VisaH1B, &j1c, &h1c,
		&t.YOGMaxYears, &t.YOGPreferredMax, &t.YOGNoLimit, &t.Step2CKMin, &usce,
		&pdn, &pde, &cn, &ce, &phone)
	if err != nil {
		return Tiered{}, err
	}
	t.Name, t.Specialty, t.City, t.State, t.URL = name.String, spec.String, city.String, state.String, url.String
	t.IMGShareSource, t.VisaJ1Condition, t.VisaH1BCondition, t.USCERequirement = shareSrc.String, j1c.String, h1c.String, usce.String
	t.PDName, t.PDEmail, t.CoordinatorName, t.CoordinatorEmail, t.Phone = pdn.String, pde.String, cn.String, ce.String, phone.String
	if codes.String != "" {
		t.NRMPCodes = strings.Split(codes.String, ";")
	}
	if err := json.Unmarshal([]byte(reasons.String), &t.Reasons); err != nil {
		return Tiered{}, fmt.Errorf("program %s: decode reasons: %w", t.ProgramID, err)
	}
	for _, r := range t.Reasons {
		if r.URL != "" && !slices.Contains(t.EvidenceURLs, r.URL) {
			t.EvidenceURLs = append(t.EvidenceURLs, r.URL)
		}
	}
	return t, nil
}

// TopPerTier keeps the first n programs of each tier, in the list's order.
func TopPerTier(list []Tiered, n int) []Tiered {
	seen := map[Tier]int{}
	var out []Tiered
	for _, t := range list {
		if seen[t.Tier] < n {
			seen[t.Tier]++
			out = append(out, t)
		}
	}
	return out
}

// SampleProfile is the applicant of examples/profile.yaml, for the demo.
func SampleProfile() Profile {
	score := 238
	return Profile{
		Name: "Dr. Example Applicant", GraduationYear: 2019, Citizenship: CitizenNonUS, VisaNeeded: VisaJ1OrH1B,
		Step1Passed: true, Step2CKScore: &score, USCE: USCE{HandsOnMonths: 3, ObservershipMonths: 2},
		Step3: Step3{Status: Step3NotTaken}, ECFMG: ECFMG{Status: ECFMGCertified},
		Specialties: []string{"Internal Medicine", "Family Medicine"}, States: []string{"NY", "NJ", "PA"},
		Regions: []string{"midwest"},
	}
}
