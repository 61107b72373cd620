package extract

import "testing"

// TestBatteryAsked16bEmbeddedQuestion: a question embedded after a verb of
// asking, learning, checking or showing ("ask the program whether it
// sponsors the H-1B", "the list shows which programs sponsor J-1 and H-1B
// visas", "check if your program requires US clinical experience") asks;
// its words say nothing a program does, as a FAQ's question says nothing
// until it is answered. What the clause says before the question, what a
// colon names after it, a "whether" of alternatives with no such verb, and
// an "if" that opens a condition keep their readings.
func TestBatteryAsked16bEmbeddedQuestion(t *testing.T) {
	runKnownBattery(t, visaCases([]struct {
		s    string
		want F
	}{
		{"The list below shows which programs sponsor J-1 and H-1B visas.", F{}},
		{"Ask the program whether it sponsors H-1B visas.", F{}},
		{"Check whether each program accepts J-1 visas before you apply.", F{}},
		{"Check if your target program requires US clinical experience.", F{}},
		{"Find out whether the program wants Step 1 passed on the first attempt.", F{}},
		{"Contact us to learn whether we sponsor H-1B visas this year.", F{}},
		{"Applicants often wonder if a graduation within five years is needed.", F{}},
		{"The table shows which visas we sponsor: J-1 and H-1B.", F{j1: true, h1b: true}},
		{"We sponsor J-1 visas and will let you know whether the H-1B is possible.", F{j1: true}},
		{"All applicants, whether US or international graduates, must have 3 months of US clinical experience.", F{usceReqF: "required", usceMo: 3.0}},
		{"If you need a visa, we sponsor J-1 visas only.", F{j1: true, h1b: false}},
		{"We accept J-1 visas, which ECFMG sponsors.", F{j1: true}},
		{"Applicants must know which visa they need; we sponsor J-1 visas.", F{j1: true}},
		{"Applicants must show readiness for residency, which can be documented by clinical rotations in the US.", F{usceReqF: "preferred"}},
		{"We list our requirements, which include 3 months of US clinical experience.", F{usceReqF: "required", usceMo: 3.0}},
	}), nil, j1, h1b, usceReqF, usceMo, yogMax, s1Pass, attMax)
}
