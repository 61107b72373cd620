package extract

import (
	"slices"
	"strings"
	"testing"
)

// verbSet is the set of words of one class of verbClassWords: the tests
// below hold the verbWords lookups to the sets the code used before.
func verbSet(class uint8) map[string]bool {
	return wordSet(strings.Fields(verbClassWords[class])...)
}

var (
	auxiliarySet, lexicalSet, thirdPersonSet = verbSet(auxiliary), verbSet(lexicalVerb), verbSet(thirdPersonVerb)
	pronounSet, relativeSet                  = verbSet(pronoun), verbSet(relative)
)

// finiteAtSets is finiteAt with a set per class.
func finiteAtSets(words []string, k int) bool {
	w := strings.TrimRight(words[k], ",;:.")
	if auxiliarySet[w] || thirdPersonSet[w] {
		return true
	}
	if !lexicalSet[w] || k == 0 {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		switch p := strings.TrimRight(words[j], ",;:."); {
		case pronounSet[p]:
			return true
		case p != "only" && p != "also" && p != "strongly" && p != "highly" && p != "simply" && p != "just":
			return false
		}
	}
	return false
}

// hasFiniteVerbSets is hasFiniteVerb with a set per class.
func hasFiniteVerbSets(part string) bool {
	words := strings.Fields(part)
	inRel := false
	for k, x := range words {
		if relativeSet[strings.TrimRight(x, ",;:.")] {
			inRel = true
			continue
		}
		if finiteAtSets(words, k) {
			if !inRel {
				return true
			}
			inRel = false
		}
	}
	return false
}

// checkVerbWords checks the verb tests, and firstWords (spaceEnd), on s
// against their references.
func checkVerbWords(t *testing.T, s string) {
	t.Helper()
	if got, want := hasFiniteVerb(s), hasFiniteVerbSets(s); got != want {
		t.Errorf("hasFiniteVerb(%q) = %v, want %v", s, got, want)
	}
	words := strings.Fields(s)
	for k, w := range words {
		if got, want := finiteAt(words, k), finiteAtSets(words, k); got != want {
			t.Errorf("finiteAt(%q, %d) = %v, want %v", words, k, got, want)
		}
		// (what follows the verb test in subjectOpener did not change)
		if (auxiliarySet[w] || thirdPersonSet[w]) && subjectOpener(w) {
			t.Errorf("subjectOpener(%q) = true for a verb", w)
		}
	}
	if got := appendFields(nil, s); !slices.Equal(got, words) {
		t.Errorf("appendFields(%q) = %q, want %q", s, got, words)
	}
	var buf [6]string
	if got, want := firstWords(s, buf[:0]), words[:min(len(words), 6)]; !slices.Equal(got, want) {
		t.Errorf("firstWords(%q) = %q, want %q", s, got, want)
	}
}

var verbWordsCases = []string{"", "we accept j1", "candidates who have passed step1, we only accept", "the program requires usce",
	"if you need a visa, we also sponsor h1b", "they strongly prefer", "we, however, accept", "is", "that which is, is",
	"applicants\u00a0must\u2003pass\u0085step1", "a\tb\nc\vd\fe\rf is", "\xff we do", "you simply need"}

func TestVerbWords(t *testing.T) {
	for _, s := range verbWordsCases {
		checkVerbWords(t, s)
	}
	for c, ws := range verbClassWords {
		for _, w := range strings.Fields(ws) {
			if verbWords[w]&c == 0 {
				t.Errorf("verbWords[%q] lacks class %b", w, c)
			}
		}
	}
}

// FuzzVerbWords is TestVerbWords on any text.
func FuzzVerbWords(f *testing.F) {
	for _, s := range verbWordsCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkVerbWords(t, s)
	})
}
