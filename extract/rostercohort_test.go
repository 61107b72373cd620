package extract

import "testing"

// rosterCohortCases are two shapes in which news, graduation and welcome
// posts name a program's residents, and the near misses around them:
// written for this test (paraphrased classes, not copied passages), in the
// format of rosterClassCases, which TestRosterClasses runs too.
var rosterCohortCases = []struct {
	class, give string
	want        []string
}{
	// A cohort named in one sentence, each name followed by its degrees,
	// the items parted by commas only.
	{"graduating residents with degrees", "Residency news\n\nCongratulations to our graduating residents, Drs. Lena Park, MD, Omar Haddad, DO, MPH, and Vera Cole, MD, who finish in June.",
		[]string{"Lena Park |  |  | ", "Omar Haddad |  |  | ", "Vera Cole |  |  | "}},
	{"new interns after a colon with an ampersand", "Welcome, interns!\n\nPlease join us in welcoming our new interns: Ruth Abebe, MBBS, Ian Frost, DO & Nadia Rahman, MD.",
		[]string{"Ruth Abebe |  |  | ", "Ian Frost |  |  | ", "Nadia Rahman |  |  | "}},
	{"a first cohort set off by dashes", "Opinion\n\nOur first cohort of family medicine residents \u2014 Tomas Rivera, MD, Grace Obi, MD, MPH and Kwame Mensah, DO \u2014 started in July, and the clinic has never been busier.",
		[]string{"Tomas Rivera |  |  | ", "Grace Obi |  |  | ", "Kwame Mensah |  |  | "}},
	{"a graduating class inside a longer sentence", "Graduation 2026\n\nAt Friday's dinner the residency celebrated its graduating class, Hana Sato, MD, Chidi Okeke, MBBS, PhD, Dana Wells, DO and Paul Reyes, MD, before the families took the floor.",
		[]string{"Hana Sato |  |  | ", "Chidi Okeke |  |  | ", "Dana Wells |  |  | ", "Paul Reyes |  |  | "}},
	{"dotted degrees and no and", "Class of 2027\n\nThe chief residents for next year are Amy Tran, M.D., Bo Li, D.O., Sara Klein, M.D.",
		[]string{"Amy Tran |  |  | ", "Bo Li |  |  | ", "Sara Klein |  |  | "}},
	{"two new residents", "Department news\n\nWelcome to our two new psychiatry residents, Maya Fisher, DO, and Leo Grant, MD!",
		[]string{"Maya Fisher |  |  | ", "Leo Grant |  |  | "}},
	{"the role after the names", "Program news\n\nMaya Fisher, DO, Leo Grant, MD, and Ivy Chan, MBBS, are our new chief residents.",
		[]string{"Maya Fisher |  |  | ", "Leo Grant |  |  | ", "Ivy Chan |  |  | "}},
	{"a title before each name", "Residency news\n\nCongratulations to our graduating residents: Dr. Lena Park, MD, Dr. Omar Haddad, DO, and Dr. Vera Cole, MD.",
		[]string{"Lena Park |  |  | ", "Omar Haddad |  |  | ", "Vera Cole |  |  | "}},
	{"dotted second degrees", "Welcome\n\nWe welcome our new interns, Ruth Abebe, M.D., Ian Frost, D.O., M.P.H., and Nadia Rahman, MBBS, to the program.",
		[]string{"Ruth Abebe |  |  | ", "Ian Frost |  |  | ", "Nadia Rahman |  |  | "}},
	// The cohort named in the sentence before, the list greeting it.
	{"a greeted cohort named the sentence before", "Family Medicine Residency: our first graduates\n\nOn Friday we celebrated the graduation of the first class of resident physicians who began with the residency in 2022. Congratulations to Drs Anna Berg, MD, MPH, Carl Dunn, DO, Ella Fox, MD, and Greg Hale, MD, MBA! We wish you well.",
		[]string{"Anna Berg |  |  | ", "Carl Dunn |  |  | ", "Ella Fox |  |  | ", "Greg Hale |  |  | "}},
	{"new interns greeted the sentence before", "Residency news: welcome week\n\nThis week our new class of interns arrived. A warm welcome to Ruth Abebe, MBBS, Ian Frost, DO, and Nadia Rahman, MD.",
		[]string{"Ruth Abebe |  |  | ", "Ian Frost |  |  | ", "Nadia Rahman |  |  | "}},
	// The same shape naming people who are not the program's residents.
	{"thanks after a graduation, to the organisers", "Family Medicine Residency: our first graduates\n\nOn Friday we celebrated the graduation of our first class of residents. Many thanks to Drs Helen Marsh, MD, and Roy Tan, DO, who organised the evening.", nil},
	{"a greeting after a sentence about faculty", "Residency news: graduation\n\nThe faculty honoured the graduating class of residents. Congratulations to Drs Helen Marsh, MD, and Roy Tan, DO!", nil},
	{"a greeting after a sentence with no cohort", "Residency news\n\nOur residents ran the clinic all weekend. Congratulations to Drs Helen Marsh, MD, and Roy Tan, DO, on their new grant!", nil},
	{"core faculty with degrees", "Our residents learn from the best\n\nOur core faculty, Helen Marsh, MD, Roy Tan, DO, and Jane Smith, MD, PhD, teach the morning report for the residents.", nil},
	{"a leadership team with degrees", "Residency leadership\n\nMeet the leadership team of the residency: Laura Kim, MD, Tyler Moss, DO, and Ruth Adler, MD, MPH.", nil},
	{"an advisory board with degrees", "Resident wellness\n\nThe residency advisory board welcomed Sam Novak, MD, Ivy Chan, DO, and Hugo Perez, MBBS, this spring.", nil},
	{"speakers for the residents", "Grand rounds for residents\n\nThis spring's speakers are Ella Stone, MD, Mark Hale, DO, and Lia Cruz, MD.", nil},
	{"authors of a paper on residents", "Resident research\n\nThe study of residents' sleep, written by Ravi Das, MD, Nia Hart, MD, and Sam Oyelaran, MBBS, appeared in May.", nil},
	{"a single doctor who directs", "Residency news\n\nDr. Laura Kim, MD, program director, welcomed the new residents on Monday.", nil},
	{"graduates who join as faculty", "Residency news\n\nTwo graduates of the residency, Ana Ruiz, MD, and Ben Ota, DO, will come back to the program as faculty.", nil},
	{"medical students of a school", "Commencement\n\nThe school's graduating students, Amy Tran, MD, Bo Li, MD, and Sara Klein, DO, start residency in July.", nil},
	// A photo caption: the lead says who the people are, each name with a
	// place, track or class in parentheses.
	{"a caption of residents of several sites", "Residency news\n\nResidents of the three teaching sites pose with the dean after the opening ceremony. From left to right: Dr. Lena Park (Riverside), Dr. Omar Haddad (Hilltop) and Dr. Vera Cole (Lakeside).",
		[]string{"Lena Park |  |  | ", "Omar Haddad |  |  | ", "Vera Cole |  |  | "}},
	{"a caption with the dean among the residents", "Photo gallery\n\nFamily medicine residents with the dean of the medical school. From left: Dr. Helen Marsh (Dean), Dr. Tomas Rivera (Rural track), Dr. Grace Obi (Urban track) & Dr. Kwame Mensah (Rural track).",
		[]string{"Tomas Rivera |  |  | ", "Grace Obi |  |  | ", "Kwame Mensah |  |  | "}},
	{"a caption without titles and with semicolons", "Our interns at orientation, left to right: Ruth Abebe (PGY-1); Ian Frost (PGY-1); Nadia Rahman (Preliminary).",
		[]string{"Ruth Abebe |  |  | ", "Ian Frost |  |  | ", "Nadia Rahman |  |  | "}},
	{"an L-R caption of a class", "Welcome day\n\nThe incoming residents of the Class of 2029 (L-R): Hana Sato (Internal Medicine), Chidi Okeke (Pediatrics), Dana Wells (Psychiatry).",
		[]string{"Hana Sato |  |  | ", "Chidi Okeke |  |  | ", "Dana Wells |  |  | "}},
	{"a caption with the minister", "Community news\n\nThe new residents of the rural program met the health minister on Tuesday. Pictured from left: Hon. Paul Reyes (Minister of Health), Dr. Amy Tran (Northern site) and Dr. Bo Li (Southern site).",
		[]string{"Amy Tran |  |  | ", "Bo Li |  |  | "}},
	{"chief residents in a caption", "Chief residents 2026-2027, from left: Dr. Maya Fisher (Inpatient chief), Dr. Leo Grant (Ambulatory chief) and Dr. Ivy Chan (Quality chief).",
		[]string{"Maya Fisher |  |  | ", "Leo Grant |  |  | ", "Ivy Chan |  |  | "}},
	{"a caption with degrees and L to R", "Residency news\n\nOur residents at the state meeting (L to R): Amy Tran, MD (Northern site), Bo Li, DO (Southern site), and Sara Klein (Northern site).",
		[]string{"Amy Tran |  |  | ", "Bo Li |  |  | ", "Sara Klein |  |  | "}},
	// Captions of other people, and lists with no lead.
	{"a caption of faculty who teach residents", "Residency news\n\nFaculty who teach our residents at the three sites. From left to right: Dr. Lena Park (Riverside), Dr. Omar Haddad (Hilltop) and Dr. Vera Cole (Lakeside).", nil},
	{"a caption of students beside residents", "Photo gallery\n\nMedical students who rotated with our residents, from left: Amy Tran (Year 3), Bo Li (Year 4) and Sara Klein (Year 3).", nil},
	{"a caption of donors to a resident fund", "Giving\n\nDonors to the resident wellness fund at the gala, from left: Sam Novak (Board chair), Ivy Chan (Novak Foundation) and Hugo Perez (Perez Family Trust).", nil},
	{"a from-left list without a lead", "Spring picnic 2026\n\nFrom left to right: Dr. Lena Park (Riverside), Dr. Omar Haddad (Hilltop) and Dr. Vera Cole (Lakeside).", nil},
	{"a caption of alumni who were residents", "Reunion\n\nFormer residents back for the reunion, from left: Dr. Ruth Adler (Class of 2009), Dr. Sam Novak (Class of 2011) and Dr. Kofi Mensah (Class of 2015).", nil},
	{"a caption of program leaders", "Residency leadership\n\nThe program directors who lead our residents, from left: Dr. Laura Kim (Program Director), Dr. Roy Tan (Associate Program Director) and Dr. Tyler Moss (Site Director).", nil},
}

// TestCaptionPossible checks that captionPossible holds wherever
// captionMarker matches, and that it turns away text with no marker.
func TestCaptionPossible(t *testing.T) {
	for _, s := range []string{"From left to right: Dr. A", "pictured FROM LEFT", "(L-R) Ana", "(l to r)", "L - R:", "l\tto r", "LEFT TO RIGHT"} {
		if !captionMarker.MatchString(s) || !captionPossible(s) {
			t.Errorf("%q: marker %v, possible %v", s, captionMarker.MatchString(s), captionPossible(s))
		}
	}
	for _, s := range []string{"Our residents pose with the dean.", "Residents of all sites", "the hospital team will take all the calls", ""} {
		if captionPossible(s) {
			t.Errorf("%q: possible, though no marker can match", s)
		}
	}
}

// FuzzCaptionPossible checks that captionPossible is a necessary condition
// of captionMarker.
func FuzzCaptionPossible(f *testing.F) {
	for _, s := range []string{"From left to right", "(L-R)", "l to r", "Lx-", "lEfT", "\u212a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if captionMarker.MatchString(s) && !captionPossible(s) {
			t.Fatalf("captionMarker matches %q but captionPossible says no", s)
		}
	})
}
