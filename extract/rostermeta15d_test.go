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
	return cells
}
