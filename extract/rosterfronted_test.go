package extract

import "testing"

// TestFrontedClauseEnd holds frontedClauseEnd to its class: a clause of
// the circumstance before the subject's name, one or two comma-parted
// stretches; not a name that opens the sentence, nor a clause that speaks
// of residents as others or looks back on a year.
func TestFrontedClauseEnd(t *testing.T) {
	for _, c := range []struct {
		give string
		want string // the text from the subject on; "" when none
	}{
		{"Asked what he thought of the move, Luis Prado, of Quito, Ecuador", "Luis Prado, of Quito, Ecuador"},
		{"When asked about the move, Dr. Luis Prado", "Dr. Luis Prado"},
		{"Speaking in Portuguese, Ana Reis", "Ana Reis"},
		{"Asked how it felt, after six years of study, Ana Reis", "Ana Reis"},
		{"Reflecting on the road here, Ana Reis said: “Yes.”", "Ana Reis said: “Yes.”"},
		{"Luis Prado, of Quito, Ecuador", ""},
		{"Fleming, a resident", ""},
		{"Speaking to the new residents, Luis Prado", ""},
		{"Recalling his white coat in 1998, Luis Prado", ""},
		{"Asked about it, the dean", ""},
		{"As Luis Prado", ""},
	} {
		got := ""
		if f := frontedClauseEnd(c.give); f >= 0 {
			got = c.give[f:]
		}
		if got != c.want {
			t.Errorf("frontedClauseEnd(%q): %q, want %q", c.give, got, c.want)
		}
	}
}
