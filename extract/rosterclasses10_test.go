package extract

import (
	"net/url"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// rosterSession10Cases are session-10 classes of residents named in prose
// and in lists that the last held-out set showed the extractor missing
// (issue 12; the lead's brief describes them, the sentences are written
// here in the team's own words and names, never copied), each with near
// misses of the same shape that must stay empty: faculty, alumni, students.
// want lists "name | school | country | img" as TestRosterClasses does.
// Cases not read right yet are named in knownRoster10Misses.
var rosterSession10Cases = []struct {
	class, give string
	want        []string
}{
	// 1. Testimonials signed on the line after the quote: a name, a degree,
	// a dash or comma, a training year in Roman or Arabic numerals, and
	// sometimes the specialty.
	{"signed quote, dash before a Roman year", "Resident Testimonials\n\n\u201cThe faculty here truly invest in our growth, and the patient mix is wide.\u201d\nPriya Raman, MD - PGY III\n",
		[]string{"Priya Raman |  |  | "}},
	{"signed quote, em dash, year then specialty", "What our residents say\n\n\u201cI picked this program for the community and never looked back.\u201d\n\u2014 Daniel Okoro, DO, PGY-2, Internal Medicine\n",
		[]string{"Daniel Okoro |  |  | "}},
	{"three signed quotes, mixed years", "Testimonials\n\n\u201cThe faculty here truly invest in our growth.\u201d\nPriya Raman, MD - PGY III\n\n\u201cNight float taught me more than any textbook.\u201d\n- Maria Lopez, MD, PGY1\n\n\u201cI felt supported from day one.\u201d\nSamuel Adeyemi, MBBS \u2013 PGY-II\n",
		// (the list item is read first, as a card: order is the readers')
		[]string{"Maria Lopez |  |  | ", "Priya Raman |  |  | ", "Samuel Adeyemi |  |  | "}},
	{"signed quote, en dash and a written-out year", "Hear from our residents\n\n\u201cEvery rotation has a teacher who cares.\u201d\nNadia Rahman, MD \u2013 PGY 2\n",
		[]string{"Nadia Rahman |  |  | "}},
	// near misses
	{"a quote signed by the program director", "Welcome\n\n\u201cOur residents are the heart of this hospital.\u201d\nHelen Marsh, MD - Program Director\n", nil},
	{"a quote signed by an associate director", "Welcome\n\n\u201cWe teach at the bedside every day.\u201d\n\u2014 Roy Tan, MD, Associate Program Director, Internal Medicine\n", nil},
	{"a quote signed by a student", "Clerkship\n\n\u201cThe residents taught me so much on this rotation.\u201d\n\u2014 Cara Dunn, fourth-year medical student\n", nil},
	{"a quote signed by an alumna", "Alumni\n\n\u201cThis program made me the doctor I am.\u201d\n\u2014 Amy Lin, MD, Class of 2016, now in private practice\n", nil},

	// 2. An inline list in one sentence: a lead-in naming residents, then
	// "name, school" entries parted by semicolons, or by commas when
	// every entry has a school's shape.
	{"name, school entries parted by semicolons", "Residency news\n\nThe new residents and the schools they graduated from are: Ana Ruiz, Rush Medical College; Ben Ota, University of Jordan Faculty of Medicine; Li Wei, Des Moines University; Omar Haddad, Ross University School of Medicine.",
		[]string{"Ana Ruiz | Rush Medical College |  | ", "Ben Ota | University of Jordan Faculty of Medicine |  | ", "Li Wei | Des Moines University |  | ", "Omar Haddad | Ross University School of Medicine |  | "}},
	{"name, school entries with a last and", "Welcome, interns\n\nOur incoming interns and their medical schools: Vera Cole, Kansas City University; Tom Okafor, University of Ibadan College of Medicine; and Lena Park, Saint Louis University School of Medicine.",
		[]string{"Vera Cole | Kansas City University |  | ", "Tom Okafor | University of Ibadan College of Medicine |  | ", "Lena Park | Saint Louis University School of Medicine |  | "}},
	{"name, school entries parted by commas", "Residency news\n\nThe first-year residents and their medical schools are Ana Ruiz, Rush Medical College, Ben Ota, University of Jordan Faculty of Medicine, and Li Wei, Des Moines University.",
		[]string{"Ana Ruiz | Rush Medical College |  | ", "Ben Ota | University of Jordan Faculty of Medicine |  | ", "Li Wei | Des Moines University |  | "}},
	// near misses
	{"name, school entries parted by commas, no schools in the lead-in", "Residency news\n\nThe new interns are Vera Cole, Kansas City University, Tom Okafor, University of Ibadan College of Medicine, and Lena Park, Rush Medical College.",
		[]string{"Vera Cole | Kansas City University |  | ", "Tom Okafor | University of Ibadan College of Medicine |  | ", "Lena Park | Rush Medical College |  | "}},
	{"residents and the hospitals they rotate at", "Rotations\n\nOur residents and the schools' hospitals they rotate at are: Mercy Hospital, Saint Luke Medical Center; Valley Clinic, Hill Medical Center.", nil},
	{"names alone parted by commas", "Residency news\n\nThe new interns are Vera Cole, Tom Okafor, Lena Park and Ben Ota.",
		[]string{"Vera Cole |  |  | ", "Tom Okafor |  |  | ", "Lena Park |  |  | ", "Ben Ota |  |  | "}},
	{"faculty and their schools parted by semicolons", "Department news\n\nThe new faculty and the schools they graduated from are: Helen Marsh, Rush Medical College; Roy Tan, Des Moines University; Amy Lin, Saint Louis University School of Medicine.", nil},
	{"graduates and their fellowships parted by semicolons", "Residency news\n\nOur graduates and the fellowships they matched to are: Ana Ruiz, Cardiology; Ben Ota, Nephrology; Li Wei, Gastroenterology.", nil},
	{"students and where they matched parted by semicolons", "Match Day\n\nOur fourth-year students and the programs they matched to are: Cara Dunn, Rush University Medical Center; Amy Lin, University of Iowa Hospitals.", nil},

	// 3. A GME office's newsletter mixing faculty news and residents' news,
	// the residents marked by a training year after the name.
	{"newsletter: residents marked (PGY-2) among faculty news", "GME Newsletter - Spring\n\nDr. Helen Marsh was named associate dean for graduate medical education. Kofi Mensah, MD (PGY-2) presented a poster at the state ACP meeting. Lina Haddad, DO (PGY-3) received the resident teaching award. Dr. Roy Tan, cardiology, received a research grant.",
		[]string{"Kofi Mensah |  |  | ", "Lina Haddad |  |  | "}},
	{"newsletter: year and program in the parenthesis", "GME Highlights\n\nCongratulations to Ana Ruiz (PGY-1, Internal Medicine) for her talk at the regional meeting. Dr. Helen Marsh (Program Director, Pediatrics) was elected to the board. Ben Ota (PGY-3, Family Medicine) published a case report.",
		[]string{"Ana Ruiz |  |  | ", "Ben Ota |  |  | "}},
	{"newsletter: the specialty before the year in the parenthesis", "GME Newsletter\n\nOur congratulations go to Dr. Kofi Mensah (Family Medicine, PGY-2) and Dr. Lina Haddad (Internal Medicine, PGY-1), who won travel grants. Dr. Helen Marsh, associate dean, opened the simulation center.",
		[]string{"Kofi Mensah |  |  | ", "Lina Haddad |  |  | "}},
	{"newsletter: a specialty's capitals before the year", "GME News\n\nDr. Ana Ruiz (IM PGY-1) led the wellness walk. Dr. Helen Marsh (Faculty) spoke.",
		[]string{"Ana Ruiz |  |  | "}},
	// near misses
	{"newsletter: a fellow's training year", "GME Newsletter\n\nDr. Roy Tan (Cardiology Fellow, PGY-5) and Dr. Helen Marsh (Faculty) published a case report.", nil},
	{"newsletter: faculty only, roles in parentheses", "GME Highlights\n\nDr. Helen Marsh (Program Director, Pediatrics) was elected to the board. Dr. Roy Tan (Faculty, Surgery) received a grant.", nil},
	{"newsletter: a fellow marked by a later year", "GME Highlights\n\nDr. Roy Tan (Cardiology Fellow) published a case report.", nil},

	// 4. A news story naming one new resident as a speaker.
	{"said Dr. X, one of the hospital's new residents", "New doctors begin training at Mercy\n\nAbout forty new doctors started at Mercy Hospital this week. \u201cIt already feels like home,\u201d said Dr. Ana Ruiz, one of the hospital's new residents.",
		[]string{"Ana Ruiz |  |  | "}},
	{"Dr. X, one of 20 new residents, said", "Hospital welcomes its new doctors\n\nDr. Ben Ota, one of 20 new residents at Valley Health, said he chose the city for its people.",
		[]string{"Ben Ota |  |  | "}},
	{"said X, one of the program's first-year residents", "A new class arrives\n\n\u201cWe learn from each other,\u201d said Lena Park, one of the program's first-year residents.",
		[]string{"Lena Park |  |  | "}},
	// near misses
	{"said the doctor who oversees the new residents", "New doctors begin training at Mercy\n\n\u201cThey are ready,\u201d said Dr. Helen Marsh, who oversees the hospital's new residents.", nil},
	{"one of our former residents, in apposition", "Alumni return\n\n\u201cIt is good to be back,\u201d said Dr. Roy Tan, one of our former residents, at the reunion.", nil},
	{"one of the pharmacy residents, in apposition", "Flu clinic\n\nAmy Lin, one of the pharmacy residents, gave most of the shots.", nil},
	{"one of the residents' mentors, in apposition", "Teaching award\n\nDr. Helen Marsh, one of the residents' favourite teachers, won the award.", nil},
	{"said a new attending physician", "New doctors at Mercy\n\n\u201cI am glad to be back,\u201d said Dr. Roy Tan, one of the hospital's new attending physicians.", nil},
	{"said a student, one of the school's new students", "Orientation week\n\n\u201cIt is exciting,\u201d said Cara Dunn, one of the school's new medical students.", nil},

	// 5. Coordinated names sharing a role apposition.
	{"two names, both second-year residents", "Health fair draws crowd\n\nAna Ruiz and Ben Ota, both second-year family medicine residents, organized the free health fair on Saturday.",
		[]string{"Ana Ruiz |  |  | ", "Ben Ota |  |  | "}},
	{"three names with Drs., all three residents", "Clinic opens\n\nDrs. Kofi Mensah, Lina Haddad and Vera Cole, all three internal medicine residents, staffed the new evening clinic.",
		[]string{"Kofi Mensah |  |  | ", "Lina Haddad |  |  | ", "Vera Cole |  |  | "}},
	{"two names, each a first-year resident", "Run for a cause\n\nTom Okafor and Lena Park, each a first-year pediatrics resident, ran the city half marathon.",
		[]string{"Tom Okafor |  |  | ", "Lena Park |  |  | "}},
	// near misses
	{"two names, both faculty members", "Health fair draws crowd\n\nHelen Marsh and Roy Tan, both faculty members in family medicine, organized the health fair.", nil},
	{"two names, both medical students", "Health fair draws crowd\n\nCara Dunn and Amy Lin, both fourth-year medical students, helped at the health fair.", nil},
	{"two names, both residents of a city", "City news\n\nAna Ruiz and Ben Ota, both residents of Chicago, opened a bakery downtown.", nil},
	{"two names, all residents' mentors", "Teaching awards\n\nHelen Marsh and Roy Tan, both residents' favourite teachers, won the award.", nil},
	{"two names, both former residents", "Alumni news\n\nAna Ruiz and Ben Ota, both former residents of the program, opened a clinic together.", nil},

	// 6. A role apposition with words between the article and "resident",
	// the surname alone first.
	{"surname, a first-year physician resident in neurology", "Stroke awareness day\n\nOkafor, a first-year physician resident in neurology, said most patients arrive too late for treatment.",
		[]string{"Okafor |  |  | "}},
	{"full name, a second-year internal medicine resident", "Flu season\n\nLina Haddad, a second-year internal medicine resident physician, said the clinic saw record numbers.",
		[]string{"Lina Haddad |  |  | "}},
	// near misses
	{"a surname elsewhere in full", "Stroke awareness day\n\nDr. Tom Okafor spoke at the fair. Okafor, a first-year neurology resident, said most patients arrive late.",
		[]string{"Tom Okafor |  |  | "}},
	{"a day opening the sentence, then a resident", "Stroke awareness day\n\nToday, a first-year neurology resident led the session on warning signs.", nil},
	{"a surname, a resident of a town", "Town news\n\nOkafor, a longtime resident of Dayton, said the park needs repairs.", nil},
	{"surname, a fourth-year medical student", "Stroke awareness day\n\nDunn, a fourth-year medical student, said the day was a success.", nil},
	{"surname, a former chief resident now in practice", "Alumni news\n\nTan, a former chief resident who now practices in Ohio, returned to give grand rounds.", nil},
	{"surname, a physician who trains residents", "Stroke awareness day\n\nMarsh, a neurologist who trains residents, said most patients arrive late.", nil},
}

// knownRoster10Misses are the cases of rosterSession10Cases not read right
// yet.
var knownRoster10Misses = map[string]bool{}

func TestRosterSession10Classes(t *testing.T) {
	missed := 0
	for _, tc := range rosterSession10Cases {
		got := residentRows(t, tc.give)
		d := cmp.Diff(tc.want, got)
		switch {
		case d != "" && knownRoster10Misses[tc.class]:
			missed++
		case d != "":
			t.Errorf("%s: residents (-want +got):\n%s", tc.class, d)
		case knownRoster10Misses[tc.class]:
			t.Errorf("%s: passes now; take it off the known misses", tc.class)
		}
	}
	if missed > 0 {
		t.Logf("%d of %d cases are known misses", missed, len(rosterSession10Cases))
	}
}

// TestResidentSpotlightAddress (class 7): a resident spotlight whose
// resident is named only in the page's address and is "she" or "our
// resident" in the text is one resident with no name (the README's
// convention: name null when the resident is present but unnamed), read
// only when the address files one resident and the text speaks of a
// resident; faculty and alumni spotlights give none.
func TestResidentSpotlightAddress(t *testing.T) {
	for _, tc := range []struct {
		url, give string
		want      int
		known     bool // a known miss
	}{
		{"https://www.valleyhealth.org/gme/resident-spotlight-ana-ruiz", "Resident Spotlight\n\nOur resident this month grew up on a farm and chose internal medicine for its puzzles. She spends her free time hiking with her dog.", 1, false},
		{"https://www.valleyhealth.org/news/meet-our-resident-ben-ota", "Meet our resident\n\nThis second-year resident came to medicine after teaching high school. He says the program feels like family.", 1, false},
		// near misses
		{"https://www.valleyhealth.org/gme/faculty-spotlight-helen-marsh", "Faculty Spotlight\n\nOur faculty member this month has taught residents for twenty years. She loves bedside teaching.", 0, false},
		{"https://www.valleyhealth.org/news/resident-spotlight-roy-tan", "Where are they now\n\nThis former resident finished in 2019. He now practices in Ohio.", 0, false},
		{"https://www.valleyhealth.org/news/resident-spotlight-roy-tan", "Spotlight\n\nThe hospital opened a new clinic. It serves the county.", 0, false},
		{"https://www.valleyhealth.org/news/alumni-spotlight-roy-tan", "Alumni Spotlight\n\nThis graduate finished our residency in 2019 and now practices in Ohio. He mentors our residents.", 0, false},
	} {
		u, _ := url.Parse(tc.url)
		pf, err := Page([]byte(tc.give), u)
		if err != nil {
			t.Fatal(err)
		}
		switch got := len(pf.Residents) == tc.want; {
		case !got && tc.known:
			t.Logf("%s: known miss", tc.url)
		case got && tc.known:
			t.Errorf("%s: passes now; take it off the known misses", tc.url)
		case !got:
			t.Errorf("%s: %d residents %v, want %d", tc.url, len(pf.Residents), pf.Residents, tc.want)
		}
	}
}
