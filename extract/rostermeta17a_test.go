package extract

import (
	"slices"
	"strings"
	"testing"
)

// Session 17's cells for rost17a (issue 12): the role a person is given by
// a role phrase in one of a few syntactic positions, the phrase holding
// the organisation the role is held in. In the team's own words (never
// copied), each class with variants the real pages did not have and traps
// beside it.

// relCells17aOrg are position 1 and 2's cells with an organisation in the
// role's phrase: an acronym, a hospital's or a program's name, a year,
// after the name in apposition (comma or dash, in a quote's attribution
// before or after the verb) or before the name as its title. Traps: the
// same phrase of an inhabitant ("an Austin resident", "a senior Kansas
// City resident"), of a staff role ("LVFM program director", "residency
// director", "resident faculty"), of a past one ("former LVFM chief
// resident, now an attending"), and a person's name before the role with
// no comma ("Ben Ota Chief Resident": the walk takes no name for an
// organisation).
func relCells17aOrg(page func(string) string) []relCell {
	var cells []relCell
	q := "“The night clinic changed how I think about continuity,”"
	ruiz := []string{"Ana Ruiz"}
	for _, c := range []struct{ key, text string }{
		{"acronym-chief-said", q + " Ana Ruiz, LVFM Chief Resident, said in a statement."},
		{"acronym-chief-says", q + " Ana Ruiz, LVFM chief resident, says."},
		{"said-first-acronym", q + " said Ana Ruiz, LVFM Chief Resident."},
		{"said-first-program", q + " said Ana Ruiz, Lakeview Family Medicine chief resident."},
		{"health-chief", q + " Ana Ruiz, Lakeview Health Chief Resident, noted."},
		{"hospital-resident", q + " Ana Ruiz, Mercy Hospital resident, added."},
		{"program-resident", q + " Ana Ruiz, Lakeview Family Medicine resident, added."},
		{"year-acronym", q + " Ana Ruiz, 2026 LVFM chief resident, said."},
		{"acronym-pgy", q + " Ana Ruiz, LVFM PGY-3 resident, said."},
		{"acronym-physician", q + " said Ana Ruiz, LVFM resident physician."},
		{"acronym-intern", q + " Ana Ruiz, LVFM surgery intern, said."},
		{"dash", q + " Ana Ruiz — LVFM Chief Resident — said."},
		{"dr-acronym", q + " Dr. Ana Ruiz, LVFM Chief Resident, said."},
		{"md-acronym", q + " Ana Ruiz, MD, LVFM Chief Resident, said."},
		{"title-acronym", q + " LVFM Chief Resident Ana Ruiz said."},
		{"title-health", q + " Lakeview Health Chief Resident Ana Ruiz said."},
		{"title-program-residency", q + " Lakeview Family Medicine Residency chief resident Dr. Ana Ruiz said."},
		{"copula-acronym", "Ana Ruiz is the LVFM chief resident this year."},
		{"named-health", "Ana Ruiz was named Lakeview Health chief resident for the coming year."},
		{"lead-acronym", "Ana Ruiz, LVFM Chief Resident, opened the meeting with a word on the night clinic."},
	} {
		cells = append(cells, relCell{"org-role/" + c.key, page(c.text), ruiz})
	}
	for _, tr := range []struct{ key, text string }{
		{"inhabitant", q + " Ana Ruiz, Austin resident, said."},
		{"inhabitant-longtime", q + " said Ana Ruiz, a longtime Kansas City resident."},
		{"inhabitant-senior", q + " said Ana Ruiz, a senior Kansas City resident."},
		{"acronym-inhabitant", q + " Ana Ruiz, NYC resident, said."},
		{"acronym-director", q + " Ana Ruiz, LVFM program director, said."},
		{"acronym-residency-director", q + " said Ana Ruiz, LVFM residency director."},
		{"acronym-resident-faculty", q + " Ana Ruiz, LVFM resident faculty, said."},
		{"acronym-former", q + " Ana Ruiz, former LVFM chief resident, said."},
		{"acronym-former-now", q + " said Ana Ruiz, former LVFM chief resident, now an attending in Salem."},
		{"name-no-comma", "Ben Ota, Ana Ruiz Chief Resident, and Lia Cruz spoke at the dinner."},
	} {
		cells = append(cells, relCell{"trap/org-role/" + tr.key, page(tr.text), nil})
	}
	return cells
}

// metaRows17a are rost17a's perturbations: the organisation in a role's
// phrase written another way (another acronym, the full name).
var metaRows17a = []metaRow{
	sub("org17/acronym-other", "LVFM", "UWFMR"),
	sub("org17/acronym-to-name", "LVFM ", "Lakeview Health "),
	sub("org17/co-chief", "Chief Resident", "Co-Chief Resident"),
}

// TestRoleModifiers holds the walk over a role's modifiers to its class:
// the words before the role it takes for the role's (the count back from
// the role), an organisation's only in a trainee's phrase.
func TestRoleModifiers(t *testing.T) {
	for _, c := range []struct {
		before string
		want   int
	}{
		{"Ana Ruiz, LVFM Chief", 2},
		{"Ana Ruiz, Lakeview Family Medicine", 3},
		{"Ana Ruiz, Corvane Health Chief", 3},
		{"Ana Ruiz, Mercy Hospital", 2},
		{"Ana Ruiz, 2026 LVFM chief", 2}, // (the year is a determiner, a count, to the walk after)
		{"Ana Ruiz, a second-year", 1},
		{"Ana Ruiz, Austin", 0},
		{"Ana Ruiz, a senior Kansas City", 0},
		{"Ana Ruiz, NYC", 0},
		{"Ben Ota, Ana Ruiz Chief", 1},
		{"Ben Ota, Ana Ruiz", 0},
		{"said Our", 0},
		{"Ana Ruiz, Dr.", 0},
	} {
		w := relWords{t: c.before, floor: len(c.before), stop: -1}
		if got := w.roleModifiers(0, true); got != c.want {
			t.Errorf("%q: %d words the role's, want %d", c.before, got, c.want)
		}
	}
}

// relCells17aCaption are position 3's cells: a caption or a sentence
// that gives each of two or three people a role of their own, each in its
// apposition (commas, semicolons, parentheses), the resident's role the
// role word alone or with its modifiers, in either order, with a
// preposition between the people or a place after them. Traps: every
// person's role another's ("residency director", "resident faculty",
// "nurse", "student", "former resident, now attending"), a role alone
// with a span of years after it (a residency over), a plural role
// opening the next clause ("With Dr. Ota, residents ran …"), a role word
// modifying another noun ("resident wellness").
func relCells17aCaption(page func(string) string) []relCell {
	var cells []relCell
	cruz := []string{"Lia Cruz"}
	both := []string{"Ben Ota", "Lia Cruz"}
	for _, c := range []struct {
		key, text string
		want      []string
	}{
		{"faculty-then-resident", "Dr. Ron Vale, faculty member, and Lia Cruz, resident.", cruz},
		{"resident-then-faculty", "Lia Cruz, resident, and Dr. Ron Vale, faculty member.", cruz},
		{"attending-then-year", "Dr. Ron Vale, attending physician, and Lia Cruz, second-year resident, at the new clinic.", cruz},
		{"capital-role", "Dr. Ron Vale, Faculty Member, and Lia Cruz, Resident.", cruz},
		{"intern", "Dr. Ron Vale, program director, and Lia Cruz, intern, at the ribbon cutting.", cruz},
		{"with", "Dr. Ron Vale, faculty member, with Lia Cruz, resident, in the new exam room.", cruz},
		{"three-semicolons", "Dr. Ron Vale, faculty member; Lia Cruz, resident; and Ben Ota, intern.", both},
		{"three-commas", "Dr. Ron Vale, faculty member, Lia Cruz, resident, and Ben Ota, intern.", both},
		{"two-residents", "Lia Cruz, resident, and Ben Ota, intern, at the new clinic.", both},
		{"parens", "Dr. Ron Vale (faculty member) and Lia Cruz (resident) at the new clinic.", cruz},
		{"parens-year", "Dr. Ron Vale (faculty member) and Lia Cruz (second-year resident) at the new clinic.", cruz},
		{"parens-three", "Lia Cruz (resident), Ben Ota (intern) and Dr. Ron Vale (attending) at the new clinic.", both},
		{"after-photo-text", "Dr. Ron Vale, faculty member, and Lia Cruz, resident. The university opened the clinic last summer.", cruz},
	} {
		cells = append(cells, relCell{"caption-roles/" + c.key, page(c.text), c.want})
	}
	for _, tr := range []struct{ key, text string }{
		{"residency-director-nurse", "Dr. Ron Vale, residency director, and Lia Cruz, nurse."},
		{"resident-faculty-nurse", "Dr. Ron Vale, resident faculty, and Lia Cruz, nurse."},
		{"former-now-student", "Dr. Ron Vale, former resident, now attending, and Lia Cruz, student."},
		{"student", "Dr. Ron Vale, faculty member, and Lia Cruz, student."},
		{"span-after", "Dr. Ron Vale, resident, 1998-2001, now directs the clinic."},
		{"now-after", "Dr. Ron Vale, resident, now attending at Mercy, and Lia Cruz, nurse."},
		{"parens-former", "Dr. Ron Vale (former resident) and Lia Cruz (nurse) at the new clinic."},
		{"parens-residency-director", "Dr. Ron Vale (residency director) and Lia Cruz (nurse) at the new clinic."},
		{"plural-clause", "With Dr. Ron Vale, residents ran the clinic all week."},
		{"modifier", "For Dr. Ron Vale, resident wellness comes first."},
		{"list-of-groups", "Faculty, residents, and nurses joined the walk."},
	} {
		cells = append(cells, relCell{"trap/caption-roles/" + tr.key, page(tr.text), nil})
	}
	return cells
}

// storyCells17a are rost17a's story pages: a university magazine's story
// on a residency clinic whose only resident is named in a photo caption
// glued to the story's first paragraph, each person of the caption with a
// role of their own; the story quotes officials who are no residents.
func storyCells17a() []storyCell {
	mag := func(caption string) string {
		return "Serving the Valley's Patients\n\nVolume 9, Number 1 | March 2026\nBy Tara Lund\n\nShare This Story:\n\n\n" + caption +
			" The university has long trained family physicians for rural towns. Changes at the Valley Family Medicine Residency Center have only deepened that work.\n\n" +
			"“The centers are central to what we promise the state,” says Provost Hugo Marsh.\n\n" +
			"Nina Park, director of medical education, says the clinic saw 4,000 patients in its first quarter. The center is home to 20 resident physicians."
	}
	cruz := []string{"Lia Cruz |  |  | "}
	return []storyCell{
		{"caption-roles/magazine", mag("Dr. Ron Vale, faculty member, and Lia Cruz, resident."), cruz},
		{"caption-roles/magazine-reversed", mag("Lia Cruz, resident, and Dr. Ron Vale, faculty member."), cruz},
		{"caption-roles/magazine-parens", mag("Dr. Ron Vale (faculty member) and Lia Cruz (resident)."), cruz},
		{"caption-roles/magazine-three", mag("Dr. Ron Vale, faculty member; Lia Cruz, resident; and Ben Ota, intern."), []string{"Lia Cruz |  |  | ", "Ben Ota |  |  | "}},
		{"trap/caption-roles/magazine-nurse", mag("Dr. Ron Vale, residency director, and Lia Cruz, nurse."), nil},
		{"caption-roles/magazine-chancellor", strings.Replace(mag("Dr. Ron Vale, faculty member, and Lia Cruz, resident."), "Provost Hugo Marsh", "VSU Chancellor Hugo Marsh", 1), cruz},
		{"caption-roles/magazine-vice-provost", strings.Replace(mag("Lia Cruz, resident, and Dr. Ron Vale, faculty member."), "says Provost Hugo Marsh", "says Hugo Marsh, vice provost", 1), cruz},
		{"trap/caption-roles/magazine-former", mag("Dr. Ron Vale, faculty member, and Lia Cruz, former resident, now attending."), nil},
	}
}

// storyCells17aTitle are position 5's cells: a page whose title names the
// role of the one person it features ("A Day in the Life of a PGY-4
// Resident", "Life as an Intern", "Meet Our Chief Resident") over a line
// that names the person (a first name alone or a full name, with a title
// or degrees) and a piece in the first person or the third; a site's
// lines above the title; HTML. Traps: the title's role another's (faculty
// member, residency coordinator, medical student), a past one ("a Former
// Chief Resident"), the residents in the plural, a second person's line
// (a page of several people), a piece whose person says the residency is
// over or that they are faculty, no name line.
func storyCells17aTitle() []storyCell {
	first := "My Story\n\nI spent my early years on a sheep farm near Galway and moved to Denver with my parents at fourteen. I studied chemistry in Boulder and coached swimming for a year before medical school.\n\n" +
		"Why Here\n\nAs a fourth-year medical student I did an away rotation here and liked the people at once. I have given my elective time to teaching and to quality improvement.\n\n" +
		"My Week\n\nI wake at six, walk my dog, and am on the inpatient unit by seven."
	third := "Maeve grew up on a sheep farm near Galway. She studied chemistry in Boulder and coached swimming before medical school. She is on the inpatient unit by seven, and her favourite hour is the teaching round."
	html := func(title, name, body string) string {
		return "<html><head><title>" + title + "</title></head><body><h1>" + title + "</h1><h2>" + name + "</h2><p>" + strings.ReplaceAll(body, "\n\n", "</p><p>") + "</p></body></html>"
	}
	maeve := []string{"Maeve |  |  | "}
	byrne := []string{"Maeve Byrne |  |  | "}
	cells := []storyCell{
		{"title-role/day-pgy-first-name", "A Day in the Life of a PGY-4 Resident\n\nMaeve\n\n" + first, maeve},
		{"title-role/day-year-full-name", "A Day in the Life of a Second-Year Resident\n\nMaeve Byrne\n\n" + first, byrne},
		{"title-role/life-intern-do", "Life as an Intern\n\nMaeve Byrne, DO\n\n" + first, byrne},
		{"title-role/meet-our-chief-md", "Meet Our Chief Resident\n\nMaeve Byrne, MD\n\n" + first, byrne},
		{"title-role/site-lines", "Lakeside Psychiatry\nEducation\nA Week in the Life of a PGY-2 Psychiatry Resident\n\nMaeve\n\n" + first, maeve},
		{"title-role/html", html("A Day in the Life of a PGY-3 Resident", "Maeve", first), maeve},
		{"title-role/third-person", "A Day in the Life of a PGY-4 Resident\n\nMaeve\n\n" + third, maeve},
		{"title-role/html-third-dr", html("A Week as a Family Medicine Intern", "Dr. Maeve Byrne", strings.Replace(third, "Maeve grew", "Maeve Byrne grew", 1)), byrne},
	}
	for _, tr := range []struct{ key, text string }{
		{"faculty", "A Day in the Life of a Faculty Member\n\nMaeve\n\n" + first},
		{"coordinator", "A Day in the Life of a Residency Coordinator\n\nMaeve\n\n" + first},
		{"student", "A Day in the Life of a Medical Student\n\nMaeve\n\n" + first},
		{"former-chief", "A Day in the Life of a Former Chief Resident\n\nMaeve\n\n" + first},
		{"plural", "A Day in the Life of Our Residents\n\nMaeve\n\n" + first},
		{"second-person", "A Day in the Life of a Resident\n\nMaeve\n\n" + first + "\n\nOwen\n\nI grew up in Texas and I love my clinic in the hills."},
		{"residency-over", "A Day in the Life of a Resident\n\nMaeve\n\nI completed my residency here in 2015 and now practice in Maine. " + first},
		{"self-faculty", "A Day in the Life of a Resident\n\nMaeve\n\nI am a faculty member in the department. " + first},
		{"no-name-line", "A Day in the Life of a PGY-4 Resident\n\nSchedule\n\n" + first},
	} {
		cells = append(cells, storyCell{"trap/title-role/" + tr.key, tr.text, nil})
	}
	return cells
}

// relCells17aProgram are position 4's cells of a predicate of membership:
// the person is, now, in a residency program as its trainee ("are in the
// family medicine residency program", "is training in our …", "are
// cutting their teeth in the state's newest …"), the subject full names
// with a plural title ("Drs. A and B") or the surnames of people the page
// named before, after a fronted clause, with an aside between dashes.
// Traps: a verb or a role between the person and "in" ("teaches in", "is
// faculty in", "is a mentor in", "is interested in"), the past ("was in
// the residency program until 2015"), the program a noun's modifier ("the
// residency program office", "the residency program director").
func relCells17aProgram(page func(string) string) []relCell {
	var cells []relCell
	both := []string{"Ana Ruiz", "Ben Ota"}
	ruiz := []string{"Ana Ruiz"}
	for _, c := range []struct {
		key, text string
		want      []string
	}{
		{"drs-are-in", "Drs. Ana Ruiz and Ben Ota are in the family medicine residency program.", both},
		{"dr-training-our", "Dr. Ana Ruiz is training in our internal medicine residency program.", ruiz},
		{"enrolled-possessive", "Ana Ruiz and Ben Ota are enrolled in Lakeside's new residency program.", both},
		{"surnames-dash-aside", "It has been a busy spring for Drs. Ana Ruiz and Ben Ota. Ruiz and Ota — along with four other doctors — are cutting their teeth in the state's newest family medicine residency program, which opened in June.", both},
		{"surnames-fronted", "It has been a long first month for Drs. Ana Ruiz and Ben Ota. Whether on the wards or in the clinic, Ruiz and Ota are learning in the new residency program.", both},
		{"surnames-three", "The clinic welcomed Drs. Ana Ruiz, Ben Ota and Lia Cruz in June. Ruiz, Ota and Cruz are training in the rural residency program.", []string{"Ana Ruiz", "Ben Ota", "Lia Cruz"}},
		{"now-acronym-at", "Ana Ruiz is now in the LVFM residency program at Mercy.", ruiz},
		{"here", "Dr. Ana Ruiz is in the residency program here.", ruiz},
	} {
		cells = append(cells, relCell{"program-member/" + c.key, page(c.text), c.want})
	}
	for _, tr := range []struct{ key, text string }{
		{"teaches", "Dr. Ana Ruiz teaches in the family medicine residency program."},
		{"faculty", "Dr. Ana Ruiz is faculty in the family medicine residency program."},
		{"mentor", "Dr. Ana Ruiz is a mentor in the family medicine residency program."},
		{"interested", "Dr. Ana Ruiz is interested in the family medicine residency program."},
		{"past", "Dr. Ana Ruiz was in the family medicine residency program until 2015."},
		{"office", "Dr. Ana Ruiz is in the residency program office on Fridays."},
		{"director", "Dr. Ana Ruiz is the residency program director."},
		{"surnames-faculty", "The clinic welcomed Drs. Ana Ruiz and Ben Ota in June. Ruiz and Ota teach in the rural residency program."},
	} {
		cells = append(cells, relCell{"trap/program-member/" + tr.key, page(tr.text), nil})
	}
	return cells
}

// TestRelSubjectAsides holds the subject's asides and surname lists to
// their class: an aside between dashes cut, the surnames of a list read as
// the full names the page gave them before (a surname that ends one
// sentence and opens the next is no second person's).
func TestRelSubjectAsides(t *testing.T) {
	for _, c := range [][2]string{
		{"Ruiz and Ota — along with four other doctors —", "Ruiz and Ota"},
		{"Ruiz and Ota – with two others –", "Ruiz and Ota"},
		{"Ruiz and Ota", "Ruiz and Ota"},
		{"Dr. Ruiz — our new intern", "Dr. Ruiz — our new intern"},
	} {
		if got := relDashAsideCut(c[0]); got != c[1] {
			t.Errorf("relDashAsideCut(%q) = %q, want %q", c[0], got, c[1])
		}
	}
	text := "It was a long month for Drs. Lena Tobin and Kai Morrow. Tobin and Morrow are training here."
	d := docOf([]byte(text))
	for _, c := range []struct {
		sub  string
		want []string
	}{
		{"Tobin and Morrow", []string{"Lena Tobin", "Kai Morrow"}},
		{"On the wards, Tobin and Morrow", []string{"Lena Tobin", "Kai Morrow"}},
		{"Tobin and Reyes", nil},
		{"Tobin", nil},
	} {
		if got := relSurnameList(d, d.blocks[0].text, c.sub); !slices.Equal(got, c.want) {
			t.Errorf("relSurnameList(%q) = %q, want %q", c.sub, got, c.want)
		}
	}
}
