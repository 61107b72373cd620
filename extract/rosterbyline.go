package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A news post opens with its author, often glued by the page's markup to a
// date before it and to the story's first sentence after it: "8:05 PM ·
// Jun 3, 2025By Ann Lowe CEO, Valley Health We celebrated …", "By Tara
// NguyenResidents of the four sites pose with …". Read as part of the
// first sentence, the author's role ("CEO", "Staff Writer") makes the
// sentence speak of someone else, and a glued name hides the sentence's
// subject ("NguyenResidents", "NguyenStudents"). The roster readers that
// judge a sentence by its roles read it without the byline.

// bylineDateWords may stand before a byline, with numbers and punctuation:
// a dateline ("8:34 PM · Jun 15, 2023", "Posted on May 30, 2026").
var bylineDateWords = wordSet("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
	"am", "pm", "a.m", "p.m", "posted", "published", "updated", "written", "story", "on", "at",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// bylineConnectors may stand inside an author's name and title in lower
// case: "Director of Communications", "Editor and Writer".
var bylineConnectors = map[string]bool{"of": true, "and": true, "for": true, "the": true, "&": true, "|": true, "·": true, "-": true, "–": true, "—": true}

// cutByline returns s without a byline that opens it (after a dateline, if
// any): "By", then an author of at least two capitalised words, with any
// title, organisation or date after it, up to the first sentence's first
// word. That word is the last capitalised word before the first word in
// lower case ("… Valley Health We celebrated", "… NguyenResidents
// representing"). s is returned whole when it opens with no byline ("By
// July 1, residents must …", "By then the residents …").
func cutByline(s string) string {
	if len(s) < 4 || !strings.ContainsAny(s[:min(len(s), 90)], "Bb") {
		return s
	}
	at := bylineStart(s)
	if at < 0 {
		return s
	}
	// the tokens after "By", with a glued name split where a lower-case
	// letter meets a capital that opens a word ("NguyenResidents")
	type token struct {
		from int
		word string
	}
	var toks []token
	for i := at; i < len(s) && i < at+160 && len(toks) < 24; {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == ',') {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != '\t' && s[j] != '\n' && s[j] != ',' {
			j++
		}
		if j == i {
			break // a line break or the end: the byline stands alone
		}
		w := s[i:j]
		if k := gluedCapital(w); k > 0 {
			toks = append(toks, token{i, w[:k]}, token{i + k, w[k:]})
		} else {
			toks = append(toks, token{i, w})
		}
		i = j
	}
	names := 0 // capitalised words of the byline
	for n, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.word)
		switch {
		case unicode.IsUpper(r):
			names++
			continue
		case bylineConnectors[t.word]:
			continue
		case unicode.IsLower(r):
		case unicode.IsDigit(r) && names >= 2:
			continue // a date after the author: "| June 2, 2026"
		default:
			return s
		}
		// the first word in lower case: the sentence opens at the last
		// capitalised word before it, after two of the author's at least
		k := n - 1
		for k >= 0 && bylineConnectors[toks[k].word] {
			k--
		}
		if k < 0 {
			return s
		}
		if r0, _ := utf8.DecodeRuneInString(toks[k].word); !unicode.IsUpper(r0) || names-1 < 2 {
			return s
		}
		return s[toks[k].from:]
	}
	return s
}

// bylineStart returns where the words after an opening "By" start in s, or
// -1: "By" opens s, or follows a dateline (numbers, punctuation and
// bylineDateWords only), glued to it or not.
func bylineStart(s string) int {
	for i := 0; i+3 <= len(s) && i <= 60; i++ {
		c := s[i]
		if (c == 'B' || c == 'b') && (s[i+1] == 'y' || s[i+1] == 'Y') && i+2 < len(s) && s[i+2] == ' ' && (i == 0 || !isLetterByte(s[i-1])) {
			if datelineOnly(s[:i]) {
				return i + 3
			}
			return -1
		}
	}
	return -1
}

// datelineOnly reports whether s holds nothing but a date, a time and the
// words of a dateline.
func datelineOnly(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' }) {
		w = strings.Trim(w, ".")
		if w != "" && !bylineDateWords[asciiLower(w)] {
			return false
		}
	}
	return true
}

// gluedCapital returns where a capitalised word glued to the end of w
// starts ("NguyenResidents" → 6), or 0: a lower-case letter, then a capital
// followed by at least two lower-case letters, the part before being two
// letters at least and opening with a capital.
func gluedCapital(w string) int {
	if len(w) < 5 || w[0] < 'A' || w[0] > 'Z' {
		return 0
	}
	for k := 2; k+2 < len(w); k++ {
		if w[k] >= 'A' && w[k] <= 'Z' && w[k-1] >= 'a' && w[k-1] <= 'z' && w[k+1] >= 'a' && w[k+1] <= 'z' && w[k+2] >= 'a' && w[k+2] <= 'z' {
			if w[:k] == "Mc" || w[:k] == "Mac" || w[:k] == "De" || w[:k] == "La" || w[:k] == "Le" || w[:k] == "Van" || w[:k] == "Von" || w[:k] == "Di" || w[:k] == "Da" || w[:k] == "Du" {
				return 0 // a surname's own capital: McNeil, MacLeod, DeShawn
			}
			return k
		}
	}
	return 0
}

// wordSet is a set of words.
func wordSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// isLetterByte reports an ASCII letter.
func isLetterByte(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// cutDateline returns s without the dateline that opens a news story's
// first sentence: a place whose first word is in capitals, then a state,
// a date or an agency in words, numbers, commas and parentheses, up to a
// dash ("AKRON — ", "DAYTON, Ohio, March 3 — ", "AKRON, Ohio (March 3,
// 2026) – "). s is returned whole when it opens with no such run
// ("UTMB residents — …": a word in lower case before the dash).
func cutDateline(s string) string {
	if len(s) < 6 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z' {
		return s // (the cheap test: no capital pair opens s)
	}
	for i := 0; i < len(s) && s[i] != ' ' && s[i] != ','; i++ {
		if (s[i] < 'A' || s[i] > 'Z') && s[i] != '.' && s[i] != '\'' {
			return s // the place's first word is in capitals only ("PGY-2 — " is none)
		}
	}
	for i := 0; i < len(s) && i < 80; i++ {
		c := s[i]
		switch {
		case c == ' ' && i+1 < len(s) && (s[i+1] == '-' || strings.HasPrefix(s[i+1:], "–") || strings.HasPrefix(s[i+1:], "—")):
			j := i + 1
			if s[j] == '-' {
				j++
				if j < len(s) && s[j] == '-' {
					j++
				}
			} else {
				j += len("—")
			}
			if j < len(s) && s[j] == ' ' && i > 1 {
				return strings.TrimLeft(s[j:], " ")
			}
			return s
		case c >= 'a' && c <= 'z':
			// a lower-case letter only inside a capitalised word or a
			// date's word ("Ohio", "March", "(AP)")
			k := i
			for k > 0 && isLetterByte(s[k-1]) {
				k--
			}
			if k == i || s[k] < 'A' || s[k] > 'Z' {
				return s
			}
		case c == '.' && i+1 < len(s) && s[i+1] == ' ' && (i < 2 || s[i-2] != ' ' && s[i-2] != ','):
			// "Mo. " or "St. " may abbreviate; "Ohio. " ends a sentence
			k := i
			for k > 0 && isLetterByte(s[k-1]) {
				k--
			}
			if i-k > 3 {
				return s
			}
		case c == '\n' || c == '!' || c == '?' || c == ':' || c == ';':
			return s
		}
	}
	return s
}
