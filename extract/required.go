package extract

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Gates read from the expression itself: requiredWords works out, from the
// syntax of a regular expression, words one of which every match contains
// ("esidents", "nterns", "hiefs" for `\b(?:[Rr]esidents|[Ii]nterns|[Cc]hiefs)\s+`),
// so that mustGateDerived can gate an expression with no list written by
// hand, and the list cannot drift from the expression.

// Bounds of the derivation: sets of words beyond them are not used.
const (
	maxExactWords    = 16 // strings one part of an expression matches, enumerated
	maxRequiredWords = 32 // words of a gate
	maxClassRunes    = 8  // characters of a class enumerated as words
)

// mustGateDerived compiles expr, gated by the words requiredWords derives
// from it (ungated when it derives none), and by the further clauses
// requiredClauses derives: a text must hold a word of each.
func mustGateDerived(expr string) gatedRegexp {
	re := regexp.MustCompile(expr)
	words, fold, ok := requiredWords(expr)
	if !ok {
		words = []string{""} // the empty word is in every text: no gate
	}
	groups := [][]string{words}
	if ok {
		groups = append(groups, requiredClauses(expr, words)...)
	}
	k := newKeywordSet(groups...)
	if fold {
		k = newFoldedKeywordSet(groups...)
	}
	g := gatedRegexp{re: re, hints: k}
	if len(groups) > 1 {
		g.all = 1<<len(groups) - 1
	}
	return g
}

// maxClauses is the most clauses a derived gate asks for besides the
// requiredWords one, each with words of minClauseStrength bytes or more (a
// clause of single letters or digits is in nearly every text: it would only
// keep the scan from stopping at the first word).
const (
	maxClauses        = 3
	minClauseStrength = 3
)

// requiredClauses returns up to maxClauses more clauses for expr's gate,
// each a list of words one of which every match of expr contains, other
// than first (requiredWords' answer) and weaker ones: "graduat" and
// "residen" for `graduat\w*.{0,60}residen|residen.{0,40}graduat` (a match
// holds both), where requiredWords gives one of the two words per
// alternative. Clauses are in the case requiredWords' fold says.
func requiredClauses(expr string, first []string) [][]string {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	re = re.Simplify()
	d := deriver{fold: hasFoldCase(re)}
	var out [][]string
	for _, c := range d.clauses(re) {
		c = minimal(c)
		if strength(c) < minClauseStrength || slices.ContainsFunc(out, func(o []string) bool { return implies(o, c) }) || implies(minimal(first), c) {
			continue // a word of another clause is a word of c: c asks nothing more
		}
		out = append(out, c)
		if len(out) == maxClauses {
			break
		}
	}
	return out
}

// implies reports whether a text holding a word of a holds a word of b:
// each word of a contains a word of b.
func implies(a, b []string) bool {
	for _, w := range a {
		if !slices.ContainsFunc(b, func(v string) bool { return strings.Contains(w, v) }) {
			return false
		}
	}
	return true
}

// clauses returns clauses of re, strongest first: lists of words one of
// which every match of re contains.
func (d deriver) clauses(re *syntax.Regexp) [][]string {
	if s, ok := d.exact(re); ok {
		if slices.Contains(s, "") {
			return nil
		}
		return [][]string{s}
	}
	var out [][]string
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return d.clauses(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return d.clauses(re.Sub[0])
		}
	case syntax.OpConcat:
		// every part's clauses, and each run of parts whose strings are
		// known (their product)
		run := []string{""}
		end := func() {
			if strength(run) > 0 {
				out = append(out, run)
			}
		}
		for _, sub := range re.Sub {
			if s, ok := d.exact(sub); ok {
				if p, ok := product(run, s, maxRequiredWords); ok {
					run = p
				} else {
					end()
					run = s
				}
				continue
			}
			end()
			run = []string{""}
			out = append(out, d.clauses(sub)...)
		}
		end()
	case syntax.OpAlternate:
		// a clause of each alternative, joined: a match of any alternative
		// holds a word of the join
		out = [][]string{nil}
		for _, sub := range re.Sub {
			cs := d.clauses(sub)
			if len(cs) == 0 {
				return nil
			}
			var next [][]string
			for _, a := range out {
				for _, c := range cs[:min(len(cs), maxClauses+1)] {
					if j, ok := union(a, c, maxRequiredWords); ok {
						next = append(next, j)
					}
				}
			}
			out = strongest(next, maxClauses+1)
			if len(out) == 0 {
				return nil
			}
		}
		return out
	}
	return strongest(out, len(out))
}

// strongest returns the n best clauses of cs (betterWords), best first.
func strongest(cs [][]string, n int) [][]string {
	slices.SortStableFunc(cs, func(a, b []string) int {
		switch {
		case betterWords(a, b):
			return -1
		case betterWords(b, a):
			return 1
		}
		return 0
	})
	return cs[:min(n, len(cs))]
}

// requiredWords returns words such that every match of expr contains one of
// them, in either case (ASCII letters) when fold is set; ok is false when it
// finds none worth a gate.
func requiredWords(expr string) (words []string, fold, ok bool) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, false, false
	}
	re = re.Simplify()
	d := deriver{fold: hasFoldCase(re)}
	words, ok = d.required(re)
	if !ok || strength(words) == 0 {
		return nil, false, false
	}
	return minimal(words), d.fold, true
}

// minimal drops the words that contain another word of ws: where they
// occur, so does the other.
func minimal(ws []string) []string {
	var out []string
	for i, w := range ws {
		if !slices.ContainsFunc(ws, func(v string) bool { return v != w && strings.Contains(w, v) }) && !slices.Contains(ws[:i], w) {
			out = append(out, w)
		}
	}
	return out
}

// hasFoldCase reports a part of re matched in either case.
func hasFoldCase(re *syntax.Regexp) bool {
	if re.Flags&syntax.FoldCase != 0 && (re.Op == syntax.OpLiteral || re.Op == syntax.OpCharClass) {
		return true
	}
	return slices.ContainsFunc(re.Sub, hasFoldCase)
}

// deriver derives words; with fold, words are written with ASCII letters in
// lower case (the folded keyword set matches them in either case).
type deriver struct{ fold bool }

// word is s as the gate's keyword set compares it.
func (d deriver) word(s string) string {
	if d.fold {
		return asciiLower(s)
	}
	return s
}

// exact returns every string re matches, when they are few.
func (d deriver) exact(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []string{""}, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			for _, r := range re.Rune {
				if r >= utf8.RuneSelf && unicode.SimpleFold(r) != r {
					return nil, false // a letter of another case the folded set cannot match
				}
			}
		}
		return []string{d.word(string(re.Rune))}, true
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] >= maxClassRunes {
				return nil, false
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if !slices.Contains(out, d.word(string(r))) {
					out = append(out, d.word(string(r)))
				}
				if len(out) > maxClassRunes {
					return nil, false
				}
			}
		}
		return out, len(out) > 0
	case syntax.OpCapture:
		return d.exact(re.Sub[0])
	case syntax.OpQuest:
		s, ok := d.exact(re.Sub[0])
		if !ok {
			return nil, false
		}
		return union(s, []string{""}, maxExactWords)
	case syntax.OpConcat:
		out := []string{""}
		for _, sub := range re.Sub {
			s, ok := d.exact(sub)
			if !ok {
				return nil, false
			}
			if out, ok = product(out, s, maxExactWords); !ok {
				return nil, false
			}
		}
		return out, true
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			s, ok := d.exact(sub)
			if !ok {
				return nil, false
			}
			if out, ok = union(out, s, maxExactWords); !ok {
				return nil, false
			}
		}
		return out, true
	}
	return nil, false
}

// required returns words one of which every match of re contains.
func (d deriver) required(re *syntax.Regexp) ([]string, bool) {
	if s, ok := d.exact(re); ok {
		return s, !slices.Contains(s, "")
	}
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return d.required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return d.required(re.Sub[0])
		}
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			s, ok := d.required(sub)
			if !ok {
				return nil, false
			}
			if out, ok = union(out, s, maxRequiredWords); !ok {
				return nil, false
			}
		}
		return out, true
	case syntax.OpConcat:
		// the best of: each run of parts whose strings are known (their
		// product), and what each other part requires
		var best []string
		run := []string{""}
		consider := func(s []string) {
			if strength(s) > 0 && betterWords(s, best) {
				best = s
			}
		}
		for _, sub := range re.Sub {
			if s, ok := d.exact(sub); ok {
				if p, ok := product(run, s, maxRequiredWords); ok {
					run = p
				} else {
					run = s
				}
				consider(run) // each run so far is required too
				continue
			}
			consider(run)
			run = []string{""}
			if s, ok := d.required(sub); ok {
				consider(s)
			}
		}
		consider(run)
		return best, best != nil
	}
	return nil, false
}

// betterWords reports whether the words of a make a tighter gate than b's:
// a stronger weakest word (up to four bytes besides spaces, which every
// text has), else fewer words, else a longer weakest word.
func betterWords(a, b []string) bool {
	if b == nil {
		return true
	}
	sa, sb := strength(a), strength(b)
	if min(sa, 4) != min(sb, 4) {
		return sa > sb
	}
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return sa > sb
}

// strength is the fewest bytes other than white space in a word of ws.
func strength(ws []string) int {
	n := -1
	for _, w := range ws {
		k := len(w) - strings.Count(w, " ") - strings.Count(w, "\t") - strings.Count(w, "\n") - strings.Count(w, "\f") - strings.Count(w, "\r")
		if n < 0 || k < n {
			n = k
		}
	}
	return max(n, 0)
}

// product returns every a+b, at most max of them.
func product(as, bs []string, max int) ([]string, bool) {
	if len(as)*len(bs) > max {
		return nil, false
	}
	out := make([]string, 0, len(as)*len(bs))
	for _, a := range as {
		for _, b := range bs {
			if w := a + b; !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	return out, true
}

// union returns the words of a and b, at most max of them.
func union(a, b []string, max int) ([]string, bool) {
	out := slices.Clone(a)
	for _, w := range b {
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out, len(out) <= max
}

// minDigits returns the fewest ASCII digits a match of expr holds (0 when
// expr does not parse): a text with fewer digits holds no match.
func minDigits(expr string) int {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return 0
	}
	return digitsIn(re.Simplify())
}

func digitsIn(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			if r >= '0' && r <= '9' {
				n++
			}
		}
		return n
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i] < '0' || re.Rune[i+1] > '9' {
				return 0
			}
		}
		return min(len(re.Rune), 1) // a class of digits alone
	case syntax.OpCapture, syntax.OpPlus:
		return digitsIn(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min * digitsIn(re.Sub[0])
	case syntax.OpConcat:
		n := 0
		for _, sub := range re.Sub {
			n += digitsIn(sub)
		}
		return n
	case syntax.OpAlternate:
		n := -1
		for _, sub := range re.Sub {
			if d := digitsIn(sub); n < 0 || d < n {
				n = d
			}
		}
		return max(n, 0)
	}
	return 0
}

// countDigits returns how many ASCII digits s holds.
func countDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n
}
