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
