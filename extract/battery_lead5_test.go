package extract

import "testing"

// A score sentence that names no exam belongs to the exam the sentence
// before it named; a plural "USMLEs" is the USMLE; "limit(ed to) N
// attempts" bounds attempts. Written in the team's own words (issue 11).
func TestBatteryScoreCarriedFromSentenceBefore(t *testing.T) {
	cases := []ruleCase{
		{"exam then a bare minimum", "<p>Applicants must have passed the USMLE or COMLEX. A minimum score of 225 is required.</p>",
			F{s1Pass: true, s1Min: 225.0, s2Min: 225.0}},
		{"one step then a bare cutoff", "<p>Step 2 CK must be taken before ranking. The cutoff score is 232.</p>",
			F{s2Min: 232.0}},
		{"a bare minimum with no exam before", "<p>Please apply through ERAS. A minimum score of 225 is required.</p>", F{}},
		{"a count of something else after an exam", "<p>We accept the USMLE. Applicants must complete 200 hours of service.</p>", F{}},
		{"a mean after an exam", "<p>We review USMLE scores. The average score of our residents is 236.</p>", F{}},
		{"a preference after an exam", "<p>Step 1 must be passed. A score of 240 or higher on Step 2 CK is preferred.</p>",
			F{s1Pass: true}},
	}
	runRuleCases(t, cases, s1Pass, s1Min, s2Min, attMax)
}

func TestBatteryPluralExamsAndAttemptLimits(t *testing.T) {
	cases := []ruleCase{
		{"plural usmles with a parenthesised minimum", "<ul><li>All USMLEs passed on the first try (minimum score of 228 required)</li></ul>",
			F{s1Pass: true, s1Min: 228.0, s2Min: 228.0, attMax: 1.0}},
		{"limit N attempts", "<ul><li>USMLE: limit three attempts for each step.</li></ul>", F{attMax: 3.0}},
		{"limited to N", "<p>USMLE attempts are limited to two per step.</p>", F{attMax: 2.0}},
		{"a limit of something else", "<p>We limit interviews to 40 applicants; USMLE Step 1 must be passed.</p>", F{s1Pass: true}},
	}
	runRuleCases(t, cases, s1Pass, s1Min, s2Min, attMax)
}

// "Open to" admits what it names, as "accepts" does (issue 11).
func TestBatteryOpenTo(t *testing.T) {
	cases := []ruleCase{
		{"open to, including a visa", "<p>The fellowship is open to family medicine physicians, including J-1 visa holders.</p>", F{j1: true}},
		{"open to a visa", "<p>Our residency is open to applicants holding a J-1 visa.</p>", F{j1: true}},
		{"not open to", "<p>We are not open to H-1B applicants.</p>", F{h1b: false}},
		{"open to something else", "<p>The clinic is open to patients of any visa status.</p>", F{}},
	}
	runRuleCases(t, cases, j1, h1b)
}

// "Clinical service" is clinical experience (issue 11).
func TestBatteryClinicalService(t *testing.T) {
	cases := []ruleCase{
		{"service recommended", "<p>At least six months of clinical service in a US hospital is strongly recommended.</p>",
			F{usceReqF: "preferred", usceMo: 6.0}},
		{"service required", "<ul><li>Applicants must have one year of clinical service in the United States.</li></ul>",
			F{usceReqF: "required", usceMo: 12.0}},
		{"a department's services", "<p>Our clinical services include cardiology, oncology and a US-trained hospitalist team.</p>", F{}},
	}
	runRuleCases(t, cases, usceReqF, usceMo, obsOK)
}
