package extract

// rosterNotPeopleCases are eligibility and benefits passages whose
// title-case labels look like names beside a resident's words (a training
// year, "resident" in a list item, "permanent resident"), and near misses
// that name real residents: written for this test (paraphrased classes, not
// copied passages), in the format of rosterClassCases, which
// TestRosterClasses runs too.
var rosterNotPeopleCases = []struct {
	class, give string
	want        []string
}{
	// A benefit's note in parentheses starts with a training year.
	{"benefit with a year note", "Stipends and benefits\n\nEvery resident receives an education fund.\n\n  • Relocation Stipend (PGY-1 only. Paid with the first check)\n  • Book Fund\n  • Meal Card (all years)\n", nil},
	{"benefit with a long year note", "Salary and perks\n\n- Parking Permit (PGY-2 year only, see the handbook for details)\n- Phone Stipend\n", nil},
	{"a name with a year aside in a sentence", "Research day\n\nCongratulations to Hana Sato (PGY-2) for her poster at the regional meeting.",
		[]string{"Hana Sato |  |  | "}},
	{"a name line with a year aside", "Current Residents\nTomas Rivera, MD (PGY-1)\nI chose this program for its clinic.\n",
		[]string{"Tomas Rivera |  |  | "}},
	// A section label over prose, then a list whose item says "Resident".
	{"benefit heading over a fee list", "Benefits\n\nTuition Support\n\nExam and licence fees are paid by the hospital, including:\n  • Step 3 on the first attempt\n  • Resident Training Permit\n  • In-service exam\n\nLeave\n\nFour weeks of vacation each year.\n", nil},
	{"benefit heading over a sentence about residents", "Perks\n\nWellness Allowance\n\nEach year the program funds a retreat for every resident and one guest.\n  • Chief Resident Dinner\n", nil},
	{"a card whose role line follows the name", "Meet our residents\n\nGrace Obi\nChief Resident\nI grew up in Lagos and love teaching on the wards every single day.\n",
		[]string{"Grace Obi |  |  | "}},
	// Who may apply: "permanent resident" is a status, "Citizen" no surname.
	{"citizen or permanent resident", "Who may apply\n\nApplicants must hold a J-1 visa or be a US Citizen, a Naturalized US Citizen or permanent resident.", nil},
	{"citizen or legal resident", "Eligibility\n\nEach applicant must be a Canadian Citizen, a lawful permanent resident, or hold an EAD card.", nil},
	{"green card holder or permanent resident", "Eligibility\n\nYou qualify if you are a Green Card Holder, a legal resident of the United States or a citizen.", nil},
	{"a person who is a resident", "Clinic news\n\nOmar Haddad, a second-year resident, led the diabetes group this spring.",
		[]string{"Omar Haddad |  |  | "}},
	// A name, its degrees and, without an article, what the person trains
	// as; a place or another role in that spot names no resident.
	{"transcript speakers with semicolons", "Why train here [video transcript] Lena Park, MD; Third year Pediatrics resident: The city is easy to love. Omar Haddad, DO, MPH; First-year Emergency Medicine resident: I came for the trauma volume. Vera Cole, MD; Fellow, Division of Cardiology: The fellows teach too.",
		[]string{"Lena Park |  |  | ", "Omar Haddad |  |  | "}},
	{"quote signatures with a specialty", "Advice for new interns\n\n\u201cAsk for help early.\u201d Ruth Abebe, DO, transitional PGY1 resident at Lakeside Medical Center\n\n\u201cSleep when you can.\u201d\u2014 Ian Frost, MD, internal medicine resident at Lakeside Medical Center in Dayton, Ohio",
		[]string{"Ruth Abebe |  |  | ", "Ian Frost |  |  | "}},
	{"a name, a comma and the role", "Clinic news\n\nThe poster prize went to Chidi Okeke, second-year family medicine resident, for a study of clinic no-shows.",
		[]string{"Chidi Okeke |  |  | "}},
	{"a place before the role", "Match news\n\n\u201cIt is a dream come true,\u201d said Dana Wells, Class of 2026, an Austin, Texas resident, who matched at Mercy.", nil},
	{"an article and a place before the role", "Town news\n\nJo Day, an Austin resident, opened a bakery near the hospital.", nil},
	{"a director of the residency", "Program news\n\nPaul Reyes, MD, director of the new resident clinic, said the clinic opens in July.", nil},
	{"a fellow in apposition", "Research day\n\nGrace Lin, MD; cardiology fellow and former chief resident, judged the posters.", nil},
	// An interview with one resident who is never named: the questions put
	// to the resident, the answers in the first person.
	{"an unnamed intern interviewed", "A Conversation with an Intern\n\nWhat surprised you most about intern year?\nI did not expect to feel so at home on nights. My senior trusted me early and I learned to trust my own exam.\n\nWhich rotation has been your favorite?\nThe children's oncology ward. I still think about my patients there, and my co-interns kept me going.\n\nWhat would you change?\nI would add more clinic time. My mornings there taught me the most.",
		[]string{" |  |  | "}},
	{"an unnamed surgery resident interviewed", "Interview with a Second-Year Surgery Resident\n\nHow do you spend a call night?\nI start with sign-out, then I see every new consult myself. My chief is a text away.\n\nWhy did you pick this program?\nI wanted autonomy, and my interview day showed me the residents operate early. I have not regretted it.", []string{" |  |  | "}},
	{"an applicant's questions to a program", "Questions from a prospective resident\n\nCan I apply if I graduated in 2015?\nYes. I would add that my office reads every file, and I answer my own email.\n\nDo I need US clinical experience?\nIt helps me judge an application, but I do not require it. My advice: apply early.", nil},
	{"questions to a future intern answered by the program", "Life as an Intern\n\nWhat will your schedule look like?\nInterns work five ward months and two clinic months. Our chiefs build the schedule in May.\n\nWho will you work with?\nA senior resident and an attending on every team.", nil},
	// Specialties joined by a slash in apposition.
	{"a slash between specialties", "Night shift photos\n\nNadia Rahman, pediatrics/emergency medicine resident, checks a monitor before sign-out at Mercy Hospital.",
		[]string{"Nadia Rahman |  |  | "}},
	{"a slash joining a place", "Night shift photos\n\nNadia Rahman, Austin/Dallas resident, checks a monitor before sign-out.", nil},
	// A surname after a title, then what the person is now; the full name
	// is the one the page gave before.
	{"a titled surname is a resident", "Life in the emergency department\n\n\"Every shift is different,\" said Dr. Kwame Mensah.\n\nDr. Mensah is a second-year emergency medicine resident at Mercy Hospital.",
		[]string{"Kwame Mensah |  |  | "}},
	{"Doctor and a surname alone", "Residency stories\n\nThe clinic was full by eight in the morning.\n\nDoctor Alvarez is our chief resident this year and runs the Tuesday clinic.",
		[]string{"Alvarez |  |  | "}},
	{"a titled surname who was a resident", "Residency stories\n\nDr. Mensah is a former chief resident who now teaches in the clinic.", nil},
	{"a titled surname who lives in a town", "Town news\n\nDr. Mensah is a Dayton resident who opened a practice last year.", nil},
	{"a titled surname who directs", "Residency stories\n\nDr. Mensah is the program director and meets each resident monthly.", nil},
	// An awards post in lines: the award, the winners, what it is for.
	{"award lines with resident winners", "Department awards 2025\n\nLena Park Memorial Resident Award\nOmar Haddad\nGiven each year to the senior resident whose research stood out.\nJohn Roe Prize\nVera Cole, Ian Frost\nGiven to an intern who shows compassion on the wards.\n",
		[]string{"Omar Haddad |  |  | ", "Vera Cole |  |  | ", "Ian Frost |  |  | "}},
	{"award lines described with no winners", "Resident awards\nSmith Memorial Award\nThe $500 Smith Memorial Award recognizes a graduating resident for service to the clinic.\nJones Research Prize\nThe Jones Research Prize goes to a resident or fellow for research.\n", nil},
	{"a teaching award's winner", "Education awards\n\nFaculty Teaching Award\nHelen Marsh\nGiven to the attending the residents chose as their best teacher.\n", nil},
	{"a fellow's award", "Department awards\n\nOutstanding Fellow Award\nTyler Moss\nPresented to a fellow in cardiology for clinical excellence.\n", nil},
	{"a students' prize", "Graduation prizes\n\nDean's Surgery Prize\nAmy Tran, Bo Li\nAwarded to graduating medical students who plan a residency in surgery.\n", nil},
	{"a role inside a quoted award name", "Our awards\n\nRuth Adler Explaining the 'Resident of the Year' prize takes a short story, since Dr. Adler never trained here.", nil},
}
