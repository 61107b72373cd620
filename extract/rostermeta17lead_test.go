package extract

import "strings"

// Session 17's lead cells (issue 12): the roles a training year's own
// abbreviation gives, a byline's author, a speaker's surname carried into
// a relative clause, and the names that are an event's or a body's. In the
// team's own words (never copied), each class with variants the real pages
// did not have and traps beside it.

// relCells17Lead are the lead's cells of session 17.
//   - A training year's abbreviation ("PGY-2", "PGY1", "R3") is a
//     trainee's title by itself: before the name with no "our" ("PGY1 Ana
//     Ruiz has …", "said PGY-3 Ana Ruiz"), after it in parentheses or in
//     apposition ("Dr. Ana Ruiz (R3)", "Ana Ruiz, MD, PGY-2, wrote"). Traps:
//     the abbreviation before an event's or a schedule's name, a research
//     university's "R1".
//   - A byline's author with a training year is a resident, and the line
//     above the byline (a section's program name) is no person: "Westside
//     Internal Medicine" / "By Ana Ruiz, MD, PGY-2". Trap: a staff
//     writer's byline.
//   - "…,” says Ruiz, who is a second-year resident": the surname of the
//     speaker the story named in full before. Trap: the same with a
//     faculty member's role.
//   - Capitalised words that end with an event's or a body's noun
//     ("Competition", "Association", "Union") or a word in capitals
//     ("ARDN") are no person's name after a resident's word.
func relCells17Lead() []relCell {
	head := "Residency news\n\n"
	q := "“The first week went faster than I expected,”"
	ruiz, both := []string{"Ana Ruiz"}, []string{"Ana Ruiz", "Ben Ota"}
	var cells []relCell
	for _, c := range []struct {
		key, text string
		want      []string
	}{
		{"year-title-glued", "PGY1 Ana Ruiz has already delivered her first set of twins.", ruiz},
		{"year-title-hyphen", "PGY-2 Ana Ruiz presented the case at grand rounds.", ruiz},
		{"year-title-said", q + " said PGY-3 Ana Ruiz.", ruiz},
		{"year-title-says-glued", q + " says PGY2 Ana Ruiz, “and I loved it.”", ruiz},
		{"r-year-title", "R2 Ana Ruiz presented a case of lupus at the chapter meeting.", ruiz},
		{"r-year-paren", "Dr. Ana Ruiz (R3) presented a case of gout.", ruiz},
		{"r-year-paren-two", "Dr. Ana Ruiz (R3) presented a case of gout. Dr. Ben Ota (R1) presented a case of anemia.", both},
		{"year-apposed", "Ana Ruiz, PGY-3, wrote this month's column on night float.", ruiz},
		{"year-apposed-md", "Ana Ruiz, MD, PGY-2, wrote this month's column on night float.", ruiz},
		{"year-apposed-glued", "Ana Ruiz, MD, PGY3, wrote this month's column on night float.", ruiz},
		{"byline-year", "Westside Internal Medicine\n\nBy Ana Ruiz, MD, PGY-2\n\nOur interns finished their bootcamp in July and the wards were busy.", ruiz},
		{"byline-year-under-org", "Eastlake UH Tampa\n\nBy Ana Ruiz, MD, PGY-2\n\nWe were sad to hear that our dean retired this fall.", ruiz},
		{"byline-two-sections", "Westside Internal Medicine\n\nBy Ana Ruiz, MD, PGY-2\n\nOur interns finished their bootcamp in July.\n\nEastlake UH Tampa\n\nBy Ben Ota, DO, PGY-3\n\nWe were sad to hear that our dean retired this fall.", both},
		{"spoken-surname-who", "Ana Ruiz spoke first at the dinner. " + q + " says Ruiz, who is a second-year surgery resident.", ruiz},
		{"spoken-surname-who-said", "Ana Ruiz chairs the wellness group. " + q + " said Ruiz, who is a third-year pediatrics resident.", ruiz},
		{"spoken-surname-beginning", "Ana Ruiz chairs the wellness group. " + q + " says Ruiz, who is beginning her fourth year as a general surgery resident.", ruiz},
		{"starting-year-as", "Ana Ruiz is starting her second year as a pediatrics resident at Lakeside.", ruiz},
		{"entering-year-as", "This July Dr. Ana Ruiz enters her final year as a family medicine resident.", ruiz},
		{"card-dash-year-school", "Meet our residents\n\nAna Ruiz, MD - PGY-2 - Lakeview School of Medicine\n\nBen Ota, MD - PGY-1 - Hilltop Med\n", both},
		{"card-comma-year-school", "Meet our residents\n\nAna Ruiz, MD, PGY-2, Lakeview School of Medicine\n\nBen Ota, MD | PGY-1 | Hilltop Med\n", both},
		{"event-after-name", "First-year resident Dr. Ana Ruiz won first prize at the Regional Resident Case Report Competition.", ruiz},
		{"body-after-role", "Chief resident Dr. Ana Ruiz spoke for the Resident Physicians Union at the hearing.", ruiz},
	} {
		cells = append(cells, relCell{"lead17/" + c.key, head + c.text, c.want})
	}
	for _, tr := range []struct{ key, text string }{
		{"acronym-body", "The court told the Association of Resident Doctors (ARDN) to end its strike. The strike of the Resident Doctors ARDN closed clinics."},
		{"year-event", "PGY-1 Orientation Week starts on June 20 in the main auditorium."},
		{"year-schedule", "PGY-2 Night Float Schedule is posted on the shared drive."},
		{"r1-university", "Lakeside is an R1 University with a large teaching hospital for its residents."},
		{"byline-staff", "By Ana Ruiz, Staff Writer\n\nOur interns finished their bootcamp in July."},
		{"spoken-surname-faculty", "Ana Ruiz spoke first at the dinner. " + q + " says Ruiz, who is a faculty member in surgery."},
		{"starting-as-faculty", "Ana Ruiz is starting her second year as a faculty member in pediatrics."},
		{"began-year-as-past", "Dr. Ana Ruiz began her career as a resident at Lakeside in 1998 and now directs the clinic."},
		{"event-only", "Our residents won the Regional Resident Case Report Competition this spring."},
	} {
		cells = append(cells, relCell{"lead17/trap/" + tr.key, head + strings.TrimSpace(tr.text), nil})
	}
	return cells
}
