package extract

import "strings"

// A school named in running text may be followed, after "and", by what the
// resident did next: "joins us from the University of Toledo College of
// Medicine and brings …", "graduated from Saba University School of
// Medicine and spent a year …". Read into the school, the clause makes a
// string the classifier cannot name, or names a country from a place in it.
// A school's own "and" joins capitalised words ("University of Medicine and
// Pharmacy") or opens "the" ("Saint Vincent and the Grenadines"). The cut is
// made only after a name that is a medical school's ("medicine", "medical",
// "osteopathic", "health sciences"): "graduated from Yale and relocated to
// …" names a college, perhaps not the medical school, and is left as it is.

// medicalNameWords make a school's name a medical school's (lower case).
var medicalNameWords = []string{"medic", "osteopath", "health science", "surgeons"}

// nextClauseAt returns where, in a school read after a prose connector, a
// clause of what the resident did next begins (" and " before a word in
// lower case other than "the", after a medical school's name), or -1.
func nextClauseAt(school string) int {
	for from := 0; ; {
		k := strings.Index(school[from:], " and ")
		if k < 0 {
			return -1
		}
		k += from
		from = k + len(" and ")
		next := school[from:]
		if next == "" || next[0] < 'a' || next[0] > 'z' || strings.HasPrefix(next, "the ") {
			continue
		}
		low := asciiLower(school[:k])
		for _, w := range medicalNameWords {
			if strings.Contains(low, w) {
				return k
			}
		}
		return -1
	}
}
