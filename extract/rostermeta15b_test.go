package extract

import "testing"

// Session 15's cells (issue 12, rost15b): the classes seen on unseen roster
// material, in the team's own words (never copied).

// storyCells15Peer are the cells of a peer noun (class 1): a program's own
// feature about its residents names one of them as the others' classmate,
// beside people who are no residents — a leader who trained here long ago,
// the program director on a role line, a bare caption's name.
func storyCells15Peer() []storyCell {
	ruiz := []string{"Ana Ruiz |  |  | "}
	feature := func(s string) string {
		return "Annual Report 2026\n\nTraining the doctors of tomorrow\n\n" + s +
			"\n\n“Our residents are the future of this hospital,” said Tom Hale, MD, the hospital's president, who completed his residency training here in 1981." +
			"\n\nLena Park, MD\nDirector of the Internal Medicine Residency Program\n\n“Our graduates practice in every county of the state,” Park said.\n\nBen Ota"
	}
	var cells []storyCell
	for _, c := range []struct {
		key, text string
		want      []string
	}{
		{"one-of-their-classmates", "Four residents follow along as one of their classmates, Ana Ruiz, MD, walks them through a difficult admission. “Morning report is where we learn to think out loud,” says Ruiz.", ruiz},
		{"their-classmate", "Four residents look on while their classmate Dr. Ana Ruiz presents a case at morning report.", ruiz},
		{"interns", "The interns gathered at the bedside as one of their classmates, Ana Ruiz, examined the patient.", ruiz},
		{"pgy-group", "The PGY-2s listened as one of their classmates, Ana Ruiz, presented the case.", ruiz},
		{"apposed", "The residents meet every morning at seven. Ana Ruiz, one of their classmates, presents the first case.", ruiz},
		{"fellow-residents", "Six second-year residents listen as one of their fellow residents, Ana Ruiz, presents a case.", ruiz},
		{"fellow-resident", "Fellow resident Ana Ruiz presents a case while four residents take notes.", ruiz},
		{"dash", "Four residents follow along as one of their classmates — Ana Ruiz, MD — walks them through a difficult admission.", ruiz},
		{"classmate-school", "Four residents follow along as one of their classmates, Ana Ruiz, a graduate of the Lakeside School of Medicine, walks them through a difficult admission.", []string{"Ana Ruiz | Lakeside School of Medicine |  | "}},
		// traps: the classmates of students, of former residents, of
		// others named nearer; a possessive of the residents' own; a
		// classmate of another time or place
		{"trap/students", "Four medical students follow along as one of their classmates, Ana Ruiz, walks them through a difficult admission.", nil},
		{"trap/former", "Four former residents gathered as one of their classmates, Ana Ruiz, spoke about her practice in Maine.", nil},
		{"trap/others-nearer", "The residents welcomed a group of visiting students. One of their classmates, Ana Ruiz, gave the tour.", nil},
		{"trap/possessive", "The residents' children played in the garden while one of their classmates, Ana Ruiz, sang.", nil},
		{"trap/medical-school", "Four residents listen as one of their classmates from medical school, Ana Ruiz, speaks about her research.", nil},
		{"trap/former-classmate", "Four residents listen as their former classmate Ana Ruiz, now an attending, teaches the ultrasound course.", nil},
		{"trap/no-possessive", "Four residents listen as a classmate, Ana Ruiz, describes her trip.", nil},
	} {
		key := "peer/" + c.key
		if c.want == nil {
			key = "trap/peer/" + c.key[len("trap/"):]
		}
		cells = append(cells, storyCell{key, feature(c.text), c.want})
	}
	// the page's other people alone: no one
	cells = append(cells, storyCell{"trap/peer/others-only", feature("Morning report starts at seven."), nil})
	return cells
}

// relCells15Peer are the relation grid's cells of a peer noun: one
// sentence each under the grid's neutral heading.
func relCells15Peer(page func(string) string) []relCell {
	ruiz := []string{"Ana Ruiz"}
	return []relCell{
		{"peer/one-of-their-classmates", page("Five residents listen as one of their classmates, Ana Ruiz, presents a case."), ruiz},
		{"peer/their-classmate", page("Five residents listen as their classmate Ana Ruiz presents a case."), ruiz},
		{"peer/their-classmates-pair", page("The interns cheered as their classmates Ana Ruiz and Ben Ota took the stage."), []string{"Ana Ruiz", "Ben Ota"}},
		{"peer/apposed", page("The residents listened as Ana Ruiz, one of their classmates, presented a case."), ruiz},
		{"peer/copula", page("The interns meet on Fridays. Ana Ruiz is one of their classmates."), ruiz},
		{"peer/fellow-residents", page("Five residents listen as one of their fellow residents, Ana Ruiz, presents a case."), ruiz},
		{"trap/peer-students", page("Five medical students listen as one of their classmates, Ana Ruiz, presents a case."), nil},
		{"trap/peer-nurses", page("The residents thanked the nurses, and one of their classmates, Ana Ruiz, gave a speech."), nil},
		{"trap/peer-former", page("Five former residents listen as one of their classmates, Ana Ruiz, presents a case."), nil},
		{"trap/peer-possessive", page("The residents' spouses listen as one of their classmates, Ana Ruiz, presents a case."), nil},
		{"trap/peer-place", page("The residents of Austin listen as one of their classmates, Ana Ruiz, speaks."), nil},
		{"trap/peer-unowned", page("Five residents listen as a classmate, Ana Ruiz, presents a case."), nil},
		{"trap/peer-fellow-alone", page("Five residents listen as Dr. Ana Ruiz, their fellow in cardiology, presents a case."), nil},
	}
}

// storyCells15Hometown are the cells of a hometown aside (class 2): a
// newspaper's story about a school's new residents, with counts by
// hospital and by country (aggregates: no one) and its dean quoted,
// quotes a few residents introduced only by where they are from. They are
// residents; the hometown is no school and no training country.
func storyCells15Hometown() []storyCell {
	ruiz := []string{"Ana Ruiz |  |  | "}
	news := func(s string) string {
		return "New residents receive their white coats\n\nHARBOR CITY — The Lakeside School of Medicine welcomed 38 new residents to its programs at a white-coat ceremony on Friday.\n\n" +
			"Fourteen of the residents will train at Harbor General Hospital and twelve at Valley Medical Center. The residents come from the United States, Peru, Nigeria, India and Chile.\n\n" +
			"“Today you begin a demanding journey,” said Dr. Carl Mott, dean of the school.\n\n" + s + "\n\nMott said the school plans to add two programs next year."
	}
	var cells []storyCell
	for _, c := range []struct {
		key, text string
		want      []string
	}{
		{"from-said", "Ana Ruiz, from Lima, Peru, said she chose the program for its rural rotations. “I want to care for patients in small towns,” she said.", ruiz},
		{"of-said-told", "Ana Ruiz, of Lima, Peru, said the ceremony made her family proud.", ruiz},
		{"said-after-quote", "“I want to care for patients in small towns,” said Ana Ruiz, of Lima, Peru.", ruiz},
		{"name-first-after-quote", "“I want to care for patients in small towns,” Ana Ruiz, from Lima, Peru, said.", ruiz},
		{"said-colon", "Ana Ruiz, from Lima, Peru, said: “I want to care for patients in small towns.”", ruiz},
		{"native-of", "“I want to care for patients in small towns,” said Ana Ruiz, a native of Lima, Peru.", ruiz},
		{"originally-from", "Ana Ruiz, originally from Lima, Peru, says the program drew her with its rural rotations.", ruiz},
		{"country-only", "Ana Ruiz, of Peru, said the ceremony made her family proud.", ruiz},
		{"us-town", "Ana Ruiz, of Dayton, Ohio, said the ceremony made her family proud.", ruiz},
		{"particle-town", "Ana Ruiz, from Rio de Janeiro, Brazil, said the ceremony made her family proud.", ruiz},
		{"age-of", "Ana Ruiz, 27, of Lima, Peru, said the ceremony made her family proud.", ruiz},
		{"said-age-from", "“I want to care for patients in small towns,” said Ana Ruiz, 27, from Lima, Peru.", ruiz},
		{"moved-from", "Ana Ruiz, who moved from Lima, Peru, said the ceremony made her family proud.", ruiz},
		{"two-residents", "Ana Ruiz, from Lima, Peru, said she chose the program for its rural rotations.\n\n“My family is proud of me,” said Ben Ota, of Lagos, Nigeria.", []string{"Ana Ruiz |  |  | ", "Ben Ota |  |  | "}},
		// traps: a speaker the aside gives another role, an institution
		// or a school; a parent; a student; the page's aggregates alone
		{"trap/dean-hometown", "Carl Mott, of Harbor City, dean of the school, said the residents will be busy.", nil},
		{"trap/faculty-hometown", "Dr. Lena Park, of Harbor City, associate program director, said the residents will be busy.", nil},
		{"trap/parent", "Her father, Luis Ruiz, of Lima, Peru, said he flew in for the ceremony.", nil},
		{"trap/mother-after", "“We are so proud of her,” said Rosa Ruiz, of Lima, Peru, Ana's mother.", nil},
		{"trap/patient", "Maria Lopez, a patient from Lima, Peru, said the residents treated her kindly.", nil},
		{"trap/hospital", "Ana Ruiz, of Harbor General Hospital, said the residents will be busy.", nil},
		{"trap/program", "Ana Ruiz, of Lakeside Family Medicine, said the residents will be busy.", nil},
		{"trap/school", "Ana Ruiz, from the University of Lima, said the residents will be busy.", nil},
		{"trap/alumna-hometown", "“The program changed my life,” said Ana Ruiz, of Lima, Peru, who completed her residency here in 2010.", nil},
		{"trap/age-hospital", "Ana Ruiz, 41, of Harbor General Hospital, said the residents will be busy.", nil},
		{"trap/student", "Ana Ruiz, a medical student from Lima, Peru, said she hopes to match here.", nil},
		{"trap/aggregates-only", "The ceremony ended with a reception.", nil},
	} {
		key := "hometown/" + c.key
		if c.want == nil {
			key = "trap/hometown/" + c.key[len("trap/"):]
		}
		cells = append(cells, storyCell{key, news(c.text), c.want})
	}
	return cells
}

// TestHometownOnly holds hometownOnly to its class, and the reader to pages
// whose opening speaks of residents: the same speakers on a page about
// something else are no one. (These pages stay out of storyGrid: a row that
// puts a "Residents" breadcrumb over them makes them pages about residents.)
func TestHometownOnly(t *testing.T) {
	for _, c := range []struct {
		give string
		want bool
	}{
		{", from Lima, Peru,", true},
		{", of Lagos, Nigeria", true},
		{"of Peru", true},
		{"a native of Dayton, Ohio", true},
		{"originally from Rio de Janeiro, Brazil", true},
		{"who grew up in St. Louis", true},
		{"27, of Lima, Peru", true},
		{"who moved here from Lagos, Nigeria", true},
		{"41, of Harbor General Hospital", false},
		{"27", false},
		{"of Lima, Peru, who completed her residency here in 2010", false},
		{"of Lima, Peru, dean of the school", false},
		{"of Lima, Peru, Ana's mother", false},
		{"a patient from Lima, Peru", false},
		{"of Harbor General Hospital", false},
		{"of Lakeside Family Medicine", false},
		{"from the University of Lima", false},
		{"of the Lakeside program", false},
		{"from Lima and Quito", false},
		{"of Lima, Peru, Quito, Ecuador", false},
		{"", false},
	} {
		if got := hometownOnly(c.give); got != c.want {
			t.Errorf("hometownOnly(%q) = %v, want %v", c.give, got, c.want)
		}
	}
	for _, give := range []string{
		"Clinic opens on the west side\n\nThe clinic will serve families who now ride two buses to see a doctor.\n\nAna Ruiz, from Lima, Peru, said the clinic will save her a long bus ride.",
		"Clinic opens on the west side\n\nThe clinic will serve families who now ride two buses to see a doctor.\n\n“The clinic will save me a long bus ride,” said Ana Ruiz, of Lima, Peru.",
	} {
		if got := residentRows(t, give); len(got) != 0 {
			t.Errorf("a page about no residents read %q\n%s", got, give)
		}
	}
}

// relCells15Dash are the relation grid's cells of a role before the name
// it titles, the name set off by dashes as by commas.
func relCells15Dash(page func(string) string) []relCell {
	return []relCell{
		{"dash/our-chief", page("Our chief resident — Ana Ruiz — spoke at the meeting."), []string{"Ana Ruiz"}},
		{"dash/one-of-our", page("One of our interns – Ana Ruiz – spoke at the meeting."), []string{"Ana Ruiz"}},
		{"dash/our-residents-pair", page("Our residents — Ana Ruiz and Ben Ota — spoke at the meeting."), []string{"Ana Ruiz", "Ben Ota"}},
		{"dash/peer-degrees", page("Five residents listen as one of their classmates — Ana Ruiz, MD — presents a case."), []string{"Ana Ruiz"}},
		{"trap/dash-students", page("Five students listen as one of their classmates — Ana Ruiz — presents a case."), nil},
		{"trap/dash-former", page("Our former chief resident — Ana Ruiz — spoke at the meeting."), nil},
		{"trap/dash-faculty", page("Our residents' mentor — Dr. Ana Ruiz — spoke at the meeting."), nil},
		{"trap/dash-not-closed", page("Our chief residents — Ana Ruiz and the faculty — planned the retreat."), nil},
	}
}
