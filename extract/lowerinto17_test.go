package extract

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// lowerIntoByByte is lowerInto as it read before session 17: a byte at a
// time.
func lowerIntoByByte(buf []byte, s string) []byte {
	if len(s) > len(buf) {
		return []byte(strings.ToLower(s))
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return []byte(strings.ToLower(s))
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(s)]
}

// lowerIntoSeeds cover every ASCII byte in each of a word's eight places,
// the bounds of the capitals ('@', 'A', 'Z', '['; '`', 'a', 'z', '{'),
// non-ASCII bytes in the first eight and after, and the buffer's bound.
var lowerIntoSeeds = []string{
	"", "A", "Smith", "SMITHSON", "McALLISTER", "@AZ[`az{", "[Z@A{za`", "O'NEILL-DOE", "ÉMILE", "ABCDEFGÉ",
	"ABCDEFGHÉ", "abcdefgh", "\x7f\x00\x01ZZZZZ", "ABCDEFGHIJKLMNOPQRSTUVWX", "ABCDEFGHIJKLMNOPQRSTUVWXY",
	"José García", "İstanbul", "KELVIN\u212a", "Straße",
}

func TestLowerInto(t *testing.T) {
	var all []byte
	for c := 0; c < 128; c++ {
		all = append(all, byte(c))
	}
	seeds := append([]string{string(all)}, lowerIntoSeeds...)
	for c := 0; c < 128; c++ {
		for k := 0; k < 9; k++ {
			seeds = append(seeds, strings.Repeat("x", k)+string(rune(c))+"QRSTUVW")
		}
	}
	for _, s := range seeds {
		checkLowerInto(t, s)
	}
}

func checkLowerInto(t *testing.T, s string) {
	t.Helper()
	for _, n := range []int{24, 32, 128} {
		a, b := make([]byte, n), make([]byte, n)
		if got, want := lowerInto(a, s), lowerIntoByByte(b, s); !bytes.Equal(got, want) {
			t.Errorf("lowerInto([%d], %q) = %q, want %q", n, s, got, want)
		}
	}
}

func FuzzLowerInto(f *testing.F) {
	for _, s := range lowerIntoSeeds {
		f.Add(s)
	}
	f.Fuzz(checkLowerInto)
}
