package extract

import (
	"math/bits"
	"regexp"
	"strings"

	"golang.org/x/net/html/atom"

	"github.com/imgfriendly/imgfriendly"
)

// What a page says about which program it is: its title and main heading,
// and the program identifiers it prints — ACGME program ids (10 digits,
// "140-36-21123" too) and NRMP program codes (institution, specialty, type
// letter, track: "1234140C0", "1234-140-C0"), with or without a label, in
// prose, lists or tables, for one program or several. These rules are kept
// apart from the fact rules: an id is never a score or a count.

var (
	// (each run only where a match can start, past a word boundary: the
	// regexp package tried them at every character of each block with
	// enough digits, a year or a telephone number)
	nrmpPattern  = startedOf(gatedRegexp{re: regexp.MustCompile(`(?i)\b(\d{4})[ -]?(\d{3})[ -]?([cparm])[ -]?(\d)\b`)}, nrmpStart).startingWith("0123456789", false)
	acgmePattern = startedOf(gatedRegexp{re: regexp.MustCompile(`\b(\d{3})-?(\d{2})-?(\d{5})\b`)}, acgmeStart).startingWith("0123456789", false)
	tenDigits    = regexp.MustCompile(`\d{10}`)

	// the fewest digits a match of each holds: a text with fewer is not
	// read with it (most blocks with a year or a date have too few)
	nrmpDigits  = minDigits(nrmpPattern.re.String())
	acgmeDigits = minDigits(acgmePattern.re.String())
)

// nrmpStart is where a match of nrmpPattern can start: four digits opening
// a word, perhaps a space or hyphen, three digits.
func nrmpStart(s string, i int) bool {
	if !digitsAt(s, i, 4) || !wordStart(s, i) {
		return false
	}
	j := i + 4
	if j < len(s) && (s[j] == ' ' || s[j] == '-') {
		j++
	}
	return digitsAt(s, j, 3)
}

// acgmeStart is where a match of acgmePattern can start: three digits
// opening a word, then a hyphen or a digit.
func acgmeStart(s string, i int) bool {
	return digitsAt(s, i, 3) && i+3 < len(s) && (s[i+3] == '-' || isDigit(s[i+3])) && wordStart(s, i)
}

// digitsAt reports n ASCII digits at s[i:].
func digitsAt(s string, i, n int) bool {
	if i+n > len(s) {
		return false
	}
	for k := i; k < i+n; k++ {
		if !isDigit(s[k]) {
			return false
		}
	}
	return true
}

// idLabelWords make the text before a 10-digit number a label naming it as
// a program id; notIDWords name other 10-digit numbers.
var (
	idLabelWords = []string{"acgme", "eras", "id", "identifier", "accreditation", "program"}
	notIDWords   = []string{"npi", "phone", "tel", "fax", "call", "ein", "tax", "mrn", "zip", "dea", "pager", "cell", "ext"}
)

// identity returns the page's title and its main heading (the first h1,
// else the first heading).
func identity(d *doc) (title, heading string) {
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role != roleHeading {
			continue
		}
		if b.node != nil && b.node.DataAtom == atom.H1 {
			return d.title, b.text
		}
		if heading == "" {
			heading = b.text
		}
	}
	return d.title, heading
}

// idGroup is the program the ids being read belong to.
type idGroup struct {
	n         int    // group number, from 1
	acgme     string // its ACGME id, once read
	specialty string // specialty code of its first id
	inst      string // NRMP institution code of its first code
	context   string
}

// pageIDs reads the ids a page prints. Ids printed for one program share a
// group; the next program starts with a second ACGME id, or with an id of
// another specialty (the specialty code is the first three digits of an
// ACGME id and the middle three of an NRMP code), or with an NRMP code of
// another institution. Tracks of one program (1234140C0, 1234140P0) stay
// together wherever the page prints them.
func pageIDs(d *doc, pageURL string) []imgfriendly.StatedID {
	var out []imgfriendly.StatedID
	seen := map[string]bool{}
	var cur *idGroup
	heading := ""
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleHeading {
			heading = b.text
		}
		var prev *block
		if i > 0 {
			prev = &d.blocks[i-1]
		}
		for _, m := range findIDs(b, prev) {
			key := string(m.kind) + m.value
			if seen[key] {
				continue
			}
			seen[key] = true
			spec, inst := m.value[:3], ""
			if m.kind == imgfriendly.IDNRMP {
				spec, inst = m.value[4:7], m.value[:4]
			}
			if cur == nil || spec != cur.specialty ||
				m.kind == imgfriendly.IDACGME && cur.acgme != "" ||
				inst != "" && cur.inst != "" && inst != cur.inst {
				n := 1
				if cur != nil {
					n = cur.n + 1
				}
				cur = &idGroup{n: n, specialty: spec, context: idContext(b, m, heading)}
			}
			if m.kind == imgfriendly.IDACGME {
				cur.acgme = m.value
			}
			if cur.inst == "" {
				cur.inst = inst
			}
			out = append(out, imgfriendly.StatedID{
				Kind: m.kind, Value: m.value, Label: m.label, Group: cur.n, Context: cur.context,
				Evidence: imgfriendly.Evidence{URL: pageURL, Text: clip(b.text, 300), Selector: b.selector()},
			})
		}
	}
	return out
}

// idContext names the program of a new group as the page does: a table
// row's first cell, the words before the id when they name a specialty
// ("Internal Medicine: ACGME 1403621123"), else the nearest heading.
func idContext(b *block, m idMatch, heading string) string {
	if b.row != nil {
		if c := rowContext(b); c != "" {
			return c
		}
		return heading
	}
	if lead := leadContext(b, m); lead != "" {
		return lead
	}
	if b.role == roleHeading {
		return strings.TrimSpace(b.text[:m.start])
	}
	return heading
}

// idMatch is one id found in a block.
type idMatch struct {
	kind       imgfriendly.IDKind
	value      string
	label      string
	start, end int // in the block's text
}

// findIDs finds the ids in one block, in text order; prev is the block
// before it (a dt labels its dd).
func findIDs(b, prev *block) []idMatch {
	text := b.text
	if len(text) < 9 || b.hint()&hintDigits == 0 {
		return nil // (blockHints, read once a block, say whether it holds a digit at all)
	}
	digits, four, five := digitRuns(text)
	if !four {
		return nil // (hasDigitRun)
	}
	var ms []idMatch
	if digits >= nrmpDigits && trackAfterDigit(text) {
		for _, loc := range nrmpPattern.FindAllStringSubmatchIndex(text, -1) {
			code := text[loc[2]:loc[3]] + text[loc[4]:loc[5]] + strings.ToUpper(text[loc[6]:loc[7]]) + text[loc[8]:loc[9]]
			ms = append(ms, idMatch{kind: imgfriendly.IDNRMP, value: code, label: labelBefore(b, prev, loc[0]), start: loc[0], end: loc[1]})
		}
	}
	if digits >= acgmeDigits && five { // (every match ends in five digits: hasDigitRunOf(text, 5))
		for _, loc := range acgmePattern.FindAllStringSubmatchIndex(text, -1) {
			if inside(ms, loc[0]) || adjoinsDigits(text, loc[0], loc[1]) {
				continue
			}
			id := text[loc[2]:loc[3]] + text[loc[4]:loc[5]] + text[loc[6]:loc[7]]
			label := labelBefore(b, prev, loc[0])
			low := strings.ToLower(label)
			if hasWord(low, notIDWords) {
				continue
			}
			a, _ := imgfriendly.ParseACGMEID(id)
			if !hasWord(low, idLabelWords) && !a.Plausible() {
				continue
			}
			ms = append(ms, idMatch{kind: imgfriendly.IDACGME, value: id, label: label, start: loc[0], end: loc[1]})
		}
	}
	// text order
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].start < ms[j-1].start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
	return ms
}

// hasDigitRun reports four digits in a row, as every id holds.
func hasDigitRun(s string) bool { return hasDigitRunOf(s, 4) }

// hasDigitRunOf reports n digits in a row.
func hasDigitRunOf(s string, n int) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			if run >= n {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// digitRuns returns how many ASCII digits s holds (countDigits) and
// whether it holds four and five of them in a row (hasDigitRunOf(s, 4),
// hasDigitRunOf(s, 5)), in one pass eight bytes a step with no branch on
// the text: findIDs asks it of every block with a digit, where the passes
// it replaces took a branch at each byte that was mispredicted at most
// digits and at the byte after.
func digitRuns(s string) (count int, four, five bool) {
	// the runs inside eight bytes (a digit whose three bytes before are
	// digits, and four), and the longest run across the start of eight
	// bytes or in the bytes after the last eight
	var in4, in5 uint64
	span := 0
	run := 0 // the digits in a row that end the bytes read
	i := 0
	for ; i+8 <= len(s); i += 8 {
		m := digitFlags(load64(s, i)) // the high bit of each digit's byte
		count += bits.OnesCount64(m)
		r4 := m & (m << 8) & (m << 16) & (m << 24)
		in4 |= r4
		in5 |= r4 & (m << 32)
		lead := bits.TrailingZeros64(^m&hiBits) >> 3 // the digits that open the eight bytes
		trail := bits.LeadingZeros64(^m&hiBits) >> 3 // and end them (8 both, when all are)
		span = max(span, run+lead)
		run = trail + run&-(lead>>3) // (all digits: the run goes on)
	}
	for ; i < len(s); i++ {
		d := int(digitByte[s[i]])
		count += d
		run = (run + 1) & -d
		span = max(span, run)
	}
	return count, in4 != 0 || span >= 4, in5 != 0 || span >= 5
}

// digitFlags sets the high bit of each byte of x that is an ASCII digit
// (and no other bit): the low seven bits of each byte plus 0x50 reach its
// high bit from '0' on, plus 0x46 from ':' on, and a byte with its high
// bit set is no ASCII byte.
func digitFlags(x uint64) uint64 {
	x7 := x &^ hiBits
	return (x7 + 0x5050505050505050) &^ (x7 + 0x4646464646464646) &^ x & hiBits
}

// digitByte is 1 for an ASCII digit, 0 for any other byte.
var digitByte = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = 1
	}
	return t
}()

// trackAfterDigit reports a letter of nrmpPattern's track ([cparm], in
// any case) right after a digit, or after a digit and a space or hyphen: a
// match holds one. findIDs asks it before running the expression, as most
// digits on a page are dates and telephone numbers with no such letter.
// The bytes are read with no branch on them (idBytes): a branch at each
// track letter was mispredicted at most of them.
func trackAfterDigit(s string) bool {
	if len(s) < 2 {
		return false
	}
	f2, f1 := uint8(0), idBytes[s[0]] // the flags of the two bytes before
	found := uint8(0)
	for i := 1; i < len(s); i++ {
		f := idBytes[s[i]]
		found |= f >> 2 & (f1 | f1>>1&f2)
		f2, f1 = f1, f
	}
	return found&1 != 0
}

// idBytes flags the bytes trackAfterDigit reads: 1 a digit, 2 a space or
// hyphen, 4 a track letter.
var idBytes = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = 1
	}
	t[' '], t['-'] = 2, 2
	for _, c := range "acmprACMPR" {
		t[c] = 4
	}
	return t
}()

func inside(ms []idMatch, pos int) bool {
	for _, m := range ms {
		if pos >= m.start && pos < m.end {
			return true
		}
	}
	return false
}

// adjoinsDigits rejects a match glued to more digits or a decimal point
// ("1403621123.5", "+11403621123").
func adjoinsDigits(s string, start, end int) bool {
	if start > 0 && (s[start-1] == '.' || s[start-1] == '+' || s[start-1] == '-' || s[start-1] == '/') {
		return true
	}
	return end < len(s) && (s[end] == '.' && end+1 < len(s) && s[end+1] >= '0' && s[end+1] <= '9' || s[end] == '-' && end+1 < len(s) && s[end+1] >= '0' && s[end+1] <= '9')
}

func hasWord(low string, words []string) bool {
	for _, w := range words {
		if containsWordAt(low, w) {
			return true
		}
	}
	return false
}

// containsWordAt reports w in s not glued to letters on either side.
func containsWordAt(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		a, e := i+j, i+j+len(w)
		if (a == 0 || !isLetter(s[a-1])) && (e == len(s) || !isLetter(s[e])) {
			return true
		}
		i = a + 1
	}
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// labelBefore is the label printed with an id: in a table, the header of
// its column or the row's first cell; in an answer, its question (a dt);
// elsewhere the words just before it in its clause ("ERAS Program ID:",
// "Categorical:").
func labelBefore(b, prev *block, pos int) string {
	if b.row != nil {
		if c, at := cellAt(b, pos); c >= 0 {
			if c < len(b.row.header) && b.row.header[c] != "" {
				return b.row.header[c]
			}
			if c > 0 && len(b.row.cells) == 2 && !hasDigitRun(b.row.cells[0]) {
				return b.row.cells[0]
			}
			if before := strings.TrimSpace(b.row.cells[c][:at]); before != "" {
				return trimLabel(lastClause(before))
			}
		}
		return ""
	}
	l := trimLabel(lastClause(b.text[:pos]))
	if l == "" && b.role == roleAnswer && prev != nil && prev.role == roleQuestion && len(prev.text) <= 48 {
		l = trimLabel(prev.text)
	}
	return l
}

// cellAt returns the index of the cell of a row block (cells joined by
// " | ") that holds text position pos, and pos's offset in it; -1 if none.
func cellAt(b *block, pos int) (int, int) {
	off, k := 0, 0
	for i, c := range b.row.cells {
		if c == "" {
			continue
		}
		if k > 0 {
			off += len(" | ")
		}
		if pos >= off && pos < off+len(c) {
			return i, pos - off
		}
		off += len(c)
		k++
	}
	return -1, 0
}

// lastClause is the end of s after its last separator: another id, a
// sentence end, a bullet, a bar, a semicolon or a comma.
func lastClause(s string) string {
	cut := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ';', '|', ',', '(', ')':
			cut = i + 1
		case '.':
			if i+1 < len(s) && s[i+1] == ' ' {
				cut = i + 1
			}
		case '-':
			if i > 0 && s[i-1] == ' ' && i+1 < len(s) && s[i+1] == ' ' {
				cut = i + 1
			}
		case 0xC2: // "·" (U+00B7) is C2 B7
			if i+1 < len(s) && s[i+1] == 0xB7 {
				cut = i + 2
			}
		case 0xE2: // "•" (U+2022) is E2 80 A2, "–"/"—" E2 80 93/94
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA2 || s[i+2] == 0x93 || s[i+2] == 0x94) {
				cut = i + 3
			}
		}
	}
	s = s[cut:]
	// an id earlier in the clause ends it too
	if loc := nrmpPattern.FindAllStringIndex(s, -1); len(loc) > 0 {
		s = s[loc[len(loc)-1][1]:]
	}
	if loc := tenDigits.FindAllStringIndex(s, -1); len(loc) > 0 {
		s = s[loc[len(loc)-1][1]:]
	}
	if len(s) > 48 {
		s = s[len(s)-48:]
		if i := strings.IndexByte(s, ' '); i >= 0 {
			s = s[i+1:]
		}
	}
	return s
}

// trimLabel strips the punctuation between a label and its id.
func trimLabel(s string) string {
	return strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), ":#=-–— "))
}

// rowContext names the program of a table row: its first cell when that
// holds no id.
func rowContext(b *block) string {
	for _, c := range b.row.cells {
		if c == "" {
			continue
		}
		if hasDigitRun(c) {
			return ""
		}
		return c
	}
	return ""
}

// leadContext is the words before an id in running text when they name a
// specialty: "Internal Medicine: ACGME 1403621123", "Lakeshore Family
// Medicine Residency | 1203621001" name the program; the label words
// themselves do not count.
func leadContext(b *block, m idMatch) string {
	segs := strings.FieldsFunc(b.text[:m.start], func(r rune) bool {
		return r == '|' || r == ':' || r == ';' || r == '·' || r == '•' || r == '(' || r == ')' || r == '—' || r == '–'
	})
	for i := len(segs) - 1; i >= 0 && i >= len(segs)-3; i-- {
		seg := segs[i]
		if j := strings.Index(seg, " - "); j >= 0 {
			seg = seg[:j]
		}
		low := strings.ToLower(seg)
		for _, w := range []string{"acgme", "nrmp", "eras", "program id", "program code", "categorical", "preliminary"} {
			if k := strings.Index(low, w); k >= 0 {
				seg, low = seg[:k], low[:k]
			}
		}
		seg = trimLabel(seg)
		if seg != "" && len(seg) <= 80 && len(imgfriendly.FindSpecialties(seg)) > 0 {
			return seg
		}
	}
	return ""
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}
