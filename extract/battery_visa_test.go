package extract

import (
	"strings"
	"testing"
)

// visaCases turns sentences and their wanted visa facts into battery cases,
// each sentence a paragraph of its own page.
func visaCases(cs []struct {
	s    string
	want F
}) []ruleCase {
	var out []ruleCase
	for _, c := range cs {
		out = append(out, ruleCase{c.s, "<p>" + c.s + "</p>", c.want})
	}
	return out
}

// TestBatteryStatusNamesPeople: a citizenship or residency word that names
// a group — an audience ("requirements for citizens"), the people a noun is
// about ("citizen applicants"), people it excludes ("non-citizens") or a
// count ("forty U.S. citizens") — asks for no status and rules out no visa;
// a status asked for still rules out both.
func TestBatteryStatusNamesPeople(t *testing.T) {
	runBattery(t, visaCases([]struct {
		s    string
		want F
	}{
		{"Requirements for U.S. citizens and permanent residents: the common application and three letters.", F{}},
		{"Requirements for US citizens and lawful permanent residents are listed on the ERAS site.", F{}},
		{"Instructions for permanent residents: upload a copy of your card with the application.", F{}},
		{"This year our interns include 40 U.S. citizens and 12 citizens of other nations.", F{}},
		{"Non-U.S. citizen applicants must send a copy of their passport.", F{}},
		{"US citizen graduates of schools abroad must hold a valid ECFMG certificate.", F{}},
		{"Foreign Graduates and Non-US Citizens Requirements", F{}},
		{"Applicants must be U.S. citizens or permanent residents.", F{j1: false, h1b: false}},
		{"Positions are open for U.S. citizens only.", F{j1: false, h1b: false}},
	}), j1, h1b)
}

// TestBatteryVisaAsSubjectOfInformation: a visa named as the subject of
// information offered ("details about H-1B visas", a page's contents) is
// not a sponsorship statement; a statement beside it still is.
func TestBatteryVisaAsSubjectOfInformation(t *testing.T) {
	runBattery(t, visaCases([]struct {
		s    string
		want F
	}{
		{"On this page you will find information on IMG Support, J-1 Eligibility, the J-1 Application Process and H-1B Visas.", F{}},
		{"For more details about H-1B visas, please write to the GME office.", F{}},
		{"Questions regarding J-1 sponsorship may be sent to our visa coordinator.", F{}},
		{"Learn more about the J-1 and H-1B application process on the ECFMG site.", F{}},
		{"We sponsor J-1 visas; for information about them, see the ECFMG site.", F{j1: true}},
	}), j1, h1b)
}

// TestBatteryApplicantsPreferVisa: a preference whose subject is the
// applicants describes them; the program's own preference still accepts
// the visa. A J-1 waiver is no visa.
func TestBatteryApplicantsPreferVisa(t *testing.T) {
	runBattery(t, visaCases([]struct {
		s    string
		want F
	}{
		{"Most IMGs prefer the H-1B visa, which has no home-return rule.", F{}},
		{"Many applicants prefer the J-1 visa because the ECFMG handles it.", F{}},
		{"After training, physicians may file for a J-1 waiver to stay in the country.", F{}},
		{"Residents who wish to stay must apply for J-1 waivers.", F{}},
		{"We prefer to sponsor J-1 visas.", F{j1: true}},
		{"The J-1 is the preferred visa.", F{j1: true}},
	}), j1, h1b)
}

// TestBatteryVisaFamilyAndPermitted: the H family named by its letter ("H
// type visas", "H visas") is the H-1B, and a visa "permitted" is
// accepted.
func TestBatteryVisaFamilyAndPermitted(t *testing.T) {
	runBattery(t, visaCases([]struct {
		s    string
		want F
	}{
		{`Our department does not sponsor "H" type visas.`, F{h1b: false}},
		{"The program does not sponsor residents for H type visas.", F{h1b: false}},
		{"We do not offer H visas; J-1 applicants are welcome.", F{j1: true, h1b: false}},
		{"H-1B visas are not accepted. J-1 visas are permitted.", F{j1: true, h1b: false}},
		{"J1 visas are permitted for residents of this program.", F{j1: true}},
	}), j1, h1b)
}

// TestBatteryToldNotToApply: applicants told not to apply when they need a
// visa are turned away, so that visa is denied (the "if" names who is
// turned away, it does not suppose a sponsorship); told not to apply
// unless they hold one, the visa admits.
func TestBatteryToldNotToApply(t *testing.T) {
	runBattery(t, visaCases([]struct {
		s    string
		want F
	}{
		{"Please do not apply if you require H-1B sponsorship.", F{h1b: false}},
		{"Please do not submit an application if you need an H1B visa.", F{h1b: false}},
		{"Candidates who will need a J-1 visa should not apply.", F{j1: false}},
		{"We offer a J-1 only; do not apply if you require an H-1B.", F{j1: true, h1b: false}},
		{"Do not apply to our program unless you hold a J-1 visa.", F{j1: true}},
	}), j1, h1b)
}

// TestBatteryVisaLabelOverLines: a label naming visas over one visa a line
// (a flattened directory listing) governs every line of the run, so a bare
// "H-1B visa" line is a visa the program lists; a label that names no visa
// lends nothing. A visa status field whose one line names one visa leaves
// the other out (session 16: oneListedValue), below a line naming it.
func TestBatteryVisaLabelOverLines(t *testing.T) {
	page := func(lines ...string) string {
		var b strings.Builder
		for _, l := range lines {
			b.WriteString("<div>" + l + "</div>\n")
		}
		return b.String()
	}
	runBattery(t, []ruleCase{
		{"status then two lines", page("Program size", "8", "Visa Status", "J-1 visa sponsorship through ECFMG", "H-1B visa", "Part-time faculty", "4"),
			F{j1: true, h1b: true}},
		{"sponsored then two lines", page("Visas sponsored", "J1 visa", "H1B visa", "Night float", "Yes"), F{j1: true, h1b: true}},
		{"one line", page("Visa Status", "H-1B visa", "Call schedule", "q4"), F{h1b: true, j1: false}},
		{"no visa label", page("Benefits", "Meal card", "H-1B visa"), F{}},
	}, j1, h1b)
}

// TestBatteryVisaExampleInParens: a visa given as an example of a word for
// visas ("other visas (e.g., H-1B)") takes that word's reading.
func TestBatteryVisaExampleInParens(t *testing.T) {
	runBattery(t, visaCases([]struct {
		s    string
		want F
	}{
		{"Applicants on a J-1 through ECFMG are welcome. Other visa types (e.g., H1-B) will be considered case by case.", F{j1: true, h1b: true}},
		{"Other visas (such as the H-1B) may be sponsored for exceptional candidates.", F{h1b: true}},
		{"Temporary visas (for example the J-1) are accepted.", F{j1: true}},
	}), j1, h1b)
}

// TestBatteryVisaItemWhereApplicable: a requirement item that is the visa
// itself with the applicants it applies to ("J-1 visa (if applicable)")
// accepts the visa; a bare mention of the visa in a list does not.
func TestBatteryVisaItemWhereApplicable(t *testing.T) {
	runBattery(t, []ruleCase{
		{"if applicable", "<p>Also send:</p><ul><li>Your medical diploma</li><li>J-1 visa (if applicable)</li></ul>", F{j1: true}},
		{"where applicable", "<p>Documents we ask for</p><ul><li>Transcript</li><li>J1 visa (where applicable)</li></ul>", F{j1: true}},
		{"if a graduate abroad, other denied", "<ul><li>Application through ERAS</li><li>J-1 visa if a foreign medical graduate (no H-1B visas accepted)</li></ul>",
			F{j1: true, h1b: false}},
		{"bare in a list", "<ul><li>Transcript</li><li>J-1 visa</li><li>CV</li></ul>", F{}},
	}, j1, h1b)
}

// TestBatteryEligibleVisaUnderLeadIn: eligibility for a visa asked of the
// applicant — an item under a lead-in of requirement (with or without its
// colon) or "must be eligible for" — accepts it; sibling status items
// still deny the visas nobody named.
func TestBatteryEligibleVisaUnderLeadIn(t *testing.T) {
	runBattery(t, []ruleCase{
		{"lead without colon", "<p>Applicants from abroad must fit one of the following categories</p><ul><li>Eligible to obtain a J-1 visa</li><li>Permanent resident</li></ul>",
			F{j1: true, h1b: false}},
		{"lead with colon", "<p>Candidates must meet one of these:</p><ul><li>Eligible to seek J1 status</li><li>U.S. citizen</li></ul>",
			F{j1: true, h1b: false}},
		{"must be eligible", "<p>International graduates must be eligible for an H-1B visa.</p>", F{h1b: true}},
	}, j1, h1b)
}

// TestBatteryEllipticAnswer: an answer that is only a subject and an
// auxiliary answers the question's verb: "We do not." is a No, "We do."
// a Yes.
func TestBatteryEllipticAnswer(t *testing.T) {
	faq := func(q, a string) string { return "<h3>" + q + "</h3><p>" + a + "</p>" }
	runBattery(t, []ruleCase{
		{"unfortunately we do not", faq("Do you sponsor H-1B visas?", "Unfortunately, we do not."), F{h1b: false}},
		{"the program cannot", faq("Does the program sponsor J-1 visas?", "The program cannot at this time."), F{j1: false}},
		{"we do", faq("Do you accept J1 visas?", "We do."), F{j1: true}},
		{"visas in general", faq("Do you sponsor visas?", "Currently, we do not."), F{j1: false, h1b: false}},
	}, j1, h1b)
}

// TestBatteryVisaExceptedFromDenial: a visa a denial makes an exception of
// ("no visas other than the J-1") is accepted, the others denied.
func TestBatteryVisaExceptedFromDenial(t *testing.T) {
	runBattery(t, visaCases([]struct {
		s    string
		want F
	}{
		{"We do not sponsor any visas other than the J-1 through ECFMG.", F{j1: true, h1b: false}},
		{"No visa types are sponsored apart from the H-1B.", F{j1: false, h1b: true}},
	}), j1, h1b)
}

// TestBatteryOtherKindBeforeVisaWord: a denial whose "visas" are qualified by
// another kind of visa ("TN visas", "F-1 visas") denies that kind, not the
// J-1 or H-1B.
func TestBatteryOtherKindBeforeVisaWord(t *testing.T) {
	runBattery(t, visaCases([]struct {
		s    string
		want F
	}{
		{"We take J-1 physicians. TN visas cannot be used for residency training here.", F{j1: true}},
		{"Student (F-1) visas are not sponsored; F-1 visas are not permitted for residents.", F{}},
		{"Visas are not permitted for our trainees.", F{j1: false, h1b: false}},
	}), j1, h1b)
}
