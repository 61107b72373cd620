package extract

// A role's phrase may name the organisation the role is held in, before
// the words that say what the person trains in: "RFMR Chief Resident",
// "Aviva Health chief resident", "Lakeview Family Medicine resident",
// "2025 Mercy Hospital chief resident". The relation reader's walk back
// from a role word (relBoundBefore, relNamedAfter) passes over these
// organisation words as over its training modifiers, but only where the
// phrase is a trainee's, not an inhabitant's ("an Austin resident", "a
// senior Kansas City resident", "NYC resident Ana Ruiz"): a training
// modifier stands between the organisation and the role ("RFMR Chief
// Resident", "Mercy Family Medicine resident"), or the organisation's
// words hold a word of an institution ("Aviva Health", "Mercy Hospital").
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
	trained, head := false, false
	orgs, run, runStart := 0, 0, 0
	for m := 0; m < 5+relOrgMost; m++ {
		x := w.word(b)
		switch {
		case relModifier(x):
			if orgs == 0 && !relPraise[asciiLower(x)] {
				trained = true
			}
			run = 0
			b++
		case joined && b > 0 && (w.is(b, "and") || x == "&") && relModifier(w.word(b+1)):
			run = 0
			b++ // "obstetrics and gynecology", "internal medicine & pediatrics": two specialties joined
		case orgs < relOrgMost && relOrgWord(x):
			orgs++
			lw := asciiLower(x)
			if relOrgHeads[lw] {
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
// phrase: an acronym ("RFMR", "UWFM") or a capitalised word ("Aviva",
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
	switch asciiLower(x) {
	case "one", "two", "three", "four", "some", "all", "both", "among", "of", "and", "as", "former", "past", "resident",
		"residents", "intern", "interns", "fellow", "fellows", "faculty", "staff":
		return false
	}
	return true
}

// relAcronym reports a word in capitals of two to six letters ("RFMR").
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
