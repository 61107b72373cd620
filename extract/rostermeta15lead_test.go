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
	return cells
}
