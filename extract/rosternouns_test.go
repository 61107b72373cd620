package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/imgfriendly/imgfriendly/testweb"
)

// rosterNounCases are eligibility and benefits passages whose title-case
// lines are phrases of ordinary nouns (a benefit, a document, a policy) next
// to a resident's words, and a place glued after a heading's verb; with
// near misses that name real residents whose names are also English words.
// Written for this test in the team's own words (classes, not passages).
var rosterNounCases = []struct {
	class, give string
	want        []string
}{
	{"a document with a requirement in parentheses", "Application checklist\n\nApplicants send the following documents:\n- ERAS application\n- Resident Appointment Contract (signed before July 1)\n- Medical school diploma", nil},
	{"a contract in a sentence", "Eligibility\n\nEvery resident must sign the Resident Appointment Contract (required for all incoming PGY-1 residents) before orientation.", nil},
	{"a benefit heading with a year note", "Perks for residents\n\n- Board Review Course (PGY-3 only)\n- Conference Leave (5 days)\n- Chief Resident Stipend", nil},
	{"benefits listed under a lead", "Resident Benefits\nOur residents receive:\nBoard Review Course\nLicensing Fees Reimbursed\nMoving Allowance\nParking Pass", nil},
	{"forms with notes", "Contracts\nResident Agreement Form (PGY-1)\nResident Appointment Contract (must be returned by May 1)\nTraining Policy Manual", nil},
	{"leave and time for interns", "Time away\n\nIntern Vacation Time (three weeks)\nResident Sick Leave (twelve days)\nResident Meal Card (all years)", nil},
	{"a review course for seniors", "What we pay for\n\nSenior residents receive:\n  • Exam Review Course\n  • Travel Fund (one meeting a year)\n  • Lab Coat Allowance", nil},
	{"a state after a heading's verb", "Why residents Love Michigan\n\nOur residents enjoy lakes, trails and four seasons.", nil},
	{"a state after an adjective", "Life here\n\nEvery intern discovers Pure Ohio: our residents hike and fish on weekends.\n\nBeautiful Colorado\nResidents ski in winter.", nil},
	// near misses: people whose names are also words
	{"a resident named like a season", "Meet our residents\n\nJune Park, MD (PGY-2)\nI chose this program for its clinic.", []string{"June Park |  |  | "}},
	{"a resident with a word surname", "Current Residents\nGrace Hill, MD (PGY-1)\nI love the teaching on the wards.\n", []string{"Grace Hill |  |  | "}},
	{"a resident whose surname is a noun", "Clinic news\n\nHope Ward, a second-year resident, led the asthma group this spring.", []string{"Hope Ward |  |  | "}},
	{"a resident named Love", "Clinic news\n\nMaya Love, a second-year resident, led the diabetes group this spring.", []string{"Maya Love |  |  | "}},
	{"a resident surnamed after a state", "Clinic news\n\nTom Washington, a third-year resident, won the poster prize.", []string{"Tom Washington |  |  | "}},
	{"a resident surnamed Bell", "Current Residents\nDawn Bell, DO (PGY-3)\nI came for the procedures.\n", []string{"Dawn Bell |  |  | "}},
}

func TestRosterNouns(t *testing.T) {
	for _, tc := range rosterNounCases {
		t.Run(tc.class, func(t *testing.T) {
			got := residentRows(t, tc.give)
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("residents (-want +got):\n%s", d)
			}
		})
	}
}

// TestCommonNounsAreNoNames: no word of commonNouns is a given name or a
// surname of testweb's name banks (a noun list that held one would refuse
// real people).
func TestCommonNounsAreNoNames(t *testing.T) {
	first, last := testweb.NameBanks()
	for _, bank := range append(first, last...) {
		for _, n := range bank {
			if commonNouns[strings.ToLower(n)] || usStateNames[strings.ToLower(n)] {
				t.Errorf("%q is a name in testweb's banks and in commonNouns", n)
			}
		}
	}
}
