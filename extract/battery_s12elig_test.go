package extract

import "testing"

// The eligibility batteries of session 12, from the probe grid's misses
// (TestProbeGrid12), written in the team's own words. Each case fails on
// the main it was written against unless it is a near miss.

// TestBatteryLackedBound: a word of lacking ("without", "lacking") before
// a lower bound of a number is the applicant's lack of the quantity, which
// the sentence turns them away for — a requirement with its number — not
// a denied requirement ("no minimum"). Near misses: a lack of a minimum
// with no number, applicants considered without one.
func TestBatteryLackedBound(t *testing.T) {
	var cases []ruleCase
	add := func(name, give string, want F) { cases = append(cases, ruleCase{name, give, want}) }
	add("without at least N months, not considered", "<p>Applicants without at least three months of US clinical experience will not be considered.</p>", F{usceReqF: "required", usceMo: 3.0})
	add("lacking a minimum of N weeks, not eligible", "<p>Candidates lacking a minimum of 8 weeks of hands-on USCE are not eligible.</p>", F{usceReqF: "required", usceMo: 1.8})
	add("without a score of at least N, not considered", "<p>Applicants without a Step 2 CK score of at least 225 will not be considered.</p>", F{s2Min: 225.0})
	add("bullet: without at least two months, not reviewed", "<h3>Requirements</h3><ul><li>Applications without at least 2 months of clinical experience in the US will not be reviewed</li></ul>", F{usceReqF: "required", usceMo: 2.0})
	// near misses
	add("considered without a minimum amount", "<p>Applicants are considered without a minimum amount of US clinical experience.</p>", F{usceReqF: "not_required"})
	add("reviewed without a minimum score", "<p>Applications without a minimum score are reviewed.</p>", F{})
	runKnownBattery(t, cases, nil, usceReqF, usceMo, s2Min)
}

// TestBatteryLeftOffTheRankList: applicants who need a visa and will not
// be ranked are turned away as those who will not be considered are: the
// visa is not sponsored; those who lack the visa and will not be ranked
// are asked to hold it (the visa is what admits).
func TestBatteryLeftOffTheRankList(t *testing.T) {
	var cases []ruleCase
	add := func(name, give string, want F) { cases = append(cases, ruleCase{name, give, want}) }
	add("requiring an H-1B, not ranked", "<p>Applicants requiring an H-1B visa will not be ranked.</p>", F{h1b: false})
	add("who need J-1 sponsorship, cannot be ranked", "<p>Candidates who need J-1 sponsorship cannot be ranked.</p>", F{j1: false})
	add("FAQ: H-1B seekers are not ranked", "<h3>Can I apply on an H1B?</h3><p>Applicants who need H1B sponsorship are not ranked.</p>", F{h1b: false})
	add("who do not have a J-1, not ranked", "<p>Applicants who do not have a J-1 visa will not be ranked.</p>", F{j1: true})
	runKnownBattery(t, cases, nil, j1, h1b)
}

// TestBatteryNoThenCitizensOnly: an answer's "No," followed in the same
// sentence by a requirement of citizenship or permanent residency: the
// "No" is the answer's, the requirement rules every visa out. Near misses:
// the status named as people ("No, non-citizens must …"), a visa named
// beside the status.
func TestBatteryNoThenCitizensOnly(t *testing.T) {
	var cases []ruleCase
	add := func(name, give string, want F) { cases = append(cases, ruleCase{name, give, want}) }
	add("visas asked; No, citizens or permanent residents", "<h3>Are visas sponsored?</h3><p>No, all applicants must be US citizens or permanent residents.</p>", F{j1: false, h1b: false})
	add("h1b asked; No, green card holders or citizens", "<dl><dt>Do you take H1B applicants?</dt><dd>No, candidates need a green card or US citizenship.</dd></dl>", F{j1: false, h1b: false})
	add("IMGs asked; No, citizens", "<h3>Can foreign nationals apply?</h3><p>No, applicants must be American citizens.</p>", F{j1: false, h1b: false})
	// near misses
	add("No, citizens or J-1 holders", "<h3>Do you sponsor H-1B visas?</h3><p>No, applicants must be US citizens, permanent residents or J-1 holders.</p>", F{j1: true, h1b: false})
	runKnownBattery(t, cases, nil, j1, h1b)
}

// TestBatteryFirstAttemptCompound: a "Yes" to a question that asks for
// first-attempt passes, the compound hyphenated as pages write it, as to
// "on the first attempt". Near miss: a question about a preference.
func TestBatteryFirstAttemptCompound(t *testing.T) {
	var cases []ruleCase
	add := func(name, give string, want F) { cases = append(cases, ruleCase{name, give, want}) }
	add("require first-attempt passes? Yes", "<h3>Do you require first-attempt passes?</h3><p>Yes.</p>", F{attMax: 1.0})
	add("must scores be first-attempt? Yes, every step", "<dl><dt>Must USMLE scores be first-attempt passes?</dt><dd>Yes, for every step.</dd></dl>", F{attMax: 1.0})
	// near miss
	add("prefer first-attempt passes? Yes", "<h3>Do you prefer first-attempt passes?</h3><p>Yes.</p>", F{})
	runKnownBattery(t, cases, nil, attMax)
}

// TestBatterySharedScoreBound: one lower bound over a coordination of
// scores, each with its exam ("a minimum of 215 on Step 1 and 220 on Step
// 2 CK"): the second score is bounded as the first. Near misses: a second
// score that is a mean, one under a preference.
func TestBatterySharedScoreBound(t *testing.T) {
	var cases []ruleCase
	add := func(name, give string, want F) { cases = append(cases, ruleCase{name, give, want}) }
	add("a minimum of A on Step 1 and B on Step 2 CK, no verb", "<h3>Is there a score cutoff?</h3><p>A minimum of 210 on Step 1 and 225 on Step 2 CK.</p>", F{s1Min: 210.0, s2Min: 225.0})
	// near misses (the first read on main too)
	add("at least A for Step 2 CK or B for COMLEX Level 2", "<ul><li>At least 215 for Step 2 CK or 480 for COMLEX Level 2</li></ul>", F{s2Min: 215.0, cx2: 480.0})
	add("second score a mean", "<p>Minimum of 215 on Step 1; the mean of our residents is 240 on Step 2 CK.</p>", F{s1Min: 215.0})
	add("both preferred", "<p>At least 215 on Step 1 and 240 on Step 2 CK are preferred.</p>", F{s2Pref: 240.0})
	runKnownBattery(t, cases, nil, s1Min, s2Min, s2Pref, cx2)
}

// TestBatteryMinimumOfFragment: "minimum of" is the requirement's word as
// "at least" is, also where the bound's phrase covers it: a verbless item
// "Minimum of three months of USCE." requires it, and "no minimum of"
// denies it. Near miss: a minimum under a preference.
func TestBatteryMinimumOfFragment(t *testing.T) {
	var cases []ruleCase
	add := func(name, give string, want F) { cases = append(cases, ruleCase{name, give, want}) }
	add("sentence fragment, minimum of N months", "<p>Minimum of four months of USCE.</p>", F{usceReqF: "required", usceMo: 4.0})
	add("after a sentence, a minimum of N weeks", "<p>We review every file. A minimum of 12 weeks of clinical experience in the US.</p>", F{usceReqF: "required", usceMo: 2.8})
	add("no minimum of months", "<p>There is no minimum of months of US clinical experience.</p>", F{usceReqF: "not_required"})
	// near miss
	add("a minimum of N months preferred", "<p>A minimum of 3 months of USCE is preferred.</p>", F{usceReqF: "preferred", usceMo: 3.0})
	runKnownBattery(t, cases, nil, usceReqF, usceMo)
}

// TestBatteryRequiredToHoldOne: the applicants as a whole required to hold,
// have or obtain one visa leaves the other out (as "J-1 only" does), below
// what the page says of the other by name. Near misses: both visas named,
// the other accepted later, a group among the applicants, a requirement to
// be eligible for it (the team reads that as naming one, not excluding).
func TestBatteryRequiredToHoldOne(t *testing.T) {
	var cases []ruleCase
	add := func(name, give string, want F) { cases = append(cases, ruleCase{name, give, want}) }
	add("international applicants must obtain a J-1", "<p>International applicants must obtain a J-1 visa through the ECFMG.</p>", F{j1: true, h1b: false})
	add("non-citizens must hold a J1", "<ul><li>Non-US citizens must hold a J1 visa</li></ul>", F{j1: true, h1b: false})
	add("foreign nationals must obtain an H-1B", "<p>Foreign nationals must obtain an H-1B visa before starting.</p>", F{j1: false, h1b: true})
	// near misses
	add("must hold a J-1 or an H-1B", "<p>Applicants must hold a J-1 or an H-1B visa.</p>", F{j1: true, h1b: true})
	add("must obtain a J-1, H-1B sponsored later on the page", "<p>Applicants must obtain a J-1 visa.</p><p>We also sponsor H-1B visas for some candidates.</p>", F{j1: true, h1b: true})
	add("spouses turned away, such candidates must obtain a J-1", "<p>We do not take J-2 spouses for training, such candidates must obtain their own J-1.</p>", F{j1: true})
	add("must be eligible for an H-1B", "<p>International graduates must be eligible for an H-1B visa.</p>", F{h1b: true})
	runKnownBattery(t, cases, nil, j1, h1b)
}

// TestBatteryNegationThroughInfinitive: a negation reaches the visa verb
// through an infinitive's "to" ("unable to provide", "not able to
// provide") as it does with none between ("cannot provide"). Near miss: a
// denial of something else before an affirmed visa.
func TestBatteryNegationThroughInfinitive(t *testing.T) {
	var cases []ruleCase
	add := func(name, give string, want F) { cases = append(cases, ruleCase{name, give, want}) }
	add("unable to provide H1B sponsorship", "<p>Our department is unable to provide H1B sponsorship.</p>", F{h1b: false})
	add("not able to provide J-1 visas, bullet", "<ul><li>We are not able to provide J-1 visas</li></ul>", F{j1: false})
	// near miss
	add("unable to provide housing, sponsors H-1B", "<p>We are unable to provide housing, but we sponsor H-1B visas.</p>", F{h1b: true})
	runKnownBattery(t, cases, nil, j1, h1b)
}

// TestBatteryWhichVisasOneNamed: a question put to the program asking which
// visas it sponsors, answered in a short sentence naming one visa, lists
// it alone: the other is left out. Near misses: both named, the other
// named after, a question asked of the reader, a preference.
func TestBatteryWhichVisasOneNamed(t *testing.T) {
	var cases []ruleCase
	add := func(name, give string, want F) { cases = append(cases, ruleCase{name, give, want}) }
	add("what type do you sponsor? The J-1.", "<h3>What kind of visa does the program sponsor?</h3><p>The J-1.</p>", F{j1: true, h1b: false})
	add("which visas do you accept? J1 through ECFMG.", "<dl><dt>Which visas do you accept?</dt><dd>J1 visas through ECFMG.</dd></dl>", F{j1: true, h1b: false})
	add("what visas do you sponsor? H-1B.", "<h3>What visas do you sponsor?</h3><p>H-1B.</p>", F{j1: false, h1b: true})
	// near misses
	add("which visas? both", "<h3>Which visas do you sponsor?</h3><p>J-1 and H-1B.</p>", F{j1: true, h1b: true})
	add("which visas? one, the other in some cases", "<h3>Which visas do you sponsor?</h3><p>J-1. H-1B in some cases.</p>", F{j1: true, h1b: true})
	add("asked of the reader", "<h3>Which visa should I get?</h3><p>The J-1 is most common.</p>", F{j1: true})
	add("a preference", "<h3>Which visas do you sponsor?</h3><p>We prefer the J-1.</p>", F{j1: true})
	runKnownBattery(t, cases, nil, j1, h1b)
}

// TestBatteryRefusedAsUnacceptable: "not acceptable" and "unacceptable"
// turn away what they name as "not accepted" does. Near miss: the ECFMG's
// visa refused beside a denial of every visa (both false already).
func TestBatteryRefusedAsUnacceptable(t *testing.T) {
	var cases []ruleCase
	add := func(name, give string, want F) { cases = append(cases, ruleCase{name, give, want}) }
	add("failed attempts not acceptable", "<ul><li>Failed USMLE attempts are not acceptable</li></ul>", F{attMax: 1.0})
	add("a failure is unacceptable", "<p>Any failure on Step 1 or Step 2 CK is unacceptable.</p>", F{attMax: 1.0})
	// near miss
	add("no visas, ECFMG's not acceptable", "<p>The program sponsors no visas, and ECFMG-sponsored visas are not acceptable either.</p>", F{j1: false, h1b: false})
	runKnownBattery(t, cases, nil, attMax, j1, h1b)
}

// TestBatteryThereIsNone: an answer "There is none." / "There isn't." to
// "Is there a …?" denies the thing asked about as "No." does. Near miss: a
// statement that goes on after "there is not".
func TestBatteryThereIsNone(t *testing.T) {
	var cases []ruleCase
	add := func(name, give string, want F) { cases = append(cases, ruleCase{name, give, want}) }
	add("graduation limit? There is none.", "<h3>Is there a limit on years since graduation?</h3><p>There is none.</p>", F{yogNone: true})
	add("graduation cutoff? There isn't.", "<dl><dt>Is there a graduation year cutoff?</dt><dd>There isn't.</dd></dl>", F{yogNone: true})
	// near miss
	add("there is not a set cutoff, preference", "<h3>Is there a cutoff?</h3><p>There is not a set cutoff, but we prefer recent graduates.</p>", F{yogNone: true})
	runKnownBattery(t, cases, nil, yogNone, yogMax)
}

// TestBatteryVisaLabelBareNo: a label (not a question) naming visas alone
// with a bare "No" or "None" as its value: nothing is sponsored. Near
// misses: a longer value, a "Yes".
func TestBatteryVisaLabelBareNo(t *testing.T) {
	var cases []ruleCase
	add := func(name, give string, want F) { cases = append(cases, ruleCase{name, give, want}) }
	add("table row Visa | No", "<table><tr><td>Visa</td><td>No</td></tr></table>", F{j1: false, h1b: false})
	add("label Visas: None", "<p><b>Visas:</b> None</p>", F{j1: false, h1b: false})
	// near misses
	add("label Visa: none required for citizens", "<p><b>Visa:</b> None required for US citizens</p>", F{})
	add("table row Visa | Yes", "<table><tr><td>Visa</td><td>Yes</td></tr></table>", F{})
	runKnownBattery(t, cases, nil, j1, h1b)
}

// TestBatterySizedGraduationLimit: a size before a limit noun bounds it
// also with the graduation word between ("a 5-year graduation cutoff", "a
// three year YOG limit"). Near misses: a sized window preferred, a sized
// cutoff of nothing named.
func TestBatterySizedGraduationLimit(t *testing.T) {
	var cases []ruleCase
	add := func(name, give string, want F) { cases = append(cases, ruleCase{name, give, want}) }
	add("a 5-year graduation cutoff", "<p>Our program has a 5-year graduation cutoff.</p>", F{yogMax: 5.0})
	add("a three year YOG limit", "<ul><li>There is a three year YOG limit</li></ul>", F{yogMax: 3.0})
	// near misses
	add("a 5-year graduation window preferred", "<p>A 5-year graduation window is preferred.</p>", F{})
	add("a 5-year cutoff", "<p>We have a 5-year cutoff.</p>", F{})
	runKnownBattery(t, cases, nil, yogMax, yogPref)
}

// TestBatteryAsideHowever: a "however" set off by commas between a subject
// and its predicate is an aside; the subject's visa and the predicate's
// negation are read together (the split clause denied every visa). Near
// miss: "however" after a verb opens a clause of its own.
func TestBatteryAsideHowever(t *testing.T) {
	var cases []ruleCase
	add := func(name, give string, want F) { cases = append(cases, ruleCase{name, give, want}) }
	add("H-1B visas, however, are not sponsored", "<p>We welcome international graduates. H1B visas, however, are not sponsored.</p>", F{h1b: false})
	add("J-1 sponsorship, however, is unavailable", "<p>J-1 sponsorship, however, is not available.</p>", F{j1: false})
	// near miss
	add("however after a verb", "<p>We sponsor J-1 visas, however, H-1B visas are not sponsored.</p>", F{j1: true, h1b: false})
	runKnownBattery(t, cases, nil, j1, h1b)
}

// TestBatteryLeadInModality: a list's lead-in lends its modality to the
// items: the applicants a program calls strong or ideal have what is
// preferred, and a lead-in that turns applicants away ("We do not consider
// applicants with:") turns away what its items name. Near misses: a
// lead-in about those who lack the items, a denying lead-in over visas.
func TestBatteryLeadInModality(t *testing.T) {
	var cases []ruleCase
	add := func(name, give string, want F) { cases = append(cases, ruleCase{name, give, want}) }
	add("strong applicants will have", "<p>Strong candidates will have:</p><ul><li>US clinical experience</li><li>A Step 2 CK score of 235 or above</li><li>Graduated within the past 4 years</li></ul>",
		F{usceReqF: "preferred", s2Pref: 235.0, yogPref: 4.0})
	add("we do not consider applicants with", "<p>We do not consider applicants with:</p><ul><li>More than one attempt on any USMLE step</li><li>Graduation more than 6 years ago</li></ul>",
		F{attMax: 1.0, yogMax: 6.0})
	add("the following will not be considered", "<p>The following applicants will not be considered:</p><ul><li>Those with more than two attempts on USMLE</li></ul>", F{attMax: 2.0})
	// near misses
	add("those without the following", "<p>Applicants without the following will not be considered:</p><ul><li>3 months of US clinical experience</li><li>A J-1 visa</li></ul>",
		F{usceReqF: "required", usceMo: 3.0, j1: true})
	add("unable to accept, visa item", "<p>We are unable to accept:</p><ul><li>H-1B visas</li></ul>", F{h1b: false})
	runKnownBattery(t, cases, nil, usceReqF, usceMo, s2Pref, s2Min, yogPref, yogMax, attMax, j1, h1b)
}

// TestBatteryLabelPairs: a line of label-value pairs set apart by
// semicolons ("Step 1: Pass; Step 2 CK: 220 minimum") is read pair by pair,
// each label governing its own value. (Pairs whose labels name groups of
// applicants stay whole: TestBatteryOtherAudienceDenial.)
func TestBatteryLabelPairs(t *testing.T) {
	var cases []ruleCase
	add := func(name, give string, want F) { cases = append(cases, ruleCase{name, give, want}) }
	add("Step 1: Pass; Step 2 CK: N minimum", "<p>Step 1: Pass; Step 2 CK: 225 minimum.</p>", F{s1Pass: true, s2Min: 225.0})
	add("Visa: J-1 only; USCE: required", "<p>Visa: J1 only; USCE: required</p>", F{j1: true, h1b: false, usceReqF: "required"})
	runKnownBattery(t, cases, nil, s1Pass, s2Min, j1, h1b, usceReqF)
}

// TestBatteryLabelledYearsPreferred: bare years under a graduation label
// with a preference ("Time since graduation | 5 years preferred") are the
// preferred limit, as the same years with nothing after them are the hard
// one. Near misses: the hard row, years of something else preferred.
func TestBatteryLabelledYearsPreferred(t *testing.T) {
	var cases []ruleCase
	add := func(name, give string, want F) { cases = append(cases, ruleCase{name, give, want}) }
	add("row: time since graduation | N years preferred", "<table><tr><td>Time since graduation</td><td>4 years preferred</td></tr></table>", F{yogPref: 4.0})
	add("label: Graduation: N years preferred", "<p><b>Graduation:</b> 3 years preferred</p>", F{yogPref: 3.0})
	// near misses
	add("row: year of graduation | N years", "<table><tr><td>Year of graduation</td><td>5 years</td></tr></table>", F{yogMax: 5.0})
	add("years of research preferred", "<p>We prefer applicants who spent 2 years in research after graduation.</p>", F{})
	runKnownBattery(t, cases, nil, yogPref, yogMax)
}
