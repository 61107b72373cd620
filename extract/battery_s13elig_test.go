package extract

import (
	"testing"

	"github.com/imgfriendly/imgfriendly"
)

// The eligibility batteries of session 13, from the probe grid's misses
// (TestProbeGrid12), written in the team's own words. Each case fails on
// the main it was written against unless it is a near miss.

// cellRow and cellLine set a label and its value as a table row and as a
// "Label:" line.
func cellRow(label, value string) string {
	return "<table><tr><th>Requirement</th><th>Policy</th></tr><tr><td>" + label + "</td><td>" + value + "</td></tr></table>"
}

func cellLine(label, value string) string {
	return "<p><strong>" + label + ":</strong> " + value + "</p>"
}

// TestBatteryLabelCell: a table's label names the topic and its cell,
// terse and with no modality of its own, states the program's rule for
// it (reading.cell): a bare score is a minimum, the first attempt is one
// attempt, a "Yes" or "No" to a label naming US clinical experience is
// required or not required. Near misses: a label or cell that describes
// (an average, our residents), prefers, or is a question.
func TestBatteryLabelCell(t *testing.T) {
	var cases []ruleCase
	add := func(name, give string, want F) { cases = append(cases, ruleCase{name, give, want}) }
	add("row: Step 2 CK | 230", cellRow("Step 2 CK", "230"), F{s2Min: 230.0})
	add("line: COMLEX Level 2 CE: 480", cellLine("COMLEX Level 2 CE", "480"), F{cx2: 480.0})
	add("row: USMLE | Step 1 pass, Step 2 CK 230", cellRow("USMLE", "Step 1 pass, Step 2 CK 230"), F{s1Pass: true, s2Min: 230.0})
	add("line: Exams: Step 1 passed, Step 2 CK 215", cellLine("Exams", "Step 1 passed, Step 2 CK 215"), F{s1Pass: true, s2Min: 215.0})
	add("row: USMLE attempts | First attempt", cellRow("USMLE attempts", "First attempt"), F{attMax: 1.0})
	add("line: Attempts: first attempt on each step", cellLine("Attempts", "first attempt on each step"), F{attMax: 1.0})
	add("row: USCE | Yes, two months", cellRow("USCE", "Yes, two months"), F{usceReqF: "required", usceMo: 2.0})
	add("line: US clinical experience: Yes", cellLine("US clinical experience", "Yes"), F{usceReqF: "required"})
	add("row: USCE | No", cellRow("USCE", "No"), F{usceReqF: "not_required"})
	// near misses
	add("row: Average Step 2 CK | 241", cellRow("Average Step 2 CK", "241"), F{})
	add("row: Step 2 CK of our residents | 240", cellRow("Step 2 CK of our residents", "240"), F{})
	add("row: Step 2 CK | 230 preferred", cellRow("Step 2 CK", "230 preferred"), F{s2Pref: 230.0})
	add("row: USCE | Preferred", cellRow("USCE", "Preferred"), F{usceReqF: "preferred"})
	add("question: mean Step 2 CK? 245.", "<h3>What was the mean Step 2 CK of last year's interns?</h3><p>245.</p>", F{})
	add("line: Step 2 CK: our interns averaged 238", cellLine("Step 2 CK", "our interns averaged 238"), F{})
	runKnownBattery(t, cases, nil, s1Pass, s1Min, s2Min, s2Pref, cx2, attMax, usceReqF, usceMo)
}

// TestBatteryAttemptLimitAnswered: a count of attempts that opens the
// answer to a question asking for the limit is the limit ("Is there an
// attempt limit?" "Yes, two attempts per step."). Near misses: a "No" to
// it, a question in the first person with a count of its own.
func TestBatteryAttemptLimitAnswered(t *testing.T) {
	var cases []ruleCase
	add := func(name, give string, want F) { cases = append(cases, ruleCase{name, give, want}) }
	add("limit on attempts? Yes, two attempts per step", "<h3>Is there a limit on USMLE attempts?</h3><p>Yes, two attempts per step.</p>", F{attMax: 2.0})
	add("attempt limit? One attempt for each step", "<dl><dt>Do you have an attempt limit?</dt><dd>One attempt for each step.</dd></dl>", F{attMax: 1.0})
	// near misses
	add("attempt limit? No", "<h3>Do you have an attempt limit?</h3><p>No.</p>", F{})
	add("I needed two attempts, can I apply? Yes", "<h3>I needed two attempts on Step 1. Can I apply?</h3><p>Yes, two attempts are fine.</p>", F{})
	runKnownBattery(t, cases, nil, attMax)
}

// TestBatteryLabelPairsInProse: label-value pairs set apart by
// semicolons inside running text ("… Step 1: Pass; Step 2 CK: 225
// minimum. …") are read pair by pair, as on a line of their own. Near
// miss: a single label inside running text, as before.
func TestBatteryLabelPairsInProse(t *testing.T) {
	var cases []ruleCase
	add := func(name, give string, want F) { cases = append(cases, ruleCase{name, give, want}) }
	add("pass and minimum after a sentence", "<p>All files are read in full. Step 1: Pass; Step 2 CK: 225 minimum. We interview in the fall.</p>", F{s1Pass: true, s2Min: 225.0})
	add("minimum and pass after a sentence", "<p>Our criteria follow. Step 2 CK: 218 or higher; Step 1: passed. Letters are due in October.</p>", F{s1Pass: true, s2Min: 218.0})
	// near miss
	add("one label after a sentence", "<p>All files are read in full. Step 2 CK: 225 minimum.</p>", F{s2Min: 225.0})
	runKnownBattery(t, cases, nil, s1Pass, s1Min, s2Min)
}

// TestBatteryVisaListInParens: a parenthesis that lists named visas and
// nothing else names the members of the clause's word for visas in
// general: what the clause says of visa sponsorship it says of each.
// Near misses: a parenthesis that says more than the list, a clause that
// names a visa of its own.
func TestBatteryVisaListInParens(t *testing.T) {
	var cases []ruleCase
	add := func(name, give string, want F) { cases = append(cases, ruleCase{name, give, want}) }
	add("offered (J-1 and H-1B)", "<p>We offer visa sponsorship (J-1 and H-1B).</p>", F{j1: true, h1b: true})
	add("(J1, H1B) before the verb", "<p>Visa sponsorship (J1, H1B) is provided by the hospital.</p>", F{j1: true, h1b: true})
	// near misses
	add("not available (J-1 or H-1B)", "<p>Visa sponsorship is not available (J-1 or H-1B).</p>", F{j1: false, h1b: false})
	add("parenthesis with a condition", "<p>We do not sponsor visas (J-1 holders may apply through ECFMG).</p>", F{j1: true, h1b: false})
	add("a named visa outside the parenthesis", "<p>We sponsor J-1 visas (and H-1B visas for fellows).</p>", F{j1: true})
	runKnownBattery(t, cases, nil, j1, h1b)
}

// TestBatteryVisaHoldersEligible: those who hold a visa said to be
// eligible ("applicants with an H-1B visa are eligible") are admitted, so
// the program takes the visa, as it denies the visa of those it turns
// away. Near misses: eligibility for something else (a waiver), the
// holders turned away.
func TestBatteryVisaHoldersEligible(t *testing.T) {
	var cases []ruleCase
	add := func(name, give string, want F) { cases = append(cases, ruleCase{name, give, want}) }
	add("applicants with an H-1B are eligible", "<p>Applicants with an H-1B visa are eligible.</p>", F{h1b: true})
	add("graduates with a J1 eligible to apply", "<p>Graduates with a J1 are eligible to apply.</p>", F{j1: true})
	// near misses (the first four read on main too: holding, "on a",
	// "consideration" are verbs of the visa, "H-1B status" a status listed)
	add("those with H-1B status eligible for the Match", "<p>Those with H-1B status are eligible for the Match.</p>", F{h1b: true})
	add("candidates with J1 visas eligible for consideration", "<p>Candidates with J1 visas are eligible for consideration.</p>", F{j1: true})
	add("J-1 holders eligible to apply", "<p>J-1 visa holders are eligible to apply.</p>", F{j1: true})
	add("graduates on an H1B eligible for interview", "<p>International graduates on an H1B visa are eligible for an interview.</p>", F{h1b: true})
	add("eligible for a waiver", "<p>Physicians with a J-1 visa are eligible for a waiver after training.</p>", F{})
	add("holders not eligible", "<p>Applicants with an H-1B visa are not eligible.</p>", F{h1b: false})
	runKnownBattery(t, cases, nil, j1, h1b)
}

// TestBatteryPassUnderWeighingLead: session 13's decision (doc.go, "Soft
// list lead-ins"): under a lead-in or title that weighs what selection
// looks at, a pass/fail item is asked and a graded one stays a
// preference; under one that calls its items preferred, every item is a
// preference. Near misses: the graded items, the preferred lead-ins, an
// item's own preference.
func TestBatteryPassUnderWeighingLead(t *testing.T) {
	var cases []ruleCase
	add := func(name, give string, want F) { cases = append(cases, ruleCase{name, give, want}) }
	add("title What We Look For over a completed Step 1", "<h3>What We Look For</h3><ul><li>Completion of USMLE Step 1 with a pass</li><li>Strong letters</li></ul>", F{s1Pass: true})
	add("we look for: ECFMG certification by the Match", list("We look for:", "ECFMG certification by the Match", "Personal statement"), F{imgfriendly.FieldECFMGDeadline: "match"})
	add("we look for: first-attempt passes (the pass asked, the attempt preferred)", list("We look for:", "First-attempt passes on every step", "Personal statement"), F{s1Pass: true})
	// near misses (the first three read on main too: "top applicants"
	// lends a lead-in no modality yet, "seek" and "we consider the
	// following" lent none before)
	add("top applicants will have: Step 1 completed", list("Top applicants will have:", "Step 1 successfully completed", "Personal statement"), F{s1Pass: true})
	add("we seek: a passing Step 1", list("In our applicants we seek:", "A passing result on Step 1", "Commitment to primary care"), F{s1Pass: true})
	add("we consider the following: COMLEX Level 1 passed", list("We consider the following:", "COMLEX Level 1 passed", "Personal statement"), F{cx1: true})
	add("we look for: a Step 2 CK of 235 or more", list("We look for:", "A Step 2 CK of 235 or more", "Personal statement"), F{s2Pref: 235.0})
	add("title Preferred over a completed Step 1", "<h3>Preferred</h3><ul><li>Completion of USMLE Step 1 with a pass</li><li>Strong letters</li></ul>", F{})
	add("desirable: ECFMG certification by the Match", list("Desirable:", "ECFMG certification by the Match", "Personal statement"), F{})
	add("we look for: a Step 1 pass, preferably", list("We look for:", "A Step 1 pass, preferably", "Personal statement"), F{})
	runKnownBattery(t, cases, nil, s1Pass, s1Min, s2Min, s2Pref, cx1, attMax, imgfriendly.FieldECFMGDeadline)
}

// TestBatteryDescribedTableCell: a table whose header describes ("Mean",
// "Our interns") holds figures, not rules: its bare score is no minimum
// (the cell of a label, TestBatteryLabelCell, is a rule only in a table
// that asks). Near misses: a header that asks, no header.
func TestBatteryDescribedTableCell(t *testing.T) {
	var cases []ruleCase
	add := func(name, give string, want F) { cases = append(cases, ruleCase{name, give, want}) }
	table := func(h1, h2, l, v string) string {
		return "<table><tr><th>" + h1 + "</th><th>" + h2 + "</th></tr><tr><td>" + l + "</td><td>" + v + "</td></tr></table>"
	}
	add("header Mean: Step 2 CK | 246", table("Exam", "Mean", "Step 2 CK", "246"), F{})
	add("header Our interns: Step 2 CK | 241", table("Exam", "Our interns", "Step 2 CK", "241"), F{})
	add("header Median: USCE | Yes", table("Measure", "Median", "USCE", "Yes"), F{})
	// near misses
	add("header Minimum: Step 2 CK | 225", table("Exam", "Minimum", "Step 2 CK", "225"), F{s2Min: 225.0})
	add("header Criterion: Step 2 CK | 225", table("Criterion", "Our policy", "Step 2 CK", "225"), F{s2Min: 225.0})
	runKnownBattery(t, cases, nil, s2Min, s2Pref, usceReqF)
}
