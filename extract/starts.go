package extract

import (
	"regexp"
	"strings"
)

// startedRegexp is a gated expression run only where one of its matches can
// start. Go's regexp package skips ahead through a text only to a literal
// every match opens with; an expression opening with a word boundary, a
// class ("[Rr]esident") or an alternation is tried at every character
// instead, each try a walk of the whole program. Here a cheap test of one
// or two bytes (start, a necessary condition read off the expression's
// opening) picks the positions, and the expression, anchored, runs there
// only: the leftmost position where the anchored expression matches is
// where the expression's leftmost match starts, and it makes the same
// match there. The expression must not match the empty text.
type startedRegexp struct {
	gatedRegexp
	at    *regexp.Regexp // ^(?:expr)
	start func(s string, i int) bool
	first *[256]bool // when set, every byte at which start may accept a position (startingWith)
	// hand, when set, reads at at position i of s by hand (byHand): the
	// match's bounds and its groups' in s, as at.FindStringSubmatchIndex(s[i:])
	// gives them moved by i, or nil.
	hand func(s string, i int) []int
}

// byHand returns r with its anchored expression read by hand: a short
// expression whose every choice the next bytes settle is read in tens of
// instructions, where the regexp package's backtracking walk took
// thousands at each position start accepts. hand must answer as at does
// at every position (checkStarted holds each method to the expression).
func (r startedRegexp) byHand(hand func(s string, i int) []int) startedRegexp {
	r.hand = hand
	return r
}

// matchesIn is startedMatchesIn for r: by hand when r has a reader.
func (r startedRegexp) matchesIn(s string, n int) [][]int {
	if r.hand == nil {
		return startedMatchesIn(r.at, r.start, r.first, s, n)
	}
	var out [][]int
	for i := 0; i < len(s) && (n < 0 || len(out) < n); i++ {
		if r.first != nil {
			for i < len(s) && !r.first[s[i]] {
				i++
			}
			if i == len(s) {
				break
			}
		}
		if !r.start(s, i) {
			continue
		}
		loc := r.hand(s, i)
		if loc == nil {
			continue
		}
		out = append(out, loc)
		if loc[1] > i {
			i = loc[1] - 1 // the next match starts where this one ends, or later
		}
	}
	return out
}

// startingWith returns r with its positions read first by byte: start is
// asked only where the byte is one of set's (or, with high, any byte of a
// non-ASCII character), a table test where a call of start at every byte
// cost a call. start must accept no position at another byte
// (TestStartFirstBytes, FuzzStartFirstBytes).
func (r startedRegexp) startingWith(set string, high bool) startedRegexp {
	var t [256]bool
	for i := 0; i < len(set); i++ {
		t[set[i]] = true
	}
	if high {
		for c := 0x80; c < len(t); c++ {
			t[c] = true
		}
	}
	r.first = &t
	return r
}

// startsAt reports whether start accepts position i of s, asking it only at
// the bytes of r.first.
func (r startedRegexp) startsAt(s string, i int) bool {
	return (r.first == nil || r.first[s[i]]) && r.start(s, i)
}

// mustStartDerived is mustGateDerived(expr) read with start. A word
// boundary opening expr (after its flags) is start's to test: the anchored
// expression, run on the text from a position, cannot see the character
// before it.
func mustStartDerived(expr string, start func(s string, i int) bool) startedRegexp {
	return startedOf(mustGateDerived(expr), start)
}

// startedOf is g read with start (its gate kept). A word boundary opening
// g's expression (after its flags) is start's to test.
func startedOf(g gatedRegexp, start func(s string, i int) bool) startedRegexp {
	flags, rest := "", g.re.String()
	if strings.HasPrefix(rest, "(?i)") {
		flags, rest = "(?i)", rest[len("(?i)"):]
	}
	rest = strings.TrimPrefix(rest, `\b`)
	return startedRegexp{gatedRegexp: g, at: regexp.MustCompile(`^` + flags + `(?:` + rest + `)`), start: start}
}

// FindAllStringSubmatchIndex is regexp.Regexp.FindAllStringSubmatchIndex.
func (r startedRegexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if n == 0 || !r.possible(s) {
		return nil
	}
	return r.matchesIn(s, n)
}

// submatchesIf is FindAllStringSubmatchIndex(s, -1) where possible says
// whether r's gate holds for s (possible): nil when it does not, the
// expression's matches read without the gate when it does.
func (r startedRegexp) submatchesIf(possible bool, s string) [][]int {
	if !possible {
		return nil
	}
	return r.matchesIn(s, -1)
}

// MatchString is regexp.Regexp.MatchString.
func (r startedRegexp) MatchString(s string) bool {
	if !r.possible(s) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if r.startsAt(s, i) && (r.hand == nil && r.at.MatchString(s[i:]) || r.hand != nil && r.hand(s, i) != nil) {
			return true
		}
	}
	return false
}

// FindStringIndex is regexp.Regexp.FindStringIndex.
func (r startedRegexp) FindStringIndex(s string) []int {
	if !r.possible(s) {
		return nil
	}
	if m := r.matchesIn(s, 1); m != nil {
		return m[0][:2]
	}
	return nil
}

// FindStringSubmatch is regexp.Regexp.FindStringSubmatch.
func (r startedRegexp) FindStringSubmatch(s string) []string {
	if !r.possible(s) {
		return nil
	}
	m := r.matchesIn(s, 1)
	if m == nil {
		return nil
	}
	loc := m[0]
	out := make([]string, len(loc)/2)
	for k := range out {
		if loc[2*k] >= 0 {
			out[k] = s[loc[2*k]:loc[2*k+1]]
		}
	}
	return out
}

// FindAllStringIndex is regexp.Regexp.FindAllStringIndex.
func (r startedRegexp) FindAllStringIndex(s string, n int) [][]int {
	if n == 0 || !r.possible(s) {
		return nil
	}
	m := r.matchesIn(s, n)
	for k := range m {
		m[k] = m[k][:2]
	}
	return m
}

// ReplaceAllString is regexp.Regexp.ReplaceAllString.
func (r startedRegexp) ReplaceAllString(s, repl string) string {
	if !r.possible(s) {
		return s
	}
	locs := r.matchesIn(s, -1)
	if locs == nil {
		return s
	}
	b := make([]byte, 0, len(s)+8)
	last := 0
	for _, loc := range locs {
		b = append(b, s[last:loc[0]]...)
		b = r.at.ExpandString(b, repl, s, loc)
		last = loc[1]
	}
	return string(append(b, s[last:]...))
}

// startedMatches returns the first n (all when n < 0) leftmost matches of at
// (an anchored expression) at the positions of s start accepts, as
// regexp.Regexp.FindAllStringSubmatchIndex gives them for the expression
// unanchored when start accepts every position a match of it starts at.
func startedMatches(at *regexp.Regexp, start func(s string, i int) bool, s string, n int) [][]int {
	return startedMatchesIn(at, start, nil, s, n)
}

// startedMatchesIn is startedMatches asking start only at the bytes of
// first (at every byte when first is nil).
func startedMatchesIn(at *regexp.Regexp, start func(s string, i int) bool, first *[256]bool, s string, n int) [][]int {
	var out [][]int
	for i := 0; i < len(s) && (n < 0 || len(out) < n); i++ {
		if first != nil {
			for i < len(s) && !first[s[i]] {
				i++
			}
			if i == len(s) {
				break
			}
		}
		if !start(s, i) {
			continue
		}
		loc := at.FindStringSubmatchIndex(s[i:])
		if loc == nil {
			continue
		}
		for k := range loc {
			if loc[k] >= 0 {
				loc[k] += i
			}
		}
		out = append(out, loc)
		if loc[1] > i {
			i = loc[1] - 1 // the next match starts where this one ends, or later
		}
	}
	return out
}

// wordStart reports whether a word boundary is before s[i], an ASCII letter
// or digit: the text starts there, or the byte before is no word byte (as
// regexp's \b reads it: ASCII letters, digits and '_').
func wordStart(s string, i int) bool {
	return i == 0 || !isWordByte(s[i-1])
}

// wordStartIn reports a word boundary before s[i] when s[i] is an ASCII
// letter of set, in either case (set in lower case); or when s[i] is not
// ASCII, a word byte before it (such a character is no word character to
// \b, yet a (?i) expression matches "ſ" for "s" and the Kelvin sign for "k").
func wordStartIn(s string, i int, set string) bool {
	c := s[i]
	if c >= 0x80 {
		return i > 0 && isWordByte(s[i-1])
	}
	return c|0x20 >= 'a' && c|0x20 <= 'z' && strings.IndexByte(set, c|0x20) >= 0 && wordStart(s, i)
}

// nextIs reports whether s[i+1] is one of the bytes of set.
func nextIs(s string, i int, set string) bool {
	return i+1 < len(s) && strings.IndexByte(set, s[i+1]) >= 0
}

// capitals are the bytes namePairAt accepts a position at, with every byte
// of a character that is not ASCII (startingWith's high).
const capitals = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

// namePairAt is a necessary condition of a match at s[i] of an expression
// that opens with a name of two capitalised words or more,
// `\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}…` (predicateName,
// degreeItem, plainItem): a capital letter at i (ASCII, or a character that
// is not), the rest of its word (letters, apostrophes, hyphens: bytes of
// ASCII letters, "'", "-" and of characters that are not ASCII) ended by
// white space (\s: ASCII), and a capital (or a character that is not ASCII)
// after the white space. Most positions of a text fail at once, where the
// expression, unanchored, was tried at each.
func namePairAt(s string, i int) bool {
	if c := s[i]; c < 'A' || c > 'Z' && c < 0x80 {
		return false
	}
	j := i + 1
	for j < len(s) && nameWordByte(s[j]) {
		j++
	}
	if j == len(s) || !isRESpace(s[j]) {
		return false
	}
	for j < len(s) && isRESpace(s[j]) {
		j++
	}
	return j < len(s) && (s[j] >= 'A' && s[j] <= 'Z' || s[j] >= 0x80)
}

// nameWordByte reports a byte that [\p{L}'’-] may hold: an ASCII letter,
// an apostrophe, a hyphen, or a byte of a character that is not ASCII.
func nameWordByte(c byte) bool {
	return c|0x20 >= 'a' && c|0x20 <= 'z' || c == '\'' || c == '-' || c >= 0x80
}
