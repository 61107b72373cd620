package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// rosterAwardToCases are news sentences that hand awards to several people
// in one go: each recipient of an award named for a resident or an intern
// is a resident; a faculty, teaching, fellow or staff award's recipient is
// not, nor is whoever presents them. Written in the team's own words.
var rosterAwardToCases = []struct {
	class, give string
	want        []string
}{
	{"three awards in one sentence, a faculty award after", "House staff dinner\n\nDr. Ana Ruiz, the internal medicine program director, presented the resident award to Leo Brandt, MD, the categorical intern award to Mira Shah, MD, and the preliminary intern award to Tom Okafor, MD. The faculty award went to Ruth Adler, MD.",
		[]string{"Leo Brandt |  |  | ", "Mira Shah |  |  | ", "Tom Okafor |  |  | "}},
	{"a teaching award last in the list", "Graduation night\n\nAt the banquet the chair gave the senior resident award to Hana Sato, DO, the intern award to Omar Haddad, MD, and the teaching award to Vera Cole, MD.",
		[]string{"Hana Sato |  |  | ", "Omar Haddad |  |  | "}},
	{"one award to two residents", "Awards evening\n\nOur site director then presented the resident awards to Amy Tran, MD and Bo Li, MD. Dr. Tran then presented the faculty award to Dr. Cole.",
		[]string{"Amy Tran |  |  | ", "Bo Li |  |  | "}},
	{"awards that went to residents", "Year-end party\n\nThe pediatrics resident award went to Sara Kim, MD, and the intern award went to Raj Patel, DO.",
		[]string{"Sara Kim |  |  | ", "Raj Patel |  |  | "}},
	{"a passive award sentence", "Spring banquet\n\nThe outstanding intern award was presented to Kofi Mensah, MD, and the outstanding resident award to Lina Haddad, MD.",
		[]string{"Kofi Mensah |  |  | ", "Lina Haddad |  |  | "}},
	{"a chief resident award with a three-word name", "Department news\n\nDr. Lowe handed the surgery chief resident award to Ines Maria Duarte, MD, and the OB/GYN resident award to Sam Ortiz, MD.",
		[]string{"Ines Maria Duarte |  |  | ", "Sam Ortiz |  |  | "}},
	// near misses
	{"faculty and nursing awards", "Residents' night\n\nThe faculty award went to Ruth Adler, MD, and the nursing award to Jo Day, RN.", nil},
	{"a teaching award from a director", "Residents' night\n\nDr. Paul Reyes, program director, presented the teaching award to Helen Marsh, MD.", nil},
	{"a fellow's award", "Residents' night\n\nThe cardiology fellow award went to Tyler Moss, MD.", nil},
	{"a resident-chosen teaching award", "Residents' night\n\nThe resident-chosen teaching award went to Dr. Helen Marsh.", nil},
	{"awards presented by a director, no recipients", "Residents' night\n\nThe program director, Dr. Ana Ruiz, presented the resident awards after dinner.", nil},
	{"questions about a resident award", "Resident awards\n\nNominations for the resident award should be sent to Jo Day, the program coordinator.", nil},
	{"a student award", "Residents' night\n\nThe medical student award went to Amy Tran, and the resident award went to Bo Li, MD.", []string{"Bo Li |  |  | "}},
}

func TestRosterAwardTo(t *testing.T) {
	for _, tc := range rosterAwardToCases {
		t.Run(tc.class, func(t *testing.T) {
			got := residentRows(t, tc.give)
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("residents (-want +got):\n%s", d)
			}
		})
	}
}
