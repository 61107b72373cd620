package extract

import "strings"

// visaSpans is origVisa[t].FindAllStringIndex(text, -1), written out: the
// visa names are looked up in every visa statement's original text, and
// case-insensitive expressions are slow. Text holding "ſ" (which (?i)
// equates with s in "visa") is left to the expression.
func visaSpans(text string, t visaType) [][]int {
	if strings.Contains(text, "ſ") {
		return origVisa[t].FindAllStringIndex(text, -1)
	}
	var out [][]int
	for p := 0; p < len(text); p++ {
		c := text[p] | 0x20
		var end int
		switch {
		case t == visaJ1 && c == 'j':
			end = seqEnd(text, p+1, "wdw1")
		case t == visaH1B && c == 'h':
			if end = seqEnd(text, p+1, "wdw1wdwb"); end < 0 {
				end = seqEnd(text, p+1, "d1Wv")
			}
		default:
			continue
		}
		if end >= 0 {
			out = append(out, []int{p, end})
			p = end - 1
		}
	}
	return out
}

// seqEnd matches the tokens of seq at text[k:], trying the choices in the
// order a backtracking matcher does, and returns where the match ends (-1 if
// none): w an optional space (greedy), d an optional hyphen (greedy), 1 the
// digit with a word boundary after it when it ends seq, b the letter b in any
// case and a word boundary, W one or more spaces, v "visa" in any case.
func seqEnd(text string, k int, seq string) int {
	if seq == "" {
		return k
	}
	switch seq[0] {
	case 'w', 'd':
		if k < len(text) && (seq[0] == 'w' && isRESpace(text[k]) || seq[0] == 'd' && text[k] == '-') {
			if e := seqEnd(text, k+1, seq[1:]); e >= 0 {
				return e
			}
		}
		return seqEnd(text, k, seq[1:])
	case '1':
		if k >= len(text) || text[k] != '1' {
			return -1
		}
		if len(seq) == 1 && k+1 < len(text) && isWordByte(text[k+1]) {
			return -1
		}
		return seqEnd(text, k+1, seq[1:])
	case 'b':
		if k >= len(text) || text[k]|0x20 != 'b' || k+1 < len(text) && isWordByte(text[k+1]) {
			return -1
		}
		return seqEnd(text, k+1, seq[1:])
	case 'W':
		j := k
		for j < len(text) && isRESpace(text[j]) {
			j++
		}
		if j == k {
			return -1
		}
		return seqEnd(text, j, seq[1:])
	case 'v':
		if len(text)-k < 4 || !strings.EqualFold(text[k:k+4], "visa") {
			return -1
		}
		return seqEnd(text, k+4, seq[1:])
	}
	return -1
}

// isRESpace is the regexp package's \s: [\t\n\f\r ].
func isRESpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// condTriggerStart is where condTrigger's leftmost match in s starts, or -1:
// written out, because the case-insensitive expression runs on the text
// after every sponsored visa. Text holding a character that case folding
// equates with an ASCII letter is left to the expression.
func condTriggerStart(s string) int {
	if hasOddFold(s) {
		if loc := condTrigger.FindStringIndex(s); loc != nil {
			return loc[0]
		}
		return -1
	}
	for p := 0; p < len(s); p++ {
		if p > 0 && isWordByte(s[p-1]) {
			continue
		}
		c := s[p] | 0x20
		if c < 'a' || c > 'z' {
			continue
		}
		for _, lit := range condTriggerWords[c-'a'] {
			if e := p + len(lit); hasPrefixFold(s[p:], lit) && (e == len(s) || !isWordByte(s[e])) {
				return p
			}
		}
	}
	return -1
}

// condTriggerWords are the phrases condTrigger matches, spelled out (lower
// case) and filed by their first letter.
var condTriggerWords = func() (byFirst [26][]string) {
	var words []string
	add := func(prefixes []string, alts ...[]string) {
		out := prefixes
		for _, a := range alts {
			var next []string
			for _, o := range out {
				for _, x := range a {
					next = append(next, o+x)
				}
			}
			out = next
		}
		words = append(words, out...)
	}
	one := func(ws ...string) []string { return ws }
	add(one("only if", "only for", "only when", "only after", "only to", "if", "provided", "provided that",
		"as long as", "when", "subject to", "unless", "except", "depending on", "after passing",
		"contingent on", "contingent upon", "current holders", "existing holders"))
	add(one("for "), one("applicants", "candidates", "those", "residents", "graduates", "individuals", "exceptional",
		"highly", "outstanding", "international", "current", "people"))
	add(one("on a case", "case"), one("-", " "), one("by"), one("-", " "), one("case"))
	for i, w := range words {
		if strings.HasPrefix(w, "on a case") {
			words[i] = w + " basis"
		}
	}
	add(one("in "), one("rare", "exceptional", "limited", "select", "certain"), one(" "), one("cases", "circumstances", "situations"))
	add(one("who "), one("have", "has", "are", "hold", "already"))
	add(one("with "), one("step", "usmle", "passing", "a passing", "score", "scores", "a score"))
	add(one("current ", "existing "), one("h"), one("-", ""), one("1"), one("-", ""), one("b holder", "b holders"))
	for _, w := range words {
		byFirst[w[0]-'a'] = append(byFirst[w[0]-'a'], w)
	}
	return byFirst
}()
