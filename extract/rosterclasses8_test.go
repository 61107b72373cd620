package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// rosterTraineeCases name residents by the program's other words for them
// ("trainees", "housestaff", "house staff") and by "Doctors" spelt out,
// with near misses where the role is qualified away (former trainees,
// fellowship trainees, former residents) or "Doctors" opens no person.
// Written for this test in the team's own words (classes, not passages).
var rosterTraineeCases = []struct {
	class, give string
	want        []string
}{
	{"trainees before Doctors spelt out", "Department news\n\nThis spring our current trainees, Doctors Amy Lin and Raj Patel, presented posters at the state meeting.",
		[]string{"Amy Lin |  |  | ", "Raj Patel |  |  | "}},
	{"housestaff right before Doctors", "News\n\nOur housestaff Doctors Amy Lin and Raj Patel won the quality improvement prize this year.",
		[]string{"Amy Lin |  |  | ", "Raj Patel |  |  | "}},
	{"house staff in parentheses", "Spring update\n\nTwo members of our house staff (Doctors Kofi Mensah and Lina Haddad) led the sepsis project.",
		[]string{"Kofi Mensah |  |  | ", "Lina Haddad |  |  | "}},
	{"a trainee before a colon", "Clinic notes\n\nThanks to our trainee team: Doctors Ines Duarte and Tom Okafor ran the flu clinic.",
		[]string{"Ines Duarte |  |  | ", "Tom Okafor |  |  | "}},
	// near misses
	{"former trainees now faculty", "News\n\nOur former trainees, Doctors Amy Lin and Raj Patel, returned this year as faculty.", nil},
	{"former residents with Drs.", "News\n\nOur former residents, Drs. Amy Lin and Raj Patel, returned this year as faculty.", nil},
	{"fellowship trainees", "News\n\nOur cardiology fellowship trainees, Doctors Amy Lin and Raj Patel, presented at the national meeting.", nil},
	{"past housestaff", "Alumni corner\n\nPast housestaff Doctors Amy Lin and Raj Patel now practice in Maine.", nil},
	{"an organisation named Doctors", "Housestaff wellness\n\nOur trainees heard from Doctors Without Borders about work in the field.", nil},
	{"faculty spelt out as Doctors", "Faculty news\n\nDoctors Amy Lin and Raj Patel of the cardiology faculty were promoted.", nil},
}

// rosterInitialCases are residents who sign with a first name and the
// initial of their surname ("Kevin P., Class of 2023"), which is a name;
// near misses are the same signatures of alumni and of a school's students.
var rosterInitialCases = []struct {
	class, give string
	want        []string
}{
	{"an initial signing a quote on a roster page", "Meet our residents\n\u201cThe night team always had my back, and the attendings taught at 3 a.m.\u201d\nKevin P., Class of 2026",
		[]string{"Kevin P |  |  | "}},
	{"an initial after a dash", "Hear from our residents\n\u201cI wanted a program where the interns are known by name.\u201d \u2014 Maria G., Class of 2027",
		[]string{"Maria G |  |  | "}},
	{"a titled name with an initial and a degree", "Resident voices\nDr. Ana R., MD, Class of 2025\n\u201cClinic here felt like a family from my first week.\u201d",
		[]string{"Ana R |  |  | "}},
	{"two initials signing two quotes", "Why residents chose us\n\u201cThe teaching is everywhere.\u201d\n\u2013 Omar H., Class of 2026\n\u201cI love the rural track.\u201d\n\u2013 Lena T., Class of 2027",
		[]string{"Omar H |  |  | ", "Lena T |  |  | "}},
	// near misses
	{"an alumnus with an initial", "Former Residents\n\u201cThe program made me the hospitalist I am.\u201d\nKevin P., Class of 2015", nil},
	{"a student with an initial", "What our medical students say\n\u201cMy clerkship here was the best of third year.\u201d\nKevin P., Class of 2026", nil},
}

// rosterRomanYearCases are name lines whose training year is written in
// Roman numerals after a comma ("Jane Doe, PGY II", "…, MD, PGY-III"), as
// a card's first line or a testimonial's heading; near misses keep a
// benefit's line and an alumni list empty.
var rosterRomanYearCases = []struct {
	class, give string
	want        []string
}{
	{"testimonial headings with a spaced Roman year", "Resident Testimonials\n\nAna Ruiz, PGY II\n\nAna Ruiz\n\nI chose this program because every attending knew my name by the second week.\n\nBen Ota, PGY III\n\nBen Ota\n\nThe people made the decision easy for me.",
		[]string{"Ana Ruiz |  |  | ", "Ben Ota |  |  | "}},
	{"a card line with a degree and a dashed Roman year", "Current Residents\n\nOmar Haddad, MD, PGY-III\nMedical School: Cairo University\n\nLena Park, DO, PGY-I\nMedical School: Kansas City University",
		[]string{"Omar Haddad | Cairo University |  | ", "Lena Park | Kansas City University |  | "}},
	{"a Roman year and a chief's title", "Our Residents\n\nHana Sato, MD, PGY IV, Chief Resident\nMedical School: Emory University School of Medicine",
		[]string{"Hana Sato | Emory University School of Medicine |  | "}},
	// near misses
	{"a benefit line with a Roman year", "Resident Benefits\n\nBoard Review Course, PGY III\nMoving Allowance, PGY I", nil},
	{"alumni with Roman years", "Former Residents\n\nAna Ruiz, PGY III\nBen Ota, PGY III", nil},
}

// rosterAwardTableCases are tables of awards and their recipients: a
// recipient is a resident when the award's cell names a resident or an
// intern (or the recipients' column is headed by residents) and no other
// group; near misses are faculty and student awards and a table of past
// years' winners.
var rosterAwardTableCases = []struct {
	class, give string
	want        []string
}{
	{"an award and recipient table with a faculty row", `<h1>Resident Awards 2025</h1><table><tr><th>Award</th><th>Recipient</th></tr>` +
		`<tr><td>Intern of the Year</td><td>Sam Okafor, MD</td></tr><tr><td>Senior Resident of the Year</td><td>Lena Hoffmann, DO</td></tr>` +
		`<tr><td>Faculty Teacher of the Year</td><td>Dr. Carol White</td></tr></table>`,
		[]string{"Sam Okafor |  |  | ", "Lena Hoffmann |  |  | "}},
	{"a recipients column headed by residents", `<h2>This year's honors</h2><table><tr><th>Honor</th><th>Resident</th></tr>` +
		`<tr><td>Research Award</td><td>Arjun Mehta, MD</td></tr><tr><td>Humanism in Medicine Award</td><td>Dr. Nia Hart</td></tr></table>`,
		[]string{"Arjun Mehta |  |  | ", "Nia Hart |  |  | "}},
	{"two recipients in one cell", `<h2>Graduation awards</h2><table><tr><th>Prize</th><th>Awardee(s)</th></tr>` +
		`<tr><td>Chief Resident Leadership Award</td><td>Amy Tran, MD and Bo Li, MD</td></tr></table>`,
		[]string{"Amy Tran |  |  | ", "Bo Li |  |  | "}},
	{"the recipient column first", `<h2>Awards night</h2><table><tr><th>Winner</th><th>Award</th></tr>` +
		`<tr><td>Kofi Mensah</td><td>Outstanding Intern Award</td></tr><tr><td>Ruth Adler</td><td>Nursing Excellence Award</td></tr></table>`,
		[]string{"Kofi Mensah |  |  | "}},
	// near misses
	{"faculty awards by residents", `<h2>Teaching awards</h2><table><tr><th>Award</th><th>Recipient</th></tr>` +
		`<tr><td>Teacher of the Year</td><td>Dr. Helen Marsh</td></tr><tr><td>Attending of the Year</td><td>Dr. Paul Reyes</td></tr></table>`, nil},
	{"student awards", `<h2>Clerkship awards</h2><table><tr><th>Award</th><th>Recipient</th></tr>` +
		`<tr><td>Medical Student Award</td><td>Jo Day</td></tr><tr><td>Student Research Prize</td><td>Sam Lee</td></tr></table>`, nil},
	{"past years' winners", `<h2>Intern of the Year</h2><table><tr><th>Year</th><th>Award</th><th>Recipient</th></tr>` +
		`<tr><td>2016</td><td>Intern of the Year</td><td>Ana Ruiz, MD</td></tr><tr><td>2017</td><td>Intern of the Year</td><td>Ben Ota, MD</td></tr></table>`, nil},
}

// rosterGraduatingCases list graduating residents with where they go next
// (a fellowship, a hospital, a practice): each counts as a resident whose
// school is unknown, the destination being no school. Near misses are a
// medical school's graduating students and graduating fellows.
var rosterGraduatingCases = []struct {
	class, give string
	want        []string
}{
	{"a graduating heading over name and destination lines", "Graduating Residents 2025\n\nJordan Blake, MD - Cardiology Fellowship, Duke University\nPriya Shah, MD - Nephrology Fellowship, Mayo Clinic\nLuis Gomez, DO - Hospitalist, Denver Health",
		[]string{"Jordan Blake |  |  | ", "Priya Shah |  |  | ", "Luis Gomez |  |  | "}},
	{"a lead line under a graduates title", "Congratulations, graduates!\n\nOur graduating residents and their next steps:\nAmy Tran, MD: hospital medicine at Valley Hospital\nBo Li, DO: private practice in Denver",
		[]string{"Amy Tran |  |  | ", "Bo Li |  |  | "}},
	{"titled names with dashes", "Class of 2025 Graduating Chief Residents\nDr. Kofi Mensah \u2014 pulmonary and critical care fellowship, University of Iowa\nDr. Lina Haddad \u2014 academic hospitalist, Rush",
		[]string{"Kofi Mensah |  |  | ", "Lina Haddad |  |  | "}},
	{"the destination on the line under the name", "Our graduating residents\n\nHana Sato, MD\nGastroenterology fellowship, Emory University\n\nOmar Haddad, MD\nPrimary care, Kaiser Permanente",
		[]string{"Hana Sato |  |  | ", "Omar Haddad |  |  | "}},
	// near misses
	{"a school's graduating students", "Match Day 2025\n\nOur graduating medical students matched at:\nJordan Blake - Internal Medicine, Yale\nPriya Shah - Pediatrics, Stanford", nil},
	{"graduating fellows", "Fellowship news\n\nOur graduating fellows:\nJordan Blake, MD - Faculty, Duke University\nPriya Shah, MD - Private practice, Denver", nil},
	{"a director in the list, role after a dash", "Congratulations to our graduating residents!\nDr. Helen Marsh - Program Director\nJordan Blake, MD - Cardiology fellowship, Duke",
		[]string{"Jordan Blake |  |  | "}},
	{"a director in the list, role on the next line", "Our Graduating Residents\nDr. Helen Marsh\nProgram Director\nJordan Blake, MD\nCardiology fellowship, Duke",
		[]string{"Jordan Blake |  |  | "}},
	{"where past graduates are", "Where our graduates are now:\nJordan Blake, MD - Cardiology, Duke University\nPriya Shah, MD - Hospitalist, Mayo Clinic", nil},
}

// rosterForeignSchoolCases are rosters whose medical schools are written
// in their own language ("Universidad …", "Universidade …", "Université
// …", "Università …"): a school is a place, never a person, however its
// words are capitalised; near misses are residents whose names carry
// Spanish, Portuguese and Italian particles.
var rosterForeignSchoolCases = []struct {
	class, give string
	want        []string
}{
	{"a school after a year and a bar", "Current Residents\nLuis Silva, MD\nPGY-2 | Medical School: Universidade Federal de Minas Gerais\nMarie Roy, MD\nPGY-1 | Medical School: Universit\u00e9 Laval",
		[]string{"Luis Silva | Universidade Federal de Minas Gerais |  | ", "Marie Roy | Universit\u00e9 Laval |  | "}},
	{"a school on its own line under the year", "Our Residents\n\nCarlos Ruiz, MD\nPGY-1\nUniversidad Nacional Autonoma de Mexico\n\nElena Conti, MD\nPGY-2\nUniversita di Bologna",
		[]string{"Carlos Ruiz | Universidad Nacional Autonoma de Mexico |  | ", "Elena Conti | Universita di Bologna |  | "}},
	{"a faculty of medicine in Spanish", "Residents\n\nAna Vega, MD\nPGY-3\nFacultad de Medicina de la Universidad de Chile",
		[]string{"Ana Vega | Facultad de Medicina de la Universidad de Chile |  | "}},
	// near misses: names with particles stay names
	{"residents named with particles", "Current Residents\nAna de la Cruz, MD\nMedical School: Universidad de Monterrey\nLuis da Silva, MD\nMedical School: Universidade de S\u00e3o Paulo",
		[]string{"Ana de la Cruz | Universidad de Monterrey |  | ", "Luis da Silva | Universidade de S\u00e3o Paulo |  | "}},
}

// rosterProseDegreeCases introduce residents in running text with their
// degrees between the name and the words that bring in the school ("Lena
// Park, MD, joins us from …"); near misses introduce a program director
// and a faculty member the same way.
var rosterProseDegreeCases = []struct {
	class, give string
	want        []string
}{
	{"joins us from after a degree", "Meet our interns\n\nLena Park, MD, joins us from Ross University School of Medicine. Tom Okafor, DO, comes to us from Des Moines University.",
		[]string{"Lena Park | Ross University School of Medicine |  | ", "Tom Okafor | Des Moines University |  | "}},
	{"a graduate of after two degrees", "Welcome, interns\n\nOur new intern Ines Duarte, MD, PhD, is a graduate of the University of Porto Faculty of Medicine.",
		[]string{"Ines Duarte | University of Porto Faculty of Medicine |  | "}},
	{"dotted degrees before attended", "New residents\n\nKofi Mensah, M.D., attended the University of Ghana Medical School before joining our residency.",
		[]string{"Kofi Mensah | University of Ghana Medical School |  | "}},
	// near misses
	{"a program director with a degree", "Program news\n\nHelen Marsh, MD, our program director, is a graduate of Emory University School of Medicine.", nil},
	{"a faculty member with a degree", "Faculty news\n\nPaul Reyes, MD, joins us from the faculty of Rush Medical College as an attending.", nil},
}

func TestRosterSession8Classes(t *testing.T) {
	for _, tc := range append(append(append(rosterTraineeCases[:len(rosterTraineeCases):len(rosterTraineeCases)], rosterInitialCases...), rosterRomanYearCases...), append(append(rosterAwardTableCases[:len(rosterAwardTableCases):len(rosterAwardTableCases)], rosterGraduatingCases...), append(rosterForeignSchoolCases[:len(rosterForeignSchoolCases):len(rosterForeignSchoolCases)], rosterProseDegreeCases...)...)...) {
		t.Run(tc.class, func(t *testing.T) {
			got := residentRows(t, tc.give)
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("residents (-want +got):\n%s", d)
			}
		})
	}
}
