package extract

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// cvGrid (rost18c) holds the CV reader (cvResident) to résumés of our own
// words: a training list whose residency is under way (its span ends
// after the reference year, or at "present") gives one unnamed
// resident with the school of the degree item; a residency that ended (a
// faculty member's, a fellow's), a student's CV, and a residency's span on
// a page that is no CV give no one. Read on 2026-11-25.
var cvGrid = []struct {
	class, give string
	want        []string
}{
	{"CV1 residency to a later year, the MD item", "## Education & Training\n\n* Family Medicine Residency, Lakeview Medical Center, 2025 Jul – 2028 Jun\n* Doctor of Medicine, Eastfield University School of Medicine, 2021 – 2025\n* Bachelor of Science in Biology, Harbor State College, 2015 – 2019",
		[]string{" | Eastfield University School of Medicine |  | "}},
	{"CV2 a resident to present, MD abroad", "Training\n\n- Internal Medicine Resident, Riverside General Hospital, 2024 – present\n- MD, Universidad de Guadalajara, Guadalajara, 2016 – 2022",
		[]string{" | Universidad de Guadalajara |  | "}},
	{"CV3 an internship with months before the years", "Education\n\n* Internship in Surgery, Bayside University Hospital, July 2026 – June 2027\n* MBBS, University of Lagos College of Medicine, 2012 – 2018",
		[]string{" | University of Lagos College of Medicine |  | "}},
	{"CV4 'to' between the years, no degree item", "Curriculum Vitae\n\nPostgraduate Training\n\nGeneral Surgery Residency, North Valley Health, 2024 to 2029\n\nResearch\n\nTwo papers on wound healing, 2022 and 2023.",
		[]string{" |  |  | "}},
	{"CV5 an HTML list, 'Residency in' the specialty, to Present", "<html><body><h2>Education and Training</h2><ul><li>Residency in Internal Medicine, Lakeview Medical Center, 2024–Present</li><li>M.D., Eastfield University School of Medicine, 2020–2024</li><li>B.S., Harbor State College, 2016–2020</li></ul></body></html>",
		[]string{" | Eastfield University School of Medicine |  | "}},
	{"CV6 a training year before the role, a DO", "Education\n\n* PGY-2 Resident, Pediatrics, Bayside Children's Hospital, 2025 – present\n* DO, Harbor College of Osteopathic Medicine, 2021 – 2025",
		[]string{" | Harbor College of Osteopathic Medicine |  | "}},
	// traps
	{"CV-t6 a faculty CV in HTML, residency and fellowship long ago", "<html><body><h2>Education and Training</h2><ul><li>Residency in Internal Medicine, Lakeview Medical Center, 1999–2002</li><li>Fellowship in Cardiology, Riverside General Hospital, 2002–2005</li><li>M.D., Eastfield University School of Medicine, 1995–1999</li></ul><h2>Appointments</h2><ul><li>Professor of Medicine, 2015–present</li></ul></body></html>",
		nil},
	{"CV-t1 a faculty member's residency long ago", "## Education & Training\n\n* Internal Medicine Residency, Lakeview Medical Center, 1998 – 2001\n* Doctor of Medicine, Eastfield University School of Medicine, 1994 – 1998",
		nil},
	{"CV-t2 a fellow: the residency ended, the fellowship under way", "Education\n\n* Cardiology Fellowship, Riverside General Hospital, 2025 – 2028\n* Internal Medicine Residency, Bayside University Hospital, 2022 – 2025\n* MD, Eastfield University School of Medicine, 2018 – 2022",
		nil},
	{"CV-t3 a student's CV", "Education\n\n* Doctor of Medicine (expected), Eastfield University School of Medicine, 2023 – 2027\n* Residency Interest: Pediatrics\n* Bachelor of Arts, Harbor State College, 2018 – 2022",
		nil},
	{"CV-t4 a program's span under no CV heading", "Accreditation\n\nFamily Medicine Residency, Lakeview Medical Center, 2024 – 2029\n\nOur program was reviewed in 2024 and holds continued accreditation.",
		nil},
	{"CV-t5 a residency that ends this year (in June: over by the run)", "Education & Training\n\n* Pediatrics Residency, Harbor County Hospital, 2023 – 2026\n* MD, Eastfield University School of Medicine, 2019 – 2023",
		nil},
}

func TestCVGrid(t *testing.T) {
	at := WithRunDate(time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC))
	for _, tc := range cvGrid {
		if d := cmp.Diff(tc.want, residentRows(t, tc.give, at)); d != "" {
			t.Errorf("%s: residents (-want +got):\n%s", tc.class, d)
		}
	}
}
