package extract

import (
	"testing"

	"github.com/imgfriendly/imgfriendly"
)

const (
	s1Pass   = imgfriendly.FieldStep1PassRequired
	s1Min    = imgfriendly.FieldStep1Min
	s2Min    = imgfriendly.FieldStep2CKMin
	s2Pref   = imgfriendly.FieldStep2CKPreferredMin
	cx1      = imgfriendly.FieldComlex1PassRequired
	cx2      = imgfriendly.FieldComlex2Min
	attMax   = imgfriendly.FieldAttemptsMax
	usceReqF = imgfriendly.FieldUSCERequirement
	usceMo   = imgfriendly.FieldUSCEMonths
	obsOK    = imgfriendly.FieldUSCEObservershipOK
	imgN     = imgfriendly.FieldIMGCount
	resN     = imgfriendly.FieldResidentsCount
)

func TestScores(t *testing.T) {
	cases := []ruleCase{
		{"step1 passed", "<p>Applicants must have passed USMLE Step 1.</p>", F{s1Pass: true}},
		{"step1 row pass", "<table><tr><td>USMLE Step 1</td><td>Pass</td></tr></table>", F{s1Pass: true}},
		{"step1 label pass required", "<p>USMLE Step 1: pass required.</p>", F{s1Pass: true}},
		{"step1 row pass required", "<table><tr><td>Step 1</td><td>Pass required</td></tr></table>", F{s1Pass: true}},
		{"step1 faq", "<dl><dt>Do I need to pass Step 1?</dt><dd>Yes, a passing USMLE Step 1 result is required.</dd></dl>", F{s1Pass: true}},
		{"step1 faq must", "<dl><dt>Is Step 1 required?</dt><dd>Yes, you must have passed USMLE Step 1.</dd></dl>", F{s1Pass: true}},
		{"step1 pass/fail is no rule", "<p>USMLE Step 1 is now reported as pass/fail.</p>", F{}},
		{"step1 min", "<p>A minimum USMLE Step 1 score of 215 is required.</p>", F{s1Min: 215.0}},
		{"step1 min row", "<table><tr><td>USMLE Step 1</td><td>220 minimum</td></tr></table>", F{s1Min: 220.0}},
		{"step1 min faq", "<dl><dt>What is the minimum Step 1 score?</dt><dd>We require a Step 1 score of at least 225.</dd></dl>", F{s1Min: 225.0}},
		{"step2 min", "<p>A minimum USMLE Step 2 CK score of 220 is required.</p>", F{s2Min: 220.0}},
		{"step2 min two-digit", "<p>A minimum USMLE Step II CK score of 215 (or 80 on the old two-digit scale) is required.</p>", F{s2Min: 215.0}},
		{"step2 or higher", "<p>Step 2CK: 230 or higher required (or 79 on the old two-digit scale).</p>", F{s2Min: 230.0}},
		{"step2 row min", "<table><tr><td>USMLE Step 2 Clinical Knowledge</td><td>Minimum 225</td></tr></table>", F{s2Min: 225.0}},
		{"step2 row higher", "<table><tr><td>Step 2 CK</td><td>240 or higher (required) (or 85 on the old two-digit scale)</td></tr></table>", F{s2Min: 240.0}},
		{"step2 faq", "<dl><dt>What is the minimum Step 2 CK score?</dt><dd>We require a score of at least 210 on Step 2 CK.</dd></dl>", F{s2Min: 210.0}},
		{"step2 faq yes", "<dl><dt>Is there a minimum Step 2 CK score?</dt><dd>Yes, 235 or higher.</dd></dl>", F{s2Min: 235.0}},
		{"step2 preferred", "<p>A Step 2 CK score of 240 or higher is preferred.</p>", F{s2Pref: 240.0}},
		{"step2 prefer not strict", "<p>We prefer Step 2 CK scores of at least 230, but this is not a strict cutoff.</p>", F{s2Pref: 230.0}},
		{"step2 row preferred label", "<table><tr><td>Step 2 CK (preferred)</td><td>245+</td></tr></table>", F{s2Pref: 245.0}},
		{"step2 row preferred value", "<table><tr><td>USMLE Step 2 CK</td><td>225 or above preferred</td></tr></table>", F{s2Pref: 225.0}},
		{"step2 faq no strict", "<dl><dt>Is there a minimum Step 2 CK score?</dt><dd>No strict minimum; scores of 250 or higher are preferred.</dd></dl>", F{s2Pref: 250.0}},
		{"step2 faq look for", "<dl><dt>What Step 2 CK score do you look for?</dt><dd>We prefer 220 or higher, but this is not a strict cutoff.</dd></dl>", F{s2Pref: 220.0}},
		{"h1b condition score", "<p>H-1B sponsorship is available for applicants with a Step 2 CK score of 250 or higher.</p>", F{}},
		{"h1b row condition score", "<table><tr><td>H-1B visa</td><td>Sponsored for applicants with a Step 2 CK score of 250 or higher</td></tr></table>", F{}},
		{"average is no minimum", "<p>The average Step 2 CK score of our current residents is 245.</p>", F{}},
		{"comlex1", "<p>DO applicants must have passed COMLEX Level 1.</p>", F{cx1: true}},
		{"comlex1 row", "<table><tr><td>COMLEX-USA Level 1</td><td>Pass</td></tr></table>", F{cx1: true}},
		{"comlex1 faq", "<dl><dt>Is COMLEX Level 1 required for DO applicants?</dt><dd>Yes, a passing result is required.</dd></dl>", F{cx1: true}},
		{"comlex1 accept faq", "<dl><dt>Do you accept COMLEX?</dt><dd>Yes. DO applicants must have passed COMLEX-USA Level 1.</dd></dl>", F{cx1: true}},
		{"comlex2", "<p>A minimum COMLEX Level 2-CE score of 450 is required.</p>", F{cx2: 450.0}},
		{"us complex", "<p>A minimum US COMPLEX Level 2 score of 500 is required.</p>", F{cx2: 500.0}},
		{"comlex2 row", "<table><tr><td>COMLEX-USA Level 2 CE</td><td>425 minimum</td></tr></table>", F{cx2: 425.0}},
		{"comlex2 faq", "<dl><dt>What is the minimum US COMPLEX Level 2 score?</dt><dd>400.</dd></dl>", F{cx2: 400.0}},
		{"step1 pass and step2 min", "<p>Applicants must have passed Step 1 and have a Step 2 CK score of at least 220.</p>", F{s1Pass: true, s2Min: 220.0}},
		{"both min", "<p>Step 1 and Step 2 CK scores of at least 230 are required.</p>", F{s1Min: 230.0, s2Min: 230.0}},
		{"usmle or comlex", "<p>Minimum scores: Step 2 CK 220 or COMLEX Level 2-CE 500.</p>", F{s2Min: 220.0, cx2: 500.0}},
	}
	runRuleCases(t, cases, s1Pass, s1Min, s2Min, s2Pref, cx1, cx2)
}

func TestAttempts(t *testing.T) {
	cases := []ruleCase{
		{"first attempt", "<p>Passing all USMLE Steps on the first attempt is required.</p>", F{attMax: 1.0}},
		{"no failures", "<p>We do not consider applicants with any USMLE failures.</p>", F{attMax: 1.0}},
		{"row first", "<table><tr><td>Attempts</td><td>First attempt only</td></tr></table>", F{attMax: 1.0}},
		{"row first passes", "<table><tr><td>USMLE attempts</td><td>First attempt passes only</td></tr></table>", F{attMax: 1.0}},
		{"faq first", "<dl><dt>Will you consider applicants with a failed attempt?</dt><dd>No. All USMLE Steps must be passed on the first attempt.</dd></dl>", F{attMax: 1.0}},
		{"faq first passes", "<dl><dt>Will you consider applicants with a failed attempt?</dt><dd>No. We only consider first-attempt passes.</dd></dl>", F{attMax: 1.0}},
		{"one failure", "<p>No more than one failure on any USMLE Step.</p>", F{attMax: 2.0}},
		{"row one failure", "<table><tr><td>Attempts</td><td>No more than one failure per Step</td></tr></table>", F{attMax: 2.0}},
		{"faq one failure", "<dl><dt>Will you consider applicants with a failed attempt?</dt><dd>Yes, but no more than one failure on any Step.</dd></dl>", F{attMax: 2.0}},
		{"max two", "<p>A maximum of two attempts per Step is accepted.</p>", F{attMax: 2.0}},
		{"row max 2", "<table><tr><td>Attempts</td><td>Maximum 2 per Step</td></tr></table>", F{attMax: 2.0}},
		{"faq max two", "<dl><dt>Will you consider applicants with a failed attempt?</dt><dd>Yes, with a maximum of two attempts per Step.</dd></dl>", F{attMax: 2.0}},
		{"two failed", "<p>We accept no more than two failed attempts on any USMLE Step.</p>", F{attMax: 3.0}},
		{"row max 3", "<table><tr><td>Attempts</td><td>Maximum 3 per Step (no more than two failures)</td></tr></table>", F{attMax: 3.0}},
		{"faq two failed", "<dl><dt>Will you consider applicants with a failed attempt?</dt><dd>Yes, with no more than two failed attempts on any Step.</dd></dl>", F{attMax: 3.0}},
		{"preferred is no limit", "<p>First-attempt passes are preferred.</p>", F{}},
		{"question alone", "<dl><dt>Will you consider applicants with a failed attempt?</dt><dd></dd></dl>", F{}},
	}
	runRuleCases(t, cases, attMax)
}

func TestUSCE(t *testing.T) {
	cases := []ruleCase{
		{"required months", "<p>At least 3 months of US clinical experience (USCE) is required.</p>", F{usceReqF: "required", usceMo: 3.0}},
		{"required weeks", "<p>A minimum of 12 weeks of USCE is required.</p>", F{usceReqF: "required", usceMo: 2.8}},
		{"required word months", "<p>A minimum of six months of USCE is required.</p>", F{usceReqF: "required", usceMo: 6.0}},
		{"row required min", "<table><tr><td>US clinical experience</td><td>Required (minimum 8 weeks)</td></tr></table>", F{usceReqF: "required", usceMo: 1.8}},
		{"row months required", "<table><tr><td>USCE</td><td>1 month required</td></tr></table>", F{usceReqF: "required", usceMo: 1.0}},
		{"faq require", "<dl><dt>Is US clinical experience required?</dt><dd>Yes. We require at least 16 weeks of US clinical experience.</dd></dl>", F{usceReqF: "required", usceMo: 3.7}},
		{"faq how much", "<dl><dt>How much USCE do I need?</dt><dd>A minimum of 12 months of US clinical experience is required.</dd></dl>", F{usceReqF: "required", usceMo: 12.0}},
		{"required plain", "<p>US clinical experience is required.</p>", F{usceReqF: "required"}},
		{"faq yes", "<dl><dt>Is US clinical experience required?</dt><dd>Yes.</dd></dl>", F{usceReqF: "required"}},
		{"preferred months", "<p>We strongly prefer at least 2 months of USCE, but it is not required.</p>", F{usceReqF: "preferred", usceMo: 2.0}},
		{"row preferred months", "<table><tr><td>US clinical experience</td><td>Preferred (4 weeks), not required</td></tr></table>", F{usceReqF: "preferred", usceMo: 0.9}},
		{"faq preferred months", "<dl><dt>Is US clinical experience required?</dt><dd>Not required, but at least 3 months of US clinical experience is preferred.</dd></dl>", F{usceReqF: "preferred", usceMo: 3.0}},
		{"preferred", "<p>US clinical experience is preferred but not required.</p>", F{usceReqF: "preferred"}},
		{"preferred though", "<p>USCE is strongly preferred, though not required.</p>", F{usceReqF: "preferred"}},
		{"faq no but preferred", "<dl><dt>Is US clinical experience required?</dt><dd>No, but it is strongly preferred.</dd></dl>", F{usceReqF: "preferred"}},
		{"faq not required but preferred", "<dl><dt>Is US clinical experience required?</dt><dd>It is not required, but it is preferred.</dd></dl>", F{usceReqF: "preferred"}},
		{"row preferred", "<table><tr><td>USCE</td><td>Preferred</td></tr></table>", F{usceReqF: "preferred"}},
		{"not required", "<p>US clinical experience is not required.</p>", F{usceReqF: "not_required"}},
		{"do not require", "<p>We do not require USCE.</p>", F{usceReqF: "not_required"}},
		{"faq no", "<dl><dt>Is US clinical experience required?</dt><dd>No.</dd></dl>", F{usceReqF: "not_required"}},
		{"faq need no", "<dl><dt>Do I need US clinical experience to apply?</dt><dd>No, USCE is not required.</dd></dl>", F{usceReqF: "not_required"}},
		{"row not required", "<table><tr><td>USCE</td><td>Not required</td></tr></table>", F{usceReqF: "not_required"}},
		{"obs count", "<p>Observerships count toward US clinical experience.</p>", F{obsOK: true}},
		{"obs accepted", "<p>Observerships are accepted as US clinical experience.</p>", F{obsOK: true}},
		{"obs row accepted", "<table><tr><td>Observerships</td><td>Accepted as USCE</td></tr></table>", F{obsOK: true}},
		{"obs row count", "<table><tr><td>Observerships</td><td>Count as USCE</td></tr></table>", F{obsOK: true}},
		{"obs faq yes", "<dl><dt>Do observerships count as USCE?</dt><dd>Yes.</dd></dl>", F{obsOK: true}},
		{"obs faq accepted", "<dl><dt>Are observerships accepted?</dt><dd>Yes, observerships count as US clinical experience.</dd></dl>", F{obsOK: true}},
		{"obs not acceptable", "<p>Observerships are not acceptable as USCE.</p>", F{obsOK: false}},
		{"obs do not count", "<p>Observerships do not count; only hands-on experience (externships, sub-internships) qualifies.</p>", F{obsOK: false}},
		{"obs row not accepted", "<table><tr><td>Observerships</td><td>Not accepted</td></tr></table>", F{obsOK: false}},
		{"obs row do not count", "<table><tr><td>Observerships</td><td>Do not count as USCE</td></tr></table>", F{obsOK: false}},
		{"obs faq no", "<dl><dt>Do observerships count as USCE?</dt><dd>No, only hands-on clinical experience counts.</dd></dl>", F{obsOK: false}},
		{"obs faq accepted no", "<dl><dt>Are observerships accepted?</dt><dd>No. Only hands-on experience such as externships counts.</dd></dl>", F{obsOK: false}},
		{"recency distractor", "<p>Clinical experience should have been completed within the last 3 years.</p>", F{}},
		{"recency row", "<table><tr><td>USCE recency</td><td>Within the last 2 years</td></tr></table>", F{}},
		{"recency faq", "<dl><dt>Does my clinical experience need to be recent?</dt><dd>Yes, US clinical experience should be from within the last 3 years.</dd></dl>", F{}},
		{"observership offer", "<dl><dt>Can I do an observership at your program?</dt><dd></dd></dl>", F{}},
	}
	runRuleCases(t, cases, usceReqF, usceMo, obsOK)
}

func TestCounts(t *testing.T) {
	cases := []ruleCase{
		{"of our", "<p>11 of our 20 residents are IMGs.</p>", F{imgN: 11.0, resN: 20.0}},
		{"out of", "<p>Currently, 14 out of 36 residents are international medical graduates.</p>", F{imgN: 14.0, resN: 36.0}},
		{"we have", "<p>We have 6 IMG residents.</p>", F{imgN: 6.0}},
		{"total", "<p>Our program has 30 residents in total.</p>", F{resN: 30.0}},
		{"percent", "<p>About 40% of our residents are IMGs.</p>", F{}},
		{"distractor years", "<p>We have matched international medical graduates every year for the last 5 years.</p>", F{}},
		{"positions", "<p>We offer 12 categorical positions each year.</p>", F{}},
		// the total first, then the IMGs among them
		{"total first", "<p>Of our 28 residents, 11 are international medical graduates.</p>", F{imgN: 11.0, resN: 28.0}},
		{"total first, interns", "<p>Of the 10 interns, 4 are IMGs.</p>", F{imgN: 4.0, resN: 10.0}},
		{"total first, not IMGs", "<p>Of our 28 residents, 11 are women.</p>", F{}},
		// a class split into IMGs and graduates of US schools: the sum is the total
		{"split, IMGs first", "<p>This year's class: 7 IMGs and 3 US graduates.</p>", F{imgN: 7.0, resN: 10.0}},
		{"split, home first", "<p>The new interns are 6 U.S. graduates and 4 international medical graduates.</p>", F{imgN: 4.0, resN: 10.0}},
		{"split, AMGs", "<p>We matched 9 IMGs and 5 AMGs.</p>", F{imgN: 9.0, resN: 14.0}},
		{"split, other groups", "<p>We matched 9 IMGs and 5 preliminary interns.</p>", F{imgN: 9.0}},
		// IMGs said as where the residents studied, a total with "of whom",
		// a count among a total, a fraction before the noun
		{"schools abroad", "<p>Nine of our 27 residents earned their degrees at medical schools outside the U.S.</p>", F{imgN: 9.0, resN: 27.0}},
		{"total first, graduated abroad", "<p>Of the 27 residents in our program, 9 graduated from foreign medical schools.</p>", F{imgN: 9.0, resN: 27.0}},
		{"of whom", "<p>The program trains 27 residents, 9 of whom are IMGs.</p>", F{imgN: 9.0, resN: 27.0}},
		{"among", "<p>There are 9 IMGs among our 27 residents this year.</p>", F{imgN: 9.0, resN: 27.0}},
		{"fraction", "<p>Class snapshot: 9/27 residents are international medical graduates.</p>", F{imgN: 9.0, resN: 27.0}},
		{"fraction of something else", "<p>Class snapshot: 9/27 residents are women.</p>", F{}},
		{"of whom, something else", "<p>The program trains 27 residents, 9 of whom are women.</p>", F{}},
	}
	runRuleCases(t, cases, imgN, resN)
}
