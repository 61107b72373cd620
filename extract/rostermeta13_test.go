package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// Session 13's classes for the metamorphic test (issue 12, meta13): the
// shapes news stories and essays write their residents in, each as rows
// (rewrites of every passing cell) or as cells of storyGrid (new pages),
// whose passing cells the metamorphic rows rewrite in turn. The sentences
// are the team's own, modelled on the classes (never copied).

// metaRows13 are the perturbations of session 13.
var metaRows13 = []metaRow{
	// 1. bylines and datelines before the story: the writer is no
	// resident, and the story's residents are still read
	byline("byline/staff-writer", "By Jane Roe, Staff Writer\n", "", false),
	byline("byline/bar-date", "By Jane Roe | March 3, 2026\n", "Jane Roe", false),
	byline("byline/posted", "Posted by Jane Roe on March 3, 2026\n", "Jane Roe", false),
	byline("byline/written-pd", "Written by Dr. Jane Roe, Program Director\n", "", false),
	byline("byline/story-by", "Story by Jane Roe\nPhotos by Tom Hale\n", "", false),
	byline("byline/under-title", "By Jane Roe, Staff Writer\n", "", true),
	byline("byline/under-title-date", "March 3, 2026\nBy Jane Roe\n", "Jane Roe", true),
	byline("byline/no-by", "Jane Roe, Staff Writer\nMarch 3, 2026\n", "", true),
	byline("byline/glued-date", "March 3, 2026By Jane Roe\n", "Jane Roe", false),
	byline("byline/bar-role", "Jane Roe | Office of Communications | March 3, 2026\n", "", true),
	after("byline/contact", "\nMedia contact: Jane Roe, 555-0100\n"),
	signoff("signoff/name", "\nJane Roe\n", false),
	signoff("signoff/dash-role", "\n— Jane Roe, MD, PGY-2\n", true),
	signoff("signoff/two-lines", "\nJane Roe, MD\nSecond-year resident, Internal Medicine\n", true),
	before("site/nav", "Home | About | Faculty | Contact\n"),
	before("site/news-room", "Newsroom\nPress Releases\n"),
	before("site/office", "Office of Communications and Marketing\n"),
	before("site/dept-news", "Department of Medicine News\n"),
	htmlPage("html/plain", "", ""),
	htmlPage("html/nav-footer", "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/faculty\">Faculty</a></li><li><a href=\"/contact\">Contact</a></li></ul></nav>", "<footer><p>© 2026 Lakeside Health. All rights reserved.</p></footer>"),
	notFirstRow(htmlPage("html/byline-time", "", "", "<p class=\"byline\">By Jane Roe, Staff Writer</p><time>March 3, 2026</time>")),
	after("byline/after", "\nJane Roe is a writer in the communications office.\n"),
	atSentence("dateline/city-date", "DAYTON, Ohio, March 3 — "),
	atSentence("dateline/city", "AKRON — "),
	atSentence("dateline/city-paren", "AKRON, Ohio (March 3, 2026) – "),
	// 2. a quote's attribution: the verb's tense and the quotes' kind
	sub("quote/says", "” said ", "” says "),
	sub("quote/straight", "”", "\""),
	sub("quote/added", "” said ", "” added "),
	sub("quote/explained", "” said ", "” explained "),
	sub("quote/said-when", ", said.", ", said on Tuesday."),
	// 4. a speaker's caption: its degree, its line, its role's case
	sub("speaker/md-plain", "M.D.,", "MD,"),
	sub("speaker/do", "M.D.,", "D.O.,"),
	sub("speaker/own-line", "Ohio: ", "Ohio:\n"),
	sub("speaker/title-case", "first-year resident at", "First-Year Resident at"),
	sub("speaker/quoted", "Ohio: I ranked programs by how they taught procedures.", "Ohio:\n“I ranked programs by how they taught procedures.”"),
	// 5. the first-person school clause: the verb that names the school,
	// and a country in its place
	schoolSub("school1/chose", "I went to medical school at the University of Ibadan", "I chose to study at the University of Ibadan"),
	schoolSub("school1/graduated", "I went to medical school at the University of Ibadan", "I graduated from the University of Ibadan"),
	schoolSub("school1/studied", "I went to medical school at the University of Ibadan", "I studied medicine at the University of Ibadan"),
	schoolSub("school1/earned", "I went to medical school at the University of Ibadan", "I earned my medical degree at the University of Ibadan"),
	schoolSub("school1/attended", "I went to medical school at the University of Ibadan", "I attended medical school at the University of Ibadan"),
	schoolRow("school1/country", "I went to medical school at the University of Ibadan", "I went to medical school in Nigeria", "University of Ibadan | ", " | Nigeria"),
	schoolRow("school1/college", "I went to medical school at the University of Ibadan", "I went to college at the University of Ibadan", "University of Ibadan | ", " | "),
}

// byline is a row that puts a byline over the page (under its first line,
// the title, when under): a writer who is only a name (writer, the name)
// is a first-person piece's resident; one with a role, or a credit line
// (writer ""), is not, and the row skips first-person pieces.
func byline(key, lines, writer string, under bool) metaRow {
	r := metaRow{key: key, apply: func(p string) (string, bool) {
		if strings.HasPrefix(p, "By ") || strings.Contains(p, "\nBy ") {
			return p, false // a byline already: the page's writer is named
		}
		if !under {
			return lines + p, true
		}
		i := strings.IndexByte(p, '\n')
		if i < 0 {
			return p, false
		}
		return p[:i+1] + lines + p[i+1:], true
	}}
	r.writer, r.notFirst = writer, writer == ""
	return r
}

// signoff is a row that signs a first-person piece with the writer's name
// (Jane Roe), the piece's resident; a sign-off that gives a resident's
// role (role) is not put under a trap's piece (a fellow now, an
// attending), whose meaning it would change.
func signoff(key, lines string, role bool) metaRow {
	r := after(key, lines)
	r.writer, r.onlyFirst, r.skipTraps = "Jane Roe", true, role
	return r
}

// htmlPage is a row that writes a plain page as HTML: its first line the
// title and the h1, each paragraph (lines apart by a blank line) a p, a
// line of its own in a paragraph a br; nav goes before the h1, foot after
// the last p, and under (a byline, a date) right under the h1.
func htmlPage(key, nav, foot string, under ...string) metaRow {
	return metaRow{key: key, apply: func(p string) (string, bool) {
		if strings.HasPrefix(p, "<") || keyedText(strings.Split(p, "\n")) {
			return p, false // (a content file is no HTML page)
		}
		title, body, _ := strings.Cut(p, "\n")
		var b strings.Builder
		b.WriteString("<html><head><title>" + title + "</title></head><body>" + nav + "<h1>" + title + "</h1>")
		for _, u := range under {
			b.WriteString(u)
		}
		for para := range strings.SplitSeq(body, "\n\n") {
			if para = strings.TrimSpace(para); para != "" {
				b.WriteString("<p>" + strings.ReplaceAll(para, "\n", "<br>") + "</p>")
			}
		}
		b.WriteString(foot + "</body></html>")
		return b.String(), true
	}}
}

// notFirstRow is r skipping first-person pieces and pages with a byline
// (a staff writer's byline over a resident's own words would change whose
// they are).
func notFirstRow(r metaRow) metaRow {
	apply := r.apply
	r.apply = func(p string) (string, bool) {
		if strings.HasPrefix(p, "By ") || strings.Contains(p, "\nBy ") || strings.Contains(p, "\nI ") || strings.Contains(p, ". I ") {
			return p, false
		}
		return apply(p)
	}
	r.notFirst = true
	return r
}

// schoolSub rewrites a page's one school clause (a page naming another
// university has two schools, and a generic verb's is not said to be the
// medical one).
func schoolSub(key, from, to string) metaRow {
	r := sub(key, from, to)
	apply := r.apply
	r.apply = func(p string) (string, bool) {
		if strings.Count(p, "University") > 1 {
			return p, false
		}
		return apply(p)
	}
	return r
}

// schoolRow rewrites a page's school clause and the school (and country)
// its resident is read with: in each want row, from → to.
func schoolRow(key, page, pageTo, from, to string) metaRow {
	r := sub(key, page, pageTo)
	r.old, r.new = from, to
	return r
}

// storyCell is a cell of storyGrid: a page and its residents as
// "name | school | country | img" rows (nil: no one).
type storyCell struct {
	key, give string
	want      []string
}

// storyQuote is the quote the story cells put in a resident's mouth.
const storyQuote = "“The clinic will save our patients a long bus ride,”"

// storyGrid builds the cells of session 13's classes.
func storyGrid() []storyCell {
	var cells []storyCell
	cells = append(cells, storyCells15Graduates()...) // (rost15a's classes, on lines of their own)
	cells = append(cells, storyCells15Testimonials()...)
	cells = append(cells, storyCells16Graduates()...)
	cells = append(cells, storyCells16GroupOf()...)
	cells = append(cells, storyCells17Entry()...)
	cells = append(cells, storyCells17Later()...)
	cells = append(cells, storyCells16Roles()...)
	cells = append(cells, storyCells16Counted()...)
	story := func(s string) string {
		return "Hospital opens a new clinic\n\nThe clinic will serve families on the west side of the city.\n\n" + s
	}
	ruiz := []string{"Ana Ruiz |  |  | "}
	// 2. a quote attributed after the fact, the role after the name; the
	// name first, the verb after the role
	for _, role := range []struct{ key, text string }{
		{"third-year", "a third-year resident"},
		{"pgy", "PGY-2"},
		{"specialty", "a second-year internal medicine resident"},
		{"chief", "chief resident"},
		{"intern", "an intern in the family medicine program"},
		{"resident-physician", "a resident physician"},
	} {
		for _, subj := range []struct{ key, text, intro string }{
			{"dr", "Dr. Ana Ruiz", ""},
			{"name", "Ana Ruiz", ""},
			{"md", "Ana Ruiz, MD,", ""},
			{"surname", "Ruiz", "Ana Ruiz grew up two streets from the new clinic. "},
			{"dr-surname", "Dr. Ruiz", "Ana Ruiz grew up two streets from the new clinic. "},
		} {
			name := strings.TrimSuffix(subj.text, ",")
			cells = append(cells,
				storyCell{"quote-after/" + subj.key + "/" + role.key, story(subj.intro + storyQuote + " said " + name + ", " + role.text + "."), ruiz},
				storyCell{"quote-name-first/" + subj.key + "/" + role.key, story(subj.intro + storyQuote + " " + name + ", " + role.text + ", said."), ruiz},
				storyCell{"said-after-role/" + subj.key + "/" + role.key, story(subj.intro + name + ", " + role.text + ", said the clinic will save patients a long bus ride."), ruiz},
			)
		}
	}
	// the attribution inside the quote, and "according to"
	cells = append(cells,
		storyCell{"quote-split/dr", story("“The clinic,” said Dr. Ana Ruiz, a third-year resident, “will save our patients a long bus ride.”"), ruiz},
		storyCell{"quote-split/surname", story("Ana Ruiz grew up two streets from the new clinic. “The clinic,” Ruiz, PGY-2, said, “will save our patients a long bus ride.”"), ruiz},
		storyCell{"according-to/dr", story("The clinic will save patients a long bus ride, according to Dr. Ana Ruiz, a third-year resident."), ruiz},
		storyCell{"trap/according-to/director", story("The clinic will save patients a long bus ride, according to Dr. Ana Ruiz, the residency program director."), nil},
	)
	// traps: the speaker is no resident of the program now
	for _, role := range []struct{ key, text string }{
		{"director", "the residency program director"},
		{"former", "a former resident"},
		{"student", "a fourth-year medical student"},
		{"attending", "an attending physician"},
		{"alumna", "who completed her residency here in 2015"},
		{"dweller", "a resident of the west side"},
		{"writer", "a staff writer"},
	} {
		cells = append(cells,
			storyCell{"trap/quote-after/" + role.key, story(storyQuote + " said Dr. Ana Ruiz, " + role.text + "."), nil},
			storyCell{"trap/said-after-role/" + role.key, story("Dr. Ana Ruiz, " + role.text + ", said the clinic will save patients a long bus ride."), nil},
		)
	}
	// 3. a plural role after a pair
	pair := []string{"Ana Ruiz |  |  | ", "Ben Ota |  |  | "}
	for _, role := range []struct{ key, text string }{
		{"both-of-whom-year", "both of whom are in their fourth year of residency"},
		{"both-of-whom-year-bare", "both of whom are in their fourth year"},
		{"both-of-whom-residents", "both of whom are fourth-year residents"},
		{"both-year-residents", "both second-year residents"},
		{"both-in-year", "both in their second year of residency"},
		{"both-pgy", "both PGY-3s"},
		{"who-are-both", "who are both interns"},
		{"both-interns-in", "both interns in the family medicine program"},
	} {
		for _, subj := range []struct{ key, text string }{
			{"drs", "Drs. Ana Ruiz and Ben Ota"},
			{"names", "Ana Ruiz and Ben Ota"},
		} {
			if role.key == "both-of-whom-year-bare" && subj.key != "drs" {
				continue // a fourth year of what, without "Drs.", is not said (a student's too)
			}
			cells = append(cells, storyCell{"pair/" + subj.key + "/" + role.key, "Residency news\n" + subj.text + ", " + role.text + ", presented a poster on sepsis at the spring meeting.", pair})
		}
	}
	cells = append(cells,
		storyCell{"year-apposition/one", "Residency news\nAna Ruiz, in her second year of residency, presented a poster on sepsis at the spring meeting.", ruiz},
		storyCell{"trap/year-fronted", "Residency news\nIn her second year of residency, Dr. Ana Ruiz met the mentor who later hired her.", nil},
		storyCell{"trap/year-school", "Residency news\nAna Ruiz, in her second year of medical school, presented a poster on sepsis at the spring meeting.", nil},
	)
	for _, role := range []struct{ key, text string }{
		{"students", "both of whom are fourth-year medical students"},
		{"students-year", "both in their fourth year of medical school"},
		{"completed", "both of whom completed their residency here"},
		{"faculty", "both faculty members"},
		{"students-of-whom-year", "both of whom are in their fourth year of medical school"},
		{"all-of-whom-completed", "all of whom completed residency here"},
	} {
		cells = append(cells, storyCell{"trap/pair/" + role.key, "Residency news\nDrs. Ana Ruiz and Ben Ota, " + role.text + ", presented a poster on sepsis at the spring meeting.", nil})
	}
	// 4. a speaker's caption with no article: a testimonial's lead
	for _, sp := range []struct{ key, text string }{
		{"md-at", "Ana Ruiz, M.D., first-year resident at Lakeside Family Medicine Residency:"},
		{"md-comma", "Ana Ruiz, M.D., first-year resident, Lakeside Family Medicine Residency"},
		{"md-pgy", "Ana Ruiz, MD, PGY-1, Lakeside Family Medicine Residency"},
		{"dr-role", "Dr. Ana Ruiz, Second-Year Resident"},
		{"dash", "Ana Ruiz, DO – Internal Medicine Resident, PGY-2"},
	} {
		cells = append(cells,
			storyCell{"caption/" + sp.key, "What our residents say\n\n" + sp.text + "\n\n“I ranked programs by how they taught procedures, and this one taught the most.”", ruiz},
			storyCell{"caption-after/" + sp.key, "What our residents say\n\n“I ranked programs by how they taught procedures, and this one taught the most.”\n\n" + strings.TrimSuffix(sp.text, ":"), ruiz},
		)
	}
	cells = append(cells,
		storyCell{"trap/caption/faculty", "What our faculty say\n\nAna Ruiz, M.D., associate program director, Lakeside Family Medicine Residency\n\n“I teach procedures because I love them.”", nil},
		storyCell{"trap/caption/alumna", "What our graduates say\n\nAna Ruiz, M.D., Class of 2015, now in practice in Maine\n\n“The program taught me procedures.”", nil},
	)
	// 5. a first-person school clause in the resident's own words, the
	// resident named by the page
	ibadan := []string{"Ana Ruiz | University of Ibadan |  | "}
	school := "I went to medical school at the University of Ibadan"
	cells = append(cells,
		storyCell{"school1/spotlight", "Resident Spotlight\n\nMeet Dr. Ana Ruiz, PGY-2\n\nTell us about yourself.\n\nI grew up in Lagos. " + school + " and moved to Ohio for residency.", ibadan},
		storyCell{"school1/quote", story("“" + school + ", where a clinic like this one saved lives,” said Dr. Ana Ruiz, a third-year resident."), ibadan},
		storyCell{"school1/quote-later", story("“The clinic will save our patients a long bus ride,” said Dr. Ana Ruiz, a third-year resident. “" + school + ", and I saw what a long ride costs.”"), ibadan},
		storyCell{"school1/caption", "What our residents say\n\nAna Ruiz, M.D., first-year resident at Lakeside Family Medicine Residency:\n\n" + school + ". I ranked programs by how they taught procedures.", ibadan},
		storyCell{"school1/byline-resident", "My road to residency\n\nBy Ana Ruiz, MD, PGY-2\n\n" + school + ". My first month of residency here has taught me more than any exam did.", ibadan},
		storyCell{"school1/name-title", "Ana Ruiz, MD\n\nPGY-2, Family Medicine\n\n" + school + ". Before that I grew up in Lagos.", ibadan},
		// the name over a line that gives the role (a card's two lines, or
		// a page's h1 and the paragraph under it), and a trap: the role
		// over a residency the person's own words say is over
		storyCell{"name-role-lines/html", "<html><head><title>Ana Ruiz, MD</title></head><body><h1>Ana Ruiz, MD</h1><p>PGY-2, Family Medicine</p><p>" + school + ". Before that I grew up in Lagos.</p></body></html>", ibadan},
		storyCell{"trap/name-role-lines/html-over", "<html><head><title>Ana Ruiz, MD</title></head><body><h1>Ana Ruiz, MD</h1><p>Chief Resident, 2015-2016</p><p>I completed my residency here and now practice in a small town in Maine, where I teach the residents who rotate with me.</p></body></html>", nil},
		// two schools: the one said to be the medical school, or none
		storyCell{"school1/two-schools-explicit", "Resident Spotlight\n\nMeet Dr. Ana Ruiz, PGY-2\n\nTell us about yourself.\n\nI graduated from the University of Florida in 2012. " + school + " and moved to Ohio for residency.", ibadan},
		storyCell{"school1/two-schools-bare", "Resident Spotlight\n\nMeet Dr. Ana Ruiz, PGY-2\n\nTell us about yourself.\n\nI graduated from the University of Florida and later studied at the University of Ibadan before I moved to Ohio for residency.", ruiz},
		// the school is the writer's; the quoted other is no resident
		storyCell{"trap/school1/faculty-quote", story("“" + school + ", where a clinic like this one saved lives,” said Dr. Ana Ruiz, the program director."), nil},
	)
	return slices.Concat(cells, storyCells14(), storyCells14Year(), storyCells15Peer(), storyCells15c(), storyCells15d(), storyCells15Lead(), storyCells15Hometown(), storyCells15Keyed(), storyCells16b(), storyCells16Cards(), storyCells16a(), storyCells16Frame(), storyCells17a(), storyCells17aTitle(), storyCells18aClass(), storyCells18aCounted())
}

// storyGridLeft are storyGrid's cells not read right yet.
var storyGridLeft = map[string]bool{}

// TestStoryGrid runs storyGrid and storyPages through Page.
func TestStoryGrid(t *testing.T) {
	pass, total := 0, 0
	var fails []string
	cells := storyPages()
	for _, c := range storyGrid() {
		cells = append(cells, storyPage{key: c.key, give: c.give, want: c.want})
	}
	for _, c := range cells {
		total++
		got := residentRowsAt(t, c.give, c.url)
		if len(got) == 0 {
			got = nil
		}
		ok := slices.Equal(got, c.want)
		if ok {
			pass++
		} else {
			fails = append(fails, fmt.Sprintf("%s: got %q want %q", c.key, got, c.want))
		}
		if ok == storyGridLeft[c.key] {
			t.Errorf("%s: passes %v, listed as left %v; got %q want %q\n%s", c.key, ok, storyGridLeft[c.key], got, c.want, c.give)
		}
	}
	t.Logf("story grid: %d/%d cells pass", pass, total)
	for _, f := range fails {
		t.Log(f)
	}
}

// TestCutDateline holds cutDateline to its class: a place in capitals, a
// state, a date or an agency, then a dash; anything else stays whole.
func TestCutDateline(t *testing.T) {
	for _, c := range []struct{ give, want string }{
		{"AKRON — Ana Ruiz grew up here.", "Ana Ruiz grew up here."},
		{"DAYTON, Ohio, March 3 — Ana Ruiz grew up here.", "Ana Ruiz grew up here."},
		{"AKRON, Ohio (March 3, 2026) – Ana Ruiz grew up here.", "Ana Ruiz grew up here."},
		{"ST. LOUIS, Mo. -- Ana Ruiz grew up here.", "Ana Ruiz grew up here."},
		{"UTMB residents — Ana Ruiz and Ben Ota — ran.", "UTMB residents — Ana Ruiz and Ben Ota — ran."},
		{"Ana Ruiz — a PGY-2 resident — ran.", "Ana Ruiz — a PGY-2 resident — ran."},
		{"AKRON. Ana Ruiz — a PGY-2 resident — ran.", "AKRON. Ana Ruiz — a PGY-2 resident — ran."},
		{"PGY-2 — Ana Ruiz", "PGY-2 — Ana Ruiz"},
	} {
		if got := cutDateline(c.give); got != c.want {
			t.Errorf("cutDateline(%q) = %q, want %q", c.give, got, c.want)
		}
	}
}

// TestDwellerOf: a resident of a place is no trainee; of a program, an
// institution or an award's period, one.
func TestDwellerOf(t *testing.T) {
	for _, c := range []struct {
		give string
		want bool
	}{
		{"a resident of the west side", true},
		{"a resident of the west side, said the clinic will save patients a long bus ride", true},
		{"a longtime resident of the county", true},
		{"resident of the year", false},
		{"a resident of the family medicine program", false},
		{"a resident of our program", false},
		{"a resident of the university hospital", false},
		{"a third-year resident", false},
	} {
		if got := dwellerOf(c.give); got != c.want {
			t.Errorf("dwellerOf(%q) = %v, want %v", c.give, got, c.want)
		}
	}
}
