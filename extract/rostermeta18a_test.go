package extract

import (
	"strings"
)

// storyCells18aClass are the cells of a residency's class named by its
// year over its residents' lines: a program's post dated before the class
// ends ("announce the Class of 2029:" on a page of April 2026) or in its
// last year ("Congratulations to the Class of 2026!" in June 2026), one
// line a resident ("Name, MD, School"), bullets or none, middle initials
// and hyphens, lists of two to twelve, a lead-in that says "incoming",
// "Meet", "Introducing", a class by its year's two digits ('29), HTML.
// Traps: a medical school's students of a class (a school's name or its
// students' words over the list), a class that finished years before the
// page (alumni), a class on a page that speaks of no residency, a class
// more than seven years ahead.
func storyCells18aClass() []storyCell {
	people := []struct{ line, row string }{
		{"Ana Ruiz, MD, University of Toledo", "Ana Ruiz | University of Toledo |  | "},
		{"Ben K. Ota, DO, Lakeshore College of Osteopathic Medicine", "Ben K. Ota | Lakeshore College of Osteopathic Medicine |  | "},
		{"Lia Cruz-Mendel, MD, Northfield University", "Lia Cruz-Mendel | Northfield University |  | "},
		{"Omar Haddad, MBBS, University of Karachi", "Omar Haddad | University of Karachi |  | "},
		{"Greta Lind, MD, Westbrook University", "Greta Lind | Westbrook University |  | "},
		{"Hugo Marsh, DO, Pinecrest University", "Hugo Marsh | Pinecrest University |  | "},
		{"Ines Duarte, MD, Harbor State University", "Ines Duarte | Harbor State University |  | "},
		{"Jon Pike, MD, Redfield University", "Jon Pike | Redfield University |  | "},
		{"Kemi Adeyemi, MD, Eastvale University", "Kemi Adeyemi | Eastvale University |  | "},
		{"Luis Soto, MD, Crestview University", "Luis Soto | Crestview University |  | "},
		{"Mara Voss, DO, Hillcrest University", "Mara Voss | Hillcrest University |  | "},
		{"Nils Berg, MD, Stonebridge University", "Nils Berg | Stonebridge University |  | "},
	}
	list := func(n int, bullet string) (string, []string) {
		var lines, rows []string
		for _, p := range people[:n] {
			lines = append(lines, bullet+p.line)
			rows = append(rows, p.row)
		}
		return strings.Join(lines, "\n"), rows
	}
	head := "Monday, April 6, 2026\n\nLakeside Family Medicine Residency to welcome new resident physicians\n\nFor forty years the Lakeside Family Medicine Residency has trained doctors for the towns of the valley. This summer it grows by a position.\n\n"
	var cells []storyCell
	for _, c := range []struct {
		key, lead string
		n         int
		bullet    string
	}{
		{"announce-nine-bullets", "Lakeside FMR is pleased to announce the Class of 2029:", 9, "  • "},
		{"announce-two-dashes", "Lakeside FMR is pleased to announce the Class of 2029:", 2, "- "},
		{"meet-five-plain", "Meet the Class of 2029!", 5, ""},
		{"incoming-twelve", "Please welcome our incoming Class of 2029:", 12, "• "},
		{"introducing-two-digits", "Introducing the Class of '29:", 5, "• "},
		{"same-year", "Congratulations to the Class of 2026!", 5, "• "},
	} {
		l, rows := list(c.n, c.bullet)
		cells = append(cells, storyCell{"class-year/" + c.key, head + c.lead + "\n" + l, rows})
	}
	// HTML: a title of the residency, the lead-in a paragraph, the lines list items
	l5, rows5 := list(5, "")
	items := "<li>" + strings.ReplaceAll(l5, "\n", "</li><li>") + "</li>"
	cells = append(cells, storyCell{"class-year/html",
		"<html><head><title>News | Lakeside Internal Medicine Residency</title></head><body><h1>New interns arrive in June</h1><p>Posted March 20, 2026</p><p>Our program matched every position this year. We are proud to announce the Class of 2029:</p><ul>" + items + "</ul><p>They start on June 20.</p></body></html>", rows5})
	// no date: the residency's words decide
	cells = append(cells, storyCell{"class-year/undated", "Lakeside Family Medicine Residency\n\nOur residency filled all of its positions in the Match. We are pleased to announce the Class of 2029:\n" + l5, rows5})
	for _, tr := range []struct{ key, text string }{
		{"school-students", "Monday, August 10, 2026\n\nNorthfield University School of Medicine welcomes new students\n\nThe school's white coat ceremony was held on Friday for its first-year students.\n\nWe are pleased to announce the Class of 2030:\n" + l5},
		{"school-in-lead", "Monday, August 10, 2026\n\nA new year begins\n\nOur residency faculty joined the ceremony.\n\nThe School of Medicine is pleased to announce the Class of 2030:\n" + l5},
		{"students-before", "Monday, April 6, 2026\n\nLakeside Family Medicine Residency news\n\nOur fourth-year medical students rotated with us this spring.\n\nMeet the Class of 2027:\n" + l5},
		{"alumni-past", "Monday, April 6, 2026\n\nLakeside Family Medicine Residency to welcome new resident physicians\n\nWhere are they now? Ten years on, we caught up with some of them.\n\nLakeside FMR is proud of the Class of 2016:\n" + l5},
		{"no-residency", "Monday, April 6, 2026\n\nLakeside Nursing Academy news\n\nThe academy opened a new wing this spring.\n\nWe are pleased to announce the Class of 2028:\n" + l5},
		{"far-ahead", "Monday, April 6, 2026\n\nLakeside Family Medicine Residency news\n\nA pipeline program for high school seniors opened this spring with our residency's help.\n\nMeet the Class of 2036:\n" + l5},
	} {
		cells = append(cells, storyCell{"trap/class-year/" + tr.key, tr.text, nil})
	}
	return cells
}

// storyCells18aCounted are the cells of a count of residents and the list
// of exactly as many names it introduces: in apposition after the counted
// noun (bounded by dashes, a colon, a parenthesis), each name with "Dr." or
// none, or as the next sentence's subject after a count that stands alone
// ("grew by nine on Monday, as the newest class of residents …") under a
// plural title ("Drs. A, B, … and I, chosen from more than 900
// applicants, …"); nouns of residents (residents, interns, resident
// physicians) and neutral ones on a residency's page (graduates,
// members), digits and words, lists of two to twelve; a speaker who
// introduced the residents is none of them. Traps: a counted list of
// faculty, of finalists, of a medical school's graduates, of students, a
// count the list does not meet, a count of members who are faculty, a
// residency's first class twenty years ago, a count in a sentence about
// new staff.
func storyCells18aCounted() []storyCell {
	names := []string{"Ana Ruiz", "Ben K. Ota", "Lia Cruz-Mendel", "Omar Haddad", "Greta Lind", "Hugo Marsh", "Ines Duarte",
		"Jon Pike", "Kemi Adeyemi", "Luis Soto", "Mara Voss", "Nils Berg"}
	join := func(ns []string, title string) string {
		var parts []string
		for _, n := range ns {
			parts = append(parts, title+n)
		}
		if len(parts) == 1 {
			return parts[0]
		}
		return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
	}
	rows := func(n int) []string {
		var out []string
		for _, x := range names[:n] {
			out = append(out, x+" |  |  | ")
		}
		return out
	}
	grad := "Lakeside Hospital celebrated the graduation of five residents from its family medicine residency on Friday evening.\n\n"
	cells := []storyCell{
		{"counted-list/graduates-dashes-dr-each", grad + "The five graduates — " + join(names[:5], "Dr. ") + " — completed three years of training in the valley's clinics.", rows(5)},
		{"counted-list/graduates-spaced-hyphens", grad + "The five graduates - " + join(names[:5], "") + " - completed three years of training in the valley's clinics.", rows(5)},
		{"counted-list/new-residents-colon", "The Lakeside internal medicine residency held its orientation on Monday.\n\nThe program welcomed its eight new residents: " + join(names[:8], "") + ".", rows(8)},
		{"counted-list/interns-parenthesis", "The surgery residency at Lakeside opened its doors to two new interns (" + join(names[:2], "Dr. ") + ") this week, and the clinic was full by noon.", rows(2)},
		{"counted-list/resident-physicians-digits", "Lakeside's rural track grew this summer: its 4 resident physicians — " + join(names[:4], "") + " — see patients in three counties.", rows(4)},
		{"counted-list/bare-next-sentence-drs", "LAKESIDE — The hospital's family grew by nine on Monday, as the newest class of family medicine residents was welcomed at a ceremony on the lawn.\n\nDrs. " + join(names[:9], "") + ", chosen from more than 900 applicants and 80 interviewees, received their white coats from the dean of the hospital's staff.\n\nDr. Paul Reyes, who introduced the residents to their families, said he was “sitting in your seats twenty years ago.”", rows(9)},
		{"counted-list/welcomes-twelve-next", "Lakeside Hospital welcomes twelve new residents\n\nDrs. " + join(names[:12], "") + " began their training on June 20 in the hospital's residency programs.", rows(12)},
		{"counted-list/members-residency-colon", "The residency's newest class has five members: " + join(names[:5], "") + ". They start in the clinic next week.", rows(5)},
	}
	for _, tr := range []struct{ key, text string }{
		{"faculty", "The Lakeside residency held its orientation on Monday.\n\nThe five faculty members — " + join(names[:5], "Dr. ") + " — led the morning's sessions."},
		{"finalists", "The Lakeside residency held its research day on Monday.\n\nThe five finalists — " + join(names[:5], "") + " — presented their posters."},
		{"school-graduates", "Our residency programs were a popular choice this year.\n\nFive graduates of our medical school — " + join(names[:5], "") + " — matched into surgery."},
		{"students", "The Lakeside residency hosted visitors this month.\n\nTwo medical students (" + join(names[:2], "") + ") rotated with our residents."},
		{"count-not-met", grad + "The five graduates — " + join(names[:4], "Dr. ") + " — completed three years of training in the valley's clinics."},
		{"members-faculty", "The residency welcomed two new members this week. Drs. " + join(names[:2], "") + ", our newest faculty members, will teach in the clinic."},
		{"past-span", "Twenty years ago the residency graduated its first two residents. Drs. " + join(names[:2], "") + " now lead its rural clinic."},
		{"bare-staff", "LAKESIDE — The faculty grew by two on Monday, as the residency hired new attendings for its clinic.\n\nDrs. " + join(names[:2], "") + " will see patients on Tuesdays."},
	} {
		cells = append(cells, storyCell{"trap/counted-list/" + tr.key, tr.text, nil})
	}
	return cells
}
