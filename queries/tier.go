package queries

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"sync"
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

// The reason kinds, as the tier rules (rules.go) give them.
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

// Programs tiers every program for the applicant (tier.sql reads them, the
// rules in rules.go judge them) and returns those the filter keeps, best
// first. An unknown specialty is an *UnknownSpecialtyError, an unknown state
// an *UnknownStateError. It reads only the programs it may keep; a server
// that tiers many applicants makes a Tiering once instead.
func Programs(ctx context.Context, db *sql.DB, cfg Config, p Profile, f Filter) ([]Tiered, error) {
	known, err := Specialties(ctx, db)
	if err != nil {
		return nil, err
	}
	keepSpec, err := f.specialtiesKept(p, known)
	if err != nil {
		return nil, err
	}
	var canon []string
	for s := range keepSpec {
		canon = append(canon, strings.ToLower(s))
	}
	slices.Sort(canon)
	facts, err := readFacts(ctx, db, f.ProgramIDs, canon)
	if err != nil {
		return nil, err
	}
	return newTiering(facts, known).Programs(ctx, db, cfg, p, f)
}

// Tiering is a published warehouse's programs as the tier rules read them
// (tier.sql), read once: tiering an applicant is then a pass in memory
// (milliseconds for 13,000 programs, where reading them is a query of a
// good part of a second). Make one per published night and share it; it is
// never modified, and safe for concurrent use.
type Tiering struct {
	programs    []programFacts // in program id order
	specialties []string
	// nameRank is each program's place by name, then id: the tiered order's
	// last keys as one integer, so that judging compares no strings.
	nameRank []uint32
	// bySpecialty holds the indexes of each specialty's programs.
	bySpecialty map[string][]int32

	mu      sync.Mutex
	history map[[2]int]map[string]historyRow // by match year and Config.UnfilledMatches
}

// NewTiering reads every program of db for tiering.
func NewTiering(ctx context.Context, db *sql.DB) (*Tiering, error) {
	known, err := Specialties(ctx, db)
	if err != nil {
		return nil, err
	}
	facts, err := readFacts(ctx, db, nil, nil)
	if err != nil {
		return nil, err
	}
	return newTiering(facts, known), nil
}

// newTiering is a Tiering of facts (in program id order), with what every
// judging needs computed once: name ranks, programs by specialty.
func newTiering(facts []programFacts, known []string) *Tiering {
	tg := &Tiering{programs: facts, specialties: known, bySpecialty: map[string][]int32{}}
	names := make([]*Tiered, len(facts))
	for i := range facts {
		names[i] = &facts[i].base
		s := facts[i].base.Specialty
		tg.bySpecialty[s] = append(tg.bySpecialty[s], int32(i))
	}
	tg.nameRank = nameRanks(names)
	return tg
}

// nameRanks is each program's place among ts by name, then id.
func nameRanks(ts []*Tiered) []uint32 {
	at := make([]int32, len(ts))
	for i := range at {
		at[i] = int32(i)
	}
	slices.SortFunc(at, func(x, y int32) int {
		if c := strings.Compare(ts[x].Name, ts[y].Name); c != 0 {
			return c
		}
		return strings.Compare(ts[x].ProgramID, ts[y].ProgramID)
	})
	rank := make([]uint32, len(ts))
	for r, i := range at {
		rank[i] = uint32(r)
	}
	return rank
}

// Len is how many programs the tiering holds.
func (tg *Tiering) Len() int { return len(tg.programs) }

// Programs is the package's Programs over the tiering's programs: db is
// the warehouse they were read from (for the Match history, read once per
// match year and kept).
func (tg *Tiering) Programs(ctx context.Context, db *sql.DB, cfg Config, p Profile, f Filter) ([]Tiered, error) {
	return tg.tiered(ctx, db, cfg, p, f, true)
}

// Judged is Programs without the reasons: each program's tier, counts and
// every other field as Programs gives them, but Reasons and EvidenceURLs
// nil, so that no text is written for the programs nobody reads (a page
// shows 50 of 13,000). Explainer writes them for the programs shown.
func (tg *Tiering) Judged(ctx context.Context, db *sql.DB, cfg Config, p Profile, f Filter) ([]Tiered, error) {
	return tg.tiered(ctx, db, cfg, p, f, false)
}

// Explainer returns a function that gives a program of a Judged list its
// Reasons and EvidenceURLs, as Programs gives them, for the same cfg, p and
// match year (its Match history's reason included: db is the warehouse the
// tiering was read from, as for Judged); a program the tiering does not hold
// is returned unchanged. The function is safe for concurrent use.
func (tg *Tiering) Explainer(ctx context.Context, db *sql.DB, cfg Config, p Profile, matchYear int) (func(Tiered) Tiered, error) {
	hist, err := tg.matchHistory(ctx, db, cfg, matchYear)
	if err != nil {
		return nil, err
	}
	a := newApplicant(cfg, p, matchYear)
	return func(t Tiered) Tiered {
		i, ok := slices.BinarySearchFunc(tg.programs, t.ProgramID, func(f programFacts, id string) int { return cmp.Compare(f.base.ProgramID, id) })
		if !ok {
			return t
		}
		full := a.tierProgram(&tg.programs[i])
		t.Reasons, t.EvidenceURLs = full.Reasons, full.EvidenceURLs
		if r, ok := hist[t.ProgramID]; ok {
			t.Reasons = r.withReason(t.Reasons)
		}
		return t
	}, nil
}

func (tg *Tiering) tiered(ctx context.Context, db *sql.DB, cfg Config, p Profile, f Filter, texts bool) ([]Tiered, error) {
	keepSpec, err := f.specialtiesKept(p, tg.specialties)
	if err != nil {
		return nil, err
	}
	all, err := tg.tier(ctx, db, cfg, p, f.MatchYear, f.ProgramIDs, keepSpec, texts)
	if err != nil {
		return nil, err
	}
	if len(f.States) == 0 && len(f.Tiers) == 0 && len(f.ProgramIDs) == 0 {
		return all, nil // tier kept only the specialties the filter keeps
	}
	out := all[:0] // filtered in place: the list is this call's own
	for i := range all {
		if keep(f, &all[i], keepSpec) {
			out = append(out, all[i])
		}
	}
	return out, nil
}

// tier tiers the given programs (nil: all) of the given specialties (empty:
// all), best first, with their Match history (and their reasons when texts).
// Each program is judged into a small verdict and sorted by integer keys;
// only then is its Tiered (a large value) written, once, in its place.
func (tg *Tiering) tier(ctx context.Context, db *sql.DB, cfg Config, p Profile, matchYear int, ids []string, specs map[string]bool, texts bool) ([]Tiered, error) {
	a := newApplicant(cfg, p, matchYear)
	a.texts = texts
	var chosen []int32
	switch {
	case ids != nil:
		for _, id := range ids {
			i, ok := slices.BinarySearchFunc(tg.programs, id, func(f programFacts, id string) int { return cmp.Compare(f.base.ProgramID, id) })
			if ok && (len(specs) == 0 || specs[tg.programs[i].base.Specialty]) {
				chosen = append(chosen, int32(i))
			}
		}
	case len(specs) == 0:
		chosen = make([]int32, len(tg.programs))
		for i := range chosen {
			chosen[i] = int32(i)
		}
	default:
		n := 0
		for s := range specs {
			n += len(tg.bySpecialty[s])
		}
		chosen = make([]int32, 0, n)
		for s := range specs {
			chosen = append(chosen, tg.bySpecialty[s]...)
		}
	}
	keys := make([]tierKey, len(chosen))
	verdicts := make([]verdict, len(chosen))
	var reasons [][]Reason
	if texts {
		reasons = make([][]Reason, len(chosen))
	}
	var buf [32]Reason
	for j, i := range chosen {
		f := &tg.programs[i]
		var rs []Reason
		verdicts[j], rs = a.judge(f, buf[:0])
		if texts {
			reasons[j] = slices.Clone(rs)
		}
		keys[j] = keyOf(verdicts[j], f.base.IMGShare, tg.nameRank[i], j)
	}
	sortTierKeys(keys)
	out := make([]Tiered, len(keys))
	for n, k := range keys {
		var rs []Reason
		if texts {
			rs = reasons[k.at]
		}
		tg.programs[chosen[k.at]].writeTiered(&out[n], verdicts[k.at], rs)
	}
	hist, err := tg.matchHistory(ctx, db, cfg, matchYear)
	if err != nil {
		return nil, err
	}
	attachMatchHistory(out, hist, texts)
	return out, nil
}

// matchHistory is the Match history for the match year, read once.
func (tg *Tiering) matchHistory(ctx context.Context, db *sql.DB, cfg Config, matchYear int) (map[string]historyRow, error) {
	key := [2]int{matchYear, cfg.UnfilledMatches}
	tg.mu.Lock()
	defer tg.mu.Unlock()
	if h, ok := tg.history[key]; ok {
		return h, nil
	}
	h, err := readMatchHistory(ctx, db, cfg, matchYear)
	if err != nil {
		return nil, err
	}
	if tg.history == nil {
		tg.history = map[[2]int]map[string]historyRow{}
	}
	tg.history[key] = h
	return h, nil
}

// specialtiesKept checks the filter and returns the warehouse's names
// (known) of the specialties it keeps: its own, else the profile's.
func (f Filter) specialtiesKept(p Profile, known []string) (map[string]bool, error) {
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
	return canonicalSpecialties(known, specs)
}

// canonicalSpecialties maps the requested specialties, in any case, to the
// warehouse's names (known); an unknown one is an *UnknownSpecialtyError.
func canonicalSpecialties(known, specs []string) (map[string]bool, error) {
	keep := map[string]bool{}
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
func keep(f Filter, t *Tiered, keepSpec map[string]bool) bool {
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

// tierQuery tiers the given programs (nil: all) of the given lower-case
// specialties (nil: all), best first, reading only those.
func tierQuery(ctx context.Context, db *sql.DB, cfg Config, p Profile, matchYear int, ids, specialties []string) ([]Tiered, error) {
	facts, err := readFacts(ctx, db, ids, specialties)
	if err != nil {
		return nil, err
	}
	return newTiering(facts, nil).tier(ctx, db, cfg, p, matchYear, nil, nil, true)
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
