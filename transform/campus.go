package transform

import "slices"

// campusMarkers introduce the campus or place of a school after its name:
// "<School> at <city>", "<Université> en <région>", "… au Saguenay", "… à
// Moncton", "… in Evansville" (words as words() writes them, accents folded).
var campusMarkers = map[string]bool{"at": true, "in": true, "en": true, "au": true, "a": true, "aux": true}

// campusWords may close or surround a campus qualifier ("Gary campus",
// "campus de Trois-Rivières", "Waterloo regional site").
var campusWords = map[string]bool{"campus": true, "site": true, "regional": true, "branch": true, "de": true, "du": true, "la": true, "le": true, "the": true}

// schoolAtCampus reads "<US or Canadian school> <marker> <place>" and
// "<school> <place> campus", where the school's name is known whole and the
// place is one the lists do not know: the school itself, wherever its
// campus is ("University of Michigan Medical School at Ann Arbor",
// "Université de Montréal en Mauricie"). Never when the qualifier names a
// place abroad, a name abroad, another school, or words a strict
// correction turns into a place abroad ("… at Bellfast"): the qualifier
// must be a place of the school's own country or a campus word.
func (c *Classifier) schoolAtCampus(p parsed) (match, bool) {
	for ni := range p.norms {
		ws := p.segWords[p.segIdx[ni]]
		for k := 1; k < len(ws); k++ {
			var tail []string
			switch {
			case campusMarkers[ws[k]] && k+1 < len(ws):
				tail = ws[k+1:]
			case ws[len(ws)-1] == "campus" && k < len(ws)-1:
				tail = ws[k:]
			default:
				continue
			}
			tail = slices.DeleteFunc(slices.Clone(tail), func(w string) bool { return campusWords[w] })
			if len(tail) == 0 || len(tail) > 4 {
				continue
			}
			head := normalizeWords(ws[:k])
			if len(head.tokens) == 0 || head.foreignDeg {
				continue
			}
			m, ok := c.lookup(head.tokens, confContainsLong, confContainsLong)
			if !ok || !domestic(c.schools[m.ids[0]].country) || !c.homeQualifier(tail, m.ids) {
				continue
			}
			m.conf, m.segment, m.contained = confContainsLong, ni, true
			return m, true
		}
	}
	return match{}, false
}

// homeQualifier reports whether words, a campus qualifier after schools
// ids, may be a place of their own country: no country, city, region of
// the other country or school abroad, in the words as written or as a
// strict correction reads them, and no other school's name.
func (c *Classifier) homeQualifier(words []string, ids []int) bool {
	country := c.schools[ids[0]].country
	n := normalizeWords(words)
	if len(n.tokens) == 0 || n.foreignDeg {
		return false
	}
	abroad := func(pl places) bool { return placesAbroad(pl, country) }
	if abroad(c.findPlacesWords(saintWords(words))) || abroad(c.stemPlaces([]norm{n})) {
		return false
	}
	if fixed, ok := c.corrected([]norm{n}, true); ok && abroad(c.stemPlaces(fixed)) {
		return false
	}
	if g, ok := c.gazetteerPlace([][]string{words}); ok && g.strong {
		return false
	}
	if _, ok := c.institution([][]string{words}); ok {
		return false
	}
	if _, ok := c.findForm([]norm{n}); ok {
		return false
	}
	for _, t := range n.tokens {
		if c.abroadWords[t] && !c.isPlace(t) && !genericWords[t] {
			return false
		}
		if other, ok := c.exact[t]; ok && !slices.Equal(other, ids) {
			return false // another school's name: "Harvard at Hopkins"
		}
	}
	if m, ok := c.lookup(n.tokens, confContainsLong, confContainsLong); ok && !slices.Equal(m.ids, ids) {
		return false
	}
	return true
}

// placesAbroad reports whether pl holds a place outside country: a country,
// a country name that is also a US town, a city abroad, or a region of the
// other of the US and Canada.
func placesAbroad(pl places, country string) bool {
	return pl.country != "" && pl.country != country || pl.weak != "" && pl.weak != country ||
		pl.city != "" || pl.region != "" && pl.region != country
}

// qualifierAbroad reports whether the raw words ws of a segment end with a
// campus qualifier ("at", "en", "au", "à", "in" and the words after it)
// that names a place outside country, as the lists or the gazetteer (a
// place without a US or Canadian namesake of its size) know it.
func (c *Classifier) qualifierAbroad(ws []string, country string) bool {
	for k := len(ws) - 2; k >= 1; k-- {
		if !campusMarkers[ws[k]] {
			continue
		}
		tail := ws[k+1:]
		if placesAbroad(c.findPlacesWords(saintWords(tail)), country) {
			return true
		}
		g, ok := c.gazetteerPlace([][]string{tail})
		return ok && g.strong
	}
	return false
}
