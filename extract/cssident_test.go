package extract

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// cssIdentByBuilder is appendCSSIdent as it was written before it appended
// to a byte slice: the same escapes, into a strings.Builder.
func cssIdentByBuilder(s string) string {
	var b strings.Builder
	plain := s != "" && s != "-" && !isDigit(s[0]) && !(s[0] == '-' && len(s) > 1 && isDigit(s[1]))
	for i := 0; plain && i < len(s); i++ {
		c := s[i]
		plain = c >= utf8.RuneSelf || c == '-' || c == '_' || isWordByte(c)
	}
	if plain {
		return s
	}
	for i, r := range s {
		switch {
		case r == 0:
			b.WriteString("\ufffd")
		case r < 0x20 || r == 0x7f || isDigit(byte(r)) && (i == 0 || i == 1 && s[0] == '-'):
			fmt.Fprintf(&b, "\\%x ", r)
		case i == 0 && r == '-' && len(s) == 1:
			b.WriteString("\\-")
		case r >= utf8.RuneSelf || r == '-' || r == '_' || isWordByte(byte(r)):
			b.WriteRune(r)
		default:
			b.WriteByte('\\')
			b.WriteRune(r)
		}
	}
	return b.String()
}

func FuzzCSSIdent(f *testing.F) {
	for _, s := range []string{"w-1/2", "2col", "-3x", "a.b", "é-ü", "-", "a\x00b", "\xff1", "\x7f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendCSSIdent([]byte("p > "), s)), "p > "+cssIdentByBuilder(s); got != want {
			t.Fatalf("appendCSSIdent(%q) = %q, want %q", s, got, want)
		}
	})
}
