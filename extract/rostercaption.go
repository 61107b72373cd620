package extract

import (
	"regexp"
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// A photo caption names residents one by one, each with a site, a track,
// a class or a role in parentheses: "Residents of the three sites pose
// with the dean. From left to right: Dr. A B (Riverside), Dr. C D
// (Hilltop) and Dr. E F (Lakeside)". The people are residents when the
// caption's lead says so (its subject is residents, not faculty, students
// or donors); anyone the lead names otherwise (the dean, a minister) says
// so in the parentheses and is left out.

// captionMarker opens the list of a caption: "from left to right",
// "Pictured from left", "left to right", "(L-R)", "(L to R)".
var captionMarker = regexp.MustCompile(`(?i)(?:\b(?:pictured\s+)?(?:from\s+)?left\s+to\s+right\b|\b(?:pictured\s+)?from\s+left\b|\(l\s*(?:-|to)\s*r\)|\bl\s*-\s*r\b|\bl\s+to\s+r\b)[\s:,.)–—-]*`)

// captionPossible is a necessary condition for captionMarker, read in one
// pass: every match holds "left" (any case) or an "l" opening a word and
// followed, after spaces, by "-" or "t" ("L-R", "(l to r)"). The expression opens with an
// alternation and a word boundary, so the regexp package tries it at every
// character of every block that speaks of residents; the test spares that
// walk where no caption can be.
func captionPossible(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != 'l' && s[i] != 'L' {
			continue
		}
		if i+4 <= len(s) && asciiLower(s[i:i+4]) == "left" {
			return true
		}
		if i > 0 && isWordByte(s[i-1]) {
			continue // "L-R" and "l to r" open a word
		}
		j := i + 1
		for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r' || s[j] == '\f') {
			j++
		}
		if j < len(s) && (s[j] == '-' || s[j] == 't' || s[j] == 'T') {
			return true
		}
	}
	return false
}

// captionItem is one person of a caption's list: an optional title, the
// name (group 1), any degrees, and what the parentheses say (group 2).
var captionItem = regexp.MustCompile(`^\s*(?:(?:Drs?|Mr|Mrs|Ms|Prof|Hon)\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,3})(?:,?\s*(?:M\.D\.|D\.O\.|(?:MD|DO|MBBS|PhD|MPH)\b))*\s*\(([^()]{1,60})\)`)

// captionSep parts the items of a caption's list.
var captionSep = regexp.MustCompile(`^\s*(?:[,;]\s*(?:and\s+|&\s*)?|and\s+|&\s*)`)

// captionOthers are people a caption's lead or an item's parentheses may
// name besides residents.
var captionOthers = newWordList("donor", "donors", "leaders", "leadership", "board", "trustees", "volunteers", "sponsors",
	"families", "guests", "minister", "mayor", "governor", "senator", "secretary", "commissioner", "ambassador",
	"representative", "left", "right", "center", "seated", "standing")

// captionResidents reads the residents of photo captions, in the blocks
// that speak of residents (the keyword pass).
func captionResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || len(b.text) < 40 || strings.IndexByte(b.text, 'l') < 0 && strings.IndexByte(b.text, 'L') < 0 || outOfScope(d, i) {
			continue
		}
		// (a byline's glued words are read only where the block's hints
		// hold a resident's word: the text after the byline is a part of
		// the block's, and a word it holds the block holds, whole or glued;
		// TestBylineGlueGate, FuzzBylineGlueGate)
		if !b.in(&residentHeadWords) && (b.hint()&hintResident == 0 || !bylineGluedResidents(b.text)) {
			continue
		}
		if !captionPossible(b.text) {
			continue
		}
		for _, m := range captionMarker.FindAllStringIndex(b.text, -1) {
			if !captionLead(b.text[:m[0]]) {
				continue
			}
			var run []imgfriendly.Resident
			rest, items := b.text[m[1]:], 0
			for {
				it := captionItem.FindStringSubmatchIndex(rest)
				if it == nil {
					break
				}
				items++
				aside := rest[it[4]:it[5]]
				if !otherRoles.in(aside) && !staffRoleWords.in(aside) && !captionOthers.in(aside) {
					if name, ok := personName(rest[it[2]:it[3]]); ok {
						run = append(run, imgfriendly.Resident{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: sentenceAround(b.text, m[0], m[1]), Selector: b.selector()}})
					}
				}
				rest = rest[it[1]:]
				sep := captionSep.FindStringIndex(rest)
				if sep == nil {
					break
				}
				rest = rest[sep[1]:]
			}
			if items >= 2 {
				out = append(out, run...)
			}
		}
	}
	return out
}

// bylineGluedResidents reports a block that speaks of residents only in the
// word its byline is glued to ("By Tara NguyenResidents of …"), which the
// keyword pass cannot see.
func bylineGluedResidents(text string) bool {
	c := cutByline(text)
	return len(c) < len(text) && residentHeadWords.in(c)
}

// captionLead reports whether the sentence before a caption's list (the
// text before its marker) says the people are residents: a resident role,
// not a former one, with no other role or group before it ("Faculty who
// teach our residents", "Medical students who rotated with residents",
// "Donors to the resident fund") nor joined to it ("residents and
// faculty"); people named after it ("pose with the dean", "met the
// minister") say who they are in their parentheses.
func captionLead(before string) bool {
	before = cutByline(before) // "By Ann LoweResidents of …": the lead is the story's
	spans := sentenceSpans(before)
	if len(spans) == 0 {
		return false
	}
	lead := before[spans[len(spans)-1][0]:spans[len(spans)-1][1]]
	if len(spans) > 1 && len(strings.Fields(lead)) < 2 {
		lead = before[spans[len(spans)-2][0]:spans[len(spans)-1][1]] // "… ceremony. Pictured:"
	}
	low := asciiLower(lead)
	for _, r := range residentRoleRE.FindAllStringIndex(low, -1) {
		if notNowResident.in(low[max(0, r[0]-20):r[0]]) {
			continue // "Former residents back for the reunion"
		}
		if captionGroup(low[:nameRunStart(lead, r[0])]) {
			return false // the subject is someone else
		}
		next := low[r[1]:min(len(low), r[1]+25)]
		return !(strings.Contains(next, " and ") || strings.Contains(next, "&")) || !captionGroup(next) // not "residents and faculty"
	}
	return false
}

// captionGroup reports a role or group other than residents in low.
func captionGroup(low string) bool {
	return otherRoles.in(low) || staffRoleWords.in(low) || captionOthers.in(low) || groupWords.in(low)
}

// nameRunStart is where the run of capitalised words right before at in s
// starts (at when there is none): the name of a place or organisation
// that qualifies a role ("Fort Vale Army Medical Center residents"), whose
// words ("Center", "Board") are no group of people of their own.
func nameRunStart(s string, at int) int {
	start := at
	for i := at; ; {
		for i > 0 && s[i-1] == ' ' {
			i--
		}
		j := i
		for j > 0 && s[j-1] != ' ' && s[j-1] != ',' && s[j-1] != ';' && s[j-1] != ':' && s[j-1] != '(' && s[j-1] != '.' {
			j--
		}
		if j == i || s[j] < 'A' || s[j] > 'Z' {
			return start
		}
		start, i = j, j
	}
}
