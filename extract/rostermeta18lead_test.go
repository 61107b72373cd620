package extract

import (
	"slices"
	"strings"
	"testing"
)

// Session 18's lead cells (issue 12), in the team's own words: a role's
// phrase that names the program it is held in after "of" ("chief resident
// of the pediatrics program"), with a place's "resident of Dayton" beside
// it as the trap; "works as / trains as a resident" (a post held now),
// with a nurse's, an attending's and a past post's as traps.

// relCells18Lead are the lead's cells of session 18.
func relCells18Lead() []relCell {
	head := "Residency news\n\n"
	ruiz := []string{"Ana Ruiz"}
	var cells []relCell
	for _, c := range []struct{ key, text string }{
		{"of-program", "Dr. Ana Ruiz, chief resident of the pediatrics program, led the simulation day for the new interns."},
		{"of-program-no-title", "Ana Ruiz, chief resident of the surgery program, spoke at the dinner."},
		{"of-residency-year", "Dr. Ana Ruiz, a second-year resident of the Lakeside Family Medicine Residency, said the clinic is busy."},
		{"of-department-our", "Dr. Ana Ruiz, chief resident of our Internal Medicine Department, said the wards were full."},
		{"of-hospital", "Ana Ruiz, a resident of Mercy Hospital, won the poster prize."},
		{"of-program-at", "Dr. Ana Ruiz, a third-year resident of the psychiatry program at Lakeside, presented the case."},
		{"of-service-intern", "Dr. Ana Ruiz, an intern of the medicine service, wrote the note."},
		{"works-as", "Ana Ruiz works as a resident physician at Lakeside Hospital and runs the book club."},
		{"is-working-as", "Dr. Ana Ruiz is working as a surgical resident at Lakeside this year."},
		{"trains-as", "Ana Ruiz now trains as a family medicine resident at Lakeside."},
		{"works-as-pgy", "Ana Ruiz currently works as a PGY-2 in the pediatrics program."},
	} {
		cells = append(cells, relCell{"lead18/" + c.key, head + c.text, ruiz})
	}
	for _, tr := range []struct{ key, text string }{
		{"of-town", "Ana Ruiz, a resident of Dayton, spoke at the meeting about the new clinic."},
		{"of-neighborhood", "Ana Ruiz, a longtime resident of the Oak Hill neighborhood, praised the hospital's residency program."},
		{"of-county", "Ana Ruiz, a resident of Marion County, thanked the residents who treated her."},
		{"of-program-faculty", "Dr. Ana Ruiz, director of the pediatrics program, welcomed the interns."},
		{"works-as-nurse", "Ana Ruiz works as a nurse at Lakeside alongside the residents."},
		{"worked-as-past", "Ana Ruiz worked as a resident at Lakeside in 1998 and now directs the clinic."},
		{"works-as-faculty", "Dr. Ana Ruiz works as an attending physician who teaches our residents."},
		{"of-home", "Ana Ruiz, a resident of the Pine Grove retirement home, met the interns."},
	} {
		cells = append(cells, relCell{"lead18/trap/" + tr.key, head + strings.TrimSpace(tr.text), nil})
	}
	return cells
}

// TestSchoolVerbs18Lead: a bio's verbs of medical study that name the
// school — "obtained her medical education from", "did his medical
// training at", "pursued their medical studies at" — give the resident the
// school; a relative's study ("her brother went to medical school at")
// gives none.
func TestSchoolVerbs18Lead(t *testing.T) {
	head := "Resident Spotlight\n\nDr. Maya Lindell is a second-year resident in our internal medicine program. "
	for _, c := range []struct{ verb, want string }{
		{"She obtained her medical education from Hollins Medical University.", "Hollins Medical University"},
		{"She did her medical training at Hollins Medical University in Lahore.", "Hollins Medical University"},
		{"She pursued her medical studies at the University of Eastvale Faculty of Medicine.", "University of Eastvale Faculty of Medicine"},
		{"She finished her medical degree at Hollins Medical University in 2020.", "Hollins Medical University"},
		{"She received her medical degree from Hollins Medical University.", "Hollins Medical University"},
		{"Her sister hopes to pursue her medical studies at Hollins Medical University.", ""},
		{"Her brother went to medical school at Hollins Medical University.", ""},
		{"Her husband received his medical degree from Hollins Medical University.", ""},
	} {
		rs := roster(docOf([]byte(head+c.verb+" She enjoys hiking.")), "https://lakeside.example.org/im/news/spotlight")
		if len(rs) != 1 || rs[0].Name != "Maya Lindell" {
			t.Errorf("%q: residents %v, want Maya Lindell", c.verb, rs)
			continue
		}
		if !strings.HasPrefix(rs[0].School, c.want) || c.want == "" && rs[0].School != "" {
			t.Errorf("%q: school %q, want %q", c.verb, rs[0].School, c.want)
		}
	}
}

// TestGroupBios18Lead: a resident group's line over entries of a name line
// and its bio, or of bios that open with their person's full name, gives
// each person as a resident with the school the bio names
// (rostergroupbios.go); the same entries under faculty, alumni or staff
// lines give no one, nor does one entry alone.
func TestGroupBios18Lead(t *testing.T) {
	const u = "https://lakeside.example.org/im/residents"
	ana := "Ana is from Quito, Ecuador, and graduated from Pontificia Universidad Catolica de Quito. She is interested in nephrology."
	ben := "Ben grew up in Ohio and attended Ohio Valley College of Osteopathic Medicine. He enjoys fishing."
	cai := "Cai studied medicine at the University of Nairobi School of Medicine. In his free time he runs trails.\n\nHe hopes to pursue cardiology."
	for _, c := range []struct {
		key, text string
		want      []string
	}{
		{"name-lines-degrees", "Current Residents\n\nAna Ruiz, MD\n" + ana + "\n\nBen Ota, DO\n" + ben,
			[]string{"Ana Ruiz|Pontificia Universidad Catolica de Quito", "Ben Ota|Ohio Valley College of Osteopathic Medicine"}},
		{"name-lines-titles", "Meet Our Interns\n\nDr. Ana Ruiz\n" + ana + "\n\nDr. Ben Ota\n" + ben + "\n\nDr. Cai Mwangi\n" + cai,
			[]string{"Ana Ruiz|Pontificia Universidad Catolica de Quito", "Ben Ota|Ohio Valley College of Osteopathic Medicine", "Cai Mwangi|University of Nairobi School of Medicine"}},
		{"name-lines-year-heading", "PGY-2 Residents\n\nAna Ruiz\n" + ana + "\n\nBen Ota\n" + ben,
			[]string{"Ana Ruiz|Pontificia Universidad Catolica de Quito", "Ben Ota|Ohio Valley College of Osteopathic Medicine"}},
		{"opening-names", "Meet our interns\n\nDr. Ana Ruiz grew up in Quito, Ecuador, and graduated from Pontificia Universidad Catolica de Quito. She is interested in nephrology.\n\nBen Ota attended Ohio Valley College of Osteopathic Medicine. He enjoys fishing.",
			[]string{"Ana Ruiz|Pontificia Universidad Catolica de Quito", "Ben Ota|Ohio Valley College of Osteopathic Medicine"}},
		{"director-entry-among", "Current Residents\n\nAna Ruiz, MD\n" + ana + "\n\nMei Tan, MD\nDr. Tan is our associate program director and completed her residency here in 2011.\n\nBen Ota, DO\n" + ben,
			[]string{"Ana Ruiz|Pontificia Universidad Catolica de Quito", "Ben Ota|Ohio Valley College of Osteopathic Medicine"}},
		{"trap-faculty", "Our Faculty\n\nAna Ruiz, MD\n" + ana + "\n\nBen Ota, DO\n" + ben, nil},
		{"trap-alumni", "Alumni\n\nDr. Ana Ruiz\n" + ana + "\n\nDr. Ben Ota\n" + ben, nil},
		{"trap-staff-opening", "Program Staff\n\nAna Ruiz joined the program office in 2019 and coordinates the interview season.\n\nBen Ota manages the rotation schedules and the call rooms.", nil},
		{"trap-headline-caption-twice", "Harbor General welcomes its first residents\n\nDr. Omar Lind talks with the new interns about the wards in the first week.\n\nDr. Omar Lind talks with the new interns about the wards in the first week. Staff photo.", nil},
		{"trap-headline-two-quotes", "Valley Hospital welcomes new residents\n\nDr. Omar Lind, the program director, said the class is the largest yet.\n\nDr. Mei Tan, the hospital's chief executive, thanked the donors.", nil},
		{"trap-roundup-apposed", "Meet residents from across the region\n\nLena Ortiz, M.D., first-year resident at Pine Valley Family Medicine in Boise: I looked at the call schedule first and asked about night float.\n\nMarcus Hale, D.O., second-year resident at Riverbend Health in Macon: Location mattered most to me.", nil},
		{"trap-question-heading", "How residents choose programs\n\nLena Ortiz, MD\nShe looked at the call schedule first and asked about night float before ranking.\n\nMarcus Hale, DO\nLocation mattered most to him, because his family lives nearby.", nil},
		{"trap-one-entry", "Chief Resident\n\nThe chief resident leads morning report.\n\nAna Ruiz, MD\n" + ana, nil},
	} {
		var got []string
		for _, r := range roster(docOf([]byte(c.text)), u) {
			got = append(got, r.Name+"|"+r.School)
		}
		slices.Sort(got) // (the order is the readers', not the page's)
		if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("%s:\n got  %q\n want %q", c.key, got, c.want)
		}
	}
}
