package extract

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
