package extract

import (
	"regexp"
	"strings"
	"sync"

	"github.com/imgfriendly/imgfriendly"
)

// A counted group that begins the residency, then its names: "Last week,
// two young physicians began their internal medicine residency training
// at X. / Ana Ruiz and Ben Ota and hospital leaders said …". The group's
// count (a number word or digits before up to three modifiers and a
// person's noun: physicians, doctors, residents, interns, graduates) and
// its start of the residency (residencyTurn's first group) bind the names
// that open the next sentence (in the same paragraph or the next one)
// when they are exactly as many as the count: the list may go on with
// others ("and hospital leaders"), who are not named. Never: a count the
// names do not meet ("two … began. Ana Ruiz, the CEO, said"), names in
// apposition to a staff role, a year in the group's sentence (a class of
// years past), a group that is not people ("two new programs began").

// countedGroup is a count and a person's noun before the residency's
// start, at the end of the text before it (group 1 the count).
var countedGroup = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)(?:^|\s)(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\p{L}-]+\s+){0,3}?(?:physicians|doctors|residents|interns|graduates|trainees|resident\s+physicians)\s+(?:(?:have|had|recently|officially|both|all|each|will|just)\s+)*$`)
})

// countedResidents reads the names a counted group beginning the
// residency binds.
func countedResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || len(b.text) < 40 || !b.may(residencyTurn) || outOfScope(d, i) {
			continue
		}
		ss := sentences(b.text)
		for k, s := range ss {
			s = cutDateline(s) // ("AKRON, Ohio (March 3, 2026) – Two young physicians …": the dateline's year is the story's date)
			m := residencyTurn.re.FindStringSubmatchIndex(s)
			if m == nil || m[2] < 0 || yearWord.MatchString(s) {
				continue // (only a start: group 1)
			}
			g := countedGroup().FindStringSubmatch(s[:m[0]])
			if g == nil {
				continue
			}
			n := smallNumbers[strings.ToLower(g[1])]
			if n == 0 {
				n = atoiYear(g[1])
			}
			if n < 2 {
				continue
			}
			next := ""
			if k+1 < len(ss) {
				next = ss[k+1]
			} else if j := nextProse(d, i); j >= 0 {
				next = sentences(d.blocks[j].text)[0]
			}
			names := countedNames(next, n)
			for _, name := range names {
				out = append(out, imgfriendly.Resident{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: s + " " + next, Selector: b.selector()}})
			}
		}
	}
	return countedLists(d, pageURL, out)
}

// nextProse is the block after block i that is no heading nor row, or -1.
func nextProse(d *doc, i int) int {
	for j := i + 1; j < len(d.blocks) && j <= i+2; j++ {
		if b := &d.blocks[j]; b.role != roleHeading && b.role != roleRow && b.text != "" {
			return j
		}
	}
	return -1
}

// countedNames returns the n full names that open s, when exactly n do
// and no apposition gives them a staff role; nil otherwise.
func countedNames(s string, n int) []string {
	if s == "" {
		return nil
	}
	names, _ := nameList(s, 0, true)
	if len(names) != n {
		return nil
	}
	for _, name := range names {
		if !strings.Contains(name, " ") {
			return nil
		}
	}
	last := names[len(names)-1]
	at := strings.Index(s, last)
	if at < 0 {
		return nil
	}
	rest := strings.TrimLeft(skipCredentials(s[at+len(last):]), " ")
	if strings.HasPrefix(rest, ",") {
		ap, _, _ := strings.Cut(rest[1:], ", ")
		if (staffRoleWords.in(ap) || otherRoles.in(ap)) && !sourceAside(ap) {
			return nil // "Ana Ruiz and Ben Ota, the program's directors, …"
		}
	}
	return names
}

// sourceAside reports an apposition that tells where the people were
// chosen from, a participle then "from", "among" or "out of" ("selected
// from more than 1,000 applicants", "chosen out of 900 candidates"): the
// group it names is theirs no longer. ("from our faculty" alone makes
// them faculty.)
func sourceAside(ap string) bool {
	w, r, ok := strings.Cut(strings.TrimSpace(ap), " ")
	if !ok || !strings.HasSuffix(w, "ed") && w != "chosen" && w != "drawn" && w != "taken" {
		return false
	}
	return strings.HasPrefix(r, "from ") || strings.HasPrefix(r, "among ") || strings.HasPrefix(r, "out of ")
}

// A count of residents and the list of exactly that many names it
// introduces: "The five graduates — Dr. A, Dr. B, Dr. C, Dr. D and Dr. E
// — completed …" (a list bounded by dashes, a colon or a parenthesis
// after the counted noun), or "The program expanded by eight on
// Wednesday, as its new residents were introduced. / Drs. A, B, …, G and
// H, selected from more than 1,000 applicants, were given their white
// coats" (the next sentence's subject a coordination of exactly as many
// names, a plural title distributing over them). The count and the list
// agree or nothing is read. The count is of residents when its noun is a
// resident's (countedNouns' first group: residents, interns, resident
// physicians, trainees), or a neutral person's (graduates, physicians,
// doctors, members) with no school's graduates after it ("five graduates
// of our medical school") where the block or the two before it speak of a
// residency, or when the count stands alone ("expanded by eight on
// Wednesday", "welcomes eight to …") in a sentence that names residents
// and no staff. Never: a count of faculty, students, finalists or
// applicants (another noun, or a modifier of another role: "five faculty
// members"), a year of the past in the count's sentence, names the page
// gives a staff role.

// countWordSet holds the count words countedLists reads (with digits,
// hintDigits), in any case: its gate, read with every block's words
// (blockWords).
var countWordSet = newFoldedKeywordSet([]string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"})

// countAt returns the count of two to twelve that the word at s[i:]
// writes (in words or one or two digits; the word opens s or follows a
// space or a bracket) and the word's end, or 0.
func countAt(s string, i int) (n, end int) {
	if i > 0 && s[i-1] != ' ' && s[i-1] != '(' {
		return 0, 0
	}
	j := i
	for j < len(s) && j-i < 7 && (isDigit(s[j]) || s[j]|0x20 >= 'a' && s[j]|0x20 <= 'z') {
		j++
	}
	if j == i || j < len(s) && (isWordByte(s[j]) || s[j] == '-') {
		return 0, 0 // ("PGY-2", "2nd", "2026", "often")
	}
	if isDigit(s[i]) {
		if j-i > 2 || !isDigit(s[j-1]) {
			return 0, 0
		}
		n = atoiYear(s[i:j])
	} else {
		var buf [8]byte
		n = smallNumbers[string(appendLower(buf[:0], s[i:j]))]
	}
	if n < 2 || n > 12 {
		return 0, 0
	}
	return n, j
}

// countedMay reports whether t holds a count countedLists reads: a count
// of countAt with a person's noun after it or standing alone
// (countedNounAt), its necessary condition. Its digits are looked for
// where t has some (digits), its words where countWordSet finds one in
// words, t's blockWords.
func countedMay(t string, digits bool, words unionWords) bool {
	if digits {
		for i := 0; i < len(t); i++ {
			if !isDigit(t[i]) || i > 0 && t[i-1] != ' ' && t[i-1] != '(' {
				continue
			}
			if countedAt(t, i) {
				return true
			}
		}
	}
	if words.find(countWordSet)&1 == 0 {
		return false
	}
	for at := 0; at >= 0 && at < len(t); at = nextWordAt(t, at) {
		if !isDigit(t[at]) && strings.IndexByte(countStarts, t[at]) >= 0 && countedAt(t, at) {
			return true
		}
	}
	return false
}

// countedAt reports a count at t[at:] with a person's noun after it or
// standing alone.
func countedAt(t string, at int) bool {
	n, end := countAt(t, at)
	if n == 0 {
		return false
	}
	k, _, _ := countedNounAt(t[end:])
	return k > 0
}

// nextWordAt is where the word after the one at s[at:] starts (past a
// space and an opening bracket), or -1.
func nextWordAt(s string, at int) int {
	k := strings.IndexByte(s[at:], ' ')
	if k < 0 {
		return -1
	}
	at += k + 1
	if at < len(s) && s[at] == '(' {
		at++
	}
	return at
}

// countStarts holds the first bytes of the words countAt reads.
const countStarts = "0123456789tTfFsSeEnN"

// countedNouns are the person's nouns after a count (with up to three
// modifiers between): 1 a resident's, 2 a neutral one's, which a
// residency's page makes its residents'.
var countedNouns = map[string]int{"residents": 1, "interns": 1, "trainees": 1, "pgy-1s": 1, "pgy1s": 1,
	"graduates": 2, "physicians": 2, "doctors": 2, "members": 2}

// countedNounPairs are two-word nouns of residents: the first word, then
// the second.
var countedNounPairs = map[string]string{"resident": "physicians", "house": "officers"}

// bareCountWords may follow a count that stands alone ("grew by eight on
// Monday", "welcomes eight to …").
var bareCountWords = map[string]bool{"on": true, "to": true, "in": true, "at": true, "this": true, "last": true, "as": true,
	"for": true, "into": true, "during": true, "after": true}

// countedNounAt reads what follows a count, rest: a noun of countedNouns
// after up to three modifiers (its kind, where the modifiers end and where
// the noun ends), or a count that stands alone (kind 3: punctuation, the
// end, or a word of bareCountWords next), or kind 0.
func countedNounAt(rest string) (kind, modsEnd, end int) {
	if rest == "" || strings.IndexByte(",.;:!)", rest[0]) >= 0 {
		return 3, 0, 0
	}
	at := 0
	for j := 0; j < 4; j++ {
		sp := at
		for at < len(rest) && rest[at] == ' ' {
			at++
		}
		if at == sp || at == len(rest) {
			return 0, 0, 0
		}
		w := at
		for at < len(rest) && (isWordByte(rest[at]) || rest[at] == '-' || rest[at] == '\'') {
			at++
		}
		if at == w || at-w > 20 || at < len(rest) && rest[at] >= 0x80 {
			return 0, 0, 0
		}
		var buf [24]byte
		lw := string(appendLower(buf[:0], rest[w:at]))
		if j == 0 && bareCountWords[lw] {
			return 3, 0, 0
		}
		if k := countedNouns[lw]; k > 0 {
			return k, sp, at
		}
		if second, ok := countedNounPairs[lw]; ok && strings.HasPrefix(rest[at:], " ") {
			if e := at + 1 + len(second); e <= len(rest) && strings.EqualFold(rest[at+1:e], second) && (e == len(rest) || !isWordByte(rest[e])) {
				return 1, sp, e
			}
		}
	}
	return 0, 0, 0
}

// listOpeners open a list in apposition to a counted noun.
var listOpeners = []string{" — ", " – ", " -- ", " - ", ": ", " (", ", ", "—", "–"}

// countedLists reads the names a count of residents introduces.
func countedLists(d *doc, pageURL string, out []imgfriendly.Resident) []imgfriendly.Resident {
	story := yearOnce{d: d}
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || len(b.text) < 30 {
			continue
		}
		if found := b.words().find(gradSet); found&3 == 0 && !b.in(&residentHeadWords) || found&1 == 0 && !residencyWordNear(d, i) ||
			!countedMay(b.text, b.hint()&hintDigits != 0, b.words()) || outOfScope(d, i) {
			continue // (a count needs a resident's word or a graduate's in its block, and a residency near)
		}
		ss := sentences(b.text)
		for k, s := range ss {
			s = cutDateline(s)
			for at := 0; at >= 0 && at < len(s); at = nextWordAt(s, at) {
				if strings.IndexByte(countStarts, s[at]) < 0 {
					continue
				}
				n, end := countAt(s, at)
				if n == 0 {
					continue
				}
				rest := s[end:]
				var list string // the text the list opens
				kind, modsEnd, nounEnd := countedNounAt(rest)
				switch kind {
				case 0:
					continue // "eight of the faculty", "five finalists"
				case 1, 2:
					if mods := rest[:modsEnd]; staffRoleWords.in(mods) || otherRoles.in(mods) || studentWords.in(mods) {
						continue // "five faculty members", "two medical school graduates"
					}
					after := rest[nounEnd:]
					if kind == 2 && (!residencyNear(d, i) || strings.HasPrefix(after, " of ") || strings.HasPrefix(after, " from ")) {
						continue // "five graduates of our medical school"; graduates of no residency
					}
					for _, op := range listOpeners {
						if strings.HasPrefix(after, op) {
							list = strings.TrimLeft(after[len(op):], " ")
							break
						}
					}
				}
				bare := kind == 3
				names, ev, listS := countedListNames(list, n), s, ""
				if names == nil && !upperAt(list, 0) { // (a list in apposition the count does not meet: no other list)
					for _, next := range nextSentences(d, i, ss, k) {
						if names = countedListNames(cutDateline(next), n); names != nil {
							ev, listS = s+" "+next, asciiLower(next)
							break
						}
					}
				}
				if names == nil || bare && (!residentHeadWords.in(s) || staffRoleWords.in(s) || otherRoles.in(s) || studentWords.in(s)) {
					continue
				}
				if pastYearIn(s, &story) || pastSpan(s) || listS != "" && (pastYearIn(listS, &story) || pastSpan(listS)) {
					continue // "Twenty years ago the residency graduated its first two residents."
				}
				low := asciiLower(s)
				for _, name := range names {
					if rolesElsewhereBut(d, name, low, listS) {
						continue
					}
					out = append(out, imgfriendly.Resident{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: ev, Selector: b.selector()}})
				}
			}
		}
	}
	return out
}

// listReach is how many sentences after a count's countedLists reads for
// the list that opens one.
const listReach = 3

// nextSentences are up to listReach sentences after ss[k], the sentences
// of block i: the rest of the block's, then the next text block's.
func nextSentences(d *doc, i int, ss []string, k int) []string {
	next := ss[k+1:]
	if len(next) > listReach {
		return next[:listReach]
	}
	if j := nextTextBlock(d, i); j >= 0 {
		more := sentences(d.blocks[j].text)
		next = append(next[:len(next):len(next)], more[:min(len(more), listReach-len(next))]...)
	}
	return next
}

// nearBlocks is how many blocks before a count residencyNear reads.
const nearBlocks = 4

// nextTextBlock is the first block after block i, within nearBlocks, that
// is no row nor a short line that is no sentence (a byline, a date), or
// -1.
func nextTextBlock(d *doc, i int) int {
	for j := i + 1; j < len(d.blocks) && j <= i+nearBlocks; j++ {
		if b := &d.blocks[j]; b.role == roleRow {
			return -1
		} else if len(b.text) > 80 || b.text != "" && sentenceStop(b.text) {
			return j // (no frame's line: frameLine, but for a page's chrome)
		}
	}
	return -1
}

// residencyWordNear reports whether one of the nearBlocks blocks before
// block i holds a word of residency or residents, perhaps in part
// (gradSet's group 0, read with the blocks' words): countedLists' gate.
func residencyWordNear(d *doc, i int) bool {
	for k := max(0, i-nearBlocks); k < i; k++ {
		if d.blocks[k].words().find(gradSet)&1 != 0 {
			return true
		}
	}
	return false
}

// residencyNear reports whether block i or one of the nearBlocks before
// it (a byline's and a date's lines may stand between) speaks of
// residents or a residency.
func residencyNear(d *doc, i int) bool {
	for k := max(0, i-nearBlocks); k <= i; k++ {
		if d.blocks[k].words().find(gradSet)&1 != 0 && containsFold(d.blocks[k].text, "residen") {
			return true
		}
	}
	return containsFold(d.title, "residen")
}

// countedListNames is countedNames of s with the titles and ranks before
// the list dropped ("Drs. A, B and C …", "Lt. Col. (Dr.) A, Dr. B …").
func countedListNames(s string, n int) []string {
	if s == "" {
		return nil
	}
	s = strings.TrimPrefix(s, "Doctors ")
	s, _ = cutTitles(s)
	return countedNames(s, n)
}
