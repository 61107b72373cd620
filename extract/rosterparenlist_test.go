package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// rosterParenListCases are session-9 cases of residents named in
// parentheses right after their plural role, with no "Dr." before them
// ("our chief residents (A B, C D and E F) ran the interview days"), in
// the team's own words (rsweep9b's sweep of program-authored pages found a
// department's match-day post that names its chiefs so). want lists
// "name | school | country | img" as TestRosterClasses does.
var rosterParenListCases = []struct {
	class, give string
	want        []string
}{
	{"chief residents in parentheses, no title", "Match day\n\nThe interview season ran well. Our chief residents (Omar Haddad, Priya Nair, and Lucas Brennan) organised every visit day for the candidates.",
		[]string{"Omar Haddad |  |  | ", "Priya Nair |  |  | ", "Lucas Brennan |  |  | "}},
	{"each of our chief residents, commas only", "Match day\n\nEach of our Chief Residents (Grace Okafor, Daniel Weiss, Leila Haddad) spent many hours with applicants this winter.",
		[]string{"Grace Okafor |  |  | ", "Daniel Weiss |  |  | ", "Leila Haddad |  |  | "}},
	{"interns in parentheses joined by and", "Clinic news\n\nThe new food pantry was started by two of our interns (Selin Kaya and Mateo Ruiz) with the help of the clinic's social worker.",
		[]string{"Selin Kaya |  |  | ", "Mateo Ruiz |  |  | "}},
	{"training-year plural in parentheses", "Grand rounds\n\nThis month the PGY-3s (Hana Sato and Ibrahim Musa) presented their quality project to the department.",
		[]string{"Hana Sato |  |  | ", "Ibrahim Musa |  |  | "}},

	// near misses: parentheses after a role that hold no resident's name.
	{"fellows in parentheses", "Clinic news\n\nOur fellows (Omar Haddad and Priya Nair) supervise the night team this year.", nil},
	{"specialties in parentheses", "Clinic news\n\nOur residents (Internal Medicine and Pediatrics) share the continuity clinic on Tuesdays.", nil},
	{"a class year in parentheses", "Clinic news\n\nThe senior residents (Class of 2026) presented posters at the state meeting.", nil},
	{"former chief residents in parentheses", "Faculty news\n\nTwo former chief residents (Omar Haddad and Priya Nair) have joined the hospitalist group.", nil},
	{"a place in parentheses", "Clinic news\n\nOur residents (Mercy General Hospital and Lakeside Clinic) rotate through both sites.", nil},
}

// knownParenListMisses names the cases not read right yet.
var knownParenListMisses = map[string]bool{}

func TestRosterParenList9(t *testing.T) {
	for _, tc := range rosterParenListCases {
		t.Run(tc.class, func(t *testing.T) {
			got := residentRows(t, tc.give)
			diff := cmp.Diff(tc.want, got)
			if knownParenListMisses[tc.class] {
				if diff == "" {
					t.Errorf("known miss now passes: take it off knownParenListMisses")
				}
				return
			}
			if diff != "" {
				t.Errorf("residents (-want +got):\n%s", diff)
			}
		})
	}
}
