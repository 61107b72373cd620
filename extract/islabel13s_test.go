package extract

import (
	"strings"
	"testing"
)

// isLabelRef is isLabel as it was, with strings.ContainsAny.
func isLabelRef(t string) bool {
	if t == "" || len(t) > 60 || strings.ContainsAny(t, ".!?;") && !strings.Contains(t, "U.S.") {
		return false
	}
	return fieldCount(t) <= 8
}

var isLabelSamples = []string{"", "Visa sponsorship", "Visa sponsorship:", "U.S. citizens only", "Step 1; Step 2", "Is USCE required?",
	"12345678;", "1234567.x", "abcdefgh!", "abcdefghijklmnop?", "a;", "U.S", "Ünïcödé labels; here", "\xff\xfe;\x80", strings.Repeat("ab ", 20),
	"one two three four five six seven eight", "one two three four five six seven eight nine", "a.b", "abcdefg;abcdefg.abcdefg"}

// TestHasLabelStop holds isLabel to its reference on the samples and the
// golden pages' block texts, and hasLabelStop to strings.ContainsAny at
// every offset of each.
func TestHasLabelStop(t *testing.T) {
	for _, s := range append(append([]string(nil), isLabelSamples...), goldenBlockTexts(t)...) {
		checkLabelStop(t, s)
	}
}

func checkLabelStop(t *testing.T, s string) {
	t.Helper()
	if got, want := isLabel(s), isLabelRef(s); got != want {
		t.Errorf("isLabel(%q) = %v, want %v", s, got, want)
	}
	for i := 0; i <= len(s) && i < 16; i++ {
		if got, want := hasLabelStop(s[i:]), strings.ContainsAny(s[i:], ".!?;"); got != want {
			t.Errorf("hasLabelStop(%q) = %v, want %v", s[i:], got, want)
		}
	}
}

// FuzzHasLabelStop is TestHasLabelStop on any text.
func FuzzHasLabelStop(f *testing.F) {
	for _, s := range isLabelSamples {
		f.Add(s)
	}
	f.Fuzz(checkLabelStop)
}
