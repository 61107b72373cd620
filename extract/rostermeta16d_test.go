package extract

// Session 16 (rost16d), class 1: a medical school's news of its named
// graduates entering residency. A person named as a graduate (a doctor's
// degree with the school and the class year after the name, or a
// graduate's noun in apposition) whose own predicate enters a residency
// (matched into or with, secured a residency, begins the residency), in
// the sentence or in the next one through a pronoun, is an incoming
// resident, with the school the mark names. Traps: where the school's
// students matched (a list), a student who matched, the school's president
// or dean quoted, aggregates, a graduate's past match, a fellowship, a
// plan, a denial.

// storyCells16Graduates are class 1's cells: entries in three page frames
// (a school's news post, a press release with a dateline and the
// chancellor quoted, a students' match page, a blog relaying the story
// under a site header).
func storyCells16Graduates() []storyCell {
	var cells []storyCell
	frames := []struct{ key, head, tail string }{
		{"news", "Island School of Medicine News\n\nMatch Day brings good news for our graduates\n\nOur graduates waited all week for Friday, and the wait ended with cheers in the lecture hall.\n\n", ""},
		{"release", "Graduates of Island School of Medicine Land Residency Spots\n\nKINGSTOWN, St. Vincent, March 21 -- Island School of Medicine graduates again entered medicine in the United States in large numbers this year.\n\n\"We are proud of every one of them,\" said Dr. Carl Moss, Chancellor of Island School of Medicine.\n\n", "\n\nAbout Island School of Medicine\n\nThe school has trained physicians for four decades."},
		// a students' match page: its graduates marked as such still count
		{"students-match", "Students and Graduates Celebrate Match Day at Island School of Medicine\n\nFourth-year students and recent graduates gathered to open their envelopes.\n\n", ""},
		{"blog", "Study Abroad Blog | Stories\n\nStudy Abroad\n\nIsland School of Medicine Graduates Celebrate Match Day\n\nThe school has over 9,000 graduates in medicine and public health.\n\n", ""},
	}
	park := []string{"Lena Park | ISM |  | "}
	parkNoSchool := []string{"Lena Park |  |  | "}
	parkFull := []string{"Lena Park | Island School of Medicine |  | "}
	entries := []struct {
		key, text string
		want      []string
	}{
		{"md-matched-into", "Lena Park, MD ISM '21, matched into her first-choice internal medicine program at Lakeview Hospital.", park},
		{"md-matched-with", "Lena Park, MD ISM ’21, has matched with the pediatrics residency at Lakeview Hospital in Ohio.", park},
		{"md-matches-present", "Lena Park, MD ISM '21, matches into emergency medicine at Lakeview Hospital.", park},
		{"md-dr", "Dr. Lena Park, MD ISM '21, matched with a surgery residency at Lakeview Hospital.", park},
		{"md-paren", "Lena Park, MD (ISM '21), secured an OB/GYN residency at Lakeview Hospital.", park},
		{"md-next-she", "Lena Park, MD ISM '21, was at dinner with her parents when the email arrived. She had secured a psychiatry residency at Lakeview Hospital.", park},
		{"md-next-will-begin", "Congratulations to Lena Park, MD ISM '21. She will begin her family medicine residency at Lakeview Hospital in July.", park},
		{"md-next-surname", "Lena Park, MD ISM '21, grew up in a family of nurses. Park is starting her residency in neurology at Lakeview Hospital this summer.", park},
		{"md-no-school", "Lena Park, MD '21, matched into internal medicine at Lakeview Hospital.", parkNoSchool},
		{"graduate-of", "Lena Park, a 2021 graduate of Island School of Medicine, matched into emergency medicine at Lakeview Hospital.", parkFull},
		{"alumna", "Lena Park, an ISM alumna, is beginning her residency in psychiatry at Lakeview Hospital.", park},
		{"couple", "Two of those celebrating were Lena and Omar Park, MD ISM '21. They are both starting their residency at Lakeview Hospital this summer.",
			[]string{"Lena | ISM |  | ", "Omar Park | ISM |  | "}},
		{"couple-the-two", "Lena and Omar Park, MD ISM ’21, met in the anatomy lab. The two matched into the couples match at Lakeview Hospital.",
			[]string{"Lena | ISM |  | ", "Omar Park | ISM |  | "}},
		{"two-graduates", "Lena Park, MD ISM '21, matched into pediatrics at Lakeview Hospital.\n\nLikewise, Omar Diaz, MD ISM '20, secured a surgery residency at Hillcrest Medical Center.",
			[]string{"Lena Park | ISM |  | ", "Omar Diaz | ISM |  | "}},
	}
	traps := []struct{ key, text string }{
		{"student", "Lena Park, a fourth-year student, matched into surgery at Lakeview Hospital."},
		{"students-named", "Fourth-year students Lena Park and Omar Diaz matched into surgery at Lakeview Hospital."},
		{"president-quoted", "\"Our graduates matched in record numbers,\" said Dr. Carl Moss, MD ISM '88, president of the university."},
		{"dean-said", "Dr. Carl Moss, MD ISM '88, the school's dean, said 150 graduates matched into residencies."},
		{"aggregate", "More than 800 ISM graduates matched into residency programs this year, in 41 states."},
		{"past", "Lena Park, MD ISM '01, matched into surgery in 1997 and now directs the trauma service at Lakeview Hospital."},
		{"fellowship", "Lena Park, MD ISM '15, matched into a cardiology fellowship at Lakeview Hospital."},
		{"plan", "Lena Park, MD ISM '21, hopes to match into surgery at Lakeview Hospital next year."},
		{"denial", "Lena Park, MD ISM '21, did not match into surgery this year."},
		{"attending-now", "Lena Park, MD ISM '05, began her residency at Lakeview Hospital and is now an attending there."},
		{"list", "Where our graduates matched\n\nLena Park — Internal Medicine, Lakeview Hospital\n\nOmar Diaz — Pediatrics, Hillcrest Medical Center"},
	}
	for _, f := range frames {
		for _, e := range entries {
			cells = append(cells, storyCell{"graduate-match/" + f.key + "/" + e.key, f.head + e.text + f.tail, e.want})
		}
		for _, tr := range traps {
			cells = append(cells, storyCell{"trap/graduate-match/" + f.key + "/" + tr.key, f.head + tr.text + f.tail, nil})
		}
	}
	return cells
}

// storyCells16GroupOf are class 1's cells of a name bound to the group of
// the sentence before ("… is one of them"): the group a school's graduates
// (or, on a page about its graduates, its students) entering residency,
// the school its possessive. Traps: fourth-year students, a group that
// enters nothing, a past year, the school's faculty.
func storyCells16GroupOf() []storyCell {
	var cells []storyCell
	head := "Island School of Medicine News\n\nOur graduates take their first steps\n\nThe school is proud of what its graduates do after the Match.\n\n"
	for _, e := range []struct {
		key, text string
		want      []string
	}{
		{"graduates-possessive", "Many of ISM's graduates have secured residency positions this year. Lena Park is one of them.", []string{"Lena Park | ISM |  | "}},
		{"alumni-our", "Dozens of our alumni matched into residency programs this spring. Lena Park is one of them.", []string{"Lena Park |  |  | "}},
		{"one-of-them-is", "Many ISM graduates matched into family medicine this year. One of them is Lena Park.", []string{"Lena Park | ISM |  | "}},
		{"students-among", "After the Match, many of ISM’s students have secured residency appointments. Lena Park is among them.", []string{"Lena Park | ISM |  | "}},
		{"then-more", "Many of ISM's graduates have secured residency positions this year. Lena Park is one of them.\n\nPark enrolled at ISM in 2015 and found her specialty on a rotation.", []string{"Lena Park | ISM |  | "}},
	} {
		cells = append(cells, storyCell{"group-of/" + e.key, head + e.text, e.want})
	}
	for _, tr := range []struct{ key, text string }{
		{"fourth-year", "Many of ISM's fourth-year students matched into surgery. Lena Park is one of them."},
		{"no-entry", "Many of ISM's graduates practice in small towns. Lena Park is one of them."},
		{"past-year", "Dozens of our graduates matched into residency programs in 2005. Lena Park is one of them."},
		{"faculty", "Many of ISM's faculty secured research grants this year. Lena Park is one of them."},
		{"fellowship", "Many of ISM's graduates matched into fellowships this year. Lena Park is one of them."},
	} {
		cells = append(cells, storyCell{"trap/group-of/" + tr.key, head + tr.text, nil})
	}
	return cells
}

// Class 2: a role noun phrase bound to names — a plural role whose names
// follow after a relative clause of the residents' arrival and a
// caption's place in the photograph, a resident's seat on a board set off
// by commas (another person's role after "by" or "with" in the clause is
// that person's), and a quote signed in running text with a chief's role
// over residents and this year's span. The role decides: faculty, a
// program director, a faculty representative, a past year's chief are
// traps.

// storyCells16Roles are class 2's cells.
func storyCells16Roles() []storyCell {
	var cells []storyCell
	three := []string{"Ana Ruiz |  |  | ", "Ben Ota |  |  | ", "Cy Dee |  |  | "}
	ruiz := []string{"Ana Ruiz |  |  | "}
	paper := func(s string) string {
		return "Local News\n\nHarbor General welcomes its first residents\n\n" + s + "\n\nThe hospital expects the program to grow to 36 residents by 2029."
	}
	for _, c := range []struct {
		key, text string
		want      []string
	}{
		{"arrival-including-place", "Dr. Omar Lind, left, talks with three of the 12 new residents who start July 1 including, second from left, Ana Ruiz, Ben Ota and Cy Dee.", three},
		{"arrival-place", "Pictured are three of our new interns who began this week, from left, Ana Ruiz, Ben Ota and Cy Dee.", three},
		{"arrival-will-join", "The program director met the incoming residents who will join the hospital in June, including Ana Ruiz, Ben Ota and Cy Dee.", three},
		{"place-left-to-right", "Our new residents, from left to right, Ana Ruiz, Ben Ota and Cy Dee, toured the wards on Monday.", three},
		{"place-paren", "The interns (from left) Ana Ruiz, Ben Ota and Cy Dee toured the wards on Monday.", three},
		{"place-caption-twice", "Dr. Omar Lind talks with new residents who start July 1 including, from left, Ana Ruiz, Ben Ota and Cy Dee.\n\nDr. Omar Lind talks with new residents who start July 1 including, from left, Ana Ruiz, Ben Ota and Cy Dee. staff photo", three},
		{"board-representative", "The resident representative, Ana Ruiz, MD, was joined on the board by the program director of her program, Ben Ota, MD, both from the Harbor Family Medicine Residency.", ruiz},
		{"board-delegate", "Our resident delegate, Ana Ruiz, spoke for the house staff at the meeting.", ruiz},
		{"chief-joined-by-director", "Our chief resident, Ana Ruiz, MD, was joined by the program director, Ben Ota, MD, at the ribbon cutting.", ruiz},
		{"resident-welcomed-by-director", "Ana Ruiz, MD, a second-year resident, was welcomed to the board with the program director, Ben Ota, MD.", ruiz},
	} {
		cells = append(cells, storyCell{"role-phrase/" + c.key, paper(c.text), c.want})
	}
	for _, tr := range []struct{ key, text string }{
		{"arrival-met-faculty", "Three of the 12 new residents who start July 1 met faculty including, from left, Dr. Ana Ruiz and Dr. Ben Ota."},
		{"work-with-faculty", "Our residents who work with faculty including Dr. Ana Ruiz and Dr. Ben Ota will staff the clinic."},
		{"faculty-representative", "The faculty representative, Ana Ruiz, MD, joined the board this year."},
		{"named-director-by", "Ana Ruiz, MD, was named program director by the board this spring."},
		{"director-apposition-with", "Ana Ruiz, MD, program director, worked with the residents on the new schedule."},
	} {
		cells = append(cells, storyCell{"trap/role-phrase/" + tr.key, paper(tr.text), nil})
	}
	grads := func(s string) string {
		return "Congratulations to our family medicine graduates\n\nForty residents finish the program this month.\n\nJune 20, 2026\n\nThe department marked the end of two busy years with a ceremony on June 18, 2026.\n\n" +
			"This graduation is a real turning point for most of us. It may feel smaller than the day we finished medical school, but it is the biggest step in our careers so far. " + s + "\n\nLife after residency\n\nEach resident spent more than a hundred days in clinic over the two years."
	}
	for _, c := range []struct{ key, text string }{
		{"co-chief-over-residents", "- Ana Ruiz, 2025-2026 Co-chief, rural residents."},
		{"co-chief-resident", "- Ana Ruiz, Co-chief resident"},
		{"span-chief-resident", "— Ana Ruiz, 2025–26 Chief Resident"},
		{"dr-pgy", "– Dr. Ana Ruiz, 2026 PGY-2 representative"},
		{"no-space-dash", "-Ana Ruiz, 2025-2026 Co-chief, urban residents."},
	} {
		cells = append(cells, storyCell{"signed-inline/" + c.key, grads(c.text), ruiz})
	}
	for _, tr := range []struct{ key, text string }{
		{"director-over-residents", "- Ana Ruiz, Program Director, rural residents."},
		{"past-span", "- Ana Ruiz, 2009-2010 Chief Resident"},
		{"co-chief-alone", "- Ana Ruiz, Co-chief"},
		{"faculty-advisor", "- Ana Ruiz, Faculty advisor to the rural residents."},
	} {
		cells = append(cells, storyCell{"trap/signed-inline/" + tr.key, grads(tr.text), nil})
	}
	return cells
}

// Class 3: a counted group that begins the residency, then exactly as many
// names opening the next sentence (in the paragraph or the next one); the
// list may go on with others, unnamed. Traps: fewer names than the count,
// a staff or faculty apposition, a year (a class of the past), a group
// that is not people.

// storyCells16Counted are class 3's cells.
func storyCells16Counted() []storyCell {
	var cells []storyCell
	two := []string{"Ana Ruiz |  |  | ", "Ben Ota |  |  | "}
	three := []string{"Ana Ruiz |  |  | ", "Ben Ota |  |  | ", "Cy Dee |  |  | "}
	news := func(s string) string {
		return "University News\n\nHarbor General opens its first residency\n\n" + s + "\n\nThe consortium now trains more than 400 residents and fellows across the state."
	}
	for _, c := range []struct {
		key, text string
		want      []string
	}{
		{"next-paragraph-and-leaders", "Last week, two young physicians began their family medicine residency training at Harbor General Hospital.\n\nAna Ruiz and Ben Ota and hospital leaders said the new program will serve the county.", two},
		{"same-paragraph", "Two new doctors started their residency at Harbor General this month. Ana Ruiz and Ben Ota were welcomed by the nurses on the fourth floor.", two},
		{"three-have-begun", "Three young physicians have begun their internal medicine residency at Harbor General. Ana Ruiz, Ben Ota and Cy Dee toured the wards on their first day.", three},
		{"digits", "On Monday, 2 new interns started their residency at Harbor General.\n\nAna Ruiz and Ben Ota met their first patients that afternoon.", two},
		{"will-begin", "Two graduates will begin their residency at Harbor General in July. Ana Ruiz and Ben Ota both grew up in the county.", two},
	} {
		cells = append(cells, storyCell{"counted-group/" + c.key, news(c.text), c.want})
	}
	for _, tr := range []struct{ key, text string }{
		{"ceo-speaks", "Two young physicians began their residency at Harbor General. Ana Ruiz, the hospital's chief executive, said it was a great day."},
		{"fewer-names", "Three young physicians began their residency at Harbor General. Ana Ruiz and Ben Ota said the program would grow."},
		{"past-year", "Two young physicians began their residency at Harbor General in 2010. Ana Ruiz and Ben Ota still remember the day."},
		{"faculty-apposition", "Two young physicians began their residency at Harbor General. Dr. Ana Ruiz and Dr. Ben Ota, their faculty mentors, welcomed them."},
		{"not-people", "Two new hospitals began their residency programs this year. Ana Ruiz and Ben Ota lead them."},
	} {
		cells = append(cells, storyCell{"trap/counted-group/" + tr.key, news(tr.text), nil})
	}
	return cells
}
