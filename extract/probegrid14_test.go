package extract

import "strings"

// gridSession14 are the seventh round (session 14, elig14): four classes
// seen on unseen passages, in the team's own words, each with its traps.
//
//   - US clinical experience placed in a residency or a school ("… in an
//     accredited residency program or medical school") is still the
//     experience: a residency word that only says where the experience
//     was had does not make it a residency year. A residency year asked
//     for itself (a PGY-1, a year of training in an accredited program,
//     patient care inside that year) is no USCE rule.
//   - A medical school's rule for its own students (the student, our
//     students, candidates for the MD degree) about sitting for an exam,
//     passing it or graduating is no rule of the residency; students who
//     apply to the program, and candidates who are its applicants, are
//     applicants.
//   - What current residents are like, under a question about them or with
//     a quantifier as subject ("most of them", "many are"), is a figure,
//     not a graduation limit.
//   - Criteria said to include items ask for them ("Selection criteria
//     include:"); a lead-in about current residents that includes
//     figures ("Our current residents include:") describes.
func gridSession14() []gridCell {
	var cells []gridCell
	add := func(fact, name, give string, want F) { cells = append(cells, gridCell{fact, name, give, want}) }
	items := gridItems
	page, faq := gridPage, gridFAQ[0].wrap // gridFAQ[0]: a question heading over its answer

	// 1. Experience placed in a residency or a school.
	placed := []string{
		"Hands-on clinical experience in the U.S. within the last 3 years, in an accredited residency program or medical school",
		"Hands-on patient care in the United States during the past two years at an accredited residency program",
		"Recent clinical experience in the US, gained in an ACGME-accredited program",
		"Clinical rotations in the USA within four years, at an accredited residency program or a US medical school",
		"US clinical experience in an accredited residency program",
	}
	for _, lead := range []string{
		"The following are preferred when we review applications from international graduates:",
		"For IMG applicants, these criteria are preferred:",
		"Preferred qualifications for foreign medical graduates:",
		"We would prefer that IMGs have the following:",
	} {
		for _, it := range placed {
			add("usce", lead+" "+it, items(lead, "ECFMG certification", it, "Three letters of recommendation"), F{usceReqF: "preferred"})
		}
	}
	for _, lead := range []string{"Applicants must have:", "International graduates are required to have the following:"} {
		for _, it := range placed {
			add("usce", lead+" "+it, items(lead, "ECFMG certification", it, "Three letters of recommendation"), F{usceReqF: "required"})
		}
	}
	for _, s := range []string{
		"Clinical experience in the United States in an accredited residency program is preferred.",
		"We prefer hands-on experience in the US at an accredited residency program.",
		"At least three months of clinical experience in the U.S. in an accredited residency program is required.",
	} {
		want := F{usceReqF: "preferred"}
		if strings.Contains(s, "required") {
			want = F{usceReqF: "required", usceMo: 3.0}
		}
		add("usce", "prose: "+s, page(s), want)
	}
	add("usce", "prose: experience preferred, a residency year required",
		page("Clinical experience in the US is preferred.", "A preliminary year in an accredited residency program is required."), F{usceReqF: "preferred"})
	for _, it := range []string{
		"Three months of US clinical experience in an ACGME-accredited residency program",
		"At least 3 months of hands-on experience in the U.S. at an LCME-accredited medical school or an accredited residency program",
	} {
		add("usce", "months placed: "+it, items("Applicants must have:", it, "Three letters of recommendation"), F{usceReqF: "required", usceMo: 3.0})
	}
	// a residency year, letters or research after a semicolon speak of themselves
	for _, c := range []struct {
		s    string
		want F
	}{
		{"Clinical experience in the US is preferred; a preliminary year in an accredited residency program is required.", F{usceReqF: "preferred"}},
		{"US clinical experience is strongly preferred; completion of a PGY-1 year in an ACGME-accredited program is required.", F{usceReqF: "preferred"}},
		{"Hands-on US clinical experience is preferred; research experience is not required.", F{usceReqF: "preferred"}},
		{"Clinical experience in the United States is desirable; two letters from US physicians are required.", F{usceReqF: "preferred"}},
		{"US clinical experience is preferred, but at least two months are required.", F{usceReqF: "required", usceMo: 2.0}},
		{"US clinical experience is not required; however, it is strongly recommended.", F{usceReqF: "preferred"}},
	} {
		add("usce", "semicolon: "+c.s, page(c.s), c.want)
	}
	// traps: a residency year asked for itself
	for _, it := range []string{
		"Completion of a PGY-1 year in an accredited residency program in the US",
		"One year of residency training in the United States in an ACGME-accredited program",
		"A preliminary year with twelve months of patient care at an accredited residency program in the U.S.",
		"A transitional year in the US that includes clinical rotations in an accredited residency program",
		"One year of clinical training in an ACGME-accredited program in the United States",
		"Twelve months of clinical training in the US at an accredited residency program",
	} {
		add("usce", "residency year: "+it, items("Applicants to our advanced program must have:", it, "Three letters of recommendation"), F{})
	}

	// 1b. A lead-in inside the sentence, its items set apart by semicolons.
	for _, lin := range []struct {
		leads       []string
		usce        string
		yog, scores F
	}{
		{[]string{
			"The following criteria are preferred when reviewing applications from IMGs:",
			"When we review international applicants, we prefer the following:",
			"For IMGs, the selection committee would prefer:",
		}, "preferred", F{yogPref: 4.0}, F{s2Pref: 230.0}},
		{[]string{
			"International applicants who are reviewed for an interview must meet these requirements:",
			"For an IMG application to be reviewed, the following are required:",
		}, "required", F{yogMax: 4.0}, F{s2Min: 230.0}},
	} {
		for _, lead := range lin.leads {
			add("usce", "inline: "+lead+" … ; hands-on US experience",
				page(lead+" graduation within the last five years; hands-on clinical experience in the U.S. within the last two years, in an accredited residency program or medical school."),
				F{usceReqF: lin.usce})
			add("yog", "inline: "+lead+" … ; graduation within 4 years",
				page(lead+" three months of hands-on clinical experience in the US; graduation within the last 4 years."), lin.yog)
			add("scores", "inline: "+lead+" … ; Step 2 CK 230",
				page(lead+" recent US clinical experience; a Step 2 CK score of 230 or more."), lin.scores)
		}
	}
	// an item's own cue stands; a sentence of its own after the semicolon is no item
	add("usce", "inline: item's own cue",
		page("The following criteria are required when reviewing applications from IMGs: graduation within five years; US clinical experience is preferred but not required."), F{usceReqF: "preferred"})
	add("yog", "inline: a described share after the lead-in",
		page("A look at our residents when reviewing this year's class: many come from abroad; most graduated within the last 3 years."), F{})
	add("yog", "inline: a clause after a semicolon with its own subject",
		page("Recent graduates are preferred when reviewing applications from IMGs: we welcome all; we require graduation within 6 years."), F{yogMax: 6.0})

	// 2. The school's rule for its own students.
	for _, s := range []string{
		"To sit for USMLE Step 1, the student must successfully complete every course of the first two years.",
		"Before a student may take Step 1, the student must pass the basic science curriculum.",
		"The student must pass Step 1 within three attempts to remain enrolled.",
		"Each student must take Step 2 CK and pass it before graduation.",
		"Candidates for the MD degree must pass USMLE Step 1 and Step 2 CK.",
		"Candidates for the Doctor of Medicine degree are required to pass Step 1 before the clinical years.",
		"To graduate, students must pass USMLE Step 2 CK with a score of 220 or higher.",
		"In order to graduate, our students must pass Step 1 and Step 2 CK on no more than three attempts.",
	} {
		add("scores", "school's students: "+s, page("Our medical school curriculum spans four years.", s), F{})
		add("attempts", "school's students: "+s, page("Our medical school curriculum spans four years.", s), F{})
	}
	// an idiom's pass word passes no exam: "a rite of passage" beside "the
	// first time" is no first-attempt pass (a news story read as a rule)
	for _, s := range []string{
		"Putting on the white coat for the first time is a rite of passage for new interns across the country.",
		"Taking your first overnight call for the first time remains one of the rites of passage of intern year.",
		"For many residents, leading a code for the first time is a true rite of passage.",
	} {
		add("attempts", "idiom: "+s, page(s), F{})
		add("scores", "idiom: "+s, page(s), F{})
	}
	add("attempts", "idiom beside a rule: passage of Step 1 on the first attempt",
		page("Match Day is a rite of passage for every applicant. Passage of USMLE Step 1 on the first attempt is required."), F{attMax: 1.0})
	// the exam sat for is no exam passed
	for _, s := range []string{
		"To sit for USMLE Step 1, successful completion of the basic science courses is required.",
		"In order to sit for Step 1, all courses of the first two years must be passed.",
		"Before sitting for Step 2 CK, the core clerkships must be successfully completed.",
	} {
		add("scores", "sat for: "+s, page(s), F{})
	}
	add("scores", "sat for, a pass asked beside it",
		page("Applicants must have passed USMLE Step 1. To sit for Step 2 CK, the school's courses must be completed."), F{s1Pass: true})
	// applicants stay applicants
	for _, c := range []struct {
		s    string
		want F
	}{
		{"Applicants must have passed USMLE Step 1 by the time they apply.", F{s1Pass: true}},
		{"Candidates must have passed Step 1 before an interview is offered.", F{s1Pass: true}},
		{"Students applying to our residency program must have passed Step 1.", F{s1Pass: true}},
		{"Fourth-year students who apply to our program must pass Step 2 CK with a score of 220 or higher.", F{s2Min: 220.0}},
		{"Candidates for our residency must pass Step 1 in no more than two attempts.", F{s1Pass: true}},
		{"Fourth-year medical students must have passed Step 1 to be considered.", F{s1Pass: true}},
		{"Current medical students must have passed Step 1 to be considered for an interview.", F{s1Pass: true}},
		{"Students must pass Step 1 to be considered for promotion to the third year.", F{}},
		{"MD candidates must pass USMLE Step 1 and Step 2 CK in order to graduate.", F{}},
	} {
		add("scores", "applicants: "+c.s, page(c.s), c.want)
	}
	add("scores", "applicants: applicants who are still students",
		page("Applicants who are still medical students must have passed Step 1 before they apply."), F{s1Pass: true})
	add("scores", "applicants: graduates and students",
		page("Both graduates and final-year students must have passed Step 1 to be considered."), F{s1Pass: true})
	add("scores", "applicants: a student visa beside a rule",
		page("We do not sponsor the student visa, and the candidate must have passed Step 1."), F{s1Pass: true})
	add("attempts", "applicants: candidates for our residency, two attempts",
		page("Candidates for our residency must pass Step 1 in no more than two attempts."), F{attMax: 2.0})

	// 3. Current residents described.
	for _, c := range []struct{ q, a string }{
		{"What are your residents like?", "Most of them graduated within the last five years."},
		{"What are your residents like?", "Many are recent graduates, within 3 years of graduation."},
		{"Tell us about your current residents.", "Most of them finished medical school no more than four years ago."},
		{"Who are your residents?", "Several of them graduated within the past two years, and many are IMGs."},
		{"What are your residents like?", "They graduated within the last five years."},
		{"Where do your residents come from?", "Many of them are international graduates who graduated within the last 3 years."},
	} {
		add("yog", "residents described: "+c.q+" | "+c.a, faq(c.q, c.a), F{})
	}
	// the question's group is the answer's subject
	for _, c := range []struct{ q, a string }{
		{"What are your residents like?", "They all graduated in 2020 or later."},
		{"Tell us about your current residents.", "Recent graduates, usually within 2 years of graduation."},
		{"What are your interns like?", "All graduated no more than three years ago."},
	} {
		add("yog", "residents asked of: "+c.q+" | "+c.a, faq(c.q, c.a), F{})
	}
	add("yog", "residents asked of, a rule beside",
		faq("What are your residents like?", "Most are IMGs. Applicants must have graduated within the last 4 years."), F{yogMax: 4.0})
	add("usce", "residents asked what they need",
		faq("Do your residents need US clinical experience?", "Yes, at least three months."), F{usceReqF: "required", usceMo: 3.0})
	for _, s := range []string{
		"Most of our residents are within 3 years of graduation.",
		"Our residents come from many countries. Most of them graduated within the last four years.",
		"On average, our residents are two years out of medical school.",
	} {
		add("yog", "residents described: "+s, page(s), F{})
	}
	// rules beside them, and rules under a question about applicants
	add("yog", "rule after a description",
		faq("What are your residents like?", "Most of them graduated within the last five years. Applicants must have graduated within 7 years."), F{yogMax: 7.0})
	add("yog", "rule with a described share after it",
		page("We accept applicants who graduated within the last 5 years; most are IMGs."), F{yogMax: 5.0})
	add("yog", "rule asked of applicants",
		faq("Is there a limit on year of graduation?", "Yes, applicants must have graduated within the last five years."), F{yogMax: 5.0})
	add("yog", "rule: most recent",
		faq("Is there a graduation cutoff?", "We accept only applicants who graduated within the last three years."), F{yogMax: 3.0})
	add("yog", "your applicants asked of",
		faq("Must your applicants be recent graduates?", "Yes, within five years of graduation."), F{yogMax: 5.0})

	// 4. Criteria that include items ask for them.
	lines := func(head, lead string, pairs ...string) string {
		h := head + "<p>" + lead + "</p>"
		for i := 0; i+1 < len(pairs); i += 2 {
			h += "<p><strong>" + pairs[i] + ":</strong> " + pairs[i+1] + "</p>"
		}
		return h + gridClose
	}
	table := func(head, lead string, pairs ...string) string {
		h := head + "<p>" + lead + "</p><table>"
		for i := 0; i+1 < len(pairs); i += 2 {
			h += "<tr><td>" + pairs[i] + "</td><td>" + pairs[i+1] + "</td></tr>"
		}
		return h + "</table>" + gridClose
	}
	head := "<h2>Applying</h2>"
	for _, lead := range []string{"Selection criteria include:", "Our eligibility criteria include the following:",
		"Minimum criteria include:", "The program's criteria for an interview include:"} {
		add("scores", lead+" / colon Step 2 CK: 225", lines(head, lead, "Step 2 CK", "225", "Step 1", "Pass"), F{s1Pass: true, s2Min: 225.0})
		add("scores", lead+" / tr Step 2 CK | 225", table(head, lead, "Step 2 CK", "225", "Letters", "Three"), F{s2Min: 225.0})
		add("attempts", lead+" / colon Attempts: First attempt", lines(head, lead, "USMLE attempts", "First attempt", "Letters", "Three"), F{attMax: 1.0})
		add("usce", lead+" / colon USCE: Yes, 3 months", lines(head, lead, "USCE", "Yes, 3 months", "Letters", "Three"), F{usceReqF: "required", usceMo: 3.0})
		add("scores", lead+" / item a passing Step 1", items(lead, "A passing score on USMLE Step 1", "Three letters"), F{s1Pass: true})
	}
	for _, lead := range []string{"Our current residents include:", "Our residents include:", "Our matched applicants included:"} {
		add("scores", lead+" / colon Step 2 CK: 245", lines(head, lead, "Step 2 CK", "245", "Step 1", "Pass"), F{})
		add("scores", lead+" / tr Step 2 CK | 245", table(head, lead, "Step 2 CK", "245", "Letters", "Three"), F{})
		add("attempts", lead+" / colon Attempts: First attempt", lines(head, lead, "USMLE attempts", "First attempt", "Letters", "Three"), F{})
		add("usce", lead+" / colon USCE: Yes, 3 months", lines(head, lead, "USCE", "Yes, 3 months", "Letters", "Three"), F{})
	}
	// criteria that are weighed: a pass asked, a score preferred
	for _, lead := range []string{"Factors considered in selection include:", "The criteria we weigh include:"} {
		add("scores", lead+" / item a passing Step 1", items(lead, "A passing score on USMLE Step 1", "Three letters"), F{s1Pass: true})
		add("scores", lead+" / item Step 2 CK 230", items(lead, "A Step 2 CK score of 230 or above", "Three letters"), F{s2Pref: 230.0})
	}
	// prose: criteria that include a pass ask for it; factors weighed do not
	add("scores", "prose: selection criteria include a pass",
		page("Our selection criteria include a passing score on USMLE Step 1 and strong letters."), F{s1Pass: true})
	add("scores", "prose: factors we weigh include a pass",
		page("The factors we weigh include letters, research and a passing COMLEX Level 1."), F{})
	return cells
}

// gridItems is an eligibility section whose lead-in paragraph heads a list
// of the items, closed as every grid page is.
func gridItems(lead string, its ...string) string {
	h := "<h2>Eligibility</h2><p>" + lead + "</p><ul>"
	for _, it := range its {
		h += "<li>" + it + "</li>"
	}
	return h + "</ul>" + gridClose
}
