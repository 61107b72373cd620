package extract

import (
	"regexp"
	"strings"
)

// Spelling variants folded to one token each, so that rules match "H1B",
// "H-1B", "H1-B", "H 1B", "H1 visa" alike; "J1"/"J-1"; "E.C.F.M.G.";
// "USMLE Step II CK", "Step 2 (CK)", "2CK"; "COMLEX Level 2-CE", "US COMPLEX".
// Visa tokens need no word boundary on the left because markup glues text
// ("forJ-1 Visastatus").
var (
	h1bPattern    = regexp.MustCompile(`h\s?-?\s?1\s?-?\s?b\b|h-?1(\s+(?:visa|status|sponsor))`)
	j1Pattern     = regexp.MustCompile(`j\s?-\s?1\b|j1\b|j 1\b`)
	step2Pattern  = regexp.MustCompile(`\b(?:usmle\s+)?step\s?-?\s?(?:2|ii|two)\s*(?:-?\s*\(?\s*ck\s*\)?|clinical knowledge)?|\busmle\s+2\s?ck\b|\b2\s?ck\b`)
	step1Pattern  = regexp.MustCompile(`\b(?:usmle\s+)?step\s?-?\s?(?:1|i|one)\b`)
	step3Pattern  = regexp.MustCompile(`\b(?:usmle\s+)?step\s?-?\s?(?:3|iii|three)\b`)
	level1Pattern = regexp.MustCompile(`\blevel\s?-?\s?(?:1|i|one)\b`)
	level2Pattern = regexp.MustCompile(`\blevel\s?-?\s?(?:2|ii|two)\s*(?:-?\s*(?:ce|pe)\b)?`)
	comlexPattern = regexp.MustCompile(`\bcomplex(?:\s*-?\s*usa)?(\s+(?:level|step|1|2|exam|scores?))|\bus\s+complex\b|usmle\s*/\s*complex\b|usmle or complex\b`)
	numberWord    = regexp.MustCompile(`\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b`)
	digitOf       = map[string]string{"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
		"seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12"}
	abbrevFold = strings.NewReplacer(
		"e.c.f.m.g.", "ecfmg", "e.c.f.m.g", "ecfmg", "u.s.a.", "us", "u.s.", "us", "u. s.", "us",
		"united states", "us", "u.s", "us",
	)
)

// norm lowercases a sentence and folds spelling variants into tokens: h1b,
// j1, ecfmg, step1, step2ck, step3, comlex, level1, level2, digits for number
// words ("five" → "5").
func norm(s string) string {
	low := " " + asciiLower(s) + " "
	low = abbrevFold.Replace(low)
	if hasNumberWord(low) {
		low = numberWord.ReplaceAllStringFunc(low, func(w string) string { return digitOf[w] })
	}
	if strings.ContainsAny(low, "1") {
		if strings.Contains(low, "h") {
			low = h1bPattern.ReplaceAllString(low, "h1b$1 ")
		}
		if strings.Contains(low, "j") {
			low = j1Pattern.ReplaceAllString(low, "j1 ")
		}
	}
	if strings.Contains(low, "step") || strings.Contains(low, "2ck") || strings.Contains(low, "2 ck") {
		low = step2Pattern.ReplaceAllString(low, "step2ck ")
		low = step1Pattern.ReplaceAllString(low, "step1 ")
		low = step3Pattern.ReplaceAllString(low, "step3 ")
	}
	if strings.Contains(low, "complex") {
		low = comlexPattern.ReplaceAllString(low, "comlex$1")
	}
	if strings.Contains(low, "level") {
		low = level1Pattern.ReplaceAllString(low, "level1 ")
		low = level2Pattern.ReplaceAllString(low, "level2 ")
	}
	return strings.Join(strings.Fields(low), " ")
}

// hasNumberWord is a cheap test for a spelled-out number up to twelve.
func hasNumberWord(low string) bool {
	for _, w := range [...]string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// asciiLower lower-cases ASCII letters only, so byte offsets are kept; the
// rules match ASCII words.
func asciiLower(s string) string {
	i := 0
	for ; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			break
		}
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		if c := b[i]; c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
