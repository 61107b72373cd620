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
}
