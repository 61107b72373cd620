package extract

import "strings"

// andPredicates finds an " and " (no comma) that opens a predicate of its
// own after a part with a finite verb: a subject and a verb ("we have no
// cutoff and we require passing scores", "… and there is no limit"), or a
// verb that brings its own negation ("we sponsor J-1 visas and do not
// sponsor H-1B visas", "… and have no graduation cutoff"). The negation and
// modality of each part stay in it. An "and" between the items of a list
// ("J-1 and H-1B visas", "Step 1 and Step 2 CK must be passed") or before a
// verb with no negation of its own ("… and have passed Step 1") joins no
// clause.
func andPredicates(low string, s, e int) []int {
	return clauseCuts(low, s, e, " and ", andOpens)
}

// andOpens reports a part after "and" that is a clause of its own: a
// sentence, or a verb with its own negation.
func andOpens(rest string) bool { return opensSentence(rest) || negatedPredicate(rest) }

// negatedPredicate reports a part that opens with a verb and its own
// negation: "do not sponsor", "does not require", "don't", "have no",
// "has no", "will not", "cannot", "are not".
func negatedPredicate(rest string) bool {
	var buf [2]string
	w := firstWords(rest, buf[:0])
	if len(w) == 0 {
		return false
	}
	switch w[0] {
	case "don't", "doesn't", "cannot", "can't", "won't", "isn't", "aren't":
		return true
	}
	if len(w) < 2 {
		return false
	}
	switch w[0] {
	case "do", "does", "will", "are", "is", "can", "may", "must", "should":
		return w[1] == "not"
	case "have", "has":
		return w[1] == "no" || w[1] == "not"
	}
	return false
}

// andNegated reports a clause that andPredicates opened with a verb and
// its own negation (" and have no graduation cutoff"): it speaks for
// itself as a clause with a subject does.
func andNegated(part string) bool {
	rest, ok := strings.CutPrefix(strings.TrimLeft(part, " "), "and ")
	return ok && negatedPredicate(rest)
}
