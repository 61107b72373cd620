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
