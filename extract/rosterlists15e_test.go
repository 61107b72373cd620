package extract

import (
	"strings"
	"testing"
)

// FuzzNameListLine holds nameListLine to its promises on any line: every
// name it reads is in the line (its words, after a title or degrees were
// taken off), its label is the line's opening, and it reads no one from a
// line with no capital letter.
func FuzzNameListLine(f *testing.F) {
	for _, s := range []string{"Cardiology: Lia Cruz, MD", "Infectious Disease - Ana Ruiz, MD, Joy Lee, MD and Raj Patel, MD",
		"Raj Patel, MD and", "Endocrinology: Dr. Sam Park and Dr. Joy Lee", "Nephrology: Ellen Ward, MD, MPH & Paul Kim, MD", "Ana Ruiz: Cardiology"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if len(line) > 1000 {
			return
		}
		label, names, ok := nameListLine(line)
		if !ok {
			if label != "" || names != nil {
				t.Fatalf("nameListLine(%q) not ok but gave %q, %q", line, label, names)
			}
			return
		}
		if !strings.HasPrefix(line, label) && !strings.HasPrefix(strings.TrimSpace(line), label) {
			t.Errorf("label %q does not open %q", label, line)
		}
		for _, n := range names {
			for _, w := range strings.Fields(n) {
				if !strings.Contains(line, w) {
					t.Errorf("name %q (word %q) not in %q", n, w, line)
				}
			}
		}
	})
}

// FuzzKeyValue holds keyValue to its shape: the key opens the line with a
// lower-case letter and is one word; a line that opens with anything else
// is no key line.
func FuzzKeyValue(f *testing.F) {
	for _, s := range []string{"name: Zoha Roe, MD", "interns:", "internsCorner:", `title: "The Intern's Corner"`, "Q: Do you sponsor visas?", "content: >"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		key, val, ok := keyValue(line)
		if !ok {
			return
		}
		if key == "" || !strings.HasPrefix(line, key+":") || key[0] < 'a' || key[0] > 'z' || strings.ContainsAny(key, " \t:") {
			t.Fatalf("keyValue(%q) = %q, %q", line, key, val)
		}
		if !strings.Contains(line, val) {
			t.Errorf("value %q not in %q", val, line)
		}
	})
}
