package extract

// The roster readers ask the same questions of every block: is one of a
// list's words in it ("resident", "fellowship"), does it name a training
// year. A block's text is read once for those of them blockHints holds, with
// the statement and cycle hints, and the year test is kept with the block.

// in reports whether one of l's words is a whole word of b's text, as
// l.in(b.text) does; for the lists blockHints reads (residentHeadWords,
// predicateRoles, fellowshipWord) without reading the text again when none
// of their words is in it.
func (b *block) in(l *wordList) bool {
	var bit uint16
	switch l {
	case &residentHeadWords:
		bit = hintResident
	case &predicateRoles:
		bit = hintPredicate
	case &fellowshipWord:
		bit = hintFellowship
	default:
		return l.in(b.text)
	}
	if b.hint()&(bit|oddFold) == 0 {
		return false
	}
	return hasAnyWord(asciiLower(b.text), l.words)
}

// Bits of block.hints that keep hasYear's answer.
const (
	yearRead  = 1 << 10
	yearFound = 1 << 11
)

// hasYear reports hasYearInText(b.text), read once.
func (b *block) hasYear() bool {
	if b.hints&yearRead == 0 {
		b.hints |= yearRead
		if hasYearInText(b.text) {
			b.hints |= yearFound
		}
	}
	return b.hints&yearFound != 0
}
