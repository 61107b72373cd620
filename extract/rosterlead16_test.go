package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// rosterLead16Cases: a graduate introduced in prose ("Dr. X, a graduate of
// Y") is a resident only on a page that speaks of residents, interns,
// trainees or the match; an alumni association's history names graduates
// who are no one's residents. A class year after the school ends the
// school's name. Written by the lead in the team's words, from a class of
// the session-16 development set. want lists "name | school | country |
// img" as TestRosterClasses does.
var rosterLead16Cases = []struct {
	class, give string
	want        []string
}{
	{"an alumni association's founder", "Our Association\n\nIn the sixties many young doctors left for further study abroad. Dr. Rahim Qureshi, a graduate of Nishtar Medical College class of 1968, wrote to his classmates and in 1975 gathered twenty of them in Chicago.\n", nil},
	{"an alumni association's founder, with a comma", "Our Association\n\nIn the sixties many young doctors left for further study abroad. Dr. Rahim Qureshi, a graduate of Nishtar Medical College, wrote to his classmates and in 1975 gathered twenty of them in Chicago.\n", nil},
	{"a school's benefactor", "Giving\n\nDr. Lena Park, a graduate of Drexel University College of Medicine, endowed a scholarship for first-generation students.\n", nil},
	// the same introductions on pages about trainees
	{"a graduate with a class year joins the residency", "Department news\n\nDr. Rahim Qureshi, a graduate of Nishtar Medical College class of 2019, joins our residency this July.\n",
		[]string{"Rahim Qureshi | Nishtar Medical College |  | "}},
	{"a graduate on a page welcoming interns", "Welcome to our new interns\n\nDr. Lena Park, a graduate of Drexel University College of Medicine, enjoys running along the river.\n",
		[]string{"Lena Park | Drexel University College of Medicine |  | "}},
	{"a graduate who matched", "Match news\n\nDr. Omar Said, a graduate of Alexandria Faculty of Medicine, matched with us in internal medicine.\n",
		[]string{"Omar Said | Alexandria Faculty of Medicine |  | "}},
}

func TestRosterLead16Classes(t *testing.T) {
	for _, tc := range rosterLead16Cases {
		if d := cmp.Diff(tc.want, residentRows(t, tc.give)); d != "" {
			t.Errorf("%s (-want +got):\n%s", tc.class, d)
		}
	}
}
