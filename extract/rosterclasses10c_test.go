package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// rosterSession10cCases are residents named in prose that is no roster
// (issue 12; the roster10c brief): third-person news that states a
// resident's role of a named person in the same clause, or in a fronted
// phrase before a surname the story named in full earlier; and first-person
// essays whose author, named in a byline, says they began their residency
// (or whose byline gives the training year). Written in the team's own
// words and names, never copied; each class has near misses that must stay
// empty: alumni who finished, students, fellows, directors who were IMGs,
// applicants, a spouse's residency. want lists "name | school | country |
// img" as TestRosterClasses does. Cases not read right yet are named in
// knownRoster10cMisses.
var rosterSession10cCases = []struct {
	class, give string
	want        []string
}{
	// 1. Third-person news: the resident's year of residency, or "now in a
	// … residency", said of the name in its own clause.
	{"name, degrees, is in her second year of X residency at Y", "Society news\n\nTwo of our past travel-award winners are now training. Ana Ruiz, MD, PhD, is in her second year of pathology residency at Mercy Hospital. She says the lab suits her.\n",
		[]string{"Ana Ruiz |  |  | "}},
	{"name, degrees, now in a X residency at Y, verb", "Society news\n\nBen Ota, MD, now in a general surgery residency at Valley Health, says the award shaped his path.\n",
		[]string{"Ben Ota |  |  | "}},
	{"Dr. X is weeks away from finishing her first year as a long-specialty resident", "New doctors take the oath\n\nDr. Lena Park is weeks away from finishing her first year as a physical medicine and rehabilitation resident. She told the new class to sleep when they can.\n",
		[]string{"Lena Park |  |  | "}},
	{"fronted 'now in the second year of his residency', surname named in full earlier", "Resident spends a month in Ghana\n\nKofi Mensah, MD, worked at a district hospital near Kumasi for four weeks this spring. He saw malaria every day.\n\nNow in the second year of his residency, Mensah plans to go back next year.\n",
		[]string{"Kofi Mensah |  |  | "}},
	{"Dr. X, another first-year resident, said", "New residents begin at Valley\n\nThe sixteen new doctors received their white coats on Friday. Dr. Vera Cole, another first-year resident, said she was nervous but ready.\n",
		[]string{"Vera Cole |  |  | "}},
	{"Dr. X, currently a Resident in Surgery at Y", "Webinar on the first year\n\nThe webinar featured Dr. Omar Haddad, currently a Resident in General Surgery at Mercy Hospital, who spoke about the first months of training.\n",
		[]string{"Omar Haddad |  |  | "}},
	// near misses
	{"finished her first year of residency long ago, now directs", "Society news\n\nHelen Marsh, MD, completed her first year of residency at Mercy Hospital in 2009 and now directs the clinic.\n", nil},
	{"was in his first year of residency when the hospital opened", "Hospital history\n\nRoy Tan, MD, was in his first year of residency when the new wing opened in 1990.\n", nil},
	{"in her first year of medical school", "Society news\n\nCara Dunn is in her first year of medical school at Rush and hopes to study pathology.\n", nil},
	{"now in a fellowship", "Society news\n\nAmy Lin, MD, now in a cardiology fellowship at Valley Health, says the award shaped her path.\n", nil},
	{"fronted 'now in the final year of her fellowship'", "Fellow spends a month in Ghana\n\nHelen Marsh, MD, worked at a district hospital for four weeks.\n\nNow in the final year of her fellowship, Marsh plans to go back.\n", nil},
	{"fronted 'in his first year of residency' without now: a director's past", "Meet the director\n\nRoy Tan, MD, leads the surgery program.\n\nIn his first year of residency, Tan met the patient who made him a surgeon.\n", nil},
	{"now in practice after residency", "Alumni news\n\nRoy Tan, MD, now in practice after his residency at Mercy Hospital, says the program shaped him.\n", nil},
	{"now a faculty member who teaches each resident", "Alumni news\n\nHelen Marsh, MD, now a faculty member who teaches each resident on the wards, returned to speak.\n", nil},
	{"in her second year as director of the residency", "Program news\n\nDr. Helen Marsh is in her second year as director of the internal medicine residency.\n", nil},
	{"now in a residency's leadership", "Program news\n\nRoy Tan, MD, now in charge of the surgery residency, met the interns.\n", nil},
	{"a director finishing his first year as program director", "New doctors take the oath\n\nDr. Roy Tan is weeks away from finishing his first year as program director of the surgery residency.\n", nil},

	// 2. First-person essays: the author in a byline, the text saying the
	// author began their residency, or the byline giving the training year.
	{"essay: By Dr. X, I began my X residency, trained abroad", "Starting Over\n\nBy Dr. Nadia Rahman\n\nI grew up in Lahore and always wanted to care for children. After earning my medical degree in Pakistan, I worked in a district clinic for three years. I passed my exams and began my pediatrics residency at Valley Children's Hospital last July. Starting over as an international medical graduate was hard, but the nurses made me feel at home.\n",
		[]string{"Nadia Rahman |  | Pakistan | yes"}},
	{"essay: an IMG who worked as an attending abroad before this residency", "Two Beginnings\n\nBy Dr. Karim Nasser\n\nI worked as an attending physician in Amman for three years before moving to Ohio. I began my family medicine residency at Valley Health in July as an international medical graduate, and everything was new again.\n",
		[]string{"Karim Nasser |  |  | yes"}},
	{"essay: By Dr. X, I started my residency at Y", "What the night shift taught me\n\nBy Dr. Samuel Adeyemi\n\nI started my internal medicine residency at Mercy Hospital in June. The first night alone on the wards, I learned to ask for help early.\n",
		[]string{"Samuel Adeyemi |  |  | "}},
	{"byline: Author: X, MD, Program R4, on behalf of a committee", "Thinking About Your Rank List\n\nAuthor: Sam Lee, MD, Valley Emergency Medicine R4, on behalf of the Student Advising Committee\n\nYou have finished your interviews. I write this to help you think about where you will be happy for the next three years.\n",
		[]string{"Sam Lee |  |  | "}},
	{"byline: By Dr. X, PGY-2, specialty", "Notes from night float\n\nBy Dr. Ali Khan, PGY-2, Internal Medicine\n\nThe pager goes off at three in the morning and I walk to the fourth floor.\n",
		[]string{"Ali Khan |  |  | "}},
	// near misses
	{"essay by a director who began residency as an IMG", "From IMG to Program Director\n\nBy Dr. Helen Marsh\n\nI left Egypt in 1996 and began my internal medicine residency at Mercy Hospital in 1998 as an international medical graduate. Today I serve as the program director of that same residency.\n", nil},
	{"essay by an attending who began and completed residency", "Twenty years on\n\nBy Dr. Roy Tan\n\nI began my surgery residency at Valley Health in 2005 and completed it in 2010. I now practise in Ohio with my wife.\n", nil},
	{"essay by an attending who teaches now", "On teaching\n\nBy Dr. Roy Tan\n\nAs an attending, I teach the residents I once was. I began my surgery residency at Valley Health on a rainy day, and I think of it often.\n", nil},
	{"essay by an applicant who hopes to begin residency", "Waiting for the Match\n\nBy Cara Dunn\n\nI applied for residency in September. I hope to begin my residency next July, wherever the Match sends me.\n", nil},
	{"essay by a spouse whose husband began his residency", "A Family Move\n\nBy Dr. Amy Lin\n\nWe moved to Ohio in 2019 when my husband began his residency. I stayed home with our two children and studied for my exams.\n", nil},
	{"byline of a professor over 'I began my residency'", "Lessons from the wards\n\nBy Dr. Helen Marsh, Associate Professor of Medicine\n\nI began my internal medicine residency at Mercy Hospital on a cold July morning. I still remember my first patient.\n", nil},
	{"byline of two writers, first person plural", "Notes from the clinic\n\nBy Dr. Ana Ruiz and Dr. Ben Ota\n\nWe began our clinic for refugees last spring and learned a great deal.\n", nil},
	{"byline of a professor", "Thinking About Your Rank List\n\nAuthor: Helen Marsh, MD, Associate Professor, Valley Emergency Medicine\n\nYou have finished your interviews. I write this to help you choose.\n", nil},
}

// knownRoster10cMisses are the cases of rosterSession10cCases not read
// right yet.
var knownRoster10cMisses = map[string]bool{}

func TestRosterSession10cClasses(t *testing.T) {
	missed := 0
	for _, tc := range rosterSession10cCases {
		got := residentRows(t, tc.give)
		d := cmp.Diff(tc.want, got)
		switch {
		case d != "" && knownRoster10cMisses[tc.class]:
			missed++
		case d != "":
			t.Errorf("%s: residents (-want +got):\n%s", tc.class, d)
		case knownRoster10cMisses[tc.class]:
			t.Errorf("%s: passes now; take it off the known misses", tc.class)
		}
	}
	if missed > 0 {
		t.Logf("%d of %d cases are known misses", missed, len(rosterSession10cCases))
	}
}
