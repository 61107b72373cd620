package extract

import "testing"

// The eligibility batteries of session 9, written in the team's own words
// before the rules that read them (issue 11). Cases not read right yet are
// named in knownS9Misses (see runKnownBattery).

// knownS9Misses are the session-9 battery cases not read right yet.
var knownS9Misses = map[string]bool{
	// the years of a preference beside a pass read as the pass's window (outsideWindow), not as a
	// graduation preference, with "who graduated" (the comma's form too)
	"A passing Step 1 result is required with strong preference for applicants who graduated in the last three years.": true,
}

// admissionsFAQ renders a medical school's admissions page: the school's
// own words around one rule (prerequisite courses, the entrance test, the
// application service).
func admissionsFAQ(rule string) string {
	return "<h1>Admissions: frequently asked questions</h1>" +
		"<h3>Which courses must I complete before applying?</h3><p>Two semesters each of biology, general chemistry, organic chemistry and physics at an accredited college, with laboratories.</p>" +
		"<h3>How recent must my MCAT be?</h3><p>We accept MCAT results from the three years before the application cycle.</p>" +
		rule +
		"<h3>How do I apply?</h3><p>Submit your primary application through AMCAS; secondary applications are sent by invitation.</p>"
}

// applyPage renders a residency program's page around one rule.
func applyPage(rule string) string {
	return "<h1>Internal Medicine Residency: how to apply</h1>" +
		"<p>We accept applications through ERAS only and take part in the NRMP Match for 14 PGY-1 positions.</p>" +
		rule +
		"<p>Three letters of recommendation and the MSPE are required.</p>"
}

// TestBatteryMedicalSchoolAudience: the rules a medical school states for
// those who apply to it (its MD and MD/PhD programs, admission to the
// school, on a page of prerequisite courses, the entrance test and the
// school's application service) are no rule of a residency: a "citizens or
// permanent residents" rule there says nothing of J-1 or H-1B. The
// audience is named in the sentence ("applicants to our MD program",
// "MD/PhD applicants", "admission to the School of Medicine"), in a
// heading over it, or by the page (the entrance test and the application
// service named, nothing of a residency's application). Near misses: the
// same rule on a residency's page (ERAS, PGY-1), a residency's applicants
// who hold an MD or a DO, a physician-scientist track's MD/PhD graduates,
// a residency's page that names the MCAT in a resident's biography.
func TestBatteryMedicalSchoolAudience(t *testing.T) {
	var cases []ruleCase
	add := func(name, give string, want F) { cases = append(cases, ruleCase{name, give, want}) }
	add("school page: bare citizens rule", admissionsFAQ("<h3>Can international students apply?</h3><p>All applicants must be US citizens or permanent residents.</p>"), F{})
	add("school page: FAQ answer", admissionsFAQ("<h3>What are the citizenship requirements?</h3><p>Applicants must be US citizens or permanent residents; we cannot consider international applicants.</p>"), F{})
	add("school page: table", admissionsFAQ("<table><tr><td>Citizenship</td><td>US citizen or permanent resident required</td></tr></table>"), F{})
	add("sentence: MD and MD/PhD applicants", "<p>Every applicant (MD and MD/PhD) has to be a US citizen or hold a permanent resident visa.</p>", F{})
	add("sentence: applicants to the MD program", "<p>Applicants to our MD program must hold US citizenship or permanent residency.</p>", F{})
	add("sentence: admission to the school of medicine", "<p>Only US citizens and permanent residents are considered for admission to the School of Medicine.</p>", F{})
	add("sentence: MSTP applicants", "<p>MSTP applicants must be citizens or permanent residents of the United States.</p>", F{})
	add("heading: MD/PhD admissions", "<h2>MD/PhD Program Admissions</h2><p>Applicants must be citizens or permanent residents of the US.</p>", F{})
	add("sentence: only citizens are admitted to the school", "<p>The College of Medicine admits only US citizens and permanent residents to its MD program.</p>", F{})
	// near misses: a residency's rule keeps its reading
	add("residency page: bare citizens rule", applyPage("<p>All applicants must be US citizens or permanent residents.</p>"), F{j1: false, h1b: false})
	add("residency: MD or DO applicants", "<p>All applicants (MD or DO) must be US citizens or permanent residents.</p>", F{j1: false, h1b: false})
	add("residency: MD/PhD graduates of a research track", "<p>Our physician-scientist track welcomes MD/PhD graduates; we sponsor J-1 visas only.</p>", F{j1: true, h1b: false})
	add("residency page: MCAT in a biography", applyPage("<p>Dr. Reyes tutored MCAT students before medical school.</p><p>We sponsor J-1 and H-1B visas.</p>"), F{j1: true, h1b: true})
	add("residency: graduates of US MD programs", "<p>Graduates of US MD programs and of international schools are welcome; we sponsor J-1 visas.</p>", F{j1: true})
	runKnownBattery(t, cases, knownS9Misses, j1, h1b, yogMax, usceReqF, s1Pass)
}

// TestBatteryPreferenceBesideRequirement: a preference joined by "with" to
// a requirement ("… is required with preference for graduates of
// accredited schools", "must be passed with priority given to …") is a
// clause of its own: it does not soften the requirement before it, and
// what it prefers (recent graduation, US clinical experience) is read as
// a preference. Near misses: the comma's form (read before this rule), a
// preference of the same topic's number ("Step 2 CK is required with
// preference for scores of 230 or higher": a preferred minimum), a
// requirement "with" a quantity (no preference), a preference joined to a
// preference.
func TestBatteryPreferenceBesideRequirement(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	add("Passing Step 1 and Step 2 CK is required with preference for graduates of accredited US schools.", F{s1Pass: true})
	add("We require passing scores on Step 1 and Step 2 CK with preference given to US graduates.", F{s1Pass: true})
	add("USMLE Step 1 pass required with a preference for recent graduates.", F{s1Pass: true})
	add("Applicants must have passed Step 1 with preference given to first-time passers.", F{s1Pass: true})
	add("Step 1 must be passed with priority given to applicants with US clinical experience.", F{s1Pass: true, usceReqF: "preferred"})
	add("A passing Step 1 result is required with strong preference for applicants who graduated in the last three years.", F{s1Pass: true, yogPref: 3.0})
	add("US clinical experience is required with preference for experience in internal medicine.", F{usceReqF: "required"})
	add("Passing Step 1 is required with preference for scores above 230.", F{s1Pass: true})
	// near misses
	add("Passing Step 1 is required, with preference given to graduates of accredited US schools.", F{s1Pass: true})
	add("Step 2 CK is required with preference for scores of 230 or higher.", F{s2Pref: 230.0})
	add("Passing Step 1 is required with a minimum Step 2 CK score of 220.", F{s1Pass: true, s2Min: 220.0})
	add("US clinical experience is required with at least three months in a hospital.", F{usceReqF: "required", usceMo: 3.0})
	add("Passing Step 1 is preferred with preference for recent graduates.", F{})
	runKnownBattery(t, cases, knownS9Misses, s1Pass, s1Min, s2Min, s2Pref, yogMax, yogPref, usceReqF, usceMo)
}

// TestBatteryCountrysProcess: what a story, an essay or an adviser's page
// says of the country's process ("the residency application process in
// the US is competitive and candidates have to pass the USMLE", "to
// practise medicine in the United States, international graduates must
// …", "US residency programs require …", "most residency programs
// require …") describes the system, not one program's rules: no pass, no
// visa, no clinical experience. Near misses: a program's page says the
// same rule without "our" ("Applicants must pass USMLE Step 1"), a rule
// for applying to "our program", the program's own voice beside the
// country ("we sponsor J-1 visas for residency training in the United
// States"), US clinical experience asked "in the US".
func TestBatteryCountrysProcess(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	add("Getting into residency in the United States is tough: applicants have to pass the USMLE Step 1 and Step 2 CK exams.", F{})
	add("To practice medicine in the US, international graduates must pass USMLE Step 1 and Step 2 CK.", F{})
	add("In the United States, foreign-trained doctors need to pass Step 1 and Step 2 CK before they can apply for residency.", F{})
	add("IMGs who hope to train in the United States have to pass Step 1 and obtain ECFMG certification.", F{})
	add("The US residency match is competitive, and international candidates must pass the USMLE and secure a J-1 or H-1B visa.", F{})
	add("Every year thousands of foreign doctors apply to US residency programs, which require a pass on USMLE Step 1.", F{})
	add("Most residency programs require applicants to have passed Step 1 and to have at least three months of US clinical experience.", F{})
	add("The residency application process in the US is highly competitive and candidates have to pass the demanding USMLE exams.", F{})
	add("To become a licensed physician in America, graduates of foreign schools must pass all three steps of the USMLE.", F{})
	// near misses
	add("Applicants must pass USMLE Step 1.", F{s1Pass: true})
	add("International medical graduates must pass USMLE Step 1 and Step 2 CK before applying to our program.", F{s1Pass: true})
	add("We sponsor J-1 visas for graduates seeking residency training in the United States.", F{j1: true})
	add("Applicants must have passed Step 1 and have three months of clinical experience in the US.", F{s1Pass: true, usceReqF: "required", usceMo: 3.0})
	add("In the United States, our program is one of the few that sponsor H-1B visas.", F{h1b: true})
	add("Like most residency programs, we require a passing score on Step 1.", F{s1Pass: true})
	// a page that speaks of programs in general and nowhere in a program's voice: its rules are none
	cases = append(cases, ruleCase{"adviser's page", "<h1>What residency programs ask of IMGs</h1><p>Some programs accept only citizens and permanent residents, while others sponsor J-1 or H-1B visas.</p>" +
		"<p>IMGs must pass USMLE Step 1 and Step 2 CK.</p><p>Applicants should have at least three months of US clinical experience.</p>", F{}})
	cases = append(cases, ruleCase{"news story", "<h1>Foreign doctors and the match</h1><p>Many hospitals now sponsor visas to fill their residency positions.</p>" +
		"<p>Candidates have to pass Step 1 and need a J-1 visa to train.</p>", F{}})
	// near misses: a program's page, with a sentence about programs in general
	cases = append(cases, ruleCase{"program page with a general sentence", "<h1>Internal Medicine Residency</h1><p>Unlike many programs, we do not require US clinical experience.</p>" +
		"<p>Applicants must pass USMLE Step 1. We sponsor J-1 visas.</p>", F{s1Pass: true, j1: true, usceReqF: "not_required"}})
	cases = append(cases, ruleCase{"terse program page", "<h1>Eligibility</h1><p>Applicants must pass USMLE Step 1.</p><p>J-1 visas are sponsored.</p>", F{s1Pass: true, j1: true}})
	runKnownBattery(t, cases, knownS9Misses, j1, h1b, s1Pass, usceReqF, usceMo)
}

// TestBatteryUrgedAndECFMGJ1: advice to applicants ("we strongly urge
// applicants to have …", "applicants are urged to complete …") prefers, it
// does not require; and a J-1 the program does not sponsor itself but
// accepts when ECFMG sponsors it ("we do not offer J-1 sponsorship but
// accept ECFMG-sponsored J-1 visas") is a J-1 the program takes: true, and
// nothing said of H-1B. Near misses: a requirement beside the advice, an
// urge to something else, ECFMG-sponsored J-1 visas not accepted, no visa
// sponsorship at all.
func TestBatteryUrgedAndECFMGJ1(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	add("We strongly urge applicants to have 3 months of US clinical experience.", F{usceReqF: "preferred", usceMo: 3.0})
	add("Applicants are urged to complete at least two months of hands-on clinical experience in the US.", F{usceReqF: "preferred", usceMo: 2.0})
	add("We urge all candidates to obtain US clinical experience before applying.", F{usceReqF: "preferred"})
	add("We do not offer J-1 visa sponsorship but accept ECFMG-sponsored J-1 visas.", F{j1: true})
	add("The program does not sponsor J-1 visas, but ECFMG-sponsored J-1 visas are accepted.", F{j1: true})
	add("Our institution will not sponsor a J-1; we do accept J-1 visas sponsored by ECFMG.", F{j1: true})
	// near misses
	add("US clinical experience is required; we strongly urge applicants to have more than three months.", F{usceReqF: "required", usceMo: 3.0})
	add("We urge applicants to apply early; three months of US clinical experience are required.", F{usceReqF: "required", usceMo: 3.0})
	add("ECFMG-sponsored J-1 visas are not accepted.", F{j1: false})
	add("We do not sponsor visas of any kind.", F{j1: false, h1b: false})
	add("We do not sponsor visas but accept ECFMG sponsored J-1.", F{j1: true, h1b: false})
	runKnownBattery(t, cases, knownS9Misses, j1, h1b, usceReqF, usceMo)
}

// TestBatteryStepsAndLevels: a list of exams that names each family's part
// ("Step 1 and Level 1", "Step 1/Level 1", "Level 1 and Step 1") asks for
// both: the second part is its own family's, not the first's. Near misses:
// lists of one family, each family named with its exam.
func TestBatteryStepsAndLevels(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	add("Passing scores are required for both Step 1 and Level 1.", F{s1Pass: true, cx1: true})
	add("Applicants must pass Step 1 and Level 1.", F{s1Pass: true, cx1: true})
	add("A passing score on Step 1/Level 1 is required.", F{s1Pass: true, cx1: true})
	add("Applicants must have passed Level 1 and Step 1.", F{s1Pass: true, cx1: true})
	// near misses
	add("Applicants must pass Steps 1 and 2 CK.", F{s1Pass: true})
	add("Applicants must pass COMLEX Levels 1 and 2.", F{cx1: true})
	add("Applicants must pass USMLE Step 1 or COMLEX Level 1.", F{s1Pass: true, cx1: true})
	runKnownBattery(t, cases, knownS9Misses, s1Pass, cx1)
}
