package extract

import "testing"

// FuzzBlockWords checks that a block's shared reading answers as the word
// lists and the year test do on its text.
func FuzzBlockWords(f *testing.F) {
	for _, s := range []string{"", "Chief Residents 2026", "our fellowship match", "Jane Doe, MD (PGY-2)", "ſresident", "the residency", "RESIDENT"} {
		f.Add(s)
	}
	lists := []*wordList{&residentHeadWords, &predicateRoles, &fellowshipWord, &otherRoles}
	f.Fuzz(func(t *testing.T, text string) {
		b := &block{text: text}
		for i, l := range lists {
			if got, want := b.in(l), l.in(text); got != want {
				t.Errorf("list %d: block in(%q) = %v, want %v", i, text, got, want)
			}
		}
		for range 2 { // read, then remembered
			if got, want := b.hasYear(), hasYearInText(text); got != want {
				t.Errorf("block hasYear(%q) = %v, want %v", text, got, want)
			}
		}
		if got, want := relevantHints(b.hint()), relevant(text); got != want {
			t.Errorf("relevantHints(%q) = %v, relevant %v", text, got, want)
		}
	})
}
