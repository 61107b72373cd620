package extract

import (
	"strings"
)

// The inverted copula: a sentence that opens with the role's group and
// puts its verb of being before the names it binds — "Among the residents
// honored was Ana Ruiz, who …", "Among our new interns is Dr. Ben Ota",
// "Our chief resident this year is Ana Ruiz", "Among the PGY-2s recognized
// were Ana Ruiz and Ben Ota". The role's phrase (its modifiers, an
// article or "our") opens the sentence or follows "among"; up to
// relInvertedGap words may stand between the role and the verb, each a
// participle, a word of time or the group's own relative ("honored",
// "recognized this year", "who presented at the meeting"), none
// another role, "whom"/"which", a possessive or a preposition of another
// relation; the verb is a copula (relInvertedVerbs). The names after it
// must close their clause. A past copula binds a group of then: a year or
// another role held since in the sentence ("Among the residents in 1998
// was Dr. X, now our chair") binds no one.

// relInvertedVerbs are the copulas of an inverted sentence, with the
// number they take (true: plural).
var relInvertedVerbs = map[string]bool{"is": false, "was": false, "are": true, "were": true}

// relInvertedGap is how many words may stand between the role and the
// copula ("honored this past spring", "who presented at the meeting").
const relInvertedGap = 6

// relInvertedStops are the words between the role and the copula that
// make it another relation's ("the residents' mentor", "the residents and
// faculty", "the residents whom Dr. X mentored"); a relative "who" or
// "that" of the group's own stays ("Among the interns who presented was …").
var relInvertedStops = map[string]bool{"whom": true, "whose": true, "which": true,
	"and": true, "or": true, "by": true, "with": true, "to": true, "of": true, "his": true, "her": true,
	"their": true, "its": true, "not": true, "no": true}

// relInvertedNames reads an inverted copula whose role is at r0..r1 of t:
// the names after the verb and the evidence, or nil.
func relInvertedNames(t string, r0, r1 int) ([]string, string) {
	rest := relAfterRole(t[r1:])
	// the gap and the copula, after the role
	at, plural := 0, false
	found := false
	for n := 0; n <= relInvertedGap; n++ {
		w, after := relNextWord(rest[at:])
		if w == "" {
			return nil, ""
		}
		if p, ok := relInvertedVerbs[w]; ok {
			at, plural, found = len(rest)-len(after), p, true
			break
		}
		if relInvertedStops[w] || otherRoles.in(w) || staffRoleWords.in(w) || w[0] < 'a' || w[0] > 'z' || strings.ContainsAny(w, "'’") {
			return nil, ""
		}
		at = len(rest) - len(after)
	}
	if !found {
		return nil, ""
	}
	if w, after := relNextWord(rest[at:]); w == "also" || w == "again" || w == "now" {
		at = len(rest) - len(after)
	}
	// the opening: the role's modifiers, an article or "our", then
	// "among" or the sentence's start
	w := relWords{t: t, floor: r0, stop: -1}
	b := w.roleModifiers(0, false)
	for w.is(b, "new") || w.is(b, "incoming") || w.is(b, "newest") {
		b++ // "Among our new interns is …"
	}
	among := false
	switch {
	case w.is(b, "our") || w.is(b, "the"):
		b++
	case w.is(b, "year's") || w.is(b, "year’s"):
		if !w.is(b+1, "this") {
			return nil, ""
		}
		b += 2
	}
	if w.is(b, "among") {
		among = true
		b++
		if w.is(b, "also") {
			b++ // "Also among the residents honored was …"
		}
	} else if b == 0 {
		return nil, "" // "Residents are …": no article, no group
	}
	start := r0
	if b > 0 {
		start = w.ws[b-1][0]
	}
	if prev := w.word(b); (prev != "" && strings.IndexByte(".!?", prev[len(prev)-1]) < 0 || w.stop >= 0 && !among) && !relDatelineBefore(t, start) {
		return nil, "" // "Teaching the residents this year is Dr. X": the role is another verb's object
	}
	if otherRoleBefore(asciiLower(t[max(0, start-30):start])) {
		return nil, ""
	}
	role := relPluralRole(t[r0:r1])
	if plural && !role {
		return nil, "" // "Our chief resident are …"
	}
	names := rest[at:]
	for len(names) > 0 && names[0] == ' ' {
		names = names[1:]
	}
	if !upperAt(names, 0) {
		return nil, ""
	}
	var got []string
	end := 0
	if plural {
		got, end = coordinatedNameList(names)
		for _, n := range got {
			if !strings.Contains(n, " ") {
				return nil, "" // "Our residents are Smart and Kind": praise, no names
			}
		}
	}
	if got == nil && (!plural || among) {
		if it := listItem.FindStringSubmatchIndex(names); it != nil {
			if name, ok := personName(names[it[2]:it[3]]); ok && !isSchoolLine(name) && !hasAcronym(name) {
				got, end = []string{name}, it[1]
			}
		}
	}
	if got == nil {
		return nil, ""
	}
	after := names[end:]
	if after != "" && strings.IndexByte(",.;:!?\n", after[0]) < 0 {
		return nil, "" // a longer word than the name read, or a clause that goes on
	}
	closeAt := len(t) - len(after)
	sentEnd := closeAt + strings.IndexAny(after+".", ".;!?\n")
	tail := asciiLower(t[r1:min(sentEnd, len(t))])
	if verb := rest[:at]; strings.Contains(verb, " was") || strings.Contains(verb, " were") {
		if yearWord.MatchString(tail) || pastSpan(tail) || strings.Contains(tail, " ago") {
			return nil, "" // "Among the residents in 1998 was Dr. X": a group then
		}
	}
	if strings.HasPrefix(after, ",") && (otherRoles.in(tail) || staffRoleWords.in(tail)) {
		return nil, "" // "…, now our program director": another role held
	}
	return got, sentenceAround(t, start, closeAt)
}

// relDatelineBefore reports a sentence of t that opens with a dateline
// and then start: "AKRON — This year's chief resident is …".
func relDatelineBefore(t string, start int) bool {
	s0 := start
	for s0 > 0 && strings.IndexByte(".!?\n", t[s0-1]) < 0 {
		s0--
	}
	seg := strings.TrimLeft(t[s0:], " ")
	return len(seg) > len(t)-start && len(cutDateline(seg)) == len(t)-start
}
