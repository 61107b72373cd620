package transform

import "testing"

// TestClassifyHalfTranslated: a name abroad with its head word in English,
// in its place or moved to the front, is that school; never a US or
// Canadian one. Written for this test.
func TestClassifyHalfTranslated(t *testing.T) {
	checkClasses(t, mustClassifier(t), []classCase{
		{"head in English", "University Iberoamericana", want{"Universidad Iberoamericana", "Dominican Republic", "yes"}},
		{"head in English", "University Nacional Pedro Henriquez Urena School of Medicine", want{"Universidad Nacional Pedro Henriquez Urena", "Dominican Republic", "yes"}},
		{"head in English", "University Autonoma de Santo Domingo", want{"Universidad Autonoma de Santo Domingo", "Dominican Republic", "yes"}},
		{"head moved to the front", "University Pontificia Javeriana", want{"Pontificia Universidad Javeriana", "Colombia", "yes"}},
		{"head moved, word misspelt", "University Pontifica Javeriana", want{"Pontificia Universidad Javeriana", "Colombia", "yes"}},
		// Near misses: US and Canadian schools keep their own answers.
		{"home", "University Central del Caribe", want{"Universidad Central del Caribe School of Medicine", usa, "no"}},
		{"home", "University de Sherbrooke", want{"Universite de Sherbrooke Faculte de medecine et des sciences de la sante", can, "no"}},
	})
}

// TestHalfTranslatedYieldsToHome: a translated name that is also the
// translation of a US or Canadian school's name answers nothing.
func TestHalfTranslatedYieldsToHome(t *testing.T) {
	const schools = `school,country,kind,aliases
Universidad Tarsk,United States,md,
Universite Tarsk,Haiti,intl,
Universidade Quillota Norte,Brazil,intl,
`
	c, err := newClassifier([]byte(schools), placesCSV, formsCSV, gazetteerCSV)
	if err != nil {
		t.Fatal(err)
	}
	for give, want := range map[string]string{
		"University Tarsk":          "", // Haiti's or Puerto Rico's
		"University Quillota Norte": "yes",
		"Universidad Tarsk":         "no",
	} {
		if got := imgWord(c.Classify(give, "").IMG); got != want {
			t.Errorf("Classify(%q): IMG %q, want %q", give, got, want)
		}
	}
}
