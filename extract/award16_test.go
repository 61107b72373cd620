package extract

import (
	"strings"
	"testing"
)

// awardNameLineRead is awardNameLine as it was before it tested the last
// word's first letter and length: every end compared with EqualFold.
func awardNameLineRead(t string) bool {
	t = strings.TrimSpace(t)
	if len(t) > 90 {
		return false
	}
	last := t
	if k := strings.LastIndexByte(t, ' '); k >= 0 {
		last = t[k+1:]
	}
	if last == "" || last[0] < 'A' || last[0] > 'Z' {
		return false
	}
	for _, e := range awardEnds {
		if strings.EqualFold(last, e) {
			return !strings.ContainsAny(t, "!?:;") && fieldCount(t) <= 10
		}
	}
	return false
}

// TestAwardNameLine16 holds awardNameLine to awardNameLineRead on the golden
// and gate block texts and on written lines (each end in several cases,
// with the folding characters, near misses).
func TestAwardNameLine16(t *testing.T) {
	texts := append(goldenBlockTexts(t), gateBlockTexts(t, []string{
		"Resident Teaching Award", "Best Poster Prize", "Chief's Honor", "The Dean's Honour", "Research AWARDS", "Research Awardſ", "Research AwardS",
		"Research Awar", "Research Awardss", "Research Prizes", "Research Honors", "Research Hono", "Research Honour!", "Research Award: Jane",
		"research award", "Award", "AWARD", "Prize", "Honor", "Honour", "Humanism Award ", "One Two Three Four Five Six Seven Eight Nine Ten Eleven Award",
		"Research Ĥonor", "Teaching A\u212award", "Teaching Awar\u212a",
	})...)
	for _, s := range texts {
		if got, want := awardNameLine(s), awardNameLineRead(s); got != want {
			t.Errorf("awardNameLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzAwardNameLine16 holds awardNameLine to awardNameLineRead on any text.
func FuzzAwardNameLine16(f *testing.F) {
	for _, s := range []string{"Resident Teaching Award", "Research Awardſ", "Best Poster PRIZE", "Chief's Honour"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := awardNameLine(s), awardNameLineRead(s); got != want {
			t.Fatalf("awardNameLine(%q) = %v, want %v", s, got, want)
		}
	})
}
