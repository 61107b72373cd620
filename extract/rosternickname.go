package extract

import (
	"strings"
	"unicode/utf8"
)

// A nickname inside a name ('Will "Tay" Hedley', "Ana (Annie) Ruiz", "Li
// ‘Lee’ Wei") breaks every reader that takes a name as a run of
// capitalised words: the relation reader, the quote readers, the stories'
// subjects. A name line's nickname was dropped by personName alone; the
// prose readers never saw one. Before the roster readers run, the blocks
// holding a nickname inside a name are read without it (the name as
// personName gives it), and their texts are put back after: the facts'
// readers and the page's identity read the page as written.

// nicknameMarks pair the opening mark of a nickname with its closing mark.
var nicknameMarks = [...][2]string{{`"`, `"`}, {"“", "”"}, {"'", "'"}, {"‘", "’"}, {"(", ")"}}

// markSet's group markNickname holds the double quotes of nicknameMarks
// after a space (in blockWords, whose automaton has their bytes already: a
// parenthesis or a single quote would add two columns to every state of
// it, built at every start); the other marks are looked for only in a
// block with a resident's word (otherNicknameMark).

// otherNicknameMark reports a parenthesis or a single quote in t.
func otherNicknameMark(t string) bool {
	return strings.IndexByte(t, '(') >= 0 || strings.IndexByte(t, '\'') >= 0 || strings.Contains(t, "‘")
}

// nicknameOpenBytes are the first bytes of nicknameMarks' openings.
var nicknameOpenBytes = [...]byte{'"', '\'', '(', 0xe2}

// dropInNameNicknames rewrites the blocks of d whose text holds a nickname
// inside a name without it, and returns the texts it replaced (by block),
// for restoreTexts.
func dropInNameNicknames(d *doc) []savedText {
	var saved []savedText
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.words().find(markSet)&markNickname == 0 && (b.hint()&hintResident == 0 && !b.in(&predicateRoles) || !otherNicknameMark(b.text)) {
			continue // (no double quote after a space, from the words hint read; another mark only beside a resident's word or a residency's term)
		}
		if t, ok := withoutNicknames(b.text); ok {
			saved = append(saved, savedText{i, b.text, b.hints, b.found})
			b.text, b.hints, b.found = t, 0, 0 // (its words read again)
		}
	}
	return saved
}

// savedText is a block's text and words as they were.
type savedText struct {
	i     int
	text  string
	hints uint32
	found uint64
}

// restoreTexts puts back the texts dropInNameNicknames replaced.
func restoreTexts(d *doc, saved []savedText) {
	for _, s := range saved {
		b := &d.blocks[s.i]
		b.text, b.hints, b.found = s.text, s.hints, s.found
	}
}

// withoutNicknames returns t without the nicknames inside names it holds,
// and whether it held one. A nickname is one capitalised word of letters
// (a lower-case letter after its capital) in quotes or a parenthesis,
// between two capitalised words, a space either side: 'Will "Tay" Hedley'
// → "Will Hedley"; '(PGY-2)', '"Match Day"', 'said "Yes" to' are none.
func withoutNicknames(t string) (string, bool) {
	var cut [][2]int
	for _, c := range nicknameOpenBytes {
		for from := 0; ; {
			k := strings.IndexByte(t[from:], c)
			if k < 0 {
				break
			}
			k += from
			from = k + 1
			if k == 0 || t[k-1] != ' ' {
				continue
			}
			if e := nicknameAt(t, k); e > 0 {
				cut = append(cut, [2]int{k, e})
			}
		}
	}
	if cut == nil {
		return t, false
	}
	if len(cut) > 1 {
		slicesSortSpans(cut)
	}
	var b strings.Builder
	b.Grow(len(t))
	at := 0
	for _, c := range cut {
		if c[0] < at {
			continue
		}
		b.WriteString(t[at:c[0]])
		at = c[1]
	}
	b.WriteString(t[at:])
	return b.String(), true
}

// nicknameAt is the end of the nickname whose mark opens at k of t (after
// its mark and the space after it), or 0: the word before it and the word
// after it capitalised.
func nicknameAt(t string, k int) int {
	var closing string
	open := ""
	for _, m := range nicknameMarks {
		if strings.HasPrefix(t[k:], m[0]) {
			open, closing = m[0], m[1]
			break
		}
	}
	if open == "" {
		return 0
	}
	// the word before: a capitalised word of letters (a first name)
	s := k - 1
	for s > 0 && t[s-1] != ' ' && t[s-1] != '\n' {
		s--
	}
	if !capitalisedWord(t[s : k-1]) {
		return 0
	}
	// the nickname: a capital, then lower-case letters (a hyphen, an
	// apostrophe), at most 20 bytes
	i := k + len(open)
	if i >= len(t) || t[i] < 'A' || t[i] > 'Z' {
		return 0
	}
	j := i + 1
	lower := false
	for j < len(t) && j-i <= 20 {
		c := t[j]
		if c >= 'a' && c <= 'z' {
			lower = true
		} else if c != '-' && !(c >= 'A' && c <= 'Z') {
			break
		}
		j++
	}
	if !lower || !strings.HasPrefix(t[j:], closing) {
		return 0
	}
	j += len(closing)
	// the word after: a space, then a capitalised word (the surname)
	if j+1 >= len(t) || t[j] != ' ' {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(t[j+1:]); r < 'A' || r > 'Z' && r < 0xc0 {
		return 0
	}
	return j + 1
}

// capitalisedWord reports a word of letters (a hyphen or an apostrophe
// inside) that opens with a capital letter (any script's: "Ángel").
func capitalisedWord(w string) bool {
	if w == "" {
		return false
	}
	r, n := utf8.DecodeRuneInString(w)
	if r < 'A' || r > 'Z' && r < 0xc0 {
		return false
	}
	for i := n; i < len(w); i++ {
		c := w[i]
		if c < 0x80 && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '\'') {
			return false
		}
	}
	return true
}

// slicesSortSpans sorts spans by their start (few: insertion).
func slicesSortSpans(s [][2]int) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j][0] < s[j-1][0]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
