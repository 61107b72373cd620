package extract

import "testing"

// TestBatteryUSCE16bProvided: experience that a residency, a program or
// the Match gives its trainees ("residency provides graduates with the
// hands-on clinical training they need") is what training is, not what an
// applicant must bring, whatever need the sentence says it meets. An
// applicant's rule keeps its reading: a need of the experience, an
// applicant told to provide a record of it, a preference given to those
// who have it, and a providing said after the experience.
func TestBatteryUSCE16bProvided(t *testing.T) {
	runKnownBattery(t, visaCases([]struct {
		s    string
		want F
	}{
		{"The Match is how graduates secure a residency post in the US, that will provide new doctors with the hands-on clinical training they need to start practising as licensed physicians in the US.", F{}},
		{"Residency will provide graduates with the hands-on clinical training they need to practise in the US.", F{}},
		{"Residency gives graduates the hands-on clinical training they need to practise in the US.", F{}},
		{"Our program provides residents with the hands-on clinical experience in the US that they need.", F{}},
		{"The program offers the US clinical experience international graduates need to succeed.", F{}},
		{"We are committed to giving trainees hands-on experience in US hospitals, which they need.", F{}},
		{"Applicants need 3 months of US clinical experience.", F{usceReqF: "required", usceMo: 3.0}},
		{"You need hands-on US clinical experience to apply.", F{usceReqF: "required"}},
		{"Applicants need the hands-on US clinical experience that an externship provides.", F{usceReqF: "required"}},
		{"Applicants must provide documentation of their US clinical experience.", F{usceReqF: "required"}},
		{"We give preference to applicants with US clinical experience.", F{usceReqF: "preferred"}},
		{"We require US clinical experience, which our externships provide.", F{usceReqF: "required"}},
		{"You will need an ECFMG certificate and 3 months of US clinical experience to apply to our program.", F{usceReqF: "required", usceMo: 3.0}},
	}), nil, usceReqF, usceMo)
}
