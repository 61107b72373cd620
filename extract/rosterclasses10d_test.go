package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// rosterSession10dCases are the session-10 classes of the roster10d brief
// (issue 12): residents in captions and lists, chief residents announced or
// signing a welcome, residents listed with the programs they train in, IMG
// status stated by a country or of a group, and residents named on a
// program's research page. The sentences are the team's own, modelled on
// the classes (never copied from a real page), each class with near misses
// that must stay empty or keep their reading. want lists
// "name | school | country | img" as TestRosterClasses does. Cases not
// read right yet are named in knownRoster10dMisses.
var rosterSession10dCases = []struct {
	class, give string
	want        []string
}{
	// 1. A photo caption lists a program's residents, each with a school,
	// in photo order.
	{"caption: residents from the left, Dr. and a school each", "Rural residency opens\n\nThe clinic's first three residents are, from the left: Dr. Ana Ruiz, Universidad de Guadalajara Facultad de Medicina, Mexico; Dr. Ben Ota, Kansas City University College of Osteopathic Medicine; and Dr. Li Wei, University of Ibadan College of Medicine.",
		[]string{"Ana Ruiz | Universidad de Guadalajara Facultad de Medicina | Mexico | ", "Ben Ota | Kansas City University College of Osteopathic Medicine |  | ", "Li Wei | University of Ibadan College of Medicine |  | "}},
	{"caption: new interns pictured left to right", "Welcome, interns\n\nPictured left to right are the new interns: Dr. Vera Cole, Des Moines University; Dr. Tom Okafor, University of Lagos College of Medicine; and Dr. Lena Park, Rush Medical College.",
		[]string{"Vera Cole | Des Moines University |  | ", "Tom Okafor | University of Lagos College of Medicine |  | ", "Lena Park | Rush Medical College |  | "}},
	// near misses
	{"caption: leaders from the left with their titles", "Rural residency opens\n\nPictured from the left: Dr. Helen Marsh, program director; Roy Tan, chief executive officer; and Amy Lin, nurse manager.", nil},
	{"caption: new faculty from the left with schools", "New faculty\n\nThe department's new faculty are, from the left: Dr. Helen Marsh, Rush Medical College; Dr. Roy Tan, Des Moines University.", nil},

	// 2. Chief residents announced in one sentence, names with degrees
	// coordinated after a role and a copula, or signing a welcome.
	{"chiefs announced: will be A, MD, B, DO, and C, MD", "Chief Residents Named\n\nWe are happy to announce that the Chief Residents for the 2025-2026 academic year will be Ana Ruiz, MD, Ben Ota, DO, and Li Wei, MD.",
		[]string{"Ana Ruiz |  |  | ", "Ben Ota |  |  | ", "Li Wei |  |  | "}},
	{"chiefs announced: next year's chiefs are A, MD, and B, MD", "Department news\n\nOur chief residents for next year are Vera Cole, MD, and Tom Okafor, MD.",
		[]string{"Vera Cole |  |  | ", "Tom Okafor |  |  | "}},
	{"chiefs' welcome signed on a line of names", "Chief Residents' Welcome\n\nKofi Mensah, Lina Haddad, Lena Park\n\nWelcome to our residency! We hope these pages show you how we learn and live here.",
		[]string{"Kofi Mensah |  |  | ", "Lina Haddad |  |  | ", "Lena Park |  |  | "}},
	{"chiefs' welcome: the last name glued to the welcome", "Chief Residents' Welcome Message\n\nKofi Mensah, Lina Haddad, Lena ParkWelcome to our residency! We hope these pages show you how we learn and live here.",
		[]string{"Kofi Mensah |  |  | ", "Lina Haddad |  |  | ", "Lena Park |  |  | "}},
	{"a director's name line over the chiefs' welcome", "Our residency\n\nProgram Director\nHelen Marsh\nChief Residents' Welcome Message\nKofi Mensah, Lina Haddad, Lena ParkWelcome to our residency! We hope these pages show you how we learn.",
		[]string{"Kofi Mensah |  |  | ", "Lina Haddad |  |  | ", "Lena Park |  |  | "}},
	// near misses
	{"chiefs to be announced", "Department news\n\nThe chief residents for next year will be announced in May.", nil},
	{"former chiefs are faculty now", "Department news\n\nOur former chief residents are Helen Marsh, MD, and Roy Tan, MD.", nil},
	{"associate directors will be A, MD, and B, MD", "Department news\n\nThe associate program directors for next year will be Helen Marsh, MD, and Roy Tan, MD.", nil},
	{"a residents' welcome opening with towns", "Residents' Welcome\n\nOak Park, Evanston, Chicago: our residents live all over the city and love it.", nil},
	{"chiefs' welcome opening with a sentence", "Chief Residents' Welcome\n\nWelcome, applicants, to our program! We hope you enjoy the site.", nil},
	{"a director's welcome signed on a line of names", "Program Directors' Welcome\n\nHelen Marsh, Roy Tan\n\nWelcome to our residency! We hope these pages show you how we teach.", nil},

	// 3. Residents of several programs listed with the institution they
	// train at and its city: the institution is no medical school.
	{"reporters: residents with their programs and cities", "Society newsletter\n\nThis spring, four residents from our district took part in the meeting's reporter program. The reporters were: Ana Ruiz, MD, University of Iowa, Iowa City; Ben Ota, MD, Mercy Health, Toledo; Li Wei, DO, Rush University, Chicago; and Vera Cole, MD, University of Louisville, Kentucky.",
		[]string{"Ana Ruiz |  |  | ", "Ben Ota |  |  | ", "Li Wei |  |  | ", "Vera Cole |  |  | "}},
	{"residents who presented, with programs and cities", "Meeting report\n\nThe residents who presented posters were Tom Okafor, MD, Baylor Scott and White, Temple; and Lena Park, MD, University of Kansas, Kansas City.",
		[]string{"Tom Okafor |  |  | ", "Lena Park |  |  | "}},
	// near misses
	{"speakers with their institutions", "Society newsletter\n\nThe speakers were: Helen Marsh, MD, University of Iowa, Iowa City; Roy Tan, MD, Mercy Health, Toledo.", nil},

	// 4. IMG status stated of a group of residents (img true), or a
	// resident's country after "from" (the country; the classifier
	// decides IMG from it, as from a school's country: Canada is none).
	{"a group of IMGs, each from a country", "Journeys\n\nWe are three international medical graduates training at Valley Hospital: Dr. Ana Ruiz, a PGY-2 from Peru specializing in pediatrics; Dr. Ben Ota, a PGY-3 from Ghana specializing in neurology; and Dr. Li Wei, a PGY-1 from China in internal medicine.",
		[]string{"Ana Ruiz |  | Peru | yes", "Ben Ota |  | Ghana | yes", "Li Wei |  | China | yes"}},
	{"a group of IMGs, no countries", "Journeys\n\nWe are a group of international medical graduates (IMGs) training in family medicine at Valley Hospital: Dr. Vera Cole, a PGY-2; Dr. Tom Okafor, a PGY-3; and Dr. Lena Park, a PGY-1.",
		[]string{"Vera Cole |  |  | yes", "Tom Okafor |  |  | yes", "Lena Park |  |  | yes"}},
	{"one resident from a country", "New interns\n\nDr. Kofi Mensah, a first-year resident from Ghana, joins the internal medicine program this month.",
		[]string{"Kofi Mensah |  | Ghana | "}},
	// near misses
	{"a resident from a state", "New interns\n\nDr. Lena Park, a first-year resident from Ohio, joins the internal medicine program this month.",
		[]string{"Lena Park |  |  | "}},
	{"a resident from Canada", "New interns\n\nDr. Lena Park, a first-year resident from Canada, joins the internal medicine program this month.",
		[]string{"Lena Park |  | Canada | "}},
	{"a resident from a foreign city", "New interns\n\nDr. Vera Cole, a first-year resident from Mexico City, joins the pediatrics program this month.",
		[]string{"Vera Cole |  |  | "}},
	{"a group of IMGs under a heading naming IMGs, a senior subspecialty trainee left out", "Supporting International Medical Graduates in Ohio\n\nWe are four international medical graduates training at Valley Hospital: Dr. Ana Ruiz, a PGY-2 from Peru specializing in pediatrics; Dr. Ben Ota, a PGY-3 from the Czech Republic specializing in neurology; Dr. Li Wei, a PGY-4 from China specializing in psychiatry; and Dr. Vera Cole, a PGY-5 from Kenya specializing in pediatric nephrology.",
		[]string{"Ana Ruiz |  | Peru | yes", "Ben Ota |  | Czech Republic | yes", "Li Wei |  | China | yes"}},
	{"a listing of posts opening with one person's road to a leader's role", "From Student to Program Director\n\nBy Dr. Helen Marsh\n\nI left my country in 2005 to train in surgery.\n\nOur IMG residents\n\nWe are two international medical graduates training at Valley Hospital: Dr. Tom Okafor, a PGY-2 from Nigeria; and Dr. Lena Park, a PGY-1 from South Korea.",
		[]string{"Tom Okafor |  | Nigeria | yes", "Lena Park |  | South Korea | yes"}},
	// near misses
	{"residents and IMGs beside each other in the lead", "Our residents\n\nOur program trains US graduates and international medical graduates alike: Dr. Ana Ruiz, a PGY-2; and Dr. Ben Ota, a PGY-3.",
		[]string{"Ana Ruiz |  |  | ", "Ben Ota |  |  | "}},
	{"alumni title with a road from residency to practice", "Alumni: From Residency to Practice\n\nDr. Helen Marsh, a PGY-3 from Peru in 2010, now practices in Ohio.", nil},
	{"a faculty member from a country", "New faculty\n\nDr. Roy Tan, a new faculty member from India, joins the cardiology division this month.", nil},

	// 5. A program's research page naming residents by their role.
	{"research: our CMR Dr. X", "Research and Scholarly Activity\n\nOur residents publish every year. Our CMR Dr. Ana Ruiz wrote a piece for a kidney blog in May.",
		[]string{"Ana Ruiz |  |  | "}},
	{"research: Dr. X (PGY1) presented", "Research and Scholarly Activity\n\nDr. Ben Ota (PGY1), with mentorship from Dr. Helen Marsh, presented this study and won first prize at the county poster day.",
		[]string{"Ben Ota |  |  | "}},
	{"research: by our PGY3 and future intensivist Dr. X", "Research and Scholarly Activity\n\nBy our PGY3 and future intensivist Dr. Li Wei.\n\nSepsis bundles in the community hospital.",
		[]string{"Li Wei |  |  | "}},
	{"research: written by our PGY 2: Dr. X", "Research and Scholarly Activity\n\nWritten by our PGY 2: Dr. Vera Cole for a nephrology blog.",
		[]string{"Vera Cole |  |  | "}},
	// near misses
	{"research: a supervisor and a mentor", "Research and Scholarly Activity\n\nOur research office works under the supervision of Dr. Helen Marsh. Projects receive mentorship from Dr. Roy Tan.", nil},
	{"research: our former CMR", "Research and Scholarly Activity\n\nOur former CMR Dr. Helen Marsh now leads the research office.", nil},
	{"research: our intern and program director", "Research and Scholarly Activity\n\nThanks to our intern and program director Dr. Roy Tan for the poster.", nil},
	{"research: by our faculty cardiologist", "Research and Scholarly Activity\n\nBy our faculty member and cardiologist Dr. Roy Tan.", nil},
}

// knownRoster10dMisses are the cases of rosterSession10dCases not read
// right yet.
var knownRoster10dMisses = map[string]bool{
	"reporters: residents with their programs and cities": true,
	"residents who presented, with programs and cities":   true,
}

func TestRosterSession10dClasses(t *testing.T) {
	missed := 0
	for _, tc := range rosterSession10dCases {
		got := residentRows(t, tc.give)
		d := cmp.Diff(tc.want, got)
		switch {
		case d != "" && knownRoster10dMisses[tc.class]:
			missed++
		case d != "":
			t.Errorf("%s: residents (-want +got):\n%s", tc.class, d)
		case knownRoster10dMisses[tc.class]:
			t.Errorf("%s: passes now; take it off the known misses", tc.class)
		}
	}
	if missed > 0 {
		t.Logf("%d of %d cases are known misses", missed, len(rosterSession10dCases))
	}
}
