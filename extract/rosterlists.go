package extract

import (
	"regexp"
	"strings"
)

// A coordinated list of names: "Ana Ruiz, Ben Ota and Lia Cruz", "Ana
// Ruiz, M.D.'09, and Ben Ota, M.D.", "Capt. (Dr.) Ana Ruiz, Capt. (Dr.) Ben
// Ota and Lia Cruz". Each item is a name as personName reads it, after its
// titles and ranks (listTitles) and before its degrees (listDegrees);
// every item must be one, or the list is of something else (schools,
// cities). The relation reader (rosterrel.go) binds such a list, as a
// subject or a caption's list, to a resident's role.

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
	// listCaptionMarker opens a caption's list: "From left to right are:",
	// "Pictured are:", "are:"; read on the few words before a colon whose
	// word before it is one of listMarkerLast.
	listCaptionMarker = regexp.MustCompile(`(?i)(?:\b(?:pictured\s+)?(?:from\s+)?left\s+to\s+right(?:\s+(?:are|is))?|\bpictured(?:\s+(?:are|above|below|here))?|\bare)\s*:$`)
)

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
