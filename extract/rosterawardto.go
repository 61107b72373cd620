package extract

import (
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// Awards handed out in one news sentence: "presented the resident award to
// A, MD, the categorical intern award to B, MD, and the faculty award to
// C, MD", "the intern award went to D", "the outstanding resident award was
// presented to E and F". Each award's recipients follow it; they are
// residents when the award's own words name a resident or an intern and no
// other group (faculty, teaching, a fellow, a student, nursing, staff,
// alumni). Whoever presents the awards is nobody's recipient.

// awardTo finds an award and the verb that hands it over: group 1 is the
// award's word, the match ends where the recipients start.
var awardTo = mustGate(`(?i)\b(awards?|prizes?)\s+(?:(?:was|were|is|are)\s+(?:presented|given|awarded)\s+to|went\s+to|goes\s+to|to)\s+`, "award", "prize")

// awardPhraseStops open an award's phrase: the words before "award" back to
// one of them are the award's name.
var awardPhraseStops = map[string]bool{"the": true, "a": true, "an": true, "our": true, "their": true,
	"his": true, "her": true, "its": true, "and": true, "presented": true, "gave": true, "handed": true,
	"received": true, "won": true, "to": true}

// awardGroupWords name a group other than residents inside an award's name.
var awardGroupWords = []string{"faculty", "teaching", "teacher", "fellow", "fellows", "fellowship",
	"student", "students", "nursing", "nurse", "staff", "alumni", "alumnus", "attending", "mentor",
	"mentorship", "volunteer", "community", "coordinator", "chosen", "selected", "voted"}

// maxAwardRecipients is the most people one award of a sentence goes to.
const maxAwardRecipients = 4

// awardToResidents reads the recipients of residents' and interns' awards
// in running text.
func awardToResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || b.role == roleHeading || !b.in(&predicateRoles) || outOfScope(d, i) {
			continue
		}
		for _, s := range sentences(b.text) {
			for _, m := range awardTo.FindAllStringSubmatchIndex(s, -1) {
				if !residentsAward(s[:m[2]]) {
					continue
				}
				for _, n := range recipients(s[m[1]:]) {
					out = append(out, imgfriendly.Resident{Name: n, Evidence: imgfriendly.Evidence{URL: pageURL, Text: s, Selector: b.selector()}})
				}
			}
		}
	}
	return out
}

// residentsAward reports whether the words before an award's word (back to
// an article, a verb of giving or a comma, at most six) name a resident or
// an intern and no other group: "the categorical intern", "the OB/GYN
// resident", "the outstanding chief resident"; not "the faculty", "the
// resident-chosen teaching", "the medical student".
func residentsAward(before string) bool {
	low := asciiLower(before)
	if k := strings.LastIndexAny(low, ",;:.()"); k >= 0 {
		low = low[k+1:]
	}
	f := strings.Fields(low)
	start := max(0, len(f)-6)
	for k := len(f) - 1; k >= start; k-- {
		if awardPhraseStops[f[k]] {
			start = k + 1
			break
		}
	}
	phrase := strings.Join(f[start:], " ")
	if phrase == "" || hasAnyWord(phrase, awardGroupWords) || strings.Contains(phrase, "-") && !strings.Contains(phrase, "co-chief") {
		return false // ("resident-chosen", "resident-selected": the residents give it)
	}
	return hasAnyWord(phrase, []string{"resident", "residents", "intern", "interns"})
}

// recipients reads the people an award goes to, from the start of rest:
// names with any title and degrees, parted by commas or "and", up to the
// next award ("…, the intern award to …") or the end of the list.
func recipients(rest string) []string {
	var out []string
	for len(out) < maxAwardRecipients {
		rest = strings.TrimLeft(rest, " ")
		rest = stripTitle(rest)
		end := strings.IndexAny(rest, ",;.()")
		if a := strings.Index(rest, " and "); a >= 0 && (end < 0 || a < end) {
			end = a
		}
		if end < 0 {
			end = len(rest)
		}
		n, ok := personName(rest[:end])
		if !ok {
			break
		}
		out = append(out, n)
		rest = rest[end:]
		// degrees after the name: ", MD", ", DO, MPH", " M.D."
		for {
			t := strings.TrimLeft(rest, ", ")
			w := t
			if k := strings.IndexAny(t, ",;( "); k >= 0 {
				w = t[:k]
			}
			if w == "" || !isDegree(w) {
				break
			}
			rest = t[len(w):]
		}
		// the next recipient: ", and ", " and ", ", " before a capital
		next := ""
		for _, sep := range []string{", and ", " and ", ", & ", " & ", ", "} {
			if strings.HasPrefix(rest, sep) {
				next = rest[len(sep):]
				break
			}
		}
		if next == "" || next[0] < 'A' || next[0] > 'Z' || strings.HasPrefix(next, "The ") {
			break
		}
		rest = next
	}
	return out
}

// awardWordBefore reports text ending in an award's word and white space:
// what "went to" follows there is a recipient.
func awardWordBefore(low string) bool {
	f := strings.Fields(low)
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "award", "awards", "prize", "prizes":
		return true
	}
	return false
}
