package extract

import "testing"

// FuzzOwnRoster holds ownRoster, read where a word of ownRosterStarts
// opens, to its expression run at every character (checkStarted; FuzzStarted
// reads every started expression and is slow to explore this one).
func FuzzOwnRoster(f *testing.F) {
	for _, s := range startedSamples[:2] {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkStarted(t, "ownRoster", ownRoster, s) })
}

// otherAudienceCases are clauses otherAudienceLabel or otherAudienceOnly
// match, and near misses.
var otherAudienceCases = []string{
	"usa grads: no restriction", "for usa seniors - none", " ; for american md graduates:", "canadian applicants –", "lcme students:",
	"domestic school applicants", ".. for usa/canadian graduates", "usa and canadian grads -", "for domestic medical graduates",
	"for for usa grads:", "imgs: within 5 years", "for imgs - none", "applicants: usa", "\tfor lcme grads", "americans grads:", "fo usa grads",
	"", " ", "for ", "for usa", "us grads:",
}

// checkOtherAudienceMay checks that otherAudienceMay holds wherever either
// expression it gates matches.
func checkOtherAudienceMay(t *testing.T, s string) {
	t.Helper()
	if otherAudienceMay(s) {
		return
	}
	if otherAudienceLabel.MatchString(s) || otherAudienceOnly.MatchString(s) {
		t.Errorf("otherAudienceMay(%q) = false, but an expression it gates matches", s)
	}
}

func TestOtherAudienceMay(t *testing.T) {
	matched := 0
	for _, s := range otherAudienceCases {
		checkOtherAudienceMay(t, s)
		if otherAudienceLabel.MatchString(s) || otherAudienceOnly.MatchString(s) {
			matched++
		}
	}
	if matched < 8 {
		t.Errorf("%d cases match an expression; they are meant to exercise both", matched)
	}
}

// FuzzOtherAudienceMay is TestOtherAudienceMay on any text.
func FuzzOtherAudienceMay(f *testing.F) {
	for _, s := range otherAudienceCases {
		f.Add(s)
	}
	f.Fuzz(checkOtherAudienceMay)
}

// usPronounCases hold "us" before each word usPronoun names, and near misses.
var usPronounCases = []string{
	"us clinical experience", "us citizens and us citizenship", "for us based graduates", "focus medical", "us-based", "us  clinical",
	"us clinicals", "us hospitals; us hospital", "bus training", "_us residency", "us rotations and us externship", "us",
	"join us for training", "the us residents", "9us medical",
}

func TestUSPronounStarted(t *testing.T) {
	for _, s := range usPronounCases {
		checkStarted(t, "usPronoun", usPronoun, s)
	}
}

// FuzzUSPronoun holds usPronoun, run where "us " opens a word, to its
// expression run at every character.
func FuzzUSPronoun(f *testing.F) {
	for _, s := range usPronounCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkStarted(t, "usPronoun", usPronoun, s) })
}
