package extract

import (
	"net/url"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Session 6 visa classes, from the misses of the released held-out sets
// (dev7, dev7b) and of every earlier set, written in the team's own words
// before the rules that read them: what a visa sentence is about (another
// population, another process, what a visa itself permits, whether an
// applicant needs one), how far an "only" and a negation reach, a visa
// excepted from a refused list, a refusal limited to one track, and a
// lead-in that admits applicants with the statuses its items name. Cases
// not read right yet are named in knownVisa6Misses (see runKnownBattery).

// knownVisa6Misses are the session-6 battery cases not read right yet.
var knownVisa6Misses = map[string]bool{}

// TestBatteryVisa6WhatTheVisaAllows: a visa that is the subject of a
// negated verb with an object of its own ("the J-1 does not allow
// moonlighting") states what the visa permits, not what the program
// sponsors; a visa that is itself refused ("H-1B visas are not allowed")
// stays false.
func TestBatteryVisa6WhatTheVisaAllows(t *testing.T) {
	runKnownBattery(t, visaCases([]struct {
		s    string
		want F
	}{
		{"The J-1 visa does not allow residents to moonlight.", F{}},
		{"The institution's J-1 program does not permit participants to enter a clinical residency.", F{}},
		{"The university's J-1 program won't allow its participants to take up clinical training.", F{}},
		{"H-1B status does not allow work for a second employer.", F{}},
		{"A J1 visa doesn't permit paid work outside the training program.", F{}},
		{"H-1B visas are not allowed.", F{h1b: false}},
		{"The program does not allow H-1B visas.", F{h1b: false}},
		{"J-1 visas will not be sponsored by the department.", F{j1: false}},
		{"H1B: not offered.", F{h1b: false}},
	}), knownVisa6Misses, j1, h1b)
}

// TestBatteryVisa6OtherPopulation: visas a university handles for its
// faculty, staff, employees, scholars or researchers are not the
// residency's sponsorship; a sentence that also names residents or
// trainees still speaks for them.
func TestBatteryVisa6OtherPopulation(t *testing.T) {
	runKnownBattery(t, visaCases([]struct {
		s    string
		want F
	}{
		{"The Office of International Scholars files H-1B petitions for faculty and staff.", F{}},
		{"Faculty members and postdoctoral researchers who need an H-1B should contact Human Resources.", F{}},
		{"Our immigration services office processes H-1B, O-1 and TN petitions for university employees.", F{}},
		{"Employees hired into research positions may be sponsored for the H1B by the university.", F{}},
		{"We sponsor H-1B visas for residents and fellows; petitions for faculty are filed by HR.", F{h1b: true}},
		{"H-1B sponsorship is available to our residents as it is to faculty.", F{h1b: true}},
	}), knownVisa6Misses, j1, h1b)
}

// TestBatteryVisa6NoVisaNeeded: that citizens or permanent residents need
// no visa says nothing of sponsorship; a program refusing sponsorship, or
// turning away those who need it, still rules the visas out.
func TestBatteryVisa6NoVisaNeeded(t *testing.T) {
	runKnownBattery(t, visaCases([]struct {
		s    string
		want F
	}{
		{"U.S. citizens and green card holders do not need a visa to train here.", F{}},
		{"If you hold permanent residency you don't need visa sponsorship.", F{}},
		{"Canadian citizens do not require a visa to attend an interview.", F{}},
		{"A visa is not needed for applicants who are permanent residents.", F{}},
		{"We do not sponsor visas.", F{j1: false, h1b: false}},
		{"Applicants who need visa sponsorship will not be considered.", F{j1: false, h1b: false}},
	}), knownVisa6Misses, j1, h1b)
}

// TestBatteryVisa6RegardlessOfStatus: a status named by "regardless of"
// or "irrespective of" asks for none; a status required still rules the
// visas out.
func TestBatteryVisa6RegardlessOfStatus(t *testing.T) {
	runKnownBattery(t, visaCases([]struct {
		s    string
		want F
	}{
		{"Every applicant, regardless of citizenship, must submit a copy of the medical diploma.", F{}},
		{"Step 3 must be passed by all trainees (regardless of citizenship) before the second year.", F{}},
		{"Applications are reviewed irrespective of citizenship.", F{}},
		{"Applicants must hold U.S. citizenship.", F{j1: false, h1b: false}},
	}), knownVisa6Misses, j1, h1b)
}

// TestBatteryVisa6OnlyAcrossABreak: an "only" closed off by a parenthesis
// or a comma limits the words before the break ("new interns only"), not
// a visa after it; an "only" joined to the visa is still exclusive.
func TestBatteryVisa6OnlyAcrossABreak(t *testing.T) {
	runKnownBattery(t, visaCases([]struct {
		s    string
		want F
	}{
		{"After the contract is signed (new interns only), J-1 holders receive their DS-2019.", F{j1: true}},
		{"Forms are due in June for first-year residents only, and J-1 visa holders also send a passport copy.", F{j1: true}},
		{"Orientation is for incoming residents only; J1 holders attend a second session.", F{j1: true}},
		{"We accept only J-1 visas.", F{j1: true, h1b: false}},
		{"We sponsor J-1 visas only.", F{j1: true, h1b: false}},
		{"Only the H-1B is sponsored.", F{j1: false, h1b: true}},
	}), knownVisa6Misses, j1, h1b)
}

// TestBatteryVisa6NewSubjectEndsNegation: a negation does not reach past a
// comma that opens a clause with a subject and a modal verb of its own
// ("…, the applicant would need a J-1 of their own").
func TestBatteryVisa6NewSubjectEndsNegation(t *testing.T) {
	runKnownBattery(t, visaCases([]struct {
		s    string
		want F
	}{
		{"Dependent J-2 visas are not accepted by the hospital, the applicant would need a J-1 of their own.", F{j1: true}},
		{"We do not take J-2 spouses for training, such candidates must obtain their own J-1.", F{j1: true}},
		{"H-4 dependents are not eligible, each resident must hold an H-1B.", F{h1b: true}},
		{"Not offered to spouses by the hospital, the resident would have to obtain a separate J1.", F{j1: true}},
		{"Not accepted by the hospital, the applicant would have to get a J-1 of their own.", F{j1: true}},
		{"We do not sponsor the H-1B, J-1 only.", F{j1: true, h1b: false}},
		{"We do not accept H-1B or J-1 visas.", F{j1: false, h1b: false}},
	}), knownVisa6Misses, j1, h1b)
}

// TestBatteryVisa6ExceptedItem: an item under a refusing lead-in that
// refuses every visa but one ("We do not offer:" "Visas other than J-1")
// accepts that one and refuses the others; a visa named bare there is
// refused.
func TestBatteryVisa6ExceptedItem(t *testing.T) {
	runKnownBattery(t, []ruleCase{
		{"other than j1", list("We do not offer:", "Visas other than the J-1", "Away rotations"), F{j1: true, h1b: false}},
		{"except h1b", list("The following are not sponsored:", "any visa except H-1B"), F{j1: false, h1b: true}},
		{"besides j1", list("Our program cannot support:", "visa types besides J1 through ECFMG"), F{j1: true, h1b: false}},
		{"bare h1b", list("We do not offer:", "H-1B visas"), F{h1b: false}},
		{"bare j1 among others", list("We do not offer:", "Observerships", "J-1 visas"), F{j1: false}},
	}, knownVisa6Misses, j1, h1b)
}

// TestBatteryVisa6HeadingNamesOthers: a heading naming a category of
// visas ("Visas other than J-1") states nothing; what is under it speaks.
func TestBatteryVisa6HeadingNamesOthers(t *testing.T) {
	runKnownBattery(t, []ruleCase{
		{"heading, h1b sponsored", "<h3>Visas other than J-1</h3><p>The H-1B visa is sponsored for candidates who have passed Step 3.</p>", F{h1b: true}},
		{"heading, h1b case by case", "<h3>Non-J-1 visa options</h3><p>H1B visas are considered case by case.</p>", F{h1b: true}},
		{"heading alone", "<h3>Visas other than J1</h3><p>Contact the GME office for an appointment.</p>", F{}},
	}, knownVisa6Misses, j1, h1b)
}

// TestBatteryVisa6SubgroupRefusal: a refusal that continues a visa
// accepted and names one track or group ("…; not available for
// transitional year residents", "but not for fellowship positions") is an
// exception; a refusal naming the other visa refuses it.
func TestBatteryVisa6SubgroupRefusal(t *testing.T) {
	runKnownBattery(t, visaCases([]struct {
		s    string
		want F
	}{
		{"We sponsor H-1B visas, but not for fellowship positions.", F{h1b: true}},
		{"J-1 visas are accepted; not available to preliminary interns.", F{j1: true}},
		{"The J-1 is supported, though not for the transitional year program.", F{j1: true}},
		{"J-1 visas are accepted; H-1B visas are not.", F{j1: true, h1b: false}},
		{"We sponsor J-1 visas but not H-1B.", F{j1: true, h1b: false}},
	}), knownVisa6Misses, j1, h1b)
}

// TestBatteryVisa6AdmittingLeadIn: a lead-in saying whom the program
// considers or accepts ("Our program considers applications from
// individuals with:") makes its items requirements: statuses alone rule
// both visas out, a named visa among them is accepted and the other not,
// and a visa of any kind among them rules none out.
func TestBatteryVisa6AdmittingLeadIn(t *testing.T) {
	runKnownBattery(t, []ruleCase{
		{"considers, statuses", list("Our program considers applications from individuals with:", "Graduation within the past three years",
			"United States citizenship or permanent residency"), F{j1: false, h1b: false}},
		{"accepts, statuses", list("We accept applicants who have:", "US citizenship or a green card", "Strong board scores"), F{j1: false, h1b: false}},
		{"interviews, status", list("We interview candidates with the following:", "Permanent resident status or citizenship"), F{j1: false, h1b: false}},
		{"considers, j1 among statuses", list("Our program considers applications from individuals with:", "Citizenship, permanent residency or a J-1 visa"),
			F{j1: true, h1b: false}},
		{"considers, any visa", list("Our program considers applications from individuals with:", "A valid visa or U.S. citizenship"), F{}},
		{"considers, places", list("We consider applicants from:", "Any US state", "Canada"), F{}},
	}, knownVisa6Misses, j1, h1b)
}

// TestBatteryVisa6AgencyIsNoStatus: the federal agency "U.S. Citizenship
// and Immigration Services" names no citizenship, so it lists no status
// beside a visa and asks for none. (Found validating the session's rules
// on unlabelled university pages, with the rule.)
func TestBatteryVisa6AgencyIsNoStatus(t *testing.T) {
	runKnownBattery(t, visaCases([]struct {
		s    string
		want F
	}{
		{"At the discretion of U.S. Citizenship and Immigration Services, an H-1B petition may be approved for three years.", F{}},
		{"Trainees must obtain approval from US Citizenship & Immigration Services before their start date.", F{}},
		{"The petition goes to Citizenship and Immigration Services (USCIS) after the program signs it.", F{}},
		{"Applicants must hold U.S. citizenship or permanent residency.", F{j1: false, h1b: false}},
	}), knownVisa6Misses, j1, h1b)
}

// TestVisa6ScholarOfficePage: a university's immigration page for its
// scholars, faculty or employees (by its address) states no residency's
// visas; an address naming residents, GME or trainees as well, or no
// immigration word, keeps the page's facts. (Found validating on
// unlabelled university pages, with the rule.)
func TestVisa6ScholarOfficePage(t *testing.T) {
	body := "<p>The university sponsors J-1 and H-1B visas.</p>"
	for _, tc := range []struct {
		url  string
		want F
	}{
		{"https://international.example.edu/isss/scholars-j-1/maintaining-status", F{}},
		{"https://www.example.edu/global/immigration/faculty-scholars", F{}},
		{"https://www.example.edu/international/for-faculty-staff/inviting", F{}},
		{"https://www.example.edu/gme/international-faculty-and-trainees/visas", F{j1: true, h1b: true}},
		{"https://www.example.edu/im/residency/visas-for-faculty", F{j1: true, h1b: true}},
		{"https://www.example.edu/hr/faculty-handbook", F{j1: true, h1b: true}},
		{"https://www.example.edu/international/applicants/visas", F{j1: true, h1b: true}},
	} {
		u, _ := url.Parse(tc.url)
		pf, err := Page([]byte(body), u, WithRunDate(goldenRunDate))
		if err != nil {
			t.Fatal(err)
		}
		got := F{}
		for _, f := range pf.Facts {
			got[f.Field] = factValue(f)
		}
		if d := cmp.Diff(tc.want, only(got, j1, h1b)); d != "" {
			t.Errorf("%s (-want +got):\n%s", tc.url, d)
		}
	}
}

// TestBatteryVisa6PeopleWithoutIt: applicants named by a visa they do not
// hold ("applicants who do not hold a valid visa should …") are people
// described, not a visa refused; the rule after them speaks for itself,
// and applicants turned away for lacking a visa still make it accepted.
func TestBatteryVisa6PeopleWithoutIt(t *testing.T) {
	runKnownBattery(t, visaCases([]struct {
		s    string
		want F
	}{
		{"Nonimmigrant applicants who do not hold a valid visa should choose None on the form.", F{}},
		{"Candidates that don't have an H-1B yet must still register with the office.", F{}},
		{"Residents who do not hold a J-1 must obtain an H-1B before starting.", F{h1b: true}},
		{"Trainees who don't possess a J1 visa are asked to bring their passport.", F{}},
		{"Applicants who do not hold a J-1 visa will not be considered.", F{j1: true}},
		{"The program does not have H-1B sponsorship.", F{h1b: false}},
		{"We do not hold H-1B visas for our residents.", F{h1b: false}},
	}), knownVisa6Misses, j1, h1b)
}

// TestBatteryVisa6ProgramsInGeneral: what many, most or few programs do
// ("many residency programs sponsor only J-1 visas", "not all programs
// offer the H-1B") is advice about programs in general, not this
// program's policy; a program speaking of its own programs still states
// it.
func TestBatteryVisa6ProgramsInGeneral(t *testing.T) {
	runKnownBattery(t, visaCases([]struct {
		s    string
		want F
	}{
		{"Many residency programs sponsor only J-1 visas.", F{}},
		{"Not all programs offer the H-1B, so check before you apply.", F{}},
		{"Fewer hospitals are willing to sponsor H1B visas for residents.", F{}},
		{"Most US programs accept the J-1 through ECFMG.", F{}},
		{"Most of our programs accept the J-1 through ECFMG.", F{j1: true}},
		{"All of our residency programs sponsor H-1B visas.", F{h1b: true}},
		{"Our program sponsors only J-1 visas.", F{j1: true, h1b: false}},
	}), knownVisa6Misses, j1, h1b)
}

// TestBatteryVisa6ActOnStatus: a negated act on an applicant's visa status
// ("we do not verify visa status", "the match does not check visa status")
// refuses no visa; a refusal to sponsor or accept, or a status labelled
// not sponsored, still does. Written by the lead before the rule, in the
// team's words, from a class seen in the held-out set.
func TestBatteryVisa6ActOnStatus(t *testing.T) {
	runKnownBattery(t, visaCases([]struct {
		s    string
		want F
	}{
		{"The matching service does not attempt to verify visa status.", F{}},
		{"We do not verify visa status.", F{}},
		{"The program does not check visa status at the time of application.", F{}},
		{"Interviewers do not discuss visa status.", F{}},
		{"We do not sponsor visas.", F{j1: false, h1b: false}},
		{"No visa sponsorship.", F{j1: false, h1b: false}},
		{"Visa status: not sponsored.", F{j1: false, h1b: false}},
	}), knownVisa6Misses, j1, h1b)
}
