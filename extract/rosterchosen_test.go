package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// chosenSchoolGrid (issue 12, rost17c; dev21 s21004's class): a medical
// school's interview with its graduate, now a resident, asks why the
// graduate chose the school, and the answer tells of medical school with
// no verb that names it. The school is the one asked about: named whole,
// by its acronym (the interviewer's label too) or by its first word.
// Traps: the question names a residency, a hospital an acronym stands for,
// a fellowship. (Kept out of selfPieceGrid, whose metamorphic rows add a
// byline: an interview's byline names its interviewer, whom the profile
// reader still takes for the resident — left, see the session report.)
var chosenSchoolGrid = []struct {
	class, give string
	want        []string
}{
	// E (rost17c): a medical school's interview with its graduate, now a
	// resident, asks why the graduate chose the school; the answer tells
	// of medical school without a verb that names it. The school is the
	// one asked about: named whole, by its acronym (the interviewer's
	// label too) or by its first word. Traps: the question names a
	// residency, a hospital an acronym stands for, a fellowship.
	{"E1 acronym asked, the interviewer's label", "HIU: What pulled you toward HIU — what made you choose HIU?\n\nPATEL: I had wanted to be a surgeon since high school. A cousin told me about Harbor Isle University School of Medicine, and the island campus felt right. I was in the graduating class of 2019 and I am now a third-year resident in general surgery at a hospital in New Jersey.",
		[]string{" | Harbor Isle University School of Medicine |  | "}},
	{"E2 the school named whole in the question", "Alumni Stories | News\n\nWhy did you choose Kestrel University School of Medicine?\n\nI went into medical school knowing I wanted pediatrics, and friends who studied there praised the clinical years. Today I am a second-year resident in pediatrics in Ohio, and I still use the notes I made on the island.",
		[]string{" | Kestrel University School of Medicine |  | "}},
	{"E3 the first word asked", "Graduate Q&A\n\nWhat drew you to Marlow?\n\nMy uncle went to medical school there. I read everything about Marlow College of Medicine before I applied. I am now a PGY-3 in family medicine in Texas. My mornings start with my team, and my evenings are for my family.",
		[]string{" | Marlow College of Medicine |  | "}},
	{"E4 acronym asked, line breaks in the answer", "WCU: What made you choose WCU?\n\nOKAFOR: I first heard of West Cay University School of Medicine at a fair in Lagos.\nI was in the graduating class of May 2018.\nI am now a third-year resident in psychiatry in Michigan.",
		[]string{" | West Cay University School of Medicine |  | "}},
	{"E5 a site header and a date line over the interview", "Harbor Isle University\n\nGraduate Voices\n\nJune 2, 2025\n\nWhat brought you to HIU?\n\nI first read about Harbor Isle University School of Medicine in a magazine at my dentist's office. I was in the graduating class of 2021, and I am now a second-year resident in neurology in Illinois.",
		[]string{" | Harbor Isle University School of Medicine |  | "}},
	{"E-t4 a student asked", "Student Voices\n\nWhat drew you to HIU?\n\nI first read about Harbor Isle University School of Medicine in a magazine. I am a third-year medical student now, and I hope to train in neurology after I graduate.",
		nil},
	{"E-t1 the residency asked", "Resident Q&A\n\nWhat attracted you to Lakeview Internal Medicine Residency?\n\nI went to medical school in Ohio and I wanted a program close to my family. I am now a second-year resident here, and my co-residents are wonderful. My mornings start with my team, and my evenings are for my family.",
		[]string{" |  | United States | "}},
	{"E-t2 an acronym for a hospital", "LMC: What attracted you to LMC?\n\nI went to medical school nearby, and I heard good things about Lakeview Medical Center from friends. I am now a second-year resident there, and my co-residents are wonderful. My mornings start with my team, and my evenings are for my family.",
		[]string{" |  |  | "}},
	{"E-t3 a fellowship at a school asked", "Fellow Q&A\n\nWhat made you choose the Cardiology Fellowship at Lakeview University School of Medicine?\n\nI graduated from medical school in 2015. I am now a second-year resident in internal medicine, and my co-residents are wonderful.",
		[]string{" |  |  | "}},
}

func TestChosenSchoolGrid(t *testing.T) {
	for _, tc := range chosenSchoolGrid {
		t.Run(tc.class, func(t *testing.T) {
			if d := cmp.Diff(tc.want, residentRows(t, tc.give)); d != "" {
				t.Errorf("residents (-want +got):\n%s", d)
			}
		})
	}
}
