package extract

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/imgfriendly/imgfriendly"
)

// The probe grid of session 12 (issue 11): eligibility sentences generated
// from slots — topic × polarity × modality × quantity — in the team's own
// words, set in the forms program pages use (a plain sentence among other
// sentences, a bullet under a heading, a question and its answer, a table
// row, a label before a colon). Each cell is read by Page and scored on its
// fact's fields: right, missed (a value the cell states is not found),
// wrong (another value) or false (a value where the cell states none).
// The grid measures how far the rules generalize past the phrasings they
// were written for; its floors only go up.

// gridCell is one generated page and the facts a careful reader takes.
type gridCell struct {
	fact string // visa, yog, scores, attempts, usce
	name string
	give string
	want F
}

// gridFields are the fields each fact is scored on.
var gridFields = map[string][]imgfriendly.Field{
	"visa":     {j1, h1b},
	"yog":      {yogMax, yogPref, yogNone, imgfriendly.FieldClinicalRecencyMax, gradMin},
	"scores":   {s1Pass, s1Min, s2Min, s2Pref, cx2},
	"attempts": {attMax},
	"usce":     {usceReqF, usceMo},
	"ecfmg":    {imgfriendly.FieldECFMGDeadline},
}

// gridOpen and gridClose surround a sentence with the kind of neutral text
// an eligibility page holds around its rules.
const (
	gridOpen  = "<h2>Eligibility</h2><p>Thank you for your interest in our residency program.</p>"
	gridClose = "<p>Please submit all application materials through ERAS by October 1.</p>"
)

// gridPage is paragraphs between gridOpen and gridClose.
func gridPage(ps ...string) string {
	h := gridOpen
	for _, p := range ps {
		h += "<p>" + p + "</p>"
	}
	return h + gridClose
}

// gridForms set one statement in the shapes pages use.
var gridForms = []struct {
	name string
	wrap func(s string) string
}{
	{"p", func(s string) string { return gridOpen + "<p>" + s + "</p>" + gridClose }},
	{"li", func(s string) string {
		return gridOpen + "<h3>Requirements</h3><ul><li>ECFMG certification by the rank list deadline</li><li>" + s + "</li><li>Three letters of recommendation</li></ul>" + gridClose
	}},
	{"mid", func(s string) string {
		return gridOpen + "<p>We review every application carefully. " + s + " Interviews are held from October to January.</p>" + gridClose
	}},
}

// gridFAQ sets a question and its answer in the shapes FAQ pages use.
var gridFAQ = []struct {
	name string
	wrap func(q, a string) string
}{
	{"h3+p", func(q, a string) string {
		return "<h2>Frequently Asked Questions</h2><h3>" + q + "</h3><p>" + a + "</p>" + gridClose
	}},
	{"dl", func(q, a string) string {
		return "<h2>FAQ</h2><dl><dt>" + q + "</dt><dd>" + a + "</dd></dl>" + gridClose
	}},
	{"Q/A", func(q, a string) string { return "<h2>FAQs</h2><p>Q: " + q + "</p><p>A: " + a + "</p>" + gridClose }},
	{"strong", func(q, a string) string {
		return "<h2>Questions</h2><p><strong>" + q + "</strong></p><p>" + a + "</p>" + gridClose
	}},
}

// gridRow sets a label and a value as a table row and as a label line.
var gridRow = []struct {
	name string
	wrap func(label, value string) string
}{
	{"tr", func(l, v string) string {
		return "<h2>Program Requirements</h2><table><tr><th>Requirement</th><th>Policy</th></tr><tr><td>" + l + "</td><td>" + v + "</td></tr><tr><td>Letters</td><td>Three</td></tr></table>" + gridClose
	}},
	{"colon", func(l, v string) string {
		return "<h2>Program Requirements</h2><p><strong>" + l + ":</strong> " + v + "</p><p><strong>Letters:</strong> Three</p>" + gridClose
	}},
}

// gridCells generates the whole grid.
func gridCells() []gridCell {
	var cells []gridCell
	stmt := func(fact, s string, want F) {
		for _, f := range gridForms {
			cells = append(cells, gridCell{fact, f.name + ": " + s, f.wrap(s), want})
		}
	}
	faq := func(fact, q, a string, want F) {
		for _, f := range gridFAQ {
			cells = append(cells, gridCell{fact, f.name + ": " + q + " | " + a, f.wrap(q, a), want})
		}
	}
	row := func(fact, l, v string, want F) {
		for _, f := range gridRow {
			cells = append(cells, gridCell{fact, f.name + ": " + l + " | " + v, f.wrap(l, v), want})
		}
	}

	// Visa: verb × visa × polarity.
	visas := []struct {
		words string
		set   func(v bool) F
	}{
		{"J-1 visas", func(v bool) F { return F{j1: v} }},
		{"H-1B visas", func(v bool) F { return F{h1b: v} }},
		{"H1B visas", func(v bool) F { return F{h1b: v} }},
		{"J-1 and H-1B visas", func(v bool) F { return F{j1: v, h1b: v} }},
		{"both J1 and H1b visas", func(v bool) F { return F{j1: v, h1b: v} }},
	}
	for _, v := range visas {
		for _, pos := range []string{
			"Our program sponsors %s.",
			"We support %s for international graduates.",
			"The program accepts applicants on %s.",
			"We will consider applicants who need %s.",
			"The department offers sponsorship of %s.",
			"We are happy to sponsor %s for qualified applicants.",
		} {
			stmt("visa", fmt.Sprintf(pos, v.words), v.set(true))
		}
		for _, neg := range []string{
			"Our program does not sponsor %s.",
			"We are unable to sponsor %s.",
			"The program cannot sponsor %s at this time.",
			"We do not currently offer sponsorship of %s.",
			"The department no longer sponsors %s.",
			"We will not sponsor %s.",
			"Unfortunately, we do not, for budget reasons, sponsor %s.",
			"Applicants who require %s cannot be considered.",
			"We are not able to accept applicants on %s.",
		} {
			stmt("visa", fmt.Sprintf(neg, v.words), v.set(false))
		}
	}
	// ECFMG J-1.
	stmt("visa", "We accept ECFMG-sponsored J-1 visas.", F{j1: true})
	stmt("visa", "The J-1 visa, sponsored by ECFMG, is accepted.", F{j1: true})
	stmt("visa", "We do not sponsor visas, but we do accept J-1 visas sponsored by ECFMG.", F{j1: true, h1b: false})
	stmt("visa", "The hospital does not sponsor H-1B visas; ECFMG-sponsored J-1 visas are accepted.", F{j1: true, h1b: false})
	// Every visa denied.
	for _, s := range []string{
		"We do not sponsor visas.",
		"Our program does not sponsor any visas.",
		"The program is unable to sponsor visas of any kind.",
		"We do not sponsor or accept any type of visa.",
		"Visa sponsorship is not available.",
		"We cannot offer visa sponsorship.",
		"No visa sponsorship is offered.",
		"Applicants must be US citizens or permanent residents.",
		"Only US citizens and permanent residents are eligible.",
		"Applicants must be authorized to work in the United States without sponsorship.",
		"Applicants must be U.S. citizens or hold a green card.",
	} {
		stmt("visa", s, F{j1: false, h1b: false})
	}
	// Exclusive statements: only.
	for _, s := range []string{
		"We sponsor J-1 visas only.",
		"We only sponsor J-1 visas.",
		"Only J-1 visas are sponsored.",
		"Sponsorship is limited to the J-1 visa.",
		"The program sponsors the J1 visa exclusively.",
		"We accept only J-1 visa holders.",
		"Visa sponsorship is restricted to J-1 visas.",
		"The only visa we sponsor is the J-1.",
		"We sponsor J-1 visas; we do not sponsor H-1B visas.",
		"We sponsor the J-1 visa but not the H-1B visa.",
		"We do not sponsor H-1B visas, only J-1 visas.",
	} {
		stmt("visa", s, F{j1: true, h1b: false})
	}
	for _, s := range []string{
		"We sponsor H-1B visas only.",
		"Only H-1B visas are sponsored.",
		"We sponsor H-1B visas but not J-1 visas.",
	} {
		stmt("visa", s, F{j1: false, h1b: true})
	}
	// Exclusive lists of statuses.
	for _, s := range []string{
		"Applicants must be U.S. citizens, permanent residents, or J-1 visa holders.",
		"All applicants must hold U.S. citizenship, a green card, or a J-1 visa.",
		"Eligible applicants are US citizens, permanent residents and those eligible for a J-1 visa.",
		"Candidates must be a US citizen, a permanent resident, or eligible for an ECFMG-sponsored J-1 visa.",
	} {
		stmt("visa", s, F{j1: true, h1b: false})
	}
	// Conditions: still true.
	for _, s := range []string{
		"H-1B visas are sponsored on a case by case basis.",
		"We sponsor H-1B visas for exceptional candidates.",
		"H-1B sponsorship is considered in rare circumstances.",
		"We sponsor H-1B visas for applicants who have passed Step 3 before the rank list deadline.",
		"H-1B sponsorship may be available for highly qualified applicants.",
	} {
		stmt("visa", s, F{h1b: true})
	}
	// Visa questions and answers.
	for _, q := range []string{"Do you sponsor visas?", "Does the program sponsor visas for international graduates?", "What visas do you sponsor?"} {
		faq("visa", q, "We sponsor J-1 visas only.", F{j1: true, h1b: false})
		faq("visa", q, "J-1 only.", F{j1: true, h1b: false})
		faq("visa", q, "Yes, both J-1 and H-1B visas.", F{j1: true, h1b: true})
		faq("visa", q, "We sponsor the J-1 visa. We do not sponsor H-1B visas.", F{j1: true, h1b: false})
	}
	for _, q := range []string{"Do you sponsor visas?", "Does the program sponsor visas for international graduates?"} {
		faq("visa", q, "No.", F{j1: false, h1b: false})
		faq("visa", q, "No, we are unable to sponsor visas.", F{j1: false, h1b: false})
		faq("visa", q, "Unfortunately, we do not.", F{j1: false, h1b: false})
		faq("visa", q, "Not at this time.", F{j1: false, h1b: false})
		faq("visa", q, "Yes, the J-1 visa.", F{j1: true})
	}
	for _, q := range []string{"Do you sponsor H-1B visas?", "Does your program sponsor the H1B visa?", "Is H-1B sponsorship available?"} {
		faq("visa", q, "No.", F{h1b: false})
		faq("visa", q, "No, we sponsor J-1 visas only.", F{j1: true, h1b: false})
		faq("visa", q, "Unfortunately not.", F{h1b: false})
		faq("visa", q, "Not at this time.", F{h1b: false})
		faq("visa", q, "Yes.", F{h1b: true})
		faq("visa", q, "Yes, on a case by case basis.", F{h1b: true})
		faq("visa", q, "We do not sponsor H-1B visas.", F{h1b: false})
	}
	for _, q := range []string{"Do you sponsor J-1 visas?", "Does the program accept J1 visas?"} {
		faq("visa", q, "Yes.", F{j1: true})
		faq("visa", q, "No.", F{j1: false})
		faq("visa", q, "Yes, through ECFMG.", F{j1: true})
	}
	// Visa rows.
	for _, l := range []string{"Visa sponsorship", "Visas sponsored", "Visa"} {
		row("visa", l, "J-1", F{j1: true})
		row("visa", l, "J-1 only", F{j1: true, h1b: false})
		row("visa", l, "J-1 and H-1B", F{j1: true, h1b: true})
		row("visa", l, "J-1, H-1B", F{j1: true, h1b: true})
		row("visa", l, "None", F{j1: false, h1b: false})
		row("visa", l, "No", F{j1: false, h1b: false})
	}
	row("visa", "J-1 visa", "Yes", F{j1: true})
	row("visa", "H-1B visa", "No", F{h1b: false})
	row("visa", "H-1B sponsorship", "Not available", F{h1b: false})
	row("visa", "H-1B sponsorship", "Case by case", F{h1b: true})

	// YOG: the limit in its wordings × numbers.
	nums := []struct {
		w string
		n float64
	}{{"5", 5}, {"three", 3}, {"three (3)", 3}, {"5 (five)", 5}, {"two", 2}}
	for _, n := range nums {
		for _, s := range []string{
			"Applicants must have graduated within the last %s years.",
			"Applicants must be no more than %s years from graduation.",
			"No more than %s years may have passed since graduation from medical school.",
			"Candidates should have graduated from medical school within %s years of the application date.",
			"Graduation from medical school within the past %s years is required.",
			"Applicants must be %s years or less from medical school graduation.",
			"We only consider applicants who graduated in the last %s years.",
			"Applicants who graduated more than %s years ago will not be considered.",
			"We do not accept applicants more than %s years out of medical school.",
			"A graduation date within %s years of the start of residency is required.",
			"Applicants must have completed medical school within the past %s years.",
		} {
			stmt("yog", fmt.Sprintf(s, n.w), F{yogMax: n.n})
		}
		for _, s := range []string{
			"Recent graduates (within %s years) are preferred.",
			"We prefer applicants who graduated within the last %s years.",
			"Preference is given to graduates of the past %s years.",
			"Graduation within %s years is strongly recommended.",
			"Applicants within %s years of graduation are preferred but not required.",
		} {
			stmt("yog", fmt.Sprintf(s, n.w), F{yogPref: n.n})
		}
		for _, s := range []string{
			"Applicants must have had clinical activity within the last %s years.",
			"No more than %s years may have passed since your last clinical experience.",
		} {
			stmt("yog", fmt.Sprintf(s, n.w), F{imgfriendly.FieldClinicalRecencyMax: n.n})
		}
	}
	for _, y := range []string{"2019", "2021"} {
		var n float64
		fmt.Sscan(y, &n)
		for _, s := range []string{
			"Applicants must have graduated from medical school in %s or later.",
			"We accept graduates of %s or later.",
			"Graduation year %s or more recent is required.",
			"Applicants who graduated before %s are not eligible.",
		} {
			// A year cutoff is also read as years against the run's cycle (2026).
			cells = append(cells, gridCell{"yog", "p: " + fmt.Sprintf(s, y), gridForms[0].wrap(fmt.Sprintf(s, y)), F{gradMin: n, yogMax: 2026 - n}})
		}
	}
	for _, s := range []string{
		"There is no graduation year cutoff.",
		"We do not have a cutoff for year of graduation.",
		"There is no limit on the number of years since graduation.",
		"We have no year-of-graduation requirement.",
		"Applicants are considered regardless of their year of graduation.",
		"The program has no restriction on when you graduated from medical school.",
	} {
		stmt("yog", s, F{yogNone: true})
	}
	for _, q := range []string{"Is there a year of graduation cutoff?", "Do you have a limit on years since graduation?", "I graduated eight years ago. Can I apply?"} {
		faq("yog", q, "Applicants must have graduated within the last 5 years.", F{yogMax: 5.0})
		faq("yog", q, "Yes, we only accept applicants who graduated within the past three years.", F{yogMax: 3.0})
		faq("yog", q, "We prefer graduates of the last 5 years.", F{yogPref: 5.0})
	}
	for _, q := range []string{"Is there a year of graduation cutoff?", "Do you have a limit on years since graduation?"} {
		faq("yog", q, "No.", F{yogNone: true})
		faq("yog", q, "No, there is no cutoff.", F{yogNone: true})
		faq("yog", q, "Yes, 5 years.", F{yogMax: 5.0})
		faq("yog", q, "No, but recent graduates are preferred.", F{yogNone: true})
	}
	faq("yog", "I graduated eight years ago. Can I apply?", "No, you must have graduated within the last 5 years.", F{yogMax: 5.0})
	for _, l := range []string{"Year of graduation", "Years since graduation", "Graduation year limit", "YOG"} {
		row("yog", l, "Within 5 years", F{yogMax: 5.0})
		row("yog", l, "5 years or less", F{yogMax: 5.0})
		row("yog", l, "No limit", F{yogNone: true})
		row("yog", l, "≤ 3 years", F{yogMax: 3.0})
	}

	// Scores: minimum wordings × step × number.
	steps := []struct {
		w     string
		field imgfriendly.Field
	}{{"USMLE Step 1", s1Min}, {"Step 2 CK", s2Min}, {"USMLE Step 2CK", s2Min}}
	for _, st := range steps {
		for _, s := range []string{
			"A minimum score of 220 on %s is required.",
			"Applicants must score at least 220 on %s.",
			"We require a score of 220 or higher on %s.",
			"A %s score no lower than 220 is required.",
			"%s: minimum 220.",
			"Applicants with a %s score below 220 will not be considered.",
			"The minimum %s score is 220.",
			"We require %s scores of 220 or above on the first attempt.",
		} {
			stmt("scores", fmt.Sprintf(s, st.w), F{st.field: 220.0})
		}
		for _, s := range []string{
			"A %s score of 230 or higher is preferred.",
			"We prefer %s scores above 230.",
			"Applicants with %s scores of 230 or more are more competitive.",
			"The average %s score of our residents is 230.",
			"Applicants should be at or above the 50th percentile on %s.",
		} {
			want := F{}
			if st.field == s2Min && (strings.Contains(s, "prefer") || strings.Contains(s, "competitive")) {
				want = F{s2Pref: 230.0}
			}
			stmt("scores", fmt.Sprintf(s, st.w), want)
		}
	}
	for _, s := range []string{
		"Applicants must have passed USMLE Step 1.",
		"A passing score on Step 1 is required.",
		"Step 1 must be passed at the time of application.",
		"We require a pass on USMLE Step 1.",
	} {
		stmt("scores", s, F{s1Pass: true})
	}
	stmt("scores", "Applicants need 220 or higher on USMLE Step 2 CK or 500 or higher on COMLEX Level 2.", F{s2Min: 220.0, cx2: 500.0})
	stmt("scores", "Minimum scores: USMLE Step 2 CK 225 / COMLEX Level 2 CE 520.", F{s2Min: 225.0, cx2: 520.0})
	stmt("scores", "Scores of 230 or higher on Step 1 and Step 2 CK are required.", F{s1Min: 230.0, s2Min: 230.0})
	stmt("scores", "We require a minimum of 215 on both USMLE Step 1 and Step 2 CK.", F{s1Min: 215.0, s2Min: 215.0})
	for _, q := range []string{"Is there a minimum USMLE score?", "What are your score requirements?", "Do you have a USMLE cutoff?"} {
		faq("scores", q, "Yes, we require at least 220 on Step 2 CK.", F{s2Min: 220.0})
		faq("scores", q, "A minimum of 215 on Step 1 and 220 on Step 2 CK.", F{s1Min: 215.0, s2Min: 220.0})
		faq("scores", q, "We do not have a minimum score.", F{})
		faq("scores", q, "No, but competitive applicants usually score above 230.", F{})
	}
	for _, l := range []string{"USMLE Step 1", "Step 1"} {
		row("scores", l, "Pass", F{s1Pass: true})
		row("scores", l, "220 minimum", F{s1Min: 220.0})
		row("scores", l, "≥ 220", F{s1Min: 220.0})
	}
	for _, l := range []string{"USMLE Step 2 CK", "Step 2CK"} {
		row("scores", l, "225", F{s2Min: 225.0})
		row("scores", l, "Minimum 225", F{s2Min: 225.0})
		row("scores", l, "225 or higher", F{s2Min: 225.0})
	}

	// Attempts.
	for _, s := range []string{
		"Applicants may have no more than one attempt on each USMLE step.",
		"We accept first-attempt passes only.",
		"Applicants must have no failures on USMLE.",
		"All USMLE steps must be passed on the first attempt.",
		"We do not consider applicants with a failed USMLE attempt.",
		"Applicants with any USMLE failure are not eligible.",
		"Only first attempt passing scores are accepted.",
	} {
		stmt("attempts", s, F{attMax: 1.0})
	}
	for _, s := range []string{
		"A maximum of two attempts per step is allowed.",
		"Applicants may have no more than one failure on the USMLE.",
		"No more than 2 attempts on any USMLE step.",
		"Each step must be passed within two attempts.",
	} {
		stmt("attempts", s, F{attMax: 2.0})
	}
	for _, s := range []string{
		"Each USMLE step must be passed within three attempts.",
		"No more than three attempts are allowed on any step.",
	} {
		stmt("attempts", s, F{attMax: 3.0})
	}
	for _, s := range []string{
		"Passing on the first attempt is preferred.",
		"First-attempt passes are strongly preferred.",
		"Ideally, applicants pass each step on the first attempt.",
	} {
		stmt("attempts", s, F{})
	}
	for _, q := range []string{"Do you accept applicants who have failed a USMLE step?", "Will you consider applicants with a failed attempt on the USMLE?"} {
		faq("attempts", q, "No.", F{attMax: 1.0})
		faq("attempts", q, "No, all steps must be passed on the first attempt.", F{attMax: 1.0})
		faq("attempts", q, "Yes, but no more than one failure is allowed.", F{attMax: 2.0})
	}
	for _, l := range []string{"Attempts", "USMLE attempts", "Maximum attempts"} {
		row("attempts", l, "First attempt only", F{attMax: 1.0})
		row("attempts", l, "No more than 2", F{attMax: 2.0})
	}

	// USCE.
	durs := []struct {
		w  string
		mo float64
	}{{"3 months", 3}, {"three months", 3}, {"12 weeks", 2.8}, {"one year", 12}, {"8 weeks", 1.8}, {"two (2) months", 2}}
	for _, d := range durs {
		for _, s := range []string{
			"At least %s of US clinical experience is required.",
			"Applicants must have a minimum of %s of hands-on clinical experience in the United States.",
			"We require %s of USCE.",
			"Applicants should have at least %s of U.S. clinical experience.",
			"%s of hands-on US clinical experience is required; observerships do not count.",
		} {
			stmt("usce", fmt.Sprintf(s, d.w), F{usceReqF: "required", usceMo: d.mo})
		}
		for _, s := range []string{
			"At least %s of US clinical experience is preferred.",
			"We strongly recommend %s of US clinical experience.",
			"%s of USCE is highly desirable.",
		} {
			stmt("usce", fmt.Sprintf(s, d.w), F{usceReqF: "preferred", usceMo: d.mo})
		}
	}
	for _, s := range []string{
		"US clinical experience is required.",
		"Applicants must have US clinical experience.",
		"Hands-on clinical experience in the US is required.",
		"USCE within the last two years is required.",
		"Applicants must have recent US clinical experience, within the last year.",
	} {
		stmt("usce", s, F{usceReqF: "required"})
	}
	for _, s := range []string{
		"US clinical experience is preferred.",
		"US clinical experience is strongly recommended.",
		"USCE is not required but is strongly preferred.",
		"Clinical experience in the United States is a plus.",
		"We strongly encourage applicants to have US clinical experience.",
	} {
		stmt("usce", s, F{usceReqF: "preferred"})
	}
	for _, s := range []string{
		"US clinical experience is not required.",
		"We do not require US clinical experience.",
		"USCE is not a requirement for application.",
		"Applicants do not need US clinical experience to apply.",
	} {
		stmt("usce", s, F{usceReqF: "not_required"})
	}
	for _, q := range []string{"Do you require US clinical experience?", "Is USCE required?", "Do I need clinical experience in the US to apply?"} {
		faq("usce", q, "No.", F{usceReqF: "not_required"})
		faq("usce", q, "Yes, at least 3 months.", F{usceReqF: "required", usceMo: 3.0})
		faq("usce", q, "It is not required but strongly preferred.", F{usceReqF: "preferred"})
		faq("usce", q, "Yes.", F{usceReqF: "required"})
		faq("usce", q, "We require at least three months minimum.", F{usceReqF: "required", usceMo: 3.0})
		faq("usce", q, "No, but it is strongly recommended.", F{usceReqF: "preferred"})
	}
	for _, l := range []string{"US clinical experience", "USCE"} {
		row("usce", l, "Required", F{usceReqF: "required"})
		row("usce", l, "3 months required", F{usceReqF: "required", usceMo: 3.0})
		row("usce", l, "Preferred", F{usceReqF: "preferred"})
		row("usce", l, "Not required", F{usceReqF: "not_required"})
		row("usce", l, "Minimum 2 months", F{usceReqF: "required", usceMo: 2.0})
	}
	cells = append(cells, gridHarder()...)
	cells = append(cells, gridThird()...)
	cells = append(cells, gridLeadIns()...)
	cells = append(cells, gridWeighingLeads()...)
	cells = append(cells, gridDescribedScopes()...)
	cells = append(cells, gridSession14()...)
	cells = append(cells, gridSession16Retakes()...)
	cells = append(cells, gridSession16Residents()...)
	cells = append(cells, gridSession16VisaLabel()...)
	cells = append(cells, gridSession16Means()...)
	cells = append(cells, gridSession17Figures()...)
	cells = append(cells, gridSession17Explainers()...)
	cells = append(cells, gridSession17Listings()...)
	cells = append(cells, gridSession17Comparisons()...)
	cells = append(cells, gridSession18OpenStatus()...)
	cells = append(cells, gridSession18ConditionalDenials()...)
	cells = append(cells, gridSession18ResearchVisas()...)
	return cells
}

// gridScore reads every cell and counts per fact.
type gridCount struct{ right, missed, wrong, false_, cells int }

// gridFloors are the cells right per fact; they only go up.
var gridFloors = map[string]int{"visa": 1140, "yog": 649, "scores": 550, "attempts": 316, "usce": 627, "ecfmg": 10}

// gridFalseCeiling is the most cells per fact with a false value, and
// gridWrongCeiling with a wrong one; they only go down.
var (
	gridFalseCeiling = map[string]int{"visa": 0, "yog": 0, "scores": 0, "attempts": 0, "usce": 0, "ecfmg": 0}
	gridWrongCeiling = map[string]int{"visa": 0, "yog": 0, "scores": 0, "attempts": 0, "usce": 0, "ecfmg": 0}
)

func TestProbeGrid12(t *testing.T) {
	cells := gridCells()
	counts := map[string]*gridCount{}
	var misses []string
	for _, c := range cells {
		got, _ := factsOf(t, c.give)
		got = only(got, gridFields[c.fact]...)
		n := counts[c.fact]
		if n == nil {
			n = &gridCount{}
			counts[c.fact] = n
		}
		n.cells++
		if cmp.Equal(c.want, got) {
			n.right++
			continue
		}
		kind := "missed"
		for f, v := range got {
			w, ok := c.want[f]
			switch {
			case !ok:
				kind = "false"
			case w != v && kind != "false":
				kind = "wrong"
			}
		}
		switch kind {
		case "false":
			n.false_++
		case "wrong":
			n.wrong++
		default:
			n.missed++
		}
		misses = append(misses, fmt.Sprintf("%-8s %-6s %s\n           want %v got %v", c.fact, kind, c.name, c.want, got))
	}
	sort.Strings(misses)
	if testing.Verbose() {
		for _, m := range misses {
			t.Log(m)
		}
	}
	facts := []string{"visa", "yog", "scores", "attempts", "usce", "ecfmg"}
	for _, f := range facts {
		n := counts[f]
		t.Logf("%-8s right %4d/%-4d missed %3d wrong %3d false %3d", f, n.right, n.cells, n.missed, n.wrong, n.false_)
		if n.right < gridFloors[f] {
			t.Errorf("%s: %d cells right, floor %d", f, n.right, gridFloors[f])
		}
		if n.false_ > gridFalseCeiling[f] {
			t.Errorf("%s: %d cells false, ceiling %d", f, n.false_, gridFalseCeiling[f])
		}
		if n.wrong > gridWrongCeiling[f] {
			t.Errorf("%s: %d cells wrong, ceiling %d", f, n.wrong, gridWrongCeiling[f])
		}
	}
}

// gridHarder are the second round of slots: the wordings a first pass of
// the grid read right were widened to other subjects, other negation cues,
// labels, answers whose question is implied, and the soft/hard boundary.
func gridHarder() []gridCell {
	var cells []gridCell
	stmt := func(fact, s string, want F) {
		for _, f := range gridForms {
			cells = append(cells, gridCell{fact, f.name + ": " + s, f.wrap(s), want})
		}
	}
	faq := func(fact, q, a string, want F) {
		for _, f := range gridFAQ {
			cells = append(cells, gridCell{fact, f.name + ": " + q + " | " + a, f.wrap(q, a), want})
		}
	}
	row := func(fact, l, v string, want F) {
		for _, f := range gridRow {
			cells = append(cells, gridCell{fact, f.name + ": " + l + " | " + v, f.wrap(l, v), want})
		}
	}
	both := func(v bool) F { return F{j1: v, h1b: v} }

	// Visa.
	for _, s := range []string{
		"International graduates who require visa sponsorship are not eligible.",
		"We are not currently sponsoring visas for incoming residents.",
		"Applicants requiring visa sponsorship will not be considered.",
		"We sponsor neither J-1 nor H-1B visas.",
		"Neither J-1 nor H-1B visas are sponsored by the program.",
		"Permanent residency or US citizenship is required.",
		"You must be a US citizen, a permanent resident, or hold a valid EAD.",
		"We are unable to accept applicants who need a visa.",
		"The program does not participate in visa sponsorship.",
		"Visa sponsorship is not offered for this residency.",
	} {
		stmt("visa", s, both(false))
	}
	for _, s := range []string{
		"The institution does not provide H-1B visa sponsorship.",
		"Sponsorship of H-1B visas is not available.",
		"Applicants requiring an H-1B visa will not be ranked.",
		"H-1B visa sponsorship is not offered by this program.",
		"The H-1B visa is not sponsored.",
		"We are not an H-1B sponsoring program.",
	} {
		stmt("visa", s, F{h1b: false})
	}
	for _, s := range []string{
		"We are a J-1 only program.",
		"We accept J1 visa applicants but do not sponsor H1B.",
		"We do not sponsor H-1B visas at this time; J-1 applicants are welcome.",
		"Only the J-1 visa (sponsored by ECFMG) is accepted.",
		"Our program sponsors J-1 visas only; H-1B visas are not sponsored.",
		"Non-citizens must hold or be eligible for a J-1 visa.",
		"International applicants must obtain a J-1 visa through ECFMG.",
	} {
		stmt("visa", s, F{j1: true, h1b: false})
	}
	for _, s := range []string{
		"J-1 visa holders are welcome to apply.",
		"The GME office sponsors the J-1 visa for residents.",
		"Applicants with a J-1 visa are eligible.",
	} {
		stmt("visa", s, F{j1: true})
	}
	for _, s := range []string{
		"The hospital sponsors both J-1 and H-1B visas for residents.",
		"We sponsor J1 as well as H1B visas.",
		"Visa sponsorship is available (J-1 and H-1B).",
	} {
		stmt("visa", s, both(true))
	}
	for _, l := range []string{"Visa sponsorship", "Visas"} {
		row("visa", l, "Not available", both(false))
		row("visa", l, "Not offered", both(false))
		row("visa", l, "J-1 (ECFMG)", F{j1: true})
		row("visa", l, "J1 only, no H1B", F{j1: true, h1b: false})
		row("visa", l, "We do not sponsor visas", both(false))
	}
	row("visa", "H-1B", "Not sponsored", F{h1b: false})
	row("visa", "J-1", "Accepted", F{j1: true})
	for _, q := range []string{"Are visas sponsored?", "Can international applicants on a visa apply?"} {
		faq("visa", q, "Only J-1 visas.", F{j1: true, h1b: false})
		faq("visa", q, "We accept J-1 visas. We are unable to sponsor H-1B visas.", F{j1: true, h1b: false})
		faq("visa", q, "No, applicants must be US citizens or permanent residents.", both(false))
	}
	for _, q := range []string{"Does the program offer H1B sponsorship?", "Can I apply on an H-1B visa?"} {
		faq("visa", q, "Sorry, no.", F{h1b: false})
		faq("visa", q, "We are not able to sponsor H-1B visas.", F{h1b: false})
		faq("visa", q, "H-1B sponsorship is considered case by case.", F{h1b: true})
		faq("visa", q, "No. We sponsor only J-1 visas.", F{j1: true, h1b: false})
	}

	// YOG.
	for _, s := range []string{
		"Applicants must be within five years of graduation at the time of application.",
		"Applicants must have graduated within 5 years of the Match.",
		"Less than 5 years since graduation from medical school is required.",
		"We accept applicants up to five years after graduation.",
		"Graduates of more than 5 years are not eligible.",
		"Applicants should not be more than 5 years out of medical school.",
		"Five years or fewer since graduation is required.",
		"The time since graduation must not exceed five years.",
		"We require that applicants have graduated in the past 5 years.",
		"Applicants must be five years or less out of medical school.",
		"Applicants who are more than five years past graduation will not be considered.",
		"Only graduates of the last five years are eligible.",
		"Year of graduation must be within the last 5 years.",
		"There is a five-year limit since graduation.",
		"We have a 5-year graduation cutoff.",
	} {
		stmt("yog", s, F{yogMax: 5.0})
	}
	for _, s := range []string{
		"We do not have a strict graduation cutoff, but prefer graduates within 5 years.",
		"There is no cut-off for year of graduation; graduates of the past five years are preferred.",
	} {
		stmt("yog", s, F{yogNone: true, yogPref: 5.0})
	}
	for _, s := range []string{
		"Year of graduation is not a factor in our selection.",
		"No cut-off date for graduation.",
		"There is no maximum number of years since graduation.",
	} {
		stmt("yog", s, F{yogNone: true})
	}
	for _, s := range []string{
		"Graduates within the last 3 years are given priority.",
		"Recent graduation (within the last 3 years) is desirable.",
		"We favor applicants who graduated in the past 3 years.",
		"Graduation within 3 years is ideal.",
	} {
		stmt("yog", s, F{yogPref: 3.0})
	}
	for _, s := range []string{
		"All USMLE steps must be completed within seven years.",
		"Letters of recommendation should be written within the last year.",
		"Most of our residents graduated within the last 3 years.",
		"Applicants who have been out of clinical practice for more than 3 years will not be considered.",
		"Applicants must have clinical experience within the last 3 years.",
	} {
		want := F{}
		if strings.Contains(s, "clinical") {
			want = F{imgfriendly.FieldClinicalRecencyMax: 3.0}
		}
		stmt("yog", s, want)
	}
	for _, l := range []string{"Graduation", "Time since graduation"} {
		row("yog", l, "Within the last 5 years", F{yogMax: 5.0})
		row("yog", l, "No more than 5 years", F{yogMax: 5.0})
		row("yog", l, "Less than 5 years", F{yogMax: 5.0})
		row("yog", l, "No cutoff", F{yogNone: true})
		row("yog", l, "5 years preferred", F{yogPref: 5.0})
	}
	for _, a := range []string{
		"No, you must have graduated within the last 3 years.",
		"Unfortunately no; applicants must be within 3 years of graduation.",
		"No. We only accept graduates of the last 3 years.",
	} {
		faq("yog", "I graduated in 2010. Am I eligible?", a, F{yogMax: 3.0})
		cells = append(cells, gridCell{"yog", "answer alone: " + a, "<h2>FAQ</h2><p>" + a + "</p>" + gridClose, F{yogMax: 3.0}})
	}

	// Scores.
	for _, s := range []string{
		"Step 2 CK score ≥ 220.",
		"Step 2 CK score of 220+ is required.",
		"Minimum USMLE Step 2 CK: 220.",
		"The cut-off score for Step 2 CK is 220.",
		"USMLE Step 2 CK (minimum score 220).",
		"Scores must be at least 220 on Step 2 CK.",
		"Step 2 CK: 220 minimum, first attempt.",
		"A score of 220 is the minimum for Step 2 CK.",
		"We will not consider a Step 2 CK score under 220.",
		"Step 2 CK scores must be above 220.",
		"Step 2 CK ≥220 required",
	} {
		stmt("scores", s, F{s2Min: 220.0})
	}
	for _, s := range []string{
		"Applicants must have passed Step 1 and scored at least 220 on Step 2 CK.",
		"Step 1: Pass; Step 2 CK: 220 minimum.",
		"Step 1 pass required and Step 2 CK of 220 or higher.",
	} {
		stmt("scores", s, F{s1Pass: true, s2Min: 220.0})
	}
	for _, s := range []string{
		"We require Step 1 and Step 2 CK scores of at least 220.",
		"Minimum scores of 220 on Steps 1 and 2 CK.",
	} {
		stmt("scores", s, F{s1Min: 220.0, s2Min: 220.0})
	}
	stmt("scores", "Step 1 and Step 2 CK minimums are 215 and 225 respectively.", F{s1Min: 215.0, s2Min: 225.0})
	for _, s := range []string{
		"We do not have a minimum score requirement.",
		"There is no USMLE cutoff score.",
		"Step 2 CK above the 40th percentile.",
		"Our residents' mean Step 2 CK score is 238.",
		"There is no minimum score, but most successful applicants have 230 or above.",
		"A score of 75 or higher on each step is required.",
		"ACGME program number: 1403521220.",
	} {
		stmt("scores", s, F{})
	}
	for _, l := range []string{"Minimum Step 2 CK score", "Step 2 CK minimum"} {
		row("scores", l, "220", F{s2Min: 220.0})
		row("scores", l, "None", F{})
	}
	row("scores", "USMLE", "Step 1 pass, Step 2 CK 225", F{s1Pass: true, s2Min: 225.0})
	row("scores", "Scores", "Step 2 CK ≥ 230", F{s2Min: 230.0})

	// Attempts.
	for _, s := range []string{
		"Applicants with more than one attempt on any step will not be considered.",
		"A failure on any step will disqualify the applicant.",
		"Applicants with multiple attempts are not considered.",
		"Only one attempt on each step is permitted.",
		"No USMLE failures are accepted.",
		"Applicants must pass every USMLE step on the first try.",
		"We require first-time passes on all USMLE steps.",
		"USMLE failures are not accepted.",
		"Any failed attempt on USMLE makes an applicant ineligible.",
	} {
		stmt("attempts", s, F{attMax: 1.0})
	}
	for _, s := range []string{
		"Applicants must pass the USMLE in no more than two attempts.",
		"We will consider applicants with one failed attempt.",
		"Only one failure on any step is allowed.",
		"Up to two attempts on each step are accepted.",
	} {
		stmt("attempts", s, F{attMax: 2.0})
	}
	stmt("attempts", "USMLE steps must be passed in no more than 3 attempts, as state licensure requires.", F{attMax: 3.0})
	for _, s := range []string{
		"Applicants with failures are less competitive.",
		"Multiple attempts will weigh against an application.",
		"First-attempt passes are preferred but not required.",
	} {
		stmt("attempts", s, F{})
	}
	for _, l := range []string{"Number of attempts allowed", "USMLE failures"} {
		v := "1"
		if l == "USMLE failures" {
			v = "None"
		}
		row("attempts", l, v, F{attMax: 1.0})
	}
	faq("attempts", "Are USMLE failures accepted?", "No.", F{attMax: 1.0})
	faq("attempts", "Is there a limit on attempts?", "Yes, applicants may have no more than two attempts on any step.", F{attMax: 2.0})
	faq("attempts", "Do you require first-attempt passes?", "Yes.", F{attMax: 1.0})

	// USCE.
	for _, s := range []string{
		"A minimum of 3 months of US clinical experience within the last year is required.",
		"USCE (hands-on, not observership): at least 3 months required.",
		"Minimum of 3 months of USCE.",
		"3 months of US clinical experience (required).",
		"Three months of clinical experience in a US hospital is mandatory.",
		"Applicants need at least 3 months of hands-on patient care in the US.",
		"We expect a minimum of three months of US clinical experience.",
		"Applicants without at least 3 months of USCE will not be considered.",
	} {
		stmt("usce", s, F{usceReqF: "required", usceMo: 3.0})
	}
	for _, s := range []string{
		"Some US clinical experience is required.",
		"Applicants without US clinical experience will not be considered.",
		"Clinical experience in the United States is mandatory.",
		"We require hands-on US clinical experience; observerships are acceptable.",
	} {
		stmt("usce", s, F{usceReqF: "required"})
	}
	for _, s := range []string{
		"US clinical experience is highly recommended but not mandatory.",
		"Externships in the US are strongly encouraged.",
		"Applicants with US clinical experience will receive preference.",
		"US clinical experience is an asset.",
		"US clinical experience is advantageous.",
	} {
		stmt("usce", s, F{usceReqF: "preferred"})
	}
	for _, s := range []string{
		"Prior US clinical experience is not mandatory.",
		"No US clinical experience is needed.",
		"USCE is not necessary to apply.",
	} {
		stmt("usce", s, F{usceReqF: "not_required"})
	}
	for _, s := range []string{
		"We do not offer observerships.",
		"Letters of recommendation must be from US physicians.",
		"Clinical rotations abroad must be no longer than 12 weeks.",
	} {
		stmt("usce", s, F{})
	}
	faq("usce", "Is US clinical experience required?", "Yes, a minimum of 2 months.", F{usceReqF: "required", usceMo: 2.0})
	faq("usce", "Is US clinical experience required?", "Yes, at least eight weeks of hands-on experience.", F{usceReqF: "required", usceMo: 1.8})
	faq("usce", "How much US clinical experience do I need?", "At least 3 months.", F{usceReqF: "required", usceMo: 3.0})
	faq("usce", "How much US clinical experience do I need?", "We prefer at least 3 months.", F{usceReqF: "preferred", usceMo: 3.0})
	faq("usce", "How much US clinical experience do I need?", "None is required.", F{usceReqF: "not_required"})
	row("usce", "US clinical experience", "3 months minimum", F{usceReqF: "required", usceMo: 3.0})
	row("usce", "USCE", "Strongly preferred", F{usceReqF: "preferred"})
	row("usce", "USCE", "Yes, 3 months", F{usceReqF: "required", usceMo: 3.0})
	row("usce", "USCE required", "Yes", F{usceReqF: "required"})
	row("usce", "USCE required", "No", F{usceReqF: "not_required"})
	return cells
}

// gridThird are the third round of slots: terse items and labels, "other
// than" exclusions, answers that are only a subject and an auxiliary,
// bounds written as symbols, and requirements stated for an interview.
func gridThird() []gridCell {
	var cells []gridCell
	stmt := func(fact, s string, want F) {
		for _, f := range gridForms {
			cells = append(cells, gridCell{fact, f.name + ": " + s, f.wrap(s), want})
		}
	}
	faq := func(fact, q, a string, want F) {
		for _, f := range gridFAQ {
			cells = append(cells, gridCell{fact, f.name + ": " + q + " | " + a, f.wrap(q, a), want})
		}
	}
	row := func(fact, l, v string, want F) {
		for _, f := range gridRow {
			cells = append(cells, gridCell{fact, f.name + ": " + l + " | " + v, f.wrap(l, v), want})
		}
	}
	jOnly := F{j1: true, h1b: false}

	// Visa.
	for _, s := range []string{
		"We are able to sponsor J-1 visas through ECFMG; H-1B visas are not available.",
		"Only J-1 visa sponsorship is offered.",
		"We currently only sponsor J1 visas.",
		"At this time we only sponsor the J-1.",
		"J-1 visas are the only visas accepted.",
		"We do not offer H-1B sponsorship. J-1 visas sponsored by ECFMG are accepted.",
		"Our institution does not sponsor visas; therefore, candidates must have a J-1 visa.",
		"We do not sponsor any visas other than the J-1.",
		"No visas other than the J-1 are sponsored.",
		"With the exception of the J-1, we do not sponsor visas.",
		"We accept J-1 visa holders; we don't sponsor H-1B.",
		"H1B: No. J1: Yes.",
	} {
		stmt("visa", s, jOnly)
	}
	for _, s := range []string{
		"H-1B visas will not be sponsored.",
		"We are unable to provide H1B sponsorship.",
		"We do NOT sponsor H1B visas.",
		"The hospital does not offer H-1B visas to residents.",
	} {
		stmt("visa", s, F{h1b: false})
	}
	stmt("visa", "Sponsorship for H-1B visas is provided for applicants who have passed Step 3.", F{h1b: true})
	for _, a := range []string{"J-1 visa only.", "The J-1.", "J1 (through ECFMG) only."} {
		faq("visa", "What type of visa do you sponsor?", a, jOnly)
	}
	for _, a := range []string{"We do not.", "We don't.", "Not currently.", "Currently, no."} {
		faq("visa", "Do you sponsor H-1B visas?", a, F{h1b: false})
	}
	row("visa", "Visa status", "J-1 only", jOnly)
	row("visa", "H-1B visa sponsorship", "No", F{h1b: false})
	row("visa", "J-1 visa sponsorship", "Yes", F{j1: true})

	// YOG.
	for _, s := range []string{
		"Applicants should be no more than 5 years post-graduation.",
		"Must be within 5 years of graduation from medical school.",
		"Applicants must be no more than five years out from graduation by the start of residency.",
		"We consider applicants up to 5 years after graduation.",
		"It should not be more than 5 years since you graduated.",
		"There is a 5 year limit from graduation.",
		"Graduated from medical school in the last 5 years.",
	} {
		stmt("yog", s, F{yogMax: 5.0})
	}
	for _, s := range []string{"No YOG cutoff.", "We do not have a YOG requirement.", "Year of graduation: no limit."} {
		stmt("yog", s, F{yogNone: true})
	}
	row("yog", "Year of graduation", "Within the past 5 years", F{yogMax: 5.0})
	row("yog", "Years since graduation", "5 or fewer", F{yogMax: 5.0})
	faq("yog", "How recent must my graduation be?", "Within the last 5 years.", F{yogMax: 5.0})
	faq("yog", "Is there a time limit since graduation?", "Yes, five years.", F{yogMax: 5.0})
	faq("yog", "Is there a time limit since graduation?", "There is none.", F{yogNone: true})

	// Scores.
	for _, s := range []string{
		"Step 2 CK: 220+",
		"USMLE Step 2 CK score ≥ 220 (first attempt)",
		"Step 2 CK score of 220 or greater is required for an interview.",
		"We require USMLE Step 2 CK of at least 220 to grant an interview.",
		"Scores below 220 on Step 2 CK are not considered.",
		"Step 2 CK > 220",
		"USMLE cut-off: 220 (Step 2 CK)",
		"We accept Step 2 CK scores of 220 and above.",
	} {
		stmt("scores", s, F{s2Min: 220.0})
	}
	for _, s := range []string{"Step 1: Pass on first attempt", "Passing Step 1 score", "Step 1 passed"} {
		cells = append(cells, gridCell{"scores", "li: " + s, gridForms[1].wrap(s), F{s1Pass: true}})
	}
	stmt("scores", "COMLEX Level 2 CE minimum 500; USMLE Step 2 CK minimum 220.", F{s2Min: 220.0, cx2: 500.0})
	faq("scores", "What is the minimum Step 2 CK score?", "220.", F{s2Min: 220.0})
	faq("scores", "What is the minimum Step 2 CK score?", "We have no minimum.", F{})
	row("scores", "Minimum USMLE scores", "Step 2 CK 220", F{s2Min: 220.0})

	// Attempts.
	for _, s := range []string{
		"No more than one attempt per step.",
		"First attempt passes on all USMLE exams required.",
		"Only one attempt allowed on Step 2 CK.",
		"We do not accept any failures on USMLE.",
		"Failed attempts on USMLE are not acceptable.",
		"Applicants with a fail on any step are not eligible.",
	} {
		stmt("attempts", s, F{attMax: 1.0})
	}
	stmt("attempts", "Passed all USMLE steps in no more than two attempts.", F{attMax: 2.0})
	row("attempts", "USMLE attempts", "1", F{attMax: 1.0})
	row("attempts", "Attempts", "First attempt", F{attMax: 1.0})
	faq("attempts", "Is there an attempt limit?", "Yes, one attempt per step.", F{attMax: 1.0})
	faq("attempts", "Is there an attempt limit?", "No.", F{})

	// USCE.
	for _, s := range []string{
		"US clinical experience: required (minimum 3 months).",
		"USCE of at least 3 months is mandatory.",
	} {
		stmt("usce", s, F{usceReqF: "required", usceMo: 3.0})
	}
	for _, s := range []string{
		"Hands-on USCE required (observerships not accepted).",
		"Applicants should have US clinical experience.",
	} {
		stmt("usce", s, F{usceReqF: "required"})
	}
	for _, s := range []string{"Some US clinical experience is highly desirable.", "US clinical experience is not necessary but recommended."} {
		stmt("usce", s, F{usceReqF: "preferred"})
	}
	for _, s := range []string{"USCE not required.", "No USCE required."} {
		stmt("usce", s, F{usceReqF: "not_required"})
	}
	row("usce", "Prior US clinical experience", "Not required", F{usceReqF: "not_required"})
	faq("usce", "Do I need USCE?", "It is not required.", F{usceReqF: "not_required"})
	faq("usce", "Do I need USCE?", "It is required.", F{usceReqF: "required"})
	faq("usce", "Do I need USCE?", "Yes, at least 3 months of hands-on experience.", F{usceReqF: "required", usceMo: 3.0})
	return cells
}

// gridLeadIns are the fourth round: rules whose modality or polarity comes
// from a lead-in or heading over a list (required, preferred, turned
// away), negations set apart from their verb, and one sentence holding
// several facts.
func gridLeadIns() []gridCell {
	var cells []gridCell
	add := func(fact, name, give string, want F) { cells = append(cells, gridCell{fact, name, give, want}) }
	items := gridItems
	for _, lead := range []string{"Applicants must meet the following criteria:", "Minimum requirements:", "To be considered, applicants need:"} {
		add("yog", lead+" graduated within 3 years", items(lead, "Graduation from medical school within the last 3 years", "ECFMG certification"), F{yogMax: 3.0})
		add("scores", lead+" Step 2 CK 220 or higher", items(lead, "USMLE Step 2 CK score of 220 or higher", "ECFMG certification"), F{s2Min: 220.0})
		add("usce", lead+" 3 months USCE", items(lead, "At least 3 months of US clinical experience", "ECFMG certification"), F{usceReqF: "required", usceMo: 3.0})
		add("attempts", lead+" no more than 2 attempts", items(lead, "No more than 2 attempts on any USMLE step", "ECFMG certification"), F{attMax: 2.0})
		add("visa", lead+" citizen, PR or J-1", items(lead, "US citizenship, permanent residency, or a J-1 visa", "ECFMG certification"), F{j1: true, h1b: false})
	}
	for _, lead := range []string{"Preferred qualifications:", "The following are preferred:", "Strong applicants will have:"} {
		add("yog", lead+" graduation within 3 years", items(lead, "Graduation within the past 3 years", "Research experience"), F{yogPref: 3.0})
		add("usce", lead+" USCE", items(lead, "US clinical experience", "Research experience"), F{usceReqF: "preferred"})
		add("scores", lead+" Step 2 CK 230+", items(lead, "Step 2 CK score of 230 or above", "Research experience"), F{s2Pref: 230.0})
	}
	for _, lead := range []string{"We do not consider applicants with:", "The following applicants will not be considered:"} {
		add("attempts", lead+" more than one attempt", items(lead, "More than one attempt on any USMLE step", "Incomplete applications"), F{attMax: 1.0})
		add("yog", lead+" graduation more than 5 years ago", items(lead, "Graduation more than 5 years ago", "Incomplete applications"), F{yogMax: 5.0})
	}
	for _, s := range []string{
		"We do not, at this time, sponsor H-1B visas.",
		"The program, unfortunately, is not able to sponsor H-1B visas.",
		"H-1B visas, however, are not sponsored.",
		"Unfortunately, H-1B sponsorship is not something we offer.",
	} {
		add("visa", "p: "+s, gridForms[0].wrap(s), F{h1b: false})
	}
	add("visa", "heading over J-1: Yes / H-1B: No", "<h3>Visa Sponsorship</h3><ul><li>J-1: Yes</li><li>H-1B: No</li></ul>"+gridClose, F{j1: true, h1b: false})
	add("visa", "heading Visas over We sponsor J-1 only", "<h3>Visas</h3><p>We sponsor J-1 only.</p>"+gridClose, F{j1: true, h1b: false})
	add("visa", "both, H-1B with a condition", gridForms[0].wrap("Both J-1 and H-1B visas are sponsored, although the H-1B requires Step 3."), F{j1: true, h1b: true})
	add("yog", "recently (within 3 years) required", gridForms[0].wrap("Applicants must have graduated recently (within 3 years)."), F{yogMax: 3.0})
	add("yog", "within 3 years of the Match", gridForms[0].wrap("Applicants must have graduated within 3 years of the Match."), F{yogMax: 3.0})
	add("usce", "USCE (minimum of 3 months) is required", gridForms[0].wrap("US clinical experience (minimum of 3 months) is required."), F{usceReqF: "required", usceMo: 3.0})
	add("scores", "passed on first attempt with scores of 220 or above (scores)", gridForms[0].wrap("All applicants must have passed USMLE Step 1 and Step 2 CK on the first attempt with scores of 220 or above."), F{s1Pass: true, s1Min: 220.0, s2Min: 220.0})
	add("attempts", "passed on first attempt with scores of 220 or above (attempts)", gridForms[0].wrap("All applicants must have passed USMLE Step 1 and Step 2 CK on the first attempt with scores of 220 or above."), F{attMax: 1.0})
	return cells
}

// gridWeighingLeads are the fifth round (session 13): items under a
// lead-in that weighs what selection looks at ("we look for", "strong
// applicants will have", "we consider the following") beside the same
// items under one that calls them preferred. A pass/fail item (a pass, a
// completion, a certification) under a lead-in that weighs is asked; a
// graded one (a score, months, years, the first attempt) stays a
// preference; under a lead-in of preference every item is one; an item's
// own word of preference keeps it one.
func gridWeighingLeads() []gridCell {
	var cells []gridCell
	add := func(fact, name, give string, want F) { cells = append(cells, gridCell{fact, name, give, want}) }
	items := gridItems
	ecfmg := imgfriendly.FieldECFMGDeadline
	for _, lead := range []string{"While reviewing applications we look for:", "Strong applicants will have:",
		"In selecting residents we consider the following:", "The committee looks for candidates with:", "In our applicants we seek:"} {
		// pass/fail items: asked
		add("scores", lead+" successful completion of Step 1", items(lead, "Successful completion of USMLE Step 1", "Research experience"), F{s1Pass: true})
		add("scores", lead+" completion of Steps 1 and 2", items(lead, "Successful completion of USMLE Steps 1 and 2", "Research experience"), F{s1Pass: true})
		add("scores", lead+" a passing score on Step 1 and Step 2 CK", items(lead, "A passing score on Step 1 and Step 2 CK", "Leadership"), F{s1Pass: true})
		add("scores", lead+" Step 1 must be passed", items(lead, "Step 1 must be passed before applying", "Leadership"), F{s1Pass: true})
		add("ecfmg", lead+" ECFMG certification by the rank list deadline", items(lead, "ECFMG certification by the rank list deadline", "Leadership"), F{ecfmg: "rank_list"})
		// the pass asked, its first attempt preferred
		add("scores", lead+" Step 1 passed on the first attempt (scores)", items(lead, "Step 1 passed on the first attempt", "Leadership"), F{s1Pass: true})
		add("attempts", lead+" Step 1 passed on the first attempt (attempts)", items(lead, "Step 1 passed on the first attempt", "Leadership"), F{})
		// graded items: preferences, as the conventions say
		add("scores", lead+" Step 2 CK 230 or above", items(lead, "Step 2 CK score of 230 or above", "Leadership"), F{s2Pref: 230.0})
		add("usce", lead+" three months of USCE", items(lead, "Three months of US clinical experience", "Leadership"), F{usceReqF: "preferred", usceMo: 3.0})
		add("yog", lead+" graduation within 5 years", items(lead, "Graduation within the last 5 years", "Leadership"), F{yogPref: 5.0})
		// the item's own preference
		add("scores", lead+" passing Step 1 is preferred", items(lead, "Passing Step 1 is preferred", "Leadership"), F{})
		add("scores", lead+" ideally a Step 1 pass", items(lead, "Ideally, a pass on USMLE Step 1", "Leadership"), F{})
	}
	for _, lead := range []string{"Preferred qualifications:", "The following are preferred:", "We recommend:"} {
		add("scores", lead+" successful completion of Step 1", items(lead, "Successful completion of USMLE Step 1", "Research experience"), F{})
		add("scores", lead+" a passing score on Step 1", items(lead, "A passing score on Step 1", "Leadership"), F{})
		add("ecfmg", lead+" ECFMG certification by the rank list deadline", items(lead, "ECFMG certification by the rank list deadline", "Leadership"), F{})
		add("scores", lead+" Step 2 CK 230 or above", items(lead, "Step 2 CK score of 230 or above", "Leadership"), F{s2Pref: 230.0})
	}
	// the same items under a lead-in that asks: required
	for _, lead := range []string{"Applicants must have:", "We consider applicants with:"} {
		add("scores", lead+" successful completion of Step 1", items(lead, "Successful completion of USMLE Step 1", "Research experience"), F{s1Pass: true})
		add("ecfmg", lead+" ECFMG certification by the rank list deadline", items(lead, "ECFMG certification by the rank list deadline", "Leadership"), F{ecfmg: "rank_list"})
		add("scores", lead+" Step 2 CK 230 or above", items(lead, "Step 2 CK score of 230 or above", "Leadership"), F{s2Min: 230.0})
	}
	return cells
}

// gridDescribedScopes are the sixth round (session 13): a label's terse
// value ("Step 2 CK: 245", "Attempts | First attempt") under a heading,
// caption or lead-in that describes residents or applicants (their
// average, their profile, the class's figures) is a figure, not the
// program's rule: nothing is read. The same lines under a heading or
// lead-in that asks ("Requirements", "Minimum criteria", "Eligibility"),
// or under a neutral title, or under a heading that asks nested in one
// that describes, still state the rule.
func gridDescribedScopes() []gridCell {
	var cells []gridCell
	add := func(fact, name, give string, want F) { cells = append(cells, gridCell{fact, name, give, want}) }
	lines := func(head string, pairs ...string) string {
		h := head
		for i := 0; i+1 < len(pairs); i += 2 {
			h += "<p><strong>" + pairs[i] + ":</strong> " + pairs[i+1] + "</p>"
		}
		return h + gridClose
	}
	table := func(head, header string, pairs ...string) string {
		h := head + "<table>"
		if header != "" {
			h += "<tr><th>" + strings.ReplaceAll(header, "|", "</th><th>") + "</th></tr>"
		}
		for i := 0; i+1 < len(pairs); i += 2 {
			h += "<tr><td>" + pairs[i] + "</td><td>" + pairs[i+1] + "</td></tr>"
		}
		return h + "</table>" + gridClose
	}
	caption := func(head, capt string, pairs ...string) string {
		h := head + "<table><caption>" + capt + "</caption>"
		for i := 0; i+1 < len(pairs); i += 2 {
			h += "<tr><td>" + pairs[i] + "</td><td>" + pairs[i+1] + "</td></tr>"
		}
		return h + "</table>" + gridClose
	}
	type scope struct {
		name, head string
	}
	describing := []scope{
		{"h2 profile of our current residents", "<h2>Profile of our current residents</h2>"},
		{"h2 class statistics", "<h2>Entering class of 2026 statistics</h2>"},
		{"h3 average scores of matched applicants", "<h2>Residency</h2><h3>Average scores of matched applicants</h3>"},
		{"h2 our interns at a glance", "<h2>Our interns at a glance</h2>"},
		{"h2 class profile", "<h2>Class profile</h2>"},
		{"h2 describing over a neutral h3", "<h2>A look at our current residents</h2><p>We are proud of the people in our program.</p><h3>Board scores</h3>"},
		{"lead-in median", "<h2>Eligibility</h2><p>We accept graduates of any accredited school.</p><p>The median figures for last year's incoming residents were:</p>"},
		{"lead-in typical", "<h2>Our Program</h2><p>Here is what a typical intern in our program brought to the match.</p>"},
	}
	asking := []scope{
		{"h2 requirements", "<h2>Requirements</h2>"},
		{"h2 minimum criteria", "<h2>Minimum criteria</h2>"},
		{"h2 eligibility", "<h2>Eligibility</h2><p>Thank you for your interest in our residency program.</p>"},
		{"h3 neutral board scores", "<h2>Applying</h2><h3>Board scores</h3>"},
		{"h3 requirements under a describing h2", "<h2>Class profile</h2><p>Our residents come from many countries.</p><h3>Requirements to apply</h3>"},
		{"h2 eligibility after a describing h2", "<h2>Profile of our current residents</h2><p>Our residents come from many countries.</p><h2>Eligibility</h2>"},
		{"lead-in must meet", "<h2>Applying</h2><p>Candidates must meet the following:</p>"},
		{"lead-in must meet under a describing h2", "<h2>Our residents at a glance</h2><p>To join them, candidates must meet the following:</p>"},
	}
	for _, sc := range describing {
		add("scores", sc.name+" / colon Step 2 CK: 245", lines(sc.head, "Step 2 CK", "245", "Step 1", "Pass"), F{})
		add("scores", sc.name+" / tr Step 2 CK | 245", table(sc.head, "", "Step 2 CK", "245", "Step 1", "238"), F{})
		add("scores", sc.name+" / tr with header Exam | Score", table(sc.head, "Exam|Score", "USMLE Step 2 CK", "247", "COMLEX Level 2", "590"), F{})
		add("attempts", sc.name+" / colon Attempts: First attempt", lines(sc.head, "USMLE attempts", "First attempt", "Letters", "Three"), F{})
		add("attempts", sc.name+" / tr Attempts | First attempt", table(sc.head, "", "Attempts", "First attempt", "Letters", "Three"), F{})
		add("usce", sc.name+" / colon USCE: Yes, 3 months", lines(sc.head, "USCE", "Yes, 3 months", "Letters", "Three"), F{})
	}
	for _, c := range []struct{ name, capt string }{
		{"caption mean scores", "Mean scores of the incoming class"},
		{"caption our residents", "Our residents, 2025"},
	} {
		add("scores", c.name+" / Step 2 CK | 245", caption("<h2>Our Program</h2>", c.capt, "Step 2 CK", "245", "Step 1", "Pass"), F{})
		add("attempts", c.name+" / Attempts | First attempt", caption("<h2>Our Program</h2>", c.capt, "Attempts", "First attempt"), F{})
	}
	for _, sc := range asking {
		add("scores", sc.name+" / colon Step 2 CK: 225", lines(sc.head, "Step 2 CK", "225", "Step 1", "Pass"), F{s1Pass: true, s2Min: 225.0})
		add("scores", sc.name+" / tr Step 2 CK | 225", table(sc.head, "", "Step 2 CK", "225", "Letters", "Three"), F{s2Min: 225.0})
		add("scores", sc.name+" / tr with header Exam | Score", table(sc.head, "Exam|Score", "USMLE Step 2 CK", "225", "Letters", "Three"), F{s2Min: 225.0})
		add("attempts", sc.name+" / colon Attempts: First attempt", lines(sc.head, "USMLE attempts", "First attempt", "Letters", "Three"), F{attMax: 1.0})
		add("attempts", sc.name+" / tr Attempts | First attempt", table(sc.head, "", "Attempts", "First attempt", "Letters", "Three"), F{attMax: 1.0})
		add("usce", sc.name+" / colon USCE: Yes, 3 months", lines(sc.head, "USCE", "Yes, 3 months", "Letters", "Three"), F{usceReqF: "required", usceMo: 3.0})
	}
	add("scores", "caption minimum scores / Step 2 CK | 225", caption("<h2>Our Program</h2>", "Minimum scores to apply", "Step 2 CK", "225", "Letters", "Three"), F{s2Min: 225.0})
	return cells
}
