package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly"
)

// The battery checks mechanisms, not sentences: each case is a product of
// independent parts (who is spoken of, the modal verb, the form of the
// window or bound, the spelling of the number, a negation or contrast, a
// description instead of a rule), written in the team's own words. A rule
// that reads one combination but not its neighbours is a phrase rule; the
// battery makes that visible.

// numberForms spells n as digits, as a word, and as "five (5)".
func numberForms(n int) []string {
	w := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}[n]
	return []string{fmt.Sprint(n), w, fmt.Sprintf("%s (%d)", w, n)}
}

// runBattery runs every case and reports the failures together (a battery
// of hundreds of cases reads better as one list than as hundreds of
// subtests).
func runBattery(t *testing.T, cases []ruleCase, fields ...imgfriendly.Field) {
	t.Helper()
	failed := 0
	for _, tc := range cases {
		got, _ := factsOf(t, tc.give)
		if d := cmp.Diff(tc.want, only(got, fields...)); d != "" {
			failed++
			if failed <= 40 {
				t.Errorf("%s\n(-want +got):\n%s", tc.name, d)
			}
		}
	}
	if failed > 0 {
		t.Errorf("%d of %d battery cases fail", failed, len(cases))
	}
}

// TestBatteryYOGWindows: a graduation window stated as a requirement is a
// hard limit whatever its subject, modal verb, window form and number
// spelling.
func TestBatteryYOGWindows(t *testing.T) {
	subjects := []string{"Applicants", "All candidates", "You", "International graduates"}
	modals := []string{"must have graduated", "are required to have graduated", "need to have graduated", "should have graduated"}
	windows := []string{
		"within the last %s years",
		"within the preceding %s years",
		"within the past %s years",
		"in the last %s years",
		"within %s years of applying",
		"within %s years of the start of residency",
		"no more than %s years before the program start date",
		"from medical school within %s years of the application deadline",
	}
	var cases []ruleCase
	for si, subj := range subjects {
		for mi, mod := range modals {
			if subj == "You" && strings.HasPrefix(mod, "are ") {
				mod = "are required to have graduated"
			}
			for wi, win := range windows {
				n := 2 + (si+mi+wi)%5
				for _, num := range numberForms(n) {
					s := fmt.Sprintf("%s %s %s.", subj, mod, fmt.Sprintf(win, num))
					cases = append(cases, ruleCase{s, "<p>" + s + "</p>", F{yogMax: float64(n)}})
				}
			}
		}
	}
	runBattery(t, cases, yogMax, yogPref)
}

// TestBatteryYOGBounds: a bound on the time since graduation, with its own
// noun ("a 5-year cutoff", "the time since graduation cannot exceed …").
func TestBatteryYOGBounds(t *testing.T) {
	forms := []string{
		"There is a %s-year cutoff from graduating medical school.",
		"We have a %s year cutoff from graduation.",
		"Time since graduation cannot exceed %s years prior to the start of residency.",
		"The time since graduation may not exceed %s years at the time of application.",
		"Years since graduation must not exceed %s.",
		"Graduation must have occurred within %s years of the start of training.",
		"Applicants should be no more than %s years out of medical school.",
		"Applicants may be at most %s years from graduation when they apply.",
		"We require graduation within %s years of the Match.",
		"Graduation from medical school within the last %s years is required.",
		"Medical school graduation within %s years of applying is mandatory.",
		"Only applicants who graduated within the preceding %s years will be considered.",
	}
	var cases []ruleCase
	for fi, f := range forms {
		n := 2 + fi%6
		for _, num := range numberForms(n) {
			if strings.Contains(f, "-year") && strings.Contains(num, "(") {
				continue
			}
			s := fmt.Sprintf(f, num)
			cases = append(cases, ruleCase{s, "<p>" + s + "</p>", F{yogMax: float64(n)}})
		}
	}
	runBattery(t, cases, yogMax, yogPref)
}

// TestBatteryYOGDescriptive: sentences that describe residents or the
// program (descriptive subject, past tense, no modal verb) state no limit.
func TestBatteryYOGDescriptive(t *testing.T) {
	forms := []string{
		"Most of our residents graduated within the last %s years.",
		"The majority of our current residents graduated within %s years of starting residency.",
		"In the past %s years we graduated 120 residents.",
		"Over the last %s years our program has graduated residents who went on to fellowship.",
		"Our interns typically graduated within %s years of applying.",
		"Many of our residents graduated from medical school in the last %s years.",
		"On average, matched applicants had graduated %s years before the Match.",
		"During the past %s years, every graduating resident passed the boards.",
		"We have trained international graduates for the last %s years.",
		"Our residents graduated from medical schools around the world within the past %s years.",
	}
	var cases []ruleCase
	for fi, f := range forms {
		n := 2 + fi%6
		for _, num := range numberForms(n) {
			s := fmt.Sprintf(f, num)
			cases = append(cases, ruleCase{s, "<p>" + s + "</p>", F{}})
		}
	}
	runBattery(t, cases, yogMax, yogPref, yogNone)
}

// TestBatteryVisaExclusive: an exclusive statement names what is accepted
// and denies the rest; a negation stops at the contrast.
func TestBatteryVisaExclusive(t *testing.T) {
	denied := []string{"H-1B", "H1B visas", "H-1B sponsorship"}
	allowed := []string{"J-1", "J1 visas", "the ECFMG-sponsored J-1 visa"}
	forms := []string{
		"No %[1]s, only %[2]s.",
		"We do not sponsor %[1]s; only %[2]s.",
		"We do not offer %[1]s, only %[2]s.",
		"%[1]s is not available; we accept only %[2]s.",
		"We accept only %[2]s and not %[1]s.",
		"We support %[2]s only, not %[1]s.",
		"We offer %[2]s but not %[1]s.",
		"The program does not sponsor %[1]s but does accept %[2]s.",
		"Not %[1]s: %[2]s only.",
		"We will sponsor %[2]s, but cannot sponsor %[1]s.",
	}
	var cases []ruleCase
	for fi, f := range forms {
		for di, d := range denied {
			a := allowed[(fi+di)%len(allowed)]
			s := fmt.Sprintf(f, d, a)
			s = strings.ToUpper(s[:1]) + s[1:]
			cases = append(cases, ruleCase{s, "<p>" + s + "</p>", F{j1: true, h1b: false}})
		}
	}
	// and the mirror image: H-1B only
	for _, f := range forms[:6] {
		s := fmt.Sprintf(f, "J-1", "H-1B")
		cases = append(cases, ruleCase{s, "<p>" + s + "</p>", F{j1: false, h1b: true}})
	}
	runBattery(t, cases, j1, h1b)
}

// TestBatteryScorePreferences: a score or a first-attempt pass stated as a
// preference or a mark of competitiveness is no hard minimum or attempt
// limit; the same number stated as a requirement is.
func TestBatteryScorePreferences(t *testing.T) {
	soft := []string{
		"An optimal Step 2 CK score is %d or above.",
		"A competitive Step 2 CK score is %d or higher.",
		"Competitive applicants have a Step 2 CK score of %d or above.",
		"We prefer Step 2 CK scores of %d or more.",
		"Applicants with Step 2 CK scores above %d are more competitive.",
		"Ideally, candidates will have scored %d or above on Step 2 CK.",
		"A Step 2 CK score of %d or greater is recommended.",
		"Our matched residents averaged %d on Step 2 CK.",
		"Step 2 CK scores of %d or higher are desirable.",
		"Strong applicants usually have at least %d on Step 2 CK.",
	}
	hard := []string{
		"A minimum Step 2 CK score of %d is required.",
		"Applicants must have a Step 2 CK score of %d or higher.",
		"Step 2 CK: %d minimum.",
		"We require a Step 2 CK score of at least %d.",
		"Applicants with a Step 2 CK score below %d will not be considered.",
	}
	var cases []ruleCase
	for i, f := range soft {
		n := 210 + 5*i
		s := fmt.Sprintf(f, n)
		cases = append(cases, ruleCase{s, "<p>" + s + "</p>", F{}})
	}
	for i, f := range hard {
		n := 215 + 5*i
		s := fmt.Sprintf(f, n)
		cases = append(cases, ruleCase{s, "<p>" + s + "</p>", F{s2Min: float64(n)}})
	}
	attemptsSoft := []string{
		"We prioritize applicants who passed every Step on the first attempt.",
		"First-attempt passes are preferred.",
		"Passing on the first attempt is strongly encouraged.",
		"Applicants who passed on the first try are given preference.",
		"Most of our residents passed all Steps on the first attempt.",
		"First-attempt passes make an application more competitive.",
	}
	for _, s := range attemptsSoft {
		cases = append(cases, ruleCase{s, "<p>" + s + "</p>", F{}})
	}
	attemptsHard := []string{
		"Applicants must have passed every Step on the first attempt.",
		"All Steps must be passed on the first attempt.",
		"We only consider applicants who passed each Step on the first attempt.",
	}
	for _, s := range attemptsHard {
		cases = append(cases, ruleCase{s, "<p>" + s + "</p>", F{attMax: 1.0}})
	}
	runBattery(t, cases, s2Min, s1Min, attMax)
}

// TestBatteryVisaScope: a negation belongs to what it governs. "Who are
// not citizens" is the citizenship's, a comma and a new subject start a
// clause of their own, "without a visa" names people, and a document or a
// work authorisation rules no visa out.
func TestBatteryVisaScope(t *testing.T) {
	people := []string{"Applicants who are not US citizens", "Candidates who are not U.S. citizens or permanent residents",
		"Those who are not American citizens", "International graduates who do not hold a green card"}
	verbs := []string{"must hold %s.", "will need %s.", "are required to obtain %s.", "may train on %s."}
	var cases []ruleCase
	for pi, p := range people {
		for vi, v := range verbs {
			visa := []string{"a J-1 visa", "an ECFMG-sponsored J-1 visa", "J1 status"}[(pi+vi)%3]
			s := p + " " + fmt.Sprintf(v, visa)
			cases = append(cases, ruleCase{s, "<p>" + s + "</p>", F{j1: true}})
		}
	}
	for _, f := range []string{"We sponsor %s, we do not sponsor %s.", "We accept %s, we cannot offer %s.",
		"The program supports %s, it does not support %s."} {
		s := fmt.Sprintf(f, "J-1 visas", "H-1B visas")
		cases = append(cases, ruleCase{s, "<p>" + s + "</p>", F{j1: true, h1b: false}})
		s = fmt.Sprintf(f, "H-1B visas", "J-1 visas")
		cases = append(cases, ruleCase{s, "<p>" + s + "</p>", F{j1: false, h1b: true}})
	}
	for _, s := range []string{
		"Residents without a valid visa may not work in clinical areas.",
		"A resident without valid visa status cannot continue training.",
		"Applicants without a visa will need to arrange one before July 1.",
	} {
		cases = append(cases, ruleCase{s, "<p>" + s + "</p>", F{}})
	}
	for _, item := range []string{"Proof of citizenship (passport or birth certificate)", "A copy of your permanent resident card",
		"Documentation of US citizenship"} {
		b := "<p>Required documents:</p><ul><li>" + item + "</li><li>Three letters of recommendation</li></ul>"
		cases = append(cases, ruleCase{item, b, F{}})
	}
	for _, s := range []string{
		"Applicants must have US citizenship, permanent residency, or a valid work permit.",
		"Candidates must be citizens, permanent residents or hold employment authorization.",
	} {
		cases = append(cases, ruleCase{s, "<p>" + s + "</p>", F{}})
	}
	for _, s := range []string{
		"J-1 sponsorship is available through the ECFMG for non-U.S. citizen applicants who match with us.",
		"Non-citizens may train here on a J-1 visa.",
	} {
		cases = append(cases, ruleCase{s, "<p>" + s + "</p>", F{j1: true}})
	}
	// and the rules these must not break
	for _, s := range []string{
		"Applicants must be US citizens or permanent residents.",
		"Only U.S. citizens and green card holders are considered.",
	} {
		cases = append(cases, ruleCase{s, "<p>" + s + "</p>", F{j1: false, h1b: false}})
	}
	runBattery(t, cases, j1, h1b)
}

// TestBatteryRound2: the reach of a condition, of a count and of a
// negated verb.
//   - a connective before an opening "if" leaves the "if" clause a
//     supposition, and what follows it is the rule ("…; however, if a visa
//     is needed, only the J-1 is possible");
//   - "within the first N attempts" is N attempts, not the first;
//   - "N years after graduation": the years are graduation's, whatever
//     word stands nearer before the number;
//   - a negation just before a verb reaches its object ("will not provide
//     sponsorship");
//   - "considers only", "interviews only": a requirement.
func TestBatteryRound2(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	for _, lead := range []string{"We welcome international graduates; however,", "IMGs are encouraged to apply, but",
		"All qualified applicants are reviewed. However,"} {
		for _, cond := range []string{"if a visa is needed", "if visa sponsorship is required", "if you need a visa"} {
			add(fmt.Sprintf("%s %s, only the J-1 visa is possible.", lead, cond), F{j1: true, h1b: false})
			add(fmt.Sprintf("%s %s, only an H-1B visa can be offered.", lead, cond), F{j1: false, h1b: true})
		}
	}
	for _, subj := range []string{"Candidates must pass", "Applicants are required to pass", "You need to pass"} {
		for n := 2; n <= 3; n++ {
			for _, num := range numberForms(n) {
				add(fmt.Sprintf("%s every Step within the first %s attempts.", subj, num), F{attMax: float64(n), s1Pass: true})
			}
		}
	}
	for _, num := range numberForms(2) {
		add(fmt.Sprintf("A maximum number of %s attempts per exam is accepted.", num), F{attMax: 2.0})
	}
	for _, verb := range []string{"We review applications", "We accept applications", "Applications are considered"} {
		for _, rel := range []string{"no more than %s years after", "up to %s years after", "at most %s years since"} {
			for _, num := range numberForms(4) {
				add(fmt.Sprintf("%s %s the date of medical school graduation.", verb, fmt.Sprintf(rel, num)), F{yogMax: 4.0})
			}
		}
	}
	for _, s := range []string{
		"The hospital will not provide sponsorship for candidates who require a visa.",
		"Our institution does not offer sponsorship to applicants who need a visa.",
		"The program cannot provide visa sponsorship.",
	} {
		add(s, F{j1: false, h1b: false})
	}
	// a relative clause's negation stays there
	add("Applicants who do not need visa sponsorship may apply.", F{})
	for _, v := range []string{"considers only", "interviews only", "accepts only", "reviews only"} {
		add(fmt.Sprintf("The program %s applicants who have passed Step 1.", v), F{s1Pass: true})
	}
	// "maximum number of N" bounds N, and a denied "minimum/maximum number
	// of years" is still no limit
	add("There is no minimum/maximum number of years since graduation required.", F{yogNone: true})
	add("We have no maximum number of years from graduation.", F{yogNone: true})
	runBattery(t, cases, j1, h1b, attMax, yogMax, yogNone, s1Pass)
}

// TestBatteryRound3: what a statement is about and whose modality governs.
//   - a negation after the visa counts whatever stopped the look back
//     ("note that H-1B visas are not sponsored");
//   - another program (an observership or externship program) as the
//     subject, or the only topic of the question: no residency rule;
//   - an opening clause that only prefers lends its preference ("To be
//     competitive, applicants should …");
//   - a label's preference makes its value's "minimum" a preference; a
//     question's does not soften an answer's requirement.
func TestBatteryRound3(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, s, want}) }
	for _, lead := range []string{"Note that", "Please be aware that", "Keep in mind that"} {
		for _, v := range []string{"H-1B visas are not sponsored", "H1 visas cannot be sponsored", "the H-1B is not offered"} {
			add(fmt.Sprintf("<dl><dt>What should I send?</dt><dd>Your passport and diploma. %s %s.</dd></dl>", lead, v), F{h1b: false})
		}
	}
	for _, prog := range []string{"Our observership program", "The externship program", "Our observer program"} {
		for _, rule := range []string{"accepts physicians who graduated within the last four years",
			"admits graduates who passed every Step on the first attempt", "requires a Step 2 CK score of 230"} {
			add(fmt.Sprintf("<p>%s, which is separate from the residency, %s.</p>", prog, rule), F{})
		}
	}
	add("<dl><dt>Who may join your externship program?</dt><dd>Doctors who graduated within six years.</dd></dl>", F{})
	add("<p>Observerships do not count as clinical experience. We require 3 months of hands-on US clinical experience.</p>",
		F{usceReqF: "required", usceMo: 3.0})
	for _, purpose := range []string{"To be competitive,", "For a competitive application,", "Ideally,"} {
		add(fmt.Sprintf("<p>%s applicants should score at least 240 on Step 2 CK.</p>", purpose), F{s2Pref: 240.0})
	}
	for _, pref := range []string{"preferred", "recommended", "strongly encouraged"} {
		add(fmt.Sprintf("<table><tr><td>USCE (%s)</td><td>2 months minimum</td></tr></table>", pref), F{usceReqF: "preferred", usceMo: 2.0})
	}
	add("<dl><dt>I graduated eight years ago; would I be viewed favorably?</dt><dd>No. We only accept applicants who graduated in the last four years.</dd></dl>",
		F{yogMax: 4.0})
	add("<dl><dt>Is US clinical experience required?</dt><dd>No, but it is looked upon favorably.</dd></dl>", F{usceReqF: "preferred"})
	runBattery(t, cases, j1, h1b, yogMax, attMax, s2Min, s2Pref, usceReqF, usceMo)
}

// TestBatteryWithoutSponsorship: "without a visa" names people, "without
// sponsorship" denies the program's act.
func TestBatteryWithoutSponsorship(t *testing.T) {
	var cases []ruleCase
	for _, s := range []string{
		"Applicants must already be authorized to work in the US without employer sponsorship of any kind.",
		"Candidates must be able to work in the United States without visa sponsorship.",
		"You must be eligible to train without any sponsorship from the hospital.",
	} {
		cases = append(cases, ruleCase{s, "<p>" + s + "</p>", F{j1: false, h1b: false}})
	}
	runBattery(t, cases, j1, h1b)
}

// TestBatteryPassScope: a pass word governs the exam after it and the
// exams listed with that one, not an exam named later for another reason.
func TestBatteryPassScope(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	for _, s := range []string{
		"Applicants must be able to pass Step 3 within 7 years of taking Step 1.",
	} {
		add(s, F{})
	}
	for _, s := range []string{
		"Applicants must pass Step 1, Step 2 CK and Step 3.",
		"Applicants must have passed USMLE Step 1 and Step 2 CK.",
		"Step 1 must be passed before the application deadline.",
	} {
		add(s, F{s1Pass: true})
	}
	runBattery(t, cases, s1Pass)
}

// TestBatteryYOGGroupSubject: a group of the program's own ("our
// applicants", "our residents") as the subject describes them, unless a
// verb of requirement governs the clause: then it asks of them.
func TestBatteryYOGGroupSubject(t *testing.T) {
	asked := []string{
		"Our applicants must have graduated %s.",
		"Our residents are required to have graduated %s.",
		"Our incoming interns need to have graduated from medical school %s.",
		"We require our applicants to have graduated %s.",
		"We require our current residents to have completed medical school %s.",
	}
	told := []string{
		"Our applicants graduated %s.",
		"Our residents have mostly graduated %s.",
		"Our current residents finished medical school %s.",
	}
	windows := []string{"within the last %s years", "within %s years of applying", "in the past %s years"}
	var cases []ruleCase
	for fi, f := range append(asked, told...) {
		for wi, win := range windows {
			n := 2 + (fi+wi)%5
			for _, num := range numberForms(n) {
				s := fmt.Sprintf(f, fmt.Sprintf(win, num))
				want := F{}
				if fi < len(asked) {
					want = F{yogMax: float64(n)}
				}
				cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want})
			}
		}
	}
	runBattery(t, cases, yogMax, yogPref, yogNone)
}

// TestBatteryVisaNeedersTurnedAway: turning away the applicants who need a
// named visa denies that visa, whatever the exclusion's form and whether
// the need is a relative clause or a participle; considering them affirms
// it.
func TestBatteryVisaNeedersTurnedAway(t *testing.T) {
	turnedAway := []string{
		"Our programs will not consider applicants %s.",
		"We do not consider candidates %s.",
		"Applicants %s will not be considered.",
		"Candidates %s are not eligible.",
		"At this time, our residency will not consider applications %s.",
	}
	needs := []string{"who need %s sponsorship", "requiring %s sponsorship", "who require a %s visa", "needing %s visa sponsorship"}
	visas := []struct {
		name string
		want F
	}{
		{"J-1", F{j1: false}},
		{"H-1B", F{h1b: false}},
		{"J-1 or H-1B", F{j1: false, h1b: false}},
		{"J1 or H1B", F{j1: false, h1b: false}},
	}
	var cases []ruleCase
	for fi, f := range turnedAway {
		for ni, n := range needs {
			v := visas[(fi+ni)%len(visas)]
			s := fmt.Sprintf(f, fmt.Sprintf(n, v.name))
			cases = append(cases, ruleCase{s, "<p>" + s + "</p>", v.want})
		}
	}
	for _, s := range []string{
		"Applicants who require J-1 sponsorship will be considered.",
		"We consider candidates requiring H-1B sponsorship.",
	} {
		want := F{j1: true}
		if strings.Contains(s, "H-1B") {
			want = F{h1b: true}
		}
		cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want})
	}
	runBattery(t, cases, j1, h1b)
}

// TestBatteryCountsPastExamNames: a count of failures or attempts keeps its
// unit when exam names stand between the number and the unit ("one USMLE
// failure" is a failure count, so at most two attempts).
func TestBatteryCountsPastExamNames(t *testing.T) {
	exams := []string{"USMLE", "COMLEX", "USMLE and/or COMLEX", "USMLE or COMLEX board"}
	forms := []struct {
		f    string
		plus int // attempts allowed = n + plus
	}{
		{"Applicants cannot have more than %s %s failure(s) on their transcript.", 1},
		{"Applicants may have no more than %s %s failures.", 1},
		{"Candidates with more than %s %s failures will not be considered.", 1},
		{"We consider applicants with up to %s %s failures.", 1},
		{"Applicants with more than %s %s attempts will not be considered.", 0},
		{"No more than %s %s attempts are accepted.", 0},
	}
	var cases []ruleCase
	for fi, f := range forms {
		for ei, e := range exams {
			n := 1 + (fi+ei)%3
			if f.plus == 0 && n == 1 {
				n = 2
			}
			num := numberForms(n)[(fi+ei)%2]
			s := fmt.Sprintf(f.f, num, e)
			s = strings.Replace(s, "failure(s)", map[bool]string{true: "failure", false: "failures"}[n == 1], 1)
			cases = append(cases, ruleCase{s, "<p>" + s + "</p>", F{attMax: float64(n + f.plus)}})
		}
	}
	runBattery(t, cases, attMax)
}

// TestBatteryNegatedAdmission: a negated admission verb with people as its
// object (accept, review, interview, rank, invite … applicants) turns them
// away: who they are sets the limit, and a visa they hold or need is
// denied; with the visa itself as the object the visa is denied.
func TestBatteryNegatedAdmission(t *testing.T) {
	negs := []string{"We do not", "We cannot", "We will not", "Our program does not", "We are unable to"}
	verbs := []string{"accept applicants", "review applications of candidates", "interview applicants", "rank candidates", "invite applicants"}
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	for ni, neg := range negs {
		for vi, verb := range verbs {
			n := 3 + (ni+vi)%5
			num := numberForms(n)[(ni+vi)%3]
			add(fmt.Sprintf("%s %s who are more than %s years out of medical school.", neg, verb, num), F{yogMax: float64(n)})
			add(fmt.Sprintf("%s %s who have been out of medical school for more than %s years.", neg, verb, num), F{yogMax: float64(n)})
			v := []string{"J-1", "H-1B"}[(ni+vi)%2]
			want := F{h1b: false}
			if v == "J-1" {
				want = F{j1: false}
			}
			add(fmt.Sprintf("%s %s %s %s visas.", neg, verb, []string{"with", "on", "who need", "requiring"}[(ni+vi)%4], v), want)
		}
	}
	add("We do not accept H-1B visas.", F{h1b: false})
	add("We do not accept applications by mail; J-1 visas are sponsored.", F{j1: true})
	add("We do not review applications before the ERAS opening date.", F{})
	runBattery(t, cases, yogMax, yogPref, j1, h1b)
}

// TestBatteryHardBoundThenIdeal: a required bound followed by an ideal
// ("must be above 210 and ideally above 230") keeps the required bound;
// the ideal makes it no preference.
func TestBatteryHardBoundThenIdeal(t *testing.T) {
	subjects := []struct {
		s    string
		want func(n float64) F
	}{
		{"Step 1 scores", func(n float64) F { return F{s1Min: n} }},
		{"Your Step 1 score", func(n float64) F { return F{s1Min: n} }},
		{"Step 2 CK scores", func(n float64) F { return F{s2Min: n} }},
		{"USMLE scores", func(n float64) F { return F{s1Min: n, s2Min: n} }},
	}
	bounds := []string{"must be at least %d", "must be above %d", "are required to be %d or higher", "need to be %d or above"}
	ideals := []string{"and ideally above %d", "and preferably %d or higher", "or ideally %d and above", "and should ideally be over %d"}
	var cases []ruleCase
	for si, sub := range subjects {
		for bi, b := range bounds {
			ideal := ideals[(si+bi)%len(ideals)]
			n := 205 + 5*((si+bi)%4)
			s := fmt.Sprintf("%s %s %s.", sub.s, fmt.Sprintf(b, n), fmt.Sprintf(ideal, n+20))
			cases = append(cases, ruleCase{s, "<p>" + s + "</p>", sub.want(float64(n))})
		}
	}
	runBattery(t, cases, s1Min, s2Min)
}

// TestBatteryOnlyVisaIs: "the only <visa> … is the J-1" names the one visa
// accepted, whatever stands between "only" and the word for visas and
// between that and the copula; the other visa is not. A copula whose
// complement is a clause ("is that J-1 applicants …") names no visa.
func TestBatteryOnlyVisaIs(t *testing.T) {
	heads := []string{"The only visa", "The only accepted visa", "The only accepted training visa", "The only visa type", "The only visa we sponsor", "The only visa category our program accepts"}
	cops := []string{"is the %s", "is %s", "will be the %s visa", "is an %s visa"}
	var cases []ruleCase
	for hi, h := range heads {
		for ci, c := range cops {
			v := []string{"J-1", "H-1B"}[(hi+ci)%2]
			if strings.HasPrefix(c, "is an") && v == "J-1" {
				c = "is a %s visa"
			}
			s := fmt.Sprintf("%s %s.", h, fmt.Sprintf(c, v))
			want := F{j1: true, h1b: false}
			if v == "H-1B" {
				want = F{j1: false, h1b: true}
			}
			cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want})
		}
	}
	s := "Our only visa requirement is that J-1 applicants have ECFMG certification."
	cases = append(cases, ruleCase{s, "<p>" + s + "</p>", F{}})
	runBattery(t, cases, j1, h1b)
}

// TestBatteryUSCEWithObserverships: observerships named as the way to the
// experience ("through observerships") or listed with it ("observership or
// clinical experience in the US") leave the clause the USCE rule; a clause
// that speaks of observerships themselves states none.
func TestBatteryUSCEWithObserverships(t *testing.T) {
	rules := []struct {
		f    string
		want F
	}{
		{"IMGs must have at least %s of clinical experience in the United States through observerships or externships.", F{usceReqF: "required"}},
		{"Applicants must have %s of hands-on clinical experience in the U.S., such as observerships.", F{usceReqF: "required"}},
		{"Applicants need %s of US clinical experience, including externships or observerships.", F{usceReqF: "required"}},
	}
	durations := []struct {
		s string
		m float64
	}{{"one year", 12}, {"3 months", 3}, {"six months", 6}, {"two months", 2}}
	var cases []ruleCase
	for ri, r := range rules {
		for di, d := range durations {
			if (ri+di)%2 == 1 {
				continue
			}
			s := fmt.Sprintf(r.f, d.s)
			want := F{usceReqF: r.want[usceReqF], usceMo: d.m}
			cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want})
		}
	}
	for _, c := range []struct {
		s    string
		want F
	}{
		{"Previous observership or clinical experience in the U.S. is considered favorably.", F{usceReqF: "preferred"}},
		{"Observership or hands-on clinical experience in the United States is preferred.", F{usceReqF: "preferred"}},
		{"Externships and other clinical experience in the U.S. are required.", F{usceReqF: "required"}},
		{"Observerships count toward US clinical experience.", F{}},
		{"Observerships do not count as US clinical experience.", F{}},
		{"Graduates may arrange an observership or externship at a U.S. hospital before residency.", F{}},
		{"Preferred: earlier residency experience, externship or hands-on clinical experience in the U.S.", F{usceReqF: "preferred"}},
	} {
		cases = append(cases, ruleCase{c.s, "<p>" + c.s + "</p>", c.want})
	}
	runBattery(t, cases, usceReqF, usceMo)
}

// TestBatteryFailureCounts: "once", "twice" and "more than once" are counts;
// after a verb of failure they count failures ("failed a step more than
// once" leaves at most one failure: two attempts), after a verb of taking
// they count attempts. A count between a number and its unit ("2 or more
// times") is read with both. "Once" that opens a clause counts nothing.
func TestBatteryFailureCounts(t *testing.T) {
	subjects := []string{"Applicants who have", "Candidates who", "Anyone who has"}
	exclusions := []string{"will not be considered", "are not eligible", "cannot be interviewed"}
	counts := []struct {
		verb, count string
		want        float64
	}{
		{"failed the same Step", "more than once", 2},
		{"failed any USMLE step", "twice", 2},
		{"failed Step 1 or Step 2 CK", "more than once", 2},
		{"failed any part of the boards", "two or more times", 2},
		{"failed a licensing exam", "three or more times", 3},
		{"taken Step 1", "more than twice", 2},
		{"taken any step", "more than three times", 3},
		{"attempted Step 2 CK", "more than twice", 2},
	}
	var cases []ruleCase
	for ci, c := range counts {
		for si, subj := range subjects {
			ex := exclusions[(ci+si)%len(exclusions)]
			s := fmt.Sprintf("%s %s %s %s.", subj, c.verb, c.count, ex)
			if subj == "Candidates who" {
				s = strings.Replace(s, "who taken", "who took", 1)
				s = strings.Replace(s, "who attempted", "who attempted", 1)
			}
			cases = append(cases, ruleCase{s, "<p>" + s + "</p>", F{attMax: c.want}})
		}
	}
	s := "We do not accept applicants who failed Step 1 more than once."
	cases = append(cases, ruleCase{s, "<p>" + s + "</p>", F{attMax: 2.0}})
	for _, s := range []string{
		"Once you have passed Step 1, please send us your scores.",
		"Once certified by the ECFMG, applicants may apply.",
		"Interview days are held twice a month from October to January.",
		"Our program has matched IMGs more than once in the last decade.",
		"Candidates who failed Step 1 once may still apply.",
		"It happened countless times, growing up in two different countries.",
	} {
		cases = append(cases, ruleCase{s, "<p>" + s + "</p>", F{}})
	}
	runBattery(t, cases, attMax)
}

// TestBatteryAttemptTotals: a count summed over the exams ("in total",
// "combined") is a per-exam limit only where nothing per exam is said.
func TestBatteryAttemptTotals(t *testing.T) {
	cases := []ruleCase{}
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	add("Steps 1 and 2 must be passed within six attempts in total (no more than three attempts on either exam).", F{attMax: 3.0})
	add("Steps 1 and 2 must be passed within 5 attempts combined, and no more than two attempts on each step.", F{attMax: 2.0})
	add("Applicants may have no more than 2 failed attempts combined on the USMLE.", F{attMax: 3.0})
	add("Applicants may have no more than one total failure on the USMLE.", F{attMax: 2.0})
	add("USMLE Steps 1 and 2 must each be passed within three attempts.", F{attMax: 3.0})
	runBattery(t, cases, attMax)
}

// TestBatteryFirstAttemptAnswered: a "Yes" to a question whether the exams
// must be passed on the first attempt is a limit of one and a required
// pass; a question in the first person is a hypothetical only when it
// holds a number of its own (an exam's digit or an ordinal is none).
func TestBatteryFirstAttemptAnswered(t *testing.T) {
	qs := []string{
		"Am I required to pass USMLE Steps 1 and 2 on my first attempt?",
		"Do I need to pass Step 1 on the 1st try?",
		"Must applicants pass the USMLE on their first attempt?",
		"Is it required that I pass Step 1 and Step 2 CK on the first attempt?",
	}
	var cases []ruleCase
	for _, q := range qs {
		for _, a := range []string{"Yes", "Yes.", "Yes, it is."} {
			cases = append(cases, ruleCase{q + " " + a, "<dl><dt>" + q + "</dt><dd>" + a + "</dd></dl>", F{attMax: 1.0, s1Pass: true}})
		}
	}
	for _, c := range []struct{ q, a string }{
		{"Is passing on the first attempt preferred?", "Yes"},
		{"I failed Step 1 once, eight years ago. Can I still apply?", "Yes"},
		{"My Step 1 score is 205. Can I apply?", "Yes"},
		{"Am I required to pass Step 1 on my first attempt?", "No"},
	} {
		cases = append(cases, ruleCase{c.q + " " + c.a, "<dl><dt>" + c.q + "</dt><dd>" + c.a + "</dd></dl>", F{}})
	}
	runBattery(t, cases, attMax, s1Pass)
}

// TestBatteryExamNames: "Parts I and II of the USMLE" are Steps 1 and 2 CK,
// "Part II of the USMLE" is Step 2 CK alone, and the spelled-out name of
// the USMLE is the USMLE.
func TestBatteryExamNames(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	for _, p := range []string{"Parts I and II of the USMLE", "parts 1 and 2 of the USMLE", "Part I of the USMLE",
		"the United States Medical Licensing Examination, Step 1", "United States Medical Licensing Exam Steps 1 and 2"} {
		add(fmt.Sprintf("Applicants must have passed %s.", p), F{s1Pass: true})
		add(fmt.Sprintf("Candidates are required to pass %s before they apply.", p), F{s1Pass: true})
	}
	for _, p := range []string{"Part II of the USMLE", "part 2 of the USMLE", "Part III of the USMLE"} {
		add(fmt.Sprintf("Graduates of US schools must have passed %s before graduation.", p), F{})
	}
	runBattery(t, cases, s1Pass)
}

// TestBatteryExamWindows: a pass bounded by years ("within seven years of
// taking Step 1", "all exams completed within a period of seven years")
// is a licensure window, not a pass to apply; a pass beside a graduation
// window still is one.
func TestBatteryExamWindows(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	for _, n := range []string{"7", "seven", "ten (10)"} {
		add(fmt.Sprintf("Candidates must be able to pass Step 3 within %s years of taking Step 1.", n), F{})
		add(fmt.Sprintf("We require that all licensing exams be successfully completed within a period of %s years.", n), F{})
		add(fmt.Sprintf("All USMLE steps must be passed within %s years.", n), F{})
	}
	add("Applicants must have passed Step 1 and graduated within the last 5 years.", F{s1Pass: true, yogMax: 5.0})
	add("USMLE exams must have a passing score within 3 attempts and all exams must be completed within 7 years.", F{s1Pass: true, attMax: 3.0})
	add("All licensure exams must be passed within a period of seven years and with no more than two failed attempts on the USMLE.", F{attMax: 3.0})
	runBattery(t, cases, s1Pass, yogMax, attMax)
}

// TestBatteryPassInLists: a list whose lead-in asks for passes makes its
// exams passes; an item with no verb that names a passing score for an
// exam asks for it; an item that states something of residents does not.
func TestBatteryPassInLists(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, s, want}) }
	for _, lead := range []string{"Score reports (passing scores on the first attempt):", "Passing results are required on:",
		"Exam results (passed, no more than one attempt):"} {
		for _, item := range []string{"USMLE Steps 1 and 2 CK", "USMLE Step 1", "COMLEX Level 1 or USMLE Step 1"} {
			add("<p>"+lead+"</p><ul><li>"+item+"</li></ul>", F{s1Pass: true})
		}
	}
	for _, item := range []string{"USMLE transcript showing a passing score for Step 1", "Official score report with a passing result on Step 1",
		"Transcript of USMLE or COMLEX with passing scores for Step 1 or Level 1, as applicable"} {
		add("<p>A complete file holds these documents:</p><ul><li>CV</li><li>"+item+"</li></ul>", F{s1Pass: true})
	}
	add("<p>About our class:</p><ul><li>Our residents have all passed Step 1 on time</li></ul>", F{})
	add("<p>Required documents:</p><ul><li>USMLE Step 1 score report</li></ul>", F{})
	runBattery(t, cases, s1Pass)
}

// TestBatteryYOGDegreeAndCutoffNouns: the degree itself dated ("MD or DO
// degree within five years of applying") and a size before a cutoff noun
// ("a 5-year cutoff date from graduation") are graduation limits.
func TestBatteryYOGDegreeAndCutoffNouns(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	for _, n := range []int{3, 4, 5} {
		for _, num := range numberForms(n)[:2] {
			add(fmt.Sprintf("MD or DO degree from an accredited school within %s years of applying.", num), F{yogMax: float64(n)})
			add(fmt.Sprintf("An MD/DO degree earned within the last %s years is required.", num), F{yogMax: float64(n)})
			add(fmt.Sprintf("A %s-year cutoff date from graduating medical school.", num), F{yogMax: float64(n)})
			add(fmt.Sprintf("There is a %s year time limit from graduation.", num), F{yogMax: float64(n)})
		}
	}
	add("Most residents start training within 4 years of graduating.", F{})
	add("MD or DO applicants must have 3 months of US clinical experience.", F{})
	runBattery(t, cases, yogMax, yogPref)
}

// TestBatteryVisaAudienceAndObjects: the applicants a sentence speaks to
// ("for those who need a visa") are no condition of the visa it names;
// a verb with people as its object speaks of them, not of the visas of
// the clause after it; "J visas" are J-1.
func TestBatteryVisaAudienceAndObjects(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	for _, aud := range []string{"For those who need a training visa", "For applicants who require visa sponsorship", "For anyone needing a visa"} {
		add(aud+", we sponsor only the J-1 visa.", F{j1: true, h1b: false})
		add(aud+", the program sponsors H-1B visas only.", F{j1: false, h1b: true})
	}
	add("We do accept qualified international medical graduates, but do not sponsor J1 or H1 visas.", F{j1: false, h1b: false})
	add("We welcome international graduates, but we do not sponsor H-1B visas.", F{h1b: false})
	add("We are glad to sponsor, but only J-1 visas.", F{j1: true, h1b: false})
	add("J visas are accepted in select situations.", F{j1: true})
	add("Applicants holding a J-visa through ECFMG are welcome.", F{j1: true})
	runBattery(t, cases, j1, h1b)
}

// TestBatteryVisaTurnedAwayAndHedged: a named visa that is "not
// accepted" or "will not be considered" is denied; a negation softened by
// "generally" or "usually" is a rarity, and a rare or reviewed visa is
// sponsored ("will review H-1B applications case by case").
func TestBatteryVisaTurnedAwayAndHedged(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	for _, v := range []struct {
		name string
		f    imgfriendly.Field
	}{{"H-1B visas", h1b}, {"H1B visas", h1b}, {"J-1 visas", j1}} {
		for _, pred := range []string{"are not accepted", "are not considered", "will not be considered", "cannot be considered", "will not be accepted"} {
			add(fmt.Sprintf("%s %s.", v.name, pred), F{v.f: false})
		}
		for _, hedge := range []string{"are not generally sponsored, but exceptions are made for outstanding candidates",
			"are not usually sponsored; however, we will review requests case by case"} {
			add(fmt.Sprintf("%s %s.", v.name, hedge), F{v.f: true})
		}
		add(fmt.Sprintf("We will review applications for %s on a case by case basis.", v.name), F{v.f: true})
		add(fmt.Sprintf("We do not review applications requiring %s.", v.name), F{v.f: false})
	}
	s := "<dl><dt>What type of visa is offered?</dt><dd>We sponsor J-1 visas. H-1B visas are not considered.</dd></dl>"
	cases = append(cases, ruleCase{s, s, F{j1: true, h1b: false}})
	add("We do not sponsor H-1B visas.", F{h1b: false})
	add("Applicants who need H-1B sponsorship will not be considered.", F{h1b: false})
	runBattery(t, cases, j1, h1b)
}

// TestBatteryVisaStatusLists: a list of statuses joined to the visa ("US
// citizens, permanent residents or J-1 holders") leaves out the other
// visa; an EAD is one more such status, a bare work authorisation (which a
// visa may give) is not; a status word far from the visa in another
// statement ("… return to the country of permanent residence") is no
// list; sponsorship denied for another kind of visa ("permanent resident
// visas") is no denial of J-1 or H-1B.
func TestBatteryVisaStatusLists(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	for _, ead := range []string{"an employment authorization document", "an EAD", "an EAD card", "employment authorization document certification"} {
		add(fmt.Sprintf("Applicants must have U.S. citizenship, permanent resident status or %s.", ead), F{j1: false, h1b: false})
		add(fmt.Sprintf("Candidates must be US citizens or permanent residents, or hold %s.", ead), F{j1: false, h1b: false})
	}
	for _, work := range []string{"documentation of a valid work permit", "a valid work authorization", "authorization to work in the US"} {
		add(fmt.Sprintf("Applicants must have US citizenship, permanent residency, or %s.", work), F{})
	}
	add("Applicants must be US citizens, permanent residents or J-1 visa holders.", F{j1: true, h1b: false})
	add("Candidates must be US citizens, permanent residents, EAD holders or J-1 visa holders.", F{j1: true, h1b: false})
	// the J-1's home-residence rule after training is no sponsorship (session 8, TestBatteryNotApplicantsRule); still no status list
	add("The J-1 physician must return to the country of their most recent legal permanent residence for two years after training.", F{})
	add("The hospital does not provide sponsorship to individuals who are pursuing permanent resident visas.", F{})
	add("We do not sponsor immigrant visas.", F{})
	add("We do not sponsor visas.", F{j1: false, h1b: false})
	runBattery(t, cases, j1, h1b)
}

// TestBatteryBareSponsorDenial: "We do not sponsor." with no object after a
// sentence about visas denies sponsorship of visas; the visa a paragraph
// requires in a parenthesis ("an acceptable visa status (J-1 …)") is
// accepted.
func TestBatteryBareSponsorDenial(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	for _, deny := range []string{"We do not sponsor.", "The program does not sponsor.", "Our hospital cannot sponsor."} {
		add("Residents must hold an acceptable visa status (J-1 exchange visitor category). "+deny, F{j1: true, h1b: false})
		add("Applicants must hold a J-1 visa. "+deny, F{j1: true, h1b: false})
		add("Residents must have an acceptable visa. "+deny, F{j1: false, h1b: false})
		add("We welcome international graduates. "+deny, F{})
		add(deny, F{})
	}
	runBattery(t, cases, j1, h1b)
}

// TestBatteryUSCEListsAndLeadIns: a minimum under a lead-in of preference
// ("We prefer: … at least two months") is the minimum of a preference; a
// modal verb in the item requires; an observership listed after the
// experience ("US clinical experience/shadowing") is one more kind of it.
func TestBatteryUSCEListsAndLeadIns(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, s, want}) }
	for _, lead := range []string{"We prefer:", "Preferred qualifications:", "Strongly recommended:"} {
		for _, m := range []struct {
			s string
			n float64
		}{{"two months", 2}, {"8 weeks", 1.8}, {"three (3) months", 3}} {
			add(fmt.Sprintf("<p>%s</p><ul><li>Meaningful US clinical experience of at least %s</li></ul>", lead, m.s), F{usceReqF: "preferred", usceMo: m.n})
		}
	}
	add("<p>We require:</p><ul><li>US clinical experience of at least two months</li></ul>", F{usceReqF: "required", usceMo: 2.0})
	add("<p>We prefer:</p><ul><li>Applicants must have at least 3 months of US clinical experience</li></ul>", F{usceReqF: "required", usceMo: 3.0})
	for _, obs := range []string{"U.S. clinical experience/shadowing", "US clinical experience or shadowing", "Clinical experience in the US or an observership"} {
		add("<p>"+obs+" is not a requirement.</p>", F{usceReqF: "not_required"})
		add("<p>"+obs+" is strongly preferred.</p>", F{usceReqF: "preferred"})
	}
	add("<p>Observerships count toward US clinical experience.</p>", F{})
	runBattery(t, cases, usceReqF, usceMo)
}

// TestBatteryYOGNoLimitParaphrases: a denied timeline or a denied
// graduation year that would turn applicants away is no cutoff; people who
// have not graduated, or lack a degree, are no such denial; a parenthesis
// denies the limit of the word just before it only.
func TestBatteryYOGNoLimitParaphrases(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, s, want}) }
	q := "<dl><dt>What is the maximum number of years since graduation you accept?</dt><dd>%s</dd></dl>"
	for _, a := range []string{"No specific timeline excludes eligibility.", "There is no time limit.", "We have no set time frame."} {
		add(fmt.Sprintf(q, a), F{yogNone: true})
	}
	for _, s := range []string{
		"We do not have a year of graduation before which candidates are rendered ineligible to apply.",
		"There is no graduation date that would make an applicant ineligible.",
		"We have no year of graduation after which applicants are excluded.",
		"Year of graduation (no cutoff).",
	} {
		add("<p>"+s+"</p>", F{yogNone: true})
	}
	for _, s := range []string{
		"Applicants who have not graduated from medical school are not eligible.",
		"Applicants who did not complete medical school are ineligible.",
		"Those without a medical degree are not eligible.",
		"All graduates of foreign medical schools must hold an ECFMG certificate or be fully licensed (with no restriction) to practice medicine.",
		"We do not consider graduation year.",
	} {
		add("<p>"+s+"</p>", F{})
	}
	add("<p>Applicants who have not graduated within 5 years are not eligible.</p>", F{})
	runBattery(t, cases, yogNone)
}

// TestBatteryLabelsAndShortAnswers: short values read against their label
// or question — "Yes, 220 for each" to a question about cutoffs, a
// "Minimum score" row under the row of the exam it belongs to, "None"
// under a label of failures, a visa label's route ("Through ECFMG") or
// limit ("Limited: only for …"), "H-1" or a bare "H1" label as the H-1B.
func TestBatteryLabelsAndShortAnswers(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, s, want}) }
	qa := func(q, a string) string { return "<dl><dt>" + q + "</dt><dd>" + a + "</dd></dl>" }
	row := func(cells ...[2]string) string {
		s := "<table>"
		for _, c := range cells {
			s += "<tr><td>" + c[0] + "</td><td>" + c[1] + "</td></tr>"
		}
		return s + "</table>"
	}
	for _, n := range []float64{215, 230} {
		ns := fmt.Sprint(n)
		add(qa("Do you have cutoffs for Step 1 and Step 2 CK?", "Yes, "+ns+" for each."), F{s1Min: n, s2Min: n})
		add(qa("Is there a minimum Step 2 CK score?", "Yes, "+ns+"."), F{s2Min: n})
		add(row([2]string{"Step 1 required", "No"}, [2]string{"Step 2 required", "Yes"}, [2]string{"Minimum score", ns}), F{s2Min: n})
		add(row([2]string{"Step 2 required", "Yes"}, [2]string{"Application deadline", "October 1"}, [2]string{"Minimum score", ns}), F{})
		add(qa("Is there a minimum Step 2 CK score?", "Yes, although "+ns+" is typical of our residents."), F{})
		add(qa("What was the average Step 2 CK score?", ns+"."), F{})
	}
	add(row([2]string{"Failures", "None"}), F{attMax: 1.0})
	add(row([2]string{"Failed attempts", "Not accepted"}), F{attMax: 1.0})
	add(qa("Is there a limit on failures?", "No."), F{})
	add(row([2]string{"Step 1 / Step 2 CK", "210+ on the first attempt"}), F{s1Min: 210.0, s2Min: 210.0, attMax: 1.0})
	add("<p>Our residents scored 240 on the first attempt.</p>", F{})
	add(row([2]string{"J1", "Through ECFMG"}, [2]string{"H-1B", "Limited: only for applicants who have passed Step 3"}), F{j1: true, h1b: true})
	add(row([2]string{"J-1", "Not accepted"}, [2]string{"H1", "Sponsored"}), F{j1: false, h1b: true})
	add(qa("Is an H-1 possible?", "Yes, for exceptional candidates who have passed Step 3 by the time of ranking."), F{h1b: true})
	add("<p>J-1 visas are routine.</p>", F{j1: true})
	add("<p>Our H1 heading says nothing of visas.</p>", F{})
	runBattery(t, cases, s1Min, s2Min, attMax, j1, h1b)
}

// TestBatteryAttemptPhrasings: a count with what it is per before its
// bound ("two attempts per exam at most", "three attempts per Step is the
// most we accept"), repeats denied ("no repeat attempts are accepted",
// "retakes will not be considered") and a licence refused past a count.
func TestBatteryAttemptPhrasings(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	for n := 2; n <= 3; n++ {
		for _, num := range numberForms(n)[:2] {
			add(fmt.Sprintf("%s attempts per exam at most.", num), F{attMax: float64(n)})
			add(fmt.Sprintf("%s attempts per Step is the most we accept.", num), F{attMax: float64(n)})
			add(fmt.Sprintf("%s attempts is the maximum.", num), F{attMax: float64(n)})
		}
	}
	add("No repeat attempts on USMLE or COMLEX exams are accepted.", F{attMax: 1.0})
	add("Retakes of Step 1 will not be considered.", F{attMax: 1.0})
	add("Applicants with multiple attempts on any Step are not eligible.", F{attMax: 1.0})
	add("Applicants with repeat attempts are welcome to apply.", F{})
	add("We review applications from candidates with multiple attempts.", F{})
	s := "<dl><dt>I passed Step 1 on the fourth attempt. Should I apply?</dt><dd>No. The state board will not license anyone who needed more than three attempts on a Step.</dd></dl>"
	cases = append(cases, ruleCase{s, s, F{attMax: 3.0}})
	runBattery(t, cases, attMax)
}

// TestBatteryUSCEAnswers: an answer that corrects its question ("No; our
// requirement is at least one month") states the rule; people who lack
// the experience admitted ("applicants without U.S. clinical experience
// are reviewed as well") make it not required, turned away required; a
// duration in an answer about recency is the duration; a bound under a
// label (">= 12 weeks") requires; a continuation with nothing of its own
// ("…, though this may be waived") lends no requirement.
func TestBatteryUSCEAnswers(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, s, want}) }
	qa := func(q, a string) string { return "<dl><dt>" + q + "</dt><dd>" + a + "</dd></dl>" }
	for _, d := range []struct {
		s string
		m float64
	}{{"1 month", 1}, {"eight weeks", 1.8}, {"three months", 3}} {
		add(qa("Is it true you require six months of US clinical experience?", "No; our requirement is at least "+d.s+"."), F{usceReqF: "required", usceMo: d.m})
		add(qa("Must my US experience be recent?", "Yes, at least "+d.s+" in the last 5 years."), F{usceMo: d.m})
		add("<table><tr><td>USCE</td><td>&gt;= "+d.s+", within the last two years</td></tr></table>", F{usceReqF: "required", usceMo: d.m})
	}
	add(qa("Is US clinical experience required?", "No; it is preferred."), F{usceReqF: "preferred"})
	for _, verb := range []string{"are reviewed as well", "are considered", "are welcome to apply"} {
		add("<p>Applicants without U.S. clinical experience "+verb+".</p>", F{usceReqF: "not_required"})
	}
	add("<p>Applicants without U.S. clinical experience will not be considered.</p>", F{usceReqF: "required"})
	add("<p>We do not accept applicants without US clinical experience.</p>", F{usceReqF: "required"})
	add("<h2>Eligibility Requirements</h2><ul><li>Two or more U.S. clinical rotations are advantageous, though this may be waived.</li></ul>", F{usceReqF: "preferred"})
	add("<p>US clinical experience is required; three months minimum.</p>", F{usceReqF: "required", usceMo: 3.0})
	runBattery(t, cases, usceReqF, usceMo)
}

// TestBatteryYOGPhrasings: a gerund subject ("Graduating within the past
// five years is recommended"), a bare window value ("Past 7 years") under a
// label of preference, the moment counted to in the value or its label
// ("the date we receive your application", "Graduation to start of
// residency"); graduating residents and classes are no graduation rule.
func TestBatteryYOGPhrasings(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, s, want}) }
	for _, n := range []int{3, 5, 7} {
		num := numberForms(n)[1]
		add(fmt.Sprintf("<p>Graduating within the past %s years is recommended.</p>", num), F{yogPref: float64(n)})
		add(fmt.Sprintf("<table><tr><td>Graduation (recommended)</td><td>Past %d years</td></tr></table>", n), F{yogPref: float64(n)})
		add(fmt.Sprintf("<p>Your medical degree must have been conferred within %s years of the date we receive your application.</p>", num),
			F{yogMax: float64(n), yogTo: "application"})
		add(fmt.Sprintf("<table><tr><td>Graduation to start of residency</td><td>&lt;= %d years</td></tr></table>", n),
			F{yogMax: float64(n), yogTo: "training_start"})
	}
	add("<p>Our graduating class had 12 residents in the last 3 years.</p>", F{})
	add("<p>See where our grads went after residency over the last 8 years.</p>", F{})
	add("<p>Browse our recent graduates and their fellowships from the past 6 years.</p>", F{})
	add("<p>During the past three years, every graduating resident passed the boards.</p>", F{})
	runBattery(t, cases, yogMax, yogPref, yogTo)
}

// TestBatteryLinePairsAndSoftPredicates: label and value one a line ("Step 2
// required / Yes / Minimum score / 230"): the score is the exam's of the
// pair above; a phrase after a predicate of preference that speaks of
// another topic ("scores of 80 are favored with no more than one failure")
// is a rule of its own, while what is preferred keeps its own words ("we
// prefer a score of 200 with no more than one failure").
func TestBatteryLinePairsAndSoftPredicates(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, s, want}) }
	for _, n := range []float64{220, 250} {
		add(fmt.Sprintf("Step 1 required\nNo\nStep 2 required\nYes\nMinimum score\n%v\nLevel 1 required\nNo", n), F{s2Min: n})
		add(fmt.Sprintf("Interviews last year\n60\nMinimum score\n%v", n), F{})
	}
	for _, soft := range []string{"are favored", "are preferred", "are looked upon favorably"} {
		add("<p>Scores of 80 and above "+soft+" with no more than one (1) failure.</p>", F{attMax: 2.0})
	}
	add("<p>We prefer a USMLE minimum score of 200 with no more than one failed attempt.</p>", F{s2Pref: 200.0})
	add("<p>US clinical experience is preferred with at least 3 months in the US.</p>", F{usceReqF: "preferred", usceMo: 3.0})
	runBattery(t, cases, s2Min, s2Pref, attMax, usceReqF, usceMo)
}

// TestBatteryForbiddenBeyondBound: a modal negation over a "more than N"
// bound forbids going past N — "must not be out of school for more than
// 5 years" is "no more than 5 years" — whatever the modal, the predicate
// and the number's spelling; the negation is the bound's, so the topic is
// not denied. A denied exclusion ("are not excluded") turns nobody away,
// and negations of another kind (a relative clause, "do not") are left
// as they were.
func TestBatteryForbiddenBeyondBound(t *testing.T) {
	subjects := []string{"Applicants", "You", "Candidates"}
	modals := []string{"must not", "may not", "cannot", "should not", "can't"}
	preds := []string{
		"be out of medical school for more than %s years",
		"be more than %s years out of medical school",
		"have graduated more than %s years ago",
		"be more than %s years past graduation",
	}
	var cases []ruleCase
	for mi, m := range modals {
		for pi, p := range preds {
			n := 2 + (mi+pi)%5
			for fi, num := range numberForms(n) {
				if (mi+pi+fi)%2 == 1 {
					continue // every modal, predicate and spelling, not every triple
				}
				s := fmt.Sprintf("%s %s %s.", subjects[(mi+pi)%len(subjects)], m, fmt.Sprintf(p, num))
				cases = append(cases, ruleCase{s, "<p>" + s + "</p>", F{yogMax: float64(n)}})
			}
		}
	}
	for _, s := range []string{
		"Graduates of more than 10 years are not automatically excluded.",
		"Applicants who finished medical school more than 7 years ago are not disqualified.",
		"Our residents may not have more than 4 weeks of vacation.",
		"Candidates who have not graduated more than 5 years ago should contact us first.",
	} {
		cases = append(cases, ruleCase{s, "<p>" + s + "</p>", F{}})
	}
	s := "Applicants who graduated more than 6 years ago will not be considered."
	cases = append(cases, ruleCase{s, "<p>" + s + "</p>", F{yogMax: 6.0}})
	runBattery(t, cases, yogMax, yogPref, yogNone)

	var gaps []ruleCase
	for _, s := range []string{
		"Applicants must not have been away from clinical practice for more than 3 years.",
		"You cannot be out of clinical practice for more than three years.",
	} {
		gaps = append(gaps, ruleCase{s, "<p>" + s + "</p>", F{imgfriendly.FieldClinicalRecencyMax: 3.0}})
	}
	runBattery(t, gaps, imgfriendly.FieldClinicalRecencyMax, yogMax)
}

// TestBatteryFlattenedFAQ: an FAQ flattened into one paragraph ("4. Is …?
// Answer. 5. Do you …? Answer. 6. What …?") that ends with a question is
// read pair by pair: each answer under its own question, the item numbers
// between them no answers, whatever the numbering style and the topic.
func TestBatteryFlattenedFAQ(t *testing.T) {
	pairs := []struct {
		q, a string
		want F
	}{
		{"Does the program expect prior clinical experience in the U.S.?", "We do not require any clinical experience in the U.S. from international applicants.", F{usceReqF: "not_required"}},
		{"Is hands-on US clinical experience required?", "No, it is not required.", F{usceReqF: "not_required"}},
		{"Is there a cutoff for the year of graduation?", "Our program has no graduation year cutoff.", F{yogNone: true}},
		{"Do you sponsor J-1 visas?", "Yes, we sponsor J-1 visas through the ECFMG.", F{j1: true}},
	}
	fillers := []struct{ q, a string }{
		{"How many letters of recommendation do you need?", "We need three letters and a Dean's letter."},
		{"When are interviews held?", "Interviews are held from October to January."},
	}
	marks := []string{"%d. ", "%d) ", "(%d) "}
	var cases []ruleCase
	for pi, p := range pairs {
		for mi, mk := range marks {
			f := fillers[(pi+mi)%len(fillers)]
			n := 3 + pi
			text := fmt.Sprintf(mk, n) + p.q + " " + p.a + " " + fmt.Sprintf(mk, n+1) + f.q + " " + f.a + " " + fmt.Sprintf(mk, n+2) + "What is the salary for PGY-1 residents?"
			cases = append(cases, ruleCase{text, "<p>" + text + "</p>", p.want})
		}
	}
	runBattery(t, cases, usceReqF, yogNone, j1, h1b, yogMax)
}

// TestBatteryConcessionsAndLabelLines: an opening concession ends at its
// comma ("Although there is no cutoff, graduating within 7 years is
// encouraged": the denial stays in the concession); "Label: value" lines
// pair a score with the exam of the line just above; "before you apply"
// is the moment of application; an "H1" in a question is the visa.
func TestBatteryConcessionsAndLabelLines(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, s, want}) }
	for _, n := range []int{3, 7} {
		num := numberForms(n)[1]
		add(fmt.Sprintf("<p>Although we have no graduation-year cutoff, graduating within %s years is strongly encouraged.</p>", num), F{yogNone: true, yogPref: float64(n)})
		add(fmt.Sprintf("<p>Though there is no cutoff, we prefer graduates of the last %s years.</p>", num), F{yogNone: true, yogPref: float64(n)})
		add(fmt.Sprintf("<dl><dt>Do you have a cutoff?</dt><dd>Yes, graduation within %s years before you apply.</dd></dl>", num), F{yogMax: float64(n), yogTo: "application"})
	}
	add("<p>While US clinical experience is not required, it is strongly preferred.</p>", F{usceReqF: "preferred"})
	add("<p>Step 2 required: Yes</p><p>Minimum score: 245</p>", F{s2Min: 245.0})
	add("<p>Step 2 required: Yes</p><p>Positions: 3</p><p>Minimum score: 245</p>", F{})
	add("<p>Letters: 3</p><p>Minimum score: 245</p>", F{})
	add("<dl><dt>Is an H1 possible?</dt><dd>Yes, for exceptional candidates who have passed Step 3.</dd></dl>", F{h1b: true})
	runBattery(t, cases, yogNone, yogPref, yogMax, yogTo, usceReqF, s2Min, h1b)
}

// TestBatteryWindowBinding: a window ("in the past 2 years") dates what
// stands before it, not a topic that follows it in the clause ("a graduate
// … in the past two years and demonstrating hands-on clinical experience");
// with nothing before it, it dates what follows.
func TestBatteryWindowBinding(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	for _, n := range []int{2, 3, 5} {
		num := numberForms(n)[1]
		add(fmt.Sprintf("Applicants must be a graduate of an accredited medical school in the past %s years and demonstrate hands-on clinical experience in the US.", num),
			F{yogMax: float64(n)})
		add(fmt.Sprintf("Be a graduate from a recognized school within the last %s years, with strong clinical experience in U.S. hospitals.", num),
			F{yogMax: float64(n)})
		add(fmt.Sprintf("Applicants need hands-on US clinical experience within the last %s years.", num), F{imgfriendly.FieldClinicalRecencyMax: float64(n)})
	}
	runBattery(t, cases, yogMax, imgfriendly.FieldClinicalRecencyMax)
}

// TestBatteryDeniedLimitCoordinated: a denied limit whose object is a
// coordination ("no cutoff for board scores or graduation year") denies
// every noun of it, a parenthesised restatement included; a denial of
// scores alone says nothing of graduation.
func TestBatteryDeniedLimitCoordinated(t *testing.T) {
	var cases []ruleCase
	for _, s := range []string{
		"We set no cutoff for COMLEX scores or graduation year.",
		"There are no firm cutoffs for Step scores, attempts or year of graduation.",
		"There is no strict cut-off for USMLE (COMLEX) results or graduation.",
		"Our program has no cutoff dates for board scores and graduation.",
	} {
		cases = append(cases, ruleCase{s, "<p>" + s + "</p>", F{yogNone: true}})
	}
	for _, s := range []string{
		"There is no cutoff for USMLE scores.",
		"We have no cutoff for COMLEX scores, and we read every application.",
	} {
		cases = append(cases, ruleCase{s, "<p>" + s + "</p>", F{}})
	}
	s := "Applicants must have graduated within the last 4 years; there is no USMLE cutoff."
	cases = append(cases, ruleCase{s, "<p>" + s + "</p>", F{yogMax: 4.0}})
	runBattery(t, cases, yogNone, yogMax)
}

// TestBatteryShareOfAGroup: a share of a group ("93 percent of Mercy
// graduates", "90% of our graduates") describes outcomes; its window of
// years or first attempts is no rule. A rule beside it in its own clause
// still is.
func TestBatteryShareOfAGroup(t *testing.T) {
	var cases []ruleCase
	for _, s := range []string{
		"Over the past 4 years, 95 percent of Mercy graduates have matched into fellowships.",
		"In the last 3 years, 90% of Lakeside graduates passed the boards on the first attempt.",
		"About 80 percent of Lakeside graduates from the last two years entered fellowships.",
		"Within five years of graduation, a large percentage of Summit graduates work in rural areas.",
	} {
		cases = append(cases, ruleCase{s, "<p>" + s + "</p>", F{}})
	}
	s := "Applicants must have graduated within the last 3 years; 90 percent of our residents are IMGs."
	cases = append(cases, ruleCase{s, "<p>" + s + "</p>", F{yogMax: 3.0}})
	runBattery(t, cases, yogMax, yogPref, attMax)
}

// TestBatteryLackingVisaTurnedAway: applicants turned away for lacking a
// named visa ("those who don't have a J-1 will not be considered") are a
// requirement of that visa, which is then accepted — not a denial of it.
// A program that does not have a sponsorship, and applicants turned away
// for needing a visa, stay denials.
func TestBatteryLackingVisaTurnedAway(t *testing.T) {
	subjects := []string{"Applicants who", "Candidates who", "Those who", "International graduates who"}
	lacks := []string{"don't have", "do not hold", "do not possess", "lack"}
	turned := []string{"will not be considered", "are not eligible", "will not be interviewed"}
	visas := []struct {
		name string
		f    imgfriendly.Field
	}{{"a J-1 visa", j1}, {"an H-1B visa", h1b}, {"a J1 visa", j1}}
	var cases []ruleCase
	for si, s := range subjects {
		for li, l := range lacks {
			v := visas[(si+li)%len(visas)]
			text := fmt.Sprintf("%s %s %s %s.", s, l, v.name, turned[(si+li)%len(turned)])
			cases = append(cases, ruleCase{text, "<p>" + text + "</p>", F{v.f: true}})
		}
	}
	for _, c := range []struct {
		s    string
		want F
	}{
		{"We do not have H-1B sponsorship, and such applicants will not be considered.", F{h1b: false}},
		{"We do not accept applicants who need H-1B sponsorship.", F{h1b: false}},
		{"We will not consider applicants with H-1B visas.", F{h1b: false}},
	} {
		cases = append(cases, ruleCase{c.s, "<p>" + c.s + "</p>", c.want})
	}
	runBattery(t, cases, j1, h1b)
}
