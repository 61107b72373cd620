package extract

import (
	"strings"
	"testing"
)

// Session 16's cells of the relation grid (issue 12, rost16c): lists and
// lines, in the team's own words (never copied).

// relCells16Carried are the cells of a handbook's credits whose entry
// carries its names to the lines after its topic (class 1): under
// "# Resident Editors", a line "Physical Medicine & Rehabilitation:" with
// nothing after the colon, then a name a line ("Jon Abel, MD," … "and Lena
// Brook, MD"), then more one-line entries; the editors-in-chief above,
// "Nora Vance, MD & Tom Lind, MD", one of them an editor of a topic too
// (the pair shares her standing; a person listed twice counts once); the
// faculty reviewers below in the same shape give no one. Traps: the same
// sections with no resident section, a topic's names under a faculty
// advisors' label, a chief's pair whose other is a faculty reviewer, the
// pair with no resident named again, an alumni list, a site's menu line.
func relCells16Carried() []relCell {
	title := "Riverside Internal Medicine Resident Handbook\n\nThe handbook is revised by the residents each spring. Send corrections to the chiefs.\n\n"
	chiefs := "# Editors-in-Chief\nNora Vance, MD & Tom Lind, MD\n\n"
	faculty := "\n# Faculty Reviewers\nCardiology: Mark Stone, MD\nPhysical Medicine & Rehabilitation:\nEllen Ward, MD,\nand Paul Kim, MD\nNephrology: Rosa Diaz, MD\n"
	carried := []struct{ key, text string }{
		{"commas-and", "Physical Medicine & Rehabilitation: \nJon Abel, MD,\nKira Stone, MD,\nOmar Hadi, DO,\nand Lena Brook, MD\n"},
		{"no-commas", "Physical Medicine & Rehabilitation:\nJon Abel, MD\nKira Stone, MD\nOmar Hadi, DO\nLena Brook, MD\n"},
		{"ampersand", "Physical Medicine and Rehabilitation:\nJon Abel, MD,\nKira Stone, MD,\nOmar Hadi, DO &\nLena Brook, MD\n"},
		{"titles", "Physical Medicine & Rehabilitation:\nDr. Jon Abel,\nDr. Kira Stone,\nDr. Omar Hadi and\nDr. Lena Brook\n"},
		{"two-a-line", "Physical Medicine & Rehabilitation:\nJon Abel, MD, Kira Stone, MD,\nOmar Hadi, DO, and Lena Brook, MD\n"},
	}
	all := []string{"Dev Mallory", "Felix Orton", "Jon Abel", "Kira Stone", "Lena Brook", "Nora Vance", "Omar Hadi", "Priya Nand", "Ruth Castel", "Tom Lind"}
	var cells []relCell
	for _, c := range carried {
		// the carried entry between one-line entries, first, and last
		mid := "# Resident Editors\nCardiology: Felix Orton, MD\nHepatology: Priya Nand, MD & Nora Vance, MD\n" + c.text + "Nephrology: Ruth Castel, MD\nOncology: Dev Mallory, MD\n"
		first := "# Resident Editors\n" + c.text + "Cardiology: Felix Orton, MD\nHepatology: Priya Nand, MD & Nora Vance, MD\nNephrology: Ruth Castel, MD\nOncology: Dev Mallory, MD\n"
		last := "# Resident Editors\nCardiology: Felix Orton, MD\nHepatology: Priya Nand, MD & Nora Vance, MD\nNephrology: Ruth Castel, MD\nOncology: Dev Mallory, MD\n" + c.text
		cells = append(cells,
			relCell{"carried/" + c.key + "/middle", title + chiefs + mid + faculty, all},
			relCell{"carried/" + c.key + "/first", title + chiefs + first + faculty, all},
			relCell{"carried/" + c.key + "/last", title + chiefs + last + faculty, all},
			relCell{"carried/" + c.key + "/no-chiefs", title + mid + faculty, without(all, "Tom Lind")},
			// traps: the same entry under faculty alone, and under an
			// alumni heading
			relCell{"trap/carried/" + c.key + "/faculty", title + strings.Replace(faculty, "Physical Medicine & Rehabilitation:\nEllen Ward, MD,\nand Paul Kim, MD\n", c.text, 1), nil},
			relCell{"trap/carried/" + c.key + "/alumni", title + "# Past Resident Editors\nCardiology: Felix Orton, MD\n" + c.text + "Nephrology: Ruth Castel, MD\n", nil},
		)
	}
	mid := func(entry string) string {
		return "# Resident Editors\nCardiology: Felix Orton, MD\nHepatology: Priya Nand, MD & Nora Vance, MD\n" + entry + "Nephrology: Ruth Castel, MD\n"
	}
	cells = append(cells,
		// a topic's names in HTML: paragraphs, and lines parted by <br>
		relCell{"carried/html-p", "<html><body><main><h1>Resident Handbook</h1><h2>Editors-in-Chief</h2><p>Nora Vance, MD &amp; Tom Lind, MD</p><h2>Resident Editors</h2><p>Cardiology: Felix Orton, MD</p><p>Hepatology: Priya Nand, MD &amp; Nora Vance, MD</p><p>Physical Medicine &amp; Rehabilitation:</p><p>Jon Abel, MD,</p><p>Kira Stone, MD,</p><p>and Lena Brook, MD</p><p>Nephrology: Ruth Castel, MD</p><h2>Faculty Reviewers</h2><p>Cardiology: Mark Stone, MD</p><p>Physical Medicine &amp; Rehabilitation:</p><p>Ellen Ward, MD, and Paul Kim, MD</p></main></body></html>",
			[]string{"Felix Orton", "Jon Abel", "Kira Stone", "Lena Brook", "Nora Vance", "Priya Nand", "Ruth Castel", "Tom Lind"}},
		relCell{"carried/html-br", "<html><body><main><h1>Resident Handbook</h1><h2>Resident Editors</h2><p>Cardiology: Felix Orton, MD<br>Hepatology: Priya Nand, MD<br>Physical Medicine &amp; Rehabilitation:<br>Jon Abel, MD,<br>Kira Stone, MD,<br>and Lena Brook, MD<br>Nephrology: Ruth Castel, MD</p><h2>Faculty Reviewers</h2><p>Cardiology: Mark Stone, MD<br>Physical Medicine &amp; Rehabilitation:<br>Ellen Ward, MD,<br>and Paul Kim, MD</p></main></body></html>",
			[]string{"Felix Orton", "Jon Abel", "Kira Stone", "Lena Brook", "Priya Nand", "Ruth Castel"}},
		// a plain page: the section's line with no mark
		relCell{"carried/plain-heading", title + "Resident Editors\n\nCardiology: Felix Orton, MD\nPhysical Medicine & Rehabilitation:\nJon Abel, MD,\nKira Stone, MD,\nand Lena Brook, MD\nNephrology: Ruth Castel, MD\n",
			[]string{"Felix Orton", "Jon Abel", "Kira Stone", "Lena Brook", "Ruth Castel"}},
		// a faculty advisors' label among the residents: its names are theirs
		relCell{"carried/advisors-label", title + mid("Faculty Advisors:\nMark Stone, MD,\nand Ellen Ward, MD\nPhysical Medicine & Rehabilitation:\nJon Abel, MD,\nand Lena Brook, MD\n"),
			[]string{"Felix Orton", "Jon Abel", "Lena Brook", "Nora Vance", "Priya Nand", "Ruth Castel"}},
		// the chiefs' pair: the other a faculty reviewer, or neither named again
		relCell{"carried/chief-pair-faculty", title + "# Editors-in-Chief\nNora Vance, MD & Mark Stone, MD\n\n" + mid("") + faculty,
			[]string{"Felix Orton", "Nora Vance", "Priya Nand", "Ruth Castel"}},
		relCell{"carried/chief-pair-not-named", title + chiefs + "# Resident Editors\nCardiology: Felix Orton, MD\nNephrology: Ruth Castel, MD\n" + faculty,
			[]string{"Felix Orton", "Ruth Castel"}},
		// traps: a topic over lines that are no names, a site's menu over
		// the faculty's list, the chiefs with only the faculty
		relCell{"trap/carried/topic-not-names", title + "# Faculty Reviewers\nCardiology: Mark Stone, MD\n\n# Resident Topics\nPhysical Medicine & Rehabilitation:\nStroke Rehabilitation,\nSpinal Cord Injury,\nand Amputee Care\n", nil},
		relCell{"trap/carried/menu-faculty", "Riverside Internal Medicine\nResidents | Faculty | Alumni\n\n# Faculty Reviewers\nCardiology: Mark Stone, MD\nPhysical Medicine & Rehabilitation:\nJon Abel, MD,\nKira Stone, MD,\nand Lena Brook, MD\n", nil},
		relCell{"trap/carried/chiefs-faculty-only", title + chiefs + faculty, nil},
	)
	// topics as headings under the section's heading: its scope runs to
	// the next heading of its level or higher
	five := []string{"Felix Orton", "Jon Abel", "Kira Stone", "Lena Brook", "Ruth Castel"}
	facultySubs := "# Faculty Reviewers\n## Cardiology\nMark Stone, MD\n## Physical Medicine & Rehabilitation\nEllen Ward, MD,\nand Paul Kim, MD\n"
	cells = append(cells,
		relCell{"subheads/md", title + "# Resident Editors\n## Cardiology\nFelix Orton, MD\n## Physical Medicine & Rehabilitation\nJon Abel, MD,\nKira Stone, MD,\nand Lena Brook, MD\n## Nephrology\nRuth Castel, MD\n\n" + facultySubs, five},
		relCell{"subheads/md-colons", title + "## Resident Editors\n### Cardiology:\nDr. Felix Orton\n### Physical Medicine & Rehabilitation:\nDr. Jon Abel,\nDr. Kira Stone\nand Dr. Lena Brook\n### Nephrology:\nDr. Ruth Castel\n", five},
		relCell{"subheads/html", "<html><body><main><h1>Resident Handbook</h1><h2>Resident Editors</h2><h3>Cardiology</h3><p>Felix Orton, MD</p><h3>Physical Medicine &amp; Rehabilitation</h3><p>Jon Abel, MD,</p><p>Kira Stone, MD,</p><p>and Lena Brook, MD</p><h3>Nephrology</h3><p>Ruth Castel, MD</p><h2>Faculty Reviewers</h2><h3>Cardiology</h3><p>Mark Stone, MD</p><h3>Nephrology</h3><p>Ellen Ward, MD</p></main></body></html>", five},
		relCell{"subheads/advisors", title + "# Resident Editors\n## Cardiology\nFelix Orton, MD\n## Faculty Advisors\nMark Stone, MD,\nand Ellen Ward, MD\n## Physical Medicine & Rehabilitation\nJon Abel, MD,\nKira Stone, MD,\nand Lena Brook, MD\n## Nephrology\nRuth Castel, MD\n", five},
		// traps: the faculty's subheadings alone; a topic heading of the
		// section's own level ends the section
		relCell{"trap/subheads/faculty", title + facultySubs, nil},
		// a section with lines of its own ends at the next heading of its
		// level: the names under it are not the section's
		relCell{"subheads/same-level-after", title + "# Resident Editors\nCardiology: Felix Orton, MD\nNephrology: Ruth Castel, MD\n# Acknowledgements\nMark Stone, MD,\nand Ellen Ward, MD\n", []string{"Felix Orton", "Ruth Castel"}},
		relCell{"trap/subheads/same-level-faculty", title + "## Faculty Reviewers\n## Cardiology\nMark Stone, MD\n## Nephrology\nEllen Ward, MD,\nand Paul Kim, MD\n", nil},
		// topics as bold lines with no colon
		relCell{"subheads/bold-lines", "<html><body><main><h1>Resident Handbook</h1><h2>Resident Editors</h2><p><strong>Cardiology</strong></p><p>Felix Orton, MD</p><p><strong>Physical Medicine &amp; Rehabilitation</strong></p><p>Jon Abel, MD,</p><p>Kira Stone, MD,</p><p>and Lena Brook, MD</p><p><strong>Nephrology</strong></p><p>Ruth Castel, MD</p><h2>Faculty Reviewers</h2><p><strong>Cardiology</strong></p><p>Mark Stone, MD</p></main></body></html>", five},
	)
	return cells
}

// without is names less the ones given.
func without(names []string, drop ...string) []string {
	var out []string
	for _, n := range names {
		keep := true
		for _, d := range drop {
			keep = keep && n != d
		}
		if keep {
			out = append(out, n)
		}
	}
	return out
}

// TestTopicLine holds topicLine and markLevel to their shapes: a topic's
// label with or without its colon; no name, no school, no sentence; a
// heading's marks only before a space.
func TestTopicLine(t *testing.T) {
	for _, c := range []struct {
		line         string
		label        string
		colon, topic bool
	}{
		{"Physical Medicine & Rehabilitation:", "Physical Medicine & Rehabilitation", true, true},
		{"Physical Medicine & Rehabilitation: ", "Physical Medicine & Rehabilitation", true, true},
		{"Cardiology", "Cardiology", false, true},
		{"Ana Ruiz:", "", true, false},
		{"Harbor University School of Medicine", "", false, false},
		{"We thank the editors.", "", false, false},
		{"cardiology:", "", true, false},
		{"Cardiology: Ana Ruiz, MD", "", false, false},
	} {
		label, colon, ok := topicLine(c.line)
		if ok != c.topic || ok && (label != c.label || colon != c.colon) {
			t.Errorf("topicLine(%q) = %q, %v, %v; want %q, %v, %v", c.line, label, colon, ok, c.label, c.colon, c.topic)
		}
	}
	for line, want := range map[string]int{"## Cardiology": 2, "# Resident Editors": 1, "#hashtag": 0, "Cardiology": 0, "####### Seven": 0} {
		b := block{text: line, role: roleText}
		if got := markLevel(&b); got != want {
			t.Errorf("markLevel(%q) = %d, want %d", line, got, want)
		}
	}
}

// storyCells16Cards are the cells of residents' cards (class 2a, 2b): an
// HTML card's short line of advice ("Ask for help early.", "Sleep when you
// can.") or of likes ("Loves hiking and coffee") is no school — a school
// has a school's noun or is written as a name ("Ross", "UC San
// Francisco"); a military program writes its residents with their ranks
// ("CPT Jane Roe, MD", "Capt. John Doe, DO", "LT Ann Poe, MD", "MAJ Sam
// Loe", "LCDR Mia Ray, MD, MC, USN"): the rank and the services are no part
// of the name. Traps: the same cards of faculty, a ranked director, alumni.
func storyCells16Cards() []storyCell {
	card := func(name, year, line string) string {
		return "<div class=\"card\"><h3>" + name + "</h3><p>" + year + "</p><p>" + line + "</p></div>"
	}
	page := func(title string, cards ...string) string {
		return "<html><head><title>" + title + "</title></head><body><main><h1>" + title + "</h1>" + strings.Join(cards, "") + "</main></body></html>"
	}
	var cells []storyCell
	for _, a := range []struct{ key, one, two string }{
		{"ask-sleep", "Ask for help early.", "Sleep when you can."},
		{"likes", "Loves hiking and coffee", "Enjoys baking bread with her kids."},
		{"imperative-bang", "Be kind to yourself!", "Trust the process."},
		{"quoted", "“Never stop asking why.”", "Take the stairs"},
	} {
		cells = append(cells,
			storyCell{"cards/advice/" + a.key, page("Meet Our Residents", card("Ana Ruiz, MD", "PGY-2", a.one), card("Ben Ota, DO", "PGY-2", a.two), card("Lia Cruz, MD", "PGY-1", "Lakeside University School of Medicine")),
				[]string{"Ana Ruiz |  |  | ", "Ben Ota |  |  | ", "Lia Cruz | Lakeside University School of Medicine |  | "}},
			storyCell{"trap/cards/advice/" + a.key + "/faculty", page("Meet Our Faculty", card("Ana Ruiz, MD", "Associate Professor", a.one), card("Ben Ota, DO", "Assistant Professor", a.two)), nil},
		)
	}
	// short names of schools are still schools
	cells = append(cells, storyCell{"cards/advice/short-schools", page("Meet Our Residents", card("Ana Ruiz, MD", "PGY-2", "Ross"), card("Ben Ota, DO", "PGY-2", "UC San Francisco"), card("Lia Cruz, MD", "PGY-1", "Miami-Miller")),
		[]string{"Ana Ruiz | Ross |  | ", "Ben Ota | UC San Francisco |  | ", "Lia Cruz | Miami-Miller |  | "}})
	// ranks
	ranked := []struct{ key, a, b, c string }{
		{"army", "CPT Jane Roe, MD", "MAJ Sam Loe, DO", "1LT Ann Poe, MD"},
		{"dotted", "Capt. Jane Roe, MD", "Maj. Sam Loe, DO", "Lt. Ann Poe, MD"},
		{"navy-services", "LCDR Jane Roe, MD, MC, USN", "LT Sam Loe, DO, MC, USN", "ENS Ann Poe, MD"},
		{"air-force", "Capt Jane Roe, USAF, MC", "Maj Sam Loe, DO", "2d Lt Ann Poe"},
		{"title-after-rank", "CPT (Dr.) Jane Roe", "MAJ (Dr.) Sam Loe", "CPT (Dr.) Ann Poe"},
	}
	three := []string{"Jane Roe | Lakeside University School of Medicine |  | ", "Sam Loe | Harbor College of Osteopathic Medicine |  | ", "Ann Poe | Ross University School of Medicine |  | "}
	for _, r := range ranked {
		cells = append(cells,
			storyCell{"cards/rank/" + r.key + "/html", page("Current Residents", card(r.a, "PGY-2", "Lakeside University School of Medicine"), card(r.b, "PGY-1", "Harbor College of Osteopathic Medicine"), card(r.c, "PGY-1", "Ross University School of Medicine")), three},
			storyCell{"cards/rank/" + r.key + "/plain", "Current Residents\n\nOur residents train at the medical center. Meet them below.\n\n" + r.a + "\nPGY-2\nLakeside University School of Medicine\n\n" + r.b + "\nPGY-1\nHarbor College of Osteopathic Medicine\n\n" + r.c + "\nPGY-1\nRoss University School of Medicine\n", three},
			storyCell{"cards/rank/" + r.key + "/list", "<html><body><main><h1>Our Residents</h1><h2>Interns</h2><ul><li>" + r.a + "</li><li>" + r.b + "</li><li>" + r.c + "</li></ul></main></body></html>",
				[]string{"Jane Roe |  |  | ", "Sam Loe |  |  | ", "Ann Poe |  |  | "}},
			storyCell{"trap/cards/rank/" + r.key + "/faculty", page("Our Faculty", card(r.a, "Program Director", "Lakeside University School of Medicine"), card(r.b, "Associate Professor", "Harbor College of Osteopathic Medicine"), card(r.c, "Core Faculty", "Ross University School of Medicine")), nil},
			storyCell{"trap/cards/rank/" + r.key + "/alumni", "<html><body><main><h1>Our Alumni</h1><ul><li>" + r.a + "</li><li>" + r.b + "</li><li>" + r.c + "</li></ul></main></body></html>", nil},
		)
	}
	return cells
}

// TestStripRank holds stripRank to its table: a rank (one to three words,
// with or without dots) and a title after it are dropped, with the
// services after the degrees; a rank with no name after it, or no rank,
// leaves the line.
func TestStripRank(t *testing.T) {
	for in, want := range map[string]string{
		"CPT Jane Roe, MD":           "Jane Roe, MD",
		"Capt. John Doe, DO":         "John Doe, DO",
		"Lt. Col. Ann Poe, MD":       "Ann Poe, MD",
		"LCDR Mia Ray, MD, MC, USN":  "Mia Ray, MD",
		"Capt Ann Poe, USAF, MC":     "Ann Poe",
		"CPT (Dr.) Jane Roe":         "Jane Roe",
		"2d Lt Bo Li":                "Bo Li",
		"Major Smith":                "",
		"Jane Roe, MD":               "",
		"Clinic Hours":               "",
		"Colonel":                    "",
		"Lieutenant Ann Poe, MD, MC": "Ann Poe, MD",
	} {
		got, ok := stripRank(in)
		if !ok {
			got = ""
		}
		if got != want {
			t.Errorf("stripRank(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestRankOpener holds rankOpener (the gate's switch) to militaryRanks:
// each rank's first word, written in capitals or with its first letter
// capitalised, opens a rank.
func TestRankOpener(t *testing.T) {
	for r := range militaryRanks {
		w, _, _ := strings.Cut(r, " ")
		up, title := strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:]
		if !rankOpener(up) && !rankOpener(title) {
			t.Errorf("rank %q: its first word %q opens no rank", r, w)
		}
		for _, f := range []string{up, title} {
			if rankOpener(f) && !rankBytes(f[0], f[1]) {
				t.Errorf("rank %q: rankBytes refuses %q", r, f)
			}
		}
	}
}

// TestNameShaped holds nameShaped to a name's form: capitalised words, no
// sentence.
func TestNameShaped(t *testing.T) {
	for in, want := range map[string]bool{
		"Ross": true, "UC San Francisco": true, "Miami-Miller": true, "St. George's University": true,
		"Universidad de Guadalajara": true, "Univ. of Harbor": true,
		"Ask for help early.": false, "Sleep when you can.": false, "Loves hiking": false, "Be kind!": false,
		"Trust the process": false, "Why not?": false, "": false,
	} {
		if got := nameShaped(in); got != want {
			t.Errorf("nameShaped(%q) = %v, want %v", in, got, want)
		}
	}
}

// storyCells16Frame are the cells of a plain page under its site's frame
// (class 2c): the site's name on a line or two, a menu ("Home | About |
// Residents | Faculty | Alumni", or its items a line each), a date, then the
// page's own heading ("Incoming Residents") over a story quoting two new
// residents with no other role. The page's heading after the frame says
// what the page is; a menu's item ("Residents") says nothing. Traps: a
// staff picnic under a menu that lists residents, faculty and alumni
// pages under the same frames.
func storyCells16Frame() []storyCell {
	story := "The new class arrived on a sunny Monday in June and spent the week at orientation.\n\n“The people here made the decision easy,” said Ana Ruiz, who grew up in Ohio.\n\n“I wanted a program close to my family,” said Ben Ota.\n"
	picnic := "The staff gathered on the lawn on a sunny Monday in June.\n\n“The food was great,” said Ana Ruiz, who grew up in Ohio.\n\n“I loved the music,” said Ben Ota.\n"
	two := []string{"Ana Ruiz |  |  | ", "Ben Ota |  |  | "}
	// the menu lists residents (%s) on the traps' pages, news on the
	// residents' pages (where a menu's item would make them news anyway)
	frames := []struct{ key, text string }{
		{"name-tagline-menu", "Lakeside Health\nInternal Medicine Residency\nHome | About | %s | Faculty | Alumni\n\n"},
		{"name-menu-date", "Lakeside Health Internal Medicine Residency\nHome | About | %s | Faculty | Alumni\nJune 30, 2026\n\n"},
		{"menu-items-lines", "Lakeside Health\nHome\n%s\nFaculty\nAlumni\n\n"},
		{"name-phone-menu", "Lakeside Health Internal Medicine Residency\nCall us today\nHome • About • %s • Faculty\n\n"},
		{"skip-link-name-menu", "Skip to main content\nLakeside Health\nHome | %s | Faculty | Alumni | Contact\n\n"},
	}
	var cells []storyCell
	for _, f := range frames {
		news, res := strings.Replace(f.text, "%s", "News", 1), strings.Replace(f.text, "%s", "Residents", 1)
		cells = append(cells,
			storyCell{"frame/" + f.key + "/incoming", news + "Incoming Residents\n\n" + story, two},
			storyCell{"frame/" + f.key + "/new-interns", news + "Meet the New Interns\n\n" + story, two},
			storyCell{"trap/frame/" + f.key + "/picnic", res + "Spring Picnic Recap\n\n" + picnic, nil},
			storyCell{"trap/frame/" + f.key + "/alumni", res + "Alumni News\n\n" + picnic, nil},
		)
	}
	return cells
}

// TestPageHeadAt holds pageHeadAt to a site's frame: the page's heading
// after a menu, a menu's items on lines of their own, a date; no heading
// when no menu opens the page, or its content starts first; a list of
// names is no menu.
func TestPageHeadAt(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"Lakeside Health\nInternal Medicine Residency\nHome | About | Faculty\n\nIncoming Residents\n\nThe class arrived in June.", 3},
		{"Lakeside Health\nHome\nNews\nFaculty\nAlumni\n\nIncoming Residents\n\nThe class arrived in June.", 5},
		// a menu's items a blank line apart: the short line under them is
		// one more item for all the text tells (no heading found)
		{"Lakeside Health\n\nHome\n\nNews\n\nFaculty\n\nAlumni\n\nIncoming Residents\n\nThe class arrived in June.", -1},
		{"Lakeside Health\nHome | About | Faculty\nJune 30, 2026\n\nIncoming Residents\n\nThe class arrived in June.", 3},
		{"Incoming Residents\n\nThe class arrived in June.", -1},
		{"Lakeside Health\nHome | About | Faculty\n\nThe class arrived in June. It was sunny.\n\nIncoming Residents", -1},
		{"Our Residents\n\nAna Ruiz\n\nBen Ota\n\nLia Cruz\n\nTom Hale\n\nFaculty\n\nMark Stone", -1},
	} {
		if got := pageHeadAt(blocksFromText([]byte(c.text))); got != c.want {
			t.Errorf("pageHeadAt(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}
