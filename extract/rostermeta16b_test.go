package extract

import (
	"slices"
	"strings"
)

// Session 16's cells for rost16b (issue 12), in the team's own words
// (never copied), each class with traps beside it.

// storyCells16b are rost16b's cells, appended to storyGrid.
func storyCells16b() []storyCell {
	return append(slices.Concat(storyCellsSpeechVerbs(), storyCellsFronted(), storyCellsEnded()),
		// a lead-in that welcomes residents over the story's byline: the
		// writer is no one in a list
		storyCell{"trap/lead-in/staff-writer", "Welcome, new interns!\nJane Roe, Staff Writer\nMarch 3, 2026\n\nOur new interns arrived in June.", nil},
	)
}

// speechVerbForms16 are verbs of saying in their forms (base, third
// person, past), written here apart from the readers' lexicon.
var speechVerbForms16 = [][3]string{
	{"say", "says", "said"}, {"add", "adds", "added"}, {"note", "notes", "noted"},
	{"explain", "explains", "explained"}, {"recall", "recalls", "recalled"}, {"share", "shares", "shared"},
	{"remark", "remarks", "remarked"}, {"reflect", "reflects", "reflected"}, {"observe", "observes", "observed"},
}

// storyCellsSpeechVerbs are class 2's cells: department news on its new
// interns quotes one of them with a verb of saying in any inflection or
// tense, before the name ('"…," say Omar Haddad, MD, PhD, as he …',
// '"…," recalled Omar Haddad') or after it ('Omar Haddad reflects, "…"').
// Traps: a staff role after the name whatever the verb, a verb of a person
// spoken to ('told Omar Haddad'), a name after a clause's opener ('As Omar
// Haddad noted, we …', the writer's own sentence).
func storyCellsSpeechVerbs() []storyCell {
	var cells []storyCell
	haddad := []string{"Omar Haddad |  |  | "}
	page := func(s string) string {
		return "Welcome, new interns!\n\nInternal Medicine Department Update\n\nOur new interns arrived in June and have already met their first patients. " + s + " Dr. Haddad chose our program for its clinic in the hills.\n\nOrientation runs through the first week of July."
	}
	quote := "“Everyone I met on interview day asked about my family first,”"
	for _, v := range speechVerbForms16 {
		for i, form := range v {
			for _, deg := range []struct{ key, text string }{
				{"md-phd-as", ", MD, PhD, as he thinks back on his visit."},
				{"bare", "."},
			} {
				cells = append(cells, storyCell{"speech-verb/before/" + form + "/" + deg.key, page(quote + " " + form + " Omar Haddad" + deg.text), haddad})
			}
			if i > 0 {
				cells = append(cells,
					storyCell{"speech-verb/after/" + form, page(quote + " Omar Haddad " + form + "."), haddad},
					storyCell{"speech-verb/after-lead/" + form, page("Omar Haddad " + form + ", " + strings.Replace(quote, ",”", ".”", 1)), haddad},
				)
			}
		}
	}
	for _, tr := range []struct{ key, text string }{
		{"chair-adds", quote + " adds Omar Haddad, MD, PhD, chair of the department."},
		{"director-say", quote + " say Omar Haddad, MD, and the program director."},
		{"professor-recalled", quote + " recalled Omar Haddad, MD, professor of medicine."},
		{"told", quote + " the chair told Omar Haddad, MD, at the welcome dinner."},
		{"as-noted", "As Omar Haddad noted, " + strings.TrimSuffix(strings.TrimPrefix(quote, "“"), ",”") + "."},
		{"base-no-quote", "Many say Omar Haddad, MD, is the reason the clinic opened."},
	} {
		p := page(tr.text)
		if strings.HasPrefix(tr.key, "as-") || strings.HasPrefix(tr.key, "base-") {
			p = strings.Replace(p, " Dr. Haddad chose our program for its clinic in the hills.", "", 1) // (his own residency named, he would be one)
		}
		cells = append(cells, storyCell{"trap/speech-verb/" + tr.key, p, nil})
	}
	return cells
}

// metaRows16b are rost16b's perturbations: the verb of a quotation's
// attribution in another inflection or tense; a residency's end in
// another noun.
var metaRows16b = func() []metaRow {
	var rows []metaRow
	for _, v := range speechVerbForms16[1:] {
		rows = append(rows, sub("speech/"+v[2], "” said ", "” "+v[2]+" "), sub("speech/"+v[1], "” says ", "” "+v[1]+" "))
	}
	return append(rows, sub("speech/say", "” says ", "” say "),
		// the residency's end in another noun
		sub("ended/graduation-of", "the departure of", "the graduation of"),
		sub("ended/departure-possessive", "Sam Oduya's graduation", "Sam Oduya's departure"))
}()

// storyCellsFronted are class 1's cells: a regional paper's story of a
// white-coat ceremony for new residents (the dean quoted first, the
// residents counted by hospital and by the countries they come from),
// then a resident quoted in a sentence that opens with a clause of the
// circumstance ("Asked what he thought of the move, Luis Prado, from
// Quito, Ecuador, said: …", "Speaking in Portuguese, …"): the speaker is
// the name after the clause, the hometown an aside (no school, no
// country). Traps: the dean after such a clause, a speaker the clause
// sets to speak to the residents, a speaker looking back on a year, a
// speaker who told the residents, the page with no resident quoted.
func storyCellsFronted() []storyCell {
	var cells []storyCell
	story := func(s string) string {
		return "New doctors get their white coats in the Delta\n\nMERIDIAN — Thirty-six new resident physicians put on their white coats Saturday at a ceremony held by the Delta College of Medicine.\n\n" +
			"“Today you join a profession that asks everything of you,” said Dr. Ruth Lang, founding dean of the college.\n\n" +
			"Twenty of the new residents will train at Delta Regional Hospital and sixteen at Riverside Medical Center. They come from Ecuador, Brazil, Nigeria, Haiti and Mississippi.\n\n" +
			s + "\n\nThe residents start their first rotations next month."
	}
	prado := []string{"Luis Prado |  |  | "}
	words := "“Everyone here has made me feel at home.”"
	for _, fr := range []struct{ key, text string }{
		{"asked-what", "Asked what he thought about moving to the Delta,"},
		{"when-asked", "When asked about the move,"},
		{"speaking-in", "Speaking in Portuguese,"},
		{"reflecting", "Reflecting on the long road to this day,"},
		{"two-commas", "Asked how it felt, after six years of study,"},
		{"at-ceremony", "At the ceremony,"},
	} {
		for _, as := range []struct{ key, text string }{
			{"from", ", from Quito, Ecuador,"},
			{"of", ", of Quito, Ecuador,"},
			{"age-of", ", 29, of Quito, Ecuador,"},
			{"none", ""},
		} {
			for _, v := range []struct{ key, text string }{
				{"said-colon", " said: " + words},
				{"says", " says, " + words},
			} {
				cells = append(cells, storyCell{"fronted/" + fr.key + "/" + as.key + "/" + v.key, story(fr.text + " Luis Prado" + as.text + v.text), prado})
			}
		}
	}
	cells = append(cells,
		storyCell{"fronted/two-residents", story("Asked what he thought about moving to the Delta, Luis Prado, from Quito, Ecuador, said: " + words + "\n\nSpeaking in Portuguese, Ana Reis, of Recife, Brazil, said: “I am ready to start.”"), []string{"Luis Prado |  |  | ", "Ana Reis |  |  | "}},
		storyCell{"fronted/of-no-comma", story("When asked what he thought, Luis Prado of Quito, Ecuador, said: " + words), prado},
		storyCell{"fronted/from-no-comma-dr", story("Speaking in Portuguese, Dr. Luis Prado from Quito, Ecuador, said: " + words), prado},
		storyCell{"hometown-when-asked", story(strings.Replace(words, ".”", ",”", 1) + " said Luis Prado, from Quito, Ecuador, when asked about the move."), prado},
		storyCell{"hometown-as-he", story(strings.Replace(words, ".”", ",”", 1) + " said Luis Prado, 29, of Quito, Ecuador, as he thanked his family."), prado},
		storyCell{"fronted/html", "<html><body><h1>New doctors get their white coats in the Delta</h1><p>Thirty-six new resident physicians put on their white coats Saturday.</p><p>“Today you join a profession that asks everything of you,” said Dr. Ruth Lang, founding dean of the college.</p><p>Asked what he thought about moving to the Delta, Luis Prado, from Quito, Ecuador, said: " + words + "</p></body></html>", prado},
	)
	for _, tr := range []struct{ key, text string }{
		{"dean", "Asked what the day meant, Dr. Ruth Lang, founding dean of the college, said: " + words},
		{"director", "When asked about the class, Luis Prado, the program director, said: " + words},
		{"to-residents", "Speaking to the new residents, Luis Prado said: " + words},
		{"to-residents-aside", "Speaking to the new residents, Luis Prado, of Quito, Ecuador, said: " + words},
		{"year", "Recalling his own white coat in 1998, Luis Prado said: " + words},
		{"told", "Prado told the residents: " + words},
		{"writer-clause", "As Luis Prado said, " + strings.Trim(words, "“”")},
		{"none", "The ceremony ended with the oath."},
		{"of-college", "When asked about the class, Ruth Lang of Delta College, Meridian, said: " + words},
		{"when-asked-faculty", strings.Replace(words, ".”", ",”", 1) + " said Luis Prado, from Quito, Ecuador, when asked about his years on the faculty."},
		{"when-asked-alumnus", strings.Replace(words, ".”", ",”", 1) + " said Luis Prado, from Quito, Ecuador, as he recalled his residency here in 2009."},
	} {
		cells = append(cells, storyCell{"trap/fronted/" + tr.key, story(tr.text), nil})
	}
	return cells
}

// storyCellsEnded are class 3's cells: a faculty editor's post on a
// residency's blog that says goodbye to a graduating resident, the
// residency's end said as a noun or a gerund of the resident ("the
// departure of Sam Oduya from the residency and start of his fellowship",
// "Sam Oduya's graduation from our program", "congratulations to Sam
// Oduya on completing residency"), signed by the editor. Traps: a program
// coordinator's departure, a director's retirement or graduation of
// another kind, a graduation from medical school, an end dated in a past
// year, a faculty member's departure.
func storyCellsEnded() []storyCell {
	var cells []storyCell
	oduya := []string{"Sam Oduya |  |  | "}
	post := func(s string) string {
		return "Residency Blog\n\nSummer Notes\n\nJuly is a month of change for our residency. " + s + " Sam ran our wellness committee for three years. Good luck to you Dr. Oduya!\n\n-Alex Marsh, MD"
	}
	for _, c := range []struct{ key, text string }{
		{"departure-start", "With the departure of Sam Oduya from the residency and start of his critical care fellowship, our call schedule changes."},
		{"departure-year-after", "With the departure of Sam Oduya from the residency and start of his critical care fellowship in July 2031, our call schedule changes."},
		{"departure-our-own", "With the departure of our own Sam Oduya from the residency and start of his critical care fellowship, our call schedule changes."},
		{"graduation-of", "The graduation of Sam Oduya from our program leaves a gap on the wards."},
		{"possessive-graduation", "Sam Oduya's graduation from our program leaves a gap on the wards."},
		{"possessive-departure", "Dr. Sam Oduya's departure from the residency leaves a gap on the wards."},
		{"possessive-completion", "Sam Oduya’s completion of his residency leaves a gap on the wards."},
		{"congrats-completing", "Congratulations to Sam Oduya on completing residency!"},
		{"congrats-finishing", "Congratulations to Dr. Sam Oduya on finishing the internal medicine residency."},
		{"congrats-graduation", "Congratulations to Sam Oduya on his graduation from the program."},
		{"congrats-graduating", "Congratulations to Sam Oduya on graduating from our residency program."},
	} {
		cells = append(cells, storyCell{"ended/" + c.key, post(c.text), oduya})
	}
	for _, tr := range []struct{ key, text string }{
		{"coordinator", "With the departure of our program coordinator Sam Oduya from the residency, our call schedule changes."},
		{"director", "Congratulations to Dr. Sam Oduya on the completion of his term as program director."},
		{"retirement", "With the retirement of Dr. Sam Oduya, our program director, the residency changes."},
		{"medical-school", "Congratulations to Sam Oduya on his graduation from medical school."},
		{"past-year", "Sam Oduya's graduation from the residency in 2014 is still remembered on the wards."},
		{"faculty-possessive", "Sam Oduya's departure from the residency after ten years on the faculty leaves a gap."},
	} {
		cells = append(cells, storyCell{"trap/ended/" + tr.key, post(tr.text), nil})
	}
	return cells
}

// storyPages16RootFirstName are class 4's cells: a resident's bio at the
// site's root, its address the first name alone ("/gillian"), the text
// opening with the first name and nicknames, an undergraduate degree at a
// US institute, then the medical studies abroad, and the person's own
// residency said in passing ("prior to residency", "when residency
// allows"): no folder says whose page it is, so the bio must. Traps: a
// faculty member's bio ("joined our faculty"), a medical student's, a bio
// that names no residency of the person's, a root page that is no one's
// ("/wellness"), an alumna's, a page in a folder that is not the
// residents'.
func storyPages16RootFirstName() []storyPage {
	at := "https://www.harborfamilymed.org/gillian"
	uwi := []string{"Gillian | University of the West Indies | Jamaica | "}
	open := "Gillian, Gilly or “Songbird” (a name she earned for singing on night shifts), completed her undergraduate degree in Biochemistry at the Rochester Institute of Technology and returned to Jamaica for her medical studies at the University of the West Indies."
	bio := func(s string) string { return "Gillian\n" + s }
	pages := []storyPage{
		{"root-first-name/prior-allows", at, bio(open + " She practiced as a general physician in Montego Bay prior to residency. She loves to bake when residency allows!"), uwi},
		{"root-first-name/slash", at + "/", bio(open + " She worked in a rural clinic before residency and paints in her spare time."), uwi},
		{"root-first-name/html-file", at + ".html", "<html><head><title>Gillian | Harbor Family Medicine</title></head><body><h1>Gillian</h1><p>" + open + "</p><p>She taught anatomy prior to residency. She swims whenever residency allows.</p></body></html>", uwi},
		{"root-first-name/co-residents", at, bio(open + " She cooks Sunday dinners for her co-residents."), uwi},
		{"root-first-name/is-resident", at, bio(open + " She is a second-year resident who loves gardening."), uwi},
		{"root-first-name/he", "https://harborfamilymed.org/tomas", "Tomas\nTomas, or Tom to his friends, studied engineering at the Harbor Institute of Technology before he moved back to Peru for his medical studies at the Universidad Nacional de Trujillo. He plays the guitar during residency breaks and ran a clinic in Lima prior to residency.",
			[]string{"Tomas | Universidad Nacional de Trujillo | Peru | "}},
		{"root-first-name/college-only", at, bio("Gillian earned a bachelor's degree in biology at the Rochester Institute of Technology. She coached her swim club prior to residency and loves to bake when residency allows."), []string{"Gillian |  |  | "}},
		// traps
		{"trap/root-first-name/faculty", at, bio(open + " She joined our faculty after years in practice and teaches whenever residency schedules allow. She mentors residents during residency."), nil},
		{"trap/root-first-name/student", at, bio("Gillian is a fourth-year medical student at the University of the West Indies. She hopes to cook more when residency allows."), nil},
		{"trap/root-first-name/no-residency", at, bio(open + " She loves to bake and paint."), nil},
		{"trap/root-first-name/alumna", at, bio(open + " She completed her residency here and practiced in Kingston prior to residency teaching."), nil},
		{"trap/root-first-name/wellness", "https://www.harborfamilymed.org/wellness", "Wellness\nWellness matters to every resident. Each intern meets her or his mentor monthly, before residency ends, and she or he plans a retreat.", nil},
		{"trap/root-first-name/other-folder", "https://www.harborfamilymed.org/team/gillian", bio(open + " She practiced in Montego Bay prior to residency."), nil},
		{"trap/root-first-name/other-name", at, "Maya\nMaya, Gilly to her friends, returned to Jamaica for her medical studies at the University of the West Indies. She baked bread prior to residency.", nil},
	}
	return pages
}
