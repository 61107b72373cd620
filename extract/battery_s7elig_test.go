package extract

import (
	"testing"

	"github.com/imgfriendly/imgfriendly"
)

// The eligibility batteries of session 7, written in the team's own words
// before the rules that read them (issue 11). Cases not read right yet are
// named in knownS7Misses (see runKnownBattery).

// knownS7Misses are the session-7 battery cases not read right yet.
var knownS7Misses = map[string]bool{
	"Our observership program does not include research time.": true, // observerships read as not accepted (before this session too)
}

// s7Fields are the eligibility fields the session-7 batteries compare.
var s7Fields = []imgfriendly.Field{j1, h1b, s1Pass, s1Min, s2Min, s2Pref, cx1, cx2, attMax, usceReqF, usceMo, yogMax, yogPref, yogNone}

// TestBatterySpliceScope: a comma that opens a new subject and verb (a
// comma splice), or a "however"/"but" before one, starts a clause whose
// negation and modality stay in it: "X is preferred, Y is required" prefers
// X; "we do not require A, but B must …" denies only A; in either order and
// for every field. A negated requirement of a pass ("Passing Step 1 is not
// required") asks for no pass. Near misses: a list of exams before one verb,
// a comma before "including", an opening phrase with no verb of its own, an
// "if" clause, and a parenthetical amount keep one clause.
func TestBatterySpliceScope(t *testing.T) {
	runKnownBattery(t, visaCases([]struct {
		s    string
		want F
	}{
		// a pass whose requirement is denied
		{"Passing Step 1 is not required.", F{}},
		{"A passing Step 1 result is not required to apply.", F{}},
		{"Step 1 pass is not required, Step 2 CK must be passed with 220 or higher.", F{s2Min: 220.0}},
		// the pass required, the score denied: the denial stays in its clause
		{"We require Step 1 scores with a passing grade, there is no minimum score requirement.", F{s1Pass: true}},
		{"COMLEX Level 1 must be passed, there is no minimum score.", F{cx1: true}},
		{"We do not have a minimum score, applicants must pass Step 1 on the first attempt.", F{s1Pass: true, attMax: 1.0}},
		{"A minimum Step 2 CK score of 220 is required, there is no cutoff for Step 1.", F{s2Min: 220.0}},
		// preferred / required, both orders
		{"US clinical experience is preferred, ECFMG certification is required.", F{usceReqF: "preferred"}},
		{"ECFMG certification is required, US clinical experience is preferred.", F{usceReqF: "preferred"}},
		{"US clinical experience is required, graduation within 5 years is preferred.", F{usceReqF: "required", yogPref: 5.0}},
		{"Graduation within 5 years is preferred, US clinical experience is required.", F{usceReqF: "required", yogPref: 5.0}},
		{"A passing Step 1 is preferred, a Step 2 CK score of 230 is required.", F{s2Min: 230.0}},
		// a denial, then a requirement of something else (and the other order)
		{"We do not require USCE, but applicants must have passed Step 1 on the first attempt.", F{usceReqF: "not_required", s1Pass: true, attMax: 1.0}},
		{"Applicants must have passed Step 1 on the first attempt, but we do not require USCE.", F{usceReqF: "not_required", s1Pass: true, attMax: 1.0}},
		{"US clinical experience is not mandatory, however applicants must have graduated within 5 years.", F{usceReqF: "not_required", yogMax: 5.0}},
		{"Graduation within 5 years is required, US clinical experience is not required.", F{usceReqF: "not_required", yogMax: 5.0}},
		{"There is no graduation year cutoff, we require at least 3 months of USCE.", F{yogNone: true, usceReqF: "required", usceMo: 3.0}},
		{"No USCE is required, we do require graduation within the past 3 years.", F{usceReqF: "not_required", yogMax: 3.0}},
		{"Applicants must pass Step 1, we do not accept more than two attempts.", F{s1Pass: true, attMax: 2.0}},
		{"Observerships are welcome, hands-on US clinical experience is not required.", F{usceReqF: "not_required"}},
		// visas: a refusal of one and an acceptance of the other
		{"We accept J-1 visas, we do not sponsor H-1B visas.", F{j1: true, h1b: false}},
		{"We do not sponsor H-1B visas, J-1 visas are accepted.", F{j1: true, h1b: false}},
		{"We do not sponsor H-1B visas, however we accept J-1 visas.", F{j1: true, h1b: false}},
		{"We are unable to sponsor H-1B visas, we only accept J-1.", F{j1: true, h1b: false}},
		{"H-1B visas are not sponsored, the program accepts J-1 physicians.", F{j1: true, h1b: false}},
		// near misses: one clause
		{"In addition, applicants must have passed Step 1.", F{s1Pass: true}},
		{"We do not sponsor visas, including H-1B and J-1.", F{j1: false, h1b: false}},
		{"We require USCE, at least 3 months, in an inpatient setting.", F{usceReqF: "required", usceMo: 3.0}},
		{"We sponsor J-1 and H-1B visas, provided Step 3 is passed.", F{j1: true, h1b: true}},
		{"Our residents come from many countries, we sponsor J-1 visas.", F{j1: true}},
	}), knownS7Misses, s7Fields...)
}

// TestBatteryWhoseRule: a rule is the program's, addressed to applicants.
// A life story told in the past tense by or about a person ("It required
// passing Step 1", "she had to complete six months of US rotations", "it
// took him two attempts") states no rule, nor does an item asked for only
// "if applicable" (it applies to some applicants, unnamed). The same
// sentences as rules ("It is required that applicants pass …", "You have
// to pass …", "They must have passed …") keep their facts. "If applicable"
// ("if any", "if available") on US clinical experience asks for none; on an
// exam, a visa or an ECFMG certificate it names the one that applies to
// the applicant, and the item keeps its reading.
func TestBatteryWhoseRule(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	item := func(s string, want F) {
		cases = append(cases, ruleCase{"item: " + s, list("Your application must include:", s, "Three letters of recommendation"), want})
	}
	// stories
	add("The move to the United States was hard. It required passing Step 1 and Step 2 CK first.", F{})
	add("She had to complete six months of US clinical experience before she could apply.", F{})
	add("I had to pass the USMLE on my first attempt to stay competitive.", F{})
	add("He needed three months of clinical rotations in the United States.", F{})
	add("They had to obtain a J-1 visa through ECFMG.", F{})
	add("It took him two attempts to pass Step 1.", F{})
	add("Getting a residency position required him to pass Step 2 CK with a score above 240.", F{})
	add("I completed four months of hands-on clinical rotations in US hospitals before the Match.", F{})
	// the same as rules
	add("It is required that applicants pass Step 1 on the first attempt.", F{s1Pass: true, attMax: 1.0})
	add("You have to pass Step 1 before you apply.", F{s1Pass: true})
	add("They must have passed Step 1 on the first attempt.", F{s1Pass: true, attMax: 1.0})
	add("It requires at least three months of US clinical experience.", F{usceReqF: "required", usceMo: 3.0})
	add("Applicants need three months of clinical rotations in the United States.", F{usceReqF: "required", usceMo: 3.0})
	add("We consider applicants only if they graduated within the past three years.", F{yogMax: 3.0})
	add("Candidates are eligible when they have passed Step 1 on the first attempt.", F{s1Pass: true, attMax: 1.0})
	// if applicable
	item("U.S. clinical experience, if applicable", F{})
	item("Hands-on US clinical experience (where applicable)", F{})
	item("Clinical experience in the United States, if any", F{})
	item("USCE (if available)", F{})
	// an exam or a visa "if applicable" is the one that applies to the
	// applicant (TestBatteryPassInLists, TestBatteryVisaItemWhereApplicable)
	item("Passing USMLE Step 1 score", F{s1Pass: true})
	item("U.S. clinical experience", F{usceReqF: "required"})
	runKnownBattery(t, cases, knownS7Misses, s7Fields...)
}

// TestBatteryResidencyYearNotUSCE: a year of residency required at a US
// institution (a preliminary, transitional, internship or intern year) is
// graduate training, not US clinical experience, also under a question
// about USCE; the answer's "No" still denies the experience. Near misses:
// months of US clinical experience, a year of it, experience during the
// final year of medical school.
func TestBatteryResidencyYearNotUSCE(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	add("Is US clinical experience required? No, but we require a preliminary year at a US ACGME-accredited institution.", F{usceReqF: "not_required"})
	add("Do you require US clinical experience? It is strongly preferred, not required; we do require a transitional year at an accredited US program before residency begins.", F{usceReqF: "preferred"})
	add("Do you require US clinical experience? It is highly preferred but is not mandatory; however, we do require a preliminary year to be completed at a US ACGME accredited hospital prior to starting residency with us.", F{usceReqF: "preferred"})
	add("Do you require US clinical experience? US clinical experience is highly preferred but is not mandatory; however, we do require a transitional year.", F{usceReqF: "preferred"})
	add("Do you require US clinical experience? It is highly preferred but is not mandatory.", F{usceReqF: "preferred"})
	add("Do you require US Clinical Experience? We require a transitional year at a US institution before starting.", F{})
	add("Is USCE required? An intern year in the United States must be completed before the PGY-2 year.", F{})
	add("Applicants must have completed an internship year at an ACGME-accredited institution in the US.", F{})
	add("US clinical experience is preferred; a transitional year in a US program is required before starting.", F{usceReqF: "preferred"})
	add("Do you require US clinical experience? Yes, at least 3 months in a US hospital.", F{usceReqF: "required", usceMo: 3.0})
	add("A year of US clinical experience is required.", F{usceReqF: "required", usceMo: 12.0})
	add("We require hands-on US clinical experience during the final year of medical school.", F{usceReqF: "required"})
	runKnownBattery(t, cases, knownS7Misses, usceReqF, usceMo)
}

// TestBatteryIfThenTurnedAway: an opening "if" clause whose consequence
// turns the applicant away ("If you graduated more than 5 years ago, you
// are not eligible") describes who is turned away, as "Applicants who …
// are not eligible" does; any other consequence leaves the "if" clause a
// supposition that states nothing ("…, please contact the coordinator").
func TestBatteryIfThenTurnedAway(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	add("If you graduated more than 5 years ago, you are not eligible.", F{yogMax: 5.0})
	add("If you graduated more than five years ago, you will not be considered.", F{yogMax: 5.0})
	add("If it has been more than three years since you graduated, we cannot consider your application.", F{yogMax: 3.0})
	add("If your Step 2 CK score is below 220, your application will not be considered.", F{s2Min: 220.0})
	add("If you have failed any Step of the USMLE, you will not be considered.", F{attMax: 1.0})
	add("If you need an H-1B visa, we are unable to consider your application.", F{h1b: false})
	add("If you require J-1 sponsorship, you will not be considered.", F{j1: false})
	add("If you do not have US clinical experience, you will not be considered.", F{usceReqF: "required"})
	add("If you graduated more than 5 years ago, please contact the coordinator.", F{})
	add("If you need a visa, we sponsor J-1 visas.", F{j1: true})
	add("If you have US clinical experience, please list it in your CV.", F{})
	add("If you have questions about your Step 2 CK score, you may email the coordinator.", F{})
	add("If your application is incomplete after December 1, it will not be reviewed.", F{})
	add("If you have not heard from us by January, we will not be able to offer you an interview.", F{})
	add("If you need an H1B, we will not consider you.", F{h1b: false})
	runKnownBattery(t, cases, knownS7Misses, s7Fields...)
}

// TestBatteryExperienceExcludingObservership: a relative clause or phrase
// that says what the required experience may not be ("… that does not
// include observership or research", "…, which cannot be an
// observership", "excluding observerships") narrows the experience; the
// requirement and its months stand, and observerships do not count. Near
// misses: a sentence about observerships themselves, a preference.
func TestBatteryExperienceExcludingObservership(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	add("All applicants must have at least six months of clinical experience in the United States that does not include observership or research.", F{usceReqF: "required", usceMo: 6.0, obsOK: false})
	add("Applicants must have at least three months of US clinical experience, which cannot be an observership.", F{usceReqF: "required", usceMo: 3.0, obsOK: false})
	add("We require two months of hands-on clinical experience in a US hospital, excluding observerships.", F{usceReqF: "required", usceMo: 2.0, obsOK: false})
	add("Candidates need two months of US clinical experience that is not an observership or externship.", F{usceReqF: "required", usceMo: 2.0, obsOK: false})
	add("At least four months of clinical work in the US, other than observerships, is required.", F{usceReqF: "required", usceMo: 4.0, obsOK: false})
	add("Observerships do not count as US clinical experience.", F{obsOK: false})
	add("Our observership program does not include research time.", F{})
	add("US clinical experience that is not an observership is preferred.", F{usceReqF: "preferred", obsOK: false})
	runKnownBattery(t, cases, knownS7Misses, usceReqF, usceMo, obsOK)
}

// TestBatteryExamListBeforeOneVerb: a list of exams with a comma before
// its last "and" ("Step 1, Step 2 CK, and Step 3 must be passed") is the
// subject of the one verb after it, not two sentences; a comma and "and"
// after a part with a verb of its own still open a new one ("There is no
// minimum for Step 1, and applicants must …").
func TestBatteryExamListBeforeOneVerb(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	add("Step 1, Step 2 CK, and Step 3 must be passed.", F{s1Pass: true})
	add("Step 1, Step 2 CK, and Step 2 CS must be passed on the first attempt.", F{s1Pass: true, attMax: 1.0})
	add("Step 1, Step 2 CK, and Step 3 scores are listed on the application form.", F{})
	add("COMLEX Level 1, Level 2 CE, and Level 2 PE must be passed.", F{cx1: true})
	add("Step 2 CK, Step 1, and Step 3 scores of 225 or higher are required.", F{s1Min: 225.0, s2Min: 225.0})
	add("There is no minimum score for Step 1, and applicants must have graduated within 5 years.", F{yogMax: 5.0})
	add("Step 1 must be passed, and Step 2 CK must be 220 or higher.", F{s1Pass: true, s2Min: 220.0})
	add("We do not require Step 3, and applicants must pass Step 1 on the first attempt.", F{s1Pass: true, attMax: 1.0})
	runKnownBattery(t, cases, knownS7Misses, s7Fields...)
}

// TestBatteryOnlyVisaByReference: "This is the only visa we accept" refers
// to the visa named just before it, by the sentence before in the same
// passage or by the question it answers: that visa is accepted and the
// other is not. Near misses: "the only program …" (not a visa), two visas
// named before ("these are the only visas"), nothing named before.
func TestBatteryOnlyVisaByReference(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	add("We accept J-1 visas sponsored by ECFMG. This is the only visa we accept.", F{j1: true, h1b: false})
	add("The program sponsors H-1B visas. It is the only visa type we sponsor.", F{h1b: true, j1: false})
	add("We do accept ECFMG sponsored J1 visas. That is the only type of visa accepted by the program.", F{j1: true, h1b: false})
	add("Do you accept J-1 visas? Yes. This is the only visa we accept.", F{j1: true, h1b: false})
	add("Which visas do you sponsor? We sponsor the H1B. This is the only visa we sponsor at this time.", F{h1b: true, j1: false})
	add("We accept J-1 visas. This is the only program in the state that does.", F{j1: true})
	add("We sponsor J-1 and H-1B visas. These are the only visas we sponsor.", F{j1: true, h1b: true})
	add("This is the only visa we accept.", F{})
	runKnownBattery(t, cases, knownS7Misses, j1, h1b)
}

// TestBatteryProgramProvidesVisa: the program that provides a visa ("we
// provide either a J1 or an H1B visa", "the program provides H-1B visas")
// sponsors it; one that does not provide it refuses it. Near misses:
// information provided about visas, a copy of a visa the applicant provides.
func TestBatteryProgramProvidesVisa(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	add("For graduates who match with us, we provide either a J1 or an H1B visa, depending on the case.", F{j1: true, h1b: true})
	add("We provide J-1 visa sponsorship through ECFMG.", F{j1: true})
	add("The program provides H-1B visas for eligible residents.", F{h1b: true})
	add("We do not provide H-1B visas.", F{h1b: false})
	add("We provide information about J-1 and H-1B visas on the GME website.", F{})
	add("Applicants must provide a copy of their visa.", F{})
	runKnownBattery(t, cases, knownS7Misses, j1, h1b)
}
