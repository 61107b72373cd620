package extract

import (
	"testing"

	"github.com/imgfriendly/imgfriendly"
)

// Phrasing classes of year-of-graduation, score and attempt rules seen on
// real program pages, written in our own words (issue 11). Each test names
// the mechanism it holds, not a page.

// A denial ends where a coordinator opens a sentence with its own subject
// and verb of requirement: "no cutoff for scores, and applicants must …"
// denies the scores' cutoff only.
func TestBatteryDenialStopsAtNewSubject(t *testing.T) {
	cases := []ruleCase{
		{"scores denied, graduation required", "<p>We set no cutoff on board scores, and candidates must have finished medical school within 4 years.</p>",
			F{yogMax: 4.0}},
		{"so, a subject that needs", "<p>There is no minimum USMLE score, so applicants need only have graduated in the last 6 years.</p>",
			F{yogMax: 6.0}},
		{"attempts denied, graduation required", "<p>We place no limit on attempts, and all applicants should be within three years of graduation.</p>",
			F{yogMax: 3.0}},
		{"one denial over both nouns", "<p>There is no cutoff on board scores or on the year of graduation.</p>", F{yogNone: true}},
		{"a list, not a new subject", "<p>We have no minimum score, and no limit on the number of years since graduation.</p>", F{yogNone: true}},
	}
	runRuleCases(t, cases, yogMax, yogPref, yogNone, s1Min, s2Min)
}

// An exam named before a dash or colon owns the clauses after it that
// speak only of "the score" and then of passing: "Step 1 – no score
// requirement, but it must be passed on the first try".
func TestBatteryExamLabelThenPass(t *testing.T) {
	cases := []ruleCase{
		{"dash, no score, pass first try", "<p>USMLE Step 1 – no numeric score cutoff, but it must be passed on the first try.</p>",
			F{s1Pass: true, attMax: 1.0}},
		{"dash, no score, pass", "<ul><li>Step 1 - no score requirement, but a pass is required before interview</li></ul>",
			F{s1Pass: true}},
		{"score denied only", "<ul><li>Step 1 - no score requirement</li></ul>", F{}},
	}
	runRuleCases(t, cases, s1Pass, s1Min, s2Min, attMax)
}

// Two hard limits on one number both bind an applicant, so the stricter
// one is the rule: a state's licensing limit beside the program's own
// first-attempt rule for international graduates.
func TestBatteryStricterLimitBinds(t *testing.T) {
	cases := []ruleCase{
		{"licensing limit and first attempt", "<ul><li>State licensure requires that each exam be passed within three attempts.</li>" +
			"<li>International graduates must pass every step on the first attempt.</li></ul>", F{attMax: 1.0}},
		{"two graduation limits", "<p>US graduates must be within 5 years of graduation.</p><p>International graduates must have graduated within the last 3 years.</p>",
			F{yogMax: 3.0}},
		{"two score minimums", "<p>All applicants need a Step 2 CK score of at least 220.</p><p>International graduates must score 230 or higher on Step 2 CK.</p>",
			F{s2Min: 230.0}},
	}
	runRuleCases(t, cases, yogMax, s2Min, attMax)
}

// "First-time pass" is a pass on the first attempt.
func TestBatteryFirstTimePass(t *testing.T) {
	cases := []ruleCase{
		{"only first-time passes", "<p>Only applicants with first-time passes on every step are interviewed.</p>", F{s1Pass: true, attMax: 1.0}},
		{"1st attempt", "<p>Step 2 CK must be passed on the 1st attempt.</p>", F{attMax: 1.0}},
		{"1st time pass of step 1", "<p>A 1st time pass of USMLE Step 1 is required.</p>", F{s1Pass: true, attMax: 1.0}},
		{"preferred", "<p>A first-time pass is looked upon favorably.</p>", F{}},
		{"not an exam", "<p>For the first time, our program matched ten residents.</p>", F{}},
	}
	runRuleCases(t, cases, s1Pass, attMax)
}

// A limit noun whose value is a count of years ("our cutoff for year of
// graduation is 5 years") is a hard limit; a denied one is none.
func TestBatteryLimitNounIsYears(t *testing.T) {
	cases := []ruleCase{
		{"cutoff is N years", "<p>Our cutoff for time since graduation is 4 years.</p>", F{yogMax: 4.0}},
		{"limit is N years from start", "<p>The graduation year limit is six years before the start of training.</p>", F{yogMax: 6.0, yogTo: "training_start"}},
		{"denied limit", "<p>There is no cutoff for year of graduation; most of our residents are 2 years out of school.</p>", F{yogNone: true}},
	}
	runRuleCases(t, cases, yogMax, yogPref, yogNone, yogTo)
}

// Turning applicants away by denying them an interview is an exclusion.
func TestBatteryNoInterviewIsExclusion(t *testing.T) {
	cases := []ruleCase{
		{"not offered an interview", "<p>Graduates of more than four years will not be offered an interview.</p>", F{yogMax: 4.0}},
		{"not granted an interview", "<p>Applicants who graduated more than 3 years ago will not be granted an interview.</p>", F{yogMax: 3.0}},
	}
	runRuleCases(t, cases, yogMax, yogPref, yogNone)
}

// A pass named in a list item without a verb before it is a criterion,
// however long the item's subject ("Graduates of schools abroad with … and
// a passing result on Step 1").
func TestBatteryPassInLongItem(t *testing.T) {
	cases := []ruleCase{
		{"long verbless item", "<ul><li>Graduates of schools outside the United States and Canada holding a current ECFMG certificate and a passing result on USMLE Step 1</li></ul>",
			F{s1Pass: true}},
		{"described residents", "<ul><li>Most of our residents are graduates of schools abroad and passed USMLE Step 1 on their first attempt</li></ul>", F{}},
	}
	runRuleCases(t, cases, s1Pass, attMax)
}

// "Yes" and a number answer a question about minimums, even when the
// exams follow the number ("Yes, 225 for both Step 1 and Step 2 CK").
func TestBatteryYesThenScoreAndExams(t *testing.T) {
	cases := []ruleCase{
		{"yes, number, exams", "<dl><dt>Are there score minimums?</dt><dd>Yes, 225 for both Step 1 and Step 2 CK.</dd></dl>", F{s1Min: 225.0, s2Min: 225.0}},
		{"asked about averages", "<dl><dt>What scores do your residents have?</dt><dd>Around 230 for both Step 1 and Step 2 CK.</dd></dl>", F{}},
	}
	runRuleCases(t, cases, s1Min, s2Min)
}

// Graduates before a calendar year turned away: the year is the earliest
// accepted ("applicants who graduated before 2018 are not eligible"); a
// date that graduation must come before, without turning anyone away, is
// a student's expected graduation, no limit.
func TestBatteryGraduatedBeforeYearTurnedAway(t *testing.T) {
	cases := []ruleCase{
		{"before, not eligible", "<p>Candidates who completed medical school before 2019 are not eligible.</p>",
			F{yogMax: 7.0, gradMin: 2019.0, yogTo: "application"}},
		{"prior to, unable to consider", "<p>We are unable to consider graduates who finished medical school prior to 2021.</p>",
			F{yogMax: 5.0, gradMin: 2021.0, yogTo: "application"}},
	}
	runRuleCases(t, cases, yogMax, yogNone, gradMin, yogTo)
	runRuleCases(t, []ruleCase{
		{"expected graduation", "<p>Senior students must graduate before July 1, 2027.</p>", F{}},
	}, yogMax, yogNone, gradMin)
}

// A "No" to a question about graduates of more than N years makes N the
// limit.
func TestBatteryNoToOlderGraduates(t *testing.T) {
	cases := []ruleCase{
		{"no", "<dl><dt>Will you consider applicants who graduated more than 4 years ago?</dt><dd>No.</dd></dl>", F{yogMax: 4.0}},
		{"no, with its own stricter count", "<dl><dt>Can I apply if I graduated over 6 years ago?</dt><dd>No, applicants must be within 3 years of graduation.</dd></dl>",
			F{yogMax: 3.0}},
		{"yes", "<dl><dt>Will you consider applicants who graduated more than 4 years ago?</dt><dd>Yes, we have no cutoff.</dd></dl>", F{yogNone: true}},
		{"own years, no", "<dl><dt>I graduated 9 years ago. Can I apply?</dt><dd>No.</dd></dl>", F{}},
	}
	runRuleCases(t, cases, yogMax, yogNone)
}

// Waivers of graduation year beside "no cutoff": screening by it denied,
// "any year", "does not affect".
func TestBatteryGraduationWaived(t *testing.T) {
	cases := []ruleCase{
		{"not screened by", "<p>We do not screen applicants by year of graduation.</p>", F{yogNone: true}},
		{"any year", "<p>Graduates of any year are welcome to apply.</p>", F{yogNone: true}},
		{"does not affect", "<p>Your graduation year does not affect eligibility.</p>", F{yogNone: true}},
		{"a factor for scores only", "<p>USMLE scores are not the only factor we consider; graduates must be within 5 years of graduation.</p>", F{yogMax: 5.0}},
	}
	runRuleCases(t, cases, yogMax, yogNone)
}

// A count of attempts made the only one allowed, or given under a label
// about attempts, is the most allowed.
func TestBatteryAttemptCounts(t *testing.T) {
	cases := []ruleCase{
		{"only one attempt", "<p>Only one attempt on each step is permitted.</p>", F{attMax: 1.0}},
		{"label", "<table><tr><td>Attempts permitted per step</td><td>2</td></tr></table>", F{attMax: 2.0}},
		{"not invited", "<p>Applicants scoring less than 225 on Step 2 CK are not invited to interview.</p>", F{s2Min: 225.0}},
		{"residents' attempts described", "<p>Most of our residents passed with only one attempt.</p>", F{}},
	}
	runRuleCases(t, cases, attMax, s2Min)
}

// A negation before a coordinator and a verb of its own stays in its
// predicate, and a list of nouns needs no verb between them: "no attempt
// limits and will consider graduates within 8 years" is YOG 8.
func TestBatteryNegationStopsAtNewPredicate(t *testing.T) {
	cases := []ruleCase{
		{"and will consider", "<p>We set no attempt limits and will consider graduates within 8 years.</p>", F{yogMax: 8.0}},
		{"but must", "<p>There are no score cutoffs but graduation must be within 4 years.</p>", F{yogMax: 4.0}},
		{"a list of nouns", "<p>We have no cutoffs on attempts or graduation year.</p>", F{yogNone: true}},
	}
	runRuleCases(t, cases, yogMax, yogPref, yogNone)
}

// "We do not have a firm cutoff, but we prefer …": the limit is the verb's
// object, and the clause after names what it is a limit of.
func TestBatteryDeniedLimitAsObject(t *testing.T) {
	cases := []ruleCase{
		{"firm cutoff, preferred years", "<p>We do not have a firm cutoff, but we prefer graduation within 4 years.</p>", F{yogNone: true, yogPref: 4.0}},
		{"restrictions, answered", "<dl><dt>Are there restrictions on graduation year?</dt><dd>No restrictions.</dd></dl>", F{yogNone: true}},
		{"not a barrier", "<p>The year you graduated is not a barrier to applying.</p>", F{yogNone: true}},
	}
	runRuleCases(t, cases, yogMax, yogPref, yogNone)
}

// A "No" to a question whether applicants with failures are accepted.
func TestBatteryFailuresAskedNo(t *testing.T) {
	cases := []ruleCase{
		{"any failure", "<dl><dt>Do you accept applicants who have a failed USMLE attempt?</dt><dd>No.</dd></dl>", F{attMax: 1.0}},
		{"more than one failure", "<dl><dt>Do you consider applicants with more than one failure?</dt><dd>No.</dd></dl>", F{attMax: 2.0}},
		{"case by case", "<dl><dt>Do you accept applicants who have a failed USMLE attempt?</dt><dd>Yes, case by case.</dd></dl>", F{}},
	}
	runRuleCases(t, cases, attMax)
}

// Months since graduation that make whole years; "post graduate year" is
// training, not graduation; "should not apply" turns away.
func TestBatteryGraduationMonthsAndTraining(t *testing.T) {
	cases := []ruleCase{
		{"24 months", "<p>Applicants must have graduated within 24 months of the application deadline.</p>", F{yogMax: 2.0}},
		{"18 months", "<p>Applicants must have graduated within 18 months of the application deadline.</p>", F{}},
		{"post graduate year", "<p>Two letters must come from attendings you worked with within the past 12 months of your most recent post graduate year.</p>", F{}},
		{"should not apply", "<p>Applicants more than four years past graduation should not apply.</p>", F{yogMax: 4.0}},
	}
	runRuleCases(t, cases, yogMax, yogPref, yogNone)
}

// A parenthesis speaks of the word (or list of words) just before it.
func TestBatteryParenOwnsWordBefore(t *testing.T) {
	cases := []ruleCase{
		{"each its own", "<p>USMLE Step 1 (pass) and Step 2 CK (at least 225)</p>", F{s1Pass: true, s2Min: 225.0}},
		{"a list before it", "<p>USMLE Step 1 and Step 2 CK (minimum 215 each)</p>", F{s1Min: 215.0, s2Min: 215.0}},
	}
	runRuleCases(t, cases, s1Pass, s1Min, s2Min)
}

// Recency of clinical activity, not graduation: practice as a physician
// is clinical activity, twelve months make a year, "out of clinical
// medicine for over N years" turns away past N (as "over N years ago"
// does for graduation).
func TestBatteryClinicalRecency(t *testing.T) {
	rec := imgfriendly.FieldClinicalRecencyMax
	cases := []ruleCase{
		{"clinical practice", "<p>Applicants must have been engaged in clinical practice within the past 2 years.</p>", F{rec: 2.0}},
		{"months", "<p>Applicants should have had hands-on clinical experience within the last 24 months.</p>", F{rec: 2.0}},
		{"out of clinical medicine, over", "<p>Applicants who have been out of clinical medicine for over 4 years are not eligible.</p>", F{rec: 4.0}},
		{"graduated over N years ago", "<p>We do not consider applicants who graduated over 6 years ago.</p>", F{yogMax: 6.0}},
		{"months that are no whole years", "<p>Applicants need clinical experience within the last 18 months.</p>", F{}},
	}
	runRuleCases(t, cases, rec, yogMax)
}

// A number after "if" in a clause that admits applicants is the condition
// of an exception ("failures may be considered if Step 2 CK is above
// 240"), not a minimum; an answer opening with "Only if" supposes; in a
// clause that turns applicants away the "if" is the rule's trigger.
func TestBatteryConditionIsNoMinimum(t *testing.T) {
	cases := []ruleCase{
		{"exception's condition", "<p>Applicants with a Step 1 failure may be considered if their Step 2 CK score is above 245.</p>", F{}},
		{"only if, answered", "<dl><dt>Will you accept a Step 1 failure?</dt><dd>Only if Step 2 CK was passed on the first attempt.</dd></dl>", F{}},
		{"trigger of a turning away", "<p>The state board will not issue a training license if any step was taken more than three times.</p>", F{attMax: 3.0}},
		{"minimum, then its condition", "<p>A Step 2 CK score of at least 220 is required if you are an international graduate.</p>", F{s2Min: 220.0}},
	}
	runRuleCases(t, cases, s1Pass, s2Min, attMax)
}

// "No older than" a year is the earliest year; a number word answering a
// question about attempts is the count.
func TestBatteryYearAndCountAnswers(t *testing.T) {
	cases := []ruleCase{
		{"no older than", "<p>Year of graduation no older than 2019.</p>", F{yogMax: 7.0}},
		{"two, answered", "<dl><dt>How many attempts are allowed?</dt><dd>Two.</dd></dl>", F{attMax: 2.0}},
	}
	runRuleCases(t, cases, yogMax, attMax)
}

// The medical degree named in full or by its name abroad is graduation.
func TestBatteryDegreeNamedInFull(t *testing.T) {
	cases := []ruleCase{
		{"degree of doctor of medicine", "<p>Candidates must have received the degree of Doctor of Medicine or its equivalent within the past 4 years.</p>", F{yogMax: 4.0}},
		{"mbbs", "<p>MBBS obtained within the last 3 years.</p>", F{yogMax: 3.0}},
	}
	runRuleCases(t, cases, yogMax, yogPref, yogNone)
}

// A denial labelled for US or Canadian graduates is no rule for an
// international graduate, and does not cancel the IMG's limit beside it.
func TestBatteryOtherAudienceDenial(t *testing.T) {
	cases := []ruleCase{
		{"IMG limit, US none", "<p>International graduates: within 4 years of graduation; US grads: no restriction.</p>", F{yogMax: 4.0}},
		{"US only", "<p>For US graduates - there is no graduation cutoff.</p>", F{}},
		{"IMG none", "<p>International graduates: no graduation year cutoff.</p>", F{yogNone: true}},
	}
	runRuleCases(t, cases, yogMax, yogNone)
}
