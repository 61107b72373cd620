package extract

import (
	"testing"
)

// The eligibility batteries of session 8, written in the team's own words
// before the rules that read them (issue 11). Cases not read right yet are
// named in knownS8Misses (see runKnownBattery).

// knownS8Misses are the session-8 battery cases not read right yet.
var knownS8Misses = map[string]bool{
	"We do not accept observership experience.": true, // a negated 'accept' before the observership: no kObsVerb, nothing read
}

// TestBatteryObservershipCompound: an observership named as the kind of
// an experience ("observership experience", "observership rotations",
// "shadowing experience") takes what is denied of the compound: "is not
// accepted", "does not count", "will not be counted", "does not qualify"
// say observerships do not count as US clinical experience. Near misses:
// the same compound accepted or counted, a program that does not offer
// observerships, observerships that are not required.
func TestBatteryObservershipCompound(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	add("Observership experience is not accepted.", F{obsOK: false})
	add("Observership experience does not count toward the USCE requirement.", F{obsOK: false})
	add("Observership rotations will not be counted.", F{obsOK: false})
	add("Shadowing experience does not qualify.", F{obsOK: false})
	add("Observership experience is not considered US clinical experience.", F{obsOK: false})
	add("Observership experience is not accepted; we require three months of hands-on US clinical experience.", F{obsOK: false, usceReqF: "required", usceMo: 3.0})
	add("We do not accept observership experience.", F{obsOK: false})
	cases = append(cases, ruleCase{"label: observership experience not accepted", "<p>US clinical experience: observership experience not accepted</p>", F{obsOK: false}})
	// near misses
	add("Observership experience is accepted.", F{obsOK: true})
	add("Observership experience counts toward the requirement.", F{obsOK: true})
	add("We do not offer observership experience.", F{})
	add("Observership experience is not required.", F{})
	runKnownBattery(t, cases, knownS8Misses, usceReqF, usceMo, obsOK)
}

// TestBatteryGraduationAsCondition: years since graduation that say who is
// exempt from another fact's rule ("USCE is required unless you graduated
// less than two years ago", "except for applicants who graduated in the
// past 2 years", "not required if you graduated within the past two
// years") are that rule's condition, not a graduation limit; the other
// rule is read as before. Near misses: a graduation limit beside another
// rule, a condition whose consequence turns the applicant away, a
// graduation limit with an exception of its own, a condition after a
// semicolon's other rule.
func TestBatteryGraduationAsCondition(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	add("US clinical experience is required unless you graduated less than two years ago.", F{usceReqF: "required"})
	add("We require US clinical experience unless you graduated less than two years ago.", F{usceReqF: "required"})
	add("Except for applicants who graduated in the past 2 years, US clinical experience is mandatory.", F{usceReqF: "required"})
	add("Unless you graduated within the last two years, hands-on US clinical experience is required.", F{usceReqF: "required"})
	add("US clinical experience is not required if you graduated within the past two years.", F{usceReqF: "not_required"})
	add("For applicants who graduated within the last 2 years, US clinical experience is not required.", F{usceReqF: "not_required"})
	add("A Step 2 CK score of 230 is required unless you graduated within the last year.", F{s2Min: 230.0})
	// near misses
	add("Applicants must have graduated within the last two years; US clinical experience is required.", F{yogMax: 2.0, usceReqF: "required"})
	add("US clinical experience is required, and you must have graduated less than two years ago.", F{yogMax: 2.0, usceReqF: "required"})
	add("Unless you graduated within the past 3 years, you are not eligible.", F{yogMax: 3.0})
	add("Applicants who graduated more than 5 years ago will not be considered.", F{yogMax: 5.0})
	add("We accept J-1 visas; applicants are eligible if they graduated within the past 3 years.", F{j1: true, yogMax: 3.0})
	add("We consider applicants only if they graduated within the past three years.", F{yogMax: 3.0})
	runKnownBattery(t, cases, knownS8Misses, j1, h1b, yogMax, yogPref, yogNone, usceReqF, usceMo, s2Min)
}
