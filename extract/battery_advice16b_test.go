package extract

import "testing"

// TestBatteryAdvice16bProgramsOfAKind: what most, many or some programs of
// a kind do ("most IMG-friendly programs", "some H-1B-sponsoring
// programs", "many competitive university programs") is said of programs
// in general, as "most residency programs" is: no program's rule. The
// program's own ("most of our residency programs") and an applicant's rule
// beside it still speak.
func TestBatteryAdvice16bProgramsOfAKind(t *testing.T) {
	runKnownBattery(t, visaCases([]struct {
		s    string
		want F
	}{
		{"Most community programs require three months of US clinical experience.", F{}},
		{"Some IMG-friendly programs want graduation within five years.", F{}},
		{"Many competitive university programs require a Step 2 CK score of 240.", F{}},
		{"Some university hospitals sponsor J-1 only.", F{}},
		{"Several visa-friendly programs expect Step 1 to be passed on the first attempt.", F{}},
		{"Applicants need 3 months of US clinical experience.", F{usceReqF: "required", usceMo: 3.0}},
		{"Most of our residency programs sponsor J-1 visas.", F{j1: true}},
		{"Applicants must have graduated within five years.", F{yogMax: 5.0}},
	}), nil, j1, h1b, usceReqF, usceMo, yogMax, s2Min, s1Pass, attMax)
}

// TestBatteryAdvice16bWhoSpeaks: a page that speaks of programs in
// general and nowhere in a program's voice is an adviser's; the program's
// voice is its first person plural, or its name in the third person in a
// sentence neither addressed to the reader nor in the reader's voice.
// "Will this program sponsor me?" is the applicant asking, and "you need
// H-1B sponsorship directly from the program" an adviser's word about
// whichever program it is: on such a page nothing is any program's rule.
// A program page that says "we" or "our", or states its rule of itself in
// the third person, keeps its facts beside a sentence about most
// programs, and a page in the second person with no word about programs
// in general keeps them too.
func TestBatteryAdvice16bWhoSpeaks(t *testing.T) {
	cases := []ruleCase{
		{"advice: the buckets of a visa need", "<p>Most visa-friendly programs sponsor J-1 only.</p><ul><li>You need J-1 sponsorship through ECFMG</li>" +
			"<li>You need H-1B sponsorship directly from the program</li></ul>", F{}},
		{"advice: the applicant's own question", "<p>Will this program actually sponsor me this year?</p><p>Some H-1B-sponsoring programs ask for Step 3 " +
			"before they rank you.</p><p>You need H-1B sponsorship from the program itself.</p>", F{}},
		{"advice: a need put to the reader", "<p>Many community hospitals accept J-1 visas.</p><p>You will need a J-1 visa for the program to rank you, so ask early.</p>", F{}},
		{"advice: a pattern and an expectation", "<p>The visa pattern matters. Most IMG-friendly programs sponsor J-1 only, and the H1B is offered at a minority.</p>" +
			"<p>Expect J-1 to be the default and H-1B to be rare.</p>", F{}},
		{"program: we beside most programs", "<p>Most IMG-friendly programs sponsor J-1 only.</p><p>We sponsor both J-1 and H-1B visas.</p>", F{j1: true, h1b: true}},
		{"program: the program of itself", "<p>Some university hospitals sponsor J-1 only.</p><p>The program sponsors H-1B visas for residents.</p>", F{h1b: true}},
		{"program: our program, then the reader", "<p>Many academic programs require Step 3 for the H-1B.</p><p>Our program does not: you need only Steps 1 and 2 for H-1B sponsorship.</p>", F{h1b: true}},
		{"program: the reader's question answered", "<p>Will this program sponsor my visa?</p><p>Yes, the program sponsors J-1 visas. Most academic programs do too.</p>", F{j1: true}},
		{"program: second person, nothing general", "<p>You must have passed Step 1.</p><p>You need a J-1 visa to train in the program.</p>", F{s1Pass: true, j1: true}},
		{"program: our program to the reader", "<p>Some competitive programs prefer US graduates.</p><p>You will need an ECFMG certificate to apply to our program, and the program sponsors J-1 visas.</p>", F{j1: true}},
		{"program: the program after a word to the reader", "<p>Most IMG-friendly programs sponsor J-1 only.</p><p>You will need an ECFMG certificate to apply. The program sponsors H-1B visas.</p>", F{h1b: true}},
	}
	runKnownBattery(t, cases, nil, j1, h1b, s1Pass, usceReqF, yogMax)
}

// TestBatteryAdvice16bOwnAmongMany: a program that sets itself among or
// against programs in general ("unlike most programs, we …", "we are one
// of the few programs that …", "like most academic programs, the program
// …") states its own policy in the clause that names it. A clause naming
// programs in general alone still states nothing, and a rule for "every
// applicant to our program" is the program's. What "every program" or
// "any program" asks is programs in general too, not read so yet
// (knownOwnAmongMany16b).
func TestBatteryAdvice16bOwnAmongMany(t *testing.T) {
	runKnownBattery(t, visaCases([]struct {
		s    string
		want F
	}{
		{"We are one of the few programs that sponsor H-1B visas.", F{h1b: true}},
		{"Unlike most programs, we sponsor H-1B visas.", F{h1b: true}},
		{"Unlike many community hospitals, our program sponsors the H-1B.", F{h1b: true}},
		{"Like most academic programs, the program accepts J-1 visas only.", F{j1: true, h1b: false}},
		{"Like most academic programs, this residency accepts J-1 visas only.", F{j1: true, h1b: false}},
		{"Most programs sponsor J-1 only; we sponsor both J-1 and H-1B.", F{j1: true, h1b: true}},
		{"Many residency programs sponsor only J-1 visas.", F{}},
		{"Fewer hospitals sponsor H-1B visas each year.", F{}},
		{"Every program requires US clinical experience.", F{}},
		{"Any program will want Step 1 passed on the first attempt.", F{}},
		{"No residency program accepts applicants who graduated more than ten years ago.", F{}},
		{"Every program sponsors the J-1 through ECFMG.", F{}},
		{"Every program in our department requires US clinical experience.", F{usceReqF: "required"}},
		{"Every applicant to our program must have US clinical experience.", F{usceReqF: "required"}},
		{"Applicants from any program must have passed Step 1.", F{s1Pass: true}},
	}), knownOwnAmongMany16b, j1, h1b, usceReqF, usceMo, yogMax, s1Pass, attMax)
}

// knownOwnAmongMany16b are TestBatteryAdvice16bOwnAmongMany's cases not
// read right yet: "every program" and "any program" before a verb of
// asking are programs in general, but an expression for them in
// manyPrograms cost about 2M instructions of package initialisation.
var knownOwnAmongMany16b = map[string]bool{
	"Every program requires US clinical experience.":            true,
	"Any program will want Step 1 passed on the first attempt.": true,
	"Every program sponsors the J-1 through ECFMG.":             true,
}

// TestBatteryAdvice16bKindByWhatItDoes: programs named as a kind by what
// they do — a bare plural before "that" or "which" ("programs that
// sponsor the H-1B usually want Step 3", "apply to hospitals which accept
// J-1 visas") — are programs in general, whatever the kind is said to do.
// The same relative clause on programs made definite or counted ("the
// programs that …", "our hospitals which …", "one of two programs that
// …"), or in a clause that names the page's program ("… include ours"),
// is the program's policy.
func TestBatteryAdvice16bKindByWhatItDoes(t *testing.T) {
	runKnownBattery(t, visaCases([]struct {
		s    string
		want F
	}{
		{"Programs that sponsor H-1B visas usually want Step 3 passed.", F{}},
		{"Apply to programs that sponsor the H-1B.", F{}},
		{"Target hospitals which accept J-1 visas if you lack Step 3.", F{}},
		{"Residencies that offer H-1B sponsorship are hard to find.", F{}},
		{"We are among the programs that sponsor H-1B visas.", F{h1b: true}},
		{"Our hospitals which sponsor J-1 visas are listed below.", F{j1: true}},
		{"The programs that sponsor H-1B visas at our institution are listed below.", F{h1b: true}},
		{"We are one of two programs that sponsor the H-1B in the state.", F{h1b: true}},
		{"Programs that sponsor H-1B visas include ours.", F{h1b: true}},
		{"We sponsor J-1 visas, unlike programs that sponsor only the H-1B.", F{j1: true}},
	}), knownAdvice16bMisses, j1, h1b)
}

// knownAdvice16bMisses are this file's cases not read right yet.
var knownAdvice16bMisses = map[string]bool{
	// the contrast and the kind are in the clause of the program's "we",
	// which keeps the kind's H-1B as the program's
	"We sponsor J-1 visas, unlike programs that sponsor only the H-1B.": true,
}
