package extract

import (
	"strings"
	"testing"
)

// pgyClauseOpensLowered is pgyClauseOpens as it read before session 17:
// the text lowered, a copy, and every word of the clause split off.
func pgyClauseOpensLowered(t string) bool {
	low := asciiLower(t)
	for from := 0; ; {
		k := strings.Index(low[from:], "pgy")
		if k < 0 {
			return false
		}
		k += from
		from = k + 3
		if k > 0 && isWordByte(low[k-1]) {
			continue
		}
		s := strings.LastIndexAny(low[:k], ".;!?") + 1
		var last [10]string
		n := 0
		for w := range strings.FieldsSeq(low[s:k]) {
			last[n%len(last)] = w
			n++
		}
		for _, w := range last[:min(n, len(last))] {
			if clauseOpener(w) {
				return true
			}
		}
	}
}

// pgyClauseSeeds17 add to pgyClauseSamples the cases of the byte-wise
// reading: capitals, long words cut at ten bytes, white space of every kind,
// non-ASCII words and spaces, the eleventh word back.
var pgyClauseSeeds17 = []string{
	"JO DAY IS A PGY-2", "Jo Day Is Currently PGY-2", "Jo Day WILLBE pgy3", "Jo Day Isn't PGY-1",
	"Jo Day Isabel PGY-1", "Jo Day SERVES\vas PGY-2", "Jo Day\tjoins\rthe\fPGY-1 class",
	"Jo Day, Anotherworldly PGY-2", "Jo Day, CURRENTLYX PGY-2", "Jo Day, the\u00a0PGY-2", "Jo Day, Ñame is\u2003PGY-2",
	"Jo Day is\u0085PGY-2", "José is PGY-2", "a b c d e f g h i j PGY-2", "a b c d e f g h i j k PGY-2",
	"is. PGY-2", "the; pgy", "now? Pgy", "Jo is-pgy2", "xPGY the PGY", "Begins", "PGY", "", "p", "is pg y",
	"Jo Day, Startswith PGY-2", "Jo Day, Starts-PGY", "Jo Day,\u00e9is PGY-2", "willingly PGY",
}

func TestPgyClauseOpens(t *testing.T) {
	seeds := append(append([]string{}, pgyClauseSamples...), pgyClauseSeeds17...)
	sameBoolOnSeeds(t, "pgyClauseOpens", seeds, pgyClauseOpens, pgyClauseOpensLowered, "open a clause")
	for _, d := range gateDocs(t)() {
		for i := range d.blocks {
			b := &d.blocks[i]
			sameBool(t, "pgyClauseOpens", b.text, pgyClauseOpens, pgyClauseOpensLowered)
			if got, want := b.pgyClauseMay(), pgyClauseMayFollow(b.text); got != want {
				t.Errorf("block %q: pgyClauseMay = %v, pgyClauseMayFollow = %v", b.text, got, want)
			}
		}
	}
	for _, s := range seeds {
		b := &block{text: s}
		if got, want := b.pgyClauseMay(), pgyClauseMayFollow(s); got != want {
			t.Errorf("block %q: pgyClauseMay = %v, pgyClauseMayFollow = %v", s, got, want)
		}
	}
}

func FuzzPgyClauseOpens(f *testing.F) {
	for _, s := range pgyClauseSamples {
		f.Add(s)
	}
	for _, s := range pgyClauseSeeds17 {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sameBool(t, "pgyClauseOpens", s, pgyClauseOpens, pgyClauseOpensLowered)
		b := &block{text: s}
		if got, want := b.pgyClauseMay(), pgyClauseMayFollow(s); got != want {
			t.Errorf("block %q: pgyClauseMay = %v, pgyClauseMayFollow = %v", s, got, want)
		}
	})
}
