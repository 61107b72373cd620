package extract

import (
	"fmt"
	"slices"
	"testing"
)

// entryGrid18d are ordinary roster shapes a program's page uses every day
// (issue 12, session 18, rost18d), each with its name and school read
// ("Name | School", sorted), and traps beside them that must read no one:
// the same shapes for faculty, alumni with their destinations and a medical
// school's matched students.
//
// Class "entry": a one-line entry whose fields are the name, degrees, a
// training year and the school — the year in its own comma field before
// the school, or in parentheses after the name, before a dash or bar.
// Class "inline": a list of residents on one line, each name with its
// school in parentheses, or "Dr. A of X and Dr. B of Y" after the role.
// Class "title-above": a resident's title line over a plain-text card.
// Class "welcome-one": one new resident greeted by full name.
// Class "tabs": a table pasted as text with tabs between its columns.
var entryGrid18d = []struct {
	key, give string
	want      []string
}{
	{"entry/comma-year-school", "Department of Surgery residents\n\nLena Brandt, MD, PGY-5, Medical College of Ohio\nRavi Menon, MD, PGY-4, Kasturba Medical College, Manipal\nOwen Hart, MD, PGY-1, Ridgeview University School of Medicine",
		[]string{"Lena Brandt | Medical College of Ohio", "Owen Hart | Ridgeview University School of Medicine", "Ravi Menon | Kasturba Medical College, Manipal"}},
	{"entry/comma-do-r2", "Our Residents\n\nTara Voss, DO, R2, Lakeview College of Osteopathic Medicine\nSami Haddad, MBBS, R3, University of Damascus Faculty of Medicine",
		[]string{"Sami Haddad | University of Damascus Faculty of Medicine", "Tara Voss | Lakeview College of Osteopathic Medicine"}},
	{"entry/comma-no-degree-intern", "Meet the interns\n\nJonah Reyes, Intern, University of Manitoba Max Rady College of Medicine\nAmina Yusuf, Intern, Ahmadu Bello University\nPia Lind, Intern, Northfield University School of Medicine",
		[]string{"Amina Yusuf | Ahmadu Bello University", "Jonah Reyes | University of Manitoba Max Rady College of Medicine", "Pia Lind | Northfield University School of Medicine"}},
	{"entry/comma-chief", "Chief Residents\n\nDr. Noor Aziz, MD, Chief Resident, Aga Khan University\nDr. Felix Grant, DO, Chief Resident, Pinecrest College of Osteopathic Medicine",
		[]string{"Felix Grant | Pinecrest College of Osteopathic Medicine", "Noor Aziz | Aga Khan University"}},
	{"entry/paren-year-dash", "Chief Residents\n\nDr. Elena Ruiz (PGY-3) — Universidad de Antioquia\nDr. Colm Byrne (PGY-3) — Westbrook University School of Medicine",
		[]string{"Colm Byrne | Westbrook University School of Medicine", "Elena Ruiz | Universidad de Antioquia"}},
	{"entry/paren-year-bar", "Residents\n\nHana Sato, MD (PGY-2) | Kyoto University Faculty of Medicine\nGus Moreno, DO (PGY-1) | Eastgate College of Osteopathic Medicine\nIfe Adebayo, MBBS (PGY-2) | University of Ibadan",
		[]string{"Gus Moreno | Eastgate College of Osteopathic Medicine", "Hana Sato | Kyoto University Faculty of Medicine", "Ife Adebayo | University of Ibadan"}},
	{"entry/paren-year-en-dash", "Current Residents\n\nMarta Silva (R2) – Universidade de Lisboa\nDean Price (R1) – McMaster University Michael G. DeGroote School of Medicine",
		[]string{"Dean Price | McMaster University Michael G. DeGroote School of Medicine", "Marta Silva | Universidade de Lisboa"}},
	{"entry/paren-year-comma", "Current Residents\n\nMarta Silva (PGY-2), Universidade de Lisboa\nDean Price (PGY-1), Hillcrest University College of Medicine",
		[]string{"Dean Price | Hillcrest University College of Medicine", "Marta Silva | Universidade de Lisboa"}},
	{"entry/paren-year-plain-dash", "Residents\n\nYara Khalil (Intern) - American University of Beirut\nBo Jensen (Intern) - Pinewood University School of Medicine",
		[]string{"Bo Jensen | Pinewood University School of Medicine", "Yara Khalil | American University of Beirut"}},
	{"entry/html-list-eight", "<html><body><h1>Lakeside Hospital</h1><h2>Internal Medicine Residents</h2><ul>" +
		"<li>Ana Ruiz, MD, PGY-1, Universidad de Guadalajara</li><li>Ben Ota, MD, PGY-1, Tohoku University School of Medicine</li>" +
		"<li>Cal Reed, DO, PGY-2, Harbor College of Osteopathic Medicine</li><li>Dee Mora, MD, PGY-2, University of Calgary Cumming School of Medicine</li>" +
		"<li>Eli Stone, MD, PGY-2, Medical University of Gdansk</li><li>Fay Lin, MD, PGY-3, Fudan University Shanghai Medical College</li>" +
		"<li>Gil Park, MD, PGY-3, Northfield University School of Medicine</li><li>Hal Brooks, MBBS, PGY-3, Dow Medical College, Karachi</li></ul></body></html>",
		[]string{"Ana Ruiz | Universidad de Guadalajara", "Ben Ota | Tohoku University School of Medicine", "Cal Reed | Harbor College of Osteopathic Medicine",
			"Dee Mora | University of Calgary Cumming School of Medicine", "Eli Stone | Medical University of Gdansk", "Fay Lin | Fudan University Shanghai Medical College",
			"Gil Park | Northfield University School of Medicine", "Hal Brooks | Dow Medical College, Karachi"}},
	{"entry/site-header-dash", "Lakeside Regional Hospital\nHome > Residency > People\n\nResidents\n\nDr. Olu Bakare (PGY-2) - Obafemi Awolowo University\nDr. Kim Lee (PGY-2) - Eastgate University School of Medicine",
		[]string{"Kim Lee | Eastgate University School of Medicine", "Olu Bakare | Obafemi Awolowo University"}},
	// traps: faculty, alumni with destinations, fellows, students
	{"entry-trap/faculty-comma", "Faculty\n\nHarold Keane, MD, Program Director, Northfield University\nInes Castro, MD, Associate Professor, University of Chile", nil},
	{"entry-trap/alumni-class", "Alumni\n\nKen Ota, MD, Class of 2019, Mayo Clinic Cardiology Fellowship\nRana Aziz, MD, Class of 2020, Hillcrest Hospitalist Group", nil},
	{"entry-trap/alumni-paren-class", "Alumni\n\nDr. Ken Ota (Class of 2019) — Cardiology Fellowship, Westbrook University\nDr. Rana Aziz (Class of 2020) — Hospitalist, Hillcrest Medical Group", nil},
	{"entry-trap/fellow-destination", "Where our graduates went\n\nLena Brandt, MD, PGY-3, Cardiology Fellowship at Westbrook University\nRavi Menon, MD, PGY-3, Nephrology Fellowship, Hillcrest University", nil},
	{"entry-trap/students-matched", "Match Day at the Eastgate School of Medicine\n\nJordan Blake, MS4, Westbrook University Hospital\nChloe Tan, MS4, Hillcrest Children's Hospital", nil},

	// Class "inline": a resident list on one line, each name with its
	// school (or year) in parentheses, under a year's or role's label, or
	// after a role and its verb (a year phrase between them).
	{"inline/year-label-paren", "Internal Medicine Residents\n\nPGY-1: Ana Ruiz (Ridgeview University School of Medicine), Ben Ota (Tohoku University), Cal Reed (Harbor College of Osteopathic Medicine)\nPGY-2: Dee Mora (Dow Medical College, Karachi), Eli Stone (Westbrook State)",
		[]string{"Ana Ruiz | Ridgeview University School of Medicine", "Ben Ota | Tohoku University", "Cal Reed | Harbor College of Osteopathic Medicine", "Dee Mora | Dow Medical College, Karachi", "Eli Stone | "}},
	{"inline/interns-label-semicolons", "Residents\n\nInterns: Lia Cruz (Universidad de Guadalajara); Tom Reyes (University of Alberta Faculty of Medicine); Amir Sadeghi (Tehran University of Medical Sciences)",
		[]string{"Amir Sadeghi | Tehran University of Medical Sciences", "Lia Cruz | Universidad de Guadalajara", "Tom Reyes | University of Alberta Faculty of Medicine"}},
	{"inline/chief-label-and", "Our Team\n\nChief Residents: Dr. Nia Bello (University of Lagos) and Dr. Sam Hart (Lakeview College of Medicine)",
		[]string{"Nia Bello | University of Lagos", "Sam Hart | Lakeview College of Medicine"}},
	{"inline/two-names-no-schools", "Internal Medicine Residents\n\nPGY-2: Dee Mora, Eli Stone\nPGY-3: Fay Lin, Gil Park",
		[]string{"Dee Mora | ", "Eli Stone | ", "Fay Lin | ", "Gil Park | "}},
	{"inline/role-verb-year-phrase", "Our interns for the 2025-2026 academic year are Ana Ruiz (Ridgeview University School of Medicine), Ben Ota (Tohoku University), and Cal Reed (Universidad de Costa Rica).",
		[]string{"Ana Ruiz | Ridgeview University School of Medicine", "Ben Ota | Tohoku University", "Cal Reed | Universidad de Costa Rica"}},
	{"inline/role-verb-include", "News\n\nThis year's new residents include Omar Haddad (Cairo University Faculty of Medicine), Jo Kim (Eastgate University School of Medicine) and Rui Costa (Universidade do Porto).",
		[]string{"Jo Kim | Eastgate University School of Medicine", "Omar Haddad | Cairo University Faculty of Medicine", "Rui Costa | Universidade do Porto"}},
	{"inline/chiefs-drs-paren", "Meet our chief residents, Drs. Ana Ruiz (University of the West Indies) and Ben Ota (Hillcrest University College of Medicine).",
		[]string{"Ana Ruiz | University of the West Indies", "Ben Ota | Hillcrest University College of Medicine"}},
	{"inline/including-of-school", "This year the program welcomed eight interns, including Dr. Ivo Petrov of the Medical University of Varna and Dr. Kate Lowe of Ridgeview University School of Medicine.",
		[]string{"Ivo Petrov | Medical University of Varna", "Kate Lowe | Ridgeview University School of Medicine"}},
	{"inline/including-of-school-in-town", "Our residency welcomed six interns this summer, including Dr. Ivo Petrov of Danube Medical University in Varna, Dr. Kate Lowe of the University of Arkansas and Dr. Raj Rao of Kasturba Medical College.",
		[]string{"Ivo Petrov | Danube Medical University", "Kate Lowe | University of Arkansas", "Raj Rao | Kasturba Medical College"}},
	// traps: alumni and their destinations, faculty, students, speakers
	{"inline-trap/alumni-class-paren", "Alumni\n\nClass of 2019: Dr. Ken Ota (Cardiology fellowship, Westbrook), Dr. Rana Aziz (Hospitalist, Hillcrest Medical Group)\nClass of 2020: Dr. Mia Lund (Private practice, Boise)", nil},
	{"inline-trap/faculty-label-paren", "Faculty\n\nCore Faculty: Dr. Harold Keane (Northfield University), Dr. Ines Castro (University of Chile)", nil},
	{"inline-trap/students-matched", "Match Day at the Eastgate School of Medicine\n\nOur students matched: Jordan Blake (Emergency Medicine, Westbrook University Hospital), Chloe Tan (Pediatrics, Hillcrest Children's Hospital), Leo Diaz (Surgery, Lakeview Medical Center)", nil},
	{"inline-trap/speakers-of-school", "Grand Rounds\n\nThis month's speakers were Dr. Ivo Petrov of the Medical University of Varna and Dr. Kate Lowe of Ridgeview University School of Medicine.", nil},
	{"inline-trap/faculty-including-of", "The department welcomed three new faculty members, including Dr. Ivo Petrov of the Medical University of Varna and Dr. Kate Lowe of Ridgeview University School of Medicine.", nil},

	// Class "title-above": a resident's title line right over a plain-text
	// card's name line ("PGY-2 Resident" / "Dr. Jane Doe" / school).
	{"title-above/pgy-resident", "PGY-2 Resident\nDr. Omar Nasser\nUniversity of Jordan Faculty of Medicine\n\"I came for the teaching.\"",
		[]string{"Omar Nasser | University of Jordan Faculty of Medicine"}},
	{"title-above/chief", "Chief Resident\nDr. Lia Cruz\nUniversidad de Antioquia",
		[]string{"Lia Cruz | Universidad de Antioquia"}},
	{"title-above/intern-site", "Lakeside Regional Hospital\nInternal Medicine Residency\n\nIntern\nTom Becker, DO\nPinecrest College of Osteopathic Medicine\nHometown: Dayton, OH",
		[]string{"Tom Becker | Pinecrest College of Osteopathic Medicine"}},
	{"title-above/second-year", "Second-Year Resident\nAmina Yusuf, MBBS\nAhmadu Bello University\nInterests: cardiology, running",
		[]string{"Amina Yusuf | Ahmadu Bello University"}},
	{"title-above/card-faculty-of-school", "Our Residents\n\nOmar Nasser, MD\nPGY-1\nUniversity of Jordan Faculty of Medicine\n\nLia Cruz, MD\nPGY-1\nFacultad de Medicina, Universidad de Chile",
		[]string{"Lia Cruz | Facultad de Medicina, Universidad de Chile", "Omar Nasser | University of Jordan Faculty of Medicine"}},
	{"title-above-trap/card-faculty-title", "Our People\n\nDr. Harold Keane\nFaculty of Medicine\nAssociate Professor\n\nDr. Ines Castro\nClinical Faculty, Department of Medicine", nil},
	{"title-above-trap/director", "Program Director\nDr. Harold Keane\nNorthfield University School of Medicine\n\"Our residents come first.\"", nil},
	{"title-above-trap/alumni-class", "Class of 2019\nDr. Ken Ota\nWestbrook University School of Medicine\nNow: cardiology fellow at Hillcrest", nil},
	{"title-above-trap/student", "Fourth-Year Medical Student\nJordan Blake\nEastgate School of Medicine", nil},
	// Class "welcome-one": a greeting of one new resident by full name,
	// what the person joins said in the greeting or the sentence after.
	{"welcome-one/to-residency", "Welcome to the residency, Dr. Lars Berg! Lars joins us this June and will start as a PGY-1 in psychiatry.",
		[]string{"Lars Berg | "}},
	{"welcome-one/plain", "Welcome, Dr. Mei Tan! Dr. Tan is our newest intern and will rotate through the ICU first.",
		[]string{"Mei Tan | "}},
	{"welcome-one/aboard-no-title", "Our newest PGY-2 resident transferred from another program this fall. Welcome aboard, Paul Ode!",
		[]string{"Paul Ode | "}},
	{"welcome-one/congratulations", "Our chief resident won the state poster prize this week. Congratulations, Dr. Rosa Vega!",
		[]string{"Rosa Vega | "}},
	{"welcome-one-trap/faculty", "Welcome to the department, Dr. Harold Keane! Dr. Keane joins our faculty as an associate professor.", nil},
	{"welcome-one-trap/no-role", "Welcome to the team, Dr. Harold Keane! He will lead our quality office.", nil},
	{"welcome-one-trap/student", "Congratulations, Jordan Blake! Jordan, a fourth-year medical student, matched into our residency.", nil},

	// Class "tabs": a table pasted as text, its columns parted by tabs.
	{"tabs/name-year-school", "Residents\n\nName\tYear\tMedical School\nAda Tesfa\tPGY3\tAddis Ababa University\nKarl Holm\tPGY3\tUniversity of Iowa Carver College of Medicine\nDiego Sanz\tPGY2\tUniversidad de Guadalajara",
		[]string{"Ada Tesfa | Addis Ababa University", "Diego Sanz | Universidad de Guadalajara", "Karl Holm | University of Iowa Carver College of Medicine"}},
	{"tabs/school-first-hometown", "Our Interns\n\nMedical School\tName\tHometown\nUniversity of Ibadan\tTunde Ade\tLagos, Nigeria\nMcGill University Faculty of Medicine\tClaire Roy\tMontreal, QC",
		[]string{"Claire Roy | McGill University Faculty of Medicine", "Tunde Ade | University of Ibadan"}},
	{"tabs-trap/faculty", "Faculty\n\nName\tTitle\tMedical School\nHarold Keane\tProfessor\tNorthfield University\nInes Castro\tProgram Director\tUniversity of Chile", nil},
	{"tabs-trap/padded-sentence", "Our program\n\nThe residents\t rotate\t at three sites.\nEach\t intern\t has a mentor.", nil},
}

// entryGridLeft are the cells not read right yet.
var entryGridLeft = map[string]bool{}

// TestEntryGrid18d runs entryGrid18d through Page: names and schools.
func TestEntryGrid18d(t *testing.T) {
	pass := 0
	var fails []string
	for _, c := range entryGrid18d {
		pf, err := Page([]byte(c.give), nil)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range pf.Residents {
			got = append(got, r.Name+" | "+r.School)
		}
		slices.Sort(got)
		ok := slices.Equal(got, c.want)
		if ok {
			pass++
		} else {
			fails = append(fails, fmt.Sprintf("%s: got %q", c.key, got))
		}
		if ok == entryGridLeft[c.key] {
			t.Errorf("%s: passes %v, listed as left %v; got %q want %q\n%s", c.key, ok, entryGridLeft[c.key], got, c.want, c.give)
		}
	}
	t.Logf("entry grid: %d/%d cells pass", pass, len(entryGrid18d))
	for _, f := range fails {
		t.Log(f)
	}
}
