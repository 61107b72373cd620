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
	lists := 0 // lines that hold a label or two names: a run of names alone is groupedNameResidents'
	j := i + 1
	for ; j < len(d.blocks); j++ {
		c := &d.blocks[j]
		if c.role == roleRow || c.role == roleHeading {
			break
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
		if label != "" && labelOthers(label) {
			continue // "Faculty Advisor: Dr. X" among the residents
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
	rest := strings.TrimLeft(t[k:], " ")
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
