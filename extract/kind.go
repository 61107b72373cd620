package extract

import (
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// eligWords and programWords mark eligibility and program pages in titles,
// headings and questions (matched in lower case).
var (
	eligWords = []string{"eligib", "requirement", "visa", "usmle", "ecfmg", "comlex", "year of graduation", "faq",
		"frequently asked", "international medical graduate", "img", "how to apply", "application process",
		"step 1", "step 2", "step i", "yog", "cutoff", "international applicants", "observership"}
	programWords = []string{"residency", "program", "fellowship", "training", "welcome"}

	// eligSet and programSet hold eligWords and programWords in any case:
	// classify asks each heading and question of a page whether it holds
	// one, a pass over the text where hasAny made one a word (20 of them;
	// TestKindSets, FuzzKindSets).
	eligSet    = newFoldedKeywordSet(eligWords)
	programSet = newFoldedKeywordSet(programWords)
)

func hasAny(s string, words []string) bool {
	// a word (lower case) that opens with a letter is looked for in s in
	// either case; s is lowered, a copy, only for another
	low, lowered := "", false
	for _, w := range words {
		if w != "" && w[0] >= 'a' && w[0] <= 'z' {
			if containsFold(s, w) {
				return true
			}
			continue
		}
		if !lowered {
			low, lowered = asciiLower(s), true
		}
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

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
	if eligSet.find(d.title, 1) != 0 {
		hits += 3
	}
	for i := range d.blocks {
		if hits >= 3 {
			break
		}
		b := &d.blocks[i]
		if (b.role == roleHeading || b.role == roleQuestion || strings.HasSuffix(b.text, "?")) && eligSet.find(b.text, 1) != 0 {
			hits += 2
		}
	}
	if hits >= 3 {
		return imgfriendly.KindEligibility
	}
	if rosterPage(d) {
		return imgfriendly.KindRoster
	}
	if programSet.find(d.title, 1) != 0 {
		return imgfriendly.KindProgram
	}
	for i := range d.blocks {
		if i > 40 {
			break
		}
		if d.blocks[i].role == roleHeading && programSet.find(d.blocks[i].text, 1) != 0 {
			return imgfriendly.KindProgram
		}
	}
	return imgfriendly.KindOther
}
