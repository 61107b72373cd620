package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
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
// words ("five" → "5"). Each fold runs only when a cheap substring test says
// its pattern can match.
func norm(s string) string {
	low := paddedLower(s)
	if strings.Contains(low, "u.") || strings.Contains(low, "e.c.f.m.g") || strings.Contains(low, "united states") {
		low = abbrevFold.Replace(low)
	}
	if hasNumberWord(low) {
		low = replaceNumberWords(low)
	}
	// both visa patterns need their letter at most three bytes before a "1"
	if letterBeforeOne(low, 'h') {
		low = h1bPattern.ReplaceAllString(low, "h1b$1 ")
	}
	if letterBeforeOne(low, 'j') {
		low = j1Pattern.ReplaceAllString(low, "j1 ")
	}
	if strings.Contains(low, "step") || strings.Contains(low, "2ck") || strings.Contains(low, "2 ck") {
		// each part needs its digit, numeral or word just after "step"
		if stepFollowedBy(low, "2", "ii", "two") || strings.Contains(low, "ck") && hasTwo(low) {
			low = step2Pattern.ReplaceAllString(low, "step2ck ")
		}
		if stepFollowedBy(low, "1", "i", "one") {
			low = step1Pattern.ReplaceAllString(low, "step1 ")
		}
		if stepFollowedBy(low, "3", "iii", "three") {
			low = step3Pattern.ReplaceAllString(low, "step3 ")
		}
	}
	if strings.Contains(low, "complex") {
		low = comlexPattern.ReplaceAllString(low, "comlex$1")
	}
	if strings.Contains(low, "level") {
		low = level1Pattern.ReplaceAllString(low, "level1 ")
		if hasTwo(low) {
			low = level2Pattern.ReplaceAllString(low, "level2 ")
		}
	}
	return collapseSpaces(low)
}

// replaceNumberWords is numberWord.ReplaceAllStringFunc(low, digitOf):
// each whole word that is a number word becomes its digits.
func replaceNumberWords(low string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(low); {
		if !isWordByte(low[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(low) && isWordByte(low[j]) {
			j++
		}
		if n := j - i; n >= 3 && n <= 6 {
			if d, ok := digitOf[low[i:j]]; ok {
				if last == 0 {
					b.Grow(len(low))
				}
				b.WriteString(low[last:i])
				b.WriteString(d)
				last = j
			}
		}
		i = j
	}
	if last == 0 {
		return low
	}
	b.WriteString(low[last:])
	return b.String()
}

// letterBeforeOne reports whether c occurs at most three bytes before a "1".
func letterBeforeOne(low string, c byte) bool {
	for i := 0; i < len(low); i++ {
		if low[i] == '1' && strings.IndexByte(low[max(0, i-4):i], c) >= 0 {
			return true
		}
	}
	return false
}

// stepFollowedBy reports whether one of alts starts within three bytes
// after a "step" (the step patterns allow a space, a hyphen and a space
// between).
func stepFollowedBy(low string, alts ...string) bool {
	for from := 0; ; {
		i := strings.Index(low[from:], "step")
		if i < 0 {
			return false
		}
		at := from + i + len("step")
		for p := at; p <= at+3 && p < len(low); p++ {
			for _, a := range alts {
				if strings.HasPrefix(low[p:], a) {
					return true
				}
			}
		}
		from = at
	}
}

// hasTwo is a cheap test for what the step 2 and level 2 patterns need: "2",
// "ii" or "two".
func hasTwo(low string) bool {
	return strings.IndexByte(low, '2') >= 0 || strings.Contains(low, "ii") || strings.Contains(low, "two")
}

// paddedLower returns " " + asciiLower(s) + " " in one allocation.
func paddedLower(s string) string {
	b := make([]byte, len(s)+2)
	b[0], b[len(b)-1] = ' ', ' '
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i+1] = c
	}
	return string(b)
}

// collapseSpaces is strings.Join(strings.Fields(s), " ") in one pass and at
// most one allocation.
func collapseSpaces(s string) string {
	// usually only the padding is to go: then a part of s is the answer
	i, j := 0, len(s)
	for i < j && s[i] == ' ' {
		i++
	}
	for j > i && s[j-1] == ' ' {
		j--
	}
	core := s[i:j]
	clean := true
	for k := 0; k < len(core); k++ {
		if c := core[k]; c >= utf8.RuneSelf || c != ' ' && asciiSpace[c] || c == ' ' && core[k+1] == ' ' {
			clean = false
			break
		}
	}
	if clean {
		return core
	}
	var b strings.Builder
	b.Grow(len(s))
	pending := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				pending = true
				i++
				continue
			}
			if pending && b.Len() > 0 {
				b.WriteByte(' ')
			}
			pending = false
			b.WriteByte(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			pending = true
			i += size
			continue
		}
		if pending && b.Len() > 0 {
			b.WriteByte(' ')
		}
		pending = false
		b.WriteString(s[i : i+size])
		i += size
	}
	return b.String()
}

// isASCIISpace reports an ASCII byte unicode.IsSpace accepts (any other
// byte, a part of a multi-byte character included, is not one).
func isASCIISpace(c byte) bool { return c < utf8.RuneSelf && asciiSpace[c] }

// asciiSpace marks the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// hasNumberWord is a cheap test for a spelled-out number up to twelve as a
// whole word (what numberWord matches): one pass over the text, looking
// closer only at the letters those words start with.
func hasNumberWord(low string) bool {
	for i := 0; i < len(low); i++ {
		var words []string
		switch low[i] {
		case 'o':
			words = []string{"one"}
		case 't':
			words = []string{"two", "three", "ten", "twelve"}
		case 'f':
			words = []string{"four", "five"}
		case 's':
			words = []string{"six", "seven"}
		case 'e':
			words = []string{"eight", "eleven"}
		case 'n':
			words = []string{"nine"}
		default:
			continue
		}
		if i > 0 && isWordByte(low[i-1]) {
			continue
		}
		for _, w := range words {
			if end := i + len(w); strings.HasPrefix(low[i:], w) && (end == len(low) || !isWordByte(low[end])) {
				return true
			}
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

// fieldCount is len(strings.Fields(s)) without building the fields.
func fieldCount(s string) int {
	n := 0
	inField := false
	for i := 0; i < len(s); {
		var space bool
		size := 1
		if c := s[i]; c < utf8.RuneSelf {
			space = asciiSpace[c]
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		if !space && !inField {
			n++
		}
		inField = !space
		i += size
	}
	return n
}
