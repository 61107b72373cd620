package extract

import (
	"strings"
	"testing"
)

// Session 15's cells of storyGrid from rost15c (issue 12): the classes
// seen on unseen roster material, in the team's own words (never copied).

// storyCells15c are rost15c's cells, appended to storyGrid.
func storyCells15c() []storyCell {
	var cells []storyCell
	ruiz := []string{"Ana Ruiz |  |  | "}
	// 3. a department's post of advice to its new interns (none named),
	// in blocks of a name heading, the person's name again with degrees
	// and a role line (a teacher's, a leader's), then the advice: a role
	// line with professor, director, chair or dean, in any order and after
	// commas, makes its person staff, wherever the line sits; the program
	// director's block (a caption in Last-First order, a nickname) as well
	advice := func(blocks ...string) string {
		return "<html><head><title>Advice for our new interns</title></head><body><h1>Advice for our new interns</h1>" +
			"<p>Our department welcomed its incoming intern class this week, and we asked some of our teachers what they wish they had known as interns.</p>" +
			strings.Join(blocks, "") + "</body></html>"
	}
	block := func(name string, lines ...string) string {
		return "<h3>" + name + "</h3><p>" + strings.Join(lines, "<br>") + "</p><p>Interns, ask for help early and sleep when you can; your seniors were new once too.</p>"
	}
	for _, role := range []struct{ key, line string }{
		{"md-professor-specialty", "Lena Park, M.D., Professor, Nephrology"},
		{"md-specialty-professor", "Lena Park, M.D., Nephrology, Professor"},
		{"associate-professor-of", "Lena Park, MD, Associate Professor of Medicine, Cardiology"},
		{"do-vice-chair", "Lena Park, D.O., Vice Chair for Education, Department of Medicine"},
		{"phd-dean", "Lena Park, M.D., Ph.D., Associate Dean, Graduate Medical Education"},
		{"director-own-line", "Lena Park, M.D.<br>Director, Internal Medicine Residency Program"},
		{"director-of-own-line", "Lena Park, M.D.<br>Director of the Internal Medicine Residency Program"},
		{"professor-own-line", "Professor of Medicine, Division of Nephrology"},
		{"chair-own-line", "Chair, Department of Pediatrics"},
	} {
		cells = append(cells,
			storyCell{"trap/advice/" + role.key, advice(block("Lena Park", role.line, "2022 Teaching Award of the Division")), nil},
			storyCell{"trap/advice-h2/" + role.key, strings.ReplaceAll(advice(block("Lena Park", role.line)), "h3>", "h2>"), nil},
			// the program director's block, with a caption of the photo in
			// Last-First order and a shorter first name
			storyCell{"trap/advice-caption/" + role.key, advice(block("Lena Park", "Park, Len", role.line), block("Tom Hale", "Hale, Tommy", "Tom Hale, M.D., Professor, Nephrology")), nil},
			// a resident's block beside the teacher's is read
			storyCell{"advice-with-resident/" + role.key, advice(block("Lena Park", role.line), block("Ana Ruiz", "Ana Ruiz, M.D., Chief Resident")), ruiz},
		)
	}
	// the same blocks in cards that repeat (each block in its own element)
	card := func(name string, lines ...string) string {
		return "<div class=\"advice\"><h3>" + name + "</h3><p>" + strings.Join(lines, "<br>") + "</p><p>Ask for help early, and never be afraid to call your senior.</p></div>"
	}
	cells = append(cells,
		storyCell{"trap/advice-cards/professor", advice(card("Lena Park", "Lena Park, M.D., Professor, Nephrology"), card("Tom Hale", "Tom Hale, MD, Nephrology, Associate Professor")), nil},
		storyCell{"advice-cards/resident", advice(card("Lena Park", "Lena Park, M.D., Professor, Nephrology"), card("Ana Ruiz", "Ana Ruiz, M.D., PGY-3")), ruiz},
		// a heading over a resident's block with no role line is read as
		// before, and a heading over another person's staff line is no
		// part of its section
		storyCell{"advice/resident-heading-next-staff", advice("<h3>Ana Ruiz</h3><p>Ana Ruiz, M.D., Chief Resident</p>", block("Lena Park", "Lena Park, M.D., Professor, Nephrology")), ruiz},
	)
	// plain text: the same lines, the name over its role line
	plain := "Advice for our new interns\n\nOur department welcomed its incoming intern class this week, and we asked some of our teachers what they wish they had known as interns.\n\n"
	cells = append(cells,
		storyCell{"trap/advice-plain/professor", plain + "Lena Park\n\nLena Park, M.D., Professor, Nephrology\n2022 Teaching Award of the Division\n\nInterns, ask for help early and sleep when you can.", nil},
		storyCell{"trap/advice-plain/director", plain + "Tom Hale\n\nHale, Tommy\n\nTom Hale, M.D.\nDirector of the Internal Medicine Residency Program\n\nTake care of yourselves first.", nil},
	)
	return append(append(cells, signatureCells15c()...), colonQuoteCells15c()...)
}

// signatureCells15c are class 1's cells: a medical school's alumni stories
// page, a short quote in the first person signed by a block of lines —
// the name and degree, the role, the residency's site, the school's
// acronym with "Alum" and a year — and a caption with a shorter first name;
// the school's figures are nobody. The site is no school; the school is
// the acronym as written.
func signatureCells15c() []storyCell {
	var cells []storyCell
	lusom := []string{"Ana Ruiz | LUSOM |  | "}
	ruiz := []string{"Ana Ruiz |  |  | "}
	quote := "“Lakeside taught me to think on my feet, and my teachers never stopped believing in me. I matched at my first choice.”"
	head := "Alumni Success Stories\n\nLakeside University School of Medicine (LUSOM) has more than 3,000 graduates, and 99% of our students pass Step 1 on their first attempt.\n\n"
	plain := func(sig string) string { return head + quote + "\n\n" + sig + "\n\nAnnie Ruiz" }
	html := func(sig string) string {
		return "<html><head><title>Alumni Success Stories</title></head><body><h1>Alumni Success Stories</h1><p>Lakeside University School of Medicine (LUSOM) has more than 3,000 graduates, and 99% of our students pass Step 1 on their first attempt.</p>" +
			"<div class=\"testimonial\"><img src=\"ruiz.jpg\" alt=\"Annie Ruiz\"><p class=\"caption\">Annie Ruiz</p><blockquote>" + quote + "</blockquote><p><strong>" +
			strings.ReplaceAll(strings.Replace(sig, "\n", "</strong><br>", 1), "\n", "<br>") + "</p></div></body></html>"
	}
	for _, sig := range []struct {
		key, text string
		want      []string
		htmlOnly  bool
	}{
		{"resident-physician", "Ana Ruiz, MD\nResident Physician (General Surgery)\nHarbor Health Foundation (Ohio)\nLUSOM Alum 2022", lusom, false},
		{"pgy-specialty", "Ana Ruiz, M.D.\nPGY-2 Resident, Internal Medicine\nHarbor General Hospital, Akron, OH\nLUSOM Alumna, Class of 2023", lusom, false},
		{"graduate-of", "Ana Ruiz, DO\nFamily Medicine Resident\nHarbor Regional Medical Center\nGraduate of LUSOM, 2021", lusom, false},
		{"chief-no-year", "Ana Ruiz, DO\nChief Resident, Pediatrics\nHarbor Children's Hospital (Michigan)", ruiz, false},
		{"school-name-alum", "Ana Ruiz, MD\nResident Physician, Psychiatry\nHarbor Behavioral Health\nLakeside University School of Medicine Alumna 2020", []string{"Ana Ruiz | Lakeside University School of Medicine |  | "}, false},
		// traps: another role now, a residency of years past, a student
		{"trap/attending", "Ana Ruiz, MD\nAttending Physician (General Surgery)\nHarbor Health Foundation (Ohio)\nLUSOM Alum 2012", nil, false},
		{"trap/fellow", "Ana Ruiz, MD\nCardiology Fellow\nHarbor Heart Institute\nLUSOM Alum 2016", nil, false},
		{"trap/chief-span", "Ana Ruiz, MD\nChief Resident, 2016-2017\nHarbor General Hospital\nLUSOM Alum 2012", nil, true},
		{"trap/resident-then-professor", "Ana Ruiz, MD\nFormer Chief Resident\nAssistant Professor of Surgery\nLUSOM Alum 2008", nil, false},
		{"trap/student", "Ana Ruiz\nFourth-Year Medical Student\nLUSOM Class of 2027", nil, false},
	} {
		// (a role of years past is past only under the alumni heading,
		// which a plain page's site lines above it hide: HTML alone)
		if !sig.htmlOnly {
			cells = append(cells, storyCell{"alumni-signature/plain/" + sig.key, plain(sig.text), sig.want})
		}
		cells = append(cells, storyCell{"alumni-signature/html/" + sig.key, html(sig.text), sig.want})
	}
	cells = append(cells,
		// the signature over the quote
		storyCell{"alumni-signature/above-quote", head + "Ana Ruiz, MD\nResident Physician (General Surgery)\nLUSOM Alum 2022\n\n" + quote, lusom},
		// two stories: a resident's and an attending's
		storyCell{"alumni-signature/two", plain("Ana Ruiz, MD\nResident Physician (General Surgery)\nHarbor Health Foundation (Ohio)\nLUSOM Alum 2022") +
			"\n\n“My years at Lakeside made me the surgeon I am.”\n\nBen Ota, MD\nAttending Surgeon\nHarbor Health Foundation (Ohio)\nLUSOM Alum 2005", lusom},
		// the school's figures alone name no one
		storyCell{"trap/alumni-signature/figures", head + "Our graduates hold residency positions in 40 states, and 3,000+ alumni practice in North America.", nil},
		// a residency's own alumni: the role line of years past
		storyCell{"trap/alumni-signature/program-alumni", "<html><head><title>Our Alumni</title></head><body><h1>Our Alumni</h1><p>“I loved every rotation here, and I still call my co-residents every week.”</p><p>Ana Ruiz, MD<br>Chief Resident 2019<br>Now: Hospitalist, Harbor General</p></body></html>", nil},
	)
	return cells
}

// relCells15c are rost15c's cells of relGrid (page puts a sentence under
// the grid's heading): a role after a name and its degrees, after commas
// and in any order, makes a staff member of a teacher, a dean, a chair;
// a resident's year in the same place is read.
func relCells15c(page func(string) string) []relCell {
	return []relCell{
		{"trap/degrees-professor-specialty", page("Ana Ruiz, M.D., Professor, Nephrology, told the new interns to sleep when they can."), nil},
		{"trap/degrees-specialty-professor", page("Ana Ruiz, MD, Nephrology, Associate Professor, welcomed our interns at orientation."), nil},
		{"trap/degrees-vice-chair", page("Our interns met Ana Ruiz, M.D., Ph.D., Vice Chair, Department of Medicine, on their first day."), nil},
		{"trap/degrees-dean", page("Ana Ruiz, M.D., Dean, Graduate Medical Education, spoke to the residents."), nil},
		{"degrees-pgy-specialty", page("Ana Ruiz, M.D., PGY-2, Internal Medicine, spoke to the new interns."), []string{"Ana Ruiz"}},
		// a quote under its speaker's name by a colon: the speaker's own
		// account of a residency under way, over, or the program's
		{"colon-quote/from", page("From Dr. Ana Ruiz: “My residency at Lakeside has been the best training I could have asked for.”"), []string{"Ana Ruiz"}},
		{"colon-quote/says", page("Ana Ruiz says: “I am a second-year resident, and the night float has taught me the most.”"), []string{"Ana Ruiz"}},
		{"trap/colon-quote/over", page("From Dr. Ana Ruiz: “I completed my residency at Lakeside in 2009, and I still miss the night float.”"), nil},
		{"trap/colon-quote/program", page("From Dr. Ana Ruiz: “Our residency has been training family physicians since 1950.”"), nil},
	}
}

// metaRows15c are rost15c's perturbations: degrees written with their
// dots (no sentence's end), a second degree, and a name heading's level.
var metaRows15c = []metaRow{
	sub("degree/dotted-md", ", MD,", ", M.D.,"),
	sub("degree/dotted-md-end", ", MD\n", ", M.D.\n"),
	sub("degree/second", ", M.D.,", ", M.D., Ph.D.,"),
	{key: "heading/h3-h2", apply: func(p string) (string, bool) {
		if !strings.Contains(p, "<h3>") {
			return p, false
		}
		return strings.NewReplacer("<h3>", "<h2>", "</h3>", "</h2>").Replace(p), true
	}},
	{key: "heading/h3-strong", apply: func(p string) (string, bool) {
		if !strings.Contains(p, "<h3>") {
			return p, false
		}
		return strings.NewReplacer("<h3>", "<p><strong>", "</h3>", "</strong></p>").Replace(p), true
	}},
}

// TestAlumSchool holds alumSchool to its class: a school (a name or an
// acronym) its person is an alumnus or a graduate of, a year perhaps.
func TestAlumSchool(t *testing.T) {
	for _, c := range []struct{ give, want string }{
		{"KUSOM Alum 2022", "KUSOM"},
		{"LUSOM Alumna, Class of 2023", "LUSOM"},
		{"Graduate of LUSOM, 2021", "LUSOM"},
		{"Alumnus of the Lakeside School of Medicine", "Lakeside School of Medicine"},
		{"Lakeside University School of Medicine Alumna 2020", "Lakeside University School of Medicine"},
		{"LUSOM '19 graduate", ""},
		{"IMG Graduate 2019", ""},
		{"MD Graduate 2019", ""},
		{"Residency Graduate 2019", ""},
		{"Alumni, Class of 2019", ""},
		{"Harbor Health Foundation (Ohio)", ""},
		{"Resident Physician (General Surgery)", ""},
	} {
		if got := alumSchool(c.give); got != c.want {
			t.Errorf("alumSchool(%q) = %q, want %q", c.give, got, c.want)
		}
	}
}

// colonQuoteCells15c are class 2's cells: a vendor's blog introducing
// award nominees — a name line, the residency's line (institution,
// specialty, place), then the person's words under a colon attribution
// ("From Dr. Ruiz: “…” “…”"), one quote naming the medical school, one
// the residency under way. The school is the one the person names; the
// residency's institution is none.
func colonQuoteCells15c() []storyCell {
	var cells []storyCell
	want := []string{"Ana Ruiz | Lakeside University Medical School |  | "}
	school := "“Lakeside University Medical School was unlike anything I had known, and it taught me to keep going on the longest days.”"
	now := "“Ophthalmology residency at University of Harbor has been the most rewarding chapter of my training so far.”"
	plain := func(lead, quotes string) string {
		return "Meet this year's award nominees\n\nWe asked each nominee what training has meant to them.\n\nAna Ruiz, MD\nUniversity of Harbor – Ophthalmology – Brookfield, MN\n\n" + lead + " " + quotes
	}
	html := func(lead, quotes string) string {
		return "<html><head><title>Meet this year's award nominees | Acme Scrubs Blog</title></head><body><h1>Meet this year's award nominees</h1><p>We asked each nominee what training has meant to them.</p>" +
			"<h2>Ana Ruiz, MD</h2><p>University of Harbor – Ophthalmology – Brookfield, MN</p><p>" + lead + " " + quotes + "</p></body></html>"
	}
	for _, c := range []struct {
		key, lead, quotes string
		want              []string
	}{
		{"from-dr", "From Dr. Ruiz:", school + " " + now, want},
		{"says", "Dr. Ruiz says:", school + " " + now, want},
		{"words-of", "In the words of Ana Ruiz:", school + " " + now, want},
		{"my-residency", "From Dr. Ruiz:", school + " “My residency at University of Harbor has been a gift.”", want},
		{"second-year", "From Dr. Ruiz:", "“I am a second-year resident, and " + strings.Trim(school, "“”")[:len("Lakeside University Medical School")] + " gave me the habits I lean on every day.”", want},
		{"internal-medicine", "From Dr. Ruiz:", school + " “Internal medicine residency at Harbor has been harder and better than I hoped.”", want},
		{"no-school", "From Dr. Ruiz:", now, []string{"Ana Ruiz |  |  | "}},
		// the quotes in single marks, straight or curly
		{"single-straight", "From Dr. Ruiz:", "'Lakeside University Medical School was unlike anything I had known.' 'Ophthalmology residency at University of Harbor has been the best chapter of my training so far.'", want},
		{"single-curly", "From Dr. Ruiz:", "‘Lakeside University Medical School was unlike anything I had known.’ ‘Ophthalmology residency at University of Harbor has been the best chapter of my training so far.’", want},
		// traps: a residency over, to come, a student's words, a goal, the
		// program's voice, another role now
		{"trap/completed", "From Dr. Ruiz:", school + " “I completed my residency at University of Harbor in 2009 and have practiced in Maine since.”", nil},
		{"trap/will-begin", "From Dr. Ruiz:", school + " “I will begin residency at University of Harbor in July.”", nil},
		{"trap/student", "From Ana Ruiz:", "“As a fourth-year medical student, I found Lakeside University Medical School a place that never let me coast.”", nil},
		{"trap/goal", "From Ana Ruiz:", "“Becoming a resident has been my dream since I was twelve.”", nil},
		{"trap/program-voice", "From Dr. Ruiz:", "“Our residency has been training eye surgeons since 1950.”", nil},
		{"trap/attending", "From Dr. Ruiz:", "“Serving as an attending physician at Harbor has been the privilege of my career.”", nil},
		{"trap/single-completed", "From Dr. Ruiz:", "'Lakeside University Medical School was unlike anything I had known.' 'I completed my residency at University of Harbor in 2009.'", nil},
	} {
		cells = append(cells,
			storyCell{"colon-quote/plain/" + c.key, plain(c.lead, c.quotes), c.want},
			storyCell{"colon-quote/html/" + c.key, html(c.lead, c.quotes), c.want},
		)
	}
	// the speaker the page makes its program director is none, whatever
	// the quote says
	cells = append(cells, storyCell{"trap/colon-quote/director", "Meet this year's award nominees\n\nDr. Ana Ruiz, the program director, nominated her residents.\n\nFrom Dr. Ruiz: " + now, nil})
	return cells
}

// TestResidencySubjectNow holds residencySubjectNow to a residency of the
// speaker's heading its sentence's subject before "has been".
func TestResidencySubjectNow(t *testing.T) {
	for _, c := range []struct {
		give string
		want bool
	}{
		{"ophthalmology residency at university of harbor has been the best chapter so far.", true},
		{"my residency has been a gift.", true},
		{"internal medicine residency at harbor has been hard.", true},
		{"intern year has been a blur.", true},
		{"our residency has been training surgeons since 1950.", false},
		{"the residency has been accredited since 1970.", false},
		{"becoming a resident has been my dream.", false},
		{"matching into residency has been my goal.", false},
		{"medical school has been a long road.", false},
		{"residency, i think, has been kind to me.", false},
		{"my residency was a gift.", false},
	} {
		if got := residencySubjectNow(c.give); got != c.want {
			t.Errorf("residencySubjectNow(%q) = %v, want %v", c.give, got, c.want)
		}
	}
}

// TestQuotedSchool holds quotedSchool to the first medical school a
// speaker's words name.
func TestQuotedSchool(t *testing.T) {
	for _, c := range []struct{ give, want string }{
		{"“Lakeside University Medical School was unlike anything.” “Residency at University of Harbor has been great.”", "Lakeside University Medical School"},
		{"“Residency at University of Harbor has been great, and the Harbor School of Medicine faculty too.”", "Harbor School of Medicine"},
		{"“Residency at University of Harbor has been great.”", ""},
		{"'Lakeside University Medical School was unlike anything.' 'Residency at Harbor's clinic has been great.'", "Lakeside University Medical School"},
		{"‘Lakeside University Medical School was unlike anything.’", "Lakeside University Medical School"},
		{"“I studied at Rice University before moving here.”", ""},
	} {
		if got := quotedSchool(c.give); got != c.want {
			t.Errorf("quotedSchool(%q) = %q, want %q", c.give, got, c.want)
		}
	}
}

// TestColonQuote holds colonQuote to colonLead: every line of the story and
// relation grids that colonLead matches passes colonQuote.
func TestColonQuote(t *testing.T) {
	var texts []string
	for _, c := range storyGrid() {
		texts = append(texts, strings.Split(c.give, "\n")...)
	}
	for _, c := range relGrid() {
		texts = append(texts, strings.Split(c.give, "\n")...)
	}
	n := 0
	for _, s := range texts {
		if colonLead.MatchString(s) {
			n++
			if !colonQuote(s) {
				t.Errorf("colonQuote(%q) = false, colonLead matches", s)
			}
		}
	}
	if n == 0 {
		t.Fatal("no line of the grids matches colonLead")
	}
}
