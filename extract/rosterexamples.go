package extract

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// A story counts the program's residents, then names some of them as
// examples, each as the subject of a clause of its own: "Of the 13
// residents who started this summer, seven grew up in the state. Ann Moe
// received her undergraduate degree at X State; Joe Poe grew up in Y."
// The examples are residents (their schools unnamed: a college or a
// hometown is no medical school). The count must be of residents or
// interns with no other role in its sentence, the names must open their
// clauses with a verb after them (not a speaker's "said"), and no more
// names are read than the count allows.

// residentCount is a count of a program's residents: "Of the 13
// residents", "the 12 new interns", "our eight first-year residents"
// (openingCount reads a count that opens its sentence).
// Group 1 is the number.
var residentCount = mustGate(`(?i)\b(?:of\s+)?(?:the|our|its|[\p{L}-]+['’]s)\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|twenty)\s+(?:(?:new|incoming|current|first-year|second-year|third-year)\s+)?(?:residents|interns|resident physicians)\b`, "residents", "interns", "resident physicians")

// exampleSubject is a full name that opens a clause, followed by a lower-case
// word (its verb): group 1 the name, group 2 the word.
var exampleSubject = regexp.MustCompile(`^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+(\p{Ll}+)\b`)

// speechVerbs after a name make it a speaker's, who is more often staff.
var speechVerbs = map[string]bool{"said": true, "says": true, "added": true, "explained": true, "noted": true,
	"recalled": true, "shared": true, "told": true, "and": true, "of": true, "at": true, "in": true}

// exampleNotResident in a named example's clause says the person is not
// one of the residents counted ("was a resident here", "a medical student").
var exampleNotResident = newWordList("former", "past", "retired", "was a resident", "student", "medical student",
	"fellow", "faculty", "attending", "alumnus", "alumna", "graduated from the residency")

var smallNumbers = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "twenty": 20}

// countBeforeRole reports whether a count can stand before a resident's
// word in t, as residentCount needs: a word that opens with "resident" or
// "intern" (any ASCII case) after white space, with a number of one or two
// digits or a number word of smallNumbers as one of the two words before
// it (the second for "the 12 new interns"). It is residentCount's cheap
// necessary condition for a text without the characters (?i) folds into
// ASCII letters (ſ, the Kelvin sign).
func countBeforeRole(t string) bool {
	// read in t itself (lowering keeps every byte's place and leaves
	// spaces and digits as they are): a word before the role is lowered on
	// the stack to be looked up
	var buf [16]byte
	for _, role := range [...]string{"resident", "intern"} {
		for from := 0; ; {
			k := indexFold(t[from:], role)
			if k < 0 {
				break
			}
			k += from
			from = k + 1
			for w := 0; w < 2 && k > 0 && isRESpace(t[k-1]); w++ {
				end := k
				for end > 0 && isRESpace(t[end-1]) {
					end--
				}
				k = end
				for k > 0 && !isRESpace(t[k-1]) {
					k--
				}
				tok := t[k:end]
				if len(tok) <= 2 && tok != "" && allDigits(tok) || len(tok) <= len(buf) && smallNumbers[string(appendLower(buf[:0], tok))] != 0 {
					return true
				}
			}
		}
	}
	return false
}

// allDigits reports whether s is ASCII digits alone.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// exampleResidents reads the residents a story names after counting them.
func exampleResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || b.role == roleHeading || len(b.text) < 40 || !exampleMay(b) || outOfScope(d, i) {
			continue
		}
		ss := sentences(b.text)
		for k, s := range ss {
			m := residentCount.FindStringSubmatch(s)
			if m == nil {
				if c := openingCount(s); c != "" {
					m = []string{s, c}
				} else {
					continue
				}
			}
			low := asciiLower(s)
			if otherRoles.in(low) || staffRoleWords.in(low) || notNowResident.in(low) || matchWords.in(low) {
				break // "Of the 12 residents and four faculty …", "former residents"
			}
			n, err := strconv.Atoi(m[1])
			if err != nil {
				n = smallNumbers[strings.ToLower(m[1])]
			}
			var found []imgfriendly.Resident
			for _, t := range ss[k+1:] {
				for c := range strings.SplitSeq(t, ";") {
					// the clause's first example, then those joined to it by
					// commas or "and" ("Ann Moe taught, Joe Poe served, and
					// Kim Doe was a nurse"); a clause that opens with no
					// example is read no further
					for j, p := range exampleParts(c) {
						e := exampleSubject.FindStringSubmatch(p)
						if e == nil {
							if j == 0 {
								break
							}
							continue
						}
						if speechVerbs[e[2]] {
							continue
						}
						if lc := asciiLower(p); staffRoleWords.in(beforeFormerCareer(lc)) || exampleNotResident.in(lc) {
							break // "Helen Marsh is the program director": what the clause says of its subject (and of those joined to it)
						}
						name, ok := personName(e[1])
						if !ok || isSchoolLine(e[1]) || hasAcronym(e[1]) {
							continue
						}
						found = append(found, imgfriendly.Resident{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: t, Selector: b.selector()}})
					}
				}
			}
			if len(found) > 0 && len(found) <= n {
				out = append(out, found...)
			}
			break
		}
	}
	return out
}

// exampleMay reports whether block b can hold the count exampleResidents
// reads examples after: residentCount matches its text, or a count opens
// one of its sentences (openingCountIn). Both need a resident's word (in
// the block's hints: residentCount's words hold one), and residentCount a
// count before the word (countBeforeRole) unless the text holds a
// character that folds into an ASCII letter: the expression runs only then.
func exampleMay(b *block) bool {
	if !gatesOff && b.hint()&(hintResident|oddFold) == 0 {
		return false
	}
	count := gatesOff || b.hint()&oddFold != 0 || countBeforeRole(b.text)
	return count && residentCount.MatchString(b.text) || openingCountIn(b.text)
}

// exampleOpeners may open a clause of examples before its first name
// ("For example: Ann Moe …", "Among them, Joe Poe …", "and Kim Doe …"),
// lower case, with what follows them.
var exampleOpeners = []string{"for example:", "for example,", "for instance:", "for instance,", "among them,",
	"among them:", "e.g.,", "e.g.", "and ", "while "}

// bareOpeners are openers left alone by a split at their comma.
var bareOpeners = map[string]bool{"for example": true, "for instance": true, "among them": true, "e.g.": true, "e.g": true}

// exampleParts splits a clause into the parts that may each open with an
// example's name: at commas and at "and", each part without an opener.
func exampleParts(c string) []string {
	var parts []string
	for p := range strings.SplitSeq(c, ",") {
		for q := range strings.SplitSeq(p, " and ") {
			if q = trimExampleOpener(strings.TrimSpace(q)); q != "" && !bareOpeners[asciiLower(q)] {
				parts = append(parts, q)
			}
		}
	}
	return parts
}

// trimExampleOpener returns p without the openers that open it.
func trimExampleOpener(p string) string {
	for again := true; again; {
		again = false
		for _, o := range exampleOpeners {
			if len(p) > len(o) && strings.EqualFold(p[:len(o)], o) {
				p, again = strings.TrimSpace(p[len(o):]), true
			}
		}
	}
	return p
}

// formerCareerCues bring in a job an example held before medicine ("Kim
// Doe worked as a nurse", "used to be a pharmacist"): the role after them
// is no staff role at the program.
var formerCareerCues = []string{" worked as ", " used to be ", " used to work as ", " career as ", " was once "}

// beforeFormerCareer returns lc up to its first former-career cue.
func beforeFormerCareer(lc string) string {
	for _, c := range formerCareerCues {
		if k := strings.Index(lc, c); k >= 0 {
			lc = lc[:k]
		}
	}
	return lc
}

// countRoles are the role words a count of residents ends with, and
// countModifiers the words that may stand between the number and them.
var (
	countRoles     = []string{" residents", " interns", " resident physicians"}
	countModifiers = map[string]bool{"new": true, "incoming": true, "current": true, "first-year": true, "second-year": true, "third-year": true}
)

// openingCountIn reports whether some sentence of t opens with a count of
// residents (openingCount), reading only around the role words.
func openingCountIn(t string) bool {
	for _, role := range countRoles {
		for from := 0; ; {
			k := strings.Index(t[from:], role)
			if k < 0 {
				break
			}
			k += from
			if countBefore(t[:k]) != "" {
				return true
			}
			from = k + len(role)
		}
	}
	return false
}

// openingCount returns the number of a count of residents that opens s
// ("Thirteen new residents began …", "12 interns arrived …"), or "".
func openingCount(s string) string {
	s = strings.TrimSpace(s)
	for _, role := range countRoles {
		if k := strings.Index(s, role); k > 0 && k <= 40 {
			if c := countBefore(s[:k]); c != "" {
				return c
			}
		}
	}
	return ""
}

// countBefore returns the number that, with at most one modifier after
// it, ends before (the text before a role word) and opens its sentence:
// nothing but white space before it, or a sentence's end.
func countBefore(before string) string {
	f := strings.Fields(before[max(0, len(before)-40):])
	if len(f) == 0 {
		return ""
	}
	at := len(f) - 1
	if countModifiers[asciiLower(f[at])] && at > 0 {
		at--
	}
	num := f[at]
	if _, err := strconv.Atoi(num); (err != nil || len(num) > 2) && smallNumbers[asciiLower(num)] == 0 {
		return ""
	}
	// what stands before the number: the start of the text or a sentence's end
	rest := strings.TrimRight(before, " \t\n")
	if at < len(f)-1 {
		rest = strings.TrimRight(strings.TrimSuffix(rest, f[len(f)-1]), " \t\n") // the modifier
	}
	if !strings.HasSuffix(rest, num) {
		return ""
	}
	prev := strings.TrimRight(rest[:len(rest)-len(num)], " \t\n")
	if prev != "" && !strings.ContainsRune(".!?", rune(prev[len(prev)-1])) {
		return ""
	}
	return num
}
