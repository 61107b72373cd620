package extract

import "strings"

// Expressions of norm's that the regexp package ran with a backtracking
// walk of some hundred instructions a character, 2–11k instructions at
// each position their start accepted, and whose every choice the next
// few bytes settle, are read here by hand with the expressions'
// (leftmost-first) answers: examList, glueCK, h1bPattern and j1Pattern
// through startedRegexp.byHand (checkStarted, in TestStarted and
// FuzzStartedByHand, holds every method to the expression), examPart by
// examPartsIn (TestExamListByHand, FuzzExamListByHand), and usaPattern's
// anchored form by usaEnd for foldUSANames (TestUSAEnd, FuzzUSAEnd,
// FuzzUSAGate).

// examListHand is examListAt as a startedRegexp's hand reader.
func examListHand(s string, i int) []int {
	loc, ok := examListAt(s, i)
	if !ok {
		return nil
	}
	return loc[:]
}

// examListAt is examList's anchored expression at i of s: the match's
// bounds, its head's and its numbers'. The head is the first of
// examList's alternatives after which blanks, perhaps a dash, and a number
// follow (every alternative's choices are settled so: an "s" left out
// or blanks given back leave no number after it).
func examListAt(s string, i int) (loc [6]int, ok bool) {
	for _, head := range examHeads {
		h := head(s, i)
		if h < 0 {
			continue
		}
		p := blanks(s, h) // \s*-?\s*
		if p < len(s) && s[p] == '-' {
			p = blanks(s, p+1)
		}
		n := numeralAt(s, p)
		if n < 0 {
			continue
		}
		end := n
		if _, _, q := examQualAt(s, n); q >= 0 {
			end = q
		}
		for { // (?:\s*(?:,|and|&|/|or|and/or)\s*(?:steps?\s*|levels?\s*)?NUM QUAL?)*
			q := examListItemAt(s, end)
			if q < 0 {
				break
			}
			end = q
		}
		return [6]int{i, end, i, h, p, end}, true
	}
	return loc, false
}

// examHeads read examList's heads, in its order: where each ends at p, or -1.
var examHeads = [...]func(string, int) int{
	func(s string, p int) int { // usmle\s+(?:steps?|parts?|exams?)
		p = wordAt(s, p, "usmle")
		if p < 0 {
			return -1
		}
		q := blanks(s, p)
		if q == p {
			return -1
		}
		for _, w := range [...]string{"step", "part", "exam"} {
			if r := wordAt(s, q, w); r >= 0 {
				return optionalS(s, r)
			}
		}
		return -1
	},
	func(s string, p int) int { return wordAt(s, p, "usmle") },
	func(s string, p int) int { // steps?
		if p = wordAt(s, p, "step"); p < 0 {
			return -1
		}
		return optionalS(s, p)
	},
	func(s string, p int) int { // comlex\s+levels?
		p = wordAt(s, p, "comlex")
		if p < 0 {
			return -1
		}
		q := blanks(s, p)
		if q == p {
			return -1
		}
		if q = wordAt(s, q, "level"); q < 0 {
			return -1
		}
		return optionalS(s, q)
	},
	func(s string, p int) int { return wordAt(s, p, "comlex") },
	func(s string, p int) int { // levels?
		if p = wordAt(s, p, "level"); p < 0 {
			return -1
		}
		return optionalS(s, p)
	},
}

// examListItemAt reads one more number of a list at p (a separator, perhaps
// "step(s)" or "level(s)", the number, its qualifier): where it ends, or
// -1. The separators are tried in the expression's order ("and" before
// "and/or").
func examListItemAt(s string, p int) int {
	p = blanks(s, p)
	for _, sep := range [...]string{",", "and", "&", "/", "or", "and/or"} {
		if !strings.HasPrefix(s[p:], sep) {
			continue
		}
		q := blanks(s, p+len(sep))
		if r := wordAt(s, q, "step"); r >= 0 {
			q = blanks(s, optionalS(s, r))
		} else if r := wordAt(s, q, "level"); r >= 0 {
			q = blanks(s, optionalS(s, r))
		}
		n := numeralAt(s, q)
		if n < 0 {
			continue
		}
		if _, _, e := examQualAt(s, n); e >= 0 {
			return e
		}
		return n
	}
	return -1
}

// examPartsIn is examPart.FindAllStringSubmatchIndex(s, -1): each
// number with its qualifier, leftmost first.
func examPartsIn(s string) [][]int {
	var out [][]int
	for p := 0; p < len(s); {
		n := numeralAt(s, p)
		if n < 0 {
			p++
			continue
		}
		m := []int{p, n, p, n, -1, -1}
		if a, b, e := examQualAt(s, n); e >= 0 {
			m[1], m[4], m[5] = e, a, b
		}
		out = append(out, m)
		p = m[1]
	}
	return out
}

// numeralAt reads (1|i|one|2|ii|two|3|iii|three)\b at p: where it ends, or
// -1 (the first alternative the boundary holds after).
func numeralAt(s string, p int) int {
	if p >= len(s) {
		return -1
	}
	switch s[p] {
	case '1', '2', '3', 'i', 'o', 't':
	default:
		return -1
	}
	for _, w := range [...]string{"1", "i", "one", "2", "ii", "two", "3", "iii", "three"} {
		if strings.HasPrefix(s[p:], w) && boundaryAt(s, p+len(w)) {
			return p + len(w)
		}
	}
	return -1
}

// examQualAt reads \s*-?\s*\(?\s*(c?\s*ck|cs|ce|pe|clinical
// knowledge|clinical skills)\b\)? at p: the alternative's bounds and where
// the qualifier ends, or e -1.
func examQualAt(s string, p int) (a, b, e int) {
	q := blanks(s, p)
	if q < len(s) && s[q] == '-' {
		q++
	}
	q = blanks(s, q)
	if q < len(s) && s[q] == '(' {
		q++
	}
	q = blanks(s, q)
	if q >= len(s) || s[q] != 'c' && s[q] != 'p' {
		return 0, 0, -1
	}
	b = -1
	// c?\s*ck: with the "c" first, then without it
	if s[q] == 'c' {
		if r := blanks(s, q+1); strings.HasPrefix(s[r:], "ck") && boundaryAt(s, r+2) {
			b = r + 2
		}
	}
	if b < 0 && strings.HasPrefix(s[q:], "ck") && boundaryAt(s, q+2) {
		b = q + 2
	}
	if b < 0 {
		for _, w := range [...]string{"cs", "ce", "pe", "clinical knowledge", "clinical skills"} {
			if strings.HasPrefix(s[q:], w) && boundaryAt(s, q+len(w)) {
				b = q + len(w)
				break
			}
		}
	}
	if b < 0 {
		return 0, 0, -1
	}
	e = b
	if e < len(s) && s[e] == ')' {
		e++
	}
	return q, b, e
}

// glueCKAt reads glueCK's anchored expression, (2|ii)\s?c?\s?(ck|cs)\b,
// at i of s: its bounds and its groups', or nil.
func glueCKAt(s string, i int) []int {
	n := 0
	switch {
	case strings.HasPrefix(s[i:], "2"):
		n = 1
	case strings.HasPrefix(s[i:], "ii"):
		n = 2
	default:
		return nil
	}
	e := optionalRun(s, i+n, glueCKTail)
	if e < 0 {
		return nil
	}
	return []int{i, e, i, i + n, e - 2, e}
}

// glueCKTail is \s?c?\s?(ck|cs)\b ("ck" or "cs" as a "c", then a "k" or
// an "s").
var glueCKTail = []optByte{{set: blankBytes, opt: true}, {set: "c", opt: true}, {set: blankBytes, opt: true},
	{set: "c"}, {set: "ks"}, {bound: true}}

// h1bAt reads h1bPattern, h\s?-?\s?1\s?-?\s?b\b, at i of s.
func h1bAt(s string, i int) []int {
	if e := optionalRun(s, i, h1bBytes); e >= 0 {
		return []int{i, e}
	}
	return nil
}

var h1bBytes = []optByte{{set: "h"}, {set: blankBytes, opt: true}, {set: "-", opt: true}, {set: blankBytes, opt: true},
	{set: "1"}, {set: blankBytes, opt: true}, {set: "-", opt: true}, {set: blankBytes, opt: true}, {set: "b"}, {bound: true}}

// j1At reads j1Pattern, j\s?-\s?1\b|j1\b|j 1\b, at i of s (its
// alternatives in order).
func j1At(s string, i int) []int {
	for _, alt := range j1Alternatives {
		if e := optionalRun(s, i, alt); e >= 0 {
			return []int{i, e}
		}
	}
	return nil
}

var j1Alternatives = [][]optByte{
	{{set: "j"}, {set: blankBytes, opt: true}, {set: "-"}, {set: blankBytes, opt: true}, {set: "1"}, {bound: true}},
	{{set: "j"}, {set: "1"}, {bound: true}},
	{{set: "j"}, {set: " "}, {set: "1"}, {bound: true}},
}

// blankBytes are the bytes \s matches.
const blankBytes = "\t\n\f\r "

// optByte is one step of a run optionalRun reads: a byte of set (perhaps
// none, with opt), or, with bound, a word boundary (\b).
type optByte struct {
	set   string
	opt   bool
	bound bool
}

// optionalRun reads the steps at p of s as a backtracking expression
// does, a step that is there taken before one left out: where the first
// reading that reaches the end of the steps ends, or -1.
func optionalRun(s string, p int, steps []optByte) int {
	if len(steps) == 0 {
		return p
	}
	st := steps[0]
	if st.bound {
		if !boundaryAt(s, p) {
			return -1
		}
		return optionalRun(s, p, steps[1:])
	}
	if p < len(s) && strings.IndexByte(st.set, s[p]) >= 0 {
		if e := optionalRun(s, p+1, steps[1:]); e >= 0 {
			return e
		}
	}
	if st.opt {
		return optionalRun(s, p, steps[1:])
	}
	return -1
}

// wordAt is p+len(w) when s holds w at p, else -1.
func wordAt(s string, p int, w string) int {
	if strings.HasPrefix(s[p:], w) {
		return p + len(w)
	}
	return -1
}

// optionalS is the end of an "s" at p (s?), or p.
func optionalS(s string, p int) int {
	if p < len(s) && s[p] == 's' {
		return p + 1
	}
	return p
}

// blanks is the end of the \s run at p (tab, line feed, form feed,
// carriage return, space).
func blanks(s string, p int) int {
	for p < len(s) && strings.IndexByte(blankBytes, s[p]) >= 0 {
		p++
	}
	return p
}

// boundaryAt reports \b at p of s: a word byte on one side only.
func boundaryAt(s string, p int) bool {
	before := p > 0 && isWordByte(s[p-1])
	after := p < len(s) && isWordByte(s[p])
	return before != after
}

// usaEnd reads usaAt (usaPattern anchored) at i of s by hand, where
// usaStart accepts i: where its match ends, or -1. The alternatives in
// the expression's order: "U.", a blank perhaps, "S.", then perhaps a
// blank and "A." (the same in lower case); "U.S", "USA", "US" before a
// word boundary; "united states" in any case (an "s" may be "ſ", which
// (?i) folds to it), then perhaps blanks, "of", blanks and "america".
func usaEnd(s string, i int) int {
	for _, lower := range [...]bool{false, true} {
		u, dot := "U.", "S."
		tail := "A."
		if lower {
			u, dot, tail = "u.", "s.", "a."
		}
		if !strings.HasPrefix(s[i:], u) {
			continue
		}
		p := oneBlank(s, i+2)
		if !strings.HasPrefix(s[p:], dot) {
			continue
		}
		e := p + 2
		if q := oneBlank(s, e); strings.HasPrefix(s[q:], tail) {
			return q + 2
		}
		return e
	}
	for _, w := range [...]string{"U.S", "USA", "US"} {
		if strings.HasPrefix(s[i:], w) && boundaryAt(s, i+len(w)) {
			return i + len(w)
		}
	}
	e := foldedWordAt(s, i, "united states")
	if e < 0 {
		return -1
	}
	if q := blanks(s, e); q > e {
		if q = foldedWordAt(s, q, "of"); q >= 0 {
			if r := blanks(s, q); r > q {
				if r = foldedWordAt(s, r, "america"); r >= 0 {
					return r
				}
			}
		}
	}
	return e
}

// oneBlank is p past one \s byte there (\s?: taken when it is there; the
// byte after it is never one, so leaving it out never helps).
func oneBlank(s string, p int) int {
	if p < len(s) && strings.IndexByte(blankBytes, s[p]) >= 0 {
		return p + 1
	}
	return p
}

// foldedWordAt reads w (lower-case ASCII letters and spaces) at p of s as
// (?i) does: a letter in either case, an "s" also as "ſ" (the one
// character outside ASCII that folds to a letter of the words it is asked
// for: "united states", "of", "america"): where it ends, or -1.
func foldedWordAt(s string, p int, w string) int {
	for k := 0; k < len(w); k++ {
		if p >= len(s) {
			return -1
		}
		c := w[k]
		switch {
		case s[p] == c || c >= 'a' && c <= 'z' && s[p] == c-'a'+'A':
			p++
		case c == 's' && strings.HasPrefix(s[p:], "ſ"):
			p += len("ſ")
		default:
			return -1
		}
	}
	return p
}
