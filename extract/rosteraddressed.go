package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/imgfriendly/imgfriendly"
)

// Residents addressed by their first names: a post about new interns or
// chief residents ends "Welcome, Ana, Ben, Chidi and Dana!", "Welcome to
// the family, Ana and Ben!", "Congratulations, Ana and Ben!", or the names
// first: "Ana, Ben and Chidi: thank you for …". The names
// are residents when the text before the greeting (in its block, or the
// block before it) speaks of residents and of no one else (faculty,
// students, applicants); the list must be first names alone (firstNames:
// no place, month or heading word) and two or more of them.

// addressedList is a greeting and its comma, group 1 the names after it,
// to the sentence's end.
var addressedList = mustGate(`(?i)^(?:a (?:warm|big|huge) )?(?:welcome|congratulations|congrats)(?: (?:to (?:the|our) (?:family|team|program|residency)|aboard|again|all))?,\s+([^,!.?]+(?:,\s*[^,!.?]+)+|[^,!.?]+\s(?:and|&)\s[^,!.?]+)[!.]*$`, "welcome", "congrat")

// addressedOne is the greeting of one person, named in full and perhaps
// titled (group 1): "Welcome to the residency, Dr. Jane Doe!",
// "Congratulations, Jane Doe!".
var addressedOne = regexp.MustCompile(`(?i)^(?:a (?:warm|big|huge) )?(?:welcome|congratulations|congrats)(?: (?:to (?:the|our) (?:family|team|program|residency)|aboard|again))?,\s+((?:dr\.?\s+)?[^,!.?]+?)\s*[!.]*$`)

// addressedFirst is the same greeting with the names first, before a
// colon or a dash: "Ana, Ben and Chidi: thank you for …", "Ana and Ben —
// welcome!"; group 1 the names.
var addressedFirst = mustGate(`(?i)^([^,!.?:—–]+(?:,\s*[^,!.?:—–]+)*,?\s(?:and|&)\s[^,!.?:—–]+?)\s*(?::|\s[—–-])\s*(?:thank you|thanks|welcome|congratulations|congrats)\b`, "thank", "welcome", "congrat")

// addressedResidents reads the residents a post greets by first name.
func addressedResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || b.role == roleHeading || b.hint()&hintResident == 0 && (i == 0 || d.blocks[i-1].hint()&hintResident == 0) {
			continue
		}
		if b.words().find(greetingWords)&1 == 0 || outOfScope(d, i) {
			continue
		}
		ss := sentences(b.text)
		for k, s := range ss {
			var m []string
			if ts := strings.TrimSpace(s); gatesOff || addressedListMay(ts) {
				m = addressedList.FindStringSubmatch(ts)
			}
			if ts := strings.TrimSpace(s); m == nil && (gatesOff || addressedFirstMay(ts)) {
				m = addressedFirst.FindStringSubmatch(ts)
			}
			one := false // one person greeted by full name: "Welcome to the residency, Dr. Jane Doe!"
			if ts := strings.TrimSpace(s); m == nil && (gatesOff || addressedListMay(ts)) {
				if m = addressedOne.FindStringSubmatch(ts); m != nil {
					n, ok := personName(m[1])
					if !ok || !strings.Contains(n, " ") {
						continue
					}
					m[1], one = n, true
				}
			}
			if m == nil {
				continue
			}
			var names []string
			if one {
				names = []string{m[1]}
			} else if names = firstNames(m[1]); len(names) < 2 || statesAmong(names) {
				continue
			}
			ctx := strings.Join(ss[:k], " ")
			if i > 0 {
				ctx = d.blocks[i-1].text + " " + ctx
			}
			if one {
				// the greeting and the sentence after it say what the person
				// joins: "… and will start as a PGY-1"
				ctx += " " + s
				if k+1 < len(ss) {
					ctx += " " + ss[k+1]
				}
			}
			if !residentHeadWords.in(ctx) || otherRoles.in(ctx) || groupWords.in(ctx) && !residentHeadWords.in(ctx) {
				continue
			}
			for _, n := range names {
				out = append(out, imgfriendly.Resident{Name: n, Evidence: imgfriendly.Evidence{URL: pageURL, Text: s, Selector: b.selector()}})
			}
		}
	}
	return out
}

// greetingWords are the words addressedResidents looks for in a block
// (welcome, congratulations, thanks), found in any case in one pass
// (containsFoldAny lowered every block that names residents to look for
// them).
var greetingWords = newFoldedKeywordSet([]string{"welcome", "congrat", "thank"})

// statesAmong reports a list holding a US state's name: "Welcome, Texas,
// Ohio and Iowa!" greets places.
func statesAmong(names []string) bool {
	for _, n := range names {
		if usStateNames[strings.ToLower(n)] {
			return true
		}
	}
	return false
}

// containsFoldAny reports whether s holds one of words (lower case) in any
// case.
func containsFoldAny(s string, words ...string) bool {
	low := asciiLower(s)
	for _, w := range words {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// addressedListMay is a necessary condition of an addressedList match in
// t: t opens with the greeting, after "a warm", "a big" or "a huge" perhaps
// ("welcome", "congrat" in any case; no word of these holds a "k" or an
// "s", whose other folds the expression would match too).
func addressedListMay(t string) bool {
	if len(t) > 2 && t[0]|0x20 == 'a' && t[1] == ' ' {
		for _, w := range [...]string{"warm ", "big ", "huge "} {
			if hasPrefixFold(t[2:], w) {
				return greetingOpens(t[2+len(w):])
			}
		}
	}
	return greetingOpens(t)
}

// greetingOpens reports t opening with "welcome" or "congrat" in any case.
func greetingOpens(t string) bool {
	return hasPrefixFold(t, "welcome") || hasPrefixFold(t, "congrat")
}

// addressedFirstMay is a necessary condition of an addressedFirst match in
// t: a colon or a dash followed, after white space perhaps, by "thank",
// "welcome" or "congrat" in any case (or t holds a character that folds to
// a "k" or an "s", and the expression decides). Most sentences that greet
// someone ("Welcome to our program!") have no such separator.
func addressedFirstMay(t string) bool {
	for at := 0; at < len(t); {
		k := indexAny(t[at:], ":—–-")
		if k < 0 {
			return false
		}
		k += at
		at = k + 1
		if t[k] >= utf8.RuneSelf {
			_, size := utf8.DecodeRuneInString(t[k:])
			at = k + size
		}
		j := at
		for j < len(t) && isRESpace(t[j]) {
			j++
		}
		if hasPrefixFold(t[j:], "thank") || greetingOpens(t[j:]) {
			return true
		}
	}
	return hasOddFold(t)
}
