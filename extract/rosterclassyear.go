package extract

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/imgfriendly/imgfriendly"
)

// A residency's page quotes one of its residents and signs the quote with
// the name and the resident's class: "Amara Okafor, Class of 2027" on the
// line over the quote, "“…” — Hana Sato, MD, Class of 2026" under it, or
// the signature glued to the end of the paragraph before the quote ("…
// supportive setting. Leo Brandt, Class of 2025"). On a page whose opening
// speaks of residents the class is the residency's; on a school's page,
// under an alumni heading, or with another role beside it (a fellow, a
// chief medical officer) the person is someone else. The name and the
// class may stand on two lines ("Ana Ruiz, MD" / "Class of 2028"). A class
// that finished before the page's year (its cycle's, else the run date's)
// is an alumnus's: "Class of 2019" signs a graduate's memory
// (dropPastClasses).

// classSignature is a name with any degrees and its class at the end of a
// text: group 1 the name. The name opens the text, follows a sentence's
// end or a quote's close, or a dash. A surname may be its initial alone
// ("Kevin P., Class of 2023").
var classSignature = regexp.MustCompile(`(?:^|[.!?”"]\s*|[—–~-]\s*)(?:Dr\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.(?:\s+\p{Lu}[\p{L}'’-]+){0,2}|(?:\s+\p{Lu}[\p{L}'’-]+){1,2}))(?:,\s*(?:M\.D\.|D\.O\.|Ph\.D\.|(?:MD|DO|MBBS|PhD|MPH)\b\.?))*,\s*[Cc]lass of (?:19|20)\d\d[\s.:)]*$`)

// classLine is a line that is a class alone: "Class of 2028".
var classLine = regexp.MustCompile(`^[Cc]lass of (?:19|20)\d\d\.?$`)

// classYearAt returns the year of "lass of YYYY" at the start of s, or 0.
func classYearAt(s string) int {
	i := strings.Index(s, "lass of ")
	if i < 0 || len(s) < i+12 {
		return 0
	}
	y := 0
	for _, c := range s[i+8 : i+12] {
		if c < '0' || c > '9' {
			return 0
		}
		y = y*10 + int(c-'0')
	}
	return y
}

// dropPastClasses drops the residents whose own line gives a class that
// has finished ("Class of 2018" under a graduate's quote beside a current
// resident's "Class of 2028"): a class earlier than the page's year
// (d.refYear: its stated cycle's, else the run date's) and earlier by five
// years or more than the latest class the page gives. Programs name a
// class by the year it ends or the year it began, and a stored page of
// years ago lists classes all current then: a class alone, or a few years
// apart, is kept.
func dropPastClasses(d *doc, rs []imgfriendly.Resident) []imgfriendly.Resident {
	if d.refYear == 0 {
		return rs
	}
	latest := 0
	for i := range rs {
		latest = max(latest, classYearAt(rs[i].Year))
	}
	if latest == 0 {
		return rs
	}
	out := rs[:0]
	for _, r := range rs {
		y := classYearAt(r.Year)
		if y > 0 && y < d.refYear && y < latest-4 {
			continue
		}
		out = append(out, r)
	}
	return out
}

// classSignedResidents reads residents who sign a quote with their class,
// on a page whose opening speaks of residents (residentsNews) or that
// presents itself as a roster.
func classSignedResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	page := int8(0) // residentsNews(d) || rosterPage(d): 0 not asked, 1 yes, 2 no
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || !b.hasYear() || outOfScope(d, i) {
			continue
		}
		k := classAtEnd(b.text)
		if k < 1 {
			continue // no class at the end of the block
		}
		text, at := b.text, i // the signature, and the block it opens in
		if k == 1 && i > 0 && classLine.MatchString(b.text) {
			// "Ana Ruiz, MD" on a line, "Class of 2028" on the next: one
			// signature
			at = i - 1
			if d.blocks[at].role == roleRow || len(d.blocks[at].text) > 60 {
				continue // (asked before the two lines are joined: a copy)
			}
			// quoteBeside of the joined text asks its quotation marks of
			// the two lines: they are joined only for a quote's signature
			// (most class lines, a card's, sign none)
			if !d.blocks[at].quoted() && !b.quoted() && !quoteBeside(d, at, "") {
				continue
			}
			text = d.blocks[at].text + ", " + strings.TrimSpace(b.text)
		} else if !quoteBeside(d, at, text) {
			continue // (then quoteBeside of the text before the signature is false too: asked before the expression, which most class lines, a card's, would run for nothing)
		}
		m := findClassSignature(text)
		if m == nil {
			continue
		}
		if !quoteBeside(d, at, text[:m[0]]) || othersLineAbove(d, at) {
			continue
		}
		if page == 0 {
			page = 2
			if residentsNews(d) || rosterPage(d) {
				page = 1
			}
		}
		if page != 1 && !residentsLineAbove(d, i) {
			continue
		}
		name, ok := personName(text[m[2]:m[3]])
		if !ok || isSchoolLine(name) || hasAcronym(name) {
			continue
		}
		out = append(out, imgfriendly.Resident{Name: name, Year: "Class of " + strconv.Itoa(classYearAt(b.text[k:])),
			Evidence: imgfriendly.Evidence{URL: pageURL, Text: text, Selector: d.blocks[at].selector()}})
	}
	return out
}

// classAtEnd is where the last "lass of " of t starts when it starts in
// t's last 20 bytes (a class at the end of the block: "…, Class of
// 2027"), else -1: strings.LastIndex(t, "lass of ") when that is at most
// 20 bytes from t's end, read from the end's 20 bytes alone (the last
// match there is the text's last match, and a match further back is too
// far from the end).
func classAtEnd(t string) int {
	from := max(0, len(t)-20)
	k := strings.LastIndex(t[from:], "lass of ")
	if k < 0 {
		return -1
	}
	return from + k
}

// quoteBeside reports whether the signature of block i (before: the
// block's text before it) signs a quote: a quotation before it in its
// block, or a block beside it that quotes or speaks in the first person.
func quoteBeside(d *doc, i int, before string) bool {
	if containsAny(before, "\"“”") {
		return true
	}
	for _, j := range []int{i + 1, i - 1} {
		if j < 0 || j >= len(d.blocks) || d.blocks[j].role == roleHeading || d.blocks[j].role == roleRow {
			continue
		}
		t := strings.TrimSpace(d.blocks[j].text)
		if t == "" {
			continue
		}
		if j == i+1 && containsAny(t[:1], "\"“") || j == i-1 && (strings.HasSuffix(t, "”") || strings.HasSuffix(t, "\"")) {
			return true
		}
		if j == i+1 && firstPerson(t[:min(len(t), 200)]) {
			return true
		}
	}
	return false
}

// othersLineAbove reports a short line just above block i, a heading in
// all but name when the page is plain text, that names people other than
// residents: "Where are they now", "Faculty", "Our alumni".
func othersLineAbove(d *doc, i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		t := strings.TrimSpace(d.blocks[j].text)
		if len(t) > 50 || t == "" || strings.ContainsAny(t[len(t)-1:], ".!?\"”") {
			continue
		}
		low := asciiLower(t)
		if pastWords.in(low) || groupWords.in(low) || otherRoles.in(low) || staffRoleWords.in(low) || strings.Contains(low, "where are they") {
			return true
		}
	}
	return false
}

// residentsLineAbove reports a short line just above block i, a section's
// heading when the page is plain text, that names residents and no one
// else: "Resident Profiles", "Hear from our residents" under a title and a
// date that push the page's opening past residentsNews's three lines.
func residentsLineAbove(d *doc, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		t := strings.TrimSpace(d.blocks[j].text)
		if len(t) > 60 || t == "" || strings.ContainsAny(t[len(t)-1:], ".!\"”") {
			continue
		}
		low := asciiLower(t)
		if residentHeadWords.in(low) && !pastWords.in(low) && !groupWords.in(low) && !otherRoles.in(low) && !staffRoleWords.in(low) && !notNowResident.in(low) {
			return true
		}
	}
	return false
}

// findClassSignature is classSignature.FindStringSubmatchIndex(t), the
// expression run from the last character before t's final "lass of" that
// no signature holds (not a letter, an apostrophe, a hyphen, a period, a
// comma or white space): a match opens there or after (the character
// before a name that opens no text is one of the expression's own: a
// quote's close, a sentence's end, a dash), so a long quote is not read
// from its start again at each of its words. (The match cannot open at
// the cut by "^": that character is no name's.)
func findClassSignature(t string) []int {
	from := 0
	if !gatesOff {
		end := strings.LastIndex(t, "lass of")
		if end < 0 {
			return nil // (every match holds it)
		}
		for k := end; k > 0; {
			r, size := utf8.DecodeLastRuneInString(t[:k])
			k -= size
			if !signatureRune(r) {
				from = k
				break
			}
		}
	}
	m := classSignature.FindStringSubmatchIndex(t[from:])
	for i := range m {
		if m[i] >= 0 {
			m[i] += from
		}
	}
	return m
}

// signatureRune reports a character classSignature's name, degrees and
// the comma before the class may hold.
func signatureRune(r rune) bool {
	switch r {
	case '\'', '’', '-', '.', ',', ' ', '\t', '\n', '\f', '\r':
		return true
	}
	return unicode.IsLetter(r)
}
