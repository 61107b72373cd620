package extract

import (
	"fmt"
	"net/url"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The eligibility batteries of session 8, written in the team's own words
// before the rules that read them (issue 11). Cases not read right yet are
// named in knownS8Misses (see runKnownBattery).

// knownS8Misses are the session-8 battery cases not read right yet.
var knownS8Misses = map[string]bool{}

// TestBatteryObservershipCompound: an observership named as the kind of
// an experience ("observership experience", "observership rotations",
// "shadowing experience") takes what is denied of the compound: "is not
// accepted", "does not count", "will not be counted", "does not qualify"
// say observerships do not count as US clinical experience. Near misses:
// the same compound accepted or counted, a program that does not offer
// observerships, observerships that are not required.
func TestBatteryObservershipCompound(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	add("Observership experience is not accepted.", F{obsOK: false})
	add("Observership experience does not count toward the USCE requirement.", F{obsOK: false})
	add("Observership rotations will not be counted.", F{obsOK: false})
	add("Shadowing experience does not qualify.", F{obsOK: false})
	add("Observership experience is not considered US clinical experience.", F{obsOK: false})
	add("Observership experience is not accepted; we require three months of hands-on US clinical experience.", F{obsOK: false, usceReqF: "required", usceMo: 3.0})
	add("We do not accept observership experience.", F{obsOK: false})
	add("We don't accept observerships as US clinical experience.", F{obsOK: false})
	add("The program does not accept shadowing as clinical experience.", F{obsOK: false})
	cases = append(cases, ruleCase{"label: observership experience not accepted", "<p>US clinical experience: observership experience not accepted</p>", F{obsOK: false}})
	// near misses
	add("Observership experience is accepted.", F{obsOK: true})
	add("Observership experience counts toward the requirement.", F{obsOK: true})
	add("We do not offer observership experience.", F{})
	add("Observership experience is not required.", F{})
	add("We do not accept applicants without hands-on experience; observerships are fine.", F{})
	add("We cannot accept observers in our clinics.", F{})
	runKnownBattery(t, cases, knownS8Misses, usceReqF, usceMo, obsOK)
}

// TestBatteryGraduationAsCondition: years since graduation that say who is
// exempt from another fact's rule ("USCE is required unless you graduated
// less than two years ago", "except for applicants who graduated in the
// past 2 years", "not required if you graduated within the past two
// years") are that rule's condition, not a graduation limit; the other
// rule is read as before. Near misses: a graduation limit beside another
// rule, a condition whose consequence turns the applicant away, a
// graduation limit with an exception of its own, a condition after a
// semicolon's other rule.
func TestBatteryGraduationAsCondition(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	add("US clinical experience is required unless you graduated less than two years ago.", F{usceReqF: "required"})
	add("We require US clinical experience unless you graduated less than two years ago.", F{usceReqF: "required"})
	add("Except for applicants who graduated in the past 2 years, US clinical experience is mandatory.", F{usceReqF: "required"})
	add("Unless you graduated within the last two years, hands-on US clinical experience is required.", F{usceReqF: "required"})
	add("US clinical experience is not required if you graduated within the past two years.", F{usceReqF: "not_required"})
	add("For applicants who graduated within the last 2 years, US clinical experience is not required.", F{usceReqF: "not_required"})
	add("A Step 2 CK score of 230 is required unless you graduated within the last year.", F{s2Min: 230.0})
	// near misses
	add("Applicants must have graduated within the last two years; US clinical experience is required.", F{yogMax: 2.0, usceReqF: "required"})
	add("US clinical experience is required, and you must have graduated less than two years ago.", F{yogMax: 2.0, usceReqF: "required"})
	add("Unless you graduated within the past 3 years, you are not eligible.", F{yogMax: 3.0})
	add("Applicants who graduated more than 5 years ago will not be considered.", F{yogMax: 5.0})
	add("We accept J-1 visas; applicants are eligible if they graduated within the past 3 years.", F{j1: true, yogMax: 3.0})
	add("We consider applicants only if they graduated within the past three years.", F{yogMax: 3.0})
	runKnownBattery(t, cases, knownS8Misses, j1, h1b, yogMax, yogPref, yogNone, usceReqF, usceMo, s2Min)
}

// TestBatteryNotApplicantsRule: a visa, a graduation limit or US clinical
// experience named in a rule that is not the program's for its applicants
// states nothing: the rule of another regime (Selective Service
// registration, the J-1 waiver and its service in an underserved area,
// what physicians do after residency), an advocacy statement (an
// association urging Congress, supporting or opposing visas for
// physicians), a medical school speaking of its own students or graduates,
// and a heading that names such a regime over the text. Near misses: the
// program's own sponsorship beside its residents' waivers, a program's
// sentence about its residents' visas, a student applicant's rule, the
// same words in a requirement of the program.
func TestBatteryNotApplicantsRule(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	// another regime
	add("Men who hold a non-immigrant visa, such as an F-1, J-1 or H-1B visa, are not required to register with Selective Service.", F{})
	add("Selective Service registration does not apply to physicians in J-1 or H-1B status.", F{})
	add("After residency, physicians on a J-1 visa must serve three years in an underserved area to obtain a waiver of the home residence requirement.", F{})
	add("Waiver physicians work for three years in an underserved area on an H-1B visa.", F{})
	add("Physicians who completed their residency on a J-1 visa must return home for two years unless they obtain a waiver.", F{})
	cases = append(cases, ruleCase{"heading: Conrad 30", "<h2>Conrad 30 Program</h2><p>The physician must work full time for three years on an H-1B visa and must have completed training within the last year.</p>", F{}})
	cases = append(cases, ruleCase{"heading: Selective Service", "<h2>Selective Service</h2><p>Men in the United States on a J-1 or H-1B visa are exempt.</p>", F{}})
	// advocacy
	add("The Association urges Congress to expand the Conrad 30 program and supports H-1B visas for physicians.", F{})
	add("The Society opposes any pause in processing J-1 visas for physicians who have matched.", F{})
	add("We advocate for legislation that would let residents on H-1B visas change employers.", F{})
	add("The AMA urged the State Department to resume processing J-1 visas for physicians.", F{})
	add("The college called for an exemption of H-1B physicians from the new fee.", F{})
	// a program that urges its applicants keeps its rule: a preference (session 9: urging prefers)
	add("We strongly urge applicants to complete at least three months of US clinical experience.", F{usceReqF: "preferred", usceMo: 3.0})
	// a school's students and graduates
	add("Our graduates who are not US citizens need a J-1 or H-1B visa to train in a US residency program.", F{})
	add("Most of our students obtain a J-1 visa sponsored by ECFMG for residency.", F{})
	add("Our graduates must complete at least 12 weeks of clinical rotations in US hospitals.", F{})
	add("We recommend that students complete at least 12 weeks of clinical rotations in US hospitals.", F{})
	add("Students who wish to train in the United States will need a J-1 visa.", F{})
	// near misses
	add("We sponsor J-1 visas; our residents apply for waivers after training.", F{j1: true})
	add("Our residents hold J-1 or H-1B visas.", F{j1: true, h1b: true})
	add("The program sponsors H-1B visas for applicants who have passed Step 3.", F{h1b: true})
	add("Applicants must have graduated within the last 3 years and must hold a J-1 visa.", F{yogMax: 3.0, j1: true})
	add("We require three months of US clinical experience.", F{usceReqF: "required", usceMo: 3.0})
	add("Applicants who are still medical students must have passed Step 1; we sponsor J-1 visas.", F{j1: true})
	add("Medical students and graduates must have three months of US clinical experience.", F{usceReqF: "required", usceMo: 3.0})
	add("Our graduates who apply to our program must hold a J-1 visa.", F{j1: true})
	add("Our students must have graduated within the past year to apply to the residency.", F{yogMax: 1.0})
	runKnownBattery(t, cases, knownS8Misses, j1, h1b, yogMax, yogPref, yogNone, usceReqF, usceMo)
}

// TestNotResidencyPageOtherRegime: a page of another regime, by its
// address or title (Selective Service, a J-1 waiver, the Conrad 30
// program), states no rule of a residency; a residency's page whose title
// names waivers besides the residency still does.
func TestNotResidencyPageOtherRegime(t *testing.T) {
	body := "<title>%s</title><p>We sponsor J-1 visas for physicians who must have completed training within the last year.</p>"
	for _, tc := range []struct {
		url, title string
		want       F
	}{
		{"https://health.example.gov/primary-care/conrad30", "Conrad 30 Program", F{}},
		{"https://gme.example.edu/selective-service", "Registration", F{}},
		{"https://www.example.gov/j1-visa-waiver", "J-1 Visa Waiver Program", F{}},
		{"https://www.example.edu/medicine/residency/visas", "Residency visas and waivers", F{j1: true}},
		{"https://www.example.edu/medicine/residency/faq", "Frequently asked questions", F{j1: true}},
	} {
		u, _ := url.Parse(tc.url)
		pf, err := Page([]byte(fmt.Sprintf(body, tc.title)), u, WithRunDate(goldenRunDate))
		if err != nil {
			t.Fatal(err)
		}
		got := F{}
		for _, f := range pf.Facts {
			got[f.Field] = factValue(f)
		}
		if d := cmp.Diff(tc.want, only(got, j1, h1b)); d != "" {
			t.Errorf("%s %q (-want +got):\n%s", tc.url, tc.title, d)
		}
	}
}

// TestBatteryLicenceRule: a rule whose purpose or author is a state
// licence ("To obtain a medical license in Texas, applicants must have
// graduated within the last 7 years", "The state medical board requires
// …", "… for a training permit") is the board's, not the program's: no
// graduation limit, visa or US clinical experience of the program. Near
// misses: the program's own limit beside eligibility for a licence, in
// either order, and a licence named after a semicolon.
func TestBatteryLicenceRule(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	add("To obtain a medical license in Texas, applicants must have graduated within the last 7 years.", F{})
	add("The state requires that applicants have graduated from medical school within the past 7 years.", F{})
	add("The Texas Medical Board requires graduation within seven years for a training permit.", F{})
	add("State licensure requires that international graduates complete six months of US clinical experience.", F{})
	add("To be eligible for a training license, foreign graduates must hold a J-1 or H-1B visa.", F{})
	add("In order to be licensed in this state, graduates must have completed three months of clinical rotations in the United States.", F{})
	// near misses
	add("Applicants must have graduated within 7 years and be eligible for a Texas training license.", F{yogMax: 7.0})
	add("Applicants must be eligible for a license in Ohio; graduation within 5 years is required.", F{yogMax: 5.0})
	add("We sponsor J-1 visas; a training license is issued by the state board.", F{j1: true})
	add("We require at least three months of US clinical experience; all residents must obtain a training license.", F{usceReqF: "required", usceMo: 3.0})
	runKnownBattery(t, cases, knownS8Misses, j1, h1b, yogMax, yogPref, yogNone, usceReqF, usceMo)
}

// TestBatteryVisaDocuments: visas named as documents to bring or present
// (a J-1 with its DS-2019, an H-1B approval notice, an I-94) in an
// onboarding or appointment list say what a new resident shows, not what
// the program sponsors. Near misses: the program that sponsors a visa and
// names its form, ECFMG's sponsorship with the form it issues, a visa
// named with no form.
func TestBatteryVisaDocuments(t *testing.T) {
	var cases []ruleCase
	add := func(s string, want F) { cases = append(cases, ruleCase{s, "<p>" + s + "</p>", want}) }
	cases = append(cases, ruleCase{"onboarding list", list("All incoming residents must bring the following original documents to orientation:",
		"Social Security card", "Permanent resident card, or J-1 visa with DS-2019, or H-1B approval notice (I-797) with I-94"), F{}})
	add("Residents must present one of the following before starting: US passport, permanent resident card, J-1 visa documents (DS-2019), or H-1B visa documents (I-797).", F{})
	add("Bring your passport, your I-94 record and your J-1 or H-1B visa to the GME office.", F{})
	add("Copies of immigration documents (H-1B approval notice, J-1 DS-2019, EAD card) are due before July 1.", F{})
	// near misses
	add("The program sponsors H-1B visas and files the I-797 petition for the resident.", F{h1b: true})
	add("ECFMG sponsors the J-1 visa and issues the DS-2019 form.", F{j1: true})
	add("We accept J-1 visas; J-1 physicians receive a DS-2019 from ECFMG.", F{j1: true})
	add("Residents may hold J-1 or H-1B visas.", F{j1: true, h1b: true})
	runKnownBattery(t, cases, knownS8Misses, j1, h1b)
}
