package extract

import (
	"net/url"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// rosterSession9Cases are session-9 classes of rosters on real text the
// team had never seen (issue 12 part 2, the lead's brief: paraphrased,
// written here in the team's own words and names, never copied), each with
// near misses that must stay empty. want lists "name | school | country |
// img" as TestRosterClasses does. Cases not read right yet are named in
// knownRoster9Misses.
var rosterSession9Cases = []struct {
	class, give string
	want        []string
}{
	// 1. Bulleted residents under lead-ins naming their year, with uneven
	// entries: names of six or seven words, a name with no school, a
	// school with a comma inside, "School/Hospital" of an earlier year.
	{"a six-word name first under a lead-in", "Residency news\n\nFirst-year residents are:\n\u2022Oluwaseun Adebayo Chukwuemeka Eze Obi Nwosu, University of Nigeria College of Medicine.\n\u2022Marta Quinn,\n\u2022Ravi Menon, Saba University School of Medicine.\nSecond-year residents are:\n\u2022Paul Grant, Fisk University, College of Medicine/Fisk Memorial Hospital.\n\u2022Sara Holt, Kansas City University.\n",
		[]string{"Oluwaseun Adebayo Chukwuemeka Eze Obi Nwosu | University of Nigeria College of Medicine |  | ", "Marta Quinn |  |  | ", "Ravi Menon | Saba University School of Medicine |  | ", "Paul Grant | Fisk University, College of Medicine |  | ", "Sara Holt | Kansas City University |  | "}},
	{"a seven-word name in an HTML list", `<h1>Meet the interns</h1><p>Our new interns are:</p><ul><li>Ana Ruiz, Rush Medical College</li><li>Mohamed Abdel Rahman Hassan El Sayed Mostafa, Ain Shams University, Faculty of Medicine</li><li>Li Wei,</li></ul>`,
		// (the name alone is read first, as a card: order is the readers')
		[]string{"Li Wei |  |  | ", "Ana Ruiz | Rush Medical College |  | ", "Mohamed Abdel Rahman Hassan El Sayed Mostafa | Ain Shams University, Faculty of Medicine |  | "}},
	{"a long name last, dash bullets", "Program update\n\nThird-year residents are:\n- Vera Cole, Universidad de Monterrey.\n- Dana Wells,\n- Siddharth Venkata Ramana Rao Konda Reddy, Osmania Medical College.\n",
		[]string{"Vera Cole | Universidad de Monterrey |  | ", "Dana Wells |  |  | ", "Siddharth Venkata Ramana Rao Konda Reddy | Osmania Medical College |  | "}},
	{"dash-separated entries and a name alone", "Residency news\n\nFirst-year residents are:\n\u2022 Ana Ruiz \u2013 Rush Medical College\n\u2022 Ben Ota \u2013 Des Moines University\n\u2022 Li Wei\n",
		[]string{"Ana Ruiz | Rush Medical College |  | ", "Ben Ota | Des Moines University |  | ", "Li Wei |  |  | "}},
	{"parenthesised schools and a name alone last", "Residency news\n\nOur second-year residents are:\n\u2022 Omar Haddad (University of Jordan)\n\u2022 Sara Holt (Kansas City University)\n\u2022 Vera Cole\n",
		[]string{"Omar Haddad | University of Jordan |  | ", "Sara Holt | Kansas City University |  | ", "Vera Cole |  |  | "}},
	// near misses
	{"legal statuses under a lead-in naming residents", "Eligibility\n\nTo be hired as a resident here, you must be in one of these groups:\n\u2022 U.S. Citizen (born or naturalized)\n\u2022 Permanent Resident\n\u2022 Visa Holder (J-1 only)\n", nil},
	{"rotations with dashes under a residents' lead-in", "Second year\n\nOur residents are:\n\u2022 General Surgery \u2013 Mercy Hospital\n\u2022 Grand Rounds \u2013 Monday\n\u2022 Night Float\n", nil},
	{"long names of faculty under a lead-in", "Residency program\n\nOur core faculty are:\n\u2022 Oluwaseun Adebayo Chukwuemeka Eze Obi Nwosu, University of Nigeria College of Medicine.\n\u2022 Roy Tan, Rush Medical College.\n", nil},
	{"a sentence of seven capitalised words under a lead-in", "Residency program\n\nOur residents are:\n\u2022 Proud Members Of The State Medical Society, since 2010.\n", nil},
	{"alumni placements with long names", "Residency program\n\nWhere our graduates went:\n\u2022 Oluwaseun Adebayo Chukwuemeka Eze Obi Nwosu, Cardiology Fellowship, Duke University.\n", nil},

	// 2. Named examples of a class after a count, opened by "For example:"
	// or joined by "and" or commas: each is a resident, no school named.
	{"examples after For example: and a last and", "New interns arrive\n\nOf the 12 residents who began in July, five grew up within an hour of the hospital. For example: Lena Park received her undergraduate degree at Wichita State; Omar Haddad received his undergraduate degree at the University of Toledo; Ines Duarte grew up in Dayton; and Tom Okafor used to be a firefighter.",
		[]string{"Lena Park |  |  | ", "Omar Haddad |  |  | ", "Ines Duarte |  |  | ", "Tom Okafor |  |  | "}},
	{"examples after For instance, joined by commas", "Residency grows\n\nOur nine new interns took many roads to medicine. For instance, Ruth Abebe taught high school chemistry, Ian Frost served in the Navy, and Nadia Rahman worked as a nurse.",
		[]string{"Ruth Abebe |  |  | ", "Ian Frost |  |  | ", "Nadia Rahman |  |  | "}},
	{"examples after Among them,", "Residency grows\n\nThe program's 10 residents come from seven states. Among them, Kofi Mensah grew up on a farm in Iowa and Lina Haddad ran a marathon in every state.",
		[]string{"Kofi Mensah |  |  | ", "Lina Haddad |  |  | "}},
	{"a count opening its sentence, examples after it", "Residency grows\n\nThirteen new residents began training in July, and four grew up within an hour of the hospital. For example, Ruth Abebe studied at Wichita State and Ian Frost grew up in Dayton.",
		[]string{"Ruth Abebe |  |  | ", "Ian Frost |  |  | "}},
	{"a count in digits opening a later sentence", "Residency grows\n\nThe program welcomed its new class this week. 12 interns arrived from nine states. Among them, Kofi Mensah ran a clinic in Ghana and Lina Haddad taught biology.",
		[]string{"Kofi Mensah |  |  | ", "Lina Haddad |  |  | "}},
	// near misses
	{"a count of residents and faculty opening its sentence", "Residency grows\n\nTwelve residents and four faculty members ran the city marathon. For example, Helen Marsh finished first.", nil},
	{"faculty examples after For example:", "Department news\n\nOf the 12 faculty members, five teach in the clinic. For example: Helen Marsh received her degree at Wichita State; and Roy Tan grew up in Dayton.", nil},
	{"students' examples after For example:", "Medical school news\n\nOf the 12 students who matched, five grew up nearby. For example: Lena Park received her undergraduate degree at Wichita State; and Tom Okafor grew up in Dayton.", nil},
	{"a speaker after For example:", "Residency grows\n\nOf the 12 residents, most train at the main hospital. For example, Helen Marsh said the class is the strongest yet.", nil},
	{"a clause opening with a date after the count", "Residency grows\n\nOf the 12 residents, seven grew up in Ohio. In 2019, Helen Marsh started the program, and Roy Tan joined her.", nil},
	{"a director first among joined examples", "Residency grows\n\nOf the 12 residents, seven grew up in Ohio. For example, Helen Marsh is the program director and Roy Tan teaches in the clinic.", nil},
	{"more examples than the count", "Residency grows\n\nThe two new interns arrived in June. For example: Ana Ruiz grew up in Dayton; Ben Cole grew up in Lima; and Li Wei grew up in Akron.", nil},

	// 3. Poster or award winners under a residents' label line, the title
	// between: "Names, MD | residency program" gives residents with no
	// school (the program's sponsor is no medical school); a student
	// winner is no resident.
	{"a resident winner and a student winner", "Poster competition results\n\nResident winner\n\u2022 Night-float handoffs and missed lab follow-up: a quality project\nAna Ruiz, MD, and Ben Ota, MD | Lakeview State University, Carver School of Medicine, Family Medicine Residency Program\nStudent winner\n\u2022 Screening for hepatitis C in a free clinic\nCara Dunn | Hillcrest Medical School\n",
		[]string{"Ana Ruiz |  |  | ", "Ben Ota |  |  | "}},
	{"resident winners with a colon, one name", "Research day\n\nResident winners:\n\u201cSepsis alerts on the wards\u201d\nKofi Mensah, DO | Valley Health Internal Medicine Residency\nFaculty winners:\n\u201cTeaching at night\u201d\nHelen Marsh, MD | Valley Health\n",
		[]string{"Kofi Mensah |  |  | "}},
	{"first place among residents, a dash before the program", "Annual meeting posters\n\nFirst place, resident category\nDelirium screening in older adults\nLina Haddad, MD \u2013 Mercy Hospital Psychiatry Residency\n",
		[]string{"Lina Haddad |  |  | "}},
	// near misses
	{"a capitalised title between", "Research day\n\nResident winner\nSepsis Bundle Compliance\nAna Ruiz, MD | Valley Health Internal Medicine Residency\n",
		[]string{"Ana Ruiz |  |  | "}},
	{"bulleted labels, authors with degrees and no affiliation", "Conference posters\n\n\u2022 Resident winner\nFalls in the clinic: a screening audit\nKofi Mensah, MD, Lina Haddad, MBChB, and Vera Cole, DO\n\u2022 Student winner\nText reminders for flu shots\nCara Dunn\n",
		[]string{"Kofi Mensah |  |  | ", "Lina Haddad |  |  | ", "Vera Cole |  |  | "}},
	{"the residents' choice", "Teaching awards\n\nResidents' choice winner\n\u2022 Bedside teaching on nights\nHelen Marsh | Valley Health\n", nil},
	{"winners with no one's role", "Poster competition results\n\nWinners\n\u2022 Night-float handoffs\nAna Ruiz, MD | Valley Health\n", nil},
	{"a student winner alone", "Poster competition results\n\nStudent winner\n\u2022 Screening for hepatitis C in a free clinic\nCara Dunn | Hillcrest Medical School\n", nil},
	{"a faculty winner", "Poster competition results\n\nFaculty winner\n\u2022 Teaching residents at night\nHelen Marsh, MD | Lakeview State University School of Medicine\n", nil},
	{"a fellow winner", "Poster competition results\n\nFellow winner\n\u2022 Stents in the elderly\nRoy Tan, MD | Valley Cardiology Fellowship\n", nil},

	// 4. A medical school's news of its students' match: the students'
	// colleges in brackets, where they matched after; no residents.
	{"a school's students matched, colleges in brackets", "Match Day 2025 | Cascade College of Osteopathic Medicine\n\nFourth-year students of the college learned where they will train. Ms. Nguyen (University of Oregon prior to CCOM) matched into internal medicine at Providence Portland. Mr. Ruiz (Boston College prior to CCOM) matched into emergency medicine at Maine Medical Center.", nil},
	{"a school's students, one called a new resident", "Students celebrate Match Day\n\nFourth-year students of the college learned where they will train. New resident Paul Grant (Pomona College before CCOM) matched into psychiatry. Student doctor Amy Lin (Reed College prior to CCOM) matched into pediatrics.", nil},
	{"a school's match list with an incoming residents heading", "<title>Class of 2025 Match | Cascade College of Osteopathic Medicine</title><h1>Our students matched</h1><p>Congratulations to the graduating class on their residency placements.</p><h2>Incoming residents in family medicine</h2><p>New resident Paul Grant (Pomona College before CCOM) matched into family medicine at Legacy Health.</p><p>Ms. Amy Lin (Reed College prior to CCOM) will begin her residency at OHSU.</p>", nil},
	{"a school's match news with an alumnus who is a resident elsewhere", "Cascade College of Osteopathic Medicine celebrates Match Day 2025\n\nFourth-year students of the college learned on Friday where they will train. Ms. Nguyen (University of Oregon prior to CCOM) matched into internal medicine at Providence Portland.\n\nDr. Paul Grant, a second-year resident at Legacy Health and a 2023 graduate of the college, told the students to enjoy the day.", nil},
	// near misses: a residency's own match post, at a medical school or
	// naming students
	{"a residency's match post at a medical school", "<title>Match Day 2025 | Internal Medicine Residency | Cascade School of Medicine</title><h1>Match Day 2025</h1><p>Fourth-year students across the country matched on Friday. Our new interns are:</p><ul><li>Ana Ruiz, Rush Medical College</li><li>Ben Ota, University of Iowa Carver College of Medicine</li></ul>",
		[]string{"Ana Ruiz | Rush Medical College |  | ", "Ben Ota | University of Iowa Carver College of Medicine |  | "}},
	{"a department's match post welcoming interns", "<title>Match Day 2025 | Cascade School of Medicine</title><h1>Meet our incoming interns</h1><p>Medical students everywhere matched on Friday. Our new interns are:</p><ul><li>Ana Ruiz, Rush Medical College</li><li>Ben Ota, University of Iowa Carver College of Medicine</li></ul>",
		[]string{"Ana Ruiz | Rush Medical College |  | ", "Ben Ota | University of Iowa Carver College of Medicine |  | "}},

	// 5. Residents listed in one sentence after their role, each with
	// degrees and "from"/"of" a school, the items parted by semicolons
	// (a news post's class announcement).
	{"a semicolon list with from and a place", "Residency news\n\nThe new residents are Ana Ruiz, MD, from Rush Medical College in Chicago; Ben Ota, DO, from Des Moines University; Vera Cole, DO, from the Kansas City University College of Osteopathic Medicine in Missouri; and Li Wei, MD, from the University of Iowa Carver College of Medicine.",
		[]string{"Ana Ruiz | Rush Medical College |  | ", "Ben Ota | Des Moines University |  | ", "Vera Cole | Kansas City University College of Osteopathic Medicine |  | ", "Li Wei | University of Iowa Carver College of Medicine |  | "}},
	{"a semicolon list with of after joining as interns", "Residency news\n\nJoining the program as interns are Ana Ruiz, MD, of Rush Medical College; Ben Ota, DO, of Des Moines University; and Li Wei, MD, of the University of Iowa Carver College of Medicine.",
		[]string{"Ana Ruiz | Rush Medical College |  | ", "Ben Ota | Des Moines University |  | ", "Li Wei | University of Iowa Carver College of Medicine |  | "}},
	{"a colon before the semicolon list, a school abroad", "Match news\n\nOur incoming interns include: Omar Haddad, MD, from the University of Jordan Faculty of Medicine; Sara Holt, DO, from Kansas City University; and Ravi Menon, MBBS, from Kasturba Medical College.",
		[]string{"Omar Haddad | University of Jordan Faculty of Medicine |  | ", "Sara Holt | Kansas City University |  | ", "Ravi Menon | Kasturba Medical College |  | "}},
	// near misses
	{"faculty in a semicolon list", "Residency news\n\nThe new faculty are Helen Marsh, MD, from Rush Medical College; Roy Tan, DO, from Des Moines University.", nil},
	{"pharmacy residents in a semicolon list", "Residency news\n\nThe pharmacy residents are Amy Lin, PharmD, from the University of Arizona College of Pharmacy; Bo Li, PharmD, from Concordia University.", nil},
	{"speakers in a semicolon list", "Residency news\n\nThe speakers at the residents' retreat were Helen Marsh, MD, from Rush Medical College; Roy Tan, DO, from Des Moines University.", nil},
}

// knownRoster9Misses are the cases of rosterSession9Cases not read right
// yet.
var knownRoster9Misses = map[string]bool{}

func TestRosterSession9Classes(t *testing.T) {
	missed := 0
	for _, tc := range rosterSession9Cases {
		got := residentRows(t, tc.give)
		d := cmp.Diff(tc.want, got)
		switch {
		case d != "" && knownRoster9Misses[tc.class]:
			missed++
		case d != "":
			t.Errorf("%s: residents (-want +got):\n%s", tc.class, d)
		case knownRoster9Misses[tc.class]:
			t.Errorf("%s: passes now; take it off the known misses", tc.class)
		}
	}
	if missed > 0 {
		t.Logf("%d of %d cases are known misses", missed, len(rosterSession9Cases))
	}
}

// TestStudentMatchPageAddress: a school's match news whose text has no
// title, read with its address, which speaks of the students' match.
func TestStudentMatchPageAddress(t *testing.T) {
	give := "<p>Fourth-year students opened their envelopes at noon.</p><p>Dr. Paul Grant, a second-year resident at Legacy Health and a graduate of the college, spoke to the class.</p>"
	for _, tc := range []struct {
		url  string
		want int
	}{
		{"https://www.cascade.edu/news/students-celebrate-match-day-2025", 0},
		{"https://www.cascade.edu/news/our-residents-match-day-2025", 1}, // (near miss: the residents' own page)
		{"https://www.cascade.edu/news/spring-update", 1},
	} {
		u, _ := url.Parse(tc.url)
		pf, err := Page([]byte(give), u)
		if err != nil {
			t.Fatal(err)
		}
		if len(pf.Residents) != tc.want {
			t.Errorf("%s: %d residents, want %d", tc.url, len(pf.Residents), tc.want)
		}
	}
}
