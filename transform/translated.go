package transform

import "slices"

// Half-translated names: a roster typed in English often translates only
// the head word of a name abroad and keeps the rest as the school writes
// it, putting the English head first as English does: "University
// Iberoamericana" (Universidad Iberoamericana), "University Pontificia
// Catolica Madre y Maestra" (Pontificia Universidad Católica Madre y
// Maestra). Each written-out name abroad with a head word in another
// language is also indexed with that word in English, in its place and at
// the front. A translated name is no answer when it is a name of any other
// school, or the translation of a US or Canadian school's name (Puerto
// Rico's "Universidad Central del Caribe"): it never answers US.

// headWords are the words for a school's head in other languages
// (normalised), with their English word.
var headWords = map[string]string{
	"universidad": "university", "universidade": "university", "universite": "university",
	"universita": "university", "universitat": "university", "universitaet": "university",
	"universitas": "university", "universiteit": "university", "universitet": "university",
	"uniwersytet": "university", "univerzita": "university", "universitatea": "university",
	"facultad": "faculty", "faculdade": "faculty", "faculte": "faculty", "facolta": "faculty",
	"escuela": "school", "escola": "school", "ecole": "school",
	"instituto": "institute", "institut": "institute", "colegio": "college",
}

// translations returns a name's tokens with each head word in English, in
// its place and, when it is not first, moved to the front; nothing when
// the name has no head word in another language.
func translations(tokens []string) [][]string {
	var out [][]string
	for i, t := range tokens {
		en, ok := headWords[t]
		if !ok {
			continue
		}
		in := slices.Clone(tokens)
		in[i] = en
		out = append(out, in)
		if i > 0 {
			front := append([]string{en}, tokens[:i]...)
			out = append(out, append(front, tokens[i+1:]...))
		}
	}
	return out
}

// deriveTranslations indexes the translated names of the written-out names
// abroad (names[id]), as explained above.
func (c *Classifier) deriveTranslations(names [][]string) {
	derived := map[string][]int{}
	home := map[string]bool{}
	for id, ns := range names {
		for _, a := range ns {
			for _, ts := range translations(normalize(a).tokens) {
				if !distinctive(ts) {
					continue
				}
				k := key(ts)
				if domestic(c.schools[id].country) {
					home[k] = true
					continue
				}
				derived[k] = addID(derived[k], id)
			}
		}
	}
	for k, ids := range derived {
		if home[k] || c.knownName(k) {
			continue
		}
		c.translated[k] = ids
	}
}

// knownName reports whether k is a name, part or place of the lists.
func (c *Classifier) knownName(k string) bool {
	_, exact := c.exact[k]
	_, whole := c.whole[k]
	_, part := c.parts[k]
	return exact || whole || part || c.isPlace(k)
}
