package extract

import (
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// A handbook's or a newsletter's credits list its people by section: under
// a line that names a group of residents ("Resident Editors", "Chief
// Residents", "PGY-2"), each line a topic and the people who wrote it —
// "Cardiology: Ana Ruiz, MD", "Infectious Disease: Ben Ota, MD, Lia Cruz,
// MD and Tom Hale, MD" — or, a long list carried over to the next line, the
// names alone. The section's line decides whom its lines name: under
// "Faculty Reviewers", or a heading with no role ("Editors-in-Chief"), the
// same lines give no one; a line whose own label names another role
// ("Faculty Advisor: …") gives no one either.

// sectionListRun reads the run of name-list lines under block i, a line
// that names a group of residents (groupedNameResidents asks): the
// residents and the block after the run, or nil when the run holds fewer
// than two names or no line with a label or two names.
func sectionListRun(d *doc, i int, pageURL string) ([]imgfriendly.Resident, int) {
	b := &d.blocks[i]
	var run []imgfriendly.Resident
	lists := 0      // lines that hold a label or two names: a run of names alone is groupedNameResidents'
	others := false // the last label, on a line of its own, named others: the names after it are theirs
	j := i + 1
	for ; j < len(d.blocks); j++ {
		c := &d.blocks[j]
		if c.role == roleRow {
			break
		}
		if markLevel(c) > 0 {
			// a topic's heading under the section's ("## Cardiology" under
			// "# Resident Editors"): the section reaches on to the next
			// heading of its level or higher
			label, ok := topicHeading(d, i, j)
			if !ok || j+1 >= len(d.blocks) || !namesLineOpens(d.blocks[j+1].text) {
				break
			}
			others = labelOthers(label) || outOfScope(d, j)
			lists++
			continue
		}
		if label, colon, ok := topicLine(c.text); ok && j+1 < len(d.blocks) && namesLineOpens(d.blocks[j+1].text) {
			// "Physical Medicine & Rehabilitation:" — its names on the
			// lines after it, "Jake Roe, MD," / "and Nick Loe, MD"
			if w := c.roleHits(); !colon && (w.sectionKind() != sectionNeutral || labelOthers(label)) {
				break // "Faculty Reviewers" over its names: the next section's line
			}
			others = labelOthers(label)
			lists++
			continue
		}
		label, names, ok := nameListLine(c.text)
		if !ok {
			break
		}
		if w := c.roleHits(); label == "" && w.sectionKind() != sectionNeutral {
			break // the next section's line, no name: "Attending Reviewers", "Chief Residents"
		}
		if label != "" || len(names) > 1 {
			lists++
		}
		if label != "" {
			others = false // the line's own label decides
			if labelOthers(label) {
				continue // "Faculty Advisor: Dr. X" among the residents
			}
		} else if others {
			continue // the names under "Faculty Advisors:"
		}
		for _, n := range names {
			run = append(run, imgfriendly.Resident{Name: n, Evidence: imgfriendly.Evidence{URL: pageURL, Text: b.text + " | " + c.text, Selector: c.selector()}})
		}
	}
	if lists == 0 || len(run) < 2 {
		return nil, j
	}
	return run, j
}

// nameListOpens is a necessary condition of the line that opens a run:
// nameListLine reads it with a label (a colon or a spaced dash) and a
// first person marked as one, a title before the name or degrees after it
// ("Cardiology: Dr. Lia Cruz", "Cardiology: Lia Cruz, MD", "… Cruz ,MD"),
// in no more than a list's length. A card's lines ("Ana Ruiz, MD",
// "Medical School: Khyber Medical College, Peshawar") open none: the cards
// are read as cards. The colon is asked of the block's words (a bit).
func nameListOpens(b *block) bool {
	t := b.text
	if b.role == roleRow || len(t) > 400 || len(t) < 5 {
		return false
	}
	k := b.colonOrDash() + 1
	if k == 0 {
		if k = spacedDash(t) + 2; k == 1 {
			return false
		}
	}
	return markedNameOpens(strings.TrimLeft(t[k:], " "))
}

// markedNameOpens reports a text that opens on a person marked as one: a
// title before the name or degrees after it ("Dr. Lia Cruz", "Lia Cruz,
// MD", "Lia Cruz ,MD").
func markedNameOpens(rest string) bool {
	if strings.HasPrefix(rest, "Dr") {
		return true
	}
	c := strings.IndexByte(rest, ',')
	if c < 0 || c+1 >= len(rest) {
		return false
	}
	if rest[c+1] == ' ' && c+2 < len(rest) {
		c++
	}
	return rest[c+1] == 'M' || rest[c+1] == 'D'
}

// topicLine reads a line that is a label alone, its names on the lines
// after it: "Physical Medicine & Rehabilitation:". The label is held to
// nameListLine's shape of a topic (short, no sentence's punctuation, no
// person's name).
// A topic's line may also stand with no colon, set apart as a line (a bold
// line, "Cardiology"): colon says which.
func topicLine(t string) (label string, colon, ok bool) {
	t = strings.TrimSpace(t)
	if len(t) < 3 || len(t) > 48 {
		return "", false, false
	}
	colon = t[len(t)-1] == ':'
	label = strings.TrimSpace(strings.TrimSuffix(t, ":"))
	return label, colon, topicLabel(label)
}

// topicLabel reports a topic's label: short, no sentence's punctuation, no
// person's name, no school.
func topicLabel(label string) bool {
	if label == "" || len(label) > 40 || strings.ContainsAny(label, ".,;:!?") || fieldCount(label) > 5 || !upperAt(label, 0) {
		return false
	}
	if schoolNouns.in(label) {
		return false
	}
	_, isName := personName(label)
	return !isName
}

// schoolNouns name a school's kind: a line that holds one is a card's
// school, no topic ("Lakeside University", "Harbor College of Medicine").
var schoolNouns = newWordList("school", "college", "university", "universidad", "universidade", "université", "universita", "institute", "academy")

// topicHeading reads heading j as a topic's heading inside section heading
// sec's section: a heading of a lower level ("## Cardiology" under "#
// Resident Editors", an h3 under an h2), or of its level when the section
// has nothing before a heading of its level, whose text is a topic's label.
func topicHeading(d *doc, sec, j int) (string, bool) {
	lv, cl := markLevel(&d.blocks[sec]), markLevel(&d.blocks[j])
	if lv == 0 || cl < lv {
		return "", false
	}
	c := &d.blocks[j]
	if cl == lv {
		// a section with nothing of its own before a heading of its
		// level writes its topics at its level ("Resident Editors",
		// "Cardiology" both h2): a topic, not another group
		w := c.roleHits()
		if markLevel(&d.blocks[sec+1]) != lv || w.sectionKind() != sectionNeutral {
			return "", false
		}
	}
	label := strings.TrimSpace(strings.TrimRight(strings.TrimLeft(c.text, "#"), ":"))
	return label, topicLabel(label)
}

// markLevel is a heading's level, or a line's that a page's text marks as
// a heading with a markdown's marks ("## Cardiology" in a paragraph of a
// page that shows its markdown as written); 0 for any other block.
func markLevel(b *block) int {
	if b.role == roleHeading {
		return headingLevel(b)
	}
	if b.role == roleRow || len(b.text) < 3 || b.text[0] != '#' {
		return 0
	}
	n := 0
	for n < len(b.text) && b.text[n] == '#' {
		n++
	}
	if n > 6 || n >= len(b.text) || b.text[n] != ' ' {
		return 0
	}
	return n
}

// namesLineOpens reports a line of names alone (nameListLine reads it with
// no label) that opens on a person marked as one: the names a topic's line
// carries to the line after it.
func namesLineOpens(t string) bool {
	if !markedNameOpens(strings.TrimLeft(t, " ")) {
		return false
	}
	label, _, ok := nameListLine(t)
	return ok && label == ""
}

// nameListRunOpens is nameListOpens of block i, the first under section
// line sec, or a topic's line alone (topicLine) or heading (topicHeading)
// over a line of names (namesLineOpens).
func nameListRunOpens(d *doc, sec, i int) bool {
	if i+1 >= len(d.blocks) {
		return i < len(d.blocks) && nameListOpens(&d.blocks[i])
	}
	b := &d.blocks[i]
	if nameListOpens(b) {
		return true
	}
	if b.role == roleRow || len(b.text) > 48 || b.text == "" || !markedNameOpens(strings.TrimLeft(d.blocks[i+1].text, " ")) {
		return false // (the cheap test of the names' line first)
	}
	ok := false
	if markLevel(b) > 0 {
		_, ok = topicHeading(d, sec, i)
	} else {
		var colon bool
		_, colon, ok = topicLine(b.text)
		w := b.roleHits()
		ok = ok && (colon || w.sectionKind() == sectionNeutral)
	}
	return ok && namesLineOpens(d.blocks[i+1].text)
}

// spacedDash is the index of the first dash with a space on either side
// (" - "), or -1.
func spacedDash(t string) int {
	for from := 0; ; {
		k := strings.IndexByte(t[from:], '-')
		if k < 0 {
			return -1
		}
		k += from
		if k > 0 && k+1 < len(t) && t[k-1] == ' ' && t[k+1] == ' ' {
			return k
		}
		from = k + 1
	}
}

// nameListLine reads a line of people: an optional label before a colon
// or a spaced dash ("Cardiology: ", "Infectious Disease - "), then names
// parted by commas, semicolons, "and" or "&", each perhaps with a title
// before and degrees after it ("Dr. Ana Ruiz", "Ben Ota, MD, MPH"); the
// line may end on a comma or an "and" that carries the list to the next
// line. ok is false unless every part is a name or a degree and one at
// least is a name.
func nameListLine(t string) (label string, names []string, ok bool) {
	list := t
	if k := strings.IndexByte(t, ':'); k > 0 {
		label, list = t[:k], t[k+1:]
	} else if k := strings.Index(t, " - "); k > 0 {
		label, list = t[:k], t[k+3:]
	}
	label = strings.TrimSpace(label)
	if label != "" || strings.IndexByte(t, ':') >= 0 {
		if label == "" || len(label) > 40 || strings.ContainsAny(label, ".,;!?") || fieldCount(label) > 5 {
			return "", nil, false // a sentence's lead-in, not a topic
		}
		if _, isName := personName(label); isName {
			return "", nil, false // "Ana Ruiz: Cardiology": a name's line, the rest its topic
		}
	}
	list = strings.TrimSpace(list)
	list = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(list, ","), " and"))
	list = strings.TrimSpace(strings.TrimSuffix(list, " &"))
	if list == "" {
		return "", nil, false
	}
	var parts []string
	for _, p := range strings.FieldsFunc(list, func(r rune) bool { return r == ',' || r == ';' }) {
		parts = append(parts, splitAnd(p)...)
	}
	for k, q := range parts {
		if q == "" || degreesOnly(q) {
			continue
		}
		// degrees after the name bind its words to a person ("Henry
		// Colorado, MD": a surname, no state)
		name, isName := personNameOf(q, k+1 < len(parts) && degreesOnly(parts[k+1]))
		if !isName || isSchoolLine(name) || hasAcronym(name) {
			return "", nil, false
		}
		names = append(names, name)
	}
	if len(names) == 0 {
		return "", nil, false
	}
	return label, names, true
}

// splitAnd parts p at " and " and " & " (and at an "and" or "&" that opens
// it: ", and Tom Hale"), each part trimmed.
func splitAnd(p string) []string {
	p = strings.TrimSpace(p)
	for _, lead := range []string{"and ", "& "} {
		p = strings.TrimSpace(strings.TrimPrefix(p, lead))
	}
	var out []string
	for {
		k, n := strings.Index(p, " and "), len(" and ")
		if a := strings.Index(p, " & "); a >= 0 && (k < 0 || a < k) {
			k, n = a, len(" & ")
		}
		if k < 0 {
			return append(out, strings.TrimSpace(p))
		}
		out = append(out, strings.TrimSpace(p[:k]))
		p = p[k+n:]
	}
}

// degreesOnly reports a part that is nothing but degrees: "MD", "M.D.",
// "MD MPH".
func degreesOnly(p string) bool {
	f := strings.Fields(p)
	for _, w := range f {
		if !isDegree(w) {
			return false
		}
	}
	return len(f) > 0
}

// labelOthers reports a line's label that names people other than
// residents: "Faculty Advisor", "Program Coordinator", "Former Editors".
func labelOthers(label string) bool {
	if lineRole(label) == roleOther {
		return true
	}
	w := readRoleHits(label)
	return w.sectionKind() == sectionOthers || w.in(&otherRoles)
}

// peerGroupResidents reads the people of a group whose line names no role
// ("Editors-in-Chief" over "Ana Ruiz, MD & Ben Ota, MD") when one of them
// at least is a resident that a section of residents lists (read, from
// sectionListRun): the group shares that member's standing, and its other
// members are residents too — unless a section of others names them
// ("Faculty Reviewers") or a sentence gives them another role. A group
// none of whose members a resident section names gives no one.
func peerGroupResidents(d *doc, read []imgfriendly.Resident, pageURL string) []imgfriendly.Resident {
	known := make(map[string]bool, len(read))
	for _, r := range read {
		known[personKey(r.Name)] = true
	}
	var out []imgfriendly.Resident
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || len(b.text) > 60 || outOfScope(d, i) || !neutralGroupLine(b.text) {
			continue
		}
		var group []imgfriendly.Resident
		member := false
		for j := i + 1; j < len(d.blocks); j++ {
			c := &d.blocks[j]
			if c.role == roleRow || c.role == roleHeading || outOfScope(d, j) {
				break
			}
			label, names, ok := nameListLine(c.text)
			if !ok || label != "" && labelOthers(label) {
				break
			}
			for _, n := range names {
				if known[personKey(n)] {
					member = true
					continue
				}
				group = append(group, imgfriendly.Resident{Name: n, Evidence: imgfriendly.Evidence{URL: pageURL, Text: b.text + " | " + c.text, Selector: c.selector()}})
			}
		}
		if !member {
			continue
		}
		for _, r := range group {
			if !namedElsewhere(d, i, r.Name) && !rolesElsewhere(d, r.Name) {
				out = append(out, r)
			}
		}
	}
	return out
}

// neutralGroupLine reports a group's line that names no role, a rank of
// an editor aside: "Editors-in-Chief", "Editors", "Co-Editors". A line of
// residents is read as one (residentGroupLine), a line of others names
// theirs.
func neutralGroupLine(t string) bool {
	t = strings.TrimSpace(strings.TrimLeft(t, "#"))
	if t == "" || fieldCount(t) > 4 || strings.ContainsAny(t, ",;:.!?") {
		return false
	}
	if _, isName := personName(t); isName {
		return false
	}
	t = inChief.ReplaceAllString(t, "")
	w := readRoleHits(t)
	return w.sectionKind() == sectionNeutral && !w.in(&otherRoles) && !w.in(&groupWords) && !w.in(&residentHeadWords)
}

// namedElsewhere reports a person (by surname and the name's first word)
// in a block of the page outside group line i and the lines under it: a
// faculty reviewer's line, a sentence that says who the person is. That
// mention decides; the group's standing does not.
func namedElsewhere(d *doc, i int, name string) bool {
	ws := personKeyFields(name)
	if len(ws) == 0 {
		return false
	}
	last := ws[len(ws)-1]
	for k := range d.blocks {
		if k == i {
			continue
		}
		low := asciiLower(d.blocks[k].text)
		if !hasAnyWord(low, []string{last}) || len(ws) > 1 && !hasAnyWord(low, ws[:1]) {
			continue
		}
		if k > i && groupMemberLine(d, i, k) {
			continue
		}
		return true
	}
	return false
}

// groupMemberLine reports block k one of the name lines right under group
// line i.
func groupMemberLine(d *doc, i, k int) bool {
	for j := i + 1; j <= k; j++ {
		c := &d.blocks[j]
		if c.role == roleRow || c.role == roleHeading {
			return false
		}
		if _, _, ok := nameListLine(c.text); !ok {
			return false
		}
	}
	return true
}
