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
//
// The characters that are not ASCII are looked for by their first byte,
// one search for all that share it ("“”", "–—": one search of "\xe2"),
// each place it is found decoded and looked up in chars.
func indexAny(s, chars string) int {
	end, at := len(s), -1
	var leads [4]byte // the distinct first bytes of chars' other characters
	nl := 0
	for i := 0; i < len(chars); {
		c := chars[i]
		if c < utf8.RuneSelf {
			if k := strings.IndexByte(s[:end], c); k >= 0 {
				end, at = k, k
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(chars[i:])
		if r == utf8.RuneError {
			return strings.IndexAny(s, chars)
		}
		i += n
		if bytesIndex(leads[:nl], c) < 0 {
			if nl == len(leads) {
				return strings.IndexAny(s, chars)
			}
			leads[nl] = c
			nl++
		}
	}
	for _, lead := range leads[:nl] {
		for from := 0; from < end; {
			k := strings.IndexByte(s[from:end], lead)
			if k < 0 {
				break
			}
			k += from
			if r, _ := utf8.DecodeRuneInString(s[k:]); r != utf8.RuneError && strings.ContainsRune(chars, r) {
				end, at = k, k
				break
			}
			from = k + 1
		}
	}
	return at
}

// bytesIndex returns the index of c in b, or -1.
func bytesIndex(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// containsAny is strings.ContainsAny(s, chars), quicker when chars holds a
// character that is not ASCII (see indexAny).
func containsAny(s, chars string) bool {
	return indexAny(s, chars) >= 0
}

// charSet is a set of characters indexAny looks for, read once (indexAny
// reads its chars again at every call: the ASCII ones searched as met, the
// others decoded for their first bytes), for the sets the roster readers
// ask of every block and name line.
type charSet struct {
	chars string
	ascii string // its ASCII characters
	leads string // the distinct first bytes of its other characters
	slow  bool   // chars holds U+FFFD or is no UTF-8: strings.IndexAny answers
}

// newCharSet reads chars.
func newCharSet(chars string) *charSet {
	c := &charSet{chars: chars}
	for i := 0; i < len(chars); {
		b := chars[i]
		if b < utf8.RuneSelf {
			c.ascii += chars[i : i+1]
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(chars[i:])
		if r == utf8.RuneError {
			c.slow = true
			return c
		}
		i += n
		if strings.IndexByte(c.leads, b) < 0 {
			c.leads += chars[i-n : i-n+1]
		}
	}
	return c
}

// index is indexAny(s, c's chars): strings.IndexAny(s, chars).
func (c *charSet) index(s string) int {
	if c.slow {
		return strings.IndexAny(s, c.chars)
	}
	end, at := len(s), -1
	for i := 0; i < len(c.ascii); i++ {
		if k := strings.IndexByte(s[:end], c.ascii[i]); k >= 0 {
			end, at = k, k
		}
	}
	for i := 0; i < len(c.leads); i++ {
		for from := 0; from < end; {
			k := strings.IndexByte(s[from:end], c.leads[i])
			if k < 0 {
				break
			}
			k += from
			if r, _ := utf8.DecodeRuneInString(s[k:]); r != utf8.RuneError && strings.ContainsRune(c.chars, r) {
				end, at = k, k
				break
			}
			from = k + 1
		}
	}
	return at
}

// Sets of characters the roster readers look for in every block or name
// line.
var (
	quoteOrParen = newCharSet("\"“(") // a nickname's marks (personNameOf)
	colonOrDash  = newCharSet(":–—")  // a group's line before its names (groupedNameResidents)
	quoteMarks   = newCharSet("\"“”") // a quotation (attributionResidents)
)
