package extract

import "strings"

// Session 15's cells of the relation grid (issue 12, rost15e): classes seen
// on unseen roster material, in the team's own words (never copied).

// relCells15Letter are the cells of a leader's letter that names residents
// (class 3): a program director's message whose heading names its writer
// ("Message from the Program Director") and whose prose names the
// program's coordinator and associate director beside a list of residents
// with degrees, one item with a stray space before its comma ("Lia Cruz
// ,M.D."). The heading says who wrote the section, not whom it lists; the
// list's own sentence says residents. Traps: the same letter's lists of
// faculty or of leaders, a letter that names only leaders, and a section
// whose heading lists leaders (no letter).
func relCells15Letter() []relCell {
	four := []string{"Ana Ruiz", "Ben Ota", "Lia Cruz", "Tom Hale"}
	three := []string{"Ana Ruiz", "Ben Ota", "Lia Cruz"}
	welcome := "Welcome to the Lakeside Internal Medicine Residency. We are proud of how our residents care for patients in the clinic and on the wards, and of the community they build."
	leaders := "Our program coordinator, Mary Stone, will answer your questions about the interview day. Dr. Paul Kim, associate program director, leads the ambulatory curriculum."
	sign := "\n\nSincerely,\nEllen Ward, MD\nProgram Director\n"
	heads := []struct{ key, page string }{
		{"md-heading", "# Message from the Program Director\n\n%s"},
		{"plain-possessive", "Program Director's Welcome\n\n%s"},
		{"md-note-chair", "# A Note from Our Chair\n\n%s"},
		{"md-word-from", "## A Word from the Program Director\n\n%s"},
		{"html-h1", "<html><body><main><h1>Welcome from the Program Director</h1><p>%s</p></main></body></html>"},
		{"md-from-the", "# From the Program Director\n\n%s"},
		{"md-title-welcome", "## Program Director Welcome\n\n%s"},
		{"html-h2-possessive", "<html><body><main><h1>Lakeside Internal Medicine</h1><h2>The Program Director's Message</h2><p>%s</p></main></body></html>"},
	}
	lists := []struct {
		key, text string
		want      []string
	}{
		{"stray-space", "This year's resident recruitment leaders are Ana Ruiz, M.D., Ben Ota, M.D., Lia Cruz ,M.D. and Tom Hale, M.D. They will host the virtual socials.", four},
		{"clean", "This year's resident recruitment leaders are Ana Ruiz, M.D., Ben Ota, M.D., Lia Cruz, M.D. and Tom Hale, M.D. They will host the virtual socials.", four},
		{"stray-space-md", "Our resident recruitment ambassadors this year are Ana Ruiz, MD, Ben Ota ,MD, Lia Cruz, MD and Tom Hale, MD.", four},
		{"stray-space-last", "This year's resident recruitment leaders are Ana Ruiz, M.D., Ben Ota, M.D. and Lia Cruz ,M.D.", three},
		{"chiefs-first", "Our chief residents this year are Ana Ruiz, D.O., Ben Ota ,M.D. and Lia Cruz, M.D.", three},
		// traps: the letter's lists of others
		{"trap-faculty", "This year's faculty recruitment leaders are Ana Ruiz, M.D., Ben Ota ,M.D. and Lia Cruz, M.D.", nil},
		{"trap-apds", "Our associate program directors are Ana Ruiz, M.D., Ben Ota ,M.D. and Lia Cruz, M.D.", nil},
		{"trap-leaders-only", "Dr. Ana Ruiz, our chair, and Dr. Ben Ota, our vice chair, join me in welcoming you.", nil},
	}
	var cells []relCell
	for _, h := range heads {
		for _, l := range lists {
			body := welcome + " " + leaders + " " + l.text
			if h.page[0] != '<' {
				body = welcome + "\n\n" + leaders + "\n\n" + l.text + sign
			}
			key := "letter/" + h.key + "/" + l.key
			if l.want == nil {
				key = "trap/" + key
			}
			cells = append(cells, relCell{key, strings.Replace(h.page, "%s", body, 1), l.want})
		}
	}
	// a fifth resident named in the letter's prose beside the list
	cells = append(cells, relCell{"letter/md-heading/chief-and-list",
		"# Message from the Program Director\n\n" + welcome + "\n\nOur chief resident, Dr. Sam Park, organised this season's open house.\n\n" +
			"This year's resident recruitment leaders are Ana Ruiz, M.D., Ben Ota, M.D., Lia Cruz ,M.D. and Tom Hale, M.D." + sign,
		[]string{"Ana Ruiz", "Ben Ota", "Lia Cruz", "Sam Park", "Tom Hale"}})
	// traps: a heading that lists leaders, no letter's; alumni's news
	for _, tr := range []struct{ key, page string }{
		{"leadership-heading", "# Program Leadership\n\nOur recruitment leaders are Ana Ruiz, M.D., Ben Ota ,M.D. and Lia Cruz, M.D."},
		{"director-heading", "# Associate Program Directors\n\nAna Ruiz, M.D., Ben Ota ,M.D. and Lia Cruz, M.D. lead recruitment."},
		{"letter-leaders-named", "# Message from the Program Director\n\n" + welcome + "\n\n" + leaders + sign},
		{"alumni-news-from", "# News from Our Alumni\n\nOur recruitment leaders of years past were Ana Ruiz, M.D., Ben Ota ,M.D. and Lia Cruz, M.D."},
	} {
		cells = append(cells, relCell{"trap/letter/" + tr.key, tr.page, nil})
	}
	return cells
}

// relCells15Sections are the cells of a handbook's credits (class 1): a
// section whose heading names residents ("Resident Editors", "Intern
// Contributors") lists lines of a topic and its writers ("Cardiology: Lia
// Cruz, MD"), a long list carried over to the next line, a person named
// again in another line counted once; the section of faculty reviewers
// beside it, in the same shape, gives no one, nor does a heading with no
// role ("Editors-in-Chief": its editors count only where a resident
// section names them again).
func relCells15Sections() []relCell {
	chiefs := "# Editors-in-Chief\nAna Ruiz, MD & Ben Ota, MD\n\n"
	faculty := "\n# Faculty Reviewers\nCardiology: Mark Stone, MD\nNephrology: Ellen Ward, MD, MPH and Paul Kim, MD\nPulmonology: Dr. Rosa Diaz\n"
	six := []string{"Ana Ruiz", "Ben Ota", "Joy Lee", "Lia Cruz", "Raj Patel", "Sam Park"}
	four := []string{"Joy Lee", "Lia Cruz", "Raj Patel", "Sam Park"}
	sections := []struct {
		key, text string
		want      []string
	}{
		{"colon", "# Resident Editors\nCardiology: Lia Cruz, MD\nNephrology: Sam Park, MD\nInfectious Disease: Ana Ruiz, MD, Joy Lee, MD, Raj Patel, MD and Ben Ota, MD\nPulmonology: Ben Ota, MD\n", six},
		{"carried-comma", "# Resident Editors\nCardiology: Lia Cruz, MD\nInfectious Disease: Ana Ruiz, MD, Joy Lee, MD,\nRaj Patel, MD and Ben Ota, MD\nRheumatology: Sam Park, MD\n", six},
		{"carried-and", "# Resident Editors\nCardiology: Lia Cruz, MD\nInfectious Disease: Ana Ruiz, MD, Joy Lee, MD, Raj Patel, MD and\nBen Ota, MD\nRheumatology: Sam Park, MD\n", six},
		{"dash", "# Resident Editors\nCardiology - Lia Cruz, MD\nNephrology – Sam Park, DO\nInfectious Disease – Ana Ruiz, MD, Joy Lee, MD and Raj Patel, MD\nPulmonology – Ben Ota, MD\n", six},
		{"plain-heading", "Resident Editors\n\nCardiology: Lia Cruz, MD\nNephrology: Sam Park, MD\nInfectious Disease: Ana Ruiz, MD, Joy Lee, MD, Raj Patel, MD and Ben Ota, MD\n", six},
		{"intern-amp", "## Intern Contributors\nCardiology: Lia Cruz, MD & Sam Park, MD\nGeriatrics: Joy Lee, MD & Raj Patel, MD\n", four},
		{"titles", "# Resident Contributors\nCardiology: Dr. Lia Cruz\nEndocrinology: Dr. Sam Park and Dr. Joy Lee\nHematology: Dr. Raj Patel\n", four},
		{"degrees-mph", "# Chief Residents\nQuality: Lia Cruz, MD, MPH\nEducation: Sam Park, DO and Joy Lee, MD, MBA\nWellness: Raj Patel, MD\n", four},
		{"html-h2-p", "<html><body><main><h2>Resident Editors</h2><p>Cardiology: Lia Cruz, MD</p><p>Nephrology: Sam Park, MD</p><p>Infectious Disease: Ana Ruiz, MD, Joy Lee, MD, Raj Patel, MD and Ben Ota, MD</p><h2>Faculty Reviewers</h2><p>Cardiology: Mark Stone, MD</p><p>Nephrology: Ellen Ward, MD and Paul Kim, MD</p></main></body></html>", six},
		{"html-h3-li", "<html><body><main><h3>Resident Editors</h3><ul><li>Cardiology: Lia Cruz, MD</li><li>Nephrology: Sam Park, MD</li><li>Infectious Disease: Joy Lee, MD and Raj Patel, MD</li></ul><h3>Attending Reviewers</h3><ul><li>Cardiology: Mark Stone, MD</li><li>Nephrology: Ellen Ward, MD and Paul Kim, MD</li></ul></main></body></html>", four},
		{"plain-lines-faculty-after", "Resident Editors\nCardiology: Lia Cruz, MD\nNephrology: Sam Park, MD and Joy Lee, MD\nAttending Reviewers\nCardiology: Mark Stone, MD\nNephrology: Ellen Ward, MD and Paul Kim, MD\n", []string{"Joy Lee", "Lia Cruz", "Sam Park"}},
		{"advisor-line", "# Resident Editors\nFaculty Advisor: Mark Stone, MD\nCardiology: Lia Cruz, MD\nNephrology: Sam Park, MD\nInfectious Disease: Joy Lee, MD and Raj Patel, MD\n", four},
		// traps: the same lines under others' headings, under a heading
		// with no role, lines of topics, a committee's officers
		{"trap-faculty", "# Faculty Reviewers\nCardiology: Lia Cruz, MD\nNephrology: Sam Park, MD\nInfectious Disease: Joy Lee, MD and Raj Patel, MD\n", nil},
		{"trap-attending", "# Attending Editors\nCardiology: Lia Cruz, MD\nNephrology: Sam Park, MD and Joy Lee, MD\n", nil},
		{"trap-no-role", "# Editors\nCardiology: Lia Cruz, MD\nNephrology: Sam Park, MD and Joy Lee, MD\n", nil},
		{"trap-former", "# Former Resident Editors\nCardiology: Lia Cruz, MD\nNephrology: Sam Park, MD and Joy Lee, MD\n", nil},
		{"trap-topics", "# Resident Editors\nCardiology: Heart Failure, Valve Disease and Arrhythmia\nNephrology: Acute Kidney Injury and Dialysis\n", nil},
		{"trap-committee", "# Resident Wellness Committee\nChair: Lia Cruz, MD\nMembers: Sam Park, MD and Joy Lee, MD\n", nil},
		{"trap-fellows", "# Chief Fellows\nCardiology: Lia Cruz, MD\nNephrology: Sam Park, MD and Joy Lee, MD\n", nil},
	}
	// a page's title and a line of prose above the sections (where the
	// metamorphic rows put a byline, a dateline or sentences)
	intro := "This guide is updated every July. Send corrections to the editors.\n\n"
	var cells []relCell
	for _, s := range sections {
		key := "sections/" + s.key
		if s.want == nil {
			key = "trap/" + key
		}
		page := "Lakeside Medicine Pocket Guide\n\n" + intro + s.text
		if s.text[0] == '<' {
			page = s.text
		}
		cells = append(cells, relCell{key, page, s.want})
		if s.text[0] == '#' {
			// the handbook: its title, the chiefs, the resident section,
			// the faculty's
			cells = append(cells, relCell{key + "/handbook", "Lakeside Medicine Resident Survival Guide\n\n" + intro + chiefs + s.text + faculty, s.want})
		}
	}
	// the chiefs alone, named by no resident section: a heading with no
	// role gives no one
	cells = append(cells, relCell{"trap/sections/chiefs-alone", "Lakeside Medicine Survival Guide\n\n" + intro + chiefs + faculty, nil},
		relCell{"trap/sections/chiefs-labelled", "Lakeside Medicine Survival Guide\n\n" + intro + "# Editors-in-Chief\nInternal Medicine: Ana Ruiz, MD & Ben Ota, MD\n" + faculty, nil},
		relCell{"sections/chiefs-not-repeated", "Lakeside Medicine Pocket Guide\n\n" + intro + chiefs + "# Resident Editors\nCardiology: Lia Cruz, MD\nNephrology: Sam Park, MD\n" + faculty, []string{"Lia Cruz", "Sam Park"}})
	return cells
}

// storyCells15Keyed are the cells of a newsletter kept as a YAML-like
// content file (class 2): a group's key ("internsCorner:", "interns:",
// "chief_residents:") or its "title:" names residents, and each "- name:"
// record under it gives one, with no school: the record's bio tells a
// birthplace ("Born in Lahore, Pakistan, …"), no medical school or
// training country. A group's records and title are the key lines indented
// under it; a container key ("items:") is its parent's group, a sibling
// after it is not. A record whose own title names another role, a group of
// others ("programDirector:", "faculty:", "alumni:"), a neutral group whose
// records carry no resident's title, give no one.
func storyCells15Keyed() []storyCell {
	two := []string{"Zoha Roe |  |  | ", "Omar Doe |  |  | "}
	roe := func(bio string) string {
		return "    - name: Zoha Roe, MD\n      image: /images/interns/roe.jpg\n      content: >\n        " + bio + "\n"
	}
	doe := "    - name: Omar Doe, MD\n      image: /images/interns/doe.jpg\n      content: >\n        From the heart of Fargo, North Dakota, Dr. Doe brings his love of hockey and his dog Max to the wards.\n"
	director := "programDirector:\n  name: Ellen Ward, MD\n  title: Assistant Program Director\n  content: >\n    Dr. Ward teaches the ambulatory block and spends her weekends in the garden.\n"
	head := "issue: 14\ndate: 2026-11-02\n"
	var cells []storyCell
	for _, bio := range []struct{ key, text string }{
		{"born-in", "Born in Lahore, Pakistan, Dr. Roe grew up playing cricket with her cousins. She is learning to bake bread."},
		{"raised-in", "Raised in Cairo, Egypt, Dr. Roe moved to Ohio as a teenager and now runs on the lake path every morning."},
		{"wrapped", "Born in Manila, Philippines, Dr. Roe grew up in a family of teachers\n        and still plays the violin whenever she can."},
	} {
		cells = append(cells,
			storyCell{"keyed/corner/" + bio.key, head + "internsCorner:\n  title: The Intern's Corner\n  interns:\n" + roe(bio.text) + doe + director, two},
			storyCell{"keyed/director-first/" + bio.key, head + director + "residentSpotlight:\n  title: Meet Our Residents\n  residents:\n" + roe(bio.text) + doe, two},
		)
	}
	cells = append(cells,
		// records flush with their key, a literal bio, snake_case keys
		storyCell{"keyed/flush-items", "chief_residents:\n- name: Dr. Zoha Roe\n  title: Chief Resident\n  bio: |\n    Born in Lahore, Pakistan, she loves cricket.\n- name: Dr. Omar Doe\n  title: Chief Resident\n  bio: |\n    He grew up on a farm near Fargo.\n" + director, two},
		// quoted values, a container key under the group ("items:"), a
		// front matter's fences
		storyCell{"keyed/quoted-container", "---\nissue: 15\nnewInterns:\n  title: \"Meet the Interns\"\n  items:\n    - name: \"Zoha Roe, MD\"\n      image: \"/images/roe.jpg\"\n      content: >-\n        Born in Karachi, Pakistan, Dr. Roe loves chai and long novels.\n    - name: 'Omar Doe, DO'\n      image: \"/images/doe.jpg\"\n---\n", two},
		// a sibling group after the residents' inherits nothing
		storyCell{"keyed/sibling-after", "issue: 16\ninterns:\n  - name: Zoha Roe, MD\n    image: /images/roe.jpg\n  - name: Omar Doe, MD\n    image: /images/doe.jpg\ncontributors:\n  - name: Ellen Ward, MD\n    image: /images/ward.jpg\n  - name: Mary Stone\n    image: /images/stone.jpg\n", two},
		// a neutral group: each record's own title decides
		storyCell{"keyed/team-titles", "team:\n  - name: Zoha Roe, MD\n    title: PGY-2\n    image: /images/roe.jpg\n  - name: Mary Stone\n    title: Program Coordinator\n  - name: Omar Doe, MD\n    title: PGY-1\n", two},
		// traps: groups of others, a neutral group with no titles, a
		// record that names no person
		storyCell{"trap/keyed/director-only", head + director, nil},
		storyCell{"trap/keyed/faculty", head + "faculty:\n  title: Meet Our Faculty\n  members:\n" + roe("Born in Lahore, Pakistan, Dr. Roe teaches the cardiology block.") + doe, nil},
		storyCell{"trap/keyed/alumni", head + "alumniUpdates:\n  title: Where Are They Now\n  people:\n" + roe("Born in Lahore, Pakistan, Dr. Roe practises in Maine.") + doe, nil},
		storyCell{"trap/keyed/neutral-group", head + "contributors:\n  title: This Issue\n  people:\n" + roe("Born in Lahore, Pakistan, Dr. Roe writes about food.") + doe, nil},
		storyCell{"trap/keyed/record-role", head + "interns:\n  - name: Ellen Ward, MD\n    title: Assistant Program Director\n  - name: Mary Stone\n    role: Program Coordinator\n", nil},
		storyCell{"trap/keyed/not-a-name", head + "interns:\n  - name: Welcome Week\n    image: /images/week.jpg\n  - name: Orientation Schedule\n    image: /images/schedule.jpg\n", nil},
	)
	return cells
}
