package extract

import (
	"strings"
	"testing"
)

// lowerByBytes is asciiLower as it was written before it used a builder: a
// copy of the bytes with A–Z lowered, everything else (UTF-8 or not) kept.
func lowerByBytes(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func TestASCIILower(t *testing.T) {
	for _, s := range []string{"", "a", "A", "already lower", "Jane DOE, MD", "ÉCOLE Médicale", "PGY-2 Z", "Z", "end Z",
		"\xff\xfeAB", "İstanbul", "a\x00B"} {
		if got, want := asciiLower(s), lowerByBytes(s); got != want {
			t.Errorf("asciiLower(%q) = %q, want %q", s, got, want)
		}
		if got, want := paddedLower(s), " "+lowerByBytes(s)+" "; got != want {
			t.Errorf("paddedLower(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzASCIILower(f *testing.F) {
	for _, s := range []string{"", "Jane DOE, MD", "ÉCOLE Médicale", "\xff\xfeAB"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := asciiLower(s), lowerByBytes(s); got != want {
			t.Fatalf("asciiLower(%q) = %q, want %q", s, got, want)
		}
		if got, want := paddedLower(s), " "+lowerByBytes(s)+" "; got != want {
			t.Fatalf("paddedLower(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzPersonKeyWords holds mergePeople's key reading, which lowers only into
// its key, to personKeyFields: the same words once lowered, ordered alike by
// compareLower, and fullerName's particle test to asciiLower's.
func FuzzPersonKeyWords(f *testing.F) {
	for _, s := range []string{"Dr. Jane A. Doe, MD", "DRS. VAN DYKE", "dR ana (Jo) Ruiz-Lee", "Doe, Jane", "ÉLISE de la Fuente, D.O.", "a\xffB C"} {
		f.Add(s, "Van")
	}
	f.Fuzz(func(t *testing.T, name, other string) {
		want := personKeyFields(name)
		got := personKeyWordsInto(nil, name)
		if len(got) != len(want) {
			t.Fatalf("personKeyWordsInto(%q) = %q, want %q lowered", name, got, want)
		}
		for i := range got {
			if string(appendLower(nil, got[i])) != want[i] {
				t.Fatalf("personKeyWordsInto(%q) = %q, want %q lowered", name, got, want)
			}
		}
		if got, want := compareLower(name, other), strings.Compare(asciiLower(name), asciiLower(other)); got != want {
			t.Fatalf("compareLower(%q, %q) = %d, want %d", name, other, got, want)
		}
		var buf [16]byte
		if got, want := nameParticles[string(appendLower(buf[:0], other))], nameParticles[asciiLower(other)]; got != want {
			t.Fatalf("particle %q: %v, want %v", other, got, want)
		}
	})
}

// isMedSchoolLabelByWords is isMedSchoolLabel as it was written before it
// lowered the label's words onto the stack: lowered, split, joined.
func isMedSchoolLabelByWords(lbl string) bool {
	var ws []string
	for _, w := range strings.Fields(asciiLower(lbl)) {
		switch w {
		case "attended", "graduated", "from", "name", "current", "your", "(md)", "(do)", "(mbbs)":
			continue
		}
		ws = append(ws, w)
	}
	low := strings.Join(ws, " ")
	for _, w := range medSchoolLabels {
		if low == w {
			return true
		}
	}
	return false
}

// FuzzCardLabels holds a card label's readers, which lower onto the stack,
// to the lowering they replace: fieldLabel to labelKind of strings.ToLower,
// isMedSchoolLabel to isMedSchoolLabelByWords.
func FuzzCardLabels(f *testing.F) {
	for _, s := range []string{"Medical School", " MED SCHOOL ", "Attended:  School of Medicine", "M.D.", "Graduated from (MD) Medical College",
		"Hometown", "Undergraduate", "PGY", "Fun Fact", "\u212Aey Year", "Escuela de Medicina", "medical  school  name", "Your Current Medical Education"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, lbl string) {
		if got, want := fieldLabel(lbl), labelKind(strings.ToLower(strings.TrimSpace(lbl))); got != want {
			t.Fatalf("fieldLabel(%q) = %q, want %q", lbl, got, want)
		}
		if got, want := isMedSchoolLabel(lbl), isMedSchoolLabelByWords(lbl); got != want {
			t.Fatalf("isMedSchoolLabel(%q) = %v, want %v", lbl, got, want)
		}
	})
}
