package extract

// Session 18, rost18b: single-person stories and role phrases outside
// English. All names, places and sentences are invented.

// relCells18bHeading: a name heading (an HTML heading, or a plain text's
// "##" line) over the person's bio, whose pronoun or surname then takes a
// present resident's role; on a page or in a section of authors, who are
// named for what they wrote, not for their posts.
func relCells18bHeading() []relCell {
	ruiz, ota, both := []string{"Ana Ruiz"}, []string{"Ben Ota"}, []string{"Ana Ruiz", "Ben Ota"}
	var cells []relCell
	for _, c := range []struct {
		key, text string
		want      []string
	}{
		{"authors-h2-surname-then-pronoun", "<h1>About the Authors</h1><h2>Ana Ruiz, MD, MPH</h2><p>Dr. Ruiz earned her MD at the Lakeview School of Medicine. She is currently a third-year internal medicine resident at Harbor Memorial Hospital and an incoming fellow in cardiology at Northgate Medical Center.</p><h2>Ben Ota</h2><p>Bio to come.</p>", ruiz},
		{"authors-md-now", "# About the Authors\n\n## Ben Ota, DO\n\nDr. Ota grew up in Dayton and studied chemistry in college. He is now a PGY-2 family medicine resident at Lakeside Hospital.\n\n## Carla Mendes\n\nCarla writes about data.", ota},
		{"authors-h3-serves", "<h2>Authors</h2><h3>Ben Ota, MD</h3><p>Dr. Ota earned his MD at Hilltop College of Medicine. He currently serves as a chief resident in pediatrics at Lakeside Children's Hospital.</p>", ota},
		{"authors-md-plain-pronoun", "# Authors\n\n## Ana Ruiz\n\nShe is a second-year psychiatry resident at Lakeside Hospital, where she studies sleep.", ruiz},
		{"authors-two-bios", "<h1>About the Authors</h1><h2>Ana Ruiz, MD</h2><p>Dr. Ruiz is from Ohio. She is currently a PGY-3 resident in neurology at Harbor Memorial Hospital.</p><h2>Ben Ota, MD</h2><p>Dr. Ota trained in Lima. He is a second-year anesthesiology resident at Harbor Memorial Hospital.</p>", both},
		{"contributors-titled-heading", "<h1>Contributors</h1><h2>Dr. Ben Ota</h2><p>Dr. Ota studied at Hilltop College of Medicine. He is now an internal medicine intern at Lakeside Hospital.</p>", ota},
		{"team-h2-surname-then-pronoun", "<h1>Our Team</h1><h2>Ana Ruiz, MD</h2><p>Dr. Ruiz earned her MD at the Lakeview School of Medicine. She is currently a PGY-2 resident in pediatrics at Harbor Memorial Hospital.</p>", ruiz},
		{"authors-inline", "# Authors\n\nAna Ruiz, MD, is now a third-year general surgery resident at Harbor Memorial Hospital.", ruiz},
	} {
		cells = append(cells, relCell{"heading18b/" + c.key, c.text, c.want})
	}
	for _, tr := range []struct{ key, text string }{
		{"faculty-now-attending", "<h1>About the Authors</h1><h2>Ana Ruiz, MD</h2><p>Dr. Ruiz completed her residency at Harbor Memorial Hospital and is now an attending physician at Northgate Clinic.</p>"},
		{"currently-attending", "# Authors\n\n## Ben Ota, MD\n\nDr. Ota trained at Lakeside. He is currently an attending in internal medicine at Harbor Memorial Hospital."},
		{"student-hopes", "<h1>About the Authors</h1><h2>Ben Ota</h2><p>Ben is a second-year medical student at Hilltop College of Medicine. He hopes to be a urology resident one day.</p>"},
		{"director-of-residency", "<h1>About the Authors</h1><h2>Ana Ruiz, MD</h2><p>She is the program director of the internal medicine residency at Harbor Memorial Hospital.</p>"},
		{"topic-heading-no-name", "# Authors\n\n## Our Research\n\nShe is currently a third-year internal medicine resident at Harbor Memorial Hospital."},
		{"faculty-section", "<h1>Faculty Authors</h1><h2>Ben Ota, MD</h2><p>He is the associate program director and teaches our residents at Harbor Memorial Hospital.</p>"},
	} {
		cells = append(cells, relCell{"heading18b/trap-" + tr.key, tr.text, nil})
	}
	return cells
}
