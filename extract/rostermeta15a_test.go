package extract

import (
	"net/url"
	"slices"
	"strings"
	"testing"
)

// Session 15's cells of storyGrid (issue 12, rost15a): the classes seen on
// unseen roster material, in the team's own words (never copied).

// storyCells15Graduates are the cells of a residency's page of where its
// graduates went (class 1): the graduates listed by class, one to a line,
// each a resident with no school, whatever the destination after the dash
// names (a school of medicine, a university, a hospital abroad); beside
// them the traps: a medical school's students and their matches, its
// alumni, a fellowship's fellows, faculty, and alumni listed with their
// medical schools and no destination.
func storyCells15Graduates() []storyCell {
	names := func(ns ...string) []string {
		var out []string
		for _, n := range ns {
			out = append(out, n+" |  |  | ")
		}
		return out
	}
	six := names("Ana Ruiz", "Tina Moon", "Ben Ota", "Omar Haddad", "Lia Cruz", "Jonathon Park")
	classes := func(c1, c2 string, lines []string) string {
		return c1 + "\n" + strings.Join(lines[:3], "\n") + "\n" + c2 + "\n" + strings.Join(lines[3:], "\n")
	}
	dash := []string{
		"- Ana Ruiz, MD – Vascular Surgery Fellowship, Lakeside Hospital",
		"- Tina (Tian) Moon, MD – Cardiology Fellowship, Hilltop School of Medicine at Dayton",
		"- Ben Ota, MD",
		"- Omar Haddad, MD – Nephrology Fellowship, Toronto Western Hospital",
		"- Lia Cruz, DO – Hospitalist, Harbor State Medical School",
		"- Jonathon Park, MD – Critical Care Fellowship, Kingsbridge University",
	}
	intro := "Our residents go on to fellowships and practices across the country.\n"
	cells := []storyCell{
		{"graduates/where-went", "Where Our Graduates Went\n" + intro + classes("Class of 2024", "Class of 2023", dash), six},
		{"graduates/where-went-colon", "Where our graduates went:\n" + classes("Class of 2024:", "Class of 2023:", dash), six},
		{"graduates/year-graduates", "Our Graduates\n" + classes("2024 Graduates", "2023 Graduates", dash), six},
		{"graduates/graduates-of", "Residency Alumni\n" + classes("Graduates of 2024", "Graduates of 2023", dash), six},
		{"graduates/class-and-graduates", "Where Our Graduates Went\n" + classes("Class of 2024 Graduates", "Graduating Class 2023", dash), six},
		{"graduates/academic-years", "Where are they now?\n" + classes("2023–2024", "2022–2023", dash), six},
		{"graduates/section", "Internal Medicine Residency\nOur program trains general internists in a community hospital.\nWhere Our Graduates Are Now\n" + classes("Class of 2024", "Class of 2023", dash), six},
		// (titled lines in HTML: a plain page's "Dr. " would be a sentence's
		// end to the rows that write before a page's first sentence)
		{"graduates/html-titles", "<html><head><title>Where Our Graduates Went</title></head><body><h1>Where Our Graduates Went</h1>" +
			"<h3>Class of 2024</h3><ul><li>Dr. Ana Ruiz — Private practice, Akron, Ohio</li><li>Dr. Tina (Tian) Moon — Assistant Professor of Medicine, Hilltop School of Medicine</li><li>Dr. Ben Ota</li></ul>" +
			"<h3>Class of 2023</h3><ul><li>Dr. Omar Haddad — Hospitalist, Aga Khan University Hospital, Kenya</li><li>Dr. Lia Cruz — Pulmonary Fellowship, University of Toronto</li><li>Dr. Jonathon Park — Attending physician, Harbor General</li></ul></body></html>", six},
		{"graduates/commas", "Where Our Graduates Went\n" + classes("Class of 2024", "Class of 2023", []string{
			"Ana Ruiz, MD, Vascular Surgery Fellowship, Lakeside Hospital",
			"Tina (Tian) Moon, MD, Cardiology Fellowship, Hilltop School of Medicine",
			"Ben Ota, MD",
			"Omar Haddad, MD, Nephrology Fellowship, Toronto Western Hospital",
			"Lia Cruz, DO, Hospitalist, Harbor State Medical School",
			"Jonathon Park, MD, Critical Care Fellowship, Kingsbridge University",
		}), six},
		{"graduates/html", "<html><head><title>Where Our Graduates Went | Family Medicine Residency</title></head><body><h1>Where Our Graduates Went</h1>" +
			"<h2>Class of 2024</h2><ul><li>Ana Ruiz, MD – Sports Medicine Fellowship, Lakeside Hospital</li><li>Tina (Tian) Moon, DO – Rutland Medical School, Obstetrics Fellowship</li><li>Ben Ota, MD</li></ul>" +
			"<h2>Class of 2023</h2><ul><li>Omar Haddad, MD – Hospitalist, Toronto Western Hospital</li><li>Lia Cruz, MD – Geriatrics Fellowship, Harbor State University</li><li>Jonathon Park, MD – Private practice, Dayton</li></ul></body></html>", six},
		{"graduates/no-degrees-destinations", "Where Our Graduates Went\n" + classes("Class of 2024", "Class of 2023", []string{
			"- Ana Ruiz – Vascular Surgery Fellowship, Lakeside Hospital",
			"- Tina (Tian) Moon – Cardiology Fellowship, Hilltop School of Medicine",
			"- Ben Ota – Hospitalist, Harbor General",
			"- Omar Haddad – Nephrology Fellowship, Toronto Western Hospital",
			"- Lia Cruz – Private practice, Akron",
			"- Jonathon Park – Critical Care Fellowship, Kingsbridge University",
		}), six},
	}
	// traps: the same lines under a head of other people, or lines that
	// say nothing of where the graduates went
	for _, tr := range []struct{ key, head string }{
		{"students-matched", "Where our students matched\n"},
		{"school-graduates", "Lakeside School of Medicine\nWhere our graduates went\n"},
		{"fellows", "Where our fellows went\n"},
		{"fellowship-alumni", "Cardiology Fellowship Alumni\n"},
		{"faculty", "Faculty who trained with us\n"},
		{"match-results", "Match Results: Where Our Graduates Are Headed\n"},
	} {
		cells = append(cells, storyCell{"trap/graduates/" + tr.key, tr.head + classes("Class of 2024", "Class of 2023", dash), nil})
	}
	cells = append(cells,
		storyCell{"trap/graduates/student-matches", "Where Our Graduates Went\n" + classes("Class of 2024", "Class of 2023", []string{
			"- Ana Ruiz – Internal Medicine, Lakeside Hospital",
			"- Tina Moon – Pediatrics, Hilltop Children's Hospital",
			"- Ben Ota – General Surgery, Harbor General",
			"- Omar Haddad – Psychiatry, Kingsbridge University",
			"- Lia Cruz – Emergency Medicine, Harbor General",
			"- Jonathon Park – Family Medicine, Akron City Hospital",
		}), nil},
		storyCell{"trap/graduates/alumni-schools", "Residency Alumni\n" + classes("Class of 2016", "Class of 2015", []string{
			"- Ana Ruiz, MD – Lakeside School of Medicine",
			"- Tina Moon, MD – Hilltop School of Medicine",
			"- Ben Ota, MD – University of Ibadan College of Medicine",
			"- Omar Haddad, MD – Harbor State Medical School",
			"- Lia Cruz, DO – Kingsbridge College of Osteopathic Medicine",
			"- Jonathon Park, MD – Rutland Medical School",
		}), nil},
		storyCell{"trap/graduates/no-class-lines", "Where our graduates are now:\nAna Ruiz, MD – Cardiology Fellowship, Lakeside Hospital\nBen Ota, MD – Hospitalist, Harbor General", nil},
	)
	return cells
}

// storyPage is a cell of storyGrid read at an address (url): a page whose
// address says whose it is.
type storyPage struct {
	key, url, give string
	want           []string
}

// storyPages are storyGrid's cells with an address.
func storyPages() []storyPage {
	return slices.Concat(storyPages15FirstName(), storyPages16RootFirstName())
}

// residentRowsAt is residentRows of the page at pageURL ("" for none).
func residentRowsAt(t *testing.T, give, pageURL string) []string {
	t.Helper()
	var u *url.URL
	if pageURL != "" {
		var err error
		if u, err = url.Parse(pageURL); err != nil {
			t.Fatal(err)
		}
	}
	return pageRows(t, give, u)
}

// storyPages15FirstName are the cells of a resident's own page that names
// the resident by first name only, as its address does (class 3): the
// school and the country the bio names for medical school, never the
// college named before them; beside them the traps: a faculty folder, a
// person the page says is faculty or an alumna, another first name, a
// folder's own page.
func storyPages15FirstName() []storyPage {
	at := "https://www.lakesidehealth.org/residents/gillian"
	uwi := []string{"Gillian | University of the West Indies | Jamaica | "}
	bio := func(s string) string {
		return "Gillian\n" + s + " She loves hiking, and she cooks for her co-residents every Sunday."
	}
	return []storyPage{
		{"first-name/nickname-returned", at, bio("Gillian, Gilly or “Humming Bird” to her friends, grew up in Kingston. She earned a bachelor's degree in biology at the Rochester Institute of Technology, then returned to Jamaica for her medical studies at the University of the West Indies."), uwi},
		{"first-name/graduated-then", at, bio("Gillian graduated from the Rochester Institute of Technology and then returned to Jamaica for her medical studies at the University of the West Indies."), uwi},
		{"first-name/no-heading-went-back", "https://www.lakesidehealth.org/our-residents/gillian/", "Gillian attended the New Jersey Institute of Technology, where she studied chemistry. She then went back to Nigeria for her medical studies at the University of Lagos. In her free time she paints.",
			[]string{"Gillian | University of Lagos | Nigeria | "}},
		{"first-name/pursue-degree", at, bio("Gillian, Gilly to her friends, grew up in Mumbai. After a biology degree at Harbor State College, she returned home to India to pursue her medical degree at Kasturba Medical College."),
			[]string{"Gillian | Kasturba Medical College | India | "}},
		{"first-name/he", "https://www.lakesidehealth.org/residents/tomas.html", "Tomas\nTomas, or Tom to his co-residents, studied engineering at the Harbor Institute of Technology before he moved back to Peru for his medical studies at the Universidad Nacional de Trujillo. He plays the guitar.",
			[]string{"Tomas | Universidad Nacional de Trujillo | Peru | "}},
		{"first-name/html", at, "<html><head><title>Gillian | Meet Our Residents</title></head><body><h1>Gillian</h1><p>Gillian, Gilly to her friends, grew up in Kingston. She earned a bachelor's degree at the Rochester Institute of Technology, then returned to Jamaica for her medical studies at the University of the West Indies.</p><p>She loves hiking, and she cooks for her co-residents every Sunday.</p></body></html>", uwi},
		{"first-name/was-research-fellow", at, bio("Gillian was a research fellow in Kingston before she returned to Jamaica for her medical studies at the University of the West Indies."), uwi},
		{"first-name/college-only", at, bio("Gillian earned a bachelor's degree in biology at the Rochester Institute of Technology."), []string{"Gillian |  |  | "}},
		// traps
		{"trap/first-name/faculty-folder", "https://www.lakesidehealth.org/faculty/gillian", bio("Gillian, Gilly to her friends, grew up in Kingston. She returned to Jamaica for her medical studies at the University of the West Indies."), nil},
		{"trap/first-name/professor", at, bio("Gillian is an associate professor of medicine. She returned to Jamaica for her medical studies at the University of the West Indies."), nil},
		{"trap/first-name/alumna", at, bio("Gillian completed her residency here in 2015. She returned to Jamaica for her medical studies at the University of the West Indies and now practices in Kingston."), nil},
		{"trap/first-name/other-name", at, "Maya\nMaya, Gilly to her friends, grew up in Kingston. She returned to Jamaica for her medical studies at the University of the West Indies. She loves hiking.", nil},
		{"trap/first-name/no-address", "", bio("Gillian, Gilly to her friends, grew up in Kingston. She returned to Jamaica for her medical studies at the University of the West Indies."), nil},
		{"trap/first-name/folder-page", "https://www.lakesidehealth.org/residents/wellness", "Wellness\nWellness matters to every resident. Each intern meets her or his mentor monthly, and our chief residents plan retreats.", nil},
	}
}

// storyCells15Testimonials are the cells of a residents' page of
// testimonials (class 2): each resident's words under the resident's name,
// the name again with degrees and a line of the class or the year of
// graduation from the residency between (never a school); two residents
// who share a surname are two. Beside them the traps: a director's or the
// faculty's message, alumni's words, a line of another role between the
// name and the words.
func storyCells15Testimonials() []storyCell {
	words := []string{
		"I came to this program because the faculty knew every resident by name, and I learned to manage the sickest patients in the county.",
		"I chose this residency for its clinic. My continuity patients taught me more than any lecture, and I left ready for practice.",
		"I wanted a program close to my family. What I found was a second family, and I would choose it again without a doubt.",
	}
	three := []string{"Ben Ota |  |  | ", "Sam Ota |  |  | ", "Lia Cruz |  |  | "}
	plain := func(head string, lines [3][2]string) string {
		var b strings.Builder
		b.WriteString(head + "\n")
		for k := range 3 {
			b.WriteString([]string{"Ben Ota", "Sam Ota", "Lia Cruz"}[k] + "\n")
			for _, l := range lines[k] {
				if l != "" {
					b.WriteString(l + "\n")
				}
			}
			b.WriteString(words[k] + "\n")
		}
		return b.String()
	}
	graduate := [3][2]string{{"Ben Ota, M.D.", "Graduate 2012"}, {"Sam Ota, M.D.", "Graduate 2013"}, {"Lia Cruz, M.D.", "Graduate 2014"}}
	classOf := [3][2]string{{"Class of 2026", ""}, {"Class of 2027", ""}, {"", ""}}
	pgy := [3][2]string{{"Ben Ota, DO", "PGY-3"}, {"Sam Ota, MD", "PGY-2"}, {"Lia Cruz, MD", "PGY-1"}}
	cells := []storyCell{
		{"testimonials/message-graduate", plain("Message from the Residents", graduate), three},
		{"testimonials/testimonials-class", plain("Resident Testimonials", classOf), three},
		{"testimonials/hear-pgy", plain("Hear from our residents", pgy), three},
		{"testimonials/year-graduate", plain("In their own words: our residents", [3][2]string{{"2012 Graduate", ""}, {"Residency Graduate, 2013", ""}, {"Graduated 2014", ""}}), three},
		{"testimonials/html", "<html><head><title>A Message from Our Residents</title></head><body><h1>A Message from Our Residents</h1>" +
			"<h3>Ben Ota</h3><p>Ben Ota, M.D.</p><p>Graduate 2012</p><p>" + words[0] + "</p>" +
			"<h3>Sam Ota</h3><p>Sam Ota, M.D.</p><p>Graduate 2013</p><p>" + words[1] + "</p>" +
			"<h3>Lia Cruz</h3><p>Lia Cruz, M.D.</p><p>Graduate 2014</p><p>" + words[2] + "</p></body></html>", three},
		{"testimonials/middle-initials-heading", "<html><head><title>Message from the Residents</title></head><body><h1>Message from the Residents</h1>" +
			"<h3>Ben T. Ota</h3><p>Ben T. Ota, M.D.</p><p>Graduate 2012</p><p>" + words[0] + "</p>" +
			"<h3>Sam R. Ota</h3><p>Sam R. Ota, M.D.</p><p>Graduate 2013</p><p>" + words[1] + "</p></body></html>", []string{"Ben T. Ota |  |  | ", "Sam R. Ota |  |  | "}},
		{"testimonials/middle-initials", "<html><head><title>Message from the Residents</title></head><body><h1>Message from the Residents</h1>" +
			"<p>Ana M. Ruiz, M.D.</p><p>Graduate 2012</p><p>" + words[0] + "</p><p>Ana T. Ruiz, M.D.</p><p>Graduate 2013</p><p>" + words[1] + "</p></body></html>",
			[]string{"Ana M. Ruiz |  |  | ", "Ana T. Ruiz |  |  | "}},
		// traps
		{"trap/testimonials/director", "Message from the Program Director\nHelen Marsh\nHelen Marsh, M.D.\nProgram Director\n" + words[0] + "\n", nil},
		// (in HTML: a plain page's first line heads it only while no site's
		// line stands over it, and a first-person page under no head is a
		// resident's own, profileResidents's)
		{"trap/testimonials/faculty", "<html><head><title>Message from the Faculty</title></head><body><h1>Message from the Faculty</h1>" +
			"<h3>Ben Ota</h3><p>Ben Ota, M.D.</p><p>Graduate 2002</p><p>" + words[0] + "</p><h3>Sam Ota</h3><p>Sam Ota, M.D.</p><p>Graduate 2003</p><p>" + words[1] + "</p></body></html>", nil},
		{"trap/testimonials/alumni", "<html><head><title>What our alumni say</title></head><body><h1>What our alumni say</h1>" +
			"<h3>Ben Ota</h3><p>Ben Ota, M.D.</p><p>Graduate 2002</p><p>" + words[0] + "</p><h3>Sam Ota</h3><p>Sam Ota, M.D.</p><p>Graduate 2003</p><p>" + words[1] + "</p></body></html>", nil},
		{"trap/testimonials/role-between", "Message from the Residents\nHelen Marsh\nHelen Marsh, M.D.\nChief of Medicine\n" + words[0] + "\n", nil},
	}
	return cells
}
