package extract

// Session 14's cells of storyGrid (issue 12, rost14): the classes seen on
// unseen roster material, in the team's own words (never copied).

// storyCells14 are session 14's cells, appended to storyGrid.
func storyCells14() []storyCell {
	var cells []storyCell
	ruiz := []string{"Ana Ruiz |  |  | "}
	// 1. a department's welcome of its incoming residents quotes its
	// faculty: a speaker whose role is a teacher's, a leader's or staff's
	// is no resident, wherever the role is said (beside the quote, in
	// another sentence that names the residents the page welcomes, in the
	// paragraph before), and the first person inside the quote is the
	// speaker's, not the page's writer's
	welcome := func(s string) string {
		return "Welcome to our incoming residents\n\nThe department welcomed its new interns this week.\n\n" + s
	}
	for _, role := range []struct{ key, text string }{
		{"professor-vice-chair", "professor of medicine and vice chair for education"},
		{"associate-professor", "associate professor of pediatrics"},
		{"division-chief", "chief of the division of hospital medicine"},
		{"program-director", "director of the residency program"},
		{"coordinator", "the residency program coordinator"},
		{"dean", "associate dean for graduate medical education"},
		{"title-case", "Professor of Medicine and Vice Chair for Education"},
		{"degrees", "MD, FACP, professor of medicine"},
	} {
		cells = append(cells,
			storyCell{"trap/welcome/quote-first-person/" + role.key, welcome("“I remember my first night on call as an intern,” said Dr. Lena Park, " + role.text + ". “I was terrified, and I tell every intern about it.”"), nil},
			storyCell{"trap/welcome/role-with-addressees/" + role.key, welcome("Dr. Lena Park, " + role.text + ", welcomed the incoming residents on Monday. “Our new interns bring energy to every ward,” said Dr. Lena Park."), nil},
			storyCell{"trap/welcome/role-paragraph-before/" + role.key, welcome("Dr. Lena Park, " + role.text + ", spoke to our interns at orientation.\n\n“Our new interns bring energy to every ward,” said Lena Park."), nil},
			storyCell{"trap/welcome/addressees-met/" + role.key, welcome("The interns met Dr. Lena Park, " + role.text + ", on their first morning. “Ask for help early,” said Lena Park."), nil},
		)
	}
	// a resident's word that modifies the speaker's role: a mentor of
	// interns, an advocate for residents
	cells = append(cells,
		storyCell{"trap/welcome/intern-mentor", welcome("“Our new interns bring energy to every ward,” said Dr. Lena Park, MD, an intern mentor."), nil},
		storyCell{"trap/welcome/resident-advocate", welcome("“Ask for help early,” said Lena Park, a resident advocate in the dean's office."), nil},
		storyCell{"welcome/intern-mentoring", welcome("“Ask for help early,” said Dr. Ana Ruiz, an intern who mentors students."), ruiz},
	)
	// beside the traps: a resident quoted on the same page is read, with
	// a faculty speaker or alone
	cells = append(cells,
		storyCell{"welcome/resident-role-with-addressees", welcome("Dr. Ana Ruiz, the program's chief resident, welcomed the incoming residents on Monday. “Our new interns bring energy to every ward,” said Dr. Ana Ruiz."), ruiz},
		storyCell{"welcome/resident-quote-first-person", welcome("“I remember my first night on call as an intern,” said Dr. Ana Ruiz, a second-year resident. “I was terrified.”"), ruiz},
		storyCell{"welcome/faculty-and-resident", welcome("Dr. Lena Park, professor of medicine and vice chair for education, welcomed the incoming residents on Monday. “Our new interns bring energy to every ward,” said Dr. Lena Park.\n\n“I remember my first night on call as an intern,” said Dr. Ana Ruiz, a second-year resident."), ruiz},
		storyCell{"welcome/resident-with-faculty-companion", welcome("Dr. Ana Ruiz, along with faculty mentor Dr. Lena Park, welcomed the incoming residents. “Ask for help early,” said Dr. Ana Ruiz, a second-year resident."), ruiz},
	)
	// 2. a story about one resident on a page that is not the program's
	// own: a medical school's alumni news (the page's heading names its
	// graduates, past people, but the story says what the person is now)
	// and a vendor's or a newspaper's story; the school is the one the
	// story names as the person's
	lakeside := []string{"Ana Ruiz | Lakeside School of Medicine |  | "}
	lakesideMS := []string{"Ana Ruiz | Lakeside Medical School |  | "}
	for _, head := range []struct{ key, text string }{
		{"alumni-news", "Alumni News\n\n"},
		{"alumni-spotlight", "Alumni Spotlight\n\nLakeside School of Medicine\n\n"},
		{"news", "Our news\n\n"},
	} {
		for _, body := range []struct {
			key, text string
			want      []string
		}{
			{"graduate-of-now", "Dr. Ana Ruiz, a 2019 graduate of the Lakeside School of Medicine, is now a second-year resident in surgery at Harbor General Hospital.", lakeside},
			{"degrees-graduate-of", "Ana Ruiz, MD, a 2019 graduate of Lakeside School of Medicine, is now a second-year surgery resident at Harbor General Hospital.", lakeside},
			{"who-graduated", "Dr. Ana Ruiz, who graduated from Lakeside School of Medicine in 2019, is a second-year resident in surgery at Harbor General Hospital.", lakeside},
			{"fronted-graduate", "A 2019 graduate of the Lakeside School of Medicine, Dr. Ana Ruiz is now a second-year resident in surgery at Harbor General Hospital.", lakeside},
			{"class-of", "Dr. Ana Ruiz, Class of 2019, is now a PGY-2 in general surgery at Harbor General Hospital.", ruiz},
			{"paren-year", "Ana Ruiz (MD '19) is a third-year resident in pediatrics at Harbor Children's Hospital.", ruiz},
			// traps: a fellow, an attending, a former resident, a resident
			// of years past, a student who will begin residency (a graduate
			// who will is one: graduate-will-begin)
			{"trap-fellow", "Dr. Ana Ruiz, a 2019 graduate of the Lakeside School of Medicine, is now a cardiology fellow at Harbor General Hospital.", nil},
			{"trap-attending", "Dr. Ana Ruiz, a 2009 graduate of the Lakeside School of Medicine, completed her residency at Harbor General Hospital and is now an attending physician in Maine.", nil},
			{"trap-former", "Dr. Ana Ruiz, a 2009 graduate of the Lakeside School of Medicine, is a former chief resident of Harbor General Hospital.", nil},
			{"trap-student-matched", "Ana Ruiz, a fourth-year student at the Lakeside School of Medicine, matched at Harbor General Hospital and will begin residency in surgery in July.", nil},
			// (a graduate, not a student, who will begin her residency is an
			// incoming resident: session 16's line, doc.go's Conventions,
			// Rosters; this was a trap before)
			{"graduate-will-begin", "Ana Ruiz, a 2026 graduate of the Lakeside School of Medicine, will begin her residency at Harbor General Hospital in July.", lakeside},
		} {
			key := "single/" + head.key + "/" + body.key
			if body.want == nil {
				key = "trap/" + key
			}
			cells = append(cells, storyCell{key, head.text + body.text, body.want})
		}
	}
	// a residency's own alumni page: its past residents in apposition or
	// in the past are no residents now
	cells = append(cells,
		storyCell{"trap/single/program-alumni/apposed-years", "Alumni News\n\nDr. Ana Ruiz, a resident here from 2012 to 2015, practices in Maine.", nil},
		storyCell{"trap/single/program-alumni/apposed-chief", "Alumni News\n\nDr. Ana Ruiz, chief resident, went on to a cardiology fellowship in Boston.", nil},
		storyCell{"trap/single/program-alumni/was", "Alumni News\n\nDr. Ana Ruiz was a second-year resident here when the clinic opened in 2014.", nil},
	)
	for _, head := range []struct{ key, text string }{
		{"finalists", "Young Clinician Award finalists named\n\n"},
		{"newspaper", "Local doctor honored\n\nHARBOR CITY — "},
	} {
		for _, body := range []struct {
			key, text string
			want      []string
		}{
			{"graduate-and-resident", "Ana Ruiz, a graduate of Lakeside Medical School and an internal medicine resident at Harbor University, is a finalist for the award.", lakesideMS},
			{"school-graduate-and-resident", "Ana Ruiz, a Lakeside Medical School graduate and internal medicine resident at Harbor University, is one of five finalists for the award.", lakesideMS},
			{"resident-and-graduate", "Ana Ruiz, an internal medicine resident at Harbor University and a graduate of Lakeside Medical School, is a finalist for the award.", lakesideMS},
			{"award-went-to", "The award went to Ana Ruiz, a graduate of Lakeside Medical School and a pediatrics resident at Harbor University.", lakesideMS},
			{"trap-fellow", "Ana Ruiz, a graduate of Lakeside Medical School and an internal medicine fellow at Harbor University, is a finalist for the award.", nil},
			{"trap-completed", "Ana Ruiz, a graduate of Lakeside Medical School who completed her residency at Harbor University, is a finalist for the award.", nil},
			{"trap-student", "Ana Ruiz, a fourth-year student at Lakeside Medical School who will begin residency at Harbor University in July, is a finalist for the award.", nil},
		} {
			key := "single/" + head.key + "/" + body.key
			if body.want == nil {
				key = "trap/" + key
			}
			cells = append(cells, storyCell{key, head.text + body.text, body.want})
		}
	}
	return cells
}

// storyCells14Year are session 14's cells of a year of nothing named
// after a pair or a person (issue 12, rost14, class 3): a doctor's year is
// the residency's; anyone else's, or a year of something named, is not.
func storyCells14Year() []storyCell {
	ruiz := []string{"Ana Ruiz |  |  | "}
	pair := []string{"Ana Ruiz |  |  | ", "Ben Ota |  |  | "}
	news := func(s string) string {
		return "Residency news\n" + s + " presented a poster on sepsis at the spring meeting."
	}
	return []storyCell{
		{"year-bare/drs-both-in", news("Drs. Ana Ruiz and Ben Ota, both in their third year,"), pair},
		{"year-bare/drs-who-are", news("Drs. Ana Ruiz and Ben Ota, who are both in their second year,"), pair},
		{"year-bare/dr-one", news("Dr. Ana Ruiz, in her second year,"), ruiz},
		{"trap/year-bare/no-title", news("Ana Ruiz and Ben Ota, both of whom are in their fourth year,"), nil},
		{"trap/year-bare/one-no-title", news("Ana Ruiz, in her second year,"), nil},
		{"trap/year-bare/of-practice", news("Drs. Ana Ruiz and Ben Ota, both of whom are in their fourth year of practice,"), nil},
		{"trap/year-bare/as-faculty", news("Drs. Ana Ruiz and Ben Ota, both in their fourth year as faculty,"), nil},
		{"trap/year-bare/of-school", news("Drs. Ana Ruiz and Ben Ota, both of whom are in their fourth year of medical school,"), nil},
	}
}
