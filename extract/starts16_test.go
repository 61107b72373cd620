package extract

import "testing"

// started16Samples exercise the starts of roleThenName, roleCommaName and
// rolesThenNames past their role words: what follows the word decides,
// matches and the near misses the starts now refuse.
var started16Samples = []string{
	"our chief resident Ana Ruiz", "our chief resident, Ana Ruiz, leads", "Resident Physician Ana Ruiz", "resident physician, Ana Ruiz",
	"resident  \tAna Ruiz", "resident\nDr. Ana Ruiz", "resident Dr. Ana Ruiz", "intern Émile Roux", "resident in medicine", "intern and resident",
	"resident for recruitment, Ben Ota", "Chief Resident of Quality and Safety, Ben Ota", "resident of the year", "resident,Ana Ruiz", "resident ,Ana",
	"resident physicianAna", "the resident pAna", "resident", "resident ", "intern,", "residents: Ana Ruiz, Ben Ota", "Residents: Ana",
	"residents (Ana Ruiz and Ben Ota)", "residents ( Ana", "residents(Ana", "residents who are Ana", "residents are Ana Ruiz and Ben Ota",
	"interns this year: Ana Ruiz", "interns next year Ana", "chiefs for 2025-2026, Ana Ruiz and Ben Ota", "chiefs for 2025–26 Ana",
	"residents include Ana Ruiz", "residents including Ana Ruiz", "residents will be Ana Ruiz", "residents like Ana Ruiz", "residents such as Ana Ruiz",
	"residents Ana", "residentsAna", "residents and interns", "research-Trackers: Ana Ruiz", "research trackers Ana Ruiz", "research-trackers ana",
	"Short-trackers, Ana Ruiz", "short trackers (Ben", "short-tracker Ana", "PGY-2s: Ana Ruiz", "PGY2s Ana Ruiz", "PGY-8s Ana", "PGY-2 Ana",
	"PGY-s Ana", "chiefs\tÉmile Roux", "interns\u00a0Ana Ruiz", "chiefs,", "Chiefs  :  Ana", "residents:Ana",
}

// TestStarted16 checks every started expression against the expression
// run at every position on started16Samples.
func TestStarted16(t *testing.T) {
	found := 0
	for _, s := range started16Samples {
		for name, r := range allStarted() {
			found += len(r.re.FindAllStringIndex(s, -1))
			checkStarted(t, name, r, s)
		}
	}
	if found < 30 {
		t.Errorf("the samples hold %d matches; they are meant to exercise the role expressions", found)
	}
}

// FuzzStarted16 holds the three role expressions' starts to the
// expressions run at every position, from started16Samples.
func FuzzStarted16(f *testing.F) {
	for _, s := range started16Samples {
		f.Add(s)
	}
	rs := map[string]startedRegexp{"roleThenName": roleThenName, "roleCommaName": roleCommaName, "rolesThenNames": rolesThenNames}
	f.Fuzz(func(t *testing.T, s string) {
		for name, r := range rs {
			checkStarted(t, name, r, s)
		}
	})
}
