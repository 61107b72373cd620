package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// rosterRoleCases: whether a person is a resident of the program now is
// said by the page's title and the person's own role words. Written for
// this test (classes, not copied passages); want lists "name | school" per
// resident.
var rosterRoleCases = []struct {
	class, give string
	want        []string
}{
	// (a) pages about people who are no residents: none of them counts.
	{"plain page titled for faculty", "Inpatient Medicine Faculty\n\nGrace Lindholm, MD\nMedical School: Ohio State University College of Medicine\nDr. Lindholm teaches on the wards three months a year.\n\nVikram Shenoy, MD\nMedical School: Government Medical College, Nagpur\nDr. Shenoy stayed on after training to teach.\n", nil},
	{"staff cards with role lines", "Our Team\n\nBrenda Holt\nResidency Program Coordinator\nbrenda.holt@example.org\n\nSamuel Okonkwo, MD\nAssociate Program Director\nMedical School: University of Nigeria\n\nLeah Brandt, DO\nCore Faculty\nMedical School: Kansas City University\n", nil},
	{"a hospitalist among residents", "Meet our residents\n\nTomasz Nowak, MD\nHospitalist\nMedical School: Medical University of Warsaw\n\nAnna Weiss, MD\nPGY-2\nMedical School: Rush Medical College\n",
		[]string{"Anna Weiss | Rush Medical College"}},
	{"an executive's letter about new residents", "From the desk of our chief executive: welcoming new residents\n\nThis week I had the pleasure of welcoming forty new residents to our hospital. I remember my own intern year vividly: I graduated from Ross University School of Medicine and completed my residency in internal medicine before moving into administration. Our residents are the future of this health system, and I am proud of each of them.\n\nMark Delaney, MD, MBA\nPresident and Chief Executive Officer\n", nil},
	{"news of new programs and their directors", "Two rural hospitals won approval for new internal medicine residencies and will take their first interns next summer.\n\nThe first program will be led by Dr. Irene Vasquez, a graduate of the University of Iowa Carver College of Medicine, who completed her residency at a county hospital in Texas.\n\nDr. Peter Lindqvist, a graduate of Rush Medical College, who did his residency training in Milwaukee, will direct the second program.\n", nil},
	{"a school's program director page", "Program Director\n\nLaura Chen, MD\n\nDr. Chen graduated from the Medical College of Wisconsin and finished her residency and a chief year here. She has led the program since 2019 and meets every resident twice a year.\n", nil},
	// (b) pages about one or two residents: each counts, with the school.
	{"one chief resident's page", "Chief Resident\n\nMarcus Hill, DO\n\nMarcus is our chief resident this year. He attended the Philadelphia College of Osteopathic Medicine and did his intern year with us. He coaches a youth soccer team on weekends.\n",
		[]string{"Marcus Hill | Philadelphia College of Osteopathic Medicine"}},
	{"chief cards with a role line", "Department news\n\nHannah Brooks, MD\nChief Resident\n\nOmar Farouk, MD\nChief Resident\n",
		[]string{"Hannah Brooks | ", "Omar Farouk | "}},
	{"chief card with a role line and a school", "Our Team\n\nRania Aziz, MD\nChief Resident\nMedical School: Alexandria University Faculty of Medicine\n",
		[]string{"Rania Aziz | Alexandria University Faculty of Medicine"}},
	// News of residents quotes them by name; every other speaker gets a role.
	{"residents quoted in news", "Twenty new residents start at Lakeside this week\n\nThe interns spent orientation day learning the wards and meeting their families' new neighbors.\n\n\u201cI picked this place for its clinic,\u201d said Nora Quint. \u201cThe people sold me,\u201d said Dr. Eli Barros, MD, a first-year resident in family medicine. \u201cWe are thrilled,\u201d said Dana Pike, MD, the program director. \u201cThey make us proud,\u201d said Ron Dale, a nurse on the unit.\n",
		[]string{"Eli Barros | ", "Nora Quint | "}},
	{"graduating resident quoted with his school", "County residents to graduate in June\n\nFour physicians finish the family medicine program this month.\n\n\u201cThe nights were long but worth it,\u201d said Omar Reyes, MD, who graduated from the Universidad de Sonora before coming here.\n",
		[]string{"Omar Reyes | Universidad de Sonora"}}, // (a university that is the bio's only school, Spanish or English: onlySchoolNamed)
	{"a school's match day quotes students", "Match Day for the class of 2025\n\nStudents opened envelopes from the National Resident Matching Program at noon.\n\n\u201cI am going home for pediatrics,\u201d said Ivy Stone, Class of 2025, a Tarrytown resident.\n", nil},
	// Guards: residents finishing a residency are residents; a school's
	// "Faculty of Medicine" is no faculty role.
	{"news of a residency's graduates", "Valley hospital honors the graduates of its family medicine residency\n\nFive residents finished their training this June. Among them, Dr. Nadia Costa, a graduate of the Universidad de Guadalajara, will stay in the valley to practice.\n",
		[]string{"Nadia Costa | Universidad de Guadalajara"}},
	{"a resident who did an intern year elsewhere", "Meet our residents\n\nDr. Kemal Arslan, a graduate of Ankara University Faculty of Medicine, completed his intern year in Chicago and is now a second-year resident with us.\n",
		[]string{"Kemal Arslan | Ankara University Faculty of Medicine"}},
}

func TestRosterRoles(t *testing.T) {
	for _, tc := range rosterRoleCases {
		t.Run(tc.class, func(t *testing.T) {
			pf, err := Page([]byte(tc.give), nil)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range pf.Residents {
				got = append(got, fmt.Sprintf("%s | %s", r.Name, r.School))
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("residents (-want +got):\n%s", d)
			}
		})
	}
}

func TestLineRole(t *testing.T) {
	for _, tc := range []struct {
		give string
		want int
	}{
		{"Chief Resident", roleResident},
		{"PGY-2, Internal Medicine", roleResident},
		{"Second-Year Resident", roleResident},
		{"Former Chief Resident", roleOther},
		{"Associate Program Director", roleOther},
		{"Core Faculty", roleOther},
		{"Hospitalist", roleOther},
		{"Assistant Professor of Medicine", roleOther},
		{"President and Chief Executive Officer", roleOther},
		{"MD, University of Toronto Temerty Faculty of Medicine", roleNone},
		{"Residency Program Overview", roleNone},
		{"Hometown: Tulsa, Oklahoma", roleNone},
		{strings.Repeat("a resident who writes a long line of prose ", 3), roleNone},
	} {
		if got := lineRole(tc.give); got != tc.want {
			t.Errorf("lineRole(%q) = %d, want %d", tc.give, got, tc.want)
		}
	}
}

func TestAttributionAside(t *testing.T) {
	for _, tc := range []struct {
		give string
		want bool
	}{
		{"", true},
		{", a second-year resident in surgery", true},
		{", PGY-2 resident", true},
		{", who graduated from Rush Medical College", true},
		{", the program director", false},
		{", an Armonk, New York resident", false},
		{", senior vice president and chief medical officer", false},
		{", whose son was treated here", false},
	} {
		if got := attributionAside(tc.give); got != tc.want {
			t.Errorf("attributionAside(%q) = %v, want %v", tc.give, got, tc.want)
		}
	}
}

func TestOtherPersonSentence(t *testing.T) {
	for _, tc := range []struct {
		give string
		want bool
	}{
		{"The program will be led by Dr. Ada Moss, a graduate of Rush Medical College.", true},
		{"Dr. Ben Ito, a graduate of Tulane, completed his residency in Ohio.", true},
		{"Dr. Ben Ito, a graduate of Tulane, completed his intern year in Ohio and is a second-year resident here.", false},
		{"Dr. Cal Reyes, a graduate of Emory, joins us as an intern.", false},
	} {
		if got := otherPersonSentence(tc.give); got != tc.want {
			t.Errorf("otherPersonSentence(%q) = %v, want %v", tc.give, got, tc.want)
		}
	}
}

// FuzzRosterRoles drives the role gates with any text: no panic, and a
// line's role is one of the three.
func FuzzRosterRoles(f *testing.F) {
	for _, tc := range rosterRoleCases {
		f.Add(tc.give)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 1<<14 {
			return
		}
		if r := lineRole(text); r != roleNone && r != roleResident && r != roleOther {
			t.Fatalf("lineRole = %d", r)
		}
		otherPersonSentence(text)
		d := blocksFromText([]byte(text))
		plainTitleScope(d)
		staffSigned(d)
		namedAsResident(d, text)
		attributionAside(text)
		rolesElsewhere(d, text)
		quotedResidents(d, "")
		if _, err := Page([]byte(text), nil); err != nil {
			t.Fatal(err)
		}
	})
}
