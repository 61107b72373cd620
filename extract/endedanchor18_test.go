package extract

import (
	"strings"
	"testing"
)

// endedAnchorByWords is endedAnchor before perf18a: a search for each word.
func endedAnchorByWords(t string) bool {
	for _, c := range endedContexts {
		for from := 0; ; {
			k := strings.Index(t[from:], c.word)
			if k < 0 {
				break
			}
			k += from
			from = k + len(c.word)
			for _, b := range c.before {
				if strings.HasSuffix(t[:k], b) {
					return true
				}
			}
			for _, a := range c.after {
				if strings.HasPrefix(t[from:], a) {
					return true
				}
			}
		}
	}
	return false
}

var endedAnchorSeeds = []string{
	"", "graduation", "Sam's graduation", "the graduation of Sam Oduya", "on his graduating", "on graduating from",
	"on completing residency", "Dr. Oduya's completion of", "her completion", "on her completion", "departures of",
	"departure of Sam", "his departure", "on finishing", "finishing", "graduat", "complet", "on graduat",
	"s graduatingraduation of", "on completion", "s completing", "on their departure", "graduations of",
	"on graduated", "on completed", "congratulations to Ana Ruiz on finishing her residency",
}

// TestEndedAnchorStems holds endedAnchor to a search for each word, and checks
// that every word opens with one of endedStems.
func TestEndedAnchorStems(t *testing.T) {
	for _, c := range endedContexts {
		n := 0
		for _, stem := range endedStems {
			if strings.HasPrefix(c.word, stem) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%q opens with %d of endedStems, want 1", c.word, n)
		}
	}
	sameBoolOnSeeds(t, "endedAnchor", endedAnchorSeeds, endedAnchor, endedAnchorByWords, "anchor an end")
	for _, d := range gateDocs(t)() {
		for i := range d.blocks {
			sameBool(t, "endedAnchor", d.blocks[i].text, endedAnchor, endedAnchorByWords)
		}
	}
}

func FuzzEndedAnchor(f *testing.F) {
	for _, s := range endedAnchorSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := endedAnchor(s), endedAnchorByWords(s); got != want {
			t.Fatalf("endedAnchor(%q) = %v, want %v", s, got, want)
		}
	})
}
