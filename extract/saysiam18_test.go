package extract

import (
	"strings"
	"testing"
)

// saysIAmRef is writerIntroduced's test before perf18a: three searches.
func saysIAmRef(t string) bool {
	return strings.Contains(t, "I am ") || strings.Contains(t, "I'm ") || strings.Contains(t, "I’m ")
}

var saysIAmSeeds = []string{
	"", "I", "I am", "I am ", "Hi, I am Ana Ruiz, a PGY-2.", "I'm ", "I’m Ana", "I’m", "I'm", "IMG and I am here",
	"II am ", "I  am ", "I\u00a0am ", "i am ", "I AM ", "International IMGs I'm in", "I’ m ", "I’mx", "I'\u2019m ",
	"the I ’m ", "Iam ", "I'm\tthere", "\xe2\x80\x99m I",
}

// TestSaysIAm holds saysIAm to the three searches.
func TestSaysIAm(t *testing.T) {
	sameBoolOnSeeds(t, "saysIAm", saysIAmSeeds, saysIAm, saysIAmRef, "say I am")
	for _, d := range gateDocs(t)() {
		for i := range d.blocks {
			sameBool(t, "saysIAm", d.blocks[i].text, saysIAm, saysIAmRef)
		}
	}
}

func FuzzSaysIAm(f *testing.F) {
	for _, s := range saysIAmSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := saysIAm(s), saysIAmRef(s); got != want {
			t.Fatalf("saysIAm(%q) = %v, want %v", s, got, want)
		}
	})
}
