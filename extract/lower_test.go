package extract

import "testing"

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
