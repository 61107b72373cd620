package extract

import (
	"strings"
	"testing"
)

// TestEntryLexiconReaders (rost18c): every verb form of every row of
// entryEvents is read by the readers the row names, with the row's class:
// graduateResidents' clause (entryEventIn), a start or an end of her
// residency (residencyTurn's group 1 or 2), leaving it (residencyLeft), a
// writer's own start (beganResidency). A row is data: a new form is read
// by its readers with no code.
func TestEntryLexiconReaders(t *testing.T) {
	objects := map[entryObject]string{
		objMatch: " into the residency", objTraining: " a surgery residency", objIntoTrain: " into the residency program",
		objYearOf: " her second year of residency", objTheirs: " her", objHerHis: " his", objFromTheirs: " from the",
		objOurs: " our", objOfNameFrom: " Ana Ruiz from the", objMine: " my",
	}
	for _, e := range entryEvents {
		obj, ok := objects[e.obj]
		if !ok {
			t.Fatalf("no sample object for %v", e.obj)
		}
		for _, v := range e.verbs {
			v = strings.ReplaceAll(v, `\s+`, " ")
			if e.use&useClause != 0 {
				s := "Ana Ruiz " + v + obj + " at a county hospital."
				if _, _, c := entryEventIn(s); c != e.class {
					t.Errorf("clause %q: class %d, want %d", s, c, e.class)
				}
			}
			if e.use&useTurn != 0 {
				s := "Ana Ruiz will " + v + obj + " family medicine residency soon."
				m := residencyTurn.re.FindStringSubmatchIndex(s)
				if m == nil || (m[2] >= 0) != (e.class == entryEntering) || (m[4] >= 0) != (e.class == entryEnding) {
					t.Errorf("turn %q: %v, want the group of class %d", s, m, e.class)
				}
			}
			if e.use&useLeft != 0 {
				s := "We mark the " + v + obj + " residency this week."
				if !residencyLeft.MatchString(s) {
					t.Errorf("left %q: no match", s)
				}
			}
			if e.use&useBegan != 0 {
				s := "Last month I " + v + obj + " internal medicine residency in Ohio."
				if !beganResidency.MatchString(s) {
					t.Errorf("began %q: no match", s)
				}
			}
		}
	}
	// and no reader reads another's rows: a writer's "I began her" is no
	// writer's start, a "match into" no start of her residency
	for _, s := range []string{"Last month I began her internal medicine residency.", "I matched into my residency."} {
		if beganResidency.MatchString(s) {
			t.Errorf("began %q: matches", s)
		}
	}
	if residencyTurn.re.MatchString("Ana Ruiz matched into the family medicine residency.") {
		t.Error("turn reads a clause row")
	}
}
