package extract

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
