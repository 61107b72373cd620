package extract

// gridSession18OpenStatus are the tenth round (session 18, elig18), first
// class: a list of statuses that ends open. An alternative that admits
// whatever papers or standing the law allows ("… or hold the appropriate
// documents to train", "… or another status that permits training", "…
// or otherwise authorized to train") may be a visa's, so the list rules
// no visa out. Traps: the closed lists beside them (citizens and permanent
// residents only, or with an EAD), papers that prove a named status, a
// denial after the list, and a program's own visa beside it.
func gridSession18OpenStatus() []gridCell {
	var cells []gridCell
	stmt := func(s string, want F) {
		for _, f := range gridForms {
			cells = append(cells, gridCell{"visa", f.name + ": " + s, f.wrap(s), want})
		}
	}
	for _, s := range []string{
		"Residents must be US citizens, permanent residents, refugees or asylees, or hold the documents that allow them to train legally at our hospital.",
		"Our residents must be citizens or permanent residents of the United States, or hold another status that permits them to train here.",
		"Applicants must be U.S. citizens, green card holders, or otherwise authorized to train in the United States.",
		"Applicants must be U.S. citizens or permanent residents, or have the proper authorization for residency training.",
		"Every resident must be a citizen, a lawful permanent resident, an asylee, or possess appropriate documentation for lawful training.",
		"To be appointed, a trainee must be a US citizen or permanent resident, or have other documentation permitting employment.",
		"Applicants should be citizens or permanent residents, or have the necessary paperwork to work legally in the US.",
		"Candidates must be American citizens or green card holders, or be otherwise eligible to train in this country.",
		"The program requires US citizenship, permanent residency, or another immigration status that allows clinical training.",
	} {
		stmt(s, F{})
	}
	for _, c := range []struct {
		s    string
		want F
	}{
		{"Applicants must be US citizens or permanent residents.", F{j1: false, h1b: false}},
		{"Applicants must be U.S. citizens or permanent residents, or hold an EAD.", F{j1: false, h1b: false}},
		{"Applicants must be U.S. citizens or permanent residents and must provide the appropriate documentation of their status.", F{j1: false, h1b: false}},
		{"Applicants must be U.S. citizens or permanent residents, or provide the appropriate documentation of citizenship.", F{j1: false, h1b: false}},
		{"Only U.S. citizens or permanent residents are considered; appropriate documentation is required at hire.", F{j1: false, h1b: false}},
		{"Applicants must be US citizens or permanent residents, or hold another status; we do not sponsor visas.", F{j1: false, h1b: false}},
		{"Applicants must be citizens, permanent residents, or J-1 visa holders.", F{j1: true, h1b: false}},
		{"Applicants must be citizens or permanent residents, or hold other papers that allow training; we sponsor J-1 visas only.", F{j1: true, h1b: false}},
		{"We sponsor J-1 visas only.", F{j1: true, h1b: false}},
	} {
		stmt(c.s, c.want)
	}
	return cells
}

// gridSession18ConditionalDenials are the tenth round's second class: a
// denial of visas in general bound to a credential the physician lacks
// ("without a license, a visa is not an option"; "no visa can be issued
// unless the doctor is licensed") tells what a visa takes, not that a
// program refuses one: no refusal. Traps: a denial beside another rule's
// "without", a condition that is a status or sponsorship, emphasis, and
// the program's plain denials.
func gridSession18ConditionalDenials() []gridCell {
	var cells []gridCell
	stmt := func(s string, want F) {
		for _, f := range gridForms {
			cells = append(cells, gridCell{"visa", f.name + ": " + s, f.wrap(s), want})
		}
	}
	for _, s := range []string{
		"State rules tie a license to US training, and without a license, a visa is not an option.",
		"Without a medical license, a physician cannot obtain a visa.",
		"A visa is not available unless the physician holds a license.",
		"Lacking a license, a doctor has no path to a visa.",
		"Without a state license, no visa can be issued to a physician.",
		"No visa can be issued to a doctor without a full license.",
		"Without ECFMG certification, visas are out of reach for foreign doctors.",
		"Without Step 3, we do not sponsor visas.",
	} {
		stmt(s, F{})
	}
	for _, c := range []struct {
		s    string
		want F
	}{
		{"We do not sponsor visas.", F{j1: false, h1b: false}},
		{"Applicants without US clinical experience will not be considered, and we do not sponsor visas.", F{j1: false, h1b: false}},
		{"Our program does not offer visa sponsorship; applicants must be authorized to work without a visa.", F{j1: false, h1b: false}},
		{"Visas are not an option for our residents.", F{j1: false, h1b: false}},
		{"Candidates lacking US clinical experience are rarely interviewed. We do not sponsor visas.", F{j1: false, h1b: false}},
		{"We sponsor J-1 visas only.", F{j1: true, h1b: false}},
		{"We do not sponsor H-1B visas.", F{h1b: false}},
	} {
		stmt(c.s, c.want)
	}
	return cells
}

// gridSession18ResearchVisas are the tenth round's fifth class: a visa
// that serves research training — a research fellowship, position or year
// — with no clinical training named beside it is another population's
// (as scholars' visas are), not the residency's sponsorship: a board's or
// an office's process for research fellows states no program visa. Traps:
// residents and research fellows together, clinical and research
// fellowships, research in another clause, and a program's own visa.
func gridSession18ResearchVisas() []gridCell {
	var cells []gridCell
	stmt := func(s string, want F) {
		for _, f := range gridForms {
			cells = append(cells, gridCell{"visa", f.name + ": " + s, f.wrap(s), want})
		}
	}
	for _, s := range []string{
		"For the board to back a J-1 applicant who plans to complete a research fellowship, the program director must send a written request.",
		"J-1 visas are sponsored for research fellows in our laboratories.",
		"Applicants who need a J-1 for a research year should contact the department office.",
		"The institute files H-1B petitions for research positions in its laboratories.",
		"A J-1 research scholar category covers visiting investigators.",
		"Requests for J-1 support for a research appointment are reviewed by the committee.",
	} {
		stmt(s, F{})
	}
	for _, c := range []struct {
		s    string
		want F
	}{
		{"We sponsor J-1 visas for residents and research fellows.", F{j1: true}},
		{"Our program sponsors J-1 visas; research fellowships are also available.", F{j1: true}},
		{"J-1 visas are sponsored for clinical and research fellowships.", F{j1: true}},
		{"Residents with a research year on a J-1 visa are welcome.", F{j1: true}},
		{"We sponsor J-1 visas only.", F{j1: true, h1b: false}},
		{"We sponsor H-1B visas for residents who plan research careers.", F{h1b: true}},
	} {
		stmt(c.s, c.want)
	}
	return cells
}
