package transform

import (
	"slices"
	"strings"
	"unicode"
)

// Conflicting evidence inside one name: a US or Canadian school's short
// name with an abbreviation beside it that is no form of that school
// ("UC School of Medicine (UCSM)" is the University of Cebu's, not
// Cincinnati's: Cincinnati's is a college, UCCOM). Rosters write a
// school's own abbreviation beside its name; another one says the short
// name was someone else's. A wrong "not an IMG" is the worst error, so
// the answer is unknown.

// addHomeOwn records the abbreviations a US or Canadian school's names
// (aliases, marks and all; a part marked "+" names nothing alone) may be
// written as: the initialisms of each written-out name, every run of its
// words (homeInitialisms), and each abbreviated name with a faculty's
// letters glued on ("UC" → "UCCOM", "UCCM"), only with the faculty word
// the school's names use: a college of medicine is no "SM".
func (c *Classifier) addHomeOwn(id int, aliases []string) {
	school, college := false, false
	for _, a := range aliases {
		for _, w := range words(a) {
			school = school || w == "school"
			college = college || w == "college"
		}
	}
	for _, a := range aliases {
		if slices.ContainsFunc(words(a), func(w string) bool { return romanceOnly[w] || romanceHeads[w] }) {
			c.romanceOwn[id] = true
		}
	}
	add := func(k string) {
		k = stem(k)
		c.homeOwn[k] = addID(c.homeOwn[k], id)
	}
	for _, a := range aliases {
		a = strings.TrimSpace(a)
		if a == "" || a[0] == '+' {
			continue
		}
		a = strings.TrimLeft(a, "=")
		if !isAbbreviated(a) {
			for _, k := range homeInitialisms(a) {
				add(k)
			}
			continue
		}
		for _, w := range append(words(a), mixedInitials(a)) {
			for _, f := range facultyAbbreviations {
				if (f == "som" || f == "sm") && !school || (f == "com" || f == "cm" || f == "mc") && !college {
					continue
				}
				add(w + f)
			}
		}
	}
}

// foreignAbbreviation reports whether a part of the name other than the
// matched one is made of abbreviations only, none of which is a form of
// the matched schools (one of their aliases, an initialism of their
// names, a degree, a place or a faculty's letters): one of them that is
// the school's own makes the others its campus ("MSUCOM-DMC").
func (c *Classifier) foreignAbbreviation(p parsed, m match) bool {
	matched := p.segIdx[m.segment]
	for i, raw := range p.segRaw {
		if i == matched {
			continue
		}
		toks := strings.FieldsFunc(raw, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if len(toks) == 0 || !slices.ContainsFunc(toks, isAbbreviation) || slices.ContainsFunc(toks, func(t string) bool { return !isAbbreviation(t) && !isDigits(t) }) {
			continue // a place, a campus, words: weighed elsewhere
		}
		own, foreign := false, false
		for _, t := range toks {
			switch {
			case isDigits(t) || len(t) < 3:
			case spelledIn(strings.ToLower(t), p.segRaw):
				own = true // "(RCM)" beside "Recinto de Ciencias Médicas": the name's own words
			case c.ownAbbreviation(strings.ToLower(t), m.ids):
				own = true // "MSUCOM-DMC": the school's own, with its campus
			default:
				foreign = true
			}
		}
		if foreign && !own {
			return true
		}
	}
	return false
}

// ownAbbreviation reports whether the lower-cased abbreviation t may be
// written beside a name of schools ids.
func (c *Classifier) ownAbbreviation(t string, ids []int) bool {
	if degrees[t] || genericWords[t] || c.isPlace(t) || slices.Contains(facultyAbbreviations, t) || facultyAbbrevs[t] {
		return true
	}
	shares := func(other []int) bool {
		return slices.ContainsFunc(other, func(id int) bool { return slices.Contains(ids, id) })
	}
	k := stem(t)
	return shares(c.exact[t]) || shares(c.whole[t]) || shares(c.parts[t]) || shares(c.exact[k]) || shares(c.homeOwn[k])
}

// facultyAbbrevs are faculties' and campuses' letters written alone
// beside a school ("(SOM)", "(HSC)").
var facultyAbbrevs = map[string]bool{"som": true, "com": true, "hsc": true, "chs": true, "fms": true, "fom": true}

// isAbbreviation reports whether a raw word is written as an abbreviation:
// two capitals or more, and no more lower-case letters than capitals
// ("UCSM", "UdeM", "PhD").
func isAbbreviation(w string) bool {
	upper, lower := 0, 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	return upper >= 2 && lower <= upper
}

// isDigits reports whether w is made of digits only.
func isDigits(w string) bool {
	return w != "" && strings.Trim(w, "0123456789") == ""
}

// hospitalHeads are the last words of a hospital's name ("… Hospital",
// "… Medical Center", "… Health System"), before which a place names the
// hospital's town.
var hospitalHeads = map[string]bool{"hospital": true, "hospitals": true, "center": true, "system": true}

// hospitalBefore are the words before "Center" or "System" that make it a
// hospital's.
var hospitalBefore = map[string]bool{"medical": true, "hospital": true, "health": true, "healthcare": true}

// hospitalAtHome reports whether the name's first part is a hospital's
// name ("… Hospital", "… Medical Center", "… Health System") named for a
// place that is a US or Canadian town as well as a place abroad, and
// not clearly abroad: a weak country ("Jamaica", "Lebanon", "Peru"), a
// town of places.csv, a place abroad whose namesake is of comparable
// size; or any namesake before "University" when no university abroad
// of that name is known ("Nassau University Medical Center": no
// university of the Bahamas is called so). A hospital at home is no
// school abroad, whatever its town is named for; "Cairo General
// Hospital" still answers Egypt.
func (c *Classifier) hospitalAtHome(p parsed) bool {
	if len(p.segWords) == 0 {
		return false
	}
	ws := p.segWords[0]
	n := len(ws)
	if n < 2 || !hospitalHeads[ws[n-1]] || ws[n-1] != "hospital" && ws[n-1] != "hospitals" && !hospitalBefore[ws[n-2]] {
		return false
	}
	g := c.gazIndex()
	ws = saintWords(ws)
	for i := 0; i < len(ws); {
		// The longest place at i ("Mexico City", not "Mexico"), as the
		// places are read.
		l, k := 0, ""
		for j := min(len(ws), i+6); j > i; j-- {
			kk := key(ws[i:j])
			_, place := c.places[kk]
			_, abroad := g.places[kk]
			if place || abroad || g.home[kk] {
				l, k = j-i, kk
				break
			}
		}
		if l == 0 {
			i++
			continue
		}
		if ref, ok := c.places[k]; ok && (ref.kind == "weak_country" || ref.kind == "home_city") {
			return true
		}
		if g.home[k] {
			if gp, ok := g.places[k]; ok && !gp.strong {
				return true
			}
			if i+l < len(ws) && ws[i+l] == "university" {
				if _, named := c.institution(p.segWords); !named {
					return true
				}
			}
		}
		i += l
	}
	return false
}

// spelledIn reports whether the lower-cased abbreviation t is the initials
// of a run of written-out words of the name itself, function words left
// out ("RCM" of "Escuela de Medicina del Recinto de Ciencias Médicas (RCM)
// de la Universidad de Puerto Rico"): it abbreviates the name, not another
// school. Abbreviated words spell nothing, so "UC School of Medicine
// (UCSM)" is not its own.
func spelledIn(t string, segs []string) bool {
	var initials []byte
	for _, raw := range segs {
		for _, w := range strings.FieldsFunc(raw, func(r rune) bool { return !unicode.IsLetter(r) }) {
			lw := words(w)
			if len(lw) != 1 || stopwords[lw[0]] {
				continue
			}
			if isAbbreviation(w) {
				initials = append(initials, 0) // breaks a run
				continue
			}
			initials = append(initials, lw[0][0])
		}
	}
	return strings.Contains(string(initials), t)
}

// romanceOnly are the articles of French, Spanish, Portuguese and Italian
// names that no English name holds ("do" is also the degree, "la" a US
// place's: "La Crosse", "La Jolla").
var romanceOnly = map[string]bool{"de": true, "del": true, "di": true, "da": true, "du": true, "des": true, "dos": true, "das": true}

// romanceHeads are the head words of Romance names of schools; a school
// named so ("Université d'Ottawa") may be written with any article.
var romanceHeads = map[string]bool{"universite": true, "universidad": true, "universidade": true, "universita": true,
	"faculte": true, "facultad": true, "faculdade": true, "facolta": true, "ecole": true, "escuela": true, "escola": true}

// romanceBeside reports whether a name answered by US or Canadian
// schools m holds a Romance article that none of their names holds: a
// half-translated name abroad ("University de Columbia": Colombia's?),
// not the US school ("Université de Montréal" and Puerto Rico's
// "Universidad Central del Caribe" hold theirs).
func (c *Classifier) romanceBeside(p parsed, m match) bool {
	if slices.ContainsFunc(m.ids, func(id int) bool { return c.romanceOwn[id] }) {
		return false
	}
	for _, ws := range p.segWords {
		if slices.ContainsFunc(ws, func(w string) bool { return romanceOnly[w] }) {
			return true
		}
	}
	return false
}

// isLanguage reports whether w names a language of teaching, isStream
// whether it names a stream of a school taught in it ("French stream",
// "English track", "volet francophone"): no place, no school. (Switches,
// not maps: every word of every name is asked.)
func isLanguage(w string) bool {
	switch w {
	case "french", "english", "francophone", "anglophone", "bilingual", "francais", "anglais":
		return true
	}
	return false
}

func isStream(w string) bool {
	switch w {
	case "stream", "track", "program", "programme", "volet", "section":
		return true
	}
	return false
}

// dropStreams returns ws without a language of teaching and its stream
// ("uOttawa French stream", "French-language stream" are uOttawa).
func dropStreams(ws []string) []string {
	for i := 0; i+1 < len(ws); i++ {
		if !isLanguage(ws[i]) && !isStream(ws[i]) {
			continue
		}
		n := 0
		switch {
		case isLanguage(ws[i]) && isStream(ws[i+1]), isStream(ws[i]) && isLanguage(ws[i+1]):
			n = 2
		case isLanguage(ws[i]) && ws[i+1] == "language" && i+2 < len(ws) && isStream(ws[i+2]):
			n = 3 // "French-language stream"
		}
		if n > 0 {
			return dropStreams(slices.Delete(slices.Clone(ws), i, i+n))
		}
	}
	return ws
}
