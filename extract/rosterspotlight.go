package extract

import (
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// A spotlight page about one resident, named only by its address.

// residentOrInternIn reports "resident" or "intern" in t, singular or plural
// (the block's word hints know whole words only).
func residentOrInternIn(t string) bool {
	return strings.Contains(t, "esident") || strings.Contains(t, "ntern") || strings.Contains(t, "ESIDENT") || strings.Contains(t, "NTERN")
}

// thirdPersonWords speak of one person in the third person.
var thirdPersonWords = []string{"she", "he", "her", "his"}

// spotlightResident returns the one resident of a spotlight page whose
// address alone names them (spotlightPageName) and whose text speaks of a
// resident in the third person ("Our resident this month …  She …"): the
// README's unnamed resident, named here by the address as profileResidents
// names a first-person writer, or nil.
func spotlightResident(d *doc, pageURL string) []imgfriendly.Resident {
	name := spotlightPageName(pageURL)
	if name == "" || len(d.blocks) == 0 || outOfScope(d, 0) {
		return nil
	}
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || outOfScope(d, i) || !residentOrInternIn(b.text) {
			continue
		}
		for _, s := range sentences(b.text) {
			low := asciiLower(s)
			if !hasAnyWord(low, []string{"resident", "intern"}) || notNowResident.in(s) || pastWords.in(s) {
				continue
			}
			for k := i; k < len(d.blocks) && k <= i+3; k++ {
				if hasAnyWord(asciiLower(d.blocks[k].text), thirdPersonWords) {
					return []imgfriendly.Resident{{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: s, Selector: b.selector()}}}
				}
			}
		}
	}
	return nil
}
