package extract

import (
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// A news story lists a class as people with their degrees, the items
// parted by semicolons because each holds a comma: "Ana Ruiz, MD; Ben Ota,
// DO; and Chidi Okeke, MD finished …". The list is the program's residents
// when a resident role introduces it ("the residents who finished: …") or
// when it opens a sentence of a page whose opening speaks of residents, and
// no other role (faculty, judges' "director") stands beside it.

// degreeItem is one person with degrees: group 1 the name.
var degreeItem = mustGateDerived(`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),\s*(?:M\.D\.|D\.O\.|MD\b|DO\b|MBBS\b|MBChB\b)(?:,\s*(?:Ph\.D\.|PhD\b|MPH\b|MS\b|MBA\b))*`)

// degreeSep reports whether between (the text between two items) parts
// list items, and whether it is a semicolon's.
func degreeSep(between string) (ok, semi bool) {
	t := strings.TrimSpace(between)
	switch {
	case t == ";" || t == "; and" || t == ";and":
		return true, true
	case t == "," || t == "and" || t == ", and" || t == "&" || t == ", &":
		return true, false
	}
	return false, false
}

// degreeListResidents reads lists of three or more people with degrees,
// one part at least a semicolon, that a resident role introduces or that
// open a sentence on a page about residents.
func degreeListResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	news := int8(0) // residentsNews(d): 0 not asked, 1 yes, 2 no
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || b.role == roleHeading || len(b.text) < 40 || strings.IndexByte(b.text, ';') < 0 || outOfScope(d, i) {
			continue
		}
		for _, s := range sentences(b.text) {
			if strings.IndexByte(s, ';') < 0 {
				continue
			}
			locs := degreeItem.FindAllStringSubmatchIndex(s, -1)
			for k := 0; k < len(locs); {
				j, semis := k, 0
				for j+1 < len(locs) {
					ok, semi := degreeSep(s[locs[j][1]:locs[j+1][0]])
					if !ok {
						break
					}
					if semi {
						semis++
					}
					j++
				}
				run := locs[k : j+1]
				k = j + 1
				if len(run) < 3 || semis == 0 {
					continue
				}
				before, after := s[:run[0][0]], s[run[len(run)-1][1]:]
				if otherRoles.in(before) || staffRoleWords.in(before) || otherRoles.in(after) || staffRoleWords.in(after) {
					continue // "the faculty of the year: …", "… who direct the program"
				}
				if !roleBefore(asciiLower(before)) {
					if strings.TrimSpace(before) != "" {
						continue
					}
					if news == 0 {
						news = 2
						if residentsNews(d) {
							news = 1
						}
					}
					if news != 1 {
						continue
					}
				}
				for _, m := range run {
					if name, ok := personName(s[m[2]:m[3]]); ok {
						out = append(out, imgfriendly.Resident{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: s, Selector: b.selector()}})
					}
				}
			}
		}
	}
	return out
}
