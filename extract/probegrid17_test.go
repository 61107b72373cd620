package extract

import "strings"

// gridSession17Figures are the ninth round (session 17, elig17), first
// class: years that are the span a figure was counted over, not a time
// since graduation. A count of graduates ("more graduates than the 60
// who finished", "forty graduates", "the number of graduates") or a
// statistic (a rate, a ratio, a percentage, placements) in the clause
// makes its "over the past N years" the figure's span; a clause that asks
// (must, not eligible) keeps its limit whatever figure stands beside it,
// and a figure in another clause or sentence takes nothing from the rule.
func gridSession17Figures() []gridCell {
	var cells []gridCell
	add := func(fact, name, give string, want F) { cells = append(cells, gridCell{fact, name, give, want}) }
	news := func(ps ...string) string {
		h := "<h1>Department news</h1><p>Commencement season is here, and the department has reason to celebrate.</p>"
		for _, p := range ps {
			h += "<p>" + p + "</p>"
		}
		return h + "<p>Congratulations to everyone involved.</p>"
	}
	school := func(ps ...string) string {
		h := "<h1>Where our students match</h1>"
		for _, p := range ps {
			h += "<p>" + p + "</p>"
		}
		return h + "<p>Request information about admission today.</p>"
	}
	for _, s := range []string{
		// a count of graduates
		"Of the largest programs in the state, only two have trained more graduates than the 60 who finished ours over the last five years.",
		"Few programs can claim more graduates than the 52 who completed this residency in the past four years.",
		"Over the past four years, 45 graduates of the program have gone on to fellowships.",
		"In the last three years, 31 new graduates joined hospitals across the region.",
		"The department has had forty graduates in the past three years, and every one passed the boards.",
		"The number of graduates entering primary care has doubled in the last 5 years.",
		"Dozens of graduates have joined the faculty within the past 6 years.",
		"Fewer graduates left the state within the last two years than before.",
		// a statistic
		"With a 96% match rate over the past four years, students of the school outperform graduates of other offshore schools.",
		"Graduates from the past three years hold a board pass rate of 100%.",
		"The placement rate for graduates over the last 5 years was 98%.",
		"The ratio of graduates to faculty has held steady over the last 10 years.",
		"Residency placements for graduates over the past two years reached a record.",
		"Over the last four years graduates have matched at rates on par with US schools.",
	} {
		add("yog", "news: "+s, news(s), F{})
		add("yog", "school: "+s, school(s), F{})
	}
	// the program's own limit beside a figure: kept
	for _, c := range []struct {
		s    string
		want F
	}{
		{"Applicants must have graduated within the last 5 years; our board pass rate is 100%.", F{yogMax: 5.0}},
		{"Applicants must have graduated within the last 5 years. Our placement rate over the last four years is 97%.", F{yogMax: 5.0}},
		{"Applicants must have graduated within the last 4 years to keep our board pass rate high.", F{yogMax: 4.0}},
		{"Graduates of the past 5 years are eligible to apply.", F{yogMax: 5.0}},
		{"Applicants must be recent graduates (within 3 years of graduation).", F{yogMax: 3.0}},
		{"Recent graduates (no more than 3 years since graduation) are preferred.", F{yogPref: 3.0}},
		{"We have 40 residents; applicants must have graduated within the past 3 years.", F{yogMax: 3.0}},
		{"Applicants who graduated more than 5 years ago will not be considered, whatever their pass rate.", F{yogMax: 5.0}},
		{"We accept graduates who finished medical school within the last 3 years.", F{yogMax: 3.0}},
	} {
		add("yog", "program: "+c.s, gridPage(c.s), c.want)
	}
	return cells
}

// gridSession17Explainers are the ninth round's second class: visas
// written of by someone other than a program. A sentence whose subject is
// visas as a kind ("certain kinds of visas allow …", "the two most common
// visas are …"), a question as its subject ("whether a program sponsors
// …"), what follows entry into any program ("once matched into a
// residency program, IMGs must obtain …") or programs named by a
// participle of their acts ("programs sponsoring the H-1B") states no
// program's visa; and a page that says it is a third party's (a byline, a
// post or a guide speaking of itself, an immigration lawyer's note, a
// structured abstract) states no rule at all unless a sentence names the
// page's own program as the one that acts. Traps: the program's own
// sentences beside the same words, and a program's post.
func gridSession17Explainers() []gridCell {
	var cells []gridCell
	add := func(fact, name, give string, want F) { cells = append(cells, gridCell{fact, name, give, want}) }
	stmt := func(fact, s string, want F) {
		for _, f := range gridForms {
			add(fact, f.name+": "+s, f.wrap(s), want)
		}
	}
	both := F{j1: true, h1b: true}
	// sentence by sentence, on a program's page (gridForms: "our
	// residency program" is in the page)
	for _, s := range []string{
		"Certain kinds of visas allow clinical training: H-1B, J-1, O-1 and EB.",
		"Several visa types permit residency training, among them the J-1 and the H-1B.",
		"Although many visa types exist, the two most common visas are the J-1 and the H-1B.",
		"The most common visa types for physicians in training are the J-1 and the H-1B.",
		"Visa categories that allow graduate medical training include the H-1B and the J-1.",
		"Whether a program sponsors the H-1B shapes where many graduates apply.",
		"Whether a residency accepts J-1 visas depends on the institution.",
		"Whether programs report accepting the J-1 or sponsoring the H-1B, applicants should confirm it.",
		"After being accepted into a residency program, international graduates must obtain a visa such as the J-1 or H-1B.",
		"Once matched into a US residency, IMGs must obtain a J-1 or H-1B visa.",
		"Hospitals accepting J-1 visas are listed by state.",
		"Programs sponsoring the H-1B are fewer every year.",
	} {
		stmt("visa", s, F{})
	}
	stmt("usce", "After being accepted into a US residency program, graduates who are not citizens must obtain a visa that permits clinical training.", F{})
	stmt("usce", "Once admitted to a residency program, IMGs must hold a visa that allows US clinical training.", F{})
	for _, c := range []struct {
		s    string
		want F
	}{
		{"We sponsor J-1 and H-1B visas.", both},
		{"The following visa types are accepted: J-1 and H-1B.", both},
		{"Types of visas we sponsor: J-1 and H-1B.", both},
		{"Visa types include the J-1 and the H-1B.", both},
		{"The only visa type accepted is the J-1.", F{j1: true, h1b: false}},
		{"Several types of visas allow training. We sponsor J-1 and H-1B visas.", both},
		{"Whether you are a US or an international graduate, we sponsor J-1 visas.", F{j1: true}},
		{"Whether US or international graduates, applicants must hold a J-1 visa.", F{j1: true}},
		{"Once matched into our program, residents on J-1 visas are welcome.", F{j1: true}},
		{"Applicants who have matched into a preliminary year elsewhere are welcome; we sponsor H-1B visas.", F{h1b: true}},
	} {
		stmt("visa", c.s, c.want)
	}

	// a third party's page: nothing, whatever it says of visas
	page := func(ps ...string) string {
		h := ""
		for _, p := range ps {
			h += p
		}
		return h
	}
	for _, c := range []struct{ name, give string }{
		{"blog with a byline", page("<h1>Visas for international graduates</h1><p>Written by a physician who matched in 2021</p>",
			"<p>In this post, we explain the two visas residents hold.</p><p>The J-1 is sponsored by ECFMG for residents and fellows.</p>",
			"<p>The H-1B is available to graduates who have passed Step 3.</p>")},
		{"post speaking of itself", page("<h1>J-1 or H-1B?</h1><p>This post is for graduates weighing their options.</p>",
			"<p>We all know the visa question is hard. The H-1B is sponsored by the hospital itself, while ECFMG sponsors the J-1.</p>")},
		{"guide for international graduates", page("<h1>Training in the United States</h1><h2>A guide for international medical graduates</h2>",
			"<p>The H-1B visa is available to physicians who hold a license. The J-1 visa is sponsored by ECFMG.</p>")},
		{"immigration lawyer's note", page("<h1>Physician visas</h1><p>Our immigration attorneys have helped hundreds of doctors.</p>",
			"<p>We file H-1B petitions for residents, and we help J-1 physicians with their waivers.</p>")},
		{"structured abstract", page("<h1>Visa sponsorship in internal medicine</h1><h2>Background</h2><p>IMGs depend on visas to train.</p>",
			"<h2>Objective</h2><p>We examined which programs accept J-1 visas or sponsor H-1B visas.</p><h2>Methods</h2><p>We reviewed public listings.</p>",
			"<h2>Results</h2><p>Of 400 programs, 250 accepted J-1 visas only, while 90 sponsored H-1B and accepted J-1 visas.</p>")},
		{"abstract with colons", page("<p>Background: IMGs rely on visas.</p><p>Methods</p><p>We surveyed program directors.</p><p>Results</p>",
			"<p>Most respondents accept J-1 visas; fewer sponsor H-1B visas.</p><p>Conclusions</p><p>Sponsorship varies by program type.</p>")},
	} {
		add("visa", "third party: "+c.name, c.give, F{})
	}
	for _, c := range []struct {
		name, give string
		want       F
	}{
		{"program's post with a byline", page("<h1>Residency news</h1><p>Posted by the residency office</p>",
			"<p>Our program sponsors J-1 visas for incoming interns.</p>"), F{j1: true}},
		{"program director's article", page("<p>Written by our program director</p><p>In this article, I answer your questions.</p>",
			"<p>We sponsor H-1B visas for qualified applicants.</p>"), F{h1b: true}},
		{"guide by the program", page("<h2>A guide for international medical graduates</h2>",
			"<p>The program accepts J-1 visas and does not sponsor H-1B visas.</p>"), F{j1: true, h1b: false}},
		{"GME office's post", page("<p>This post is from the Office of Graduate Medical Education.</p>",
			"<p>The hospital sponsors J-1 visas.</p>"), F{j1: true}},
		{"research track's headings", page("<h2>Background</h2><p>Our residents publish widely.</p><h2>Results</h2>",
			"<p>Residents present every year.</p><h2>Visas</h2><p>We sponsor J-1 visas only.</p>"), F{j1: true, h1b: false}},
	} {
		add("visa", "program: "+c.name, c.give, c.want)
	}
	return cells
}

// gridSession17Listings are the ninth round's third class: what a
// listing compiled across programs or across groups of applicants says.
// A key to a list's abbreviations ("Abbreviations used", "Legend": "US -
// US clinical experience needed") makes the page a third party's, which
// states no rule unless a program names itself as the one that acts. A
// table row whose first cell names a requirement and whose other cells
// are empty (a listing's field whose check mark was lost) asserts nothing,
// as a question without its answer does. A rule whose subject is a group
// of applicants who are not international graduates ("US MD applicants",
// "American graduates", "osteopathic applicants") is that group's, not an
// IMG's. Traps: a program's own requirements table with its values, a
// one-cell row, a rule for all applicants or for US graduates and IMGs
// together, the IMG row beside the US row, a program page with a key.
func gridSession17Listings() []gridCell {
	var cells []gridCell
	add := func(fact, name, give string, want F) { cells = append(cells, gridCell{fact, name, give, want}) }
	stmt := func(fact, s string, want F) {
		for _, f := range gridForms {
			add(fact, f.name+": "+s, f.wrap(s), want)
		}
	}
	// a key to a list's codes
	key := func(head string, lines ...string) string {
		h := "<h1>Selection criteria of internal medicine programs</h1><h2>" + head + "</h2>"
		for _, l := range lines {
			h += "<p>" + l + "</p>"
		}
		return h
	}
	for _, head := range []string{"Abbreviations used", "Legend", "Key to abbreviations", "Glossary"} {
		add("usce", head+": US - US clinical experience needed", key(head, "US - US clinical experience needed", "att - attempts allowed", "YG - years from graduation"), F{})
		add("usce", head+": USCE = hands-on US clinical experience required", key(head, "USCE = hands-on US clinical experience required", "Res = research"), F{})
		add("visa", head+": marked programs sponsor H-1B visas", key(head, "Programs marked with a star sponsor H-1B visas.", "J = J-1 visas accepted"), F{})
		add("scores", head+": S1 - Step 1 passed before applying", key(head, "S1 - Step 1 must be passed before applying", "ECF - ECFMG certified"), F{})
		add("attempts", head+": 1st - first attempt only", key(head, "1st - passed on the first attempt only", "pref - preferred"), F{})
	}
	add("usce", "program page with a key: our program requires USCE",
		"<h2>Legend</h2><p>USCE - US clinical experience</p><h2>Eligibility</h2><p>Our program requires at least 3 months of USCE.</p>",
		F{usceReqF: "required", usceMo: 3.0})
	add("visa", "program page with a key: we sponsor J-1 visas",
		"<h2>Abbreviations</h2><p>PGY - postgraduate year</p><h2>Visas</h2><p>We sponsor J-1 visas only.</p>", F{j1: true, h1b: false})

	// rows whose answers are lost
	table := func(rows ...[2]string) string {
		h := "<h2>Program details</h2><table>"
		for _, r := range rows {
			h += "<tr><td>" + r[0] + "</td><td>" + r[1] + "</td></tr>"
		}
		return h + "</table>"
	}
	for _, r := range []string{
		"Applicants must have passed Step 1 to be considered",
		"IMG applicants must have passed Step 1 to be considered",
		"International graduates must pass USMLE Step 1 before the interview",
		"Applicants must have US clinical experience",
		"Program sponsors H-1B visas",
		"Applicants must have graduated within the last 5 years",
	} {
		fact := map[bool]string{true: "scores", false: "usce"}[strings.Contains(r, "Step")]
		switch {
		case strings.Contains(r, "visas"):
			fact = "visa"
		case strings.Contains(r, "graduated"):
			fact = "yog"
		}
		add(fact, "row, empty value: "+r, table([2]string{"Participates in the Main Match", ""}, [2]string{r, ""}, [2]string{"Interviews last year", "26"}), F{})
		add(fact, "text row, empty value: "+r, "Program details\n| Participates in the Main Match | |\n| "+r+" | |\n| Interviews last year | 26 |\n", F{})
	}
	// the same rows answered, a row of one cell, a text row with its
	// value: the program's
	for _, c := range []struct {
		fact, row, val string
		want           F
	}{
		{"scores", "Applicants must have passed Step 1 to be considered", "Yes", F{s1Pass: true}},
		{"scores", "Step 1", "Pass required", F{s1Pass: true}},
		{"usce", "US clinical experience", "Required", F{usceReqF: "required"}},
		{"visa", "Visa sponsorship", "J-1 only", F{j1: true, h1b: false}},
		{"yog", "Years since graduation", "5 or fewer", F{yogMax: 5.0}},
	} {
		add(c.fact, "row answered: "+c.row+" | "+c.val, table([2]string{"Letters", "3"}, [2]string{c.row, c.val}), c.want)
	}
	add("scores", "text row answered", "Program details\n| Applicants must have passed Step 1 to be considered | Yes |\n| Interviews last year | 26 |\n", F{s1Pass: true})
	add("usce", "text row of one cell", "Requirements\n| Applicants must have US clinical experience |\n| Three letters |\n", F{usceReqF: "required"})
	add("scores", "one-cell row", "<h2>Requirements</h2><table><tr><td>Applicants must have passed Step 1 to be considered.</td></tr><tr><td>Three letters.</td></tr></table>", F{s1Pass: true})

	// another group of applicants
	for _, s := range []string{
		"US MD applicants must have passed Step 1 to be considered.",
		"U.S. DO applicants must also have passed USMLE Step 1.",
		"For US graduates, Step 1 must be passed before the interview.",
		"American medical graduates should have passed Step 1 by October.",
	} {
		stmt("scores", s, F{})
	}
	for _, c := range []struct {
		s    string
		want F
	}{
		{"IMG applicants must have passed Step 1 to be considered.", F{s1Pass: true}},
		{"All applicants, US and international graduates alike, must have passed Step 1.", F{s1Pass: true}},
		{"US graduates and IMGs must have passed Step 1 to be considered.", F{s1Pass: true}},
		{"US MD applicants must have passed Step 1; international applicants must have passed Step 1 and Step 2 CK.", F{s1Pass: true}},
		{"US citizens applying to the program must have passed Step 1.", F{s1Pass: true}},
		{"Applicants must have passed Step 1 and have US clinical experience.", F{s1Pass: true}},
	} {
		stmt("scores", c.s, c.want)
	}
	return cells
}

// gridSession17Comparisons are the ninth round's fourth class: a table
// comparing programs — its header names the program of each row and where
// it is — holds each row's program's facts, not the page's. Traps: the
// program's own requirements table, and the program's own sentence beside
// a comparison table.
func gridSession17Comparisons() []gridCell {
	var cells []gridCell
	add := func(fact, name, give string, want F) { cells = append(cells, gridCell{fact, name, give, want}) }
	table := func(head string, rows ...string) string {
		h := "<table><tr><th>" + strings.ReplaceAll(head, "|", "</th><th>") + "</th></tr>"
		for _, r := range rows {
			h += "<tr><td>" + strings.ReplaceAll(r, "|", "</td><td>") + "</td></tr>"
		}
		return h + "</table>"
	}
	for _, c := range []struct {
		fact, head string
		rows       []string
	}{
		{"visa", "Program|State|Visa", []string{"North Valley Medical Center|NY|J-1 and H-1B", "Lakeside Hospital|NJ|J-1 only", "Summit University|TX|None"}},
		{"visa", "Institution|City|J-1|H-1B", []string{"Riverbend Health|Detroit|Yes|No", "Pine Ridge Hospital|Newark|Yes|Yes", "Bayview Clinic|Miami|No|No"}},
		{"usce", "Residency program|Location|USCE", []string{"Harbor Internal Medicine|Baltimore, MD|Required", "Eastside Family Medicine|Chicago, IL|Not required"}},
		{"yog", "Hospital|State|Years since graduation", []string{"Oakwood Medical Center|PA|5", "Westfield Hospital|OH|3"}},
		{"scores", "Program name|Region|Step 2 CK minimum", []string{"Greenfield Residency|Midwest|230", "Stonegate Residency|South|220"}},
		{"attempts", "Program|City, State|Attempts", []string{"Maple Grove Program|Albany, NY|First attempt only", "Cedar Point Program|Tampa, FL|2"}},
		{"visa", "Hospital|Location|Visas sponsored", []string{"Oak Street Hospital|Boston, MA|H-1B", "Elm Valley Hospital|Austin, TX|J-1"}},
		{"visa", "Program|State|Visa sponsorship", []string{"Copper Hill Program|AZ|J-1 only", "Iron Bridge Program|NM|J-1 only"}},
	} {
		give := "<h1>Programs that welcome international graduates</h1><p>The list below is updated every year.</p>" + table(c.head, c.rows...)
		add(c.fact, "comparison: "+c.head, give, F{})
	}
	for _, c := range []struct {
		name, fact, give string
		want             F
	}{
		{"own requirements table", "visa", "<h2>Requirements</h2>" + table("Requirement|Policy", "Visa sponsorship|J-1 only", "Letters|Three"), F{j1: true, h1b: false}},
		{"own table with a state row", "scores", "<h2>Requirements</h2>" + table("Item|Detail|Note", "Step 2 CK minimum|225|hard cutoff", "State licence|Training licence|issued by the state"), F{s2Min: 225.0}},
		{"own sentence beside a comparison", "visa", "<h2>How we compare</h2><p>We sponsor H-1B visas for all our residents.</p>" +
			table("Program|State|Visa", "Lakeside Hospital|NJ|J-1 only", "Summit University|TX|None"), F{h1b: true}},
		{"own sentence beside a comparison (USCE)", "usce", "<p>Our program requires three months of US clinical experience.</p>" +
			table("Institution|City|USCE", "Riverbend Health|Detroit|Not required", "Bayview Clinic|Miami|Preferred"), F{usceReqF: "required", usceMo: 3.0}},
	} {
		add(c.fact, "program: "+c.name, c.give, c.want)
	}
	return cells
}
