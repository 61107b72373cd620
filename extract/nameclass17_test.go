package extract

import "testing"

// TestNameClassOf holds nameClassOf to the map it stands before: every word
// of nameWordClass, in and out of case, cut and lengthened, and the words of
// the gate docs' blocks.
func TestNameClassOf(t *testing.T) {
	fill := 0
	for _, x := range nameWordBits {
		for ; x != 0; x &= x - 1 {
			fill++
		}
	}
	if fill > 2048 {
		t.Errorf("nameWordBits has %d of 4096 bits set: the filter says little", fill)
	}
	for w := range nameWordClass {
		for _, v := range []string{w, w + "s", "x" + w, w[:len(w)-1], w + w} {
			checkNameClass(t, v)
		}
	}
	for _, v := range []string{"", "a", "jane", "smith", "ana", "ruiz", "o'neill", "josé", "van", "de"} {
		checkNameClass(t, v)
	}
	for _, d := range gateDocs(t)() {
		for i := range d.blocks {
			var buf [64]byte
			for _, w := range splitWords(d.blocks[i].text) {
				checkNameClass(t, string(lowerInto(buf[:], trimNamePunct(w))))
			}
		}
	}
}

func splitWords(t string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(t); i++ {
		if i == len(t) || t[i] == ' ' || t[i] == '\n' || t[i] == '\t' {
			if start >= 0 {
				out = append(out, t[start:i])
			}
			start = -1
		} else if start < 0 {
			start = i
		}
	}
	return out
}

func checkNameClass(t *testing.T, w string) {
	t.Helper()
	if got, want := nameClassOf([]byte(w)), nameWordClass[w]; got != want {
		t.Errorf("nameClassOf(%q) = %d, want %d", w, got, want)
	}
}

func FuzzNameClassOf(f *testing.F) {
	for w := range nameWordClass {
		f.Add(w)
	}
	f.Add("")
	f.Add("jane")
	f.Fuzz(checkNameClass)
}
