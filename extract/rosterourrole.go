package extract

import (
	"regexp"
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// A program's own page (research highlights, news of its trainees) names a
// resident by the program's possessive, a training year or a chief's
// abbreviation, and a title: "Our CMR Dr. A B's article …", "By our PGY3
// and aspiring intensivist Dr. C D.", "Written by our PGY 2: Dr. E F".
// "our" makes the person the program's; the year or the chief's title
// makes them a resident now. A faculty member ("our faculty member and
// cardiologist Dr. X") or a past role ("our former CMR") gives no one.

// ourRoleTitled is "our", a resident's year or title, optionally "and" and
// up to three lower-case words, an optional colon, "Dr." and a name
// (group 1).
var ourRoleTitled = regexp.MustCompile(`\b[Oo]ur\s+(?:PGY[- ]?[1-7]|CMR|CMRs|[Cc]hief [Mm]edical [Rr]esident|[Cc]hief [Rr]esident|[Ii]ntern)(?:\s+and(?:\s+[\p{Ll}-]+){1,3}?)?\s*:?\s+Drs?\.?\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})`)

// ourRoleResidents reads ourRoleTitled in blocks that say "our" and "Dr".
func ourRoleResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || !strings.Contains(b.text, "ur ") || !strings.Contains(b.text, "Dr") || outOfScope(d, i) {
			continue
		}
		if !gatesOff && !ourRoleMay(b.text) {
			continue // no "our" before a resident's year or title: the unanchored expression finds nothing
		}
		for _, m := range ourRoleTitled.FindAllStringSubmatchIndex(b.text, -1) {
			between := asciiLower(b.text[m[0]:m[2]])
			if otherRoles.in(between) || staffRoleWords.in(between) {
				continue // "our intern and program director Dr. X" (no such resident)
			}
			raw := b.text[m[2]:m[3]]
			for _, s := range []string{"’s", "'s"} {
				raw = strings.TrimSuffix(raw, s)
			}
			name, ok := personName(raw)
			if !ok {
				continue
			}
			out = append(out, imgfriendly.Resident{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: sentenceAround(b.text, m[0], m[1]), Selector: b.selector()}})
		}
	}
	return out
}

// ourRoleMay is a necessary condition of an ourRoleTitled match in t: an
// "our" opening a word (\b), white space, and a year or title's first
// letters ("PGY", "CMR", "chief ", "intern", in their expression's cases).
// Most blocks that say "our" and "Dr" (an eligibility page's "our
// program", "Dr. X, Program Director") have none.
func ourRoleMay(t string) bool {
	for at := 1; at < len(t); {
		k := strings.Index(t[at:], "ur")
		if k < 0 {
			return false
		}
		k += at
		at = k + 2
		if c := t[k-1]; c != 'O' && c != 'o' || k >= 2 && isWordByte(t[k-2]) {
			continue
		}
		j := k + 2
		for j < len(t) && isRESpace(t[j]) {
			j++
		}
		if j == k+2 {
			continue
		}
		rest := t[j:]
		for _, w := range [...]string{"PGY", "CMR", "Chief ", "chief ", "Intern", "intern"} {
			if strings.HasPrefix(rest, w) {
				return true
			}
		}
	}
	return false
}
