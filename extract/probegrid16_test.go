package extract

// gridSession16Retakes are the eighth round (session 16, elig16), first
// class: attempt limits written as retakes, in the team's own words, with
// traps beside them.
//
//   - A limit on attempts counts attempts. A count of retakes (or of
//     repeats of an exam, or of failures) after a verb of retaking is one of
//     failures: "not retaken any step more than once" is one retake at
//     most, two attempts; "more than twice" three. A retake with no count,
//     turned away or denied, is the first attempt only.
//   - A negation that opens a list item ("not retaken …") under a lead-in
//     that asks ("you must be a graduate who has:") bounds the count as
//     "must not" does, with the lead-in's modality: a lead-in of
//     preference gives nothing.
//   - The exams a count is on, coordinated ("either Step 1 or Step 2 of
//     the USMLE"), stand between the verb and its count without ending
//     the negation's reach.
//   - "one time" after a count is a number of times, as "once" is.
//   - A verb of repeating is a retake only of an exam: a repeated year,
//     course or clerkship is none; a rule on Step 3 alone is none;
//     retakes said to be considered set no limit.
func gridSession16Retakes() []gridCell {
	var cells []gridCell
	add := func(fact, name, give string, want F) { cells = append(cells, gridCell{fact, name, give, want}) }
	items := gridItems
	page, faq := gridPage, gridFAQ[0].wrap // gridFAQ[0]: a question heading over its answer
	att := func(n float64) F { return F{attMax: n} }

	// list items under a lead-in that asks, the lead-in's "who has:" and
	// the item's opening negation one requirement
	asking := []string{
		"To be eligible, you must be an international graduate who has:",
		"Applicants must be physicians who have:",
		"Eligible applicants are graduates who have:",
		"To apply, candidates must be foreign medical graduates who have:",
	}
	retakeItems := []struct {
		it   string
		want F
	}{
		{"not retaken Step 1 or Step 2 CK more than once", att(2)},
		{"not repeated either Step 1 or Step 2 CK of the USMLE more than once", att(2)},
		{"not failed any USMLE step more than once", att(2)},
		{"not retaken any step of the USMLE more than one time", att(2)},
		{"not retaken any USMLE step more than twice", att(3)},
		{"had no more than one retake of any step", att(2)},
		{"not retaken any USMLE step", att(1)},
		{"no retakes on Step 1 or Step 2 CK", att(1)},
	}
	for _, lead := range asking {
		for _, c := range retakeItems {
			add("attempts", lead+" "+c.it, items(lead, "Completed ECFMG certification", c.it, "Three letters of recommendation"), c.want)
		}
	}
	// the same items under a lead-in of preference: no limit
	for _, lead := range []string{"Preferred applicants are those who have:", "Strong applicants will have:"} {
		for _, it := range []string{"not retaken Step 1 or Step 2 CK more than once", "not failed any USMLE step more than once"} {
			add("attempts", lead+" "+it, items(lead, "Completed ECFMG certification", it), F{})
		}
	}

	// prose
	for _, c := range []struct {
		s    string
		want F
	}{
		{"Applicants must not have retaken Step 1 or Step 2 CK more than once.", att(2)},
		{"Applicants must not have failed either Step 1 or Step 2 of the USMLE more than once.", att(2)},
		{"Candidates who have repeated any USMLE step more than once will not be considered.", att(2)},
		{"Graduates who retook Step 1 more than once are not eligible.", att(2)},
		{"We do not consider applicants who have retaken a USMLE step more than twice.", att(3)},
		{"Applicants who have failed Step 2 CK more than one time will not be considered.", att(2)},
		{"Applicants must not have taken any step more than two times.", att(2)},
		{"Step 1 may be taken no more than 2 times.", att(2)},
		{"No more than one retake of each step is allowed.", att(2)},
		{"We will consider applicants who have retaken Step 2 CK once.", att(2)},
		{"Applicants who have retaken any step will not be considered.", att(1)},
		{"Applicants must not have repeated Step 1 or Step 2 CK.", att(1)},
		{"Applicants who have taken Step 1 more than one time will not be considered.", att(1)},
		// traps
		{"Retakes are considered.", F{}},
		{"Applicants who have retaken a step are still considered.", F{}},
		{"Applicants who repeated a year of medical school will not be considered.", F{}},
		{"Applicants must not have repeated any year of medical school.", F{}},
		{"Applicants who repeated a year of medical school more than once will not be considered.", F{}},
		{"Applicants who have repeated a clerkship more than once are not eligible.", F{}},
		{"Residents who do not pass Step 3 may retake it once.", F{}},
		{"Applicants who have retaken a step more than once are encouraged to explain it in their personal statement.", F{}},
		{"Most of our residents have not retaken any step.", F{}},
		{"Candidates who have not retaken a step more than once should contact the coordinator.", F{}},
	} {
		add("attempts", "prose: "+c.s, page(c.s), c.want)
	}

	// questions and answers
	for _, c := range []struct {
		q, a string
		want F
	}{
		{"Do you accept applicants who have retaken a USMLE step?", "No.", att(1)},
		{"Is there a limit on retakes?", "Yes, one retake per step at most.", att(2)},
		{"Do you accept applicants who have retaken a USMLE step?", "Retakes are reviewed case by case.", F{}},
	} {
		add("attempts", "faq: "+c.q+" | "+c.a, faq(c.q, c.a), c.want)
	}
	return cells
}

// gridSession16Residents are the eighth round's second class: what the
// residency gives its own residents, or what they get or do in it, is no
// rule for its applicants, whatever word of preference the description
// holds; a rule about US clinical experience has the applicants (or no
// one) as its subject. Traps both ways: applicants, candidates, IMGs,
// "you", and residents still to come (prospective, future) are the
// applicants; a visa the program gives its residents is its visa rule.
func gridSession16Residents() []gridCell {
	var cells []gridCell
	stmt := func(fact, s string, want F) {
		for _, f := range gridForms {
			cells = append(cells, gridCell{fact, f.name + ": " + s, f.wrap(s), want})
		}
		news := "<h2>Global Health and Community Medicine</h2><p>Our department is proud of its partnerships.</p><p>" + s + "</p>" + gridClose
		cells = append(cells, gridCell{fact, "news: " + s, news, want})
	}
	for _, s := range []string{
		"Our global health electives give residents exposure to illnesses seldom seen in the US and practice in low-resource settings.",
		"Global health rotations provide our residents with experience caring for patients rarely encountered in the United States.",
		"The elective gives interns valuable exposure to patient care in rural US clinics, a plus for those pursuing primary care.",
		"Residents take advantage of rotations at community hospitals across the United States.",
		"Our program provides residents with ideal hands-on experience in American hospitals.",
		"The residency offers interns a unique rotation in the US Virgin Islands, where they get experience rarely available elsewhere.",
		"Many residents prefer to complete rotations at our affiliated US sites.",
		"Residents are encouraged to complete away rotations in the United States.",
		"Trainees have the opportunity to rotate at the VA, giving them exposure to veterans' care in the US health system, which is highly valued.",
		"Residents gain experience in US community clinics.",
		"Our interns gain hands-on experience in US outpatient clinics, an important advantage for fellowship applications.",
	} {
		stmt("usce", s, F{})
	}
	for _, c := range []struct {
		s    string
		want F
	}{
		{"Applicants with experience practicing medicine in the US are preferred.", F{usceReqF: "preferred"}},
		{"Prospective residents are encouraged to complete rotations in the United States.", F{usceReqF: "preferred"}},
		{"Future residents should have clinical experience in the US.", F{usceReqF: "required"}},
		{"IMG applicants who have gained experience in US clinics are preferred.", F{usceReqF: "preferred"}},
		{"Candidates who have completed rotations in US hospitals are given preference.", F{usceReqF: "preferred"}},
		{"Residents gain experience in US community clinics; applicants with US clinical experience are preferred.", F{usceReqF: "preferred"}},
		{"You should have hands-on experience in the US; our residents gain more of it during electives.", F{usceReqF: "required"}},
	} {
		stmt("usce", c.s, c.want)
	}
	stmt("visa", "Our program provides residents with J-1 visa sponsorship.", F{j1: true})
	return cells
}

// gridSession16VisaLabel are the eighth round's third class: a field of
// one value for the program's visa status ("Visa Status", a listing's
// field) whose value names one visa gives it, the other left out (below
// anything the page says of it by name); a value naming both or a
// condition, a list's label ("Visa sponsorship | J-1", session 12), a
// label that names a visa itself, or a label about something else leaves
// the other unsaid. Set as a table row, a label and colon, and the
// flattened lines of a listing (label on one line, value on the next).
func gridSession16VisaLabel() []gridCell {
	var cells []gridCell
	row := func(l, v string, want F) {
		for _, f := range gridRow {
			cells = append(cells, gridCell{"visa", f.name + ": " + l + " | " + v, f.wrap(l, v), want})
		}
		flat := "Program details\nInterviews held last season\n45\n" + l + "\n" + v + "\nPart-time faculty\n0\n"
		cells = append(cells, gridCell{"visa", "lines: " + l + " | " + v, flat, want})
	}
	for _, l := range []string{"Visa Status", "Visa status offered", "Immigration visa status"} {
		row(l, "J-1 visa sponsorship through ECFMG", F{j1: true, h1b: false})
		row(l, "J-1", F{j1: true, h1b: false})
		row(l, "ECFMG-sponsored J1", F{j1: true, h1b: false})
		row(l, "H-1B visa sponsorship", F{h1b: true, j1: false})
		row(l, "J-1 and H-1B", F{j1: true, h1b: true})
		// traps: more than one visa, a condition
		row(l, "J-1 (other visas case by case)", F{j1: true})
	}
	// traps: a list's label, a label naming the visa itself, a label about
	// something else
	for _, l := range []string{"Visa sponsorship", "Visas sponsored", "Visa"} {
		row(l, "J-1 visa sponsorship through ECFMG", F{j1: true})
	}
	row("J-1 visa sponsorship", "Yes", F{j1: true})
	row("Comments", "J-1 visa sponsorship through ECFMG", F{j1: true})
	return cells
}

// gridSession16Means are the eighth round's fourth class: US clinical
// experience named as one way to meet what is asked ("this can be shown
// by doing two rotations in the US"), or waived on a condition for those
// without it ("… will be considered if they have an exceptional academic
// record"), is preferred: expected of most, not of all. Traps: the
// experience as what is shown (before the words of means) keeps its own
// reading; those without it considered with no condition make it not
// required.
func gridSession16Means() []gridCell {
	var cells []gridCell
	stmt := func(s string, want F) {
		for _, f := range gridForms {
			cells = append(cells, gridCell{"usce", f.name + ": " + s, f.wrap(s), want})
		}
	}
	// prose only: under a list's heading of requirements those without
	// the experience are read as the list's (on main too)
	prose := func(s string, want F) {
		for _, f := range gridForms {
			if f.name != "li" {
				cells = append(cells, gridCell{"usce", f.name + ": " + s, f.wrap(s), want})
			}
		}
	}
	pref := F{usceReqF: "preferred"}
	for _, s := range []string{
		"This can be shown by completing two or more rotations with direct patient care at a teaching hospital in the United States.",
		"Clinical readiness may be demonstrated through hands-on experience in US hospitals.",
		"Applicants must show readiness for residency, which can be documented by clinical rotations in the US.",
		"English proficiency is best demonstrated by clinical work in an American hospital.",
	} {
		stmt(s, pref)
	}
	prose("Applicants without US clinical experience will be considered if they have an exceptional academic record.", pref)
	prose("Applicants without clinical experience in the United States are considered on a case-by-case basis.", pref)
	stmt("This requirement can be met by three months of US clinical experience.", F{usceReqF: "preferred", usceMo: 3.0})
	// traps
	stmt("Applicants must have US clinical experience, which can be documented by letters from supervisors.", F{usceReqF: "required"})
	stmt("Three months of US clinical experience are required; this can be shown by a letter from the supervising physician.",
		F{usceReqF: "required", usceMo: 3.0})
	prose("Applicants without US clinical experience will also be considered.", F{usceReqF: "not_required"})
	prose("Applicants without US clinical experience are welcome to apply.", F{usceReqF: "not_required"})
	return cells
}
