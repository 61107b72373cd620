package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// rosterNews9Cases are session-9 classes of residents named in prose —
// news, columns, announcements (issue 12, the lead's brief: classes
// paraphrased, written here in the team's own words, never copied), with
// the near misses that must stay empty. want lists "name | school |
// country | img" as TestRosterClasses does. Cases not read right yet are
// named in knownNews9Misses.
var rosterNews9Cases = []struct {
	class, give string
	want        []string
}{
	// 1. A society's membership grade in apposition after the degrees: a
	// title, never a name; the resident's role after it names a resident.
	{"grade then a later sentence with the role", "Chapter awards 2026\n\nCongratulations to first-place winner Nora Vale, MD, ACP Resident/Fellow Member, for her poster on anemia in pregnancy. The chapter gave $2,000 to Dr. Vale, a second-year internal medicine resident at Lakeside Health Science Center.",
		[]string{"Nora Vale |  |  | "}},
	{"grade then a later sentence with a specialty role", "Society prizes\n\nThe top prize went to Simran Kaur, MD, ACP Resident/Fellow Member, for her clinic's text reminders. The society gave $1,500 to Dr. Kaur, an internal medicine resident at Valley Health.",
		[]string{"Simran Kaur |  |  | "}},
	{"a titled surname, a specialty's resident of another place", "Society prizes\n\nThe top prize went to Simran Kaur, MD, for her clinic's text reminders. The society thanked Dr. Kaur, an Austin resident, for her work.", nil},
	{"grade then the role in the same apposition", "Chapter awards 2026\n\nThe research prize went to Ravi K. Dunn, MD, PhD, ACP Resident/Fellow Member, an internal medicine resident, for his study of sepsis alerts.",
		[]string{"Ravi K. Dunn |  |  | "}},
	{"an associate grade then the role", "Poster contest\n\nLena Ortiz, DO, Associate Member, a third-year family medicine resident at Mercy Hospital, won the poster contest with a study of falls.",
		[]string{"Lena Ortiz |  |  | "}},
	{"a grade of a named society then the role", "Society meeting\n\nOmar Sayed, MD, Resident Member of the State Medical Society, a second-year pediatrics resident, spoke about vaccine access.",
		[]string{"Omar Sayed |  |  | "}},
	{"a student member is no resident", "Chapter awards 2026\n\nThe review prize went to Jo Kim, MD/PhD candidate, ACP Medical Student Member, for a review of statins in the elderly.", nil},
	{"a governor who presents", "Chapter awards 2026\n\nPaul Reyes, MD, FACP, ACP Governor, presented the awards to the chapter's members at the spring meeting.", nil},
	{"a grade alone names no resident", "Chapter news\n\nAna Ruiz, MD, ACP Resident/Fellow Member, wrote this month's chapter newsletter about the spring meeting.", nil},

	// 2. A role phrase before the name is no part of it; a plural role
	// before names joined by degrees names each.
	{"a council president then the resident's role", "Residency graduation\n\nThen 2025-26 Resident Council President Ada Moss, M.D., a second-year internal medicine resident, thanked the donors.",
		[]string{"Ada Moss |  |  | "}},
	{"a class representative then the resident's role", "Residency retreat\n\nClass Representative Lia Cruz, DO, a third-year family medicine resident, opened the retreat with a talk on sleep.",
		[]string{"Lia Cruz |  |  | "}},
	{"interns each with degrees", "New doctors in town\n\nInterns Karim Nader, M.D., and Sami Fawzi, M.D., will train at the county clinic this year.",
		[]string{"Karim Nader |  |  | ", "Sami Fawzi |  |  | "}},
	{"residents each with degrees", "State meeting\n\nResidents Ana Ruiz, D.O., and Ben Ota, M.D., presented posters at the state meeting in May.",
		[]string{"Ana Ruiz |  |  | ", "Ben Ota |  |  | "}},
	{"a director and a chair with degrees", "Residency graduation\n\nProgram Director Helen Marsh, M.D., and Chair Roy Tan, M.D., welcomed the residents and their families.", nil},
	{"a dean who was a resident", "Residency graduation\n\nDean Paul Reyes, M.D., a former resident of the program, gave the address.", nil},
	{"inhabitants of a town", "Town news\n\nStockton residents Ana Ruiz and Ben Ota filed the suit against the county last week.", nil},

	// 3. A resident's story: the medical degree's clause names the school,
	// not the fellowship after residency; the director quoted is none.
	{"a story of a graduating resident", "A step closer\n\nDr. Omar Lind is a step closer to his goal. It starts with the completion of his residency at the Valley internal medicine program. \"I finish in June,\" Lind said. Lind earned his doctor of medicine degree from the University of Lagos and is one of six who will graduate in June. After his residency, Lind will start a fellowship at Mercy Hospital. \"He is a joy to teach,\" said Dr. Helen Marsh, who is our program director.",
		[]string{"Omar Lind | University of Lagos |  | "}},
	{"a story with her medical degree", "Finishing residency\n\nDr. Ana Ruiz will finish her family medicine residency at Mercy Hospital in June. Ruiz received her medical degree from Ross University School of Medicine. After residency, Ruiz will join a practice in Dayton.",
		[]string{"Ana Ruiz | Ross University School of Medicine |  | "}},
	{"a story with medical school at", "Pediatrics news\n\nChidi Okeke, M.D., is completing his residency in pediatrics at Valley Children's Hospital. Okeke graduated from medical school at the University of Ibadan before moving to Ohio.",
		[]string{"Chidi Okeke | University of Ibadan |  | "}},
	{"a director who helps residents finish", "Faculty news\n\nDr. Helen Marsh makes sure each resident can finish his residency on time, and she teaches every Monday.", nil},
	{"a student who hopes to finish a residency", "Medical school news\n\nMedical student Amy Tran hopes to complete her residency in surgery. Tran received her undergraduate degree from Rice University.", nil},
	{"a student who will finish one day", "Medical school news\n\nThird-year student Amy Tran will one day complete her residency in pediatrics, she says.", nil},
	{"a resident who graduates from the residency", "Residency news\n\nDr. Ana Ruiz graduates from the family medicine residency at Mercy Hospital this month. Ruiz received her medical degree from the University of Iowa and will practise in Dayton.",
		[]string{"Ana Ruiz | University of Iowa |  | "}},
	{"a resident who will graduate from his residency", "Local doctor\n\nOmar Sayed, M.D., will graduate from his internal medicine residency in June and then join a practice in Akron.",
		[]string{"Omar Sayed |  |  | "}},
	{"a director who graduated from the residency", "Faculty news\n\nDr. Helen Marsh, who graduated from the residency in 2001, now directs it and teaches every Monday.", nil},
	{"a student who will graduate from medical school", "Medical school news\n\nAmy Tran will graduate from the medical school in May and start her residency in surgery in July.", nil},
	{"a director's past residency", "Faculty news\n\nDr. Helen Marsh completed her residency at Mercy Hospital in 1998. Marsh received her medical degree from Emory University and is now the program director.", nil},
	{"an alumnus practising elsewhere", "Alumni news\n\nDr. Ben Ota, who completed his residency here in 2015, received his medical degree from the University of Iowa and now practises in Akron.", nil},

	// 4. A column by a resident who introduces himself: the surname as
	// written; IMG status stated in the text.
	{"a column by an IMG resident", "An international medical graduate looks back on intern year\n\n\"Good morning, I'm Dr. Mehta, the resident looking after you today.\" I have said it a hundred times this year. My training in another country taught me to listen first. I still remember my first night on call.",
		[]string{"Mehta |  |  | yes"}},
	{"a column by a resident trained abroad", "Notes from the wards\n\n'Hello, I am Dr. Osei, a resident on the medicine team.' I trained abroad as an international medical graduate, and the words still feel new to me. I still remember my first night on call.",
		[]string{"Osei |  |  | yes"}},
	{"a column by a resident, no IMG status", "Notes from the wards\n\n\"Hi, I'm Dr. Park, the resident on call tonight.\" Those words open most of my nights. I still remember my first night on call, and I still keep my notes from it.",
		[]string{"Park |  |  | "}},
	{"a column by an intern with an ECFMG certificate", "Notes from the wards\n\n\"Hello, I am Dr. Noor, the intern on your team.\" The day my ECFMG certificate arrived, I cried in my kitchen. I still remember my first night on call, and I still keep my notes from it.",
		[]string{"Noor |  |  | yes"}},
	{"a column by a resident whose colleagues wait for ECFMG", "Notes from the wards\n\n\"Hi, I'm Dr. Park, the resident on call tonight.\" Many of my co-residents waited months for their ECFMG certificates. I still remember my first night on call, and I still keep my notes from it.",
		[]string{"Park |  |  | "}},
	{"a resident's quote on an FAQ that asks of ECFMG", "Frequently asked questions\n\nCan I apply if my ECFMG certification is pending? Yes, if it is complete by the rank list deadline.\n\nWhat do residents say?\n\n\"Hi, I'm Dr. Park, the resident on call tonight.\" Those words open most of my nights. I still remember my first night on call, and I still keep my notes from it.",
		[]string{"Park |  |  | "}},
	{"an attending introduces himself", "Notes from the wards\n\n\"Hi, I'm Dr. Stone, the attending physician on the team.\" Those words open most of my days. I still remember my first night on call, and I still keep my notes from it.", nil},
	{"a former resident introduces himself", "Notes from the wards\n\n\"Hi, I'm Dr. Stone, a former resident of this program.\" Those words open most of my talks. I still remember my first night on call, and I still keep my notes from it.", nil},
	{"the resident's attending introduces himself", "Notes from the wards\n\n\"Hi, I'm Dr. Lee, the resident's attending on this team.\" Those words open most of my days. I still remember my first night on call, and I still keep my notes from it.", nil},
	{"an attending trained abroad", "An international medical graduate looks back\n\n\"Hi, I'm Dr. Stone, the attending physician on the team.\" My training in another country taught me to listen. I still remember my first night on call, and I still keep my notes from it.", nil},
	{"a patient who lives in town", "Notes from the wards\n\n\"I'm Mary Cole, a resident of Stockton,\" the patient told me on my first night.", nil},
	{"a reader's letter", "Letters\n\nI am a resident of Lakeside and I read your column on intern year every week.", nil},
}

// knownNews9Misses are the cases of rosterNews9Cases not read right yet.
var knownNews9Misses = map[string]bool{}

func TestRosterNews9(t *testing.T) {
	missed := 0
	for _, tc := range rosterNews9Cases {
		got := residentRows(t, tc.give)
		d := cmp.Diff(tc.want, got)
		switch {
		case d != "" && knownNews9Misses[tc.class]:
			missed++
		case d != "":
			t.Errorf("%s: residents (-want +got):\n%s", tc.class, d)
		case knownNews9Misses[tc.class]:
			t.Errorf("%s: passes now; take it off the known misses", tc.class)
		}
	}
	if missed > 0 {
		t.Logf("%d of %d cases are known misses", missed, len(rosterNews9Cases))
	}
}
