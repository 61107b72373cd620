package extract

import (
	"regexp"
	"strings"
	"sync"

	"github.com/imgfriendly/imgfriendly"
)

// A residents' page of testimonials ("Message from the Residents",
// "Resident Testimonials", "Hear from our residents") sets each resident's
// words under the resident's name: a name line (a heading, or a short line
// of its own), perhaps the name again with degrees ("Ben T. Ota, M.D.") and
// a line of the resident's class or year ("Graduate 2012", "Class of
// 2014", "PGY-2"), then a paragraph in the first person. Each such name is
// a resident (a class's year is the residency's, never a school); a line
// between the name and the words that gives another role ("Program
// Director", "Chief of Medicine") makes the speaker someone else, and a
// page or section whose head names others (faculty, alumni, fellows) is
// not a residents' one. Two residents may share a surname: each name line
// is one person.

// testimonialHeadWords in a head, beside a resident's word, name the
// residents' own words.
// (A plain list read with hasAnyWord: it is asked of the few headings
// that name residents, and a wordList's index costs more to build at
// every start.)
var testimonialHeadWords = []string{"message", "messages", "testimonial", "testimonials", "say", "says", "voices",
	"hear", "letter", "letters", "words", "perspectives", "reflections", "quotes", "stories", "why i chose",
	"why we chose", "in their own words"}

// residencyYearLine is a line of a resident's class or year of graduation
// from the residency: "Graduate 2012", "Graduated 2012", "2012 Graduate",
// "Residency Graduate, 2012". (Compiled on first use: only the lines of a
// testimonial page ask it.)
var residencyYearLine = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?i:(?:residency\s+)?graduated?(?:\s+(?:in|of))?),?\s+(?:19|20)\d\d\.?$|^(?:19|20)\d\d\s+(?i:graduate)$`)
})

// testimonialResidents reads the names over first-person paragraphs on a
// residents' testimonial page.
func testimonialResidents(d *doc, pageURL string) []imgfriendly.Resident {
	if !anyTestimonialHead(d) {
		return nil // (the usual page: its title and headings name no residents' words)
	}
	var out []imgfriendly.Resident
	for i := 0; i+1 < len(d.blocks); i++ {
		b := &d.blocks[i]
		if b.role == roleRow || len(b.text) > 60 || len(b.text) < 5 || outOfScope(d, i) {
			continue
		}
		// the cheap test first: a long first-person paragraph within the
		// three blocks under a short line
		words, voiced := -1, false
		for j := i + 1; j < len(d.blocks) && j <= i+3; j++ {
			if t := d.blocks[j].text; len(t) >= 80 {
				if firstPersonCount(asciiLower(t)) >= 2 {
					words, voiced = j, true
					break
				}
				if words < 0 {
					words = j // words to the reader ("wherever you go …"): taken under a class's line (below)
				}
			}
		}
		if words < 0 {
			continue
		}
		name, ok := personName(b.text)
		if !ok || isSchoolLine(name) || hasAcronym(name) {
			continue
		}
		between, classed := true, false // the lines between the name and the words: the name again, a class, a resident's year
		for j := i + 1; j < words; j++ {
			t := d.blocks[j].text
			year := residencyYearLine().MatchString(t) || isYearLine(t)
			classed = classed || year
			if _, again := personName(t); again || year {
				if low := asciiLower(t); !otherRoles.in(low) && !staffRoleWords.in(low) {
					continue
				}
			}
			between = false
			break
		}
		if !between || !voiced && !classed {
			continue // words not in the first person are the speaker's only under a line of their class
		}
		if !testimonialHead(d, i) {
			continue
		}
		out = append(out, imgfriendly.Resident{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: b.text, Selector: b.selector()}})
		i = words
	}
	return out
}

// testimonialHead reports whether block i sits under a testimonial head:
// the nearest heading above it (in plain text, a short line that is no
// name and no class) that names residents' words, before any that names
// other people; else the page's title.
func testimonialHead(d *doc, i int) bool {
	for j := i - 1; j >= 0; j-- {
		b := &d.blocks[j]
		if b.role != roleHeading && (b.node != nil || !headLike(b) || residencyYearLine().MatchString(b.text) || isYearLine(b.text)) {
			continue
		}
		if _, ok := personName(b.text); ok || bylineStart(b.text) >= 0 {
			continue // a name line of the testimonial before, a byline
		}
		if lead, _, cut := strings.Cut(b.text, ","); cut {
			if _, ok := personName(lead); ok {
				continue // a name with its role: a writer's credit, a card's line, no section's head
			}
		}
		if isTestimonialHead(b.text) {
			return true
		}
		if low := asciiLower(b.text); otherRoles.in(low) || pastWords.in(low) || staffRoleWords.in(low) || groupWords.in(low) {
			return false // a section of others' words
		}
	}
	return d.title != "" && isTestimonialHead(d.title)
}

// isTestimonialHead reports a head that names residents and their words,
// and no other people.
func isTestimonialHead(h string) bool {
	w := readRoleHits(h)
	return testimonialHit(&w)
}

// testimonialHit is isTestimonialHead of a text's role words (the lists
// of roleLists answered from their pass; the words of a testimonial, read
// last, only where a resident's word is).
func testimonialHit(w *roleHits) bool {
	return w.in(&residentHeadWords) && !w.in(&otherRoles) && !w.in(&pastWords) && !w.in(&staffRoleWords) && !w.in(&groupWords) &&
		hasAnyWord(w.lower(), testimonialHeadWords)
}

// anyTestimonialHead reports whether the page's title, a heading or, in
// plain text, its first line is a testimonial head: testimonialHead's
// cheap part, asked once a page.
func anyTestimonialHead(d *doc) bool {
	if d.title != "" && isTestimonialHead(d.title) {
		return true
	}
	for k := range d.blocks {
		b := &d.blocks[k]
		if (b.role == roleHeading || b.node == nil && len(b.text) <= 80) && b.hint()&(hintResident|oddFold) != 0 {
			if w := b.roleHits(); testimonialHit(&w) {
				return true
			}
		}
	}
	return false
}
