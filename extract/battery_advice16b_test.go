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
