package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// rosterRoleCommaCases are session-9 cases of one resident named in
// apposition right after a singular resident's role and a comma, with no
// "Dr." before the name ("our chief resident for recruitment, A B"), in the
// team's own words (rsweep9b's sweep of program-authored pages: a
// department's match-day post thanks its recruitment chief so and reads no
// one). want lists "name | school | country | img" as TestRosterClasses
// does.
var rosterRoleCommaCases = []struct {
	class, give string
	want        []string
}{
	{"a chief for a task, then a comma", "Match day\n\nThe visit days were planned by our Chief Resident for recruitment, Nadia Farouk, with the help of the coordinators.",
		[]string{"Nadia Farouk |  |  | "}},
	{"our chief resident set off by commas", "Match day\n\nOur chief resident, Owen Pratt, spoke to the applicants at lunch on every interview day.",
		[]string{"Owen Pratt |  |  | "}},
	{"a chief of a service, then a comma", "Program news\n\nThe Chief Resident of Quality and Safety, Lucia Romero, leads the monthly morbidity conference.",
		[]string{"Lucia Romero |  |  | "}},
	{"a training year before the role", "Program news\n\nThis month the teaching award went to our PGY-2 resident, Tomas Lindqvist, for his bedside teaching.",
		[]string{"Tomas Lindqvist |  |  | "}},
	{"an intern with an article", "Program news\n\nLast week an intern, Yusuf Demir, presented a case of scurvy at morning report.",
		[]string{"Yusuf Demir |  |  | "}},

	// near misses: a comma after a resident's role that names no resident of the program now.
	{"as a resident, a faculty member's past", "Program news\n\nAs a resident, Helen Marsh started the free clinic; she now directs the program.", nil},
	{"a former chief resident", "Faculty news\n\nOur former chief resident, Owen Pratt, has joined the hospitalist group.", nil},
	{"every resident, then a director's name", "Program news\n\nEvery resident, Program Director Helen Marsh says, should rotate at the county clinic.", nil},
	{"an inhabitant of a town", "Clinic news\n\nThe clinic's first patient was a resident of Stockton, Ana Ruiz, who came in with a cough.", nil},
	{"being a resident, then a conference's name", "Program news\n\nBeing a resident, Morning Report Tuesdays are my favorite hour of the week.", nil},
	{"days after the comma", "Program news\n\nApplicants meet the chief resident, Monday Tuesday and Friday afternoons, in the library.", nil},
	{"a specialty after the comma", "Program news\n\nOur chief resident, Internal Medicine, keeps the call schedule.", nil},
}

// knownRoleCommaMisses names the cases not read right yet.
var knownRoleCommaMisses = map[string]bool{}

func TestRosterRoleComma9(t *testing.T) {
	for _, tc := range rosterRoleCommaCases {
		t.Run(tc.class, func(t *testing.T) {
			got := residentRows(t, tc.give)
			diff := cmp.Diff(tc.want, got)
			if knownRoleCommaMisses[tc.class] {
				if diff == "" {
					t.Errorf("known miss now passes: take it off knownRoleCommaMisses")
				}
				return
			}
			if diff != "" {
				t.Errorf("residents (-want +got):\n%s", diff)
			}
		})
	}
}
