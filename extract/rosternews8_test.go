package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// rosterNews8Cases are session-8 classes of rosters written as news and
// announcements (issue 12, the lead's brief: classes paraphrased, written
// here in the team's own words, never copied), with the near misses that
// must stay empty. want lists "name | school | country | img" as
// TestRosterClasses does. Cases not read right yet are named in
// knownNews8Misses.
var rosterNews8Cases = []struct {
	class, give string
	want        []string
}{
	// 1. A cohort sentence whose names each carry a title.
	{"a matched class listed with Dr. titles", "Valley Hospital fills its first residency class\n\nLAKESIDE — The new internal medicine residency at Valley Hospital learned its match results on Friday. Joining the residency as the class of 2029 are Dr. Nia Hart, Dr. Sam Ortiz, Dr. Ivy Chan and Dr. Tariq Aziz.\n\n\"We could not be happier,\" said Dr. Helen Marsh, the program director.",
		[]string{"Nia Hart |  |  | ", "Sam Ortiz |  |  | ", "Ivy Chan |  |  | ", "Tariq Aziz |  |  | "}},
	{"a caption of graduates with Dr. titles", "Residency news\n\nPhoto: Finishing their training this week at the Internal Medicine Residency of Valley Hospital are Dr. Hana Sato, Dr. Chidi Okeke, Dr. Dana Wells and Dr. Paul Reyes.",
		[]string{"Hana Sato |  |  | ", "Chidi Okeke |  |  | ", "Dana Wells |  |  | ", "Paul Reyes |  |  | "}},
	{"a class with Dr titles and semicolons", "Meet the class\n\nThe resident physicians of our incoming class are Dr Lena Park; Dr Omar Haddad; Dr Vera Cole; and Dr Ruth Abebe. Program director Dr. Helen Marsh welcomed them on Monday.",
		[]string{"Lena Park |  |  | ", "Omar Haddad |  |  | ", "Vera Cole |  |  | ", "Ruth Abebe |  |  | "}},
	{"the new class includes titled names", "Match results\n\nThe family medicine residency's new class includes Dr. Amy Tran, Dr. Bo Li, and Dr. Sara Klein, who start in July.",
		[]string{"Amy Tran |  |  | ", "Bo Li |  |  | ", "Sara Klein |  |  | "}},
	{"faculty listed with Dr. titles", "Residency news\n\nThe teaching faculty of the residency includes Dr. Helen Marsh, Dr. Roy Tan, Dr. Jane Smith and Dr. Paul Reyes.", nil},
	{"graduates practising elsewhere with Dr. titles", "Residency news\n\nThree of the residency's graduates now practise in Cedar County: Dr. Ana Ruiz, Dr. Ben Ota and Dr. Chidi Okeke.", nil},
	{"speakers with Dr. titles", "Graduation 2026\n\nThe speakers at this year's residency graduation were Dr. Ella Stone, Dr. Mark Hale and Dr. Lia Cruz.", nil},
	{"a school's graduates starting residency, with Dr. titles", "Commencement\n\nGraduating from the medical school and starting residency in July are Dr. Amy Tran, Dr. Bo Li and Dr. Sara Klein.", nil},
	{"the residency's new faculty with Dr. titles", "Residency news\n\nJoining the residency's faculty this year are Dr. Helen Marsh, Dr. Roy Tan and Dr. Jane Smith.", nil},
	{"a school's class with Dr. titles", "Commencement\n\nThe medical school's graduating class includes Dr. Amy Tran, Dr. Bo Li and Dr. Sara Klein, who begin residency elsewhere in July.", nil},

	// 1b. The same cohort sentence with bare names, the list last.
	{"the doctors who will start residency, bare names", "Lakeside news\n\nThe four physicians who will start residency at Lakeside's new internal medicine program in July are Nia Hart, Sam Ortiz, Ivy Chan and Tariq Aziz.",
		[]string{"Nia Hart |  |  | ", "Sam Ortiz |  |  | ", "Ivy Chan |  |  | ", "Tariq Aziz |  |  | "}},
	{"chief residents for next year, bare names", "Residency news\n\nOur chief residents for next year are Maya Fisher, Leo Grant and Ivy Chan.",
		[]string{"Maya Fisher |  |  | ", "Leo Grant |  |  | ", "Ivy Chan |  |  | "}},
	{"the class of a year includes bare names", "Residency news\n\nThe residency's class of 2029 includes Hana Sato, Chidi Okeke, Dana Wells, and Paul Reyes.",
		[]string{"Hana Sato |  |  | ", "Chidi Okeke |  |  | ", "Dana Wells |  |  | ", "Paul Reyes |  |  | "}},
	{"the residents' favourite cities", "Residency news\n\nThe residents' favourite cities are New York City, San Francisco and New Orleans.", nil},
	{"the residents thank their sponsors", "Residency news\n\nThe residents who finished the marathon thank their sponsors: Mercy Hospital, Valley Health and Lakeside Bank.", nil},
	{"bare names of faculty for the residents", "Residency news\n\nThe residents' new teachers this year are Helen Marsh, Roy Tan and Jane Smith.", nil},
	{"bare names before more words", "Residency news\n\nOur chief residents for next year are Maya Fisher, Leo Grant and Ivy Chan Memorial fund winners, who gave to the clinic.", nil},

	// 2. A resident's role in an apposition of a news story.
	{"an apposition after degrees", "Hospital study on sleep\n\nJane Roe, MD, a second-year internal medicine resident at Valley Hospital, led the study of night shifts.",
		[]string{"Jane Roe |  |  | "}},
	{"completing his residency, graduating in June", "Local doctor heads home\n\nDr. Luis Vega, who came to Ohio from Lima, is completing his residency in family medicine at Mercy Hospital. \"I graduate in June and then I go back to my town,\" he said.",
		[]string{"Luis Vega |  |  | "}},
	{"an apposition with DO and the hospital", "Council hears from doctors\n\nAmir Khan, DO, an emergency medicine resident with Valley Health, told the council about the ambulance delays.",
		[]string{"Amir Khan |  |  | "}},
	{"a relative clause before will serve as chief resident", "Residency news\n\nSara Klein, DO, who grew up in Dayton, will serve as chief resident next year.",
		[]string{"Sara Klein |  |  | "}},
	{"a relative clause before the program director", "Residency news\n\nDr. Helen Marsh, who has trained residents for twenty years, is the program director at Mercy Hospital.", nil},
	{"a relative clause about a past residency", "Residency news\n\nDr. Paul Reyes, who was a resident here in 2001, is now the chair of medicine and teaches the residents.", nil},
	{"a society's resident/fellow member", "Medical society news\n\nAna Ruiz, MD, Resident/Fellow Member of the State Medical Society, spoke at the annual meeting about clinic access.", nil},
	{"the program director in an apposition", "Hospital study on sleep\n\nDr. Helen Marsh, the internal medicine residency program director at Valley Hospital, led the study of night shifts.", nil},
	{"a former resident in an apposition", "Local doctor heads home\n\nDr. Paul Reyes, a former resident at Mercy Hospital who now practises in Denver, spoke at the meeting.", nil},

	// 3. Lists of residents after a lead-in naming their year.
	{"years as lead-ins over bulleted names and schools", "Residency program\n\nFirst-year residents are:\n• Ana Ruiz, University of Iowa Carver College of Medicine.\n• Ben Cole, Ross University School of Medicine.\nSecond-year residents are:\n• Li Wei, Rush Medical College.\n• Omar Haddad, University of Jordan.\n",
		[]string{"Ana Ruiz | University of Iowa Carver College of Medicine |  | ", "Ben Cole | Ross University School of Medicine |  | ", "Li Wei | Rush Medical College |  | ", "Omar Haddad | University of Jordan |  | "}},
	{"a school and an earlier year's hospital after a slash", "Residency program\n\nOur second-year residents are:\n• Hana Sato, Emory University School of Medicine/Mercy Hospital.\n• Chidi Okeke, University of Ibadan/Valley Medical Center.\n",
		[]string{"Hana Sato | Emory University School of Medicine |  | ", "Chidi Okeke | University of Ibadan |  | "}},
	{"a bulleted name with no school", "Residency program\n\nThird-year residents are:\n• Dana Wells, Rush Medical College.\n• Paul Reyes,\n• Vera Cole, Universidad de Monterrey.\n",
		[]string{"Dana Wells | Rush Medical College |  | ", "Paul Reyes |  |  | ", "Vera Cole | Universidad de Monterrey |  | "}},
	{"an HTML list under a lead-in with degrees", `<h1>Residency news</h1><p>Our interns for 2026-2027 are:</p><ul><li>Amy Tran, MD, Emory University School of Medicine</li><li>Bo Li, DO, Rowan-Virtua School of Osteopathic Medicine</li></ul>`,
		[]string{"Amy Tran | Emory University School of Medicine |  | ", "Bo Li | Rowan-Virtua School of Osteopathic Medicine |  | "}},
	{"schools of the residents with no names", "Residency program\n\nOur residents come from these schools:\n• Emory University School of Medicine\n• Rush Medical College\n", nil},
	{"fellowships the residents matched into", "Residency program\n\nOur residents have matched into fellowships at:\n• Duke University, Cardiology\n• Emory University, Nephrology\n", nil},
	{"what the residents should bring", "Residency orientation\n\nOn the first day residents should bring:\n• Photo ID, a printed copy\n• Lab Coat, white\n", nil},
	{"rotations bulleted after a lead-in", "Second year\n\nResidents also spend one month on each of these services:\n• General Surgery\n• Internal Medicine, Mercy Hospital\n• Grand Rounds, Monday\n", nil},
	{"faculty bulleted after a lead-in", "Residency program\n\nOur core faculty are:\n• Helen Marsh, Emory University School of Medicine.\n• Roy Tan, Rush Medical College.\n", nil},
	{"graduates' practices bulleted after a lead-in", "Residency program\n\nRecent graduates now practising in the county are:\n• Ana Ruiz, Cedar Clinic.\n• Ben Ota, Lakeside Family Practice.\n", nil},

	// 4. A department's match post: students first, then the welcome.
	{"a welcome after a school's match day", "Match Day 2026\n\nOn Friday the fourth-year students of the medical school opened their envelopes, and 14 of them matched into obstetrics and gynecology. Congratulations to Amy Tran, who matched at Duke.\n\nWe welcome the newest members of our OB/GYN residents, Class of 2030!\nNia Hart, Emory University School of Medicine\nSam Ortiz, Universidad de Monterrey\nIvy Chan, Rush Medical College\n",
		[]string{"Nia Hart | Emory University School of Medicine |  | ", "Sam Ortiz | Universidad de Monterrey |  | ", "Ivy Chan | Rush Medical College |  | "}},
	{"a school's matched students without a welcome", "Match Day 2026\n\nOn Friday the fourth-year students of the medical school opened their envelopes. Our students who matched into obstetrics and gynecology:\nAmy Tran, Duke University\nBo Li, Emory University\n", nil},

	// 5. IMG status stated without a school.
	{"a foreign medical school in parentheses", "Residency news\n\nOur new chief residents are Dr. Omar Haddad (a foreign medical school graduate) and Dr. Vera Cole.",
		[]string{"Omar Haddad |  |  | yes", "Vera Cole |  |  | "}},
	{"as an international medical graduate", "Residents in the news\n\nSecond-year resident Lena Park came to the residency as an international medical graduate and now leads the refugee clinic.",
		[]string{"Lena Park |  |  | yes"}},
	{"trained in another country", "Residents in the news\n\nFirst-year resident Dr. Tariq Aziz trained in another country before joining the program in July.",
		[]string{"Tariq Aziz |  |  | yes"}},
	{"IMG status for the first of two residents", "Residency news\n\nOur chief residents, Drs. Omar Haddad (who trained abroad) and Vera Cole, planned the retreat.",
		[]string{"Omar Haddad |  |  | yes", "Vera Cole |  |  | "}},
	{"a resident who mentors IMGs", "Residents in the news\n\nSecond-year resident Dr. Lena Park mentors the international medical graduates who join the program each July.",
		[]string{"Lena Park |  |  | "}},
	{"a resident who is no IMG", "Residents in the news\n\nFirst-year resident Dr. Tariq Aziz, who is not an international medical graduate, leads the clinic.",
		[]string{"Tariq Aziz |  |  | "}},
	{"a program that welcomes graduates abroad", "Residency news\n\nThe program welcomes international medical graduates, said Dr. Helen Marsh, the program director.", nil},

	// 6. Named examples of a program's residents with facts that are no school.
	{"residents named with college and hometown", "Residency grows\n\nOf the 12 residents who started in July, seven grew up in Ohio. Ana Ruiz received her undergraduate degree at Ohio State; Ben Cole grew up in Dayton.",
		[]string{"Ana Ruiz |  |  | ", "Ben Cole |  |  | "}},
	{"interns named after their count, sentence by sentence", "Residency grows\n\nThe residency's eight new interns arrived in June from six states. Lena Park studied chemistry at Rice University. Omar Haddad spent two years teaching in Ghana.",
		[]string{"Lena Park |  |  | ", "Omar Haddad |  |  | "}},
	{"residents named after their count with semicolons", "Residents' corner\n\nOur six first-year residents come from four states. Ruth Abebe played college soccer; Ian Frost is a father of two; Nadia Rahman sings in a choir.",
		[]string{"Ruth Abebe |  |  | ", "Ian Frost |  |  | ", "Nadia Rahman |  |  | "}},
	{"a speaker after a count of residents", "Residency grows\n\nOf the 12 residents, most train at the main hospital. Helen Marsh said the class is the strongest yet.", nil},
	{"faculty in the count", "Residency grows\n\nOf the 12 residents and their faculty mentors, most live in town. Helen Marsh teaches on Mondays.", nil},
	{"more names than the count", "Residency grows\n\nThe two new interns arrived in June. Ana Ruiz grew up in Dayton; Ben Cole grew up in Lima; Li Wei grew up in Akron.", nil},
	{"places as subjects after a count", "Residency grows\n\nOf the 12 residents, seven grew up in Ohio. New York City sent two of them; Ohio State University trained three.", nil},
	{"students named with college and hometown", "Medical school news\n\nOf the 12 students who matched in July, seven grew up in Ohio. Ana Ruiz received her undergraduate degree at Ohio State; Ben Cole grew up in Dayton.", nil},

	// A quoted director whose name carries a suffix and credentials.
	{"a director quoted with Jr. and credentials", "New class of surgery residents\n\nAll five of the new residents were sought after by top programs.\n\"Our ability to recruit this class speaks for our faculty and our current residents,\" said Lee Hart Jr., M.D., FACS, associate professor of surgery at the college and director of the residency program.", nil},
	{"a resident quoted with Jr.", "New class of surgery residents\n\nAll five of the new residents were sought after by top programs. \"I love the teaching here,\" said Sam Ortiz Jr., a second-year resident.",
		[]string{"Sam Ortiz |  |  | "}},

	// Graduating residents listed with their fellowship: the destination is no school.
	{"graduates with fellowship destinations on one line", "Where our graduates go\n\nSix graduating residents chose fellowships:\n\n- Ana Ruiz, DO - University of Iowa, Cardiology Fellowship\n- Ben Ota, MD - Emory University, Sports Medicine Fellowship\n",
		[]string{"Ana Ruiz |  |  | ", "Ben Ota |  |  | "}},

	{"new fellows' destinations are no schools", "Our family medicine residents after graduation\n\nUpon graduation, most of our residents were hired at clinics.\n\nSix graduates chose fellowships. Other new fellows include the following graduates:\n\n  • Ana Ruiz, DO - University of Iowa, Cardiology Fellowship\n  • Ben Ota, MD - Emory University, Sports Medicine Fellowship\n  • Li Wei, MD - Rush University, Geriatrics Fellowship\n", nil},

	// A headline in headline case: its capitals mark no names.
	{"a headline after a role word", "A Day for Celebration: Largest Class of Residents Finds Its Home in Family Medicine\n\nFamily medicine welcomed nearly 4,600 new residents this week.", nil},
	{"a headline with a resident before capitals", "Valley News\n\nIntern Year Begins With Orientation Week at Mercy Hospital\n\nThe new interns arrived on Monday.", nil},

	// Near misses of a medical school's news.
	{"a school's students with their colleges", "Match Day at the college\n\nTwelve of our students matched into family medicine. Ms. Lia Cruz (Rice University prior to the college) matched at Mercy Hospital, and Mr. Sam Lee (Tulane before the college) at Valley Health.", nil},
	{"student award winners", "College news\n\nThe student research award went to Sam Lee and Amy Tran, third-year medical students, for their study of resident sleep.", nil},
	{"a dean who speaks", "Residency news\n\nDean Dr. Paul Reyes and program director Dr. Helen Marsh spoke to the residents at the opening.", nil},
}

// knownNews8Misses are the cases of rosterNews8Cases not read right yet.
var knownNews8Misses = map[string]bool{}

func TestRosterNews8(t *testing.T) {
	missed := 0
	for _, tc := range rosterNews8Cases {
		got := residentRows(t, tc.give)
		d := cmp.Diff(tc.want, got)
		switch {
		case d != "" && knownNews8Misses[tc.class]:
			missed++
		case d != "":
			t.Errorf("%s: residents (-want +got):\n%s", tc.class, d)
		case knownNews8Misses[tc.class]:
			t.Errorf("%s: passes now; take it off the known misses", tc.class)
		}
	}
	if missed > 0 {
		t.Logf("%d of %d cases are known misses", missed, len(rosterNews8Cases))
	}
}

// FuzzLeadInItem drives leadInItem, the parser of the lines under a
// resident lead-in, seeded with the battery's lines: no panic, and a line
// it reads always carries a name.
func FuzzLeadInItem(f *testing.F) {
	for _, tc := range rosterNews8Cases {
		for _, line := range strings.Split(tc.give, "\n") {
			f.Add(line)
		}
	}
	for _, tc := range rosterSession9Cases { // (long names, dashes, parentheses, legal statuses)
		for _, line := range strings.Split(tc.give, "\n") {
			f.Add(line)
		}
	}
	f.Fuzz(func(t *testing.T, line string) {
		r, ok := leadInItem(line)
		if ok && r.Name == "" {
			t.Fatalf("leadInItem(%q) read no name", line)
		}
		if ok && len(strings.Fields(r.Name)) > 7 {
			t.Fatalf("leadInItem(%q) read a name of more than seven words: %q", line, r.Name)
		}
	})
}
