package extract

import "testing"

// knownUSCE8Misses are the session-8 USCE battery cases not read right yet.
var knownUSCE8Misses = map[string]bool{}

// TestBatteryUSCE8AdvisedNotRequired (issue 11, written in the team's own
// words before the rule): advice is a preference, as "recommended" is: US
// clinical experience "not required but (highly, strongly) advised",
// "advisable", "applicants are advised to have …" is preferred, in either
// order and as an answer. Advice about something else (applying early,
// contacting the office) beside a "not required" leaves it not required;
// being told that something is required ("applicants are advised that …
// is required") is still a requirement.
func TestBatteryUSCE8AdvisedNotRequired(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	pref := F{usceReqF: "preferred"}
	add("US clinical experience is not required but is highly advised.", pref)
	add("USCE is not required but highly advised.", pref)
	add("US clinical experience: not required, but advisable.", pref)
	add("U.S. clinical experience is not required but strongly advised.", pref)
	add("Hands-on US clinical experience is advisable but not required.", pref)
	add("We do not require USCE, though it is strongly advised.", pref)
	add("Applicants are advised to have at least three months of US clinical experience.", F{usceReqF: "preferred", usceMo: 3.0})
	add("It is advised, though not required, that applicants have US clinical experience.", pref)
	cases = append(cases, ruleCase{"faq: no, but advised", qaHTML("Is US clinical experience required?", "No, but it is highly advised."), pref})
	// near misses
	add("US clinical experience is not required.", F{usceReqF: "not_required"})
	add("US clinical experience is not required but applicants are advised to apply early.", F{usceReqF: "not_required"})
	add("Applicants are advised to apply early; US clinical experience is not required.", F{usceReqF: "not_required"})
	add("Applicants are advised that US clinical experience is required.", F{usceReqF: "required"})
	add("Applicants are advised to contact the coordinator about observerships.", F{})
	add("Applicants are advised that graduates of more than five years will not be considered.", F{yogMax: 5.0})
	runKnownBattery(t, cases, knownUSCE8Misses, usceReqF, usceMo, yogMax)
}
