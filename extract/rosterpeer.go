package extract

import "strings"

// A peer noun names a person by the group they belong to: "Five residents
// listen as one of their classmates, Ana Ruiz, presents a case" makes Ana
// Ruiz one of the residents, "five students listen as one of their
// classmates, Ana Ruiz, …" one of the students. The relation reader reads a
// peer noun (relPeerNouns) as a role word whose role is its antecedent's:
// the possessive "their" right before it (perhaps after "one of") must
// refer to a group of residents or interns named before it in the block
// (relPeerOfResidents), the nearest group of people it may refer to, and
// a group of now (no "former residents"). A group of any other people
// nearer ("residents and their mentors … their classmates") binds no one.
// "their fellow residents" names residents itself: "fellow" before a role
// lets the possessive stand for the program's "our" (relNamedAfter).

// relPeerNouns are the peer nouns, each with its plural (lower case).
var relPeerNouns = []string{"classmate", "classmates"}

// relPeerReach is how far back from "their" the antecedent is looked for
// (about the sentence before and this one).
const relPeerReach = 240

// relPeerMay is a necessary condition of a peer noun in t.
func relPeerMay(t string) bool {
	return strings.Contains(t, "lassmate")
}

// relPeerNoun reports a word of relPeerNouns in any case.
func relPeerNoun(w string) bool {
	for _, p := range relPeerNouns {
		if foldIs(w, p) {
			return true
		}
	}
	return false
}

// relPeerPossessive reports a possessive that may stand for a program's
// "our" before a peer's role ("one of their fellow residents").
func relPeerPossessive(w string) bool {
	return foldIs(w, "their") || foldIs(w, "his") || foldIs(w, "her")
}

// relPeerOfResidents reports whether the peer noun at r0 of t is said of
// residents: "their" right before it, and the nearest group of people
// before that "their" (within relPeerReach) a group of residents or
// interns of now, written in the plural, with no other people named
// between it and the "their".
func relPeerOfResidents(t string, r0 int) bool {
	w := relWords{t: t, floor: r0, stop: -1}
	if !w.is(0, "their") {
		return false
	}
	their := w.ws[0][0]
	from := max(0, their-relPeerReach)
	g0, g1 := -1, -1
	for at := from; ; {
		a, e := relRoleAtIn(t[:their], at, false, false)
		if a < 0 {
			break
		}
		g0, g1, at = a, e, e
	}
	if g0 < 0 || !relPluralRole(t[g0:g1]) || placeAfter(t[g0:their]) {
		return false
	}
	if g1 < len(t) && (t[g1] == '\'' || strings.HasPrefix(t[g1:], "’")) {
		return false // "the residents' families …"
	}
	if notNowResident.in(asciiLower(t[max(from, g0-24):g0])) {
		return false // "five former residents …"
	}
	between := asciiLower(t[g1:their])
	return !otherRoles.in(between) && !staffRoleWords.in(between) && !relOtherPeople.in(between)
}

// relOtherPeople are people a "their" between a group of residents and a
// peer noun may refer to instead (lower case), beside otherRoles' and
// staffRoleWords' roles.
var relOtherPeople = newWordList("patients", "families", "children", "friends", "visitors", "guests", "colleagues",
	"peers", "physicians", "doctors", "teachers", "classmates")
