package extract

import "strings"

// Position 4 of the role binder, a predicate of membership: a person is a
// resident who is, now, in a residency program as one of its trainees:
// "Drs. Ana Ruiz and Ben Ota are in the family medicine residency
// program", "Ruiz and Ota — along with four other doctors — are training in
// the state's newest family medicine residency program". The role is the
// program, after "in", its determiner (an article, "our", a possessive:
// "the state's", "Lakeside's") and its modifiers (training modifiers,
// organisation words, relProgramAdjectives); the relation is a row of
// relProgramRows before "in" (present tense only: "was in the residency
// program" is an alumnus's). Nothing may stand between the relation and
// "in" but an adverb ("is now in"), so a role there ("is faculty in the
// residency program", "teaches in", "is interested in") binds no one; the
// program must close its clause ("the residency program office", "the
// residency program director" are no program of trainees).

// relProgramRows are the relations that make their subject a trainee of
// the program after "in".
var relProgramRows = [][]string{{"is"}, {"are"}, {"is", "training"}, {"are", "training"}, {"is", "enrolled"},
	{"are", "enrolled"}, {"is", "cutting", "her", "teeth"}, {"is", "cutting", "his", "teeth"},
	{"are", "cutting", "their", "teeth"}, {"is", "learning"}, {"are", "learning"}}

// relProgramAdjectives may stand among a program's modifiers (lower case).
var relProgramAdjectives = map[string]bool{"new": true, "newest": true, "own": true, "inaugural": true, "first": true,
	"three-year": true, "four-year": true, "accredited": true, "growing": true, "rural": true}

// relProgramClosers are the words after a program that go on with its
// clause, not with the noun ("the residency program at Lakeside", "…,
// which", "… since June").
var relProgramClosers = []string{"at", "in", "with", "since", "which", "that", "this", "here", "and", "for", "of", "through"}

// relProgramMay is a necessary condition of a program's role in t: the
// words "residency program" (the block's resident hint, which "residency"
// holds, answered first by the caller).
func relProgramMay(t string) bool {
	return strings.Contains(t, "esidency program")
}

// relProgramRole reports a role that is a program ("residency program").
func relProgramRole(role string) bool {
	return len(role) > 9 && foldIs(role[:9], "residency")
}

// relProgramEnd is the end of "residency program" whose "residency" ends
// at e in t, when the program closes its clause there; 0 otherwise.
func relProgramEnd(t string, e int) int {
	const p = " program"
	if len(t)-e < len(p) || !foldIs(t[e:e+len(p)], p) {
		return 0
	}
	end := e + len(p)
	after := t[end:]
	if after == "" || strings.IndexByte(",.;:!?)\n", after[0]) >= 0 || strings.HasPrefix(after, " —") || strings.HasPrefix(after, " –") {
		return end
	}
	if after[0] != ' ' {
		return 0 // "programs", "program's"
	}
	w, _ := relNextWord(after)
	for _, c := range relProgramClosers {
		if w == c {
			return end
		}
	}
	return 0
}

// relProgramBound walks back from a program at r0 of t over its
// modifiers, adjectives and determiner to "in" and a relation of
// relProgramRows; it returns where the subject ends.
func relProgramBound(t string, r0 int) (relBinding, bool) {
	w := relWords{t: t, floor: r0, stop: -1}
	b := 0
	for n := 0; n < 6; n++ {
		x := w.word(b)
		if relProgramAdjectives[asciiLower(x)] {
			b++
			continue
		}
		if relOrgWord(x) {
			b++ // "the LVFM residency program": the program's organisation
			continue
		}
		if nb := w.roleModifiers(b, true); nb > b {
			b = nb
			continue
		}
		break
	}
	x := w.word(b)
	poss := len(x) > 3 && (strings.HasSuffix(x, "'s") || strings.HasSuffix(x, "’s"))
	if relDeterminer(x) || poss && x[0] >= 'A' && x[0] <= 'Z' {
		b++ // "the", "our", "the state's", "Lakeside's"
		if poss && relArticle(w.word(b)) {
			b++
		}
	}
	if !w.is(b, "in") {
		return relBinding{}, false
	}
	b++
	for relAdverb(w.word(b)) {
		b++
	}
	for _, row := range relProgramRows {
		if v, ok := w.verbAt(b, row); ok {
			end, ok := w.subjectEnd(v)
			return relBinding{end: end}, ok
		}
	}
	return relBinding{}, false
}

// relDashAsideCut returns a subject without the aside between dashes that
// closes it ("Ruiz and Ota — along with four other doctors —": "Ruiz and
// Ota"); any other subject as it is.
func relDashAsideCut(sub string) string {
	t := strings.TrimRight(sub, " ")
	for _, d := range [...]string{"—", "–", " -"} {
		if !strings.HasSuffix(t, d) {
			continue
		}
		open := strings.LastIndex(t[:len(t)-len(d)], strings.TrimLeft(d, " "))
		if open <= 0 || t[open-1] != ' ' {
			return sub
		}
		return strings.TrimRight(t[:open], " ")
	}
	return sub
}

// relSurnameList reads a subject that ends with a coordination of
// surnames alone ("Ruiz and Ota", "Ruiz, Ota and Cruz", "Ruiz & Ota"),
// after a fronted clause and its comma if any ("Whether on the wards or in
// the clinic, Ruiz and Ota …"), each the surname of one person the page
// names in full before (fullNameBefore): the full names, or nil when the
// subject ends with no such list or a surname is no one's (or two
// people's).
func relSurnameList(d *doc, text, sub string) []string {
	if d == nil || !strings.Contains(sub, " and ") && !strings.Contains(sub, " & ") {
		return nil
	}
	if i := strings.LastIndex(sub, ". "); i >= 0 {
		sub = sub[i+2:] // "… in June. de la Fuente and Ota": a sentence the splitter left joined (a surname in lower case opens it)
	}
	parts := strings.FieldsFunc(andComma.Replace(sub), func(r rune) bool { return r == ',' })
	at := blockOf(d, text)
	var names []string
	for k := len(parts) - 1; k >= 0 && len(names) < 4; k-- {
		w := strings.TrimSpace(parts[k])
		particle := relParticleSurname(w) || relLowerParticle(w) // "Van Dyke", "de la Fuente"
		if w == "" || strings.Contains(w, ".") || !particle && (strings.Contains(w, " ") || !upperAt(w, 0) || notNameWords[strings.ToLower(w)]) {
			break // the fronted clause, or no surname
		}
		full, ok := fullNameBefore(d, w, at)
		if !ok || full == w {
			return nil
		}
		names = append([]string{full}, names...)
	}
	if len(names) < 2 {
		return nil
	}
	return names
}
