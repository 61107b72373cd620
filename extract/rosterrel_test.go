package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// The probe grid of the person↔role relation: sentences built from slots
// (a subject, a relation with its role, a scope), in the team's words,
// each run through Page as a one-paragraph page under a neutral heading.
// A cell passes when Page finds exactly the residents the cell names.

// relSubjectSlot is a subject slot: how one or more people are named, the
// names Page should find, and whether the subject is plural.
type relSubjectSlot struct {
	key    string
	text   string
	names  []string
	plural bool
}

var relSubjects = []relSubjectSlot{
	{"name", "Ana Ruiz", []string{"Ana Ruiz"}, false},
	{"dr", "Dr. Ana Ruiz", []string{"Ana Ruiz"}, false},
	{"md", "Ana Ruiz, MD,", []string{"Ana Ruiz"}, false},
	{"rank", "Capt. (Dr.) Ana Ruiz", []string{"Ana Ruiz"}, false},
	{"list3", "Ana Ruiz, Ben Ota and Lia Cruz", []string{"Ana Ruiz", "Ben Ota", "Lia Cruz"}, true},
	{"drs2", "Drs. Ana Ruiz and Ben Ota", []string{"Ana Ruiz", "Ben Ota"}, true},
	{"degrees2", "Ana Ruiz, M.D.'19, and Ben Ota, D.O.,", []string{"Ana Ruiz", "Ben Ota"}, true},
	{"amp2", "Ana Ruiz & Ben Ota", []string{"Ana Ruiz", "Ben Ota"}, true},
	{"who-clause", "Ana Ruiz, who grew up in Ohio,", []string{"Ana Ruiz"}, false},
	// asides between the name and the verb (rost17c): an age, a hometown
	{"age", "Ana Ruiz, 29,", []string{"Ana Ruiz"}, false},
	{"dr-age", "Dr. Ana Ruiz, 31,", []string{"Ana Ruiz"}, false},
	{"hometown", "Ana Ruiz, of Dayton,", []string{"Ana Ruiz"}, false},
	{"from-city-state", "Ana Ruiz, from Dayton, Ohio,", []string{"Ana Ruiz"}, false},
}

// relRelation is a relation slot with its role: the singular and the
// plural predicate (%s takes the possessive of a singular subject).
type relRelation struct {
	key, one, many string
}

var relRelations = []relRelation{
	{"is-pgy", "is a PGY-2 resident", "are PGY-2 residents"},
	{"is-year", "is a second-year resident", "are second-year residents"},
	{"is-chief", "is chief resident", "are chief residents"},
	{"will-be", "will be a chief resident next year", "will be chief residents next year"},
	{"serves-as", "serves as chief resident", "serve as chief residents"},
	{"will-serve", "will serve as a PGY-2 resident", "will serve as PGY-2 residents"},
	{"selected", "has been selected as chief resident", "have been selected as chief residents"},
	{"elected", "was elected chief resident", "were elected chief residents"},
	{"recently-joined", "recently joined the program as an intern", "recently joined the program as interns"},
	{"joined-as", "joined the program as an intern", "joined the program as interns"},
	{"one-of", "is one of our interns", "are among our interns"},
	{"year-of", "is in her second year of residency", "are in their second year of residency"},
	{"physician", "is a resident physician", "are resident physicians"},
	{"track", "is a resident in the rural track", "are residents in the rural track"},
	// a role taken up before now, with no year and no role since (rost17c)
	{"became", "became a PGY-2 resident in July", "became PGY-2 residents in July"},
	{"has-been-since", "has been a chief resident since June", "have been chief residents since June"},
}

// relScopes close the sentence: no scope, the program, an institution.
var relScopes = []struct{ key, text string }{
	{"bare", ""},
	{"program", " in our family medicine residency program"},
	{"hospital", " at Lakeside Regional Hospital"},
}

// relCell is one probe: a page and the residents Page should find.
type relCell struct {
	key, give string
	want      []string
}

// relGrid builds the probe grid's cells.
func relGrid() []relCell {
	var cells []relCell
	cells = append(cells, slices.Concat(relCells18eCue(), relCells18eInverted(), relCells18eEntry())...) // rost18e's cells (rostermeta18e_test.go)
	page := func(s string) string { return "Residency news\n" + s }
	for _, s := range relSubjects {
		for _, r := range relRelations {
			for _, sc := range relScopes {
				pred := r.one
				if s.plural {
					pred = r.many
				}
				subj := s.text
				if strings.HasSuffix(subj, ",") {
					subj += " " // "Ana Ruiz, MD, is …"
				} else {
					subj += " "
				}
				give := page(subj + pred + sc.text + ". The team meets every week to plan the clinic schedule.")
				cells = append(cells, relCell{"copula/" + s.key + "/" + r.key + "/" + sc.key, give, s.names})
			}
		}
	}
	// Apposition: the role between commas after the subject.
	for _, s := range relSubjects {
		if strings.HasSuffix(s.text, ",") {
			continue
		}
		role := ", a PGY-2 resident,"
		if s.plural {
			role = ", both PGY-2 residents,"
			if len(s.names) > 2 {
				role = ", all PGY-2 residents,"
			}
		}
		cells = append(cells, relCell{"apposition/" + s.key, page(s.text + role + " presented a poster on sepsis at the spring meeting."), s.names})
	}
	// An age or a hometown between the name and the role (rost17c), and
	// the same asides on a leader, and a child's age in a family caption.
	cells = append(cells,
		relCell{"aside/age-apposition", page("Dr. Ana Ruiz, 31, a PGY-2 resident, presented a poster on sepsis at the spring meeting."), []string{"Ana Ruiz"}},
		relCell{"aside/hometown-apposition", page("Ana Ruiz, of Dayton, a PGY-2 resident, presented a poster on sepsis at the spring meeting."), []string{"Ana Ruiz"}},
		relCell{"aside/age-city-state-apposition", page("Ana Ruiz, 29, of Dayton, Ohio, a PGY-2 resident, presented a poster on sepsis at the spring meeting."), []string{"Ana Ruiz"}},
		relCell{"aside/age-hometown-copula", page("Ana Ruiz, 29, of Dayton, is a PGY-2 resident in our program."), []string{"Ana Ruiz"}},
		relCell{"aside/trap-director-age-apposition", page("Dr. Ana Ruiz, 54, the program director, presented a poster on sepsis at the spring meeting."), nil},
		relCell{"aside/trap-director-age-copula", page("Dr. Ana Ruiz, 54, is our program director."), nil},
		relCell{"aside/trap-faculty-hometown", page("Dr. Ana Ruiz, of Dayton, is an associate professor of medicine."), nil},
		relCell{"aside/trap-child-age-caption", page("Leo Ruiz, 2, and his mother, Dr. Ana Ruiz, a PGY-2 resident, at the spring picnic."), []string{"Ana Ruiz"}},
	)
	// A role line with its program, then a colon (an interview's speaker).
	cells = append(cells,
		relCell{"speaker/md", page("Ana Ruiz, M.D., first-year resident at the Lakeside Family Medicine Residency in Dayton, Ohio: I ranked programs by how they taught procedures."), []string{"Ana Ruiz"}},
		relCell{"speaker/plain", page("Ben Ota, second-year internal medicine resident at Hilltop Hospital in Akron: I wanted a program near my family."), []string{"Ben Ota"}},
	)
	// A subject carried from the sentence before: a pronoun or a surname.
	cells = append(cells,
		relCell{"carried/pronoun", page("Ana Ruiz grew up in Ohio and studied biology. She is now a PGY-2 resident in our program."), []string{"Ana Ruiz"}},
		relCell{"carried/they-list", page("Ana Ruiz and Ben Ota joined us in June. They are PGY-1 residents in the rural track."), []string{"Ana Ruiz", "Ben Ota"}},
		relCell{"entered/trap-year-now-professor", page("Dr. Ana Ruiz became a resident here in 2005 and is now an associate professor of medicine."), nil},
		relCell{"entered/trap-year-semicolon", page("Dr. Ana Ruiz became a chief resident in 2009; today she directs our clinic."), nil},
		relCell{"entered/trap-long-ago", page("Dr. Ana Ruiz became a resident here long ago, and now she teaches our interns."), nil},
		relCell{"entered/trap-attending-since", page("Dr. Ana Ruiz has been an attending here since she was a resident in 2010."), nil},
		relCell{"entered/trap-resident-mentor", page("Dr. Ana Ruiz has been a resident mentor for ten years."), nil},
		relCell{"entered/trap-since-year", page("Dr. Ana Ruiz and Dr. Ben Ota have been chief residents since 2012 and now lead our hospitalist group."), nil},
		relCell{"carried/both", page("Ana Ruiz and Ben Ota joined us in June. Both are PGY-1 residents in the rural track."), []string{"Ana Ruiz", "Ben Ota"}},
		relCell{"carried/both-of-them-titled", page("Dr. Ana Ruiz and Dr. Ben Ota noted that the new clinic shortens waits. Both of them are second-year residents in our program."), []string{"Ana Ruiz", "Ben Ota"}},
		relCell{"carried/the-two", page("Ana Ruiz and Ben Ota ran the health fair. The two are chief residents this year."), []string{"Ana Ruiz", "Ben Ota"}},
		relCell{"carried/all-three", page("Ana Ruiz, Ben Ota and Lia Cruz joined us in June. All three are PGY-1 residents in the rural track."), []string{"Ana Ruiz", "Ben Ota", "Lia Cruz"}},
		relCell{"carried/trap-both-attendings", page("Ana Ruiz and Ben Ota joined us in June. Both are attending physicians in the clinic."), nil},
		relCell{"carried/trap-both-were-residents", page("Ana Ruiz and Ben Ota joined our faculty in June. Both were residents here a decade ago."), nil},
		relCell{"carried/surname", page("Ana Ruiz grew up in Ohio and studied biology. Dr. Ruiz is now a second-year resident at Lakeside."), []string{"Ana Ruiz"}},
	)
	// Residents as the subject, the list elaborating it in the next
	// sentence or after a marker.
	cells = append(cells,
		relCell{"group/left-to-right", page("Lakeside Hospital residents take part in a disaster drill. Carrying a stretcher, from left to right are: Capt. (Dr.) Ana Ruiz, Capt. (Dr.) Ben Ota and Capt. (Dr.) Lia Cruz. Walking behind is Maj. (Dr.) Tom Hale."), []string{"Ana Ruiz", "Ben Ota", "Lia Cruz"}},
		relCell{"group/l-r", page("Our new interns at orientation (l-r): Ana Ruiz, Ben Ota and Lia Cruz."), []string{"Ana Ruiz", "Ben Ota", "Lia Cruz"}},
		relCell{"group/pictured", page("The second-year residents finished the ultrasound course. Pictured: Ana Ruiz, Ben Ota and Lia Cruz."), []string{"Ana Ruiz", "Ben Ota", "Lia Cruz"}},
		relCell{"group/our-residents", page("Our residents Ana Ruiz and Ben Ota won the poster prize at the state meeting."), []string{"Ana Ruiz", "Ben Ota"}},
	)
	// Traps: nobody here is a resident of the program now.
	for _, tr := range []struct{ key, text string }{
		{"faculty", "Dr. Ana Ruiz is a faculty member who teaches our residents."},
		{"attending", "Dr. Ana Ruiz, an attending physician, supervises the residents on the wards."},
		{"director", "Dr. Ana Ruiz is the program director of the residency."},
		{"alumna", "Ana Ruiz is an alumna of the residency and now practices in Maine."},
		{"former", "Ana Ruiz, a former resident, returned to speak to the interns."},
		{"completed", "Dr. Ana Ruiz completed her residency at Lakeside in 2015."},
		{"was-resident", "Dr. Ana Ruiz was a resident here ten years ago."},
		{"student", "Ana Ruiz is a third-year medical student who rotated with our residents."},
		{"dwellers", "Ana Ruiz and Ben Ota are residents of Austin who volunteer at the clinic."},
		{"patient", "Ana Ruiz is a patient whose story our residents told at grand rounds."},
		{"author", "By Ana Ruiz. Our residents spent the weekend at a wellness retreat."},
		{"family", "Our residents at the picnic. Pictured: Dr. Ben Ota with his wife Ana Ruiz and their son Leo."},
		{"matched", "Ana Ruiz matched at the Hilltop internal medicine residency."},
		{"fellow", "Dr. Ana Ruiz is a cardiology fellow in training at Lakeside."},
		{"head-advocate", "Ana Ruiz is a resident advocate at the county hospital."},
		{"head-assistant", "Ana Ruiz is a resident physician assistant in the surgery clinic."},
		{"head-coordinator", "Ana Ruiz is the intern coordinator for the medicine department."},
		{"list-faculty", "Ana Ruiz, Ben Ota and Lia Cruz are faculty members who mentor residents."},
	} {
		cells = append(cells, relCell{"trap/" + tr.key, page(tr.text), nil})
	}
	return slices.Concat(cells, relCells15Peer(page), relCells15c(page), relCells15Letter(), relCells15Sections(), relCells15Dash(page), relCells16Carried(), relCells16a(page), relCells17aOrg(page), relCells17aCaption(page), relCells17aProgram(page), relCells17Lead(), relCells18Lead(), relCells18eCue(), relCells18eInverted(), relCells18bHeading(), relCells18bForeign(), relCells18bSpeaker(), relCells18bEntry())
}

// relGridLeft are the cells Page does not read yet: the grid's open work.
// A cell that starts to pass must leave this list (the test says so).
// (Empty since the relation reader took over the apposition, role-before-
// name and "one of" readers, and a role word modifying the person's own
// role noun, "a resident advocate", binds no one: relRoleModified.)
var relGridLeft = map[string]bool{
	// "began her career as a resident at X in 1998 and now directs …": the
	// row "began * as" (a role taken up) reads a residency dated long ago
	// and over; the relation's time is not checked against a year yet
	"lead17/trap/began-year-as-past": true,
}

// TestRelationGrid runs the probe grid through Page.
func TestRelationGrid(t *testing.T) {
	pass, total := 0, 0
	var fails []string
	for _, c := range relGrid() {
		total++
		got := residentNames(t, c.give)
		ok := slices.Equal(got, c.want)
		if ok {
			pass++
		} else {
			fails = append(fails, fmt.Sprintf("%s: got %q", c.key, got))
		}
		if ok == relGridLeft[c.key] {
			t.Errorf("%s: passes %v, listed as left %v; got %q want %q\n%s", c.key, ok, relGridLeft[c.key], got, c.want, c.give)
		}
	}
	t.Logf("relation grid: %d/%d cells pass", pass, total)
	for _, f := range fails {
		t.Log(f)
	}
}

// residentNames are the sorted names of the residents Page finds in give.
func residentNames(t *testing.T, give string) []string {
	t.Helper()
	pf, err := Page([]byte(give), nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range pf.Residents {
		got = append(got, r.Name)
	}
	slices.Sort(got)
	if len(got) == 0 {
		return nil
	}
	return got
}

// FuzzRelation drives the relation reader through Page with the grid's
// pages: no panic, and every resident it finds is named in its evidence.
func FuzzRelation(f *testing.F) {
	for _, c := range relGrid() {
		f.Add(c.give)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 1<<14 {
			return
		}
		d := docOf([]byte(text))
		for _, r := range relationResidents(d, "") {
			if r.Name == "" || !strings.Contains(r.Evidence.Text, strings.Fields(r.Name)[0]) {
				t.Errorf("resident %q not in its evidence %q", r.Name, r.Evidence.Text)
			}
		}
	})
}

// relSchoolCells bind a resident the relation reads to the medical school
// the same sentence, or the next one about the same person, names.
var relSchoolCells = []struct {
	key, give string
	want      []string
}{
	{"who-earned-md", "Ana Ruiz is a PGY-2 resident who earned her MD at the University of Lagos College of Medicine.", []string{"Ana Ruiz | University of Lagos College of Medicine"}},
	{"who-graduated", "Dr. Ana Ruiz is a second-year resident who graduated from Ross University School of Medicine in 2022.", []string{"Ana Ruiz | Ross University School of Medicine"}},
	{"who-attended-medical-school", "Ana Ruiz is one of our interns who attended medical school at the University of Iowa.", []string{"Ana Ruiz | University of Iowa"}},
	{"pronoun-next", "Ana Ruiz is a PGY-1 resident in our program. She earned her medical degree at Kasturba Medical College.", []string{"Ana Ruiz | Kasturba Medical College"}},
	{"apposition-graduate", "Ana Ruiz, a PGY-2 resident, is a graduate of the Medical University of Lublin.", []string{"Ana Ruiz | Medical University of Lublin"}},
	{"apposition-alumna", "Dr. Ana Ruiz, our chief resident, is an alumna of the University of Ibadan College of Medicine.", []string{"Ana Ruiz | University of Ibadan College of Medicine"}},
	{"apposition-graduate-college", "Ana Ruiz, a PGY-2 resident, is a graduate of Oberlin College.", []string{"Ana Ruiz | "}},
	{"attended-college", "Ana Ruiz is a PGY-2 resident who attended Oberlin College before medical school.", []string{"Ana Ruiz | "}},
	{"matched-trap", "Ana Ruiz is a PGY-3 resident who matched into cardiology at Hilltop University Hospital.", []string{"Ana Ruiz | "}},
}

// TestRelationSchools runs relSchoolCells through Page.
func TestRelationSchools(t *testing.T) {
	pass := 0
	for _, c := range relSchoolCells {
		pf, err := Page([]byte("Residency news\n"+c.give), nil)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range pf.Residents {
			got = append(got, r.Name+" | "+r.School)
		}
		if slices.Equal(got, c.want) {
			pass++
		} else {
			t.Errorf("%s: got %q want %q", c.key, got, c.want)
		}
	}
	t.Logf("school cells: %d/%d pass", pass, len(relSchoolCells))
}

// relShapeCells are the relation reader's shapes beyond the copula, read
// by relationResidents alone (not Page, whose other readers may read some
// of them too): a role in apposition after a comma or dash, a quantified
// group ("one of the hospital's 20 new interns", "was one of 12
// interns"), a role several names share ("each a first-year resident"), a
// surname alone before "a" and a modifier or after a title, and a role
// before the name it titles ("our PGY-2 resident Ana Ruiz", "chief
// resident Dr. Ana Ruiz", "one of our interns, Ana Ruiz,"). The traps: a
// dated group, a role that is the next clause's subject or does not agree
// in number with the names, a past status, an office or another role after
// the role word or joined to it.
var relShapeCells = []struct {
	give string
	want []string
}{
	{"Our PGY-2 resident Ana Ruiz presented a poster on sepsis.", []string{"Ana Ruiz"}},
	{"Chief resident Dr. Ana Ruiz presented a poster on sepsis.", []string{"Ana Ruiz"}},
	{"Our chief resident, Dr. Ana Ruiz, presented a poster on sepsis.", []string{"Ana Ruiz"}},
	{"One of our interns, Ana Ruiz, presented a poster on sepsis.", []string{"Ana Ruiz"}},
	{"Our PGY-2 residents Ana Ruiz and Ben Ota presented a poster on sepsis.", []string{"Ana Ruiz", "Ben Ota"}},
	{"Congratulations to our chief residents, Drs. Ana Ruiz and Ben Ota, on the poster prize.", []string{"Ana Ruiz", "Ben Ota"}},
	{"By our PGY3 and future surgeon Dr. Ana Ruiz.", []string{"Ana Ruiz"}},
	{"Our CMR Dr. Ana Ruiz's article won the prize.", []string{"Ana Ruiz"}},
	{"Ana Ruiz, one of the hospital's 20 new interns, presented a poster on sepsis.", []string{"Ana Ruiz"}},
	{"Ana Ruiz was one of 12 interns who presented posters at the spring meeting.", []string{"Ana Ruiz"}},
	{"Ana Ruiz and Ben Ota, both PGY-2 residents, presented posters at the spring meeting.", []string{"Ana Ruiz", "Ben Ota"}},
	{"Ana Ruiz, MD; Third year Pediatrics resident: I came for the volume.", []string{"Ana Ruiz"}},
	{"Ana Ruiz - a PGY-2 resident - presented a poster.", []string{"Ana Ruiz"}},
	{"Dr. Ana Ruiz, our chief resident, presented a poster.", []string{"Ana Ruiz"}},
	{"Tom Okafor and Lena Park, each a first-year pediatrics resident, ran the half marathon.", []string{"Tom Okafor", "Lena Park"}},
	{"Drs. Ana Ruiz, Ben Ota and Lia Cruz, all three internal medicine residents, ran the clinic.", []string{"Ana Ruiz", "Ben Ota", "Lia Cruz"}},
	{"Okafor, a first-year physician resident in neurology, said most patients arrive late.", []string{"Okafor"}},
	{"Today, a first-year resident in neurology said most patients arrive late.", nil},
	{"Okafor, a former chief resident, said most patients arrive late.", nil},
	{"Okafor, one of our residents, said most patients arrive late.", nil},
	{"Ana Ruiz, each a PGY-2 resident, spoke at the dinner.", nil},
	{"Ana Ruiz and Ben Ota, both a PGY-2 resident, spoke at the dinner.", nil},
	{"Ana Ruiz and Ben Ota, both former residents, spoke at the dinner.", nil},
	{"Doctor Alvarez is our chief resident this year.", []string{"Alvarez"}},
	{"Dr. Mensah, a second-year emergency medicine resident, said the shift was long.", []string{"Mensah"}},
	{"Dr. Mensah is a Dayton resident who opened a practice.", nil},
	{"Dr. Mensah is the program director and meets each resident monthly.", nil},
	{"Ana Ruiz was one of our first interns in 1998.", nil},
	{"Ana Ruiz was one of the first residents to train here, 20 years ago.", nil},
	{"With Dr. Ana Ruiz, the chief resident runs morning report.", nil},
	{"Under Dr. Ana Ruiz, each intern learns to place lines.", nil},
	{"For Dr. Ana Ruiz, PGY-2 residents are the heart of the clinic.", nil},
	{"Ana Ruiz, Ben Ota and Lia Cruz, PGY-2 resident, spoke at the dinner.", nil},
	{"Our PGY-2 residents Ana Ruiz spoke at the dinner.", nil},
	{"Our chief residents, Ana Ruiz and Ben Ota work nights.", nil},
	{"Our former chief resident Dr. Ana Ruiz now leads the clinic.", nil},
	{"Past chief resident Dr. Ana Ruiz spoke at the dinner.", nil},
	{"Our interns and program director Dr. Ana Ruiz met the new class.", nil},
	{"Our intern coordinator Ana Ruiz sent the schedule.", nil},
	{"Dr. Ana Ruiz, the residents' mentor, spoke at the dinner.", nil},
	{"Dr. Ana Ruiz, faculty member and former chief resident, spoke at the dinner.", nil},
	{"Dr. Ana Ruiz, an Austin resident, spoke at the dinner.", nil},
	{"Ana Ruiz, one of the pharmacy residents, gave the shots.", nil},
	{"Ana Ruiz, Class of 2016, former resident, spoke at the dinner.", nil},
	{"School of Medicine at Mount Sinai, PGY-1 resident.", nil},
}

// TestRelationShapes runs relShapeCells through relationResidents.
func TestRelationShapes(t *testing.T) {
	for _, c := range relShapeCells {
		var got []string
		for _, r := range relationResidents(docOf([]byte("Residency news\n"+c.give)), "") {
			got = append(got, r.Name)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q want %q", c.give, got, c.want)
		}
	}
}
