package extract

import "testing"

// Session 17's cells for rost17a (issue 12): the role a person is given by
// a role phrase in one of a few syntactic positions, the phrase holding
// the organisation the role is held in. In the team's own words (never
// copied), each class with variants the real pages did not have and traps
// beside it.

// relCells17aOrg are position 1 and 2's cells with an organisation in the
// role's phrase: an acronym, a hospital's or a program's name, a year,
// after the name in apposition (comma or dash, in a quote's attribution
// before or after the verb) or before the name as its title. Traps: the
// same phrase of an inhabitant ("an Austin resident", "a senior Kansas
// City resident"), of a staff role ("LVFM program director", "residency
// director", "resident faculty"), of a past one ("former LVFM chief
// resident, now an attending"), and a person's name before the role with
// no comma ("Ben Ota Chief Resident": the walk takes no name for an
// organisation).
func relCells17aOrg(page func(string) string) []relCell {
	var cells []relCell
	q := "“The night clinic changed how I think about continuity,”"
	ruiz := []string{"Ana Ruiz"}
	for _, c := range []struct{ key, text string }{
		{"acronym-chief-said", q + " Ana Ruiz, LVFM Chief Resident, said in a statement."},
		{"acronym-chief-says", q + " Ana Ruiz, LVFM chief resident, says."},
		{"said-first-acronym", q + " said Ana Ruiz, LVFM Chief Resident."},
		{"said-first-program", q + " said Ana Ruiz, Lakeview Family Medicine chief resident."},
		{"health-chief", q + " Ana Ruiz, Lakeview Health Chief Resident, noted."},
		{"hospital-resident", q + " Ana Ruiz, Mercy Hospital resident, added."},
		{"program-resident", q + " Ana Ruiz, Lakeview Family Medicine resident, added."},
		{"year-acronym", q + " Ana Ruiz, 2026 LVFM chief resident, said."},
		{"acronym-pgy", q + " Ana Ruiz, LVFM PGY-3 resident, said."},
		{"acronym-physician", q + " said Ana Ruiz, LVFM resident physician."},
		{"acronym-intern", q + " Ana Ruiz, LVFM surgery intern, said."},
		{"dash", q + " Ana Ruiz — LVFM Chief Resident — said."},
		{"dr-acronym", q + " Dr. Ana Ruiz, LVFM Chief Resident, said."},
		{"md-acronym", q + " Ana Ruiz, MD, LVFM Chief Resident, said."},
		{"title-acronym", q + " LVFM Chief Resident Ana Ruiz said."},
		{"title-health", q + " Lakeview Health Chief Resident Ana Ruiz said."},
		{"title-program-residency", q + " Lakeview Family Medicine Residency chief resident Dr. Ana Ruiz said."},
		{"copula-acronym", "Ana Ruiz is the LVFM chief resident this year."},
		{"named-health", "Ana Ruiz was named Lakeview Health chief resident for the coming year."},
		{"lead-acronym", "Ana Ruiz, LVFM Chief Resident, opened the meeting with a word on the night clinic."},
	} {
		cells = append(cells, relCell{"org-role/" + c.key, page(c.text), ruiz})
	}
	for _, tr := range []struct{ key, text string }{
		{"inhabitant", q + " Ana Ruiz, Austin resident, said."},
		{"inhabitant-longtime", q + " said Ana Ruiz, a longtime Kansas City resident."},
		{"inhabitant-senior", q + " said Ana Ruiz, a senior Kansas City resident."},
		{"acronym-inhabitant", q + " Ana Ruiz, NYC resident, said."},
		{"acronym-director", q + " Ana Ruiz, LVFM program director, said."},
		{"acronym-residency-director", q + " said Ana Ruiz, LVFM residency director."},
		{"acronym-resident-faculty", q + " Ana Ruiz, LVFM resident faculty, said."},
		{"acronym-former", q + " Ana Ruiz, former LVFM chief resident, said."},
		{"acronym-former-now", q + " said Ana Ruiz, former LVFM chief resident, now an attending in Salem."},
		{"name-no-comma", "Ben Ota, Ana Ruiz Chief Resident, and Lia Cruz spoke at the dinner."},
	} {
		cells = append(cells, relCell{"trap/org-role/" + tr.key, page(tr.text), nil})
	}
	return cells
}

// metaRows17a are rost17a's perturbations: the organisation in a role's
// phrase written another way (another acronym, the full name).
var metaRows17a = []metaRow{
	sub("org17/acronym-other", "LVFM", "UWFMR"),
	sub("org17/acronym-to-name", "LVFM ", "Lakeview Health "),
	sub("org17/co-chief", "Chief Resident", "Co-Chief Resident"),
}

// TestRoleModifiers holds the walk over a role's modifiers to its class:
// the words before the role it takes for the role's (the count back from
// the role), an organisation's only in a trainee's phrase.
func TestRoleModifiers(t *testing.T) {
	for _, c := range []struct {
		before string
		want   int
	}{
		{"Ana Ruiz, LVFM Chief", 2},
		{"Ana Ruiz, Lakeview Family Medicine", 3},
		{"Ana Ruiz, Aviva Health Chief", 3},
		{"Ana Ruiz, Mercy Hospital", 2},
		{"Ana Ruiz, 2026 LVFM chief", 2}, // (the year is a determiner, a count, to the walk after)
		{"Ana Ruiz, a second-year", 1},
		{"Ana Ruiz, Austin", 0},
		{"Ana Ruiz, a senior Kansas City", 0},
		{"Ana Ruiz, NYC", 0},
		{"Ben Ota, Ana Ruiz Chief", 1},
		{"Ben Ota, Ana Ruiz", 0},
		{"said Our", 0},
		{"Ana Ruiz, Dr.", 0},
	} {
		w := relWords{t: c.before, floor: len(c.before), stop: -1}
		if got := w.roleModifiers(0, true); got != c.want {
			t.Errorf("%q: %d words the role's, want %d", c.before, got, c.want)
		}
	}
}
