package extract

import "testing"

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
