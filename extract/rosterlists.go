package extract

import (
	"regexp"
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// A coordinated list of names bound to one resident's role: "Ana Ruiz, Ben
// Ota and Lia Cruz are family medicine residents", "Ana Ruiz, M.D.'09, and
// Ben Ota, M.D., are both chief residents", or a caption whose subject is
// residents and then its list: "Residents train for a drill. From left to
// right are: Capt. (Dr.) Ana Ruiz, Capt. (Dr.) Ben Ota and Lia Cruz". Each
// item is a name as personName reads it, after its titles and ranks
// (listTitles) and before its degrees (listDegrees); every item must be
// one, or the list is of something else (schools, cities). The role after
// the list is present or future ("are", "were named", "will serve as"):
// "were residents" is a past the reader does not take, and the words
// before the role must say what the people train in (trainingModifiers).

// listTitles are titles and military ranks written before a name in a
// list ("Capt. (Dr.) Ana Ruiz", "Maj. Ben Ota", "Dr. Lia Cruz").
var listTitles = []string{"Dr", "Drs", "Mr", "Mrs", "Ms", "Prof", "Capt", "Cpt", "Maj", "Lt", "Col", "Cmdr", "Cdr",
	"Gen", "Sgt", "Ens", "Adm", "LCDR", "LTC"}

// listDegrees are degrees written after a name in a list, perhaps with a
// class year ("M.D.'09").
var listDegrees = []string{`M\.D\.`, `D\.O\.`, `Ph\.D\.`, `MD`, `DO`, `PhD`, `MBBS`, `MPH`, `MS`, `MBA`}

var (
	// listItem is one name of a list (group 1), after its titles and
	// before its degrees.
	listItem = regexp.MustCompile(`^(?:(?:` + strings.Join(listTitles, "|") + `)\.?\s+|\((?:Dr|Drs)\.?\)\s+)*` +
		`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+(?:\p{Lu}[\p{L}'’-]+|de|del|van|von|da|di|la|le)){1,3})` +
		`(?:,?\s+(?:` + strings.Join(listDegrees, "|") + `)(?:\s?['’]\d\d)?)*`)
	// listSep parts the items of a list (group 1 its conjunction).
	listSep = regexp.MustCompile(`^(?:\s*,\s*(and|&)\s+|\s*,\s*|\s+(and|&)\s+)`)
	// listCopulaRole is what binds the list before it to a resident's role:
	// a plural present or future copula, a quantifier, up to five words
	// (group 1) and the role (group 2).
	listCopulaRole = regexp.MustCompile(`,?\s+(?:are|have\s+been\s+named|were\s+named|were\s+selected\s+as|will\s+serve\s+as|will\s+be|serve\s+as)(?:\s+(?:all|both|each|now|currently))?\s+(?:(?:our|the|new)\s+)?((?:[\p{L}\d/-]+\s+){0,5}?)((?i:(?:co-)?chief\s+residents?|residents?|interns?|pgy[- ]?[1-7]s?\b(?:\s+residents?)?))`)
	// listCaptionMarker opens a caption's list: "From left to right are:",
	// "Pictured are:", "are:"; read on the few words before a colon whose
	// word before it is one of listMarkerLast.
	listCaptionMarker = regexp.MustCompile(`(?i)(?:\b(?:pictured\s+)?(?:from\s+)?left\s+to\s+right(?:\s+(?:are|is))?|\bpictured(?:\s+(?:are|above|below|here))?|\bare)\s*:$`)
)

// listResidents reads both shapes in the blocks that hold a list sign and
// a resident's word (the cheap gate before any expression).
func listResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || b.role == roleHeading || len(b.text) < 30 || !b.in(&residentHeadWords) {
			continue // (the block's word hints, read once for every reader)
		}
		if !strings.Contains(b.text, " and ") && strings.IndexByte(b.text, '&') < 0 || outOfScope(d, i) {
			continue
		}
		if strings.Contains(b.text, "are ") || strings.Contains(b.text, "named") || strings.Contains(b.text, "serve") || strings.Contains(b.text, "will be") {
			out = append(out, copulaListResidents(b, pageURL)...)
		}
		if strings.IndexByte(b.text, ':') >= 0 {
			out = append(out, captionListResidents(b, pageURL)...)
		}
	}
	return out
}

// copulaListResidents reads "A, B and C are <training> residents": the
// list must end where the copula opens and start a capitalised word
// (tried from the left: the longest list).
func copulaListResidents(b *block, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	t := b.text
	for _, m := range listCopulaRole.FindAllStringSubmatchIndex(t, -1) {
		mods, role := t[m[2]:m[3]], t[m[4]:]
		if strings.TrimSpace(mods) != "" && !trainingModifiers(mods) {
			continue // "are faculty who teach residents", "are former residents"
		}
		if strings.HasPrefix(role[m[5]-m[4]:], "'") || strings.HasPrefix(role[m[5]-m[4]:], "’") || placeAfter(role) {
			continue // "the residents' mentors", "residents of Austin": no role of the people's own
		}
		for start := max(0, m[0]-400); start < m[0]; start++ {
			if start > 0 && t[start-1] != ' ' && t[start-1] != '\n' || !upperAt(t, start) {
				continue
			}
			names, end := coordinatedNameList(t[start:m[0]])
			if end != m[0]-start {
				continue
			}
			if otherRoleBefore(asciiLower(t[max(0, start-30):start])) {
				break // "former residents Ana Ruiz and …"
			}
			ev := imgfriendly.Evidence{URL: pageURL, Text: sentenceAround(t, start, m[1]), Selector: b.selector()}
			for _, n := range names {
				out = append(out, imgfriendly.Resident{Name: n, Evidence: ev})
			}
			break
		}
	}
	return out
}

// captionListResidents reads a caption whose lead says its people are
// residents (captionLead), then a marker and the list to the sentence's
// end: a name after the list's end ("Walking behind is Maj. X") is no
// item of it.
func captionListResidents(b *block, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	t := b.text
	for at := 0; ; {
		c := strings.IndexByte(t[at:], ':')
		if c < 0 {
			break
		}
		k := at + c
		at = k + 1
		if !listMarkerLast[asciiLower(lastWord(t[:k]))] {
			continue
		}
		from := max(0, k-40)
		m := listCaptionMarker.FindStringIndex(t[from : k+1])
		if m == nil {
			continue
		}
		m[0], m[1] = from+m[0], k+1
		for m[1] < len(t) && t[m[1]] == ' ' {
			m[1]++
		}
		if !captionLead(t[:m[0]]) {
			continue
		}
		names, end := coordinatedNameList(t[m[1]:])
		if len(names) == 0 {
			continue
		}
		if rest := strings.TrimLeft(t[m[1]+end:], " "); rest != "" && strings.IndexByte(".;!\n", rest[0]) < 0 {
			continue // the list goes on in words no name is: not a list of people
		}
		ev := imgfriendly.Evidence{URL: pageURL, Text: leadSentenceThrough(t, m[0], m[1]+end), Selector: b.selector()}
		for _, n := range names {
			out = append(out, imgfriendly.Resident{Name: n, Evidence: ev})
		}
	}
	return out
}

// coordinatedNameList reads a coordinated list of names at the start of t: two or
// more items, the last after "and" or "&", each a person's name. It
// returns the names and where the list ends in t, or nil.
func coordinatedNameList(t string) ([]string, int) {
	var names []string
	at, joined := 0, false
	for {
		it := listItem.FindStringSubmatchIndex(t[at:])
		if it == nil {
			return nil, 0
		}
		n := t[at+it[2] : at+it[3]]
		name, ok := personName(n)
		if !ok || isSchoolLine(name) || hasAcronym(name) {
			return nil, 0
		}
		names = append(names, name)
		at += it[1]
		if joined {
			break // the item after the conjunction is the last
		}
		sep := listSep.FindStringSubmatchIndex(t[at:])
		if sep == nil {
			return nil, 0 // no conjunction before the list ends
		}
		joined = sep[2] >= 0 || sep[4] >= 0
		at += sep[1]
	}
	if len(names) < 2 {
		return nil, 0
	}
	return names, at
}

// listMarkerLast are the last words of listCaptionMarker.
var listMarkerLast = map[string]bool{"are": true, "is": true, "right": true, "pictured": true, "above": true, "below": true, "here": true}

// lastWord is the word that ends t (after its last space), or "".
func lastWord(t string) string {
	t = strings.TrimRight(t, " ")
	return t[strings.LastIndexAny(t, " \n")+1:]
}

// upperAt reports an upper-case ASCII letter or "(" at t[i] (a name's
// first letter, a title's, or a rank's "(Dr.)").
func upperAt(t string, i int) bool {
	return i < len(t) && (t[i] >= 'A' && t[i] <= 'Z' || t[i] == '(')
}

// leadSentenceThrough is the text from the start of the sentence before a
// caption's marker (at from) through to.
func leadSentenceThrough(t string, from, to int) string {
	p := strings.TrimRight(t[:from], " ")
	p = strings.TrimRight(p, ".!?")
	start := strings.LastIndexAny(p, ".!?\n") + 1
	return strings.TrimSpace(t[start:to])
}
