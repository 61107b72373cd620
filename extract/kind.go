package extract

import (
	"regexp"
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

var (
	eligWords    = regexp.MustCompile(`(?i)eligib|requirement|\bvisa|usmle|ecfmg|comlex|year of graduation|\bfaq\b|frequently asked|international medical graduate|\bimg\b|how to apply|application process|\bstep ?(?:1|2|i|ii)\b|\byog\b|cutoff|international applicants|observership`)
	programWords = regexp.MustCompile(`(?i)residency|program|fellowship|training|welcome`)
)

// classify names what the page is for, from its content: a roster lists
// residents (or states IMG counts under a roster heading); an eligibility
// page states rules or speaks of them; a program page speaks of a
// residency; anything else is other.
func classify(d *doc, facts []imgfriendly.Fact, residents []imgfriendly.Resident) imgfriendly.PageKind {
	rules, counts := 0, 0
	for _, f := range facts {
		if f.Field == imgfriendly.FieldIMGCount || f.Field == imgfriendly.FieldResidentsCount {
			counts++
		} else {
			rules++
		}
	}
	if len(residents) >= 3 || len(residents) >= 1 && rules == 0 || counts > 0 && rules == 0 && rosterPage(d) {
		return imgfriendly.KindRoster
	}
	if rules > 0 {
		return imgfriendly.KindEligibility
	}
	hits := 0
	if eligWords.MatchString(d.title) {
		hits += 3
	}
	for i := range d.blocks {
		if hits >= 3 {
			break
		}
		b := &d.blocks[i]
		if (b.role == roleHeading || b.role == roleQuestion || strings.HasSuffix(b.text, "?")) && eligWords.MatchString(b.text) {
			hits += 2
		}
	}
	if hits >= 3 {
		return imgfriendly.KindEligibility
	}
	if rosterPage(d) {
		return imgfriendly.KindRoster
	}
	if programWords.MatchString(d.title) {
		return imgfriendly.KindProgram
	}
	for i := range d.blocks {
		if i > 40 {
			break
		}
		if d.blocks[i].role == roleHeading && programWords.MatchString(d.blocks[i].text) {
			return imgfriendly.KindProgram
		}
	}
	return imgfriendly.KindOther
}
