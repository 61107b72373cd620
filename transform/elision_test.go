package transform

import (
	"slices"
	"testing"
)

// Quebec's schools in French, and French and Italian articles elided before
// a vowel ("l'Université", "dell'Università"): the article is dropped like
// "de", never glued to the name (issue 12).
func TestClassifyFrenchNamesAndElision(t *testing.T) {
	const laval = "Universite Laval Faculte de medecine"
	checkClasses(t, mustClassifier(t), []classCase{
		{"elision", "Faculté de médecine de l’Université Laval", want{laval, can, "no"}},
		{"elision", "Faculte de medecine de l'Universite de Sherbrooke", want{"Universite de Sherbrooke Faculte de medecine et des sciences de la sante", can, "no"}},
		{"french name", "Université McGill", want{mcgill, can, "no"}},
		{"french name", "Faculté de médecine et des sciences de la santé de l’Université McGill", want{mcgill, can, "no"}},
		{"french name", "Université d’Ottawa, Faculté de médecine", want{"University of Ottawa Faculty of Medicine", can, "no"}},
		// an apostrophe inside a name stays: "King's", "O'Brien"
		{"apostrophe kept", "King's College London", want{"King's College London GKT School of Medical Education", "United Kingdom", "yes"}},
	})
}

func TestWordsDropElidedArticles(t *testing.T) {
	for _, tc := range []struct {
		give string
		want []string
	}{
		{"l'université laval", []string{"universite", "laval"}},
		{"Université d’Abidjan", []string{"universite", "abidjan"}},
		{"dell'Università di Padova", []string{"universita", "di", "padova"}},
		{"King's College", []string{"kings", "college"}},
		{"O'Brien", []string{"obrien"}},
		{"l'", []string{"l"}},
	} {
		if got := words(tc.give); !slices.Equal(got, tc.want) {
			t.Errorf("words(%q) = %q, want %q", tc.give, got, tc.want)
		}
	}
}
