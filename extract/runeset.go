package extract

import (
	"strings"
	"unicode/utf8"
)

// indexAny is strings.IndexAny(s, chars), quicker when chars holds a
// character that is not ASCII. strings.IndexAny then decodes every rune of s
// and looks each up in chars; here each character of chars is looked for
// with one vectorised search, each over the text before the earliest found
// so far. The answer is the same, for any s: UTF-8 is self-synchronising, so
// where a character's encoding starts in s is where decoding s meets that
// character. (Bytes that are not UTF-8 decode as U+FFFD: a set holding
// U+FFFD, or not UTF-8 itself, is left to strings.IndexAny.)
func indexAny(s, chars string) int {
	end, at := len(s), -1
	for _, r := range chars {
		if r == utf8.RuneError {
			return strings.IndexAny(s, chars)
		}
		var i int
		if r < utf8.RuneSelf {
			i = strings.IndexByte(s[:end], byte(r))
		} else {
			i = strings.IndexRune(s[:end], r)
		}
		if i >= 0 {
			end, at = i, i
		}
	}
	return at
}

// containsAny is strings.ContainsAny(s, chars), quicker when chars holds a
// character that is not ASCII (see indexAny).
func containsAny(s, chars string) bool {
	return indexAny(s, chars) >= 0
}
