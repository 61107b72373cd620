package extract

import (
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// A newsletter kept as a YAML-like content file names its people in
// records: a key that opens a group ("interns:", "internsCorner:", with a
// "title: The Intern's Corner" line), then items "- name: Ana Ruiz, MD"
// with their "image:", "title:" and "content: >" lines. The group's key
// (its words parted at their capitals) or its title decides whom the
// records name, as a heading does; a record's own "title:" or "role:"
// that names another role ("Assistant Program Director") gives no one.
// The record's prose (a bio: "Born in Lahore, Pakistan, …") is no school's.

// keyedRecordResidents reads the "name:" records of a keyed text's groups
// of residents. A group is a key with no value; its records and its
// "title:" are the key lines indented under it (block.col); a group whose
// key and title say nothing ("items:", "people:") is its parent's.
func keyedRecordResidents(d *doc, pageURL string) []imgfriendly.Resident {
	if len(d.blocks) == 0 || d.blocks[0].node != nil || !hasNameKey(d) {
		return nil
	}
	type group struct {
		col   uint8
		kind  int
		line  string // the key line, or the title that decided
		named bool   // a record read in it: a title now is the record's
	}
	var out []imgfriendly.Resident
	var groups []group
	for i := 0; i < len(d.blocks); i++ {
		b := &d.blocks[i]
		key, val, ok := keyValue(b.text)
		if !ok || b.col == 0 {
			continue
		}
		for len(groups) > 0 && groups[len(groups)-1].col >= b.col {
			groups = groups[:len(groups)-1] // a key at its group's column or left of it closes the group
		}
		var g *group
		if len(groups) > 0 {
			g = &groups[len(groups)-1]
		}
		switch {
		case val == "":
			ng := group{col: b.col, kind: sectionKind(keyWords(key)), line: b.text}
			if ng.kind == sectionNeutral && g != nil {
				ng.kind, ng.line = g.kind, g.line // a container: "items:" under "interns:"
			}
			groups = append(groups, ng)
		case g == nil:
		case key == "title" && !g.named:
			if sk := sectionKind(val); sk != sectionNeutral {
				g.kind, g.line = sk, b.text
			}
		case key == "name":
			g.named = true
			name, isName := personName(val)
			if !isName || outOfScope(d, i) {
				continue
			}
			role := recordRole(d, i)
			if role == roleOther || g.kind != sectionResident && role != roleResident {
				continue
			}
			out = append(out, imgfriendly.Resident{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: g.line + " | " + b.text, Selector: b.selector()}})
		}
	}
	return out
}

// hasNameKey reports a block that opens with "name:" (in any case).
func hasNameKey(d *doc) bool {
	for i := range d.blocks {
		if t := d.blocks[i].text; len(t) > 5 && t[4] == ':' && (t[0] == 'n' || t[0] == 'N') && hasPrefixFold(t, "name:") {
			return true
		}
	}
	return false
}

// keyWords parts a key into its words: "internsCorner" → "interns
// Corner", "chief_residents" → "chief residents".
func keyWords(key string) string {
	var b strings.Builder
	for i := 0; i < len(key); i++ {
		c := key[i]
		switch {
		case c == '_':
			c = ' '
		case c >= 'A' && c <= 'Z' && i > 0 && key[i-1] >= 'a' && key[i-1] <= 'z':
			b.WriteByte(' ')
		}
		b.WriteByte(c)
	}
	return b.String()
}

// recordRole is the role a "name:" record at block i gives its person: the
// lineRole of its "title:", "role:" or "position:" value, read up to the
// next item or a key left of the record's (roleNone when it has none).
func recordRole(d *doc, i int) int {
	role := roleNone
	for j := i + 1; j < len(d.blocks) && d.blocks[j].role != roleItem; j++ {
		key, val, ok := keyValue(d.blocks[j].text)
		if !ok || d.blocks[j].col == 0 {
			continue
		}
		if d.blocks[j].col < d.blocks[i].col {
			break
		}
		if val == "" || key == "name" {
			break
		}
		if key == "title" || key == "role" || key == "position" {
			if r := lineRole(val); r != roleNone {
				role = r
			}
		}
	}
	return role
}
