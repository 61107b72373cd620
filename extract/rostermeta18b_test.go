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

// relCells18bForeign: a resident's role in French, Spanish, Portuguese,
// Italian or German (foreignRoles) before the name as a title, in
// apposition after it, after a verb of being; a plural title over a list
// of names, and a representative of the residents. Traps: a dean, a
// professor, a medical student, a city's inhabitants, a former resident,
// a nursing home's resident, a director of the residents, internal
// medicine's adjective.
func relCells18bForeign() []relCell {
	ruiz, both := []string{"Ana Ruiz"}, []string{"Ana Ruiz", "Paul Girard"}
	var cells []relCell
	for _, c := range []struct {
		key, text string
		want      []string
	}{
		{"fr-representatives", "Actualités\n\nLa représentante des médecins résidents Ana Ruiz, le doyen Marc Olivier ainsi que le représentant des médecins résidents Paul Girard, lors de la remise des diplômes à Lakeville.", both},
		{"fr-title", "Actualités\n\nLa médecin résidente Ana Ruiz a présenté un cas de lupus au congrès de Lakeville.", ruiz},
		{"fr-apposition-specialty", "Actualités\n\nAna Ruiz, résidente en pédiatrie au centre hospitalier de Lakeville, a présenté un cas.", ruiz},
		{"fr-copula-year", "Actualités\n\nAna Ruiz est résidente de deuxième année en médecine familiale à Lakeville.", ruiz},
		{"fr-copula-now", "Actualités\n\nAna Ruiz est actuellement médecin résidente au centre hospitalier de Lakeville.", ruiz},
		{"fr-apposition-r-year", "Actualités\n\nAna Ruiz, résidente R2, a présenté un cas de lupus.", ruiz},
		{"fr-interne-title", "Actualités\n\nL’interne Paul Girard a présenté un cas au congrès.", []string{"Paul Girard"}},
		{"fr-interne-apposition", "Actualités\n\nPaul Girard, interne en médecine générale, a présenté un cas.", []string{"Paul Girard"}},
		{"fr-plural-title", "Actualités\n\nLes médecins résidents Ana Ruiz et Paul Girard ont présenté leurs travaux.", both},
		{"es-apposition-year", "Noticias\n\nAna Ruiz, médica residente de segundo año, presentó un caso de lupus.", ruiz},
		{"es-title-specialty", "Noticias\n\nLa residente de pediatría Ana Ruiz presentó un caso clínico.", ruiz},
		{"es-copula", "Noticias\n\nAna Ruiz es residente de primer año de medicina interna en el Hospital Lagos.", ruiz},
		{"es-plural-title", "Noticias\n\nLos médicos residentes Ana Ruiz, Pablo Gil y Lucía Mora presentaron un caso.", []string{"Ana Ruiz", "Lucía Mora", "Pablo Gil"}},
		{"pt-copula", "Notícias\n\nAna Ruiz é médica residente em clínica médica no Hospital das Lagoas.", ruiz},
		{"it-title", "Notizie\n\nIl medico specializzando Paolo Bianchi ha presentato un caso.", []string{"Paolo Bianchi"}},
		{"it-apposition", "Notizie\n\nPaolo Bianchi, specializzando in cardiologia, ha presentato un caso.", []string{"Paolo Bianchi"}},
		{"de-title", "Aktuelles\n\nAssistenzärztin Anna Schmidt stellte einen Fall vor.", []string{"Anna Schmidt"}},
		{"de-copula", "Aktuelles\n\nAnna Schmidt ist Assistenzärztin in der Inneren Medizin.", []string{"Anna Schmidt"}},
		{"de-apposition", "Aktuelles\n\nAnna Schmidt, Ärztin in Weiterbildung, stellte einen Fall vor.", []string{"Anna Schmidt"}},
	} {
		cells = append(cells, relCell{"foreign18b/" + c.key, c.text, c.want})
	}
	for _, tr := range []struct{ key, text string }{
		{"fr-dean", "Actualités\n\nLe doyen Marc Olivier a félicité les finissants."},
		{"fr-professor", "Actualités\n\nLe professeur Marc Olivier a présenté un cas."},
		{"fr-student", "Actualités\n\nL'étudiante en médecine Ana Ruiz a présenté un cas."},
		{"fr-inhabitant", "Actualités\n\nAna Ruiz, résidente de Sherbrooke depuis vingt ans, a témoigné."},
		{"fr-inhabitants", "Actualités\n\nLes résidents de Lakeville ont voté contre le projet."},
		{"fr-former", "Actualités\n\nAna Ruiz, ancienne résidente en pédiatrie, est maintenant professeure."},
		{"fr-nursing-home", "Actualités\n\nAna Ruiz est résidente du centre Les Pins depuis 2019."},
		{"fr-long-term-care", "Actualités\n\nAna Ruiz, une résidente en soins de longue durée, a témoigné."},
		{"fr-director-of-residents", "Actualités\n\nLe directeur des médecins résidents Marc Olivier a pris la parole."},
		{"fr-internal-medicine", "Actualités\n\nAna Ruiz est spécialiste en médecine interne au centre hospitalier."},
		{"fr-internal-adjective", "Actualités\n\nAna Ruiz, directrice de la communication interne, a pris la parole."},
		{"es-inhabitant", "Noticias\n\nAna Ruiz, residente en Madrid, votó ayer."},
	} {
		cells = append(cells, relCell{"foreign18b/trap-" + tr.key, tr.text, nil})
	}
	return cells
}

// relCells18bSpeaker: one resident in a news story — a speaker's role with
// "physician" before the comma of the name's apposition, a role
// coordinated after another predicate noun ("a representative of the
// union and a psychiatry resident"), a pronoun carried to the speaker of
// reported speech after a fronted clause ("…, Dr. Ana Ruiz said in an
// interview. She is …"), a specialty's "adult". Traps: staff in the same
// positions, a past residency, an inhabitant.
func relCells18bSpeaker() []relCell {
	head := "Residency news\n\n"
	ruiz, ota := []string{"Ana Ruiz"}, []string{"Ben Ota"}
	var cells []relCell
	for _, c := range []struct {
		key, text string
		want      []string
	}{
		{"said-role-physician-comma", "“The residents here teach each other,” said third-year pediatrics resident physician, Ana Ruiz, MD. “I learn every day.”", ruiz},
		{"says-chief-physician-comma", "“Night float is quieter now,” says chief resident physician, Dr. Ben Ota.", ota},
		{"added-intern-physician-comma", "“We start in June,” added first-year resident physician, Ana Ruiz, DO.", ruiz},
		{"coordinated-of-union", "Dr. Ana Ruiz is a delegate of the house staff union and a second-year psychiatry resident at Lakeside Hospital.", ruiz},
		{"coordinated-member-intern", "Ben Ota is a member of the wellness committee and an internal medicine intern at Harbor Hospital.", ota},
		{"coordinated-currently", "Dr. Ana Ruiz is currently a board member of the union and a PGY-2 resident in neurology.", ruiz},
		{"coordinated-pronoun", "Dr. Ben Ota spoke at the rally. He is a representative of the union and an adult psychiatry resident at Lakeside.", ota},
		{"reported-speaker-carried", "For starters, pay has not risen in years, Dr. Ana Ruiz said in an interview. She is an adult neurology resident at Lakeside Hospital.", ruiz},
		{"reported-speaker-told", "The wards were short of staff all winter, Ben Ota told reporters. He is a second-year family medicine resident at Harbor Hospital.", ota},
		{"reported-speaker-next-block", "The contract talks stalled in May, Dr. Ana Ruiz said on Tuesday.\n\nShe is a third-year surgery resident at Lakeside Hospital.", ruiz},
	} {
		cells = append(cells, relCell{"speaker18b/" + c.key, head + c.text, c.want})
	}
	for _, tr := range []struct{ key, text string }{
		{"coordinated-former", "Dr. Ana Ruiz is the director of the clinic and a former chief resident of the program."},
		{"coordinated-professor", "Dr. Ben Ota is an associate professor of medicine and an advisor to our residents."},
		{"coordinated-staff-between", "Dr. Ana Ruiz is an attending physician and a mentor to the internal medicine residents."},
		{"reported-speaker-director", "Pay has not risen in years, Dr. Ben Ota said in an interview. He is the program director and teaches the residents."},
		{"reported-speaker-past", "The wards were busy, Dr. Ana Ruiz said. She was a resident here in 2005 and now leads the clinic."},
		{"said-officer-comma", "“We will keep our promise,” said the hospital's chief medical officer, Ana Ruiz."},
		{"inhabitant", "“We will keep fighting,” said Ana Ruiz, a Lakeside resident, at the town meeting."},
	} {
		cells = append(cells, relCell{"speaker18b/trap-" + tr.key, head + tr.text, nil})
	}
	return cells
}

// relCells18bEntry: an entry of a list of people (mentees, alumni of a
// course) — a name line, then a predicate with no subject that makes the
// person a resident now: "Currently a urology resident at X", "…; now a
// second-year surgery resident", "… Now a PGY-2 resident" — whose subject
// is the name line over it, though the line says what the person was
// then ("- Lakeview Medical Student"). Traps: a student still, an
// attending now, a former resident, a group's line, a staff's line.
func relCells18bEntry() []relCell {
	ruiz, ota := []string{"Ana Ruiz"}, []string{"Ben Ota"}
	var cells []relCell
	for _, c := range []struct {
		key, text string
		want      []string
	}{
		{"md-bold-clause", "## Mentorship\n**Ana Ruiz, M.D., Ph.D.** - Lakeview Medical Student\nLed to her choice of Lakeview School of Medicine, currently a Urology Resident at Harbor University.\n\n**Ben Ota, Carl Diaz**\nDesign course 2016\nWon a prize for a new splint.", ruiz},
		{"plain-currently", "Mentees\n\nAna Ruiz, MD - medical student\nCurrently a urology resident at Harbor University.", ruiz},
		{"plain-now", "Mentees\n\nBen Ota, DO\nNow a second-year surgery resident at Harbor University.", ota},
		{"semicolon-now", "Mentees\n\nAna Ruiz, MD - Lakeview medical student (2016)\nWon a research award; now a PGY-2 resident in pediatrics at Harbor Hospital.", ruiz},
		{"sentence-currently", "<h2>Former students</h2><p><strong>Ben Ota, DO</strong></p><p>Worked in our lab for two summers. Currently an internal medicine intern at Harbor Hospital.</p>", ota},
		{"line-between", "Mentees\n\nAna Ruiz, MD\nSummer research program 2015\nCurrently a family medicine resident at Lakeside Hospital.", ruiz},
	} {
		cells = append(cells, relCell{"entry18b/" + c.key, c.text, c.want})
	}
	for _, tr := range []struct{ key, text string }{
		{"still-student", "Mentees\n\nAna Ruiz - Lakeview medical student (2016)\nWon a research award; currently a fourth-year medical student hoping to be a urology resident."},
		{"attending-now", "Mentees\n\nAna Ruiz, MD - faculty mentor\nCurrently an attending in surgery at Harbor University; finished her residency in 2010."},
		{"former-then-attending", "Mentees\n\nBen Ota, MD - program alumnus\nFormerly a chief resident at Lakeside; now an attending at Harbor Hospital."},
		{"group-line", "Mentees\n\n**Ben Ota, Carl Diaz**\nDesign course 2016\nCurrently a urology resident at Harbor University."},
		{"staff-line", "Our people\n\nAna Ruiz, MD - Program Director\nCurrently a mentor to our residents at Harbor University."},
		{"no-name-line", "Mentees\n\nDesign course 2016\nCurrently a urology resident at Harbor University."},
	} {
		cells = append(cells, relCell{"entry18b/trap-" + tr.key, tr.text, nil})
	}
	return cells
}
