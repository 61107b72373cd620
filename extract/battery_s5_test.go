package extract

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly"
)

// Session 5 batteries for the year-of-graduation, score, attempt and USCE
// rules: the classes of the misses and false values seen on every labelled
// set (dev1–dev6, train6), each written in the team's own words, with
// variants the corpus does not show and near misses that must stay null.
// They were committed before the rule work; a case that the rules did not
// read yet is listed by name in the test's known failures.

// runBatteryKnown runs the cases like runBattery, except that a case named
// in known is a listed failure: it is logged while it fails and fails the
// test once it passes, so that the list only ever shrinks honestly.
func runBatteryKnown(t *testing.T, cases []ruleCase, known []string, fields ...imgfriendly.Field) {
	t.Helper()
	failed := 0
	for _, tc := range cases {
		got, _ := factsOf(t, tc.give)
		d := cmp.Diff(tc.want, only(got, fields...))
		switch listed := slices.Contains(known, tc.name); {
		case d != "" && listed:
			t.Logf("known failure %q\n(-want +got):\n%s", tc.name, d)
		case d != "":
			failed++
			t.Errorf("%s\n(-want +got):\n%s", tc.name, d)
		case listed:
			t.Errorf("%q passes now: take it off the known failures", tc.name)
		}
	}
	if failed > 0 {
		t.Errorf("%d of %d battery cases fail", failed, len(cases))
	}
}

// TestBatteryS5RequirementsOfAnotherThing: a list of requirements whose
// lead-in or heading is about something else than applying to the
// residency (an observership, ECFMG certification or ECFMG's sponsorship of
// the J-1) states no rule of the program's own; the program's own list
// beside it still does.
func TestBatteryS5RequirementsOfAnotherThing(t *testing.T) {
	cases := []ruleCase{
		{"ecfmg sponsorship lead-in", "<p>To obtain ECFMG sponsorship of the exchange visa, a foreign national must:</p>" +
			"<ol><li>have passed Step 1 and Step 2 of the USMLE</li><li>hold a valid ECFMG certificate</li></ol>", F{}},
		{"ecfmg certification includes", "<p>The requirements for ECFMG certification currently include passing Step 1 and Step 2 CK of the USMLE.</p>", F{}},
		{"ecfmg certificate requires", "<p>An ECFMG certificate requires that the graduate pass Step 1 and Step 2 CK.</p>", F{}},
		{"observership policy list", "<h3>Observer policy</h3><ol><li>The observer must have HR clearance.</li>" +
			"<li>Applicant must have taken and passed Step 1</li><li>Applicant must have passed Step 2 CK</li></ol>", F{}},
		{"observers must", "<p>Observers must have passed Step 1 on the first attempt.</p>", F{}},
		{"plain observership heading, numbered", "Observer requirements:\n1. The observer must have HR clearance.\n2. Observation is offered in medicine.\n3. Applicant must have passed Step 1\n", F{}},
		{"observerships named later in a line", "Requirements for graduates abroad:\n- US clinical experience is recommended.\nThis does not include observerships\n- Step 1 must be passed on the first attempt\n",
			F{s1Pass: true, attMax: 1.0}},
		{"ecfmg certification, which requires", "<p>All graduates abroad need ECFMG certification, which requires passing Step 1 and Step 2 CK.</p>", F{}},
		{"certified, and own pass", "<p>Applicants must be ECFMG certified and must have passed Step 1 on the first attempt.</p>", F{s1Pass: true, attMax: 1.0}},
		{"program's own list", "<p>Residency applicants must meet the following:</p><ul><li>Step 1 passed on the first attempt</li></ul>" +
			"<p>Observers must hold a valid visa.</p>", F{s1Pass: true, attMax: 1.0}},
		{"own rule beside ecfmg", "<p>Applicants must have passed Step 1. ECFMG certification includes passing Step 2 CS.</p>", F{s1Pass: true}},
	}
	runBatteryKnown(t, cases, nil, s1Pass, s1Min, s2Min, attMax)
}

// TestBatteryS5PassWords: a pass is also "satisfactory completion", "passed
// Step I, II" after the exam's name, "a passing score for Step 1", or a
// "first time passage" of Part I; an encouragement to complete an exam or
// a preferred completion is no pass rule.
func TestBatteryS5PassWords(t *testing.T) {
	cases := []ruleCase{
		{"satisfactory completion list", "<p>International graduates must have the following to interview:</p><ul><li>Satisfactory completion of USMLE Step 1</li><li>Transcript</li></ul>", F{s1Pass: true}},
		{"satisfactory completion sentence", "<p>Satisfactory completion of Step 1 is required before an interview.</p>", F{s1Pass: true}},
		{"exam then passed", "<p>Requirements: USMLE passed Step I and II, and a valid ECFMG certificate.</p>", F{s1Pass: true}},
		{"passing score for step 1", "<p>Graduates of foreign schools need a valid ECFMG certificate and a passing score for Step 1 and Step 2 of the USMLE.</p>", F{s1Pass: true}},
		{"first time passage of part I", "<ul><li>First time passage of Part I and II of the USMLE</li></ul>", F{s1Pass: true, attMax: 1.0}},
		{"first time passage, comma list", "<ul><li>First time passage of Part I, II, and CS of the USMLE</li></ul>", F{s1Pass: true, attMax: 1.0}},
		{"passed, and a preference after", "<p>Requirements: USMLE passed Step I and II, and we strongly prefer candidates with Step III completed.</p>", F{s1Pass: true}},
		{"passed, and a preference after, no comma", "<p>Requirements: USMLE passed Step I, II and strongly prefer candidates with Step III completed.</p>", F{s1Pass: true}},
		{"a list of exams, then priority", "<p>Candidates with a passing score of 225 on the first attempt on Step 1, Step 2 CK, and Step 2 CS have priority in our selection.</p>", F{}},
		{"an aside on attempts keeps the exam", "<p>The USMLE is required of every applicant (passing each step on the first attempt).</p>", F{s1Pass: true, attMax: 1.0}},
		{"encouraged to complete", "<p>Applicants are encouraged to complete Steps 1 and 2 of the USMLE before the interview.</p>", F{}},
		{"completion preferred", "<p>Satisfactory completion of Step 2 CK before the interview is preferred.</p>", F{}},
	}
	runBatteryKnown(t, cases, nil, s1Pass, s1Min, s2Min, attMax)
}

// TestBatteryS5TwoDigitScores: an old two-digit score beside a pass of
// another exam is neither a minimum nor a pass of Step 1.
func TestBatteryS5TwoDigitScores(t *testing.T) {
	cases := []ruleCase{
		{"78 on 1 & 2, pass on 3", "<p>A score of 78 on USMLE 1 &amp; 2 and a passing score on Step 3 are required.</p>", F{}},
		{"own pass, then another's", "<p>Step 1 must be passed, and a passing score on Step 3 is expected before the second year.</p>", F{s1Pass: true}},
		{"two-digit 80", "<p>Applicants need a score of 80 or above on Step 1.</p>", F{}},
		{"three digit still read", "<p>Applicants need a score of 215 or above on Step 1.</p>", F{s1Min: 215.0}},
	}
	runBatteryKnown(t, cases, nil, s1Pass, s1Min, s2Min)
}

// TestBatteryS5PerStepMinimums: one sentence giving each step its own
// number ("200 for Step 1 and 210 for Step 2", "of 215 and 225
// respectively") gives each its own minimum; the same shape as an average
// or a preference gives none.
func TestBatteryS5PerStepMinimums(t *testing.T) {
	cases := []ruleCase{
		{"N for step 1 and M for step 2", "<ul><li>USMLE Step 1 and 2 passed on the first attempt with scores of at least 200 for Step 1 and 210 for Step 2.</li></ul>",
			F{s1Min: 200.0, s2Min: 210.0, attMax: 1.0}},
		{"minimum N for step 1, M for step 2 ck", "<p>Minimum scores: 215 for Step 1 and 225 for Step 2 CK.</p>", F{s1Min: 215.0, s2Min: 225.0}},
		{"N on step 2 ck and M on step 1", "<p>We require a score of 220 on Step 2 CK and 210 on Step 1.</p>", F{s1Min: 210.0, s2Min: 220.0}},
		{"respectively", "<p>Step 1 and Step 2 CK scores of at least 205 and 215 respectively are required.</p>", F{s1Min: 205.0, s2Min: 215.0}},
		{"averages per step", "<p>Our residents average 230 for Step 1 and 240 for Step 2 CK.</p>", F{}},
		{"preferred per step", "<p>We prefer scores of 220 for Step 1 and 230 for Step 2 CK.</p>", F{}},
	}
	runBatteryKnown(t, cases, nil, s1Min, s2Min, attMax)
}

// TestBatteryS5GraduationWindowFarFromNoun: a window of years that ends a
// criterion opened by "Graduation from …" belongs to the graduation, however
// many words name the school between; a preferred window stays a
// preference, and a window of clinical activity is none.
func TestBatteryS5GraduationWindowFarFromNoun(t *testing.T) {
	cases := []ruleCase{
		{"outside the US or Canada within 5 years", "<ol><li>Graduation from a medical school outside of the United States or Canada within 5 years of application, and an ECFMG certificate.</li></ol>",
			F{yogMax: 5.0, yogTo: "application"}},
		{"school abroad, a place then the window", "<p>Applicants need graduation from a medical school outside the United States within 4 years of applying.</p>",
			F{yogMax: 4.0, yogTo: "application"}},
		{"window of application, then a certificate", "<ul><li>Graduation from medical school within 6 years of application and a valid ECFMG certificate</li></ul>",
			F{yogMax: 6.0, yogTo: "application"}},
		{"world directory within the last three", "<ul><li>Graduation from a school listed in the World Directory of Medical Schools and approved by the state board within the last three years.</li></ul>",
			F{yogMax: 3.0}},
		{"criteria lead-in, past five years", "<p>Consideration will be given to international graduates who meet these criteria:</p>" +
			"<ul><li>Graduation from medical school within the past 5 years and evidence of continued clinical work.</li></ul>", F{yogMax: 5.0}},
		{"long school name, preferred", "<ul><li>Graduation from an accredited medical school in the United States or abroad (within the last four years preferred)</li></ul>",
			F{yogPref: 4.0}},
		{"clinical work window", "<ul><li>Graduation from an accredited medical school and clinical work within the last 2 years.</li></ul>", F{}},
	}
	runBatteryKnown(t, cases, nil, yogMax, yogPref, yogNone, yogTo)
}

// TestBatteryS5GraduatesCounted: "graduates" counted or compared are people,
// not a time since graduation.
func TestBatteryS5GraduatesCounted(t *testing.T) {
	cases := []ruleCase{
		{"only three have more graduates", "<p>Of the leading programs in the nation, only three can claim more graduates than the 60 who finished here.</p>", F{}},
		{"five graduates went on", "<p>Five of last year's graduates went on to fellowships.</p>", F{}},
		{"more than ten graduates", "<p>More than ten graduates of the program now teach here.</p>", F{}},
		{"a real limit still", "<p>Applicants must be no more than three years from graduation.</p>", F{yogMax: 3.0}},
	}
	runBatteryKnown(t, cases, nil, yogMax, yogPref, yogNone)
}

// TestBatteryS5USCEClasses: letters from US experience are letters, not a
// USCE rule; a supposition before a preference ("if your clinical training
// was abroad, … is strongly recommended") keeps the preference; a
// requirement with an observership aside is still required; "U.S clinical"
// spelt without its last point is the United States; a bare "No" to any
// clinical experience is none required.
func TestBatteryS5USCEClasses(t *testing.T) {
	cases := []ruleCase{
		{"letters preferably from US experience", "<ul><li>Three letters of recommendation (preferably from an American clinical experience)</li></ul>", F{}},
		{"letters from supervisors of USCE", "<p>At least two letters must come from physicians who supervised your US clinical experience.</p>", F{}},
		{"supposition then strongly recommended", "<ul><li>If your primary clinical training was completed outside the United States, a minimum of 3 months of hands-on US clinical experience is strongly recommended.</li></ul>",
			F{usceReqF: "preferred", usceMo: 3.0}},
		{"required with observership aside", "<ul><li>IMGs must have a minimum of three months of US clinical experience, i.e. an externship with a written evaluation (observership does not fulfill this requirement).</li></ul>",
			F{usceReqF: "required", usceMo: 3.0}},
		{"required with an aside on observerships", "<p>Applicants must have two months of hands-on US clinical experience (observerships do not meet this requirement).</p>",
			F{usceReqF: "required", usceMo: 2.0}},
		{"preferred with an aside", "<p>US clinical experience is preferred (shadowing does not count).</p>", F{usceReqF: "preferred"}},
		{"letters from US physicians, aside", "<p>We need three letters of recommendation (ideally from US clinical rotations).</p>", F{}},
		{"U.S without last point", "<p>Applicants must have U.S clinical experience in family medicine.</p>", F{usceReqF: "required"}},
		{"bare no to any clinical experience", qaHTML("Do you require any clinical experience?", "No, we do not."), F{usceReqF: "not_required"}},
		{"bare no to clinical experience", qaHTML("Is clinical experience required to apply?", "No."), F{usceReqF: "not_required"}},
		{"yes to any clinical experience", qaHTML("Do you require any clinical experience?", "Yes, we do."), F{}},
		{"no to clinical experience abroad", qaHTML("Do you require clinical experience in your home country?", "No."), F{}},
		{"letters from writers who saw your rotations", "<p>Letters should come from faculty who supervised your US clinical rotations.</p>", F{}},
		{"letters, and a requirement of its own", "<p>Three letters are required. Applicants must also have US clinical experience.</p>", F{usceReqF: "required"}},
		{"no to research", qaHTML("Do you require research experience?", "No, we do not."), F{}},
	}
	runBatteryKnown(t, cases, nil, usceReqF, usceMo)
}

// TestBatteryS5WrappedPlainText: plain text hard-wrapped at a fixed width
// (a PDF or a scraped column) keeps each sentence whole: a line that
// leaves its sentence open (no closing point, the next line in lower case
// or the line ending on a word that cannot end one) goes on into the next,
// however short, and a dash alone on a line opens the list item below it.
// A short line before a capitalised one stays its own block.
func TestBatteryS5WrappedPlainText(t *testing.T) {
	cases := []ruleCase{
		{"short wrapped graduation", "Eligibility\n-\nGraduation from medical\nschool within the past 4 years and evidence of\ncontinued clinical work.\n", F{yogMax: 4.0}},
		{"wrapped on the United", "-\nIf your clinical training\nwas completed outside the United\nStates, two months of hands-on US\nclinical experience is strongly recommended.\n",
			F{usceReqF: "preferred", usceMo: 2.0}},
		{"wrapped attempt", "Requirements\n-\nUSMLE Step 1 passed\non the first attempt.\n", F{s1Pass: true, attMax: 1.0}},
		{"wrapped on a preposition", "Applicants must have graduated within\nThree years of the application deadline.\n", F{yogMax: 3.0}},
		{"heading lines stay apart", "Step 1 scores\nOur residents averaged 235.\nApplicants must have graduated within the last 5 years.\n", F{yogMax: 5.0}},
	}
	runBatteryKnown(t, cases, nil, yogMax, yogPref, s1Pass, s1Min, attMax, usceReqF, usceMo)
}

// TestBlocksFromTextWrapped: the blocks of hard-wrapped plain text. A
// numbered item starts a block even after a line ending on "and".
func TestBlocksFromTextWrapped(t *testing.T) {
	cases := []struct {
		name string
		give string
		want []string
	}{
		{"wrapped short lines", "Graduation from medical\nschool within 3 years.\n", []string{"Graduation from medical school within 3 years."}},
		{"open last word", "trained outside the United\nStates for a year.\n", []string{"trained outside the United States for a year."}},
		{"dash alone opens an item", "-\nStep 1 passed\non the first try.\n-\n", []string{"Step 1 passed on the first try."}},
		{"numbered items apart", "1. a valid certificate, and\n2. a passing score on Step 1.\n", []string{"1. a valid certificate, and", "2. a passing score on Step 1."}},
		{"capitalised line after a short one", "Step 1 scores\nOur residents averaged 235.\n", []string{"Step 1 scores", "Our residents averaged 235."}},
	}
	for _, tc := range cases {
		var got []string
		for _, b := range blocksFromText([]byte(tc.give)).blocks {
			got = append(got, b.text)
		}
		if d := cmp.Diff(tc.want, got); d != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, d)
		}
	}
}
