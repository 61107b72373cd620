package extract

import "testing"

// checkDigitRuns holds digitRuns to the passes it replaces in findIDs.
func checkDigitRuns(t *testing.T, s string) {
	t.Helper()
	count, four, five := digitRuns(s)
	if count != countDigits(s) || four != hasDigitRunOf(s, 4) || five != hasDigitRunOf(s, 5) {
		t.Errorf("digitRuns(%q) = %d, %v, %v; want %d, %v, %v", s, count, four, five, countDigits(s), hasDigitRunOf(s, 4), hasDigitRunOf(s, 5))
	}
}

// TestDigitRuns checks digitRuns on runs of every length at every offset
// of an eight-byte step, beside every kind of byte, and on the blocks of
// the golden pages and a testweb mix.
func TestDigitRuns(t *testing.T) {
	for _, pad := range []string{"", "a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg"} {
		for n := 0; n <= 17; n++ {
			run := "12345678901234567"[:n]
			for _, around := range []string{"x", " ", "/", ":", "\x80", "\xb0", "\xb9", "é", "\xff", "0"} {
				checkDigitRuns(t, pad+run+around+pad)
				checkDigitRuns(t, pad+run+around+run+pad+pad)
				checkDigitRuns(t, pad+around+run)
			}
		}
	}
	for c := 0; c < 256; c++ {
		checkDigitRuns(t, string([]byte{byte(c), byte(c), byte(c), byte(c), byte(c), '1', '2', '3', '4', byte(c), byte(c)}))
		checkDigitRuns(t, "0123"+string(rune(c))+"4567"+string([]byte{byte(c)})+"89012")
	}
	for _, d := range goldenAndWebDocs(t) {
		for i := range d.blocks {
			checkDigitRuns(t, d.blocks[i].text)
		}
	}
}

func FuzzDigitRuns(f *testing.F) {
	for _, s := range []string{"", "1234", "ACGME 1403621089 and NRMP 1234140C0", "12/31/2024", "abc1234\xb05678901", "9999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkDigitRuns(t, s)
	})
}

// trackAfterDigitRef is trackAfterDigit as first written, a branch a byte.
func trackAfterDigitRef(s string) bool {
	for i := 1; i < len(s); i++ {
		switch s[i] | 0x20 {
		case 'a', 'c', 'm', 'p', 'r':
		default:
			continue
		}
		j := i - 1
		if (s[j] == ' ' || s[j] == '-') && j > 0 {
			j--
		}
		if isDigit(s[j]) {
			return true
		}
	}
	return false
}

func checkTrackAfterDigit(t *testing.T, s string) {
	t.Helper()
	if got, want := trackAfterDigit(s), trackAfterDigitRef(s); got != want {
		t.Errorf("trackAfterDigit(%q) = %v, want %v", s, got, want)
	}
}

// TestTrackAfterDigit checks trackAfterDigit against the branching loop
// on every byte after a digit, a digit and a separator, or a separator
// alone, at the start of a text and inside it, and on the golden and
// testweb blocks.
func TestTrackAfterDigit(t *testing.T) {
	for c := 0; c < 256; c++ {
		for _, before := range []string{"", "1", "1 ", "1-", " ", "-", "x1", "x1 ", "x1-", "1x", "1  ", "1--", "x-", "1\xc3"} {
			checkTrackAfterDigit(t, before+string([]byte{byte(c)}))
			checkTrackAfterDigit(t, before+string([]byte{byte(c)})+"z")
			checkTrackAfterDigit(t, "ab"+before+string([]byte{byte(c)}))
		}
	}
	for _, d := range goldenAndWebDocs(t) {
		for i := range d.blocks {
			checkTrackAfterDigit(t, d.blocks[i].text)
		}
	}
}

func FuzzTrackAfterDigitAsBranching(f *testing.F) {
	for _, s := range []string{"", "1C", "1234140C0", "1234 - p", "12 -R", "-C", " 1 C"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkTrackAfterDigit(t, s)
	})
}
