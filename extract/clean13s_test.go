package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// cleanJoinedCases are parts as a walker buffers them: the line breaks and
// indentation between tags alone, or around a text, at either end or in
// the middle, and white space that is not ASCII at the ends.
var cleanJoinedCases = [][]string{
	{}, {""}, {"\n   "}, {"\n", "  ", "\t"}, {"\n  ", "Eligibility", "\n"}, {"  Visa sponsorship:  "},
	{"\n    ", "We sponsor ", "J-1", " visas.", "\n  "}, {"a", "\n", "b"}, {"\n", "a  b", " "},
	{"\u00a0", "x", "\u00a0 "}, {" \u2014 ", "\n"}, {"ok"}, {" ok"}, {"ok "}, {"ok", ""}, {"", "ok"},
	{"\n", "", "ok", "", "\n"}, {" \u200b", "a"}, {"a\tb"}, {"\n  Step\u00a01  \n"},
}

// TestCleanJoinedParts checks cleanJoined, which drops the white space at
// the ends of its parts before it looks at them, against slowClean of the
// parts joined.
func TestCleanJoinedParts(t *testing.T) {
	for _, parts := range cleanJoinedCases {
		keep := append([]string(nil), parts...)
		if got, want := cleanJoined(parts), slowClean(strings.Join(parts, "")); got != want {
			t.Errorf("cleanJoined(%q) = %q, want %q", parts, got, want)
		}
		for i := range parts {
			if parts[i] != keep[i] {
				t.Fatalf("cleanJoined(%q) wrote its argument", keep)
			}
		}
	}
}

// FuzzCleanJoinedParts cuts a text into three parts at character
// boundaries, with white space around, and checks cleanJoined against
// slowClean of the whole.
func FuzzCleanJoinedParts(f *testing.F) {
	for _, parts := range cleanJoinedCases {
		s := strings.Join(parts, "")
		f.Add(s, 1, len(s)/2, uint8(3))
	}
	pads := []string{"", " ", "\n    ", "\t", "\u00a0", "\r\n"}
	f.Fuzz(func(t *testing.T, s string, a, b int, pad uint8) {
		if a < 0 || b < a || b > len(s) || !utf8.ValidString(s[:a]) || !utf8.ValidString(s[a:b]) {
			return
		}
		p1, p2 := pads[int(pad)%len(pads)], pads[int(pad/8)%len(pads)]
		parts := []string{p1, s[:a], p2, s[a:b], s[b:], p2, p1}
		if got, want := cleanJoined(parts), slowClean(strings.Join(parts, "")); got != want {
			t.Errorf("cleanJoined(%q) = %q, want %q", parts, got, want)
		}
		if got, want := cleanJoined(parts[2:5]), slowClean(strings.Join(parts[2:5], "")); got != want {
			t.Errorf("cleanJoined(%q) = %q, want %q", parts[2:5], got, want)
		}
	})
}
