package extract

import (
	"strings"
	"testing"
)

// The USCE and visa batteries of session 4: phrasing classes studied on
// real program pages, each written here in the team's own words.

// qaHTML is a question and its answer as a definition list.
func qaHTML(q, a string) string { return "<dl><dt>" + q + "</dt><dd>" + a + "</dd></dl>" }

// TestBatteryUSCEResearchIsNotClinical: research in the United States is
// not clinical experience there, alone or under a question about USCE;
// clinical work coordinated with research still is.
func TestBatteryUSCEResearchIsNotClinical(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, s, want}) }
	for _, s := range []string{
		"Prior research experience in an American laboratory is an asset.",
		"Research experience in the United States is strongly preferred.",
		"Two years of research experience in the U.S. will strengthen an application.",
	} {
		add("<p>"+s+"</p>", F{})
	}
	for _, a := range []string{
		"Research in the U.S. is looked upon favorably.",
		"U.S. research is welcome but is not a requirement.",
	} {
		add(qaHTML("Do you require US clinical experience?", a), F{})
	}
	add("<p>A year or more of clinical or research experience in the US is required.</p>", F{usceReqF: "required", usceMo: 12.0})
	add("<p>Candidates with US research or clinical experience are preferred.</p>", F{usceReqF: "preferred"})
	add(qaHTML("Do you require US clinical experience?", "It is not required, but US clinical experience is preferred."), F{usceReqF: "preferred"})
	runBattery(t, cases, usceReqF, usceMo)
}

// TestBatteryReasonAfterRule: a reason given for a rule ("… because
// training abroad usually differs") describes, and its words of
// description or preference are not the rule's modality; a reason opening
// the sentence is read the same way. A rule that describes stays no rule.
func TestBatteryReasonAfterRule(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	add("At least one year of hands-on clinical training in the United States is required, since training abroad usually differs.", F{usceReqF: "required", usceMo: 12.0})
	add("Three months of US clinical experience are required because programs abroad typically teach differently.", F{usceReqF: "required", usceMo: 3.0})
	add("Because practice abroad generally differs, applicants need two months of clinical experience in the US.", F{usceReqF: "required", usceMo: 2.0})
	add("We require 12 weeks of US clinical rotations since most schools abroad ideally teach differently.", F{usceReqF: "required", usceMo: 2.8})
	add("Applicants typically have three months of US clinical experience.", F{})
	add("US clinical experience since graduation is usually expected of our applicants.", F{})
	runBattery(t, cases, usceReqF, usceMo)
}

// TestBatteryVisaListsAndNonCitizens: visas named as what the visas are
// ("Typical visas are J-1 (…) and H-1B (…)") are accepted; a negated
// sponsorship of non-citizens is a negated sponsorship ("cannot sponsor
// non-permanent residents for visas"), and applicants needing a visa
// turned away by a negated admission verb deny that visa.
func TestBatteryVisaListsAndNonCitizens(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	add("Typical visas are J-1 (through ECFMG) and H-1B (requires Step 3).", F{j1: true, h1b: true})
	add("The usual visas are the J1 (ECFMG) and the H1B (Step 3 passed).", F{j1: true, h1b: true})
	add("Visa types include J-1 and H-1B.", F{j1: true, h1b: true})
	add("We cannot sponsor non-permanent residents for visas.", F{j1: false, h1b: false})
	add("The hospital is unable to sponsor non-US citizens for H-1B visas.", F{h1b: false})
	add("The program does not sponsor non-citizens for visas, although ECFMG J-1 visas are accepted.", F{j1: true, h1b: false})
	add("Applicants who are not US citizens must hold a J-1 visa.", F{j1: true})
	add("We cannot consider candidates who need H-1B visas.", F{h1b: false})
	add("We do not accept international graduates who require an H-1B visa.", F{h1b: false})
	add("We do not review IMGs who need H-1B sponsorship.", F{h1b: false})
	runBattery(t, cases, j1, h1b)
}

// TestBatteryUSCELengthOfStudy: a length of schooling or training in the
// United States ("one year of formal medical education in the US") is
// clinical experience there of that length; a whole degree, a residency
// year or an ACGME program year is not.
func TestBatteryUSCELengthOfStudy(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	add("We require one year of formal medical education in the United States.", F{usceReqF: "required", usceMo: 12.0})
	add("Applicants need six months of supervised training in a U.S. hospital.", F{usceReqF: "required", usceMo: 6.0})
	add("Eight weeks of practical training in an American clinic is preferred.", F{usceReqF: "preferred", usceMo: 1.8})
	add("At least 3 months of prior training in the USA is mandatory for IMGs.", F{usceReqF: "required", usceMo: 3.0})
	add("Four years of medical education in the United States is required.", F{})
	add("One year of residency training in the US is required.", F{})
	add("Applicants must have completed one year of training in a US ACGME program.", F{})
	add("Our residents complete 3 years of training in the US.", F{})
	runBattery(t, cases, usceReqF, usceMo)
}

// TestBatteryLeadInOwnSentence: the sentence that opens a list lends it its
// modality, not a sentence of praise or preference before it in the same
// paragraph.
func TestBatteryLeadInOwnSentence(t *testing.T) {
	var cases []ruleCase
	for _, praise := range []string{
		"Strong applications from international graduates are warmly welcomed and preferred.",
		"Highly competitive international applicants are encouraged to apply.",
	} {
		for _, item := range []string{"Sufficient clinical experience in the United States", "Two months of US clinical experience"} {
			s := "<p>" + praise + " The following is required of every international applicant:</p><ul><li>ECFMG certification</li><li>" + item + "</li></ul>"
			want := F{usceReqF: "required"}
			if strings.HasPrefix(item, "Two") {
				want[usceMo] = 2.0
			}
			cases = append(cases, ruleCase{s, s, want})
		}
	}
	s := "<p>We welcome international graduates. The following are preferred:</p><ul><li>US clinical experience</li></ul>"
	cases = append(cases, ruleCase{s, s, F{usceReqF: "preferred"}})
	runBattery(t, cases, usceReqF, usceMo)
}

// TestBatteryScoreLabelChainsToExamsOnly: a score label ("Minimum scores:
// None") continues the label of an exam before it, never that of another
// topic ("USCE recency"), whose rule it would contradict.
func TestBatteryScoreLabelChainsToExamsOnly(t *testing.T) {
	row := func(l, v string) string { return "<tr><th>" + l + "</th><td>" + v + "</td></tr>" }
	var cases []ruleCase
	for _, v := range []string{"three months required", "3 months minimum"} {
		s := "<table>" + row("USCE", v) + row("USCE recency", "Within the last 2 years") + row("Minimum scores", "None") + "</table>"
		cases = append(cases, ruleCase{s, s, F{usceReqF: "required", usceMo: 3.0}})
		s = "<p>USCE: " + v + "</p><p>USCE recency: within the last 2 years</p><p>Minimum scores: None</p>"
		cases = append(cases, ruleCase{s, s, F{usceReqF: "required", usceMo: 3.0}})
	}
	runBattery(t, cases, usceReqF, usceMo)
}

// TestBatteryVisaGroupsAndWarnings: the H visa category is H-1B; applicants
// told not to apply when they need a visa are turned away (the visa is
// denied); requirements addressed to citizens and permanent residents rule
// no visa out.
func TestBatteryVisaGroupsAndWarnings(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	add(`Per institutional policy, this department does not sponsor trainees for "H" type visas.`, F{h1b: false})
	add("The hospital does not sponsor H visas for residents.", F{h1b: false})
	add("Please do not apply if you need an H-1B visa.", F{h1b: false})
	add("Do not submit an application if you require an H visa; we offer J-1 visas only.", F{j1: true, h1b: false})
	add("Please do not submit an application to our program if you will need H-1B sponsorship.", F{h1b: false})
	add("Requirements for U.S. citizens and permanent residents: the common application form.", F{})
	add("Application instructions for permanent residents and citizens: apply through ERAS.", F{})
	add("Applicants must be US citizens or permanent residents.", F{j1: false, h1b: false})
	runBattery(t, cases, j1, h1b)
}

// TestBatteryUSCERangesHelpAndLack: a range of months or weeks is its low
// end; "helpful" and "we value" prefer; applicants lacking the experience
// turned away make it required; "What visas do you accept?" answered by a
// bare visa name accepts it.
func TestBatteryUSCERangesHelpAndLack(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	add("We require 2-3 months of US clinical experience.", F{usceReqF: "required", usceMo: 2.0})
	add("Three to six months of hands-on clinical experience in the US is strongly preferred.", F{usceReqF: "preferred", usceMo: 3.0})
	add("Applicants need 8–12 weeks of clinical rotations in American hospitals.", F{usceReqF: "required", usceMo: 1.8})
	add("U.S. clinical experience is helpful but not required.", F{usceReqF: "preferred"})
	add("We highly value clinical experience in the United States.", F{usceReqF: "preferred"})
	add("Applicants lacking US clinical experience will not be considered.", F{usceReqF: "required"})
	add("Candidates who lack hands-on experience in a U.S. hospital are not eligible.", F{usceReqF: "required"})
	cases = append(cases, ruleCase{"qa", qaHTML("Is US clinical experience required?", "Not necessarily, but it is helpful."), F{usceReqF: "preferred"}})
	runBattery(t, cases, usceReqF, usceMo)

	cases = nil
	// the answer to "which visas" is the list: the one named leaves the other
	// out (TestBatteryVisaAnswerNamesOne, TestBatteryWhichVisasOneNamed)
	cases = append(cases, ruleCase{"bare visa answer", qaHTML("What visas do you accept?", "J-1."), F{j1: true, h1b: false}})
	cases = append(cases, ruleCase{"two visas answer", qaHTML("What types of visas do you sponsor?", "J1 and H1B."), F{j1: true, h1b: true}})
	runBattery(t, cases, j1, h1b)
}
