package transform

import (
	"slices"
	"strings"
	"sync"
)

// Misspellings: rosters are typed by hand ("Universtiy", "Guadelajara",
// "Hahneman"). A word that is not in the reference vocabulary is corrected
// to the one vocabulary word within a small edit distance, scaled to the
// word's length, and only when no other word is as close: a near-tie is
// left alone, so the name stays unknown rather than becoming a guess. The
// lookup uses deletion neighbourhoods (the SymSpell idea): a word and a
// misspelling within distance d share a string obtained by deleting at most
// d characters from each, so only a handful of candidates are compared.

// Lengths (in bytes, of normalised words) that decide how many edits are
// tolerated: none below fuzzMinLen, one up to fuzzTwoEditsLen-1, two from
// fuzzTwoEditsLen on.
const (
	fuzzMinLen      = 5
	fuzzTwoEditsLen = 9
)

// fuzzIndex is the vocabulary of the reference lists with the deletion
// neighbourhood of each word. The neighbourhoods are built on first use
// (most names never need them); it is read-only after that.
type fuzzIndex struct {
	vocab map[string]bool
	// acronyms are vocabulary words written only in capitals ("UNMSM"): no
	// misspelling is corrected into one, since a mistyped acronym is as
	// likely another school's ("UMMSM" is Miami's, not San Marcos's).
	acronyms map[string]bool
	written  map[string]bool // words written in lower case somewhere
	once     *sync.Once
	words    []string           // vocabulary, sorted (deterministic candidates)
	dels     map[string][]int32 // word with ≤ 2 characters deleted → words
}

func newFuzzIndex() fuzzIndex {
	return fuzzIndex{vocab: map[string]bool{}, acronyms: map[string]bool{}, written: map[string]bool{}, once: &sync.Once{}}
}

// addAcronyms records the words of a name written in capitals only;
// written words, the words of every other name, are removed by build.
func (c *Classifier) addAcronyms(name string) {
	for _, f := range strings.Fields(name) {
		f = strings.Trim(f, ".,;:()-'&")
		w := stem(strings.ToLower(f))
		switch {
		case !isASCIIWord(w):
		case len(f) >= 2 && strings.ToUpper(f) == f:
			c.fuzzy.acronyms[w] = true
		default:
			c.fuzzy.written[w] = true
		}
	}
}

// addVocab adds normalised tokens to the vocabulary.
func (c *Classifier) addVocab(tokens []string) {
	for _, t := range tokens {
		c.fuzzy.vocab[t] = true
	}
}

// maxEdits is how many edits a word of n bytes may carry.
func maxEdits(n int) int {
	switch {
	case n < fuzzMinLen:
		return 0
	case n < fuzzTwoEditsLen:
		return 1
	}
	return 2
}

// build indexes the vocabulary's deletion neighbourhoods.
func (f *fuzzIndex) build() {
	f.words = make([]string, 0, len(f.vocab))
	for w := range f.vocab {
		if isASCIIWord(w) && len(w) >= fuzzMinLen-1 && (!f.acronyms[w] || f.written[w]) {
			f.words = append(f.words, w)
		}
	}
	slices.Sort(f.words)
	f.dels = make(map[string][]int32, len(f.words)*8)
	for i, w := range f.words {
		// A word may meet a query one edit longer or shorter than itself,
		// so it is indexed as deeply as the longer of the two allows.
		for _, d := range deletions(w, maxEdits(len(w)+1)) {
			if ids := f.dels[d]; len(ids) == 0 || ids[len(ids)-1] != int32(i) {
				f.dels[d] = append(ids, int32(i))
			}
		}
	}
}

// correct returns the vocabulary word closest to w and true, when w is not
// in the vocabulary, is long enough to be corrected, and exactly one word
// is at the smallest distance within the allowed edits.
func (f *fuzzIndex) correct(w string) (string, bool) {
	closest, ok := f.closest(w)
	if !ok {
		return "", false
	}
	if len(closest) == 1 {
		return closest[0], true
	}
	// A tie between a generic word and the same word in other languages
	// ("Universit": university, università, université; "Medicla":
	// medical, médica) carries no identity either way: the one English
	// generic word is taken, when every other word at that distance
	// shares its first four letters.
	generic := ""
	for _, c := range closest {
		if genericWords[c] {
			if generic != "" {
				return "", false
			}
			generic = c
		}
	}
	if len(generic) < 4 {
		return "", false
	}
	for _, c := range closest {
		if !strings.HasPrefix(c, generic[:4]) {
			return "", false
		}
	}
	return generic, true
}

// closest returns every vocabulary word at the smallest distance from w
// within the edits allowed for its length, sorted, and whether there is
// one: nothing when w is a word of the vocabulary or too short.
func (f *fuzzIndex) closest(w string) ([]string, bool) {
	return f.closestWithin(w, maxEdits(len(w)))
}

// closestWithin is closest with n edits allowed.
func (f *fuzzIndex) closestWithin(w string, n int) ([]string, bool) {
	if n == 0 || f.vocab[w] || !isASCIIWord(w) {
		return nil, false
	}
	f.once.Do(f.build)
	best, bestD := -1, n+1
	var closest []int32 // every word at the smallest distance
	seen := map[int32]bool{}
	for _, d := range deletions(w, n) {
		for _, id := range f.dels[d] {
			if seen[id] {
				continue
			}
			seen[id] = true
			dist := osaDistance(w, f.words[id], n)
			switch {
			case dist < bestD:
				best, bestD, closest = int(id), dist, append(closest[:0], id)
			case dist == bestD:
				closest = append(closest, id)
			}
		}
	}
	if best < 0 || bestD > n {
		return nil, false
	}
	out := make([]string, len(closest))
	for i, id := range closest {
		out[i] = f.words[id]
	}
	slices.Sort(out)
	return out, true
}

// near reports whether w, not in the vocabulary, is within the edits
// allowed for its length of some vocabulary word, even of several at
// once (a misspelling the corrector cannot settle: "Healt", health or
// heart).
func (f *fuzzIndex) near(w string) bool {
	n := maxEdits(len(w))
	if n == 0 || f.vocab[w] || !isASCIIWord(w) {
		return false
	}
	f.once.Do(f.build)
	for _, d := range deletions(w, n) {
		for _, id := range f.dels[d] {
			if osaDistance(w, f.words[id], n) <= n {
				return true
			}
		}
	}
	return false
}

// deletions returns w and every string made by deleting up to n bytes of
// it, without duplicates.
func deletions(w string, n int) []string {
	out := []string{w}
	frontier := []string{w}
	seen := map[string]bool{w: true}
	for range n {
		var next []string
		for _, s := range frontier {
			for i := range len(s) {
				d := s[:i] + s[i+1:]
				if !seen[d] {
					seen[d] = true
					next = append(next, d)
				}
			}
		}
		out = append(out, next...)
		frontier = next
	}
	return out
}

// osaDistance is the optimal-string-alignment distance between a and b
// (insertions, deletions, substitutions and adjacent transpositions), or
// limit+1 once it must exceed limit.
func osaDistance(a, b string, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	var rows [3][32]int // on the stack for the words of school names
	var prev2, prev, cur []int
	if len(b) < len(rows[0]) {
		prev2, prev, cur = rows[0][:len(b)+1], rows[1][:len(b)+1], rows[2][:len(b)+1]
	} else {
		prev2, prev, cur = make([]int, len(b)+1), make([]int, len(b)+1), make([]int, len(b)+1)
	}
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], limit+1)
}

// isASCIIWord reports whether w holds only ASCII letters (normalised words
// are folded to ASCII; anything else is left as written).
func isASCIIWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return w != ""
}

// Corrections that may lead to a US or Canadian answer are held to more:
// a name abroad one letter away from a US school's distinctive word
// ("Taylor's University", Malaysia, and Baylor) must not become American.
// Such a word must be at least strictMinLen long and keep its first letter;
// generic words ("Universtiy") are corrected either way.
const strictMinLen = 7

// corrected returns the segments' tokens with misspelt words corrected, and
// whether any word changed. norms is not modified. With strict, only
// corrections safe for a US or Canadian answer are made.
func (c *Classifier) corrected(norms []norm, strict bool) ([]norm, bool) {
	var out []norm
	for i, n := range norms {
		cloned := false
		for j, t := range n.tokens {
			if stopwords[t] {
				continue
			}
			w, ok := c.fuzzy.correct(t)
			if !ok || strict && !genericWords[w] && (len(t) < strictMinLen || w[0] != t[0]) {
				continue
			}
			if out == nil {
				out = slices.Clone(norms)
			}
			if !cloned {
				out[i].tokens = slices.Clone(n.tokens)
				cloned = true
			}
			out[i].tokens[j] = w
		}
	}
	return out, out != nil
}

// maxTieReadings bounds the readings tieAnswer tries: a name with more
// undecided words than that is not a misspelling of one school.
const maxTieReadings = 16

// tieAnswer settles misspelt words that are equally close to several words
// of the lists ("Pontifica": pontificia, pontifical) by the rest of the
// name: each reading (every tied word corrected to each of its closest
// words) is looked up, and the answer stands when every reading that names
// a school names the same school abroad (or the same group of schools
// abroad). A reading that names a US or Canadian school, or schools that
// disagree, leaves the name to the other rules: a tie is never settled
// into a US or Canadian answer.
func (c *Classifier) tieAnswer(out School, p parsed, stated string) (School, bool) {
	type tie struct {
		seg, tok int
		words    []string
	}
	var ties []tie
	readings := 1
	for i, n := range p.norms {
		for j, t := range n.tokens {
			if stopwords[t] {
				continue
			}
			ws, ok := c.fuzzy.closest(t)
			if len(t) == fuzzMinLen-1 {
				// A word too short to correct alone is corrected by
				// one edit when the name around it decides ("Aga Kahn
				// University").
				ws, ok = c.fuzzy.closestWithin(t, 1)
			} else if len(ws) < 2 {
				continue // corrected alone, or not at all
			}
			if !ok {
				continue
			}
			if readings *= len(ws); readings > maxTieReadings {
				return School{}, false
			}
			ties = append(ties, tie{i, j, ws})
		}
	}
	if len(ties) == 0 {
		return School{}, false
	}
	var found School
	named := false
	pick := make([]int, len(ties))
	for {
		norms := slices.Clone(p.norms)
		for k, t := range ties {
			if k == 0 || ties[k-1].seg != t.seg {
				norms[t.seg].tokens = slices.Clone(norms[t.seg].tokens)
			}
			norms[t.seg].tokens[t.tok] = t.words[pick[k]]
		}
		if s, ok := c.fuzzyAnswer(out, p, norms, stated); ok {
			if s.IMG == nil || !*s.IMG || named && (s.School != found.School || s.Country != found.Country) {
				return School{}, false
			}
			found, named = s, true
		}
		k := 0
		for ; k < len(ties); k++ {
			if pick[k]++; pick[k] < len(ties[k].words) {
				break
			}
			pick[k] = 0
		}
		if k == len(ties) {
			return found, named
		}
	}
}
