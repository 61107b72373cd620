package extract

import (
	"slices"
	"strings"
	"testing"
)

// Session 16's cells of storyGrid for rost16a (issue 12): a person across
// a story — named in full once, then "Dr. Surname", the surname or "she",
// the facts that make them a resident and give their school said only in
// those later mentions — in the team's own words (never copied), each with
// traps beside it.

// storyCells16a are rost16a's cells, appended to storyGrid.
func storyCells16a() []storyCell {
	return slices.Concat(storyCells16aTeaser(), storyCells16aFeature(), storyCells16aChief())
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

// storyCells16aFeature are class 2's cells: a local paper's feature on a
// hospital's residency programs, its first resident introduced in full and
// made a resident by his bare surname ("Hale is one of 66 residents at
// …"), the second introduced in full doing a transitional year, quoted,
// and made a first-year resident only by a later mention behind a fronted
// phrase ("This year, Osei is a first-year resident in …"), in the same
// paragraph or paragraphs later. Traps: the director of medical education
// and the applicants the story counts; the second man an attending, a
// student, hoping to match, a resident in the past; a second Osei, an
// attending, the story names in full (the surname is no longer one
// person's).
func storyCells16aFeature() []storyCell {
	feature := func(second string) string {
		return "Inside the hospital's residency programs\n\n" +
			"Dr. Mike Hale rises before the sun to round on his patients at Lakeside Regional Medical Center.\n\n" +
			"Hale is one of 66 residents at Lakeside Regional, which trains doctors in family medicine, internal medicine and obstetrics.\n\n" +
			"More than 4,000 medical school graduates applied for the hospital's positions this year, said Dr. Carol Webb, the director of medical education.\n\n" +
			second + "\n\nNurses on the unit say the residents bring energy to the floors."
	}
	both := []string{"Mike Hale |  |  | ", "Matt Osei |  |  | "}
	hale := []string{"Mike Hale |  |  | "}
	quote := "\"It's been a very positive experience,\" he said. \"The attendings know every resident by name.\""
	var cells []storyCell
	for _, intro := range []struct{ key, text string }{
		{"transitional", "Dr. Matt Osei was at Lakeside Regional last year doing a transitional year of residency."},
		{"spent", "Matt Osei spent last year at Lakeside Regional in its transitional year program."},
	} {
		for _, role := range []struct{ key, text string }{
			{"this-year", "This year, Osei is a first-year resident in obstetrics and gynecology."},
			{"now-dr", "Now, Dr. Osei is a first-year resident in obstetrics and gynecology."},
			{"these-days", "These days, Osei is a PGY-1 in obstetrics and gynecology."},
			{"since", "Since July, Osei is one of the hospital's first-year residents in obstetrics."},
			{"bare", "Osei is now a first-year obstetrics and gynecology resident."},
			{"he", "This year, he is a first-year resident in obstetrics and gynecology."},
			{"now-no-comma", "Now Osei is a first-year resident in obstetrics and gynecology."},
		} {
			cells = append(cells, storyCell{"feature/one-paragraph/" + intro.key + "/" + role.key, feature(intro.text + " " + quote + " " + role.text), both})
			if role.key == "he" {
				continue // (a pronoun refers within its paragraph)
			}
			cells = append(cells,
				storyCell{"feature/paragraphs/" + intro.key + "/" + role.key, feature(intro.text + "\n\n" + quote + "\n\n" + role.text), both},
				storyCell{"feature/role-first/" + intro.key + "/" + role.key, feature(role.text + "\n\n" + intro.text), both},
			)
		}
	}
	// the pronoun opens the paragraph after the quotes' paragraph
	for _, he := range []string{"He is now a first-year resident in obstetrics and gynecology.", "This year, he is a first-year resident in obstetrics and gynecology."} {
		cells = append(cells, storyCell{"feature/he-paragraph/" + strings.Fields(he)[0], feature("Dr. Matt Osei was at Lakeside Regional last year doing a transitional year of residency.\n\n" + quote + "\n\n" + he), both})
	}
	intro := "Dr. Matt Osei was at Lakeside Regional last year doing a transitional year of residency.\n\n" + quote + "\n\n"
	cells = append(cells, storyCell{"trap/feature/she-after-director", feature("She is now a first-year resident in obstetrics and gynecology."), hale})
	for _, tr := range []struct{ key, text string }{
		{"attending", "This year, Osei is an attending in obstetrics and gynecology."},
		{"student", "This year, Osei is a fourth-year medical student who will apply to obstetrics."},
		{"hopes", "This year, Osei hopes to match into obstetrics and gynecology."},
		{"past", "Last year, Osei was a first-year resident in obstetrics and gynecology."},
		{"year", "In 2015, Osei was named chief resident in obstetrics and gynecology."},
	} {
		cells = append(cells, storyCell{"trap/feature/" + tr.key, feature(intro + tr.text), hale})
	}
	cells = append(cells, storyCell{"trap/feature/two-oseis", feature(intro + "Dr. Ann Osei, an attending in obstetrics, teaches the new doctors.\n\nThis year, Osei is a first-year resident in obstetrics and gynecology."), hale})
	return cells
}

// storyCells16aChief are class 3's cells: a chief residents' newsletter
// kept as a content file or a page, each entry a name line ("name: Venkat
// Rao, MD") over a content block that makes him a chief resident and, in
// another sentence, a lead apposition, a predicate or a pronoun's, names
// his school (one with an abbreviation's dot, "St. Luke's"); an assistant
// program director's entry after it. Traps: the school's sentence about
// the director, a second Rao on the page (the surname no longer his),
// a plan to study, and the director's entry alone.
func storyCells16aChief() []storyCell {
	rao := []string{"Venkat Rao | St. Luke's University School of Medicine in Grand Cayman |  | "}
	raoNoSchool := []string{"Venkat Rao |  |  | "}
	school := "St. Luke's University School of Medicine in Grand Cayman"
	director := "Dr. Price is our assistant program director. A graduate of Harbor State College of Medicine, she completed her residency here in 2012."
	keyed := func(content string) string {
		return "chiefResidents:\n  title: Meet Our Chief Residents\n  items:\n    - name: Venkat Rao, MD\n      image: /img/rao.jpg\n      content: >\n        " +
			strings.ReplaceAll(content, "\n\n", "\n\n        ") + "\nassistantProgramDirector:\n  name: Helen Price, MD\n  content: >\n    " + director + "\n"
	}
	plain := func(content string) string {
		return "Chief Residents Newsletter\n\nname: Venkat Rao, MD\n\n" + content + "\n\nname: Helen Price, MD\n\n" + director
	}
	html := func(content string) string {
		return "<html><body><h1>Meet Our Chief Residents</h1><div class=\"entry\"><h3>Venkat Rao, MD</h3><p>" +
			strings.ReplaceAll(content, "\n\n", "</p><p>") + "</p></div><div class=\"entry\"><h3>Helen Price, MD</h3><p>" + director + "</p></div></body></html>"
	}
	join := "Dr. Rao joins our team of Chief Residents this year."
	var cells []storyCell
	for _, sc := range []struct{ key, text string }{
		{"lead", "A graduate of " + school + ", Dr. Rao has a strong interest in medical education."},
		{"lead-as", "As a graduate of " + school + ", Dr. Rao brings a global view to the wards."},
		{"lead-he", "A graduate of " + school + ", he has a strong interest in medical education."},
		{"he-is", "He is a graduate of " + school + " and has a strong interest in medical education."},
		{"dr-earned", "Dr. Rao earned his MD from " + school + "."},
		{"surname-graduated", "Rao graduated from " + school + " and taught anatomy before residency."},
	} {
		for _, f := range []struct {
			key  string
			page func(string) string
		}{{"keyed", keyed}, {"plain", plain}, {"html", html}} {
			cells = append(cells,
				storyCell{"chief/" + f.key + "/" + sc.key, f.page(join + " " + sc.text), rao},
				storyCell{"chief/" + f.key + "/paragraph/" + sc.key, f.page(join + "\n\nHe enjoys teaching on the wards.\n\n" + sc.text), rao},
			)
			if sc.key != "lead-he" && sc.key != "he-is" {
				cells = append(cells, storyCell{"chief/" + f.key + "/school-first/" + sc.key, f.page(sc.text + " " + join), rao})
			}
		}
	}
	for _, tr := range []struct{ key, text string }{
		{"director-lead", join + "\n\nname: Helen Price, MD\n\nA graduate of " + school + ", Dr. Price directs our simulation lab."},
		{"second-rao", join + " A graduate of " + school + ", Dr. Rao directs our simulation lab.\n\nDr. Priya Rao is our program director."},
		{"plans", join + " Dr. Rao plans to study medicine at " + school + " after all."},
	} {
		cells = append(cells, storyCell{"chief/trap-school/" + tr.key, plain(tr.text), raoNoSchool})
	}
	cells = append(cells, storyCell{"trap/chief/director-alone", "Chief Residents Newsletter\n\nname: Helen Price, MD\n\n" + director, nil})
	return cells
}

// relCells16a are the relation grid's cells of a later mention (rost16a):
// a surname, a titled surname or a pronoun behind a fronted phrase, after
// a quotation's close or before a stray verb, bound to the name the
// paragraph opened with; two specialties joined; traps: another role, a
// hope, the past, a second person of the surname.
func relCells16a(page func(string) string) []relCell {
	ruiz := []string{"Ana Ruiz"}
	var cells []relCell
	for _, c := range []struct{ key, text string }{
		{"fronted-surname", "This year, Ruiz is a PGY-2 resident in our program."},
		{"fronted-titled", "Now, Dr. Ruiz is a second-year resident at Lakeside."},
		{"fronted-she", "Today, she is a PGY-2 resident in our program."},
		{"fronted-like", "Like her brother, Ruiz is a first-year resident in the rural track."},
		{"stray", "Dr. Ruiz hopes is a PGY-2 resident in our program."},
		{"after-quote", "\"I love the clinic,\" she said. \"The team is kind.\" This year, Ruiz is a PGY-2 resident."},
		{"after-quote-bare", "“The team is kind.” Ruiz is now an obstetrics and gynecology resident at Lakeside."},
		{"joined", "Dr. Ruiz is an internal medicine and pediatrics resident at Lakeside."},
	} {
		cells = append(cells, relCell{"later-mention/" + c.key, page("Ana Ruiz grew up in Ohio and studied biology. " + c.text), ruiz})
	}
	for _, c := range []struct{ key, text string }{
		{"faculty", "This year, Ruiz is a faculty member who teaches our residents."},
		{"hopes-to", "Dr. Ruiz hopes to become a PGY-1 resident next year."},
		{"past", "In 2015, Ruiz was a resident here."},
		{"student-and", "Ruiz is a medical student and resident advocate at Lakeside."},
		{"second-ruiz", "Dr. Ben Ruiz, an attending, teaches in the clinic. This year, Ruiz is a PGY-2 resident in our program."},
	} {
		cells = append(cells, relCell{"trap/later-mention/" + c.key, page("Ana Ruiz grew up in Ohio and studied biology. " + c.text), nil})
	}
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
		{"\"The attendings know every resident by name.\" This year, Osei", "Osei", true},
		{"“The attendings know us.” Osei", "Osei", true},
		{"\"We know,\" he said. \"It works.\" This year, he", "He", true},
		{"\"It works.\" Ana Ruiz and", "", false},
		{"Now Osei", "Osei", true},
		{"Today Dr. Osei", "Dr. Osei", true},
		{"Ana Osei", "", false},
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

// TestFullNameBefore: a surname refers back to the one full name of it the
// page gave before the mention, or to the page's when none came before;
// to no one when two people of the surname came before (a byline's name
// and a sentence's opener are no person's).
func TestFullNameBefore(t *testing.T) {
	for _, c := range []struct {
		key, give string
		at        int // the mention's block
		want      string
	}{
		{"one", "Dr. Matt Osei spent last year here.\n\nThis year, Osei is a resident.", 1, "Matt Osei"},
		{"short-form", "Dr. Matt Osei spent last year here.\n\nWe met Matthew Osei in June.\n\nOsei is a resident.", 2, "Matt Osei"},
		{"two-before", "Dr. Matt Osei spent last year here.\n\nDr. Ann Osei, an attending, teaches.\n\nOsei is a resident.", 2, ""},
		{"other-after", "Venkat Rao, MD\n\nDr. Rao joins our chief residents.\n\nThe director is Dr. Priya Rao.", 1, "Venkat Rao"},
		{"none-before", "Osei is a resident.\n\nDr. Matt Osei spent last year here.", 0, "Matt Osei"},
		{"byline", "Photos by Tom Osei\n\nDr. Matt Osei spent last year here.\n\nOsei is a resident.", 2, "Matt Osei"},
		{"opener", "Dr. Matt Osei spent last year here.\n\nWhen Osei arrived, he knew no one. Osei is a resident.", 1, "Matt Osei"},
	} {
		got, _ := fullNameBefore(docOf([]byte(c.give)), "Osei", c.at)
		if strings.Contains(c.give, "Rao") {
			got, _ = fullNameBefore(docOf([]byte(c.give)), "Rao", c.at)
		}
		if got != c.want {
			t.Errorf("%s: fullNameBefore = %q, want %q", c.key, got, c.want)
		}
	}
}

// TestAbbrevDotsMasked: an abbreviation's dot before a capitalised word
// is masked, at the same offsets; a sentence's stop and a dot before a
// lower-case word are kept.
func TestAbbrevDotsMasked(t *testing.T) {
	for _, c := range []struct{ give, want string }{
		{"earned his MD from St. Luke's University School of Medicine.", "earned his MD from St  Luke's University School of Medicine."},
		{"studied at Mt. Sinai. He then", "studied at Mt  Sinai. He then"},
		{"graduated from Lakeside University. He then", "graduated from Lakeside University. He then"},
		{"lives on Elm St. and works", "lives on Elm St. and works"},
	} {
		if got := abbrevDotsMasked(c.give); got != c.want {
			t.Errorf("abbrevDotsMasked(%q) = %q, want %q", c.give, got, c.want)
		}
	}
}
