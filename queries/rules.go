package queries

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// The tier rules: one applicant against one program as tier.sql reads it.
//
// Every rule below adds at most one Reason (nil: it does not apply), in the
// order the reasons are listed: visas, citizenship, ECFMG deadline, year of
// graduation, clinical recency, Step 1, Step 2 CK and COMLEX, attempts, US
// clinical experience, IMG share, geography. tierOf turns the reasons'
// kinds into the tier. Nothing here reads the database: tier.sql has read
// the facts once, so tiering 13,000 programs for a new applicant is a pass
// in memory.
//
// Which year counts. Years since graduation are counted to the coming Match
// (the applicant's match year, chosen by the season: after Match Day, the
// next one) unless the program says otherwise: to the application
// (September of the year before the Match: one year fewer) or to the start
// of training (July of the Match year). Every YOG reason says what it
// counted to ("you are at 8 by the 2027 Match").
//
// Step 3, ECFMG and conditional visas. A visa offered with a condition
// counts for the applicant only when the profile meets the condition, and
// the reason says which condition decided: a Step 3 condition ("only if Step
// 3 passed before the rank list") is met by step3 passed, or scheduled early
// enough that the result (Config.Step3ResultDays later) arrives by the
// deadline the condition names (application, interview, rank order list,
// Match; none named: the start of training, the latest it can be); a score
// condition ("Step 2 CK above 250") by the applicant's Step 2 CK. An unmet
// condition weighs like a refusal; a Step 3 status the profile does not
// state, or a condition the profile cannot answer ("already on an H-1B"), is
// 'unknown'. An ECFMG certification deadline is met by ecfmg_certified yes,
// or an expected day on or before it; expected after it excludes. The
// deadlines' days are SeasonOf's.
//
// Visas and citizenship. An applicant who needs no visa (a US citizen or
// permanent resident, US-IMGs included — the profile forces visa_needed none
// for them) is never marked down for a program's visa policy: a refused J-1
// or H-1B is an 'info' reason saying it does not affect them. A program open
// only to citizens (and permanent residents, when its sentence names them) is
// 'info' for those it admits, a 'concern' for a permanent resident when only
// citizens are named and for a non-US applicant who needs no visa (EAD and
// the like). An applicant who needs a visa is excluded by such a program
// through the J-1 / H-1B rules, as by any program that offers neither.
//
// Geography orders programs within a tier and never changes it.

// applicant is a profile with what every rule needs computed once.
type applicant struct {
	Profile
	cfg       Config
	match     int
	season    Season
	step3Day  time.Time // the scheduled Step 3 (zero: none)
	ecfmgDay  time.Time // the day certification is expected (zero: none)
	preferred []string  // every preferred state, regions' included; [""] when none (as tier.sql had it)
	listed    []string  // the states the profile lists itself; [""] when none
	youAre    string    // "a US citizen who studied abroad (US-IMG)"…; "" for a non-US applicant
	texts     bool      // write each reason (text, evidence) and the evidence URLs; false: judge the tier alone
}

func newApplicant(cfg Config, p Profile, match int) *applicant {
	a := &applicant{Profile: p, cfg: cfg, match: match, season: SeasonOf(match), texts: true}
	if p.Step3.Date != "" {
		a.step3Day, _ = time.Parse(dateLayout, p.Step3.Date)
	}
	if p.ECFMG.Date != "" {
		a.ecfmgDay, _ = time.Parse(dateLayout, p.ECFMG.Date)
	}
	a.preferred = p.PreferredStates()
	for _, s := range p.States {
		if c, ok := StateCode(s); ok {
			a.listed = append(a.listed, c)
		}
	}
	// An empty list split on commas is one empty state.
	if len(a.preferred) == 0 {
		a.preferred = []string{""}
	}
	if len(a.listed) == 0 {
		a.listed = []string{""}
	}
	switch p.Citizenship {
	case CitizenUS:
		a.youAre = "a US citizen"
		if p.USIMG {
			a.youAre = "a US citizen who studied abroad (US-IMG)"
		}
	case CitizenPermanentResident:
		a.youAre = "a permanent resident"
		if p.USIMG {
			a.youAre = "a permanent resident who studied abroad (US-IMG)"
		}
	}
	return a
}

// tierProgram is program f tiered for applicant a: with its reasons and
// evidence URLs when a.texts, else with the tier and counts alone (no text
// is built: the reasons of the programs a page shows are written later, by
// the same rules, with texts).
func (a *applicant) tierProgram(f *programFacts) Tiered {
	var buf [32]Reason // the reasons are collected here, then kept in a slice of their own size
	v, reasons := a.judge(f, buf[:0])
	if a.texts {
		reasons = slices.Clone(reasons)
	}
	var t Tiered
	f.writeTiered(&t, v, reasons)
	return t
}

// verdict is a program's tier for an applicant, with its reasons counted.
type verdict struct {
	tier                        Tier
	excludes, concerns, unknown int
	inPreferredState            bool
}

// writeTiered writes into t the program with the verdict and, when
// written, its reasons (nil: judged without them). In place: a Tiered is
// large, and a list of them is written once.
func (f *programFacts) writeTiered(t *Tiered, v verdict, reasons []Reason) {
	*t = f.base
	t.VisaJ1, t.VisaH1B, t.YOGMaxYears, t.YOGPreferredMax, t.YOGNoLimit = f.visaJ1, f.visaH1B, f.yogMax, f.yogPreferred, f.yogNoLimit
	t.Step2CKMin, t.USCERequirement = f.step2CKMin, f.usceRequirement
	t.Tier, t.Excludes, t.Concerns, t.Unknown, t.InPreferredState = v.tier, v.excludes, v.concerns, v.unknown, v.inPreferredState
	if reasons != nil {
		t.Reasons = reasons
		for _, r := range reasons {
			if r.URL != "" && !slices.Contains(t.EvidenceURLs, r.URL) {
				t.EvidenceURLs = append(t.EvidenceURLs, r.URL)
			}
		}
	}
}

// judge applies every rule to program f: the verdict, and with a.texts the
// reasons appended to dst (without, dst comes back as it went).
func (a *applicant) judge(f *programFacts, dst []Reason) (verdict, []Reason) {
	j1 := a.judgeCondition(f.j1Cond, f.j1Ask)
	h1b := a.judgeCondition(f.h1bCond, f.h1bAsk)
	vs := visaState{
		j1Ok:      isTrue(f.visaJ1) && j1.met(),
		h1bOk:     isTrue(f.visaH1B) && h1b.met(),
		j1Closed:  isFalse(f.visaJ1) || (isTrue(f.visaJ1) && j1.state == condUnmet),
		h1bClosed: isFalse(f.visaH1B) || (isTrue(f.visaH1B) && h1b.state == condUnmet),
		j1:        j1, h1b: h1b,
	}
	var v verdict
	add := func(r Reason) {
		switch r.Kind {
		case "":
			return
		case ReasonExclude:
			v.excludes++
		case ReasonConcern:
			v.concerns++
		case ReasonUnknown:
			v.unknown++
		}
		if a.texts {
			dst = append(dst, r)
		}
	}
	add(a.visaRefused("J-1 not accepted", f.visaJ1, f.visaJ1Ev, VisaJ1, vs.h1bClosed, f))
	add(a.visaRefused("H-1B not sponsored", f.visaH1B, f.visaH1BEv, VisaH1B, vs.j1Closed, f))
	add(a.visaOffered("J-1 accepted", f.visaJ1, f.visaJ1Ev, VisaJ1, f.j1Cond, j1, vs.h1bClosed))
	add(a.visaOffered("H-1B sponsored", f.visaH1B, f.visaH1BEv, VisaH1B, f.h1bCond, h1b, vs.j1Closed))
	add(a.visaUnknown("J-1 policy not stated", f.visaJ1, VisaJ1, vs.h1bOk))
	add(a.visaUnknown("H-1B policy not stated", f.visaH1B, VisaH1B, vs.j1Ok))
	add(a.citizenship(f))
	add(a.ecfmgDeadline(f))
	add(a.yogLimit(f))
	add(a.yogPreferred(f))
	add(a.gradYearMin(f))
	add(a.yogNoLimit(f))
	add(a.yogUnknown(f))
	add(a.clinicalRecency(f))
	add(a.step1Pass(f))
	add(a.step1Min(f))
	add(a.step2CKMin(f))
	add(a.step2CKPreferred(f))
	add(a.step2CKUnknown(f))
	add(a.comlex2Min(f))
	add(a.attempts(f))
	add(a.attemptsUnknown(f))
	add(a.usce(f))
	add(a.imgShare(f))
	add(a.geography(f))
	v.inPreferredState = slices.Contains(a.preferred, f.base.State)
	v.tier = a.tierOf(f.base.IMGShare, v, a.visaConfirmed(vs))
	return v, dst
}

// tierOf is the tier of a program with its reasons counted.
func (a *applicant) tierOf(share *float64, t verdict, visaConfirmed bool) Tier {
	switch {
	case t.excludes > 0:
		return TierNotEligible
	case share != nil && *share >= a.cfg.IMGShareHigh && visaConfirmed && t.concerns == 0 && t.unknown <= a.cfg.MaxUnknownHigh:
		return TierHigh
	case share != nil && *share < a.cfg.IMGShareModerate, t.concerns > a.cfg.MaxConcernsModerate, t.unknown > a.cfg.MaxUnknownModerate:
		return TierReach
	}
	return TierModerate
}

// visaState is where a program's two visas stand for the applicant.
type visaState struct {
	j1Ok, h1bOk         bool // offered without a condition, or with one met
	j1Closed, h1bClosed bool // refused outright, or offered on a condition not met
	j1, h1b             judged
}

// visaConfirmed: the visa the applicant needs counts for them.
func (a *applicant) visaConfirmed(v visaState) bool {
	switch a.VisaNeeded {
	case VisaNone:
		return true
	case VisaJ1:
		return v.j1Ok
	case VisaH1B:
		return v.h1bOk
	case VisaJ1OrH1B:
		return v.j1Ok || v.h1bOk
	}
	return false
}

// needs says whether the applicant needs visa (j1 or h1b) among those they can use.
func (a *applicant) needs(visa Visa) bool {
	return a.VisaNeeded == visa || a.VisaNeeded == VisaJ1OrH1B
}

// The states of a visa condition for the applicant.
const (
	condNone      = ""          // the visa has no condition
	condMet       = "met"       // the profile meets it
	condUnmet     = "unmet"     // it does not
	condUnknown   = "unknown"   // the profile does not say (Step 3 not stated)
	condUnchecked = "unchecked" // the profile cannot answer it ("already on an H-1B")
)

// judged is a visa condition judged for the applicant, and what decided, in words.
type judged struct {
	state, decided string
}

func (j judged) met() bool { return j.state == condNone || j.state == condMet }

// judgeCondition judges a visa's condition (cond "" : none) against the profile.
func (a *applicant) judgeCondition(cond string, ask condAsk) judged {
	if cond == "" {
		return judged{}
	}
	deadline := a.season.Day(ask.deadline) // read, not copied: judged once per program
	if deadline.IsZero() {
		deadline = a.season.TrainingStart
	}
	switch {
	case ask.needsStep3:
		result := a.step3Day.AddDate(0, 0, a.cfg.Step3ResultDays)
		inTime := !a.step3Day.IsZero() && !result.After(deadline)
		switch a.Step3.Status {
		case Step3Passed:
			return judged{condMet, "you passed Step 3"}
		case Step3Scheduled:
			j := judged{condUnmet, "your Step 3 on " + ymd(a.step3Day) + " (result about " + ymd(result) + ")"}
			if inTime {
				j.state = condMet
				j.decided += " is in time"
			} else {
				j.decided += " is too late"
			}
			j.decided += " for the deadline (about " + ymd(deadline) + ")"
			return j
		case Step3NotTaken:
			return judged{condUnmet, "you have not taken Step 3 (deadline about " + ymd(deadline) + ")"}
		}
		return judged{condUnknown, "your profile does not say whether you passed Step 3 (add step3: passed, not_taken or the day it is scheduled)"}
	case ask.scoreMin != nil:
		j := judged{condUnmet, "you have no Step 2 CK score"}
		if a.Step2CKScore != nil {
			j.decided = "you have Step 2 CK " + strconv.Itoa(*a.Step2CKScore)
		}
		if int64(deref(a.Step2CKScore)) >= *ask.scoreMin {
			j.state = condMet
		}
		return j
	}
	return judged{condUnchecked, "your profile cannot tell whether this applies to you: ask the program"}
}

// visaRefused: a visa the applicant can use is refused; it excludes when
// the other visa is closed to them too (or they need this one), else it is a
// concern.
func (a *applicant) visaRefused(text string, offered *bool, e evidence, visa Visa, otherClosed bool, f *programFacts) Reason {
	if !a.needs(visa) || !isFalse(offered) {
		return Reason{}
	}
	kind := ReasonConcern
	if a.VisaNeeded == visa || otherClosed {
		kind = ReasonExclude
	}
	return a.reason(kind, func() string {
		if f.citizensPROnly {
			return text + citizensNote(f)
		}
		return text
	}, e)
}

func citizensNote(f *programFacts) string {
	if f.permanentResidentsNamed {
		return " (open only to US citizens and permanent residents)"
	}
	return " (open only to US citizens)"
}

// visaOffered: a visa the applicant can use is offered, on its condition if it has one.
func (a *applicant) visaOffered(text string, offered *bool, e evidence, visa Visa, cond string, j judged, otherClosed bool) Reason {
	if !a.needs(visa) || !isTrue(offered) {
		return Reason{}
	}
	kind := ReasonUnknown
	switch j.state {
	case condNone, condMet:
		kind = ReasonPlus
	case condUnmet:
		kind = ReasonConcern
		if a.VisaNeeded == visa || otherClosed {
			kind = ReasonExclude
		}
	}
	return a.reason(kind, func() string {
		if cond != "" {
			text += " (" + cond + ")"
		}
		if j.decided != "" {
			text += ": " + j.decided
		}
		return text
	}, e)
}

// visaUnknown: the program does not say whether it takes a visa the
// applicant needs (and the other visa does not already serve them).
func (a *applicant) visaUnknown(text string, offered *bool, visa Visa, otherOK bool) Reason {
	if offered != nil || !(a.VisaNeeded == visa || (a.VisaNeeded == VisaJ1OrH1B && !otherOK)) {
		return Reason{}
	}
	return Reason{Kind: ReasonUnknown, Text: text}
}

// citizenship: for an applicant who needs no visa, visa policy never
// counts against them; a program open only to citizens may.
func (a *applicant) citizenship(f *programFacts) Reason {
	if a.VisaNeeded != VisaNone {
		return Reason{}
	}
	e := f.visaRefusalEv
	switch {
	case f.citizensPROnly && (a.Citizenship == CitizenUS || (a.Citizenship == CitizenPermanentResident && f.permanentResidentsNamed)):
		return a.reason(ReasonInfo, func() string {
			text := "open only to US citizens"
			if f.permanentResidentsNamed {
				text = "open only to US citizens and permanent residents"
			}
			return text + ": you qualify as " + a.youAre
		}, e)
	case f.citizensPROnly && a.Citizenship == CitizenPermanentResident:
		return a.reason(ReasonConcern, func() string {
			return "its page names only US citizens as eligible: ask whether permanent residents are considered"
		}, e)
	case f.citizensPROnly:
		return a.reason(ReasonConcern, func() string {
			return "open only to US citizens and permanent residents, and your profile says you are neither: ask whether your status qualifies"
		}, e)
	case isFalse(f.visaJ1) || isFalse(f.visaH1B):
		return a.reason(ReasonInfo, func() string {
			text := "H-1B not sponsored"
			if isFalse(f.visaJ1) && isFalse(f.visaH1B) {
				text = "J-1 not accepted and H-1B not sponsored"
			} else if isFalse(f.visaJ1) {
				text = "J-1 not accepted"
			}
			text += ": does not affect you, "
			if a.youAre != "" {
				text += "as " + a.youAre + " you need no visa"
			} else {
				text += "your profile says you need no visa"
			}
			return text
		}, e)
	}
	return Reason{}
}

// ecfmgDeadline: ECFMG certification required by a day of the season.
func (a *applicant) ecfmgDeadline(f *programFacts) Reason {
	due := a.season.Day(f.ecfmgDeadline) // read, not copied: judged once per program
	if due.IsZero() {
		return Reason{}
	}
	kind := ReasonUnknown
	switch a.ECFMG.Status {
	case ECFMGCertified:
		kind = ReasonPlus
	case ECFMGExpected:
		kind = ReasonExclude
		if !a.ecfmgDay.After(due) {
			kind = ReasonPlus
		}
	case ECFMGNotCertified:
		kind = ReasonConcern
	}
	return a.reason(kind, func() string {
		s := &a.season
		m := strconv.Itoa(a.match)
		var label string
		switch f.ecfmgDeadline {
		case "application":
			label = "your application (programs see applications from about " + ymd(s.Application) + ")"
		case "interview":
			label = "interviews (from about " + ymd(s.Interview) + ")"
		case "rank_list":
			label = "the " + m + " rank order list deadline (about " + ymd(s.RankList) + ")"
		case "match":
			label = "the " + m + " Match (" + ymd(s.MatchDay) + ")"
		case "training_start":
			label = "the start of training (" + ymd(s.TrainingStart) + ")"
		}
		you := "your profile does not say (add ecfmg_certified: yes, no or the day you expect it)"
		switch a.ECFMG.Status {
		case ECFMGCertified:
			you = "you are certified"
		case ECFMGExpected:
			you = "you expect it on " + ymd(a.ecfmgDay) + ", too late"
			if !a.ecfmgDay.After(due) {
				you = "you expect it on " + ymd(a.ecfmgDay) + ", in time"
			}
		case ECFMGNotCertified:
			you = "you are not certified yet (add the day you expect it to your profile)"
		}
		return "ECFMG certification required by " + label + ": " + you
	}, f.ecfmgDeadlineEv)
}

// yearsCounted is the applicant's years since graduation, counted to what
// the program counts to (countedTo says it in words).
func (a *applicant) yearsCounted(f *programFacts) int {
	years := a.match - a.GraduationYear
	if f.yogCountedTo == "application" {
		years--
	}
	return max(0, years)
}

// countedTo is what yearsCounted counts to, in words: "by the 2027 Match".
func (a *applicant) countedTo(f *programFacts) string {
	switch f.yogCountedTo {
	case "application":
		return "by your application (" + strconv.Itoa(a.match-1) + ")"
	case "training_start":
		return "by the start of training (July " + strconv.Itoa(a.match) + ")"
	}
	return "by the " + strconv.Itoa(a.match) + " Match"
}

func (a *applicant) yogLimit(f *programFacts) Reason {
	if f.yogMax == nil {
		return Reason{}
	}
	years := a.yearsCounted(f)
	kind := ReasonPlus
	if float64(years) > *f.yogMax {
		kind = ReasonExclude
	}
	return a.reason(kind, func() string {
		return "YOG limit " + g(*f.yogMax) + yearWord(*f.yogMax) + ", you are at " + strconv.Itoa(years) + " " + a.countedTo(f)
	}, f.yogMaxEv)
}

func (a *applicant) yogPreferred(f *programFacts) Reason {
	if f.yogPreferred == nil {
		return Reason{}
	}
	years := a.yearsCounted(f)
	if float64(years) <= *f.yogPreferred {
		return Reason{}
	}
	return a.reason(ReasonConcern, func() string {
		return "prefers graduates within " + g(*f.yogPreferred) + yearWord(*f.yogPreferred) + ", you are at " + strconv.Itoa(years) + " " + a.countedTo(f)
	}, f.yogPrefEv)
}

func (a *applicant) gradYearMin(f *programFacts) Reason {
	if f.gradYearMin == nil {
		return Reason{}
	}
	kind := ReasonExclude
	if float64(a.GraduationYear) >= *f.gradYearMin {
		kind = ReasonPlus
	}
	return a.reason(kind, func() string {
		return "graduates of " + g(*f.gradYearMin) + " or later, you graduated in " + strconv.Itoa(a.GraduationYear)
	}, f.gradYearMinEv)
}

func (a *applicant) yogNoLimit(f *programFacts) Reason {
	if !isTrue(f.yogNoLimit) || f.yogMax != nil {
		return Reason{}
	}
	return a.reason(ReasonPlus, func() string { return "no YOG cutoff" }, f.yogNoLimitEv)
}

func (a *applicant) yogUnknown(f *programFacts) Reason {
	if f.yogMax != nil || f.yogPreferred != nil || f.yogNoLimit != nil || f.gradYearMin != nil {
		return Reason{}
	}
	return Reason{Kind: ReasonUnknown, Text: "YOG policy not stated"}
}

// clinicalRecency: last clinical activity at most N years before the Match
// (the graduation year stands in when the profile has no clinical_last_year).
func (a *applicant) clinicalRecency(f *programFacts) Reason {
	if f.clinicalRecency == nil {
		return Reason{}
	}
	limit := *f.clinicalRecency
	last := a.GraduationYear
	if a.ClinicalLastYear != nil {
		last = *a.ClinicalLastYear
	}
	kind := ReasonExclude
	switch {
	case float64(a.match-last) <= limit:
		kind = ReasonPlus
	case a.ClinicalLastYear == nil:
		kind = ReasonUnknown
	}
	return a.reason(kind, func() string {
		since := func(y int) string {
			w := " years"
			if a.match-y == 1 {
				w = " year"
			}
			return strconv.Itoa(max(0, a.match-y)) + w + " by the " + strconv.Itoa(a.match) + " Match"
		}
		text := "clinical activity within " + g(limit) + yearWord(limit) + " required, "
		switch {
		case a.ClinicalLastYear != nil:
			text += "your last was in " + strconv.Itoa(last) + ": " + since(last)
		case float64(a.match-a.GraduationYear) <= limit:
			text += "you graduated in " + strconv.Itoa(a.GraduationYear) + ": " + since(a.GraduationYear)
		default:
			text += "your profile does not say when your last clinical work was (add clinical_last_year)"
		}
		return text
	}, f.clinicalRecencyEv)
}

func (a *applicant) step1Pass(f *programFacts) Reason {
	if !isTrue(f.step1PassRequired) || a.Step1Passed {
		return Reason{}
	}
	return a.reason(ReasonExclude, func() string { return "Step 1 pass required, you have not passed" }, f.step1PassRequiredEv)
}

func (a *applicant) step1Min(f *programFacts) Reason {
	if f.step1Min == nil || a.Step1Score == nil || float64(*a.Step1Score) >= *f.step1Min {
		return Reason{}
	}
	return a.reason(ReasonExclude, func() string {
		return "Step 1 minimum " + g(*f.step1Min) + ", you have " + strconv.Itoa(*a.Step1Score)
	}, f.step1MinEv)
}

// step2CK is the applicant's Step 2 CK score in words.
func (a *applicant) step2CK() string {
	if a.Step2CKScore == nil {
		return "no score"
	}
	return strconv.Itoa(*a.Step2CKScore)
}

func (a *applicant) step2CKMin(f *programFacts) Reason {
	if f.step2CKMin == nil {
		return Reason{}
	}
	kind := ReasonPlus
	if float64(deref(a.Step2CKScore)) < *f.step2CKMin {
		kind = ReasonExclude
	}
	return a.reason(kind, func() string { return "Step 2 CK minimum " + g(*f.step2CKMin) + ", you have " + a.step2CK() }, f.step2CKMinEv)
}

func (a *applicant) step2CKPreferred(f *programFacts) Reason {
	if f.step2CKPref == nil || float64(deref(a.Step2CKScore)) >= *f.step2CKPref {
		return Reason{}
	}
	return a.reason(ReasonConcern, func() string { return "prefers Step 2 CK ≥ " + g(*f.step2CKPref) + ", you have " + a.step2CK() }, f.step2CKPrefEv)
}

func (a *applicant) step2CKUnknown(f *programFacts) Reason {
	if f.step2CKMin != nil || f.step2CKPref != nil {
		return Reason{}
	}
	return Reason{Kind: ReasonUnknown, Text: "Step 2 CK requirement not stated"}
}

func (a *applicant) comlex2Min(f *programFacts) Reason {
	if f.comlex2Min == nil || a.COMLEX2Score == nil || float64(*a.COMLEX2Score) >= *f.comlex2Min {
		return Reason{}
	}
	return a.reason(ReasonExclude, func() string {
		return "COMLEX Level 2 minimum " + g(*f.comlex2Min) + ", you have " + strconv.Itoa(*a.COMLEX2Score)
	}, f.comlex2MinEv)
}

// attempts only matter to an applicant who has failed an exam.
func (a *applicant) attempts(f *programFacts) Reason {
	if f.attemptsMax == nil || a.FailedAttempts <= 0 {
		return Reason{}
	}
	kind := ReasonPlus
	if float64(a.FailedAttempts+1) > *f.attemptsMax {
		kind = ReasonExclude
	}
	return a.reason(kind, func() string {
		text := "at most " + g(*f.attemptsMax) + " attempts"
		if *f.attemptsMax == 1 {
			text = "first attempt only"
		}
		text += ", you have " + strconv.Itoa(a.FailedAttempts) + " failed attempt"
		if a.FailedAttempts != 1 {
			text += "s"
		}
		return text
	}, f.attemptsMaxEv)
}

func (a *applicant) attemptsUnknown(f *programFacts) Reason {
	if f.attemptsMax != nil || a.FailedAttempts <= 0 {
		return Reason{}
	}
	return Reason{Kind: ReasonUnknown, Text: "attempt limit not stated"}
}

// usce: US clinical experience. Observerships count unless the program says
// they do not.
func (a *applicant) usce(f *programFacts) Reason {
	handsOn, obs := a.USCE.HandsOnMonths, a.USCE.ObservershipMonths
	obsRefused := isFalse(f.usceObsOK)
	counted, note := handsOn+obs, ""
	if obsRefused {
		counted = handsOn
		if obs > 0 {
			note = " hands-on (observerships not accepted)"
		}
	}
	months := f.usceMonths
	switch f.usceRequirement {
	case "required":
		switch {
		case handsOn == 0 && obs > 0 && obsRefused:
			return a.reason(ReasonExclude, func() string {
				return "hands-on USCE required (observerships not accepted), you have only observerships"
			}, f.usceObsOKEv)
		case counted == 0:
			return a.reason(ReasonExclude, func() string { return "USCE required, you have none" }, f.usceRequirementEv)
		case months != nil && counted < *months:
			return a.reason(ReasonExclude, func() string {
				return g(*months) + " months of USCE required, you have " + g(counted) + " months" + note
			}, f.usceMonthsEv)
		}
		return a.reason(ReasonPlus, func() string { return "USCE required, you have " + g(counted) + " months" + note }, f.usceRequirementEv)
	case "preferred":
		if counted != 0 && (months == nil || counted >= *months) {
			return Reason{}
		}
		return a.reason(ReasonConcern, func() string {
			text := "USCE preferred"
			if months != nil {
				text += " (" + g(*months) + " months)"
			}
			if counted == 0 {
				text += ", you have none"
			} else {
				text += ", you have " + g(counted) + " months" + note
			}
			return text
		}, f.usceRequirementEv)
	case "not_required":
		return a.reason(ReasonPlus, func() string { return "USCE not required" }, f.usceRequirementEv)
	case "":
		return Reason{Kind: ReasonUnknown, Text: "USCE requirement not stated"}
	}
	return Reason{}
}

func (a *applicant) imgShare(f *programFacts) Reason {
	t := &f.base
	if t.IMGShare == nil {
		return Reason{Kind: ReasonUnknown, Text: "IMG share unknown"}
	}
	share := *t.IMGShare
	kind := ReasonConcern
	switch {
	case share >= a.cfg.IMGShareHigh:
		kind = ReasonPlus
	case share >= a.cfg.IMGShareModerate:
		kind = ReasonInfo
	}
	return a.reason(kind, func() string {
		text := "IMG share " + strconv.FormatFloat(roundHalfAway(share*100), 'f', 0, 64) + "%"
		switch t.IMGShareSource {
		case "roster":
			if t.ResidentsIMG != nil && t.ResidentsTotal != nil {
				text += " (" + strconv.FormatInt(*t.ResidentsIMG, 10) + " of " + strconv.FormatInt(*t.ResidentsTotal, 10) + " residents on the roster)"
			}
		case "stated":
			text += " (as stated by the program)"
		}
		return text
	}, f.imgShareEv)
}

// geography orders programs within a tier and never changes it: a state
// the applicant listed is "in your preferred states", a state reached only
// through a listed region is "in your preferred region (Midwest)".
func (a *applicant) geography(f *programFacts) Reason {
	st := f.base.State
	if slices.Contains(a.listed, st) {
		return a.reason(ReasonInfo, func() string { return "in your preferred states (" + st + ")" }, evidence{})
	}
	if !slices.Contains(a.preferred, st) {
		return Reason{}
	}
	for _, r := range a.Regions {
		if slices.Contains(regions[r], st) {
			return a.reason(ReasonInfo, func() string {
				name := r
				if name != "" {
					name = strings.ToUpper(name[:1]) + name[1:]
				}
				return "in your preferred region (" + name + ": " + st + ")"
			}, evidence{})
		}
	}
	return Reason{}
}

// tierKey is a judged program's place in the tiered list, best first: by
// tier, programs in the preferred states first, then the highest IMG share
// (unknown last), the fewest unknowns, name and id (the name rank, computed
// once per tiering). Every key is an integer: no string is compared.
type tierKey struct {
	rank  uint64 // tier rank, then 0 for a preferred state, then 1 for an unknown share (after every known one)
	share uint64 // highest first
	tail  uint64 // unknowns, then the name rank
	at    int    // the program's place in the judged list
}

// keyOf is the key of a program judged v, with its IMG share and name rank.
func keyOf(v verdict, share *float64, nameRank uint32, at int) tierKey {
	k := tierKey{rank: uint64(rankOf(v.tier)) << 2, tail: uint64(v.unknown)<<32 | uint64(nameRank), at: at}
	if !v.inPreferredState {
		k.rank |= 2
	}
	if share != nil {
		k.share = ^math.Float64bits(max(*share, 0)) // shares are never negative; for them the bits order as the values
	} else {
		k.rank |= 1
	}
	return k
}

// sortTierKeys sorts keys best first.
func sortTierKeys(keys []tierKey) {
	slices.SortFunc(keys, func(x, y tierKey) int {
		if x.rank != y.rank {
			return cmp.Compare(x.rank, y.rank)
		}
		if x.share != y.share {
			return cmp.Compare(x.share, y.share)
		}
		return cmp.Compare(x.tail, y.tail)
	})
}

// rankOf is the tier's place, best first.
func rankOf(t Tier) int {
	switch t {
	case TierHigh:
		return 1
	case TierModerate:
		return 2
	case TierReach:
		return 3
	}
	return 4
}

// reason is a reason of the kind, its text written by text() only when the
// applicant's reasons are written (a.texts): judging the tier needs the kind
// alone. text does not escape, so the closures cost no allocation.
func (a *applicant) reason(kind ReasonKind, text func() string, e evidence) Reason {
	if !a.texts {
		return Reason{Kind: kind}
	}
	return Reason{Kind: kind, Text: text(), URL: e.url, Evidence: e.text}
}

func isTrue(b *bool) bool  { return b != nil && *b }
func isFalse(b *bool) bool { return b != nil && !*b }

func deref(i *int) int {
	if i == nil {
		return 0
	}
	return *i
}

// g writes a number as printf's %g does (220, 2.5, 0.15).
func g(f float64) string { return strconv.FormatFloat(f, 'g', 6, 64) }

// yearWord is " year" after 1, " years" after any other number.
func yearWord(f float64) string {
	if f == 1 {
		return " year"
	}
	return " years"
}

// ymd is a date as YYYY-MM-DD.
func ymd(t time.Time) string { return t.Format(dateLayout) }

// roundHalfAway rounds half away from zero, as SQL's round does.
func roundHalfAway(f float64) float64 {
	if f < 0 {
		return -float64(int64(-f + 0.5))
	}
	return float64(int64(f + 0.5))
}
