package extract

import (
	"slices"
	"strings"
)

// A role's phrase may name the organisation the role is held in, before
// the words that say what the person trains in: "QVFM Chief Resident",
// "Corvane Health chief resident", "Lakeview Family Medicine resident",
// "2025 Mercy Hospital chief resident". The relation reader's walk back
// from a role word (relBoundBefore, relNamedAfter) passes over these
// organisation words as over its training modifiers, but only where the
// phrase is a trainee's, not an inhabitant's ("an Austin resident", "a
// senior Kansas City resident", "NYC resident Ana Ruiz"): a training
// modifier stands between the organisation and the role ("QVFM Chief
// Resident", "Mercy Family Medicine resident"), or the organisation's
// words hold a word of an institution ("Corvane Health", "Mercy Hospital").
// Two capitalised words in a row with no institution's word may be a
// person's name before the role ("…, Ana Ruiz Chief Resident"): the walk
// stops before them.

// relOrgMost is how many organisation words a role's phrase may hold.
const relOrgMost = 4

// relOrgHeads are the words that make capitalised words an
// organisation's name (lower case).
var relOrgHeads = map[string]bool{"health": true, "hospital": true, "hospitals": true, "clinic": true, "medical": true,
	"center": true, "centre": true, "healthcare": true, "program": true, "residency": true, "system": true,
	"university": true, "college": true}

// relPraise are the modifierWords that praise or date a resident ("a busy
// PGY-2 resident", "current"), which say nothing of training: they do not
// make the words before them an organisation.
var relPraise = map[string]bool{"busy": true, "hard-working": true, "dedicated": true, "talented": true,
	"current": true, "physician": true, "senior": true, "junior": true}

// roleModifiers walks back from the b-th word before a role over its
// modifiers: training modifiers (relModifier), two specialties joined by
// "and" or "&" when joined, and organisation words where the phrase is a
// trainee's (see above). It returns the b after the last word that is
// the role's.
func (w *relWords) roleModifiers(b int, joined bool) int {
	safe := b
	var lb [24]byte // (a word lowered on the stack for the tables' look-ups)
	trained, head := false, false
	orgs, run, runStart := 0, 0, 0
	for m := 0; m < 5+relOrgMost; m++ {
		x := w.word(b)
		switch {
		case relModifier(x):
			if orgs == 0 && !relPraise[string(lowerInto(lb[:], x))] {
				trained = true
			}
			run = 0
			b++
		case joined && b > 0 && (w.is(b, "and") || x == "&") && relModifier(w.word(b+1)):
			run = 0
			b++ // "obstetrics and gynecology", "internal medicine & pediatrics": two specialties joined
		case orgs < relOrgMost && relOrgWord(x):
			orgs++
			if relOrgHeads[string(lowerInto(lb[:], x))] {
				head, run = true, 0
			} else if !relAcronym(x) {
				if run == 0 {
					runStart = b
				}
				run++
				if run == 2 && !head {
					return min(safe, runStart) // "Ana Ruiz Chief Resident": a name, no organisation
				}
			}
			b++
		default:
			return safe
		}
		if orgs == 0 || trained || head {
			safe = b
		}
	}
	return safe
}

// relOrgWord reports a word that may be an organisation's in a role's
// phrase: an acronym ("QVFM", "UWFM") or a capitalised word ("Corvane",
// "Health"), not a determiner, an adverb, a relation's word, a title
// ("Dr."), a degree ("MD") or a role word.
func relOrgWord(x string) bool {
	if len(x) < 2 || len(x) > 20 || x[0] < 'A' || x[0] > 'Z' {
		return false
	}
	for i := 1; i < len(x); i++ {
		c := x[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '&') {
			return false // "Dr.", "Mercy's", "PGY-2"
		}
	}
	if relDeterminer(x) || relAdverb(x) || relVerbLast(x) || isDegree(x) {
		return false
	}
	var lb [24]byte
	return !relOrgNot[string(lowerInto(lb[:], x))]
}

// relOrgNot are capitalised words no organisation's in a role's phrase
// (lower case): quantifiers, conjunctions, a past, roles.
var relOrgNot = map[string]bool{"one": true, "two": true, "three": true, "four": true, "some": true, "all": true,
	"both": true, "among": true, "of": true, "in": true, "and": true, "as": true, "former": true, "past": true, "resident": true,
	"residents": true, "intern": true, "interns": true, "fellow": true, "fellows": true, "faculty": true, "staff": true}

// relAcronym reports a word in capitals of two to six letters ("QVFM").
func relAcronym(x string) bool {
	if len(x) < 2 || len(x) > 6 {
		return false
	}
	for i := 0; i < len(x); i++ {
		if x[i] < 'A' || x[i] > 'Z' {
			return false
		}
	}
	return true
}

// A caption or a sentence may give each of two or three people a role of
// their own, each in its apposition: "Dr. Ron Vale, faculty member, and
// Lia Cruz, resident." The role there may be the role word alone, with no
// article or modifier ("Lia Cruz, resident."), and the name it binds
// follows the apposition of the person before ("…, faculty member, and
// Lia Cruz"): that person's role is theirs, not hers.

// relAloneMay reports a role word alone in an apposition after a comma
// (the role at r0 of t, nothing between the comma and it) that may bind
// the name before the comma: a role word in the singular ("resident",
// "intern"; a plural one after a comma opens a clause more often: "In
// June, residents …"), capitalised or not, that closes the apposition
// (relAloneCloses).
func relAloneMay(t string, r0 int) bool {
	e := relRoleEnd(t, r0, false, false) // (the role's end: "PGY-3" is one role, two words)
	if e == 0 {
		e = wordEnd(t, r0)
	}
	return !relPluralRole(t[r0:e]) && relAloneCloses(t[e:])
}

// relAloneCloses reports the text after a role word alone in an
// apposition that closes it with nothing more said of the role: the
// text's end, a full stop, a semicolon, a closing parenthesis, or a comma
// before the coordination's next person (", and", ", &", a capital), a
// verb of saying (", said") or a place ("at", "in", "with", "from"). A
// comma before a span of years or "now" ("Dr. Vale, resident, 1998-2001,
// now directs …") tells of a residency over.
func relAloneCloses(after string) bool {
	after = relAfterRole(after)
	if after == "" || strings.IndexByte(".;)\n", after[0]) >= 0 {
		return true
	}
	if after[0] != ',' {
		return false
	}
	rest := strings.TrimLeft(after[1:], " ")
	if rest == "" || upperAt(rest, 0) {
		return true
	}
	w, _ := relNextWord(" " + rest)
	return w == "and" || strings.HasPrefix(rest, "&") || slices.Contains(relSaidVerbs, w) || slices.Contains(relAppositionGoesOn[:4], w)
}

// apposedAnd reports text before a name that ends with the conjunction
// after a closed apposition (", and ", "; and ", ", & "): the name is the
// next person of a coordination, not a name's last words ("Johnson and
// Johnson").
func apposedAnd(before string) bool {
	return strings.HasSuffix(before, ", and ") || strings.HasSuffix(before, "; and ") || strings.HasSuffix(before, ", & ") || strings.HasSuffix(before, ") and ")
}

// relParenClosed reports a role at r0 of t in a parenthesis that closes
// after it (after "physician"): "(resident)", "(PGY-2)", "(second-year
// resident)".
func relParenClosed(t string, r0 int) bool {
	a := relAfterRole(t[wordEnd(t, r0):])
	if strings.HasPrefix(a, "s)") {
		a = a[1:]
	}
	return strings.HasPrefix(a, ")")
}
