package extract

import (
	"strings"
	"testing"
)

// checkUSACues holds usaCues to the strings.Contains tests it replaces in
// norm and foldUSA.
func checkUSACues(t *testing.T, s string) {
	t.Helper()
	got := usaCues.find(s, 0)
	word := strings.Contains(s, "USA") || strings.Contains(s, "usa") || strings.Contains(s, "Usa")
	name := strings.Contains(s, "US") || strings.Contains(s, ".S") || strings.Contains(s, ".s") || strings.Contains(s, "nited") || strings.Contains(s, "NITED")
	if got&cueUSAWord != 0 != word || got&cueUSAName != 0 != name {
		t.Errorf("usaCues.find(%q) = %b, want word %v, name %v", s, got, word, name)
	}
}

// TestUSACues checks usaCues on the blocks of the golden pages and a
// testweb mix and on the words in every case and next to each other.
func TestUSACues(t *testing.T) {
	for _, s := range []string{"", "US", "U.S.", "u.s.", "USA", "Usa", "usa", "uSA", "USMLE", "United States", "UNITED STATES", "unIted", "nite", "U S", ".S.", "UsA", "USUSA", ".sUsa", "u.S"} {
		checkUSACues(t, s)
		checkUSACues(t, "x "+s+" y")
	}
	for _, d := range goldenAndWebDocs(t) {
		for i := range d.blocks {
			checkUSACues(t, d.blocks[i].text)
		}
	}
}

func FuzzUSACues(f *testing.F) {
	for _, s := range []string{"US-trained", "U.S.A.", "the usa", "United States of America", "USMLE"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkUSACues(t, s)
	})
}
