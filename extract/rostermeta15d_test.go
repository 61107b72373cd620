package extract

import "strings"

// Session 15's cells of storyGrid for rost15d (issue 12): a person's role
// stated right next to the name in shapes the readers did not take, in the
// team's own words (never copied), each with traps beside it.

// storyCells15d are rost15d's cells, appended to storyGrid.
func storyCells15d() []storyCell {
	var cells []storyCell
	fenn := []string{"Maya Fenn |  |  | "}
	// 1. a news release: the name, its degree, then a role with no article
	// and the verb of saying with no comma before it ("…, DO, psychiatry
	// resident says"); the page around it quotes its chief executive,
	// counts its new doctors and names its academic partner
	release := func(s string) string {
		return "Harbor Valley Health welcomes new doctors\n\nHarbor Valley Health has welcomed eight new doctors to its psychiatry residency this summer.\n\n" +
			"“Training our own physicians keeps care close to home,” said Mark Stone, chief executive officer at Harbor Valley Health.\n\n" +
			"The residency runs in partnership with Lakeside University College of Medicine.\n\n" + s + "\n\nThe new residents began their first rotations on July 1."
	}
	for _, subj := range []struct{ key, text string }{
		{"do", "Maya Fenn, DO,"},
		{"md-phd", "Maya Fenn, MD, PhD,"},
		{"dr", "Dr. Maya Fenn,"},
		{"dots", "Maya Fenn, D.O.,"},
	} {
		for _, role := range []struct{ key, text string }{
			{"specialty", "psychiatry resident"},
			{"year", "second-year resident"},
			{"pgy", "PGY-1 resident"},
			{"chief", "chief resident"},
			{"intern", "family medicine intern"},
			{"title-case", "Psychiatry Resident"},
		} {
			for _, verb := range []struct{ key, text string }{
				{"says", " says, “I chose this program because the patients here need us.”"},
				{"said", " said the patients here need a clinic close to home."},
				{"adds", " adds that the patients here need a clinic close to home."},
			} {
				cells = append(cells, storyCell{"bare-role-verb/" + subj.key + "/" + role.key + "/" + verb.key, release(subj.text + " " + role.text + verb.text), fenn})
			}
		}
	}
	cells = append(cells,
		storyCell{"bare-role-verb/alone", "Psychiatry news\n\nMaya Fenn, DO, psychiatry resident says, “I chose this program because the patients here need us.”", fenn},
		storyCell{"bare-role-verb/explains", release("Maya Fenn, DO, second-year psychiatry resident explains: “The patients here need us.”"), fenn},
		storyCell{"bare-role-verb/quote-first", release("“I chose this program because the patients here need us,” Maya Fenn, DO, psychiatry resident says."), fenn},
	)
	// traps: the role is no resident's, the role is the next clause's
	// subject, or the word after the role is no verb of saying
	for _, tr := range []struct{ key, text string }{
		{"attending", "Maya Fenn, DO, psychiatry attending says, “I chose this hospital because the patients here need us.”"},
		{"former", "Maya Fenn, DO, former psychiatry resident says, “I chose this hospital because the patients here need us.”"},
		{"director", "Maya Fenn, DO, residency program director says, “The patients here need us.”"},
		{"student", "Maya Fenn, fourth-year medical student says, “The patients here need us.”"},
		{"advocate", "Maya Fenn, DO, resident advocate says, “The patients here need us.”"},
		{"noun-after", "Thanks to Dr. Maya Fenn, chief resident duties are shared fairly this year."},
		{"plural", "After Dr. Maya Fenn, psychiatry residents said the schedule finally works."},
	} {
		cells = append(cells, storyCell{"trap/bare-role-verb/" + tr.key, release(tr.text), nil})
	}
	cells = append(cells, storyCell{"trap/bare-role-verb/page-alone", strings.Replace(release(""), "\n\n\n\n", "\n\n", 1), nil})
	cells = append(cells, storyCellsCoordRole()...)
	return cells
}

// storyCellsCoordRole are class 3's cells: a role before the name,
// coordinated with a second role of several words ("Chief Resident and
// member of the wellness committee Derek Lund, MD, said …"), the person
// named by surname later; traps: the second role another person's, a
// staff role, a past role.
func storyCellsCoordRole() []storyCell {
	var cells []storyCell
	lund := []string{"Derek Lund |  |  | "}
	blog := func(s string) string {
		return "Residency Blog\n\nOur new wellness curriculum\n\nThe program launched a wellness curriculum this spring. " + s + "\n\n“We listened to what residents asked for,” Lund said."
	}
	for _, first := range []struct{ key, text string }{
		{"chief", "Chief Resident"},
		{"chief-lower", "Chief resident"},
		{"pgy", "PGY-3 resident"},
		{"our-intern", "Our intern"},
	} {
		for _, second := range []struct{ key, text string }{
			{"member-of", "member of the wellness committee"},
			{"member-of-long", "member of the graduate medical education wellness committee"},
			{"aspiring", "aspiring cardiologist"},
			{"lead-of", "lead of the quality improvement team"},
		} {
			for _, name := range []struct{ key, text string }{
				{"md", "Derek Lund, MD,"},
				{"dr", "Dr. Derek Lund"},
				{"plain", "Derek Lund"},
			} {
				cells = append(cells, storyCell{"coord-role/" + first.key + "/" + second.key + "/" + name.key, blog(first.text + " and " + second.text + " " + name.text + " said the curriculum grew from resident surveys."), lund})
			}
		}
	}
	cells = append(cells,
		storyCell{"coord-role/second-first", blog("Member of the wellness committee and chief resident Derek Lund, MD, said the curriculum grew from resident surveys."), lund},
	)
	for _, tr := range []struct{ key, text string }{
		{"his-roommate", "Our intern and his roommate Derek Lund, MD, said the curriculum grew from resident surveys."},
		{"her-mentor", "Chief resident and her longtime friend Derek Lund said the curriculum grew from resident surveys."},
		{"director", "Chief resident and associate program director of the wellness committee Derek Lund said the curriculum grew from resident surveys."},
		{"faculty", "Chief resident and faculty member of the wellness committee Derek Lund said the curriculum grew from resident surveys."},
		{"former", "Former chief resident and member of the wellness committee Derek Lund said the curriculum grew from resident surveys."},
		{"chair-of", "Resident liaison and chair of the wellness committee Derek Lund said the curriculum grew from resident surveys."},
	} {
		cells = append(cells, storyCell{"trap/coord-role/" + tr.key, blog(tr.text), nil})
	}
	return cells
}
