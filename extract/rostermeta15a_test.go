package extract

import "strings"

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
