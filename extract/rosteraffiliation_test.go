package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// rosterAffiliationCases are session-9 cases of residents named in
// apposition with the program they train at (issue 12: "never residents
// from a page that is not a roster of this program"), in the team's own
// words. A page that quotes residents of two or more different programs
// ("Name, MD, first-year resident at A: …", "Name, DO, resident at B: …")
// is a round-up of other programs' residents (a society's news, a
// magazine), not a roster: none of them is this program's. One program
// named for every resident, or none named, keeps them. want lists
// "name | school | country | img" as TestRosterClasses does.
var rosterAffiliationCases = []struct {
	class, give string
	want        []string
}{
	{"two residents of two programs give advice", "How residents ranked programs\n\nLena Ortiz, M.D., first-year resident at the Pine Valley Family Medicine Residency in Boise, Idaho: I looked at the call schedule before anything else and asked about the night float.\n\nMarcus Hale, D.O., second-year family medicine resident at Riverbend Health in Macon, Ga.: Location mattered most to me, because my family lives nearby.", nil},
	{"a round-up whose resident speaks of co-residents", "Ranking advice from residents\n\nLena Ortiz, M.D., first-year resident at the Pine Valley Family Medicine Residency in Boise, Idaho: I wanted to be sure my co-residents would be friends as well as colleagues.\n\nMarcus Hale, D.O., second-year resident at Riverbend Health in Macon, Ga.: Location mattered most to me.", nil},
	{"three residents of three hospitals, semicolons", "Voices from the wards\n\nPriya Nair, MD; PGY-2 resident at Cedar Hospital, said the hardest month was the ICU. Tom Becker, DO; internal medicine resident at Harbor General, spoke of his continuity clinic. Ada Uzo, MBBS; PGY-1 resident at Northfield Medical Center, described her first night on call.", nil},
	{"chief residents of two programs quoted", "Leadership in training\n\nWe asked chief residents how they lead. Omar Said, MD, chief resident at Lakeshore Pediatrics, said he keeps a shared list of every open task. Grace Liu, MD, chief resident at Mountain View Internal Medicine, meets her interns every Monday.", nil},

	// near misses: one program, or none named, keeps its residents.
	{"two residents of the same program", "Resident voices\n\nLena Ortiz, M.D., first-year resident at the Pine Valley Family Medicine Residency: I looked at the call schedule before anything else.\n\nMarcus Hale, D.O., third-year resident at the Pine Valley Family Medicine Residency: The faculty know every resident by name.",
		[]string{"Lena Ortiz |  |  | ", "Marcus Hale |  |  | "}},
	{"one resident with a program", "Resident voices\n\nLena Ortiz, M.D., first-year resident at the Pine Valley Family Medicine Residency: I looked at the call schedule before anything else and asked about the night float.",
		[]string{"Lena Ortiz |  |  | "}},
	{"residents with no program named", "Resident voices\n\nLena Ortiz, M.D., first-year resident: I looked at the call schedule before anything else and asked about the night float.\n\nMarcus Hale, D.O., second-year family medicine resident: Location mattered most to me, because my family lives nearby.",
		[]string{"Lena Ortiz |  |  | ", "Marcus Hale |  |  | "}},
}

// knownAffiliationMisses names the cases not read right yet.
var knownAffiliationMisses = map[string]bool{}

func TestRosterAffiliation9(t *testing.T) {
	for _, tc := range rosterAffiliationCases {
		t.Run(tc.class, func(t *testing.T) {
			got := residentRows(t, tc.give)
			diff := cmp.Diff(tc.want, got)
			if knownAffiliationMisses[tc.class] {
				if diff == "" {
					t.Errorf("known miss now passes: take it off knownAffiliationMisses")
				}
				return
			}
			if diff != "" {
				t.Errorf("residents (-want +got):\n%s", diff)
			}
		})
	}
}
