package extract

import "strings"

// Session 15's cells of storyGrid from rost15c (issue 12): the classes
// seen on unseen roster material, in the team's own words (never copied).

// storyCells15c are rost15c's cells, appended to storyGrid.
func storyCells15c() []storyCell {
	var cells []storyCell
	ruiz := []string{"Ana Ruiz |  |  | "}
	// 3. a department's post of advice to its new interns (none named),
	// in blocks of a name heading, the person's name again with degrees
	// and a role line (a teacher's, a leader's), then the advice: a role
	// line with professor, director, chair or dean, in any order and after
	// commas, makes its person staff, wherever the line sits; the program
	// director's block (a caption in Last-First order, a nickname) as well
	advice := func(blocks ...string) string {
		return "<html><head><title>Advice for our new interns</title></head><body><h1>Advice for our new interns</h1>" +
			"<p>Our department welcomed its incoming intern class this week, and we asked some of our teachers what they wish they had known as interns.</p>" +
			strings.Join(blocks, "") + "</body></html>"
	}
	block := func(name string, lines ...string) string {
		return "<h3>" + name + "</h3><p>" + strings.Join(lines, "<br>") + "</p><p>Interns, ask for help early and sleep when you can; your seniors were new once too.</p>"
	}
	for _, role := range []struct{ key, line string }{
		{"md-professor-specialty", "Lena Park, M.D., Professor, Nephrology"},
		{"md-specialty-professor", "Lena Park, M.D., Nephrology, Professor"},
		{"associate-professor-of", "Lena Park, MD, Associate Professor of Medicine, Cardiology"},
		{"do-vice-chair", "Lena Park, D.O., Vice Chair for Education, Department of Medicine"},
		{"phd-dean", "Lena Park, M.D., Ph.D., Associate Dean, Graduate Medical Education"},
		{"director-own-line", "Lena Park, M.D.<br>Director, Internal Medicine Residency Program"},
		{"director-of-own-line", "Lena Park, M.D.<br>Director of the Internal Medicine Residency Program"},
		{"professor-own-line", "Professor of Medicine, Division of Nephrology"},
		{"chair-own-line", "Chair, Department of Pediatrics"},
	} {
		cells = append(cells,
			storyCell{"trap/advice/" + role.key, advice(block("Lena Park", role.line, "2022 Teaching Award of the Division")), nil},
			storyCell{"trap/advice-h2/" + role.key, strings.ReplaceAll(advice(block("Lena Park", role.line)), "h3>", "h2>"), nil},
			// the program director's block, with a caption of the photo in
			// Last-First order and a shorter first name
			storyCell{"trap/advice-caption/" + role.key, advice(block("Lena Park", "Park, Len", role.line), block("Tom Hale", "Hale, Tommy", "Tom Hale, M.D., Professor, Nephrology")), nil},
			// a resident's block beside the teacher's is read
			storyCell{"advice-with-resident/" + role.key, advice(block("Lena Park", role.line), block("Ana Ruiz", "Ana Ruiz, M.D., Chief Resident")), ruiz},
		)
	}
	// the same blocks in cards that repeat (each block in its own element)
	card := func(name string, lines ...string) string {
		return "<div class=\"advice\"><h3>" + name + "</h3><p>" + strings.Join(lines, "<br>") + "</p><p>Ask for help early, and never be afraid to call your senior.</p></div>"
	}
	cells = append(cells,
		storyCell{"trap/advice-cards/professor", advice(card("Lena Park", "Lena Park, M.D., Professor, Nephrology"), card("Tom Hale", "Tom Hale, MD, Nephrology, Associate Professor")), nil},
		storyCell{"advice-cards/resident", advice(card("Lena Park", "Lena Park, M.D., Professor, Nephrology"), card("Ana Ruiz", "Ana Ruiz, M.D., PGY-3")), ruiz},
		// a heading over a resident's block with no role line is read as
		// before, and a heading over another person's staff line is no
		// part of its section
		storyCell{"advice/resident-heading-next-staff", advice("<h3>Ana Ruiz</h3><p>Ana Ruiz, M.D., Chief Resident</p>", block("Lena Park", "Lena Park, M.D., Professor, Nephrology")), ruiz},
	)
	// plain text: the same lines, the name over its role line
	plain := "Advice for our new interns\n\nOur department welcomed its incoming intern class this week, and we asked some of our teachers what they wish they had known as interns.\n\n"
	cells = append(cells,
		storyCell{"trap/advice-plain/professor", plain + "Lena Park\n\nLena Park, M.D., Professor, Nephrology\n2022 Teaching Award of the Division\n\nInterns, ask for help early and sleep when you can.", nil},
		storyCell{"trap/advice-plain/director", plain + "Tom Hale\n\nHale, Tommy\n\nTom Hale, M.D.\nDirector of the Internal Medicine Residency Program\n\nTake care of yourselves first.", nil},
	)
	return cells
}

// relCells15c are rost15c's cells of relGrid (page puts a sentence under
// the grid's heading): a role after a name and its degrees, after commas
// and in any order, makes a staff member of a teacher, a dean, a chair;
// a resident's year in the same place is read.
func relCells15c(page func(string) string) []relCell {
	return []relCell{
		{"trap/degrees-professor-specialty", page("Ana Ruiz, M.D., Professor, Nephrology, told the new interns to sleep when they can."), nil},
		{"trap/degrees-specialty-professor", page("Ana Ruiz, MD, Nephrology, Associate Professor, welcomed our interns at orientation."), nil},
		{"trap/degrees-vice-chair", page("Our interns met Ana Ruiz, M.D., Ph.D., Vice Chair, Department of Medicine, on their first day."), nil},
		{"trap/degrees-dean", page("Ana Ruiz, M.D., Dean, Graduate Medical Education, spoke to the residents."), nil},
		{"degrees-pgy-specialty", page("Ana Ruiz, M.D., PGY-2, Internal Medicine, spoke to the new interns."), []string{"Ana Ruiz"}},
	}
}

// metaRows15c are rost15c's perturbations: degrees written with their
// dots (no sentence's end), a second degree, and a name heading's level.
var metaRows15c = []metaRow{
	sub("degree/dotted-md", ", MD,", ", M.D.,"),
	sub("degree/dotted-md-end", ", MD\n", ", M.D.\n"),
	sub("degree/second", ", M.D.,", ", M.D., Ph.D.,"),
	{key: "heading/h3-h2", apply: func(p string) (string, bool) {
		if !strings.Contains(p, "<h3>") {
			return p, false
		}
		return strings.NewReplacer("<h3>", "<h2>", "</h3>", "</h2>").Replace(p), true
	}},
	{key: "heading/h3-strong", apply: func(p string) (string, bool) {
		if !strings.Contains(p, "<h3>") {
			return p, false
		}
		return strings.NewReplacer("<h3>", "<p><strong>", "</h3>", "</strong></p>").Replace(p), true
	}},
}
