package extract

import "strings"

// Session 16's cells for rost16b (issue 12), in the team's own words
// (never copied), each class with traps beside it.

// storyCells16b are rost16b's cells, appended to storyGrid.
func storyCells16b() []storyCell {
	return append(storyCellsSpeechVerbs(),
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
// attribution in another inflection or tense.
var metaRows16b = func() []metaRow {
	var rows []metaRow
	for _, v := range speechVerbForms16[1:] {
		rows = append(rows, sub("speech/"+v[2], "” said ", "” "+v[2]+" "), sub("speech/"+v[1], "” says ", "” "+v[1]+" "))
	}
	return append(rows, sub("speech/say", "” says ", "” say "))
}()
