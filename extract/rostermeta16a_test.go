package extract

import (
	"testing"
)

// Session 16's cells of storyGrid for rost16a (issue 12): a person across
// a story — named in full once, then "Dr. Surname", the surname or "she",
// the facts that make them a resident and give their school said only in
// those later mentions — in the team's own words (never copied), each with
// traps beside it.

// storyCells16a are rost16a's cells, appended to storyGrid.
func storyCells16a() []storyCell {
	return storyCells16aTeaser()
}

// storyCells16aTeaser are class 1's cells: a medical school's news page
// about something else (its president emeritus on the physician shortage,
// international graduates as an aggregate, acceptance rates), then a
// "Related reading" teaser that names one graduate in full with her MD's
// class year and the school she is one of the many graduates of, and says
// in a later mention, "Dr. Mensah", "Mensah" or "she", that she is a first-year
// resident — once with a word an edit left between the subject and its
// verb ("Dr. Mensah hopes is a first-year …"). Traps: the page without the
// teaser, a hope to become a resident or to match, a student, an
// attending, a residency in the past, and a second Mensah who is the
// resident (the school is the first Mensah's).
func storyCells16aTeaser() []storyCell {
	page := func(teaser string) string {
		return "Windward University School of Medicine News\n\nPresident Emeritus Warns of a Growing Physician Shortage\n\n" +
			"Dr. Harold Finch, president emeritus of Windward University School of Medicine, spoke last week about the shortage of physicians in rural counties. \"Medical schools in the US have low acceptance rates, and the country needs more doctors,\" Dr. Finch said.\n\n" +
			"He noted that international medical graduates, like those from Windward University School of Medicine, fill many residency positions in primary care.\n\n" +
			"Related reading\n\n" + teaser + "\n\nDr. Mensah speaks about her experience as an international medical student and what drew her back home."
	}
	roe := []string{"Sam Mensah | Windward University School of Medicine |  | "}
	var cells []storyCell
	for _, intro := range []struct{ key, subj, pred string }{
		{"many", "Sam Mensah, MD '22,", "is only one of the many Windward University School of Medicine graduates who are returning to their hometowns to practice."},
		{"curly", "Sam Mensah, MD ’22,", "is one of many Windward University School of Medicine graduates going back to the towns they grew up in."},
		{"alumni", "Sam Mensah, MD '22,", "is one of our Windward University School of Medicine alumni returning home to practice."},
		{"graduate-of", "Sam Mensah, MD '22,", "is a graduate of Windward University School of Medicine who went back home to practice."},
		{"earned", "Sam Mensah", "earned her MD from Windward University School of Medicine in 2022 and went back home to practice."},
	} {
		// the role first, the school's sentence after it
		cells = append(cells, storyCell{"teaser/role-first/" + intro.key, page("Dr. Sam Mensah is a first-year family medicine resident in Ohio. She " + intro.pred), roe})
		intro := struct{ key, text string }{intro.key, intro.subj + " " + intro.pred}
		for _, role := range []struct{ key, text string }{
			{"stray-hopes", "Dr. Mensah hopes is a first-year family medicine resident in Ohio, close to the town where she grew up."},
			{"stray-says", "Dr. Mensah says is now a first-year family medicine resident in Ohio."},
			{"dr", "Dr. Mensah is a first-year family medicine resident in Ohio, close to the town where she grew up."},
			{"surname", "Mensah is now a first-year family medicine resident in Ohio."},
			{"she", "She is a first-year family medicine resident in Ohio."},
			{"fronted", "Today, Dr. Mensah is a first-year family medicine resident in Ohio."},
			{"fronted-she", "This year, she is a first-year resident in family medicine in Ohio."},
		} {
			cells = append(cells, storyCell{"teaser/" + intro.key + "/" + role.key, page(intro.text + " " + role.text), roe})
			if role.key != "she" && role.key != "fronted-she" {
				cells = append(cells, storyCell{"teaser/paragraph/" + intro.key + "/" + role.key, page(intro.text + "\n\nHer story begins in a small town.\n\n" + role.text), roe})
			}
		}
	}
	for _, tr := range []struct{ key, text string }{
		{"no-teaser", "Windward University School of Medicine graduates practice in 40 states."},
		{"hopes-to-become", "Sam Mensah, MD '22, is one of the many Windward University School of Medicine graduates who are returning home. Dr. Mensah hopes to become a family medicine resident in Ohio."},
		{"hopes-to-match", "Sam Mensah is one of the many Windward University School of Medicine students returning home. Dr. Mensah hopes to match into a family medicine residency in Ohio next year."},
		{"student", "Sam Mensah is one of the many Windward University School of Medicine students returning home. Mensah is a fourth-year medical student who will apply to family medicine residencies."},
		{"attending", "Sam Mensah, MD '02, is one of the many Windward University School of Medicine graduates who returned home. Dr. Mensah is an attending physician in Ohio who teaches residents."},
		{"was-resident", "Sam Mensah, MD '02, is one of the many Windward University School of Medicine graduates who returned home. Dr. Mensah was a family medicine resident in Ohio and now runs a clinic there."},
		{"applicants", "More than 4,000 graduates of medical schools applied to family medicine residencies last year, and Windward University School of Medicine graduates were among them."},
	} {
		cells = append(cells, storyCell{"trap/teaser/" + tr.key, page(tr.text), nil})
	}
	// two people with one surname: the school is the first Mensah's, the
	// residency the second's
	cells = append(cells, storyCell{"teaser/two-roes", page("Sam Mensah, MD '02, is one of the many Windward University School of Medicine graduates who returned home to teach. Her son, Dr. Ben Mensah, is a first-year family medicine resident in Ohio."), []string{"Ben Mensah |  |  | "}})
	return cells
}

// TestRelRepairedSubject holds relRepairedSubject to its two repairs: a
// phrase fronted before one word, a pronoun or a titled surname; a stray
// verb after a name; nothing else.
func TestRelRepairedSubject(t *testing.T) {
	for _, c := range []struct {
		give, want string
		ok         bool
	}{
		{"This year, Doe", "Doe", true},
		{"Now, Dr. Doe", "Dr. Doe", true},
		{"Today, she", "She", true},
		{"Like many of her classmates, Doe", "Doe", true},
		{"Dr. Roe hopes", "Dr. Roe", true},
		{"Sam Roe says", "Sam Roe", true},
		{"In 2015, Doe", "", false},             // a year: a residency then
		{"Ana Ruiz, Doe", "", false},            // no fronted phrase
		{"This year, the new class", "", false}, // no mention
		{"Dr. Roe hopes to", "", false},
		{"the program hopes", "", false},
		{"Dr. Roe Hopes", "", false},
	} {
		got, ok := relRepairedSubject(c.give)
		if got != c.want || ok != c.ok {
			t.Errorf("relRepairedSubject(%q) = %q, %v; want %q, %v", c.give, got, ok, c.want, c.ok)
		}
	}
}

// TestPredicateSchool: what a sentence says after a mention of a resident
// gives the school when it is a graduate's noun or a school's verb, and
// none when it is a plan, a hope or another noun.
func TestPredicateSchool(t *testing.T) {
	for _, c := range []struct{ give, want string }{
		{", MD '22, is only one of the many Lakeside University School of Medicine graduates who came home.", "Lakeside University School of Medicine"},
		{", MD ’22, is one of our Lakeside University School of Medicine alumni.", "Lakeside University School of Medicine"},
		{" is a graduate of St. Luke's University School of Medicine in Grand Cayman.", "St. Luke's University School of Medicine in Grand Cayman"},
		{", who grew up in Ohio, earned her MD from Lakeside University School of Medicine.", "Lakeside University School of Medicine"},
		{", a graduate of Lakeside University School of Medicine, is a first-year resident.", "Lakeside University School of Medicine"},
		{" hopes to graduate from Lakeside University School of Medicine.", ""},
		{" plans to study medicine at Lakeside University School of Medicine.", ""},
		{" is one of the many Lakeside University School of Medicine students who came home.", ""},
		{" is a Lakeside University School of Medicine graduates' mentor.", ""},
		{" teaches graduates of Lakeside University School of Medicine.", ""},
	} {
		if got := predicateSchool(c.give); got != c.want {
			t.Errorf("predicateSchool(%q) = %q, want %q", c.give, got, c.want)
		}
	}
}
