package extract

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// keywordSet tells which of several groups of words occur in a text, reading
// the text once (an Aho–Corasick automaton turned into a table), where a
// strings.Contains per word reads it once per word. The cheap topic tests that
// decide whether a block or sentence is worth a rule's regular expressions
// run on every block of every page, so they are built on it. A keywordSet is
// built once at package initialisation and only read after.
type keywordSet struct {
	steps
	fold bool     // ASCII letters match in either case
	tags []uint16 // tags[at]: bit g set when a word of group g ends in that state; oddFold (atPadded)

	// A set of a few case-sensitive words is read with strings.Contains
	// instead, which skips through text faster than any table walk.
	few     []string
	fewTags []uint8

	groups [][]string // as given (a keywordUnion reads them again)

	// The first keywordUnion made with the set as a member, and the set's
	// place in it: unionWords.find answers for that union without looking
	// the set up among its members.
	home  *keywordUnion
	place unionMember
}

// fewWords is the most words a case-sensitive set reads with strings.Contains.
const fewWords = 4

// oddFold is the tag a folded set gives the characters hasOddFold looks
// for, so that one pass over a text answers both (scan).
const oddFold uint16 = 1 << 8

// newKeywordSet builds the set; words of groups[g] report bit 1<<g. At most
// eight groups (find's answer), or sixteen of more than fewWords words read
// with scan; words are matched byte for byte (case-sensitive).
func newKeywordSet(groups ...[]string) *keywordSet {
	return buildKeywordSet(false, groups)
}

// newFoldedKeywordSet is newKeywordSet with ASCII letters matched in either
// case, as if the text were lowered by asciiLower; the words are written in
// lower case. (Unicode folding also equates "ſ" with s and the Kelvin sign
// with k: where that matters, callers check hasOddFold, or ask scan for
// oddFold.)
func newFoldedKeywordSet(groups ...[]string) *keywordSet {
	return buildKeywordSet(true, groups)
}

func buildKeywordSet(fold bool, groups [][]string) *keywordSet {
	k := &keywordSet{fold: fold, groups: groups}
	n := 0
	for _, g := range groups {
		n += len(g)
	}
	if !fold && n <= fewWords {
		for g, words := range groups {
			for _, w := range words {
				k.few = append(k.few, w)
				k.fewTags = append(k.fewTags, 1<<g)
			}
		}
		return k
	}
	var words []string
	var group []uint16
	for g, ws := range groups {
		for _, w := range essentialWords(ws) {
			words = append(words, w)
			group = append(group, 1<<g)
		}
	}
	if fold {
		words = append(words, "ſ", "\u212a")
		group = append(group, oddFold, oddFold)
	}
	a := newAutomaton(words, fold)
	tags := make([]uint16, len(a.out))
	for st, ws := range a.out {
		for _, w := range ws {
			tags[st] |= group[w]
		}
	}
	k.steps = a.steps()
	k.tags = atPadded(&k.steps, tags)
	return k
}

// steps is an automaton's transition table as the scans read it: a step is
// one add (at, where the state's entries are, plus what the byte gives,
// col) and one load, in 16 bits, so that the tables take half the bytes
// they did in 32 (the large sets' and the lexicon's tables outgrow the
// caches, and a scan waits on its loads). A table of at most 1<<16 entries
// is laid out by row (at is the state's row: the root's row, where a text
// is most of the time, is two or three cache lines), a larger one by column
// (at is the state; a column a byte class: its states in breadth-first
// order, so that the shallow ones a text is in most of the time share the
// column's first cache lines). The states where words end are numbered
// after all others (newAutomaton), so that a scan tells them by at and
// reads their outputs only there, at at-ends in a table atIndexed lays
// out. (Unsigned, both: Go loads them with the index scaled in the
// instruction, where a signed load takes one more.)
type steps struct {
	col  [256]uint32 // byte → its class (by row), or its class's column's start (by column)
	next []uint16    // next[at+col[b]]: the next state's at
	ends int         // the at of the first state where words end (automaton.ends)
	row  int         // by row: the length of a row; by column: 0
}

// maxStates is the most states steps can number in 16 bits.
const maxStates = 1 << 16

// steps lays a's transitions out as steps.
func (a *automaton) steps() steps {
	n := a.nclass
	states := len(a.next) / n
	if states > maxStates {
		panic(fmt.Sprintf("automaton of %d states: steps number %d at most", states, maxStates))
	}
	t := steps{ends: a.ends}
	t.next = make([]uint16, len(a.next))
	if len(a.next) <= 1<<16 {
		t.row, t.ends = n, a.ends*n
		for b, c := range a.class {
			t.col[b] = uint32(c)
		}
		for i, to := range a.next {
			t.next[i] = uint16(int(to) * n)
		}
		return t
	}
	for b, c := range a.class {
		t.col[b] = uint32(c) * uint32(states)
	}
	for st := 0; st < states; st++ {
		for c := 0; c < n; c++ {
			t.next[c*states+st] = uint16(a.next[st*n+c])
		}
	}
	return t
}

// at is where state's entries are in t.next.
func (t *steps) at(state int) int {
	if t.row > 0 {
		return state * t.row
	}
	return state
}

// atIndexed lays out the outputs of the states where words end (byState,
// by state) as a scan reads them: at at-t.ends.
func atIndexed[T any](t *steps, byState []T) []T {
	first := t.ends
	if t.row > 0 {
		first /= t.row
	}
	if t.row == 0 {
		return byState[first:]
	}
	out := make([]T, (len(byState)-first)*t.row)
	for st := first; st < len(byState); st++ {
		out[t.at(st)-t.ends] = byState[st]
	}
	return out
}

// atPadded is atIndexed read at at itself (the entries before t.ends
// unused): a scan's loop that reads at at-t.ends moves at between two
// registers at every byte (Go's register allocation), one that reads at at
// does not. For outputs of no pointers (a few kilobytes, not scanned by the
// collector).
func atPadded[T uint16 | uint64](t *steps, byState []T) []T {
	return append(make([]T, t.ends), atIndexed(t, byState)...)
}

// essentialWords returns the words of a group that hold no other word of
// it ("visa sponsorship" holds "visa"; a word listed twice is kept once), in
// their order. Wherever a dropped word ends in a text, a word it holds has
// ended there or before, so the first place each group is seen — and with
// it every answer of scan, stop or not — is the same without them, and the
// automaton is smaller (the derived gate words lose two fifths of their
// letters), which is what a scan's speed depends on once its table outgrows
// the caches.
func essentialWords(ws []string) []string {
	var out []string
	for i, w := range ws {
		held := false
		for j, v := range ws {
			if j != i && strings.Contains(w, v) && (len(v) < len(w) || j < i) {
				held = true
				break
			}
		}
		if !held {
			out = append(out, w)
		}
	}
	return out
}

// automaton is an Aho–Corasick automaton over a list of words as a table:
// next[state*nclass+class] is the state after a byte of that class, and
// out[state] the words (indices into the list) that end there, those ending
// at its fail links included. Words are matched byte for byte, or with
// ASCII letters in either case when fold is set (words in lower case).
type automaton struct {
	class  [256]uint8 // byte → column; 0 for bytes no word contains
	nclass int
	next   []int32
	out    [][]int32
	ends   int // the first state where words end: those after it do too, those before not
}

func newAutomaton(words []string, fold bool) *automaton {
	a := &automaton{nclass: 1}
	for _, w := range words {
		if w == "" {
			panic("automaton: an empty word") // (it would end in the root, which steps numbers first)
		}
		for i := 0; i < len(w); i++ {
			if a.class[w[i]] == 0 {
				a.class[w[i]] = uint8(a.nclass)
				if c := w[i]; fold && c >= 'a' && c <= 'z' {
					a.class[c-'a'+'A'] = uint8(a.nclass)
				}
				a.nclass++
			}
		}
	}
	// the trie
	trie := [][]int32{make([]int32, a.nclass)}
	out := [][]int32{nil}
	for id, w := range words {
		s := int32(0)
		for i := 0; i < len(w); i++ {
			c := a.class[w[i]]
			if trie[s][c] == 0 {
				trie = append(trie, make([]int32, a.nclass))
				out = append(out, nil)
				trie[s][c] = int32(len(trie) - 1)
			}
			s = trie[s][c]
		}
		out[s] = append(out[s], int32(id))
	}
	// breadth-first: fail links, inherited outputs and the full transition table
	n := a.nclass
	next := make([]int32, len(trie)*n)
	fail := make([]int32, len(trie))
	var queue []int32
	for c := 0; c < n; c++ {
		if t := trie[0][c]; t != 0 {
			next[c] = t
			queue = append(queue, t)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		if f := fail[s]; f != 0 {
			out[s] = append(out[s], out[f]...)
		}
		for c := 0; c < n; c++ {
			if t := trie[s][c]; t != 0 {
				fail[t] = next[int(fail[s])*n+c]
				next[int(s)*n+c] = t
				queue = append(queue, t)
			} else {
				next[int(s)*n+c] = next[int(fail[s])*n+c]
			}
		}
	}
	a.next, a.out = a.breadthFirst(next, out)
	return a
}

// breadthFirst renumbers the states of a transition table in breadth-first
// order from the root (the trie's states are numbered as words were added):
// the shallow states a text is in most of the time then lie together, a few
// memory pages where a scan reads them, instead of spread over the table.
// The states where words end come after all others (from a.ends on).
func (a *automaton) breadthFirst(next []int32, out [][]int32) ([]int32, [][]int32) {
	n := a.nclass
	states := len(next) / n
	order := make([]int32, 0, states) // new number → old
	renum := make([]int32, states)    // old number → new, plus one (0: not seen)
	renum[0] = 1
	order = append(order, 0)
	for i := 0; i < len(order); i++ {
		s := int(order[i])
		for c := 0; c < n; c++ {
			if t := next[s*n+c]; renum[t] == 0 {
				renum[t] = int32(len(order)) + 1
				order = append(order, t)
			}
		}
	}
	// the states where words end last, each part in that order, so that a
	// scan tells them by their number (steps)
	var ending []int32
	for _, old := range order {
		if len(out[old]) > 0 {
			ending = append(ending, old)
		}
	}
	order = slices.DeleteFunc(order, func(old int32) bool { return len(out[old]) > 0 })
	a.ends = len(order)
	order = append(order, ending...)
	for ns, old := range order {
		renum[old] = int32(ns) + 1
	}
	next2 := make([]int32, len(order)*n)
	out2 := make([][]int32, len(order))
	for ns, old := range order {
		for c := 0; c < n; c++ {
			next2[ns*n+c] = renum[next[int(old)*n+c]] - 1
		}
		out2[ns] = out[old]
	}
	return next2, out2
}

// find returns the groups whose words occur in s. It stops early once one of
// the groups in stop has been seen: then the answer has that group, and
// perhaps not every other group s holds.
func (k *keywordSet) find(s string, stop uint8) uint8 {
	return uint8(k.scan(s, uint16(stop)))
}

// scan is find with the oddFold tag besides the groups: a folded set reports
// it when s holds a character hasOddFold looks for (stop may hold it too).
func (k *keywordSet) scan(s string, stop uint16) uint16 {
	var found uint16
	if k.few != nil {
		for i, w := range k.few {
			if found&uint16(k.fewTags[i]) == 0 && strings.Contains(s, w) {
				found |= uint16(k.fewTags[i])
				if found&stop != 0 {
					return found
				}
			}
		}
		return found
	}
	next, col, tags, ends := k.next, &k.col, k.tags, k.ends // (in registers: the loop reads no field of k)
	at := 0
	for i := 0; i < len(s); i++ {
		at = int(next[at+int(col[s[i]])])
		if at >= ends {
			found |= tags[at]
			if found&stop != 0 {
				return found
			}
		}
	}
	return found
}

// wholeWords tells whether a text holds one of a list's words as a whole
// word, in any ASCII case: hasAnyWord(asciiLower(s), words) in one pass
// over s, without the lowered copy and a search a word. Every word is read
// (essentialWords would drop "residents" for "resident", which is no whole
// word of "residents").
type wholeWords struct {
	steps
	lens [][]int32 // at at-ends: the lengths of the words ending there (atIndexed)
}

// newWholeWords builds the matcher of words, in lower case.
func newWholeWords(words []string) *wholeWords {
	for _, w := range words {
		if w != asciiLower(w) {
			panic(fmt.Sprintf("wholeWords: %q is not in lower case", w))
		}
	}
	return buildWholeWords(words, true)
}

// newCasedWholeWords is newWholeWords with the words matched byte for
// byte (in a text already lowered).
func newCasedWholeWords(words []string) *wholeWords {
	return buildWholeWords(words, false)
}

func buildWholeWords(words []string, fold bool) *wholeWords {
	a := newAutomaton(words, fold)
	lens := make([][]int32, len(a.out))
	for st, ws := range a.out {
		for _, w := range ws {
			if l := int32(len(words[w])); !slices.Contains(lens[st], l) {
				lens[st] = append(lens[st], l)
			}
		}
	}
	m := &wholeWords{steps: a.steps()}
	m.lens = atIndexed(&m.steps, lens)
	return m
}

// in reports whether one of the words is a whole word of s: no word byte
// (isWordByte) before it or after it.
func (m *wholeWords) in(s string) bool {
	next, col, ends := m.next, &m.col, m.ends
	at := 0
	for i := 0; i < len(s); i++ {
		at = int(next[at+int(col[s[i]])])
		if at >= ends && (i+1 == len(s) || !isWordByte(s[i+1])) {
			for _, l := range m.lens[at-ends] {
				if j := i + 1 - int(l); j == 0 || !isWordByte(s[j-1]) {
					return true
				}
			}
		}
	}
	return false
}

// keywordUnion reads, in one pass over a text, the words of several
// keyword sets that are all asked of that same text (a statement's
// reading asks five about its sentence): one automaton over the words of
// every group of every member, whose answer holds each member's.
type keywordUnion struct {
	steps
	masks   []uint64 // at at: the member groups whose words end there (atPadded)
	members []unionMember
	bits    uint // the bits of an answer in use (of 64): the members' groups and the shared oddFold bit
}

// unionMember is a keyword set's place in a keywordUnion's answer: its
// groups from bit at on, and the union's oddFold bit when folded.
type unionMember struct {
	k    *keywordSet
	at   uint
	n    uint
	mask uint64 // the groups' bits, once shifted down by at
	odd  uint64 // the union's shared oddFold bit (folded k), or 0
}

// newKeywordUnion builds the union of sets, all folded or all not, of 64
// bits at most between them: each set's groups, and for folded sets one
// oddFold bit they all share (right after the first set's groups: the same
// two characters set every folded set's oddFold, so one bit answers for
// all of them, where a bit a set left the union's members fewer groups).
func newKeywordUnion(sets ...*keywordSet) *keywordUnion {
	u := &keywordUnion{}
	var words []string
	var mask []uint64
	at := uint(0)
	odd := uint64(0) // the shared oddFold bit, once placed
	for _, k := range sets {
		if k.fold != sets[0].fold {
			panic("keywordUnion: folded and case-sensitive sets together")
		}
		m := unionMember{k: k, at: at, n: uint(len(k.groups)), mask: 1<<len(k.groups) - 1}
		for g, ws := range k.groups {
			for _, w := range essentialWords(ws) {
				words = append(words, w)
				mask = append(mask, 1<<(at+uint(g)))
			}
		}
		at += m.n
		if k.fold && odd == 0 {
			odd = 1 << at
			words = append(words, "ſ", "\u212a")
			mask = append(mask, odd, odd)
			at++
		}
		if k.fold {
			m.odd = odd
		}
		if k.home == nil {
			k.home, k.place = u, m // (at package initialisation: a set is only read after)
		}
		u.members = append(u.members, m)
	}
	if at > 64 {
		panic("keywordUnion: more than 64 bits")
	}
	u.bits = at
	a := newAutomaton(words, sets[0].fold)
	masks := make([]uint64, len(a.out))
	for st, ws := range a.out {
		for _, w := range ws {
			masks[st] |= mask[w]
		}
	}
	u.steps = a.steps()
	u.masks = atPadded(&u.steps, masks)
	return u
}

// unionWords is a text with the words of a keywordUnion's members found
// in it.
type unionWords struct {
	s     string
	u     *keywordUnion
	found uint64
}

// read finds the members' words in s.
func (u *keywordUnion) read(s string) unionWords {
	var found uint64
	next, col, masks, ends := u.next, &u.col, u.masks, u.ends
	at := 0
	for i := 0; i < len(s); i++ {
		at = int(next[at+int(col[s[i]])])
		if at >= ends {
			found |= masks[at]
		}
	}
	return unionWords{s: s, u: u, found: found}
}

// find is k.scan(w.s, 0): the groups of k whose words are in the text,
// and oddFold for a folded k when the text holds such a character; read
// again when k is no member.
func (w unionWords) find(k *keywordSet) uint16 {
	if k.home == w.u && w.u != nil {
		return w.member(&k.place) // (the usual question: inlined)
	}
	return w.findAgain(k)
}

// findAgain is find of a set w's union is not the home of.
func (w unionWords) findAgain(k *keywordSet) uint16 {
	if w.u != nil {
		for _, m := range w.u.members {
			if m.k != k {
				continue
			}
			return w.member(&m)
		}
	}
	return k.scan(w.s, 0)
}

// member is the answer of member m of w's union.
func (w unionWords) member(m *unionMember) uint16 {
	v := uint16(w.found >> m.at & m.mask)
	if w.found&m.odd != 0 {
		v |= oddFold
	}
	return v
}

// gatedRegexp is a regular expression with the words every match of it
// contains: text without any of them is answered "no match" after one
// keyword scan, without running the (much slower) expression. The words must
// be chosen so that each alternative of the expression contains one of them;
// an expression starting with (?i) has its words matched in any case.
//
// Some words also settle a match on their own (sure words: an alternative of
// the expression that is a plain word, with no boundary or context around
// it): MatchString answers "match" when it finds one, again without running
// the expression.
type gatedRegexp struct {
	re    *regexp.Regexp
	hints *keywordSet // group 0: hint words; group 1: sure words (or, with all set, a clause each)
	all   uint16      // a derived gate's clauses (mustGateDerived): the text holds a word of each
}

// Keyword groups of a gatedRegexp's hints.
const (
	gateHint uint8 = 1
	gateSure uint8 = 2
)

// mustGate compiles expr, gated by hints.
func mustGate(expr string, hints ...string) gatedRegexp {
	return mustGateSure(expr, nil, hints...)
}

// mustGateSure compiles expr, gated by hints and by sure words (which count
// as hints too).
func mustGateSure(expr string, sure []string, hints ...string) gatedRegexp {
	k := newKeywordSet(hints, sure)
	if strings.HasPrefix(expr, "(?i)") {
		k = newFoldedKeywordSet(hints, sure)
	}
	return gatedRegexp{re: regexp.MustCompile(expr), hints: k}
}

// possible reports whether s holds a hint or a sure word, or (folded
// hints) a character hasOddFold looks for.
func (g gatedRegexp) possible(s string) bool {
	if g.hints == nil {
		return true // (an expression with no gate)
	}
	if g.all != 0 {
		found := g.hints.scan(s, oddFold)
		return found&g.all == g.all || found&oddFold != 0
	}
	return g.hints.scan(s, uint16(gateHint|gateSure)|oddFold) != 0
}

// possibleFrom is possible(s) from found, s's full answer of g.hints
// (scan(s, 0)): a scan that stops at a hint, a sure word or oddFold has
// found one exactly when the full answer holds one.
func (g gatedRegexp) possibleFrom(found uint16) bool {
	if g.all != 0 {
		return found&g.all == g.all || found&oddFold != 0
	}
	return found&(uint16(gateHint|gateSure)|oddFold) != 0
}

// MatchWords is MatchString(w.s), with g's words as w found them.
func (g gatedRegexp) MatchWords(w unionWords) bool {
	found := w.find(g.hints)
	switch {
	case g.all != 0:
		return g.possibleFrom(found) && g.re.MatchString(w.s)
	case found&uint16(gateSure) != 0:
		return true // (a scan stopping at the first sure word finds one too)
	case found == 0:
		return false
	}
	return g.re.MatchString(w.s)
}

// FindStringSubmatchWords is FindStringSubmatch(w.s), with g's words as w
// found them.
func (g gatedRegexp) FindStringSubmatchWords(w unionWords) []string {
	if !g.possibleFrom(w.find(g.hints)) {
		return nil
	}
	return g.re.FindStringSubmatch(w.s)
}

// MatchString is regexp.Regexp.MatchString.
func (g gatedRegexp) MatchString(s string) bool {
	if g.all != 0 {
		return g.possible(s) && g.re.MatchString(s)
	}
	found := g.hints.scan(s, uint16(gateSure))
	switch {
	case found&uint16(gateSure) != 0:
		return true
	case found == 0: // (folded hints: oddFold is in found when s holds one)
		return false
	}
	return g.re.MatchString(s)
}

// FindString is regexp.Regexp.FindString.
func (g gatedRegexp) FindString(s string) string {
	if !g.possible(s) {
		return ""
	}
	return g.re.FindString(s)
}

// FindStringIndex is regexp.Regexp.FindStringIndex.
func (g gatedRegexp) FindStringIndex(s string) []int {
	if !g.possible(s) {
		return nil
	}
	return g.re.FindStringIndex(s)
}

// FindStringSubmatch is regexp.Regexp.FindStringSubmatch.
func (g gatedRegexp) FindStringSubmatch(s string) []string {
	if !g.possible(s) {
		return nil
	}
	return g.re.FindStringSubmatch(s)
}

// FindAllStringIndex is regexp.Regexp.FindAllStringIndex.
func (g gatedRegexp) FindAllStringIndex(s string, n int) [][]int {
	if !g.possible(s) {
		return nil
	}
	return g.re.FindAllStringIndex(s, n)
}

// FindAllStringSubmatchIndex is regexp.Regexp.FindAllStringSubmatchIndex.
func (g gatedRegexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !g.possible(s) {
		return nil
	}
	return g.re.FindAllStringSubmatchIndex(s, n)
}

// ReplaceAllString is regexp.Regexp.ReplaceAllString.
func (g gatedRegexp) ReplaceAllString(s, repl string) string {
	if !g.possible(s) {
		return s
	}
	return g.re.ReplaceAllString(s, repl)
}

// FindAllStringSubmatch is regexp.Regexp.FindAllStringSubmatch.
func (g gatedRegexp) FindAllStringSubmatch(s string, n int) [][]string {
	if !g.possible(s) {
		return nil
	}
	return g.re.FindAllStringSubmatch(s, n)
}

// hasOddFold reports whether s holds a character that Unicode case folding
// (as in a (?i) regular expression) equates with an ASCII letter: the long s
// "ſ" (s) and the Kelvin sign "K" (k).
//
// Both open with a byte that is not ASCII, and most texts hold none: the
// text is read eight bytes a step up to its first such byte, and searched
// from there (the roster's year and name tests ask it of every short line).
func hasOddFold(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if load64(s, i)&hiBits != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			s = s[i:]
			return strings.Contains(s, "ſ") || strings.Contains(s, "\u212a")
		}
	}
	return false
}
