package extract

import "strings"

// Session 17 (rost17b), class 1: residency-entry events. A person whose
// own clause enters a residency (entryEvents: matched to, into or at; got,
// landed, secured or earned a residency; was accepted into a residency
// program; will start, is starting, begins a residency; is in her second
// year of residency) is a resident, when a graduate's mark binds the person
// to a school: a medical school set off after the name ("Ana Ruiz, Lakeside
// University School of Medicine, matched to …", a national Q&A's
// speaker), a graduate's noun before the name ("ISM grad Ana Ruiz",
// "Island School of Medicine graduate Ana Ruiz"), a degree and class year
// in brackets ("Ana Ruiz (MD ISM '23)"), an apposition ("a 2023 graduate
// of …"). A photograph's cue may stand between the name and the verb; a
// date in the page's opening makes a match "in the 2023 Match" this
// year's. Traps: a plan, an application, a residency done (faculty), a
// student, a past year, a fellowship, a denial, a match list, "Matched:"
// placement lines.

// storyCells17Entry are class 1's cells: marks × events × page frames,
// and traps in every frame.
func storyCells17Entry() []storyCell {
	var cells []storyCell
	frames := []struct{ key, head, tail string }{
		{"qa", "We Matched! Advice from new family physicians\n\nNews | March 30, 2023\n\nWhat is your advice for students matching next year?\n\n", " Rank the people, not the city."},
		{"school-blog", "Match Day 2023 at Island School of Medicine\n\nMarch 17, 2023. Our graduates opened their envelopes today.\n\n", "\n\n\"Today our graduates become doctors,\" said Dr. Carl Moss, the school's dean."},
		{"headline", "Island School of Medicine graduate begins residency\n\n", " She grew up in a family of teachers."},
	}
	marks := []struct {
		key, text string
		want      []string
	}{
		{"appos-school", "Ana Ruiz, Lakeside University School of Medicine, %s", []string{"Ana Ruiz | Lakeside University School of Medicine |  | "}},
		{"appos-college", "Ana Ruiz, Harbor State College of Osteopathic Medicine, %s", []string{"Ana Ruiz | Harbor State College of Osteopathic Medicine |  | "}},
		{"grad-before", "ISM grad Ana Ruiz %s", []string{"Ana Ruiz | ISM |  | "}},
		{"graduate-before", "Island School of Medicine graduate Ana Ruiz %s", []string{"Ana Ruiz | Island School of Medicine |  | "}},
		{"alumna-dr", "ISM alumna Dr. Ana Ruiz %s", []string{"Ana Ruiz | ISM |  | "}},
		{"photo-cue", "ISM grad Ana Ruiz (above, left) %s", []string{"Ana Ruiz | ISM |  | "}},
		{"photo-pictured", "Ana Ruiz, Lakeside University School of Medicine, (pictured) %s", []string{"Ana Ruiz | Lakeside University School of Medicine |  | "}},
		{"paren-school", "Ana Ruiz (MD ISM '23) %s", []string{"Ana Ruiz | ISM |  | "}},
		{"paren-md", "Ana Ruiz (MD '23) %s", []string{"Ana Ruiz |  |  | "}},
		{"graduate-of", "Ana Ruiz, a 2023 graduate of Island School of Medicine, %s", []string{"Ana Ruiz | Island School of Medicine |  | "}},
		{"program-first", "At Hillcrest Hospital, ISM grad Ana Ruiz %s", []string{"Ana Ruiz | ISM |  | "}},
	}
	events := []struct{ key, text string }{
		{"matched-to", "matched to the Hillcrest Family Medicine Residency in Dayton."},
		{"matched-into", "matched into pediatrics at Hillcrest Hospital."},
		{"matched-at", "matched at Hillcrest Hospital in internal medicine."},
		{"got", "got her first-choice surgery residency at Hillcrest Hospital."},
		{"this-year", "matched into pediatrics at Hillcrest Hospital in the 2023 Match."},
		{"landed", "landed a spot in the psychiatry residency at Hillcrest Hospital."},
		{"earned", "earned a residency spot at Hillcrest Hospital."},
		{"secured", "has secured an emergency medicine residency at Hillcrest Hospital."},
		{"accepted", "was accepted into the internal medicine residency program at Hillcrest Hospital."},
		{"will-start", "will start her family medicine residency at Hillcrest Hospital in July."},
		{"is-starting", "is starting residency at Hillcrest Hospital this summer."},
		{"begins", "begins her pediatrics residency at Hillcrest Hospital in June."},
		{"year-of", "is in her second year of residency at Hillcrest Hospital."},
	}
	for _, f := range frames {
		for _, m := range marks {
			for _, e := range events {
				if f.key == "headline" && e.key != "matched-into" && e.key != "got" && e.key != "will-start" && e.key != "year-of" {
					continue // (the third frame takes a few of the events)
				}
				text := strings.Replace(m.text, "%s", e.text, 1)
				cells = append(cells, storyCell{"entry/" + f.key + "/" + m.key + "/" + e.key, f.head + text + f.tail, m.want})
			}
		}
	}
	traps := []struct{ key, text string }{
		{"hopes", "ISM grad Ana Ruiz hopes to match into surgery next year."},
		{"plans", "Ana Ruiz, Lakeside University School of Medicine, plans to pursue a residency in surgery."},
		{"applying", "ISM grad Ana Ruiz is applying to surgery residencies this fall."},
		{"will-apply", "Ana Ruiz (MD ISM '23) will apply for residency in September."},
		{"faculty-completed", "Dr. Ana Ruiz, Lakeside University School of Medicine, completed her residency at Hillcrest Hospital in 1998."},
		{"faculty-did", "ISM graduate Dr. Ana Ruiz did her residency at Hillcrest Hospital and now directs its clinic."},
		{"student-before", "Fourth-year student Ana Ruiz, Lakeside University School of Medicine, matched to the Hillcrest Family Medicine Residency."},
		{"student-appos", "Ana Ruiz, a fourth-year student at Lakeside University School of Medicine, matched into pediatrics at Hillcrest Hospital."},
		{"dean-before", "Lakeside University School of Medicine dean Dr. Carl Moss began his residency at Hillcrest Hospital in 1988."},
		{"past-year", "ISM grad Ana Ruiz matched into surgery in 2005 and now leads the trauma team at Hillcrest Hospital."},
		{"fellowship", "ISM grad Ana Ruiz matched into a cardiology fellowship at Hillcrest Hospital."},
		{"denial", "ISM grad Ana Ruiz did not match this year and will apply again."},
		{"aggregate", "More than 300 Lakeside University School of Medicine graduates matched into residencies this year."},
		{"hospital-appos", "Ana Ruiz, Hillcrest University Hospital, matched into pediatrics."},
	}
	for _, f := range frames {
		for _, tr := range traps {
			cells = append(cells, storyCell{"trap/entry/" + f.key + "/" + tr.key, f.head + tr.text + f.tail, nil})
		}
	}
	// a medical school's lists of where its students matched: no one
	cells = append(cells,
		storyCell{"trap/entry/matched-lines", "2023 Match Results\n\nAna Ruiz\nMatched: Lakeside University School of Medicine, Pediatrics\n\nBen Ota\nMatched: Hillcrest Hospital, Surgery", nil},
		storyCell{"trap/entry/match-table", "<html><body><h1>Where our students matched</h1><table><tr><th>Name</th><th>Specialty</th><th>Program</th></tr>" +
			"<tr><td>Ana Ruiz</td><td>Pediatrics</td><td>Lakeside University School of Medicine</td></tr>" +
			"<tr><td>Ben Ota</td><td>Surgery</td><td>Hillcrest Hospital</td></tr></table></body></html>", nil},
		storyCell{"trap/entry/match-list-prose", "Island School of Medicine 2023 Match list\n\nAna Ruiz — Pediatrics, Lakeside University School of Medicine\n\nBen Ota — Surgery, Hillcrest Hospital", nil},
	)
	return cells
}

// Class 2: a graduate named in one paragraph (a graduate's noun or a
// verb: "graduated from X School of Medicine", "For Ana Ruiz, graduating
// from X …"), the entry into residency told paragraphs later through a
// pronoun or the surname, a fronted time before it ("At the end of June,
// she will begin …"). Traps: a pronoun of the other gender, another person
// with a title between, a residency done, a plan, a student.

// storyCells17Later are class 2's cells.
func storyCells17Later() []storyCell {
	var cells []storyCell
	frames := []struct{ key, head string }{
		{"hospital-news", "New doctor begins her training\n\n"},
		{"school-news", "Island School of Medicine News\n\nA graduate's long road\n\n"},
	}
	full := []string{"Ana Ruiz | Lakeside University School of Medicine |  | "}
	marks := []struct {
		key, text string
		want      []string
	}{
		{"for-graduating", "For Ana Ruiz, graduating from Lakeside University School of Medicine last Friday was one more step in her long road.", full},
		{"graduated-in", "Ana Ruiz graduated from Lakeside University School of Medicine in May, two decades after she first thought of it.", full},
		{"who-graduated", "Ana Ruiz, who graduated from Lakeside University School of Medicine this spring, grew up on a farm with her four brothers.", full},
		{"graduate-of", "Ana Ruiz, a 2024 graduate of Lakeside University School of Medicine, grew up on a farm with her four brothers.", full},
		{"grad-before", "ISM grad Ana Ruiz grew up on a farm with her four brothers.", []string{"Ana Ruiz | ISM |  | "}},
		{"recently", "Dr. Ana Ruiz recently graduated from Harbor State College of Osteopathic Medicine and moved home to care for her parents.", []string{"Ana Ruiz | Harbor State College of Osteopathic Medicine |  | "}},
	}
	middles := []struct{ key, text string }{
		{"one", "\n\nA former science teacher, she taught biology for ten years before medical school.\n\n"},
		{"two", "\n\nA former science teacher, she taught biology for ten years before medical school.\n\nHer students still call her by a nickname. Now it has a new meaning.\n\n"},
		{"none", "\n\n"},
	}
	events := []struct{ key, text string }{
		{"fronted-will-begin", "At the end of June, she will begin a three-year internal medicine residency at Hillcrest Hospital."},
		{"surname-will-start", "In July, Ruiz will start her pediatrics residency at Hillcrest Hospital."},
		{"she-matched", "She matched into family medicine at Hillcrest Hospital."},
		{"no-comma", "This summer she begins her surgery residency at Hillcrest Hospital."},
		{"she-landed", "Last month she landed a spot in the psychiatry residency at Hillcrest Hospital."},
	}
	for _, f := range frames {
		for _, m := range marks {
			for _, mid := range middles {
				for _, e := range events {
					if mid.key != "one" && e.key != "fronted-will-begin" && e.key != "surname-will-start" {
						continue // (the other middles take two of the events)
					}
					cells = append(cells, storyCell{"later/" + f.key + "/" + m.key + "/" + mid.key + "/" + e.key, f.head + m.text + mid.text + e.text, m.want})
				}
			}
		}
	}
	// (the traps' graduate is named so that no other reader takes her: "X
	// graduated from Y" alone is a roster's introduction to proseResidents)
	mark := "For Ana Ruiz, graduating from Lakeside University School of Medicine last Friday was one more step in her long road."
	for _, tr := range []struct{ key, text string }{
		{"other-gender", mark + "\n\nHer brother Tom also studied medicine. In July, he will begin his residency at Hillcrest Hospital."},
		{"titled-between", mark + "\n\nDr. Lia Cruz, the school's dean, handed out the diplomas.\n\nIn July, she will begin a residency at Hillcrest Hospital."},
		{"done", "Dr. Ana Ruiz, a 1995 graduate of Lakeside University School of Medicine, grew up in Ohio.\n\nShe completed her residency at Hillcrest Hospital and now directs its clinic."},
		{"past-began", "Dr. Ana Ruiz, a 1995 graduate of Lakeside University School of Medicine, grew up in Ohio.\n\nShe began her residency at Hillcrest Hospital in 1996."},
		{"plan", mark + "\n\nShe hopes to begin a residency in surgery next year."},
		{"applying", mark + "\n\nThis fall she is applying to residency programs in three states."},
		{"student", "Ana Ruiz, a fourth-year student at Lakeside University School of Medicine, grew up on a farm.\n\nIn July, she will begin her residency at Hillcrest Hospital."},
		{"college", "For Ana Ruiz, graduating from Lakeside College last Friday was one more step in her long road.\n\nHer sister matched into surgery. She begins her residency at Hillcrest Hospital in June."},
		{"too-far", mark + "\n\nOne.\n\nThe farm had cows and goats and a small creek that ran dry each summer.\n\nThe town had a single school and a single clinic for the whole county.\n\nThe clinic's one nurse worked every weekend for thirty years.\n\nIn July, she will begin a residency at Hillcrest Hospital."},
	} {
		for _, f := range frames {
			cells = append(cells, storyCell{"trap/later/" + f.key + "/" + tr.key, f.head + tr.text, nil})
		}
	}
	return cells
}
