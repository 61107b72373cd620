package extract

// Session 15's cells of storyGrid from the lead (issue 12): a paragraph
// of advice that ends with an exclamation and speaks of "your intern year"
// is no lead-in of a list, and a name line over the same person's staff
// role line is no resident under any lead-in. In the team's own words.

// storyCells15Lead are the lead's cells, appended to storyGrid.
func storyCells15Lead() []storyCell {
	var cells []storyCell
	open := "Words for our new interns\n\nThe department welcomed its new intern class last week, and teachers and chief residents shared some advice.\n\n"
	for _, c := range []struct{ key, advice string }{
		{"intern-year", "Rest when you can and lean on your team. Do this and you will get through your intern year, and you might even like it!"},
		{"residency-year", "Keep one evening a week for yourself. Do that and your first resident year will fly by!"},
		{"welcome", "Welcome to the hardest and best year of your training, interns!"},
	} {
		for _, r := range []struct{ key, lines string }{
			{"professor", "Lena Park\n\nLena Park, M.D., Professor, Nephrology\n\nKeep your curiosity and have fun."},
			{"professor-award", "Lena Park\n\nLena Park, M.D., Professor, Nephrology\n2021 Teaching Award of the Division\n\nKeep your curiosity and have fun."},
			{"director", "Tom Hale\n\nTom Hale, MD\nDirector of the Internal Medicine Residency Program\n\nAsk for help early."},
			{"associate-professor", "Lena Park\n\nLena Park, MD, Associate Professor of Medicine\n\nKeep your curiosity and have fun."},
		} {
			cells = append(cells, storyCell{"trap/advice-exclaim/" + c.key + "/" + r.key, open + c.advice + "\n\n" + r.lines, nil})
		}
	}
	// a lead-in that does name residents still reads the list under it
	cells = append(cells,
		storyCell{"lead-in/interns-exclaim", "News from the program\n\nPlease welcome our new interns!\n\nAna Ruiz, University of Iowa\n\nTom Hale, Ross University", []string{"Ana Ruiz | University of Iowa |  | ", "Tom Hale | Ross University |  | "}},
	)
	// a list of people with degrees whose last degree's dot ends the
	// sentence before the next one, itself a list of clauses with commas
	lead := "A note from the program director\n\nInterview season is here, and our residents help on every interview day. "
	list := "This year the resident recruitment leads are Ana Ruiz, M.D., Tom Hale, M.D., Lia Cruz ,M.D. and Ben Ota, M.D."
	four := []string{"Ana Ruiz |  |  | ", "Tom Hale |  |  | ", "Lia Cruz |  |  | ", "Ben Ota |  |  | "}
	for _, c := range []struct{ key, next string }{
		{"the", " The residents host the dinner, give tours and eat lunch with the applicants."},
		{"they", " They host the dinner, give tours, and eat lunch with the applicants."},
		{"our", " Our coordinator, Kim Lowe, plans the day, books hotels and sends the packets."},
		{"in", " In January, they also host a second dinner, a tour and a lunch."},
	} {
		cells = append(cells, storyCell{"degree-list-then-sentence/" + c.key, lead + list + c.next, four})
	}
	cells = append(cells, storyCell{"trap/degree-list-then-sentence/faculty", lead + "This year the faculty recruitment leads are Ana Ruiz, M.D., Tom Hale, M.D., Lia Cruz ,M.D. and Ben Ota, M.D. The residents host the dinner, give tours and eat lunch with the applicants.", nil})
	// a letter in the first person under a title that names its writer as
	// staff: its unnamed writer is no resident
	letter := "<p>When I started my own residency I did not know what to expect, and my co-residents became my family. I still remember my first call night.</p>" +
		"<p>I hope that you will find the same support here. I am proud of the residents I teach, and I look forward to meeting you on your interview day.</p>"
	for _, title := range []string{"Message from the Faculty", "A Note from Our Chair", "Welcome from the Program Director", "The Program Director's Welcome", "Words from the Associate Program Directors"} {
		cells = append(cells, storyCell{"trap/staff-letter/" + title, "<html><head><title>" + title + "</title></head><body><h1>" + title + "</h1>" + letter + "</body></html>", nil})
	}
	return cells
}
