package extract

import (
	"slices"
	"testing"
)

// TestTestimonialSecondPerson: on a residents' testimonial page, a
// resident's words may speak to the reader ("wherever you train, you …")
// rather than of the speaker; under a line of the speaker's class they are
// still the speaker's, and with no class line they stay unread.
func TestTestimonialSecondPerson(t *testing.T) {
	you := "Wherever you train, you will learn to operate; what matters is who stands beside you at three in the morning. Pick the people, and give them your best."
	me := "I picked this program for the people. My co-residents answered my calls at night, and I never felt alone on a hard case."
	page := func(cards string) string {
		return "General Surgery Residency\n\nMessage from the Residents\n\n" + cards
	}
	for _, c := range []struct {
		name, give string
		want       []string
	}{
		{"second person under a class line", page("Ana Ruiz\n\nAna Ruiz, M.D.\nGraduate 2012\n\n" + you + "\n\nTom Hale\n\nTom Hale, M.D.\nGraduate 2013\n\n" + me),
			[]string{"Ana Ruiz |  |  | ", "Tom Hale |  |  | "}},
		{"second person under a class-of line", page("Ana Ruiz\n\nAna Ruiz, M.D.\nClass of 2012\n\n" + you),
			[]string{"Ana Ruiz |  |  | "}},
		{"second person with no class line", page("Ana Ruiz\n\n" + you), nil},
		{"second person under a staff role", page("Ana Ruiz\n\nAna Ruiz, M.D.\nProgram Director\n\n" + you), nil},
		{"second person on a faculty page", "General Surgery Residency\n\nMessage from the Faculty\n\nAna Ruiz\n\nAna Ruiz, M.D.\nGraduate 2002\n\n" + you, nil},
	} {
		got := residentRows(t, c.give)
		if len(got) == 0 {
			got = nil
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}
