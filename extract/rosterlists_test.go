package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// rosterListCases are names in a coordinated list bound to one resident's
// role (issue 12, list11 brief): by a plural copula after the list, or by a
// caption whose subject is residents. The sentences are the team's own;
// the traps name other people in the same shapes. want lists "name |
// school | country | img" as TestRosterClasses does.
var rosterListCases = []struct {
	class, give string
	want        []string
}{
	{"copula: are <specialty> residents", "Department news\n\nMina Sato, Olu Bakare and Rhea Vance are pediatrics residents at the county hospital.",
		[]string{"Mina Sato |  |  | ", "Olu Bakare |  |  | ", "Rhea Vance |  |  | "}},
	{"copula: are both residents", "Department news\n\nMina Sato and Olu Bakare are both residents in psychiatry.",
		[]string{"Mina Sato |  |  | ", "Olu Bakare |  |  | "}},
	{"copula: degrees with class years", "Department news\n\nMina Sato, M.D.'19, Olu Bakare, MD, and Rhea Vance, D.O. are all internal medicine residents in Tulsa.",
		[]string{"Mina Sato |  |  | ", "Olu Bakare |  |  | ", "Rhea Vance |  |  | "}},
	{"copula: were named chief residents", "Department news\n\nDr. Mina Sato & Dr. Olu Bakare were named chief residents for the coming year.",
		[]string{"Mina Sato |  |  | ", "Olu Bakare |  |  | "}},
	{"copula: will serve as PGY-2", "Department news\n\nMina Sato and Olu Bakare will serve as PGY-2 residents on the night team.",
		[]string{"Olu Bakare |  |  | ", "Mina Sato |  |  | "}},
	{"caption: left to right are, with ranks", "Base news\n\nHospital residents practise a field drill. From left to right are: Capt. (Dr.) Mina Sato, Maj. Olu Bakare and Lt. Rhea Vance.",
		[]string{"Mina Sato |  |  | ", "Olu Bakare |  |  | ", "Rhea Vance |  |  | "}},
	{"caption: residents are:", "Department news\n\nOur new interns are: Mina Sato, Olu Bakare and Rhea Vance.",
		[]string{"Mina Sato |  |  | ", "Olu Bakare |  |  | ", "Rhea Vance |  |  | "}},

	// traps: other people, a past, a place's dwellers, no people
	{"trap: faculty", "Department news\n\nMina Sato, Olu Bakare and Rhea Vance are family medicine faculty who teach our residents.", nil},
	{"trap: attendings", "Department news\n\nMina Sato and Olu Bakare are attendings who supervise the residents.", nil},
	{"trap: program directors", "Department news\n\nMina Sato and Olu Bakare are program directors for the residents.", nil},
	{"trap: alumni", "Department news\n\nMina Sato and Olu Bakare are alumni who were residents here.", nil},
	{"trap: students", "Department news\n\nMina Sato and Olu Bakare are medical students who shadow residents.", nil},
	{"trap: former residents", "Department news\n\nMina Sato and Olu Bakare are former residents of the program.", nil},
	{"trap: past copula", "Department news\n\nMina Sato and Olu Bakare were residents in the program.", nil},
	{"trap: place dwellers", "Town news\n\nMina Sato and Olu Bakare are residents of Tulsa who joined the clinic board.", nil},
	{"trap: residents' mentors", "Department news\n\nMina Sato and Olu Bakare are the residents' mentors.", nil},
	{"trap: schools", "Department news\n\nBoston University, Duke University and Emory University are residents' favourite rotation sites.", nil},
	{"trap: cities", "Department news\n\nOur residents come from far away. Pictured are: Tulsa, Omaha and Boise.", nil},
	{"trap: caption of faculty", "Department news\n\nFaculty who teach our residents. From left to right are: Mina Sato, Olu Bakare and Rhea Vance.", nil},
	{"trap: caption of former residents", "Department news\n\nFormer residents return for the reunion. Pictured are: Mina Sato, Olu Bakare and Rhea Vance.", nil},
	{"trap: a person after the list", "Base news\n\nHospital residents practise a field drill. From left to right are: Capt. (Dr.) Mina Sato and Capt. (Dr.) Olu Bakare. Walking behind is Maj. (Dr.) Rhea Vance.",
		[]string{"Mina Sato |  |  | ", "Olu Bakare |  |  | "}},
}

func TestRosterListClasses(t *testing.T) {
	for _, tc := range rosterListCases {
		got := residentRows(t, tc.give)
		if d := cmp.Diff(tc.want, got); d != "" {
			t.Errorf("%s: residents (-want +got):\n%s", tc.class, d)
		}
	}
}

// TestCoordinatedNameList reads lists alone: every item a name, the last
// after a conjunction.
func TestCoordinatedNameList(t *testing.T) {
	for _, tc := range []struct {
		give string
		want []string
	}{
		{"Capt. (Dr.) Mina Sato, Capt. (Dr.) Olu Bakare and Rhea Vance", []string{"Mina Sato", "Olu Bakare", "Rhea Vance"}},
		{"Mina Sato, M.D.'19, Olu Bakare, M.D., and Rhea Vance, MD", []string{"Mina Sato", "Olu Bakare", "Rhea Vance"}},
		{"Mina Sato & Olu Bakare", []string{"Mina Sato", "Olu Bakare"}},
		{"Mina Sato, Olu Bakare", nil},                // no conjunction
		{"Mina Sato and the team", nil},               // an item no name
		{"Duke University and Emory University", nil}, // schools
	} {
		got, _ := coordinatedNameList(tc.give)
		if d := cmp.Diff(tc.want, got); d != "" {
			t.Errorf("coordinatedNameList(%q) (-want +got):\n%s", tc.give, d)
		}
	}
}

// TestListMarkerGate: relCaption runs listCaptionMarker only
// where the word before a colon is one of listMarkerLast, so every text
// the expression matches must end in one of them.
func TestListMarkerGate(t *testing.T) {
	for _, s := range []string{"From left to right are:", "left to right:", "Left To Right is :", "Pictured:", "pictured above:",
		"Pictured Below :", "PICTURED HERE:", "Our interns are:", "They ARE :"} {
		if !listCaptionMarker.MatchString(s) {
			t.Errorf("listCaptionMarker does not match %q", s)
			continue
		}
		if !listMarkerLast[asciiLower(lastWord(s[:len(s)-1]))] {
			t.Errorf("listCaptionMarker matches %q, whose last word is no listMarkerLast", s)
		}
	}
}
