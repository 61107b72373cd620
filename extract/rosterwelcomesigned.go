package extract

import (
	"strings"
	"unicode"

	"github.com/imgfriendly/imgfriendly"
)

// A welcome, message or letter of the chief residents, under its own short
// title ("Chief Residents' Welcome Message"), opens with the signers' names
// on one line parted by commas — "A B, C D, E F" — the last sometimes glued
// to the letter's first word by a page that dropped the line break ("E
// FWelcome to …"). The title must name residents and a letter, and no
// leader, past residents or staff ("Program Directors' Welcome" is signed
// by faculty).

// letterWords name a letter or a welcome in a title.
var letterWords = newWordList("welcome", "message", "letter", "note", "greeting", "greetings")

// signedWelcomeResidents reads the names that open the block after a
// residents' letter title.
func signedWelcomeResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	for i := 0; i+1 < len(d.blocks); i++ {
		t := strings.TrimSpace(d.blocks[i].text)
		// (the block's hints and words, read once: no resident word in it,
		// none in t, nor a letter's; a letter's word is rarer than a
		// resident's, and the block keeps its answer for residentHeadWords,
		// which is t's)
		if len(t) > 80 || d.blocks[i].hint()&hintResident == 0 || d.blocks[i].words().find(letterSet)&1 == 0 || !letterWords.in(t) ||
			!d.blocks[i].in(&residentHeadWords) || outOfScope(d, i+1) {
			continue
		}
		if low := asciiLower(t); otherRoles.in(low) || pastWords.in(low) || staffRoleWords.in(low) || groupWords.in(low) {
			continue
		}
		b := &d.blocks[i+1]
		if b.role == roleRow {
			continue
		}
		for _, name := range signerLine(b.text) {
			out = append(out, imgfriendly.Resident{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: b.text, Selector: b.selector()}})
		}
	}
	return out
}

// signerLine returns the two to eight names that open t's first line,
// parted by commas (the last after an optional "and"), or nil: every part
// must be a person's name, the last one possibly glued to the next word.
func signerLine(t string) []string {
	line, _, _ := strings.Cut(strings.TrimSpace(t), "\n")
	parts := strings.Split(line, ", ")
	if len(parts) < 2 || len(parts) > 8 {
		return nil
	}
	var names []string
	for k, p := range parts {
		p = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(p), "and "))
		name, ok := personName(p)
		if !ok && k == len(parts)-1 {
			name, ok = gluedLastName(p)
		}
		if !ok || isSchoolLine(name) || hasAcronym(name) {
			return nil
		}
		names = append(names, name)
	}
	return names
}

// gluedLastName reads a name of two or three words whose last word runs
// into the next text's first word: "Jace BattrellWelcome to our …" gives
// Jace Battrell.
func gluedLastName(p string) (string, bool) {
	f := strings.Fields(p)
	for k := 1; k < len(f) && k < 3; k++ {
		w := f[k]
		prevLower := false
		for i, r := range w {
			if prevLower && unicode.IsUpper(r) && i > 1 {
				return personName(strings.Join(append(append([]string(nil), f[:k]...), w[:i]), " "))
			}
			prevLower = unicode.IsLower(r)
		}
	}
	return "", false
}
