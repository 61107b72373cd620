package extract

import (
	"strings"
	"testing"
)

// twoCapitalCommasBytes is twoCapitalCommas as first written: a switch at
// every byte.
func twoCapitalCommasBytes(t string) bool {
	commas, ands := 0, 0
	for i := 0; i+2 < len(t); i++ {
		switch {
		case t[i] == ',' && t[i+1] == ' ' && t[i+2] >= 'A' && t[i+2] <= 'Z':
			commas++
		case t[i] == ' ' && (strings.HasPrefix(t[i:], " and ") || strings.HasPrefix(t[i:], " & ")):
			j := i + 5
			if t[i+1] == '&' {
				j = i + 3
			}
			if j < len(t) && t[j] >= 'A' && t[j] <= 'Z' {
				ands++
			}
		}
		if commas >= 2 || commas == 1 && ands >= 1 {
			return true
		}
	}
	return false
}

var capitalCommaSamples = []string{"Ann Lee, Bo Day, Cy Fox", "Ann Lee, Bo Day and Cy Fox", "Ann Lee & Bo Day, Cy", "a, b, c", ", A", ",,  A",
	"Ann, Bo", "x and Y, Z", "x and y, Z", " & ", ", A & B", ", A and", ", A and ", ", A and and B", "", ",", ", ", ",a, B, C"}

// TestTwoCapitalCommas and FuzzTwoCapitalCommas hold twoCapitalCommas to
// twoCapitalCommasBytes.
func TestTwoCapitalCommas(t *testing.T) {
	for _, s := range capitalCommaSamples {
		if got, want := twoCapitalCommas(s), twoCapitalCommasBytes(s); got != want {
			t.Errorf("twoCapitalCommas(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzTwoCapitalCommas(f *testing.F) {
	for _, s := range capitalCommaSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := twoCapitalCommas(s), twoCapitalCommasBytes(s); got != want {
			t.Errorf("twoCapitalCommas(%q) = %v, want %v", s, got, want)
		}
	})
}
