package extract

import "testing"

// Session 16 (lead): visa sentences of an information page about visas
// for IMGs in general, seen on a real page of the development set and
// written here in the team's words. Neither class states what this
// program sponsors.

// TestBatteryVisa16IndefiniteProgram: a visa offered "by a program", "at
// any hospital", "if a residency offers it" is what programs in general
// may do — an indefinite program is no program in particular. The
// program's own ("by our program", "by this program", "by the program")
// still states its policy, as does a program describing itself ("we are
// a community program that sponsors J-1 visas").
func TestBatteryVisa16IndefiniteProgram(t *testing.T) {
	runKnownBattery(t, visaCases([]struct {
		s    string
		want F
	}{
		{"Most IMGs want the H1B, which, if offered by a residency program, helps it recruit strong candidates.", F{}},
		{"The H1B is the visa IMGs like best and, when offered by a residency program, may help recruit strong candidates.", F{}},
		{"IMGs favour the H-1B, and if offered by a residency program it draws strong candidates.", F{}},
		{"The H1B visa, when sponsored by a GME program, lets the resident stay on afterwards.", F{}},
		{"A J-1 visa may be sponsored at any teaching hospital through ECFMG.", F{}},
		{"J-1 sponsorship offered by an accredited program is common.", F{}},
		{"The H-1B visa is sponsored by our program.", F{h1b: true}},
		{"The J-1 visa is sponsored by the program through ECFMG.", F{j1: true}},
		{"H-1B visas are offered by this program to qualified applicants.", F{h1b: true}},
		{"We are a community program that sponsors J-1 visas.", F{j1: true}},
	}), knownVisa16Misses, j1, h1b)
}

// knownVisa16Misses are this file's cases not read right yet.
var knownVisa16Misses = map[string]bool{
	// the clause "IMGs favour the H-1B" ends at the comma, and the
	// generic agent is in the next clause, out of its reach
	"IMGs favour the H-1B, and if offered by a residency program it draws strong candidates.": true,
}

// TestBatteryVisa16Definitions: a sentence that defines a term or a legal
// category ("an immigrant is a person who…", "this classification does
// not include holders of temporary visas") says what a word means, not
// what the program sponsors. A program's denial right beside it still
// denies.
func TestBatteryVisa16Definitions(t *testing.T) {
	runKnownBattery(t, visaCases([]struct {
		s    string
		want F
	}{
		{"This classification does not include persons with temporary visas.", F{}},
		{"That category excludes anyone holding a temporary visa.", F{}},
		{"The term nonimmigrant does not cover holders of an H-1B visa.", F{}},
		{"Our program does not accept persons with temporary visas.", F{j1: false, h1b: false}},
		{"This program does not sponsor visas.", F{j1: false, h1b: false}},
		{"This residency does not include visa sponsorship.", F{j1: false, h1b: false}},
	}), nil, j1, h1b)
}
