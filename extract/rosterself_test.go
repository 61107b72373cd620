package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// selfPieceGrid is issue 12's probe grid for pages about one resident
// (self12 brief): a resident's own first-person piece, a medical school's
// testimonial of a graduate now in residency, a spotlight or interview
// page, a news story's resident introduced after the lead — each with the
// traps that must read no one (a past residency, a fellow now, a medical
// student, a matched student whose residency is to come, an applicant, a
// leader, faculty and alumni spotlights). The sentences are the team's
// own, modelled on the classes (never copied from a real page). want lists
// "name | school | country | img" as TestRosterClasses does (img only when
// the text states it: a named school is the classifier's to judge).
var selfPieceGrid = []struct {
	class, give string
	want        []string
}{
	// A. A resident's first-person piece, the writer unnamed.
	{"A1 first month of residency", "Three weeks into intern year\n\nMy first month of residency is nearly over and I still get lost on the way to the cafeteria. My program director called me after my first night shift to ask how I was doing, and my co-residents left dinner in the call room for me. I am learning more each day than I did in a month of school.",
		[]string{" |  |  | "}},
	{"A2 first day of a training year", "Monday, July 1\n\nHello again, PGY-3\n\nToday is my first day of PGY-3 and I can hardly believe how quickly the last two years went by. Yesterday was my last day of PGY-2, spent in the clinic I will miss the most. I have promised myself to write here more often this year.",
		[]string{" |  |  | "}},
	{"A3 resident at a named place, school abroad", "Notes from the clinic\n\nAs a second-year resident at Lakeview Medical Center, I spend two mornings a week in my continuity clinic. I went to medical school at the University of Ibadan, so the way clinics bill and schedule here was new to me, and my patients have been patient with me while I learned.",
		[]string{" | University of Ibadan |  | "}},
	{"A4 intern year ending, we and me", "The last page of the year\n\nThis month our intern year is over and most of my friends from orientation are moving to their next program. For me, the year was one of many mistakes and a few small victories. I remember my first code on nights and the senior who stood next to me the whole time.",
		[]string{" |  |  | "}},
	{"A5 a continuity clinic and co-residents", "Clinic days\n\nTuesdays belong to my continuity clinic, where I now know most of my patients by name. My co-residents cover my patients on the wards while I am there, and I return the favor on Thursdays.",
		[]string{" |  |  | "}},
	{"A6 an IMG in a residency", "Advice from the other side\n\nA little about me: I'm an IMG in my second year of a pediatrics residency, and I want to help those applying now. I learned the hard way that letters matter, so write to your mentors early.",
		[]string{" |  |  | yes"}},
	// traps
	{"A-t7 a nurse in the residency clinic", "Why I love my job\n\nI am a nurse in the residency clinic and I love my work. I help my residents find supplies and I know every patient's family.",
		nil},
	{"A-t8 a residency coordinator writes", "Welcome to our program\n\nAs a residency coordinator for twelve years, I have helped every new intern find housing. I love meeting each class and I answer my phone on weekends.",
		nil},
	{"A-t1 residency just finished, fellow now", "From intern to senior\n\nI was an intern once, shaking as I put on my first long coat. Now that I have just finished residency and am starting my cardiology fellowship, I want to pass on what I learned in my intern year. As an intern, you will learn the hospital's habits before its medicine.",
		nil},
	{"A-t2 an attending remembers", "What my patients taught me\n\nTwenty years ago, during my residency, I worked nights that never seemed to end. My program director then told me to sit down with every family. Today I practice in a small town and teach the residents who rotate through my office.",
		nil},
	{"A-t3 a medical student and my residents", "The team room\n\nOn my first day of the medicine clerkship, my third year of medical school, I did not know the door code. My residents taught me to read a chest film and to present in under two minutes. I will remember my residents long after the rotation.",
		nil},
	{"A-t4 a matched student, residency to come", "I get to be a doctor\n\nIn five weeks I finish medical school, and in July I start residency in pediatrics. I am thrilled that the applications are behind me and that my program director already wrote to welcome me.",
		nil},
	{"A-t5 an applicant's statement", "Personal statement\n\nMy observership in a Miami hospital showed me the kind of doctor I want to be. I am applying for an internal medicine residency because I love the puzzles of the wards. In my residency I hope to learn to teach as well as I learned to listen.",
		nil},
	{"A-t6 a program director writes", "Welcome from the program\n\nAs program director, I am proud of my residents and of the care they give. My co-directors and I meet every intern in the first week.",
		nil},

	// A, session 17 (rost17c): a graduate's blog on training abroad that
	// tells the residency's span as gone by ("was our base for the next
	// four years"), under a society's header, with figures of the country
	// around it: no one. Beside it writers who tell of their intern year
	// in the past but are residents now, or whose span is to come, or
	// whose span is a job before residency.
	{"A-t10 a society blog, the town was the base for the next four years", "Society Blog\n\nLetters From Abroad\n\nMany doctors in this country earned their degrees overseas, and some need a sponsor to stay. As an IMG, I count myself among them. After one interview day in March, I moved to a river town that became our base for the next four years. My co-residents were the family I did not have here.",
		nil},
	{"A-t11 where I lived for the following three years", "Notes on Paperwork\n\nI studied medicine in another country, so I know the forms by heart: I filled mine in twice and I waited months for my stamp. The hospital that interviewed me was where I lived and worked for the following three years, and my fellow residents cooked for me on holidays.",
		nil},
	{"A-t12 spent the following years, had an intern class, trained in India", "Notes of a Visa Holder\n\nI went to medical school in India and came here with two suitcases, my books and my mother's recipes. I matched into a program in Ohio and spent the following four years there. In those years I had an intern class that took me to the grocery store and taught me to drive.",
		nil},
	{"A-t13 the same, a paragraph break and a date line", "Notes of a Visa Holder\n\nMarch 2, 2024\n\nI went to medical school in India and came here with two suitcases, my books and my mother's recipes.\n\nI matched into a program in Ohio and stayed for the next four years.\n\nIn those years I had an intern class that took me to the grocery store and taught me to drive.",
		nil},
	{"A-t14 the following three years under a byline", "Notes on Paperwork\n\nBy Priya Nair, MD\n\nI studied medicine in another country, so I know the forms by heart: I filled mine in twice and I waited months for my stamp. The hospital that interviewed me was where I lived and worked for the following three years, and my fellow residents cooked for me on holidays.",
		nil},
	{"A-t15 the next three years under 'By:' and a date", "Society Blog\n\nLetters From Abroad\n\nBy: Priya Nair, MD | June 2023\n\nI trained abroad before the Match. After the Match, the hospital where I trained was my home for the next three years. The move was lonely at first, and my co-residents were the family I didn't have here.",
		nil},
	{"A7 an IMG with an intern class now", "Far From Home\n\nAs an IMG far from my family, I am lucky to have an intern class that cooks dinner with me on Sundays. My mother calls me every morning before my shift, and I tell her about my patients.",
		[]string{" |  |  | yes"}},
	{"A8 trained in India, the intern class is family", "Notes of a Visa Holder\n\nI went to medical school in India and came here with two suitcases. My intern class is the family I have here, and we share a car. I call my parents on my days off and tell them about my patients.",
		[]string{" |  | India | "}},
	{"A9 the span to come, a PGY-1", "Far From Home\n\nAs an IMG, I matched here in March, and this city will be my home for the next three years. My co-residents are already like family, and my mother calls me every morning before my shift.",
		[]string{" |  |  | yes"}},
	{"A10 a job before residency for the next two years", "Far From Home\n\nAs an IMG, I worked in a rural clinic for the next two years after medical school. My first weeks here were a blur, but my co-residents were patient with me and I learned quickly. I love my program.",
		[]string{" |  |  | yes"}},

	// A, session 18 (rost18c): a writer whose training is under way now
	// told by its end to come ("until I finish my residency") or by the
	// present of "doing" ("doing residency now"); beside them the writer
	// whose end to come is medical school's, and the writer who did the
	// residency long ago.
	{"A11 until I finish my residency, a spouse who did not match", "A long week\n\nMy partner did not get a spot this year, and I went to see my program director about a hard night on call. We will live apart until I finish my residency, and then I will follow him north. I made his favourite soup tonight.",
		[]string{" |  |  | "}},
	{"A12 I will complete my residency next June", "Counting down\n\nI will complete my pediatric residency next June, and I already miss my clinic families. My co-residents threw me a small party for my last night float. I wrote this on the bus home.",
		[]string{" |  |  | "}},
	{"A13 graduated and doing residency now", "About this blog\n\nI studied in two countries before my clinical years. I'm graduated and doing residency now, still learning every day. I write here when I get a day off.",
		[]string{" |  |  | "}},
	{"A15 med school was in another country", "Green as a leaf\n\nMy first year of med school was in Ireland, and I finished my clinical years in North America. I'm graduated and doing residency now, and I love my co-residents.",
		[]string{" |  | Ireland | "}},
	{"A14 I am doing my surgery residency", "Hello from the night shift\n\nI am doing my general surgery residency at a city hospital and I write on my nights off. My senior taught me to tie knots with one hand.",
		[]string{" |  |  | "}},
	// traps
	{"A-t16 until I finish medical school", "Almost there\n\nI will stay in this tiny flat until I finish medical school in May. After that I hope to match into a family medicine residency close to my parents.",
		nil},
	{"A-t17 a student hopes to match", "Study notes\n\nI am a second-year medical student and I hope to match into an internal medicine residency. I write my notes here so that I can find them again.",
		nil},
	{"A-t18 a retired doctor remembers doing residency", "Looking back\n\nWhen I was doing my residency in 1985, we slept in the hospital two nights a week. I retired last spring after thirty years in practice, and I still miss my patients.",
		nil},
	{"A-t19 a doctor who did residency long ago", "Old stories\n\nI did my residency at a county hospital decades ago. My grandchildren laugh at my stories about pagers and paper charts.",
		nil},

	// N. (rost18c) A personal page whose writer tells of a relative now
	// in residency: the relative is a resident, unnamed here; beside
	// them the relative whose residency is over, to come, sought, or is a
	// fellowship, and a parent whose child starts medical school.
	{"N1 my husband is a third of the way through his residency", "Life at home\n\nAs I write this, my husband is a third of the way through his residency in internal medicine. I keep the house running while he works nights, and I try to cook for the week on Sundays.",
		[]string{" |  |  | "}},
	{"N2 my wife is halfway through her residency", "Notes from a resident's spouse\n\nMy wife is halfway through her pediatrics residency, and our toddler barely remembers life before it. I learned to cook because of her call schedule.",
		[]string{" |  |  | "}},
	{"N3 my partner is in his second year of residency", "Our year\n\nMy partner is in his second year of residency at a hospital across town. I see him most at breakfast, and I keep our calendar on the fridge.",
		[]string{" |  |  | "}},
	{"N4 my hubby started his residency in July", "New city\n\nWe moved in June, and my hubby started his family medicine residency in July. I found a job at a bakery near our flat and I love it.",
		[]string{" |  |  | "}},
	// traps
	{"N-t1 my husband finished his residency", "A new chapter\n\nMy husband finished his residency last June and now works at a clinic near the lake. I am so proud of him, and I love our new garden.",
		nil},
	{"N-t2 my wife will start her residency", "Moving day\n\nMy wife will start her residency in July, so I packed our kitchen this week. I am nervous about the new city.",
		nil},
	{"N-t3 my husband did not match", "Hard news\n\nMy husband did not match this year, and he will apply to residency again in the fall. I am trying to keep our spirits up.",
		nil},
	{"N-t4 our son starts medical school", "Proud parents\n\nOur son starts medical school in August, and my daughter is a nurse at the children's hospital. I am a proud mother and I cried at his white coat ceremony.",
		nil},
	{"N-t6 my wife started her residency in a year gone by", "Moving again\n\nWe moved to Oregon in 2018 when my wife started her residency. I found work at a school and I still love it.",
		nil},
	{"N-t5 my husband is halfway through his fellowship", "Life at home\n\nMy husband is halfway through his cardiology fellowship, after three long years of residency. I keep the house running while he works nights.",
		nil},

	// P. (rost18c) A couple's page, told by one of them: the two are
	// residents now when "we" started our residencies together or are
	// both residents; named by the page's title of two first names, else
	// unnamed. Beside them the couple whose residencies are over, to
	// come, sought, or who are students, and a program's "we".
	{"P1 we started our residencies together, two first names as the title", "Ana and Ben\n\nHow We Met\n\nWe met in medical school, though in different cities, and we studied together over video calls for years. In 2019 we started our residencies together in Chicago!\n\nThe Proposal\n\nOn a windy Sunday he took me to the lake. I had no idea what he was planning, and I said yes before he finished the question.",
		[]string{"Ana |  |  | ", "Ben |  |  | "}},
	{"P2 we are both residents, no title of names", "Our little blog\n\nWe are both residents at Lakeview Medical Center, so our kitchen is mostly takeout menus. I write here on my days off. My husband reads every post before I do.",
		[]string{" |  |  | ", " |  |  | "}},
	{"P3 Sam & Lee, we both started residency", "Sam & Lee\n\nOur story\n\nLast July we both started residency at the same hospital, I in pediatrics and he in surgery. I noticed him at orientation because he brought his own coffee.",
		[]string{"Sam |  |  | ", "Lee |  |  | "}},
	{"P4 we're now both second-year residents", "Mia and Theo\n\nA year ago we moved across the country. Now we're both second-year residents, and I still can't believe we match our call weeks. I keep a list of our favourite diners.",
		[]string{"Mia |  |  | ", "Theo |  |  | "}},
	// traps
	{"P-t1 we were both residents when we met", "Ana and Ben\n\nWe were both residents when we met in the hospital cafeteria. Today I practice pediatrics and he practices surgery in the same town, and I still laugh at his coffee.",
		nil},
	{"P-t2 we both matched into residencies", "Ana and Ben\n\nIn March we both matched into residencies in Ohio, and I cried when I opened my envelope. We start in July and I am already packing.",
		nil},
	{"P-t3 we finished our residencies together", "Ana and Ben\n\nWe finished our residencies together in 2015 and now practice in the same clinic. I handle the children and he handles the grown-ups.",
		nil},
	{"P-t4 a program's we started our residencies", "About our programs\n\nIn 2015 we started our residencies in family medicine and psychiatry. I am proud to lead the first of them as program director.",
		nil},
	{"P-t5 medical students hope to start residencies together", "Ana and Ben\n\nWe are both medical students, and I hope we will start our residencies together next year. I write this between exams.",
		nil},

	// B. A medical school's testimonial: the graduate's name as the
	// title, a heading naming the residency, the MD earned at the school.
	{"B1 graduate now in residency, school named", "Maria Delgado\n\nInternal Medicine Residency\n\nAfter earning her MD at Ross University School of Medicine, Maria went on to a three-year internal medicine residency at the University of Kansas Medical Center. She says the island years taught her to study on her own.",
		[]string{"Maria Delgado | Ross University School of Medicine |  | "}},
	{"B2 graduate in her second year", "Ahmed Rahman\n\nFamily Medicine Residency\n\nAhmed received his MD from Saba University School of Medicine and is now a second-year family medicine resident at a community hospital in Michigan.",
		[]string{"Ahmed Rahman | Saba University School of Medicine |  | "}},
	// traps
	{"B-t1 graduate who completed residency and practices", "Daniel Okafor\n\nFamily Medicine\n\nAfter earning his MD at St. George's University, Daniel completed a family medicine residency in Kansas and now practices in a rural clinic.",
		nil},
	{"B-t2 graduate who is an attending", "Grace Mwangi\n\nPediatrics\n\nGrace earned her MD at American University of the Caribbean and trained in pediatrics in Ohio. She is now an attending physician at a children's hospital.",
		nil},
	{"B-t3 a student who will begin residency", "Lena Fischer\n\nPediatrics Residency\n\nLena will graduate from American University of the Caribbean School of Medicine in May and will begin her pediatrics residency at a Texas hospital in July.",
		nil},

	// C. A spotlight or interview page about one resident.
	{"C1 meet Dr. X, PGY-2, with questions", "Resident Spotlight\n\nMeet Dr. Samuel Osei, PGY-2\n\nWhere did you go to medical school?\n\nI went to the University of Ghana Medical School in Accra.\n\nWhat do you like most about the program?\n\nThe teaching on the wards and the people I work with.",
		[]string{"Samuel Osei | University of Ghana Medical School in Accra |  | "}},
	{"C2 meet Dr. X, PGY-1, in the third person", "Meet Dr. Hannah Lee, PGY-1\n\nHannah grew up in Ohio and is a first-year resident in our program. She graduated from the Ohio State University College of Medicine.",
		[]string{"Hannah Lee | Ohio State University College of Medicine |  | "}},
	{"C3 spotlight whose answer is the school alone", "Resident Spotlight: Dr. Kofi Mensah\n\nYear: PGY-3\n\nWhere did you go to medical school?\n\nKwame Nkrumah University of Science and Technology, Ghana\n\nWhat do you do on a day off?\n\nI run along the river with my dog.",
		[]string{"Kofi Mensah | Kwame Nkrumah University of Science and Technology | Ghana | "}},
	{"C4 a name as the title, then is a PGY-2", "Luis Ortega, MD\n\nLuis is a PGY-2 in our family medicine residency. He earned his medical degree from the Universidad de Guadalajara and enjoys cycling.",
		[]string{"Luis Ortega | Universidad de Guadalajara |  | "}},
	{"C5 spotlight on Dr. X, PGY-3 (a page's own title)", "<html><head><title>Spotlight on Dr. Kofi Mensah, PGY-3 | Lakeview Family Medicine</title></head><body><h1>Spotlight on Dr. Kofi Mensah, PGY-3</h1><p>Where did you go to medical school?</p><p>University of Cape Coast School of Medical Sciences</p><p>What do you do on a day off?</p><p>I run along the river with my dog.</p></body></html>",
		[]string{"Kofi Mensah | University of Cape Coast School of Medical Sciences |  | "}},
	// traps
	{"C-t5 spotlight on a coordinator", "Spotlight on Rosa Lima – Program Coordinator\n\nRosa has kept our residency running for twelve years and knows every resident by name.",
		nil},
	{"C-t3 a school's testimonial of a student", "Omar Haddad\n\nClass of 2027\n\nOmar is a third-year medical student who hopes to train in emergency medicine after graduation.",
		nil},
	{"C-t4 a name as the title, a resident of a city", "Helen Brandt\n\nHelen is a longtime resident of Austin and volunteers at the free clinic on weekends.",
		nil},
	{"C-t1 faculty spotlight", "Faculty Spotlight\n\nMeet Dr. Samuel Osei, Associate Program Director\n\nWhere did you go to medical school?\n\nI went to the University of Ghana Medical School in Accra.\n\nWhat do you like most about teaching?\n\nWatching interns become seniors.",
		nil},
	{"C-t2 alumni spotlight", "Alumni Spotlight\n\nMeet Dr. Hannah Lee\n\nHannah completed her residency with us in 2015 and now practices in Ohio. She graduated from the Ohio State University College of Medicine.",
		nil},

	// D. A news story whose resident is introduced after the lead.
	{"D1 a resident introduced in a later sentence", "Hospital opens a new clinic\n\nThe clinic will serve families on the west side of the city.\n\nDr. Ana Cruz, a third-year resident, said the clinic will save patients a long bus ride.",
		[]string{"Ana Cruz |  |  | "}},
	{"D-t1 a program director in a later sentence", "Hospital opens a new clinic\n\nThe clinic will serve families on the west side of the city.\n\nDr. Ana Cruz, the residency program director, said the clinic will save patients a long bus ride.",
		nil},
}

// knownSelfPieceMisses are the cells of selfPieceGrid not read right yet.
var knownSelfPieceMisses = map[string]bool{}

func TestSelfPieceGrid(t *testing.T) {
	pass := 0
	for _, tc := range selfPieceGrid {
		got := residentRows(t, tc.give)
		d := cmp.Diff(tc.want, got)
		switch {
		case d == "":
			pass++
			if knownSelfPieceMisses[tc.class] {
				t.Errorf("%s: passes now; take it off the known misses", tc.class)
			}
		case !knownSelfPieceMisses[tc.class]:
			t.Errorf("%s: residents (-want +got):\n%s", tc.class, d)
		}
	}
	t.Logf("%d of %d cells pass", pass, len(selfPieceGrid))
}

// TestSelfAccountTense holds the tense matrix to single sentences: each
// cue's sense and its role's kind give the verdict (selfVerdicts).
func TestSelfAccountTense(t *testing.T) {
	for _, tc := range []struct {
		first                     bool
		give                      string
		now, over, ahead, student int
	}{
		{true, "Today is my first day of PGY-2 and I am nervous.", 1, 0, 0, 0},
		{true, "My first month of residency is complete.", 1, 0, 0, 0},            // the month, not the residency, is complete
		{true, "Our intern year is over and my friends are leaving.", 1, 0, 0, 0}, // a first year over: a resident still
		{true, "My residency is over and I am moving home.", 0, 1, 0, 0},
		{true, "I have just finished residency and I am starting my fellowship.", 0, 2, 0, 0},
		{true, "In July I start residency at a children's hospital.", 0, 0, 1, 0},
		{true, "On Monday I start PGY-3 on the wards.", 1, 0, 0, 0}, // a later year to come: a resident now
		{true, "I am applying for a PGY-2 position in your program.", 0, 0, 1, 0},
		{true, "As a candidate for our residency I wrote to the program.", 0, 0, 0, 0}, // no role heads "as a candidate"
		{true, "As a third-year medical student I loved my rotation.", 0, 0, 0, 1},
		{true, "My husband began his residency in Ohio.", 0, 0, 0, 0}, // another's residency
		{false, "She began her residency at a county hospital last July.", 1, 0, 0, 0},
		{false, "He is in his second year of residency.", 1, 0, 0, 0},
		{false, "She completed a family medicine residency and now practices in Maine.", 0, 2, 0, 0},
		{false, "He will begin his surgery residency in June.", 0, 0, 1, 0},
		{true, "We live apart until I finish my residency next year.", 1, 0, 0, 0},            // an end to come: under way now
		{true, "I will stay here until I finish medical school.", 0, 0, 0, 1},                 // a student's end to come
		{true, "When I was doing my residency in 1985 we slept at the hospital.", 0, 1, 0, 0}, // a past "doing"
		{true, "I am doing my residency in surgery.", 1, 0, 0, 0},
		{true, "My husband is halfway through his residency.", 0, 0, 0, 0}, // his, not the writer's
	} {
		a := selfAccount{first: tc.first}
		a.add(tc.give, strings.ReplaceAll(asciiLower(tc.give), "’", "'"))
		if a.now != tc.now || a.over != tc.over || a.ahead != tc.ahead || a.student != tc.student {
			t.Errorf("%q: now %d over %d ahead %d student %d, want %d %d %d %d", tc.give, a.now, a.over, a.ahead, a.student, tc.now, tc.over, tc.ahead, tc.student)
		}
	}
}

// TestKinAccount: a relative's sentence is read for the relative, the
// writer's own cues left out.
func TestKinAccount(t *testing.T) {
	for _, tc := range []struct {
		give             string
		now, over, ahead int
	}{
		{"Life\n\nMy husband is halfway through his residency, and I work from home.", 1, 0, 0},
		{"Life\n\nMy beloved wife is in her second year of residency in Ohio.", 1, 0, 0},
		{"Life\n\nMy husband finished his residency in June and I am thrilled.", 0, 1, 0},
		{"Life\n\nMy sister will start her residency in July.", 0, 0, 1},
		{"Life\n\nThe hubby is in his second year of residency now, and I work from home.", 1, 0, 0},
		{"Life\n\nThe husband of my neighbour is in his second year of residency.", 0, 0, 0}, // no relative of the writer
		{"Life\n\nOn my first day of residency my husband made me dinner.", 0, 0, 0},         // the writer's, not his
		{"Life\n\nI am halfway through my residency and my husband cooks.", 0, 0, 0},
	} {
		a := kinAccount(docOf([]byte(tc.give)))
		if a.now != tc.now || a.over != tc.over || a.ahead != tc.ahead {
			t.Errorf("%q: now %d over %d ahead %d, want %d %d %d", tc.give, a.now, a.over, a.ahead, tc.now, tc.over, tc.ahead)
		}
	}
}

// TestSpotlightLeadFirstLetters: spotlightLead looks at the table only
// after a lead's first letter; every lead must begin with one it asks.
func TestSpotlightLeadFirstLetters(t *testing.T) {
	for _, l := range spotlightLeads {
		for _, v := range []string{l, strings.ToUpper(l[:1]) + l[1:]} {
			if _, ok := spotlightLead(v + "Jane Doe"); !ok {
				t.Errorf("spotlightLead(%q) misses its lead", v+"Jane Doe")
			}
		}
	}
}
