package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/imgfriendly/imgfriendly"
)

// Prose introductions of residents.
var (
	// proseConnector joins a name to a school in an introduction:
	// "Dr. Jane Smith joins us from X", "Jane Smith, a graduate of X".
	proseConnector = regexp.MustCompile(`\b(?:joins us from|comes to us from|came to us from|(?:is )?(?:a |an )?(?:recent |proud )?graduated? (?:of|from)|attended|earned (?:her|his|their) (?:MD|M\.D\.|medical degree|MBBS) (?:from|at)|completed medical school at|studied medicine at|received (?:her|his|their) (?:MD|medical degree) from)\s+`)
	// proseName is the name just before a connector.
	proseName = regexp.MustCompile(`(?:Dr\.\s+)?((?:[A-Z][\p{L}'’.-]+\s+){1,3}(?:(?:de|del|della|da|dos|du|van|von|der|den|la|le|di)\s+){0,2}[A-Z][\p{L}'’-]+),?\s+(?:\([^)]*\)\s+)?(?:who\s+)?$`)
	// proseSchoolEnd ends the school named after a connector.
	proseSchoolEnd = mustGate(`;|, [a-z]|, and\b|, where\b|, who\b| and (?:is|was|has|enjoys|loves)\b| where\b| before\b| after\b| in (?:19|20)\d\d\b| class of (?:19|20)\d\d\b`, ";", ", ", " and ", " where", " before", " after", " in 19", " in 20", " class of")
)

// fieldLabel classifies a "Label: value" line on a roster card.
func fieldLabel(label string) string {
	l := strings.TrimSpace(label)
	var buf [32]byte
	if len(l) <= len(buf) && isASCII(l) {
		l = string(appendLower(buf[:0], l)) // strings.ToLower's answer, on the stack
	} else {
		l = strings.ToLower(l)
	}
	return labelKind(l)
}

// labelMemo keeps fieldLabel's last answers for a page's cards, whose
// lines repeat a few labels ("Medical School", "Hometown", "Interests"): a
// label met again is compared with those kept, not lowered and searched
// for every kind's words again.
type labelMemo struct {
	label, kind [4]string
	n           int // answers kept so far; the next replaces entry n % 4
}

// fieldLabel is fieldLabel(l), kept.
func (m *labelMemo) fieldLabel(l string) string {
	for i := range min(m.n, len(m.label)) {
		if m.label[i] == l {
			return m.kind[i]
		}
	}
	k := fieldLabel(l)
	m.label[m.n%len(m.label)], m.kind[m.n%len(m.kind)] = l, k
	m.n++
	return k
}

// labelKind is fieldLabel of a label trimmed and lowered (strings.ToLower).
func labelKind(l string) string {
	switch {
	case strings.Contains(l, "hometown") || strings.Contains(l, "home town") || l == "from" || strings.Contains(l, "born") || strings.Contains(l, "grew up"):
		return "hometown"
	case strings.Contains(l, "undergrad") || strings.Contains(l, "bachelor") || l == "college" || l == "ba" || l == "bs" ||
		l == "b.a." || l == "b.s." || strings.Contains(l, "high school") || l == "residency" || strings.HasPrefix(l, "residency program") ||
		strings.HasPrefix(l, "residency training") || strings.Contains(l, "fellowship") ||
		strings.Contains(l, "graduate school") || strings.Contains(l, "masters") || strings.Contains(l, "master's") || l == "phd" || l == "mph":
		return "other" // an undergraduate college, a residency, a fellowship or another degree: not the medical school
	case strings.Contains(l, "school") || strings.Contains(l, "education") || strings.Contains(l, "alma mater") ||
		l == "md" || l == "m.d." || l == "mbbs" || l == "degree" || strings.Contains(l, "graduat") || l == "university" || l == "do" || strings.Contains(l, "med school"):
		return "school"
	case strings.Contains(l, "country"):
		return "country"
	case l == "pgy" || strings.Contains(l, "year") || l == "class" || l == "level" || l == "position":
		return "year"
	case strings.Contains(l, "interest") || strings.Contains(l, "hobbies") || strings.Contains(l, "fun fact") || strings.Contains(l, "bio") || strings.Contains(l, "about"):
		return "bio"
	case l == "name":
		return "name"
	}
	return "other"
}

// roster returns the residents a page lists: from data tables with a name
// and a school column, from repeated cards or list items, and from prose
// introductions.
func roster(d *doc, pageURL string) []imgfriendly.Resident {
	saved := dropInNameNicknames(d) // ('Will "Tay" Hedley' read as "Will Hedley")
	rs := rosterOf(d, pageURL)
	restoreTexts(d, saved)
	return rs
}

// rosterOf is roster, the nicknames inside names dropped.
func rosterOf(d *doc, pageURL string) []imgfriendly.Resident {
	if studentMatchPage(d, pageURL) {
		// a medical school's students and where they matched: no program's
		// residents, but for the graduates it names entering residency
		return dedupe(graduateResidents(d, pageURL))
	}
	tr, cr, pr := tableResidents(d, pageURL), cardResidents(d, pageURL), proseResidents(d, pageURL)
	if len(d.blocks) > 0 && d.blocks[0].node == nil {
		tr = append(tr, delimitedResidents(d, pageURL)...)
	}
	pr = append(pr, designatedResidents(d, pageURL)...)
	pr = append(pr, voiceResidents(d, pageURL)...)
	pr = append(pr, quotedResidents(d, pageURL)...)
	pr = append(pr, startedResidents(d, pageURL)...)
	pr = append(pr, leadInResidents(d, pageURL)...)
	pr = append(pr, exampleResidents(d, pageURL)...)
	pr = append(pr, semicolonResidents(d, pageURL)...)
	pr = append(pr, signedWelcomeResidents(d, pageURL)...)
	pr = append(pr, addressedResidents(d, pageURL)...)
	pr = append(pr, degreeAsideResidents(d, pageURL)...)
	pr = append(pr, relationResidents(d, pageURL)...)
	pr = append(pr, signatureResidents(d, pageURL)...)
	pr = append(pr, colonQuoteResidents(d, pageURL)...)
	pr = append(pr, graduateResidents(d, pageURL)...)
	pr = append(pr, inlineSignatureResidents(d, pageURL)...)
	pr = append(pr, countedResidents(d, pageURL)...)
	pr = append(pr, foreignRoleResidents(d, pageURL)...)
	var out []imgfriendly.Resident
	switch {
	case len(tr)+len(pr) == 0:
		out = cr // the usual roster: no copy
	case len(cr)+len(pr) == 0:
		out = tr
	default:
		out = make([]imgfriendly.Resident, 0, len(tr)+len(cr)+len(pr))
		out = append(append(append(out, tr...), cr...), pr...)
	}
	if !slices.ContainsFunc(out, func(r imgfriendly.Resident) bool { return r.School != "" }) {
		out = append(out, labelResidents(d, pageURL)...)
	}
	if len(out) == 0 {
		out = breakdownResidents(d, pageURL)
	}
	if len(out) > maxResidents {
		out = out[:maxResidents]
	}
	out = relateClauses(out)
	mentionSchools(d, out)
	kept := out[:0]
	for _, r := range out {
		name, ok := fullerNameOf(d, r.Name) // "Van Dyke" after "Ana Van Dyke", whichever reader took it
		if !ok {
			continue // "Van Dyke" after "Ana Van Dyke" and "Dr. Ben Van Dyke": no one person
		}
		r.Name = name
		kept = append(kept, r)
	}
	out = kept
	out = checkSchools(out)
	out = dropPastClasses(d, mergePeople(dedupe(out)))
	if len(out) <= 1 {
		out = selfResidents(d, pageURL, out)
		if len(out) == 0 {
			out = spotlightResident(d, pageURL) // a spotlight that speaks of its resident, named only by its address
		}
		if len(out) == 0 {
			out = pairResidents(d, pageURL) // a couple's story: "we started our residencies together"
		}
		if len(out) == 0 {
			out = cvResident(d, pageURL) // a CV's residency under way: "Psychiatry Residency, X, 2024 – 2028"
		}
		if len(out) == 0 {
			out = firstNamePageResident(d, pageURL) // a resident's page that names the resident by first name, as its address does
		}
		if len(out) == 0 {
			out = titleRoleResident(d, pageURL) // "A Day in the Life of a PGY-4 Resident" over "Maeve"
		}
		out = checkSchools(out)
	}
	out = dropSubspecialtyFellows(out)
	markStatedIMG(out)
	markStatedCountries(out)
	return out
}

func dedupe(rs []imgfriendly.Resident) []imgfriendly.Resident {
	if len(rs) < 2 {
		return rs
	}
	// by name first: residents are kept (and a name seen again compared
	// in full) without a map entry of three strings per resident
	first := make(map[string]int, len(rs)) // name → index in out of its first resident
	out := rs[:0]
	for _, r := range rs {
		if r.Name == "" {
			out = append(out, r) // unnamed residents are told apart by nothing: each counts
			continue
		}
		if j, ok := first[r.Name]; ok {
			if k := dupAt(out[j:], r); k >= 0 {
				if d := &out[j+k]; d.School == "" && r.School != "" {
					d.School, d.Country = r.School, r.Country // another reader of the same sentence found the school
				}
				continue
			}
		} else {
			first[r.Name] = len(out)
		}
		out = append(out, r)
	}
	return out
}

// dupAt returns the index of the first resident of rs with r's name,
// selector and evidence text, or -1.
func dupAt(rs []imgfriendly.Resident, r imgfriendly.Resident) int {
	for i := range rs {
		if rs[i].Name == r.Name && rs[i].Evidence.Selector == r.Evidence.Selector && rs[i].Evidence.Text == r.Evidence.Text {
			return i
		}
	}
	return -1
}

// tableResidents reads rows of tables whose header names a name column.
func tableResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	var table *html.Node // the table whose header cols describes
	var cols map[string]int
	ni, si, ci, yi := -1, -1, -1, -1 // cols' name, school, country and year columns (-1: none), read with cols
	sibs := &siblingMemo{}
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role != roleRow || len(b.row.header) < 2 {
			continue
		}
		if b.row.table != table || cols == nil {
			table, cols = b.row.table, headerColumns(b.row.header) // once per table
			ni, si, ci, yi = columnOf(cols, "name"), columnOf(cols, "school"), columnOf(cols, "country"), columnOf(cols, "year")
		}
		cells := b.row.cells
		if ni < 0 || ni >= len(cells) || outOfScope(d, i) {
			continue
		}
		if si < 0 {
			// a table of names alone (a directory, a list of alumni and
			// where they went) is a roster only on a roster page, with years
			if yi < 0 || !rosterPage(d) {
				continue
			}
		}
		name, ok := personName(cells[ni])
		if !ok {
			continue
		}
		r := imgfriendly.Resident{Name: name}
		if si >= 0 && si < len(cells) {
			r.School, r.Country = splitCountry(cleanSchool(cells[si]))
		}
		if ci >= 0 && ci < len(cells) && cells[ci] != "" {
			r.Country = cells[ci]
		}
		if yi >= 0 && yi < len(cells) {
			r.Year = cells[yi]
		}
		r.Evidence = imgfriendly.Evidence{URL: pageURL, Text: b.text, Selector: b.selectorIn(sibs)}
		if out == nil {
			// the rows of tables with a header left bound the residents:
			// grow once, not by doubling
			n := 0
			for k := i; k < len(d.blocks); k++ {
				if d.blocks[k].role == roleRow && len(d.blocks[k].row.header) >= 2 {
					n++
				}
			}
			out = make([]imgfriendly.Resident, 0, n)
		}
		out = append(out, r)
	}
	return out
}

// columnOf is cols[kind], or -1 when cols has no column of the kind.
func columnOf(cols map[string]int, kind string) int {
	if j, ok := cols[kind]; ok {
		return j
	}
	return -1
}

// headerColumns maps each kind of roster field to its first column.
func headerColumns(header []string) map[string]int {
	cols := map[string]int{}
	for j, h := range header {
		kind := fieldLabel(h)
		hl := strings.ToLower(h)
		switch {
		case strings.Contains(hl, "name") || strings.Contains(hl, "resident"):
			kind = "name"
		case kind == "other" && len(hl) <= 20 && hasAnyWord(hl, imgColumnWords):
			kind = "img" // "International", "IMG?": a column flagging IMGs
		}
		if k, dup := cols[kind]; !dup || kind == "school" && isMedSchoolLabel(h) && !isMedSchoolLabel(header[k]) {
			cols[kind] = j // the first column of each kind; the medical school's over "Education"
		}
	}
	return cols
}

// plainCardLines is the most lines a plain-text card holds.
const plainCardLines = 6

// card is a run of blocks under one repeated element (a resident's card or
// list item): the blocks d.blocks[i] for i in seq[from:to], where seq lists
// the page's blocks that are no table rows.
type card struct {
	node     *html.Node
	from, to int
}

// cardResidents groups blocks by their repeated container and reads a
// resident from each group that starts with a person's name.
func cardResidents(d *doc, pageURL string) []imgfriendly.Resident {
	names := pageNames(d)
	if !anyName(d, names) {
		return nil // no line on the page is a person's name
	}
	var cards []card
	seq := make([]int, 0, len(d.blocks))
	rep := make(map[*html.Node]bool, len(d.blocks))
	// the card of the last block's element: blocks of one element are
	// read in a row, and cardOf, a function of the element, is asked
	// once for them (a map of every element asked about was kept before,
	// and was asked again for 92 of 3,463 blocks over the testweb mix)
	var lastNode, lastCard *html.Node
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow {
			continue
		}
		var c *html.Node
		if b.node != nil {
			if b.node != lastNode {
				lastNode, lastCard = b.node, cardOf(b.node, rep)
			}
			c = lastCard
		}
		seq = append(seq, i)
		if n := len(cards); c != nil && n > 0 && cards[n-1].node == c {
			cards[n-1].to++
			continue
		}
		// In plain text a card is a name line and the few lines under it,
		// up to the next name line or heading ("Jane Doe" / "PGY-2" /
		// "Medical School: X").
		if n := len(cards); b.node == nil && n > 0 && cards[n-1].node == nil && cards[n-1].to-cards[n-1].from < plainCardLines &&
			b.role != roleHeading && names.kind(d, i)&(nameIs|nameRest) == 0 && names.kind(d, seq[cards[n-1].from])&(nameIs|nameYear) != 0 &&
			d.blocks[seq[cards[n-1].to-1]].line+2 >= b.line {
			cards[n-1].to++
			continue
		}
		// without a repeated container, one block per card
		cards = append(cards, card{node: c, from: len(seq) - 1, to: len(seq)})
	}
	var out []imgfriendly.Resident
	var places []place
	var isMatch int8 // matchPage's answer: 0 not yet known, 1 yes, 2 no
	rosterish := rosterPage(d)
	saidResident := false // a card's own line says its person is a resident
	asked := 0            // namedAsResident reads the whole page: asked of two names at most
	askNamed := func(name string) bool { asked++; return namedAsResident(d, name) }
	var labels labelMemo // the cards' field labels, read once each
	for ci, c := range cards {
		if outOfScope(d, seq[c.from]) {
			continue
		}
		r, at, ok := cardResident(d, seq[c.from:c.to], c.node, names, &labels)
		if !ok {
			continue
		}
		role := cardRole(d, seq[c.from:c.to])
		if role == roleOther || c.node == nil && leaderTitleAbove(d, seq[c.from]) {
			continue // "Hospitalist", "Residency: Mercy Hospital": faculty or staff
		}
		if role == roleNone && c.node == nil && c.to-c.from >= 2 {
			// (a name line alone under the title is a list's: groupedNameResidents)
			if y, ok := residentTitleAbove(d, seq[c.from]); ok {
				role = roleResident // "PGY-2 Resident" / "Dr. Jane Doe" / "University of X": the title over the name is the card's
				if r.Year == "" {
					r.Year = y
				}
			}
		}
		if role == roleNone && c.to-c.from == 1 && d.blocks[seq[c.from]].role == roleHeading && headingStaff(d, seq[c.from], r.Name, names) {
			continue // a name heading over its section: "Jane Doe" / "Jane Doe, M.D., Professor, Nephrology"
		}
		if role == roleResident {
			saidResident = true
		}
		if r.School == "" && r.Year == "" && role != roleResident && (!rosterish || c.node == nil) &&
			(asked >= 2 || !askNamed(r.Name)) {
			continue // a lone capitalised line is a heading more often than a resident
		}
		if destination(d, r.School, &isMatch) {
			continue // "Jane Doe — Pediatrics — University of X" in a match list: a student's destination
		}
		r.Evidence.URL = pageURL
		if out == nil {
			// the cards left bound the residents: grow once, not by doubling
			out = make([]imgfriendly.Resident, 0, len(cards)-ci)
			places = make([]place, 0, len(cards)-ci)
		}
		out = append(out, r)
		places = append(places, at)
	}
	if len(out) == 1 && !rosterish && !trainingYear(out[0].Year) && !saidResident && !namedAsResident(d, out[0].Name) {
		return nil // one name on a page is a contact or an author, not a roster (unless a training year says resident)
	}
	sibs := &siblingMemo{}
	for i := range out {
		out[i].Evidence.Selector = places[i].selector(sibs) // only for residents kept
	}
	return out
}

// leaderTitleAbove reports a plain-text name line right under a short
// title line of a leader's or staff role ("Program Director" / "Jane
// Doe"): the name is that person's, whatever the lines under it say (a
// card's lines may run into the next section's title, "Chief Residents'
// Welcome Message"). A field line ("Interests: cardiology") is no title.
func leaderTitleAbove(d *doc, i int) bool {
	if i == 0 {
		return false
	}
	p := &d.blocks[i-1]
	if p.role == roleRow || p.line+2 < d.blocks[i].line || strings.IndexByte(p.text, ':') >= 0 || fieldCount(p.text) > 6 {
		return false
	}
	return p.lineRole() == roleOther
}

// residentTitleAbove reports a plain-text name line right under a short
// title line of one resident's role ("PGY-2 Resident", "Intern", "Chief
// Resident" / "Dr. Jane Doe"), as leaderTitleAbove does a leader's: the
// role is the card's. It returns the title when it is a training year.
func residentTitleAbove(d *doc, i int) (string, bool) {
	if i == 0 {
		return "", false
	}
	p := &d.blocks[i-1]
	if p.role == roleRow || p.line+2 < d.blocks[i].line || fieldCount(p.text) > 4 || strings.IndexByte(p.text, ':') >= 0 {
		return "", false
	}
	if trainingYear(p.text) {
		return p.text, true
	}
	return "", residentTitleLine(p.text)
}

// residentTitleLine reports one resident's title: "Resident", "Intern" or
// "Resident Physician" after training modifiers alone ("Chief Resident",
// "Second-Year Resident", "Internal Medicine Intern"). A plural
// ("Residents"), a group ("Resident Wellness Committee") or another noun
// after the role ("Resident winner") is none.
func residentTitleLine(t string) bool {
	low := asciiLower(strings.TrimSpace(t))
	low = strings.TrimSuffix(low, " physician")
	for _, role := range [...]string{"resident", "intern"} {
		if low == role {
			return true
		}
		if strings.HasSuffix(low, " "+role) {
			return trainingModifiers(low[:len(low)-len(role)-1])
		}
	}
	return false
}

// place is where a card resident's evidence is: the card element, else the
// block.
type place struct {
	node *html.Node
	blk  *block
}

func (p place) selector(sibs *siblingMemo) string {
	if p.node != nil {
		return selectorOf(p.node, sibs)
	}
	return p.blk.selectorIn(sibs)
}

// anyName reports whether some block is, or starts with, a person's name.
func anyName(d *doc, names nameMemo) bool {
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow {
			continue
		}
		if names.kind(d, i)&(nameIs|nameRest) != 0 {
			return true
		}
	}
	return false
}

// nameReading is what a block says as a card's name line: a whole-line name
// (personName), else a name with the rest of a one-line entry (nameWithRest).
type nameReading struct {
	name     string
	rest     string
	year     string // a year in parentheses after the name, when that is all the rest
	isName   bool
	withRest bool
}

// hasNameSeparator reports a separator of a one-line entry in t.
func hasNameSeparator(t string) bool {
	return containsAny(t, "—–-|·:")
}

// nameMemo keeps, by block index, which kind of name line each block is
// (nameRead, with nameIs or nameWithRest): anyName, cardResident and
// oneLineEntry ask about the same blocks. Only the kind is kept, one byte a
// block; the few name lines a roster uses are read again for the name itself.
type nameMemo []uint8

const (
	nameRead uint8 = 1 << iota
	nameIs
	nameRest
	nameYear // nameRest whose rest is the training year alone: "Jane Doe, MD, PGY-2"

	// groupNameAt's answers for a block the memo has not read (nameRead
	// clear): namePerson when personName was asked (nameIs holds its
	// answer), nameFirstRead when firstNames was (nameFirstOne: it found
	// one first name). kind and read read the block over them.
	namePerson
	nameFirstRead
	nameFirstOne
)

// pageNames returns the page's nameMemo, made on first use: the card and
// predicate readers ask about the same lines.
func pageNames(d *doc) nameMemo {
	if d.names == nil {
		d.names = make(nameMemo, len(d.blocks))
	}
	return d.names
}

// kind returns the memoised kind of block i's name line.
func (m nameMemo) kind(d *doc, i int) uint8 {
	if m[i]&nameRead == 0 {
		m.read(d, i)
	}
	return m[i]
}

// read returns block i's reading: read and remembered on first use; later,
// nothing when the memo says it is no name line, else the line read again.
func (m nameMemo) read(d *doc, i int) nameReading {
	if m[i]&nameRead != 0 && m[i]&(nameIs|nameRest) == 0 {
		return nameReading{}
	}
	r := readNameOf(&d.blocks[i])
	m[i] = nameRead
	if r.isName {
		m[i] |= nameIs
	}
	if r.withRest {
		m[i] |= nameRest
		if r.year != "" && r.rest == "" {
			m[i] |= nameYear
		}
	}
	return r
}

// readName is the name reading of a line.
func readName(t string) nameReading {
	return readNameOf(&block{text: t})
}

// readNameOf reads block b's text as a name line, with the block's own
// year test (kept for the other readers that ask it).
func readNameOf(b *block) nameReading {
	t := b.text
	var r nameReading
	if !gatesOff && !mayOpenName(t) {
		return r // (every reading below is personName of the line or of a part that opens it)
	}
	r.name, r.isName = personName(t)
	// nameWithRest's separators all hold one of these characters
	if !r.isName && hasNameSeparator(t) {
		r.name, r.year, r.rest, r.withRest = nameWithRest(t)
	}
	if !r.isName && !r.withRest && strings.IndexByte(t, ',') > 0 && (b.hasYear() || yearField(t)) {
		// "Jane Doe, MD, PGY-3", "Jane Doe, PGY-1, 2021-2022": a name, its
		// degrees and its training year
		r.name, r.year, r.withRest = nameDegreesYear(t)
		if !r.withRest {
			// "Jane Doe, MD, PGY-3, University of X": the school after the year
			r.name, r.year, r.rest, r.withRest = nameYearSchool(t)
		}
	}
	if !r.isName && !r.withRest && strings.HasSuffix(t, ")") {
		// "Jane Doe, MD (PGY-III)": a name and the year in parentheses
		if i := strings.LastIndexByte(t, '('); i > 0 {
			if y := strings.TrimSpace(t[i+1 : len(t)-1]); shortAside(y) && (isYearLine(y) || romanYear.MatchString(y)) {
				if n, ok := personName(t[:i]); ok {
					r.name, r.year, r.withRest = n, y, true
				}
			} else if schoolShaped(cleanSchool(y)) && !titleWords.in(y) {
				// "Jane Doe, MD (University of X School of Medicine)"
				if n, ok := personName(t[:i]); ok {
					r.name, r.rest, r.withRest = n, y, true
				}
			}
		}
	}
	return r
}

// mayOpenName reports whether a person's name can open t: false when the
// first or second word of t (after a title; words end at a space or comma,
// the second also at a colon) is a word nameWords takes for no name's (a
// heading or role word, a possessive, an acronym, a word that is not
// capitalised or holds other characters than a name's). Every reading of
// readNameOf is personName of t or of a part of t that opens it and holds
// both words (a name has two at least; a nickname personName drops is the
// second word). A word with a quote, a parenthesis ("Dr. (Sam) Lee"), a
// non-ASCII character or other white space than a space, a first word that
// is an office stripOffice drops, a military rank (stripRank), or a line of
// one word is read in full.
func mayOpenName(t string) bool {
	t = stripTitle(strings.TrimSpace(t))
	if _, ok := stripRank(t); ok {
		return true // "LCDR Mia Ray", "2LT Bo Li": a rank, read in full
	}
	end := 0
	for end < len(t) && t[end] != ' ' && t[end] != ',' {
		if readInFull(t[end]) {
			return true
		}
		end++
	}
	if mayBeOffice(t[:end]) {
		return true
	}
	if !wordMayName(t[:end], false) {
		return false
	}
	from := end
	for from < len(t) && (t[from] == ' ' || t[from] == ',') {
		from++
	}
	end = from
	for end < len(t) && t[end] != ' ' && t[end] != ',' && t[end] != ':' {
		if readInFull(t[end]) {
			return true
		}
		end++
	}
	return end == from || wordMayName(t[from:end], true)
}

// mayBeOffice reports whether w, in lower case, is one of officeTitles: a
// word of their lengths (4 to 14 bytes) and first letters is looked up.
func mayBeOffice(w string) bool {
	if len(w) < 4 || len(w) > 14 || strings.IndexByte("pvcrstdalPVCRSTDAL", w[0]) < 0 {
		return false
	}
	var buf [16]byte
	return officeTitles[string(lowerInto(buf[:], w))]
}

// readInFull reports a byte of a word mayOpenName leaves to the readers.
func readInFull(c byte) bool {
	switch c {
	case '"', '(', '\t', '\n', '\v', '\f', '\r':
		return true
	}
	return c >= utf8.RuneSelf
}

// wordMayName is nameWords' test of one ASCII word: false when the word
// makes the phrase no name. A later word may be a middle initial.
func wordMayName(w string, later bool) bool {
	if later && len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z' {
		return true
	}
	var buf [24]byte
	lw := lowerInto(buf[:], trimNamePunct(w))
	class := nameClassOf(lw)
	if class&classNotName != 0 || possessive(lw) || participle(lw) {
		return false
	}
	if class&classParticle != 0 {
		return true
	}
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.' || c == '\'' || c == '-') {
			return false
		}
	}
	return len(w) <= 3 || !isUpper(w) || strings.Contains(w, ".")
}

// shortAside reports a parenthesis that can be a name's training year
// ("PGY-2", "PGY-III, chief"): a few words, no sentence. A note
// ("PGY-1 only. Paid with the first check") after a benefit's name is no
// resident's year.
func shortAside(y string) bool {
	return fieldCount(y) <= 3 && !strings.Contains(y, ". ")
}

// trainingYear reports a year of residency training ("PGY-2", "R3",
// "Intern"), not a graduating class, which alumni and students have too.
func trainingYear(y string) bool {
	return y != "" && (isYearLine(y) || romanYear.MatchString(y)) && !strings.Contains(asciiLower(y), "class")
}

// nameDegreesYear reads a name line whose trailing comma-separated fields
// are degrees, a training year and an academic year, one of them a training
// year: the name and the year, or ok false.
func nameDegreesYear(t string) (name, year string, ok bool) {
	parts := strings.Split(t, ",")
	k := len(parts)
	degreed := false
	for k > 1 {
		p := strings.TrimSpace(parts[k-1])
		switch {
		case len(p) <= len("preliminary medicine") && trainingYear(p): // ("PGY-2", "PGY IV", "Chief Resident")
			if year == "" {
				year = p
			}
		case isDegree(p):
			degreed = true
		case academicYear.MatchString(p):
		default:
			k = -k // (stop)
		}
		if k < 0 {
			k = -k
			break
		}
		k--
	}
	if year == "" || k < 1 {
		return "", "", false
	}
	name, ok = personNameOf(strings.Join(parts[:k], ","), degreed)
	if !ok {
		return "", "", false
	}
	return name, year, true
}

// nameYearSchool reads a one-line entry whose comma-separated fields are a
// name, its degrees, a training year and then the medical school, the
// school's own commas kept: "Jane Doe, MD, PGY-3, University of X School of
// Medicine", "Jane Doe (PGY-2), X Medical College, Town". The name, the
// year and the school, or ok false (no training year — an alumnus's "Class
// of 2019" is none —, or no school's form after it, or a fellowship or
// residency named there: a destination).
func nameYearSchool(t string) (name, year, school string, ok bool) {
	parts := strings.Split(t, ",")
	for k := 0; k+1 < len(parts); k++ {
		p := strings.TrimSpace(parts[k])
		head := ""
		if y, h, in := yearAside(p); in {
			p, head = y, h // "Jane Doe (PGY-2)": the name and the year in one field
		}
		if len(p) > len("preliminary medicine") || !trainingYear(p) {
			continue
		}
		school = strings.TrimSpace(strings.Join(parts[k+1:], ","))
		if !schoolShaped(cleanSchool(school)) || destinationWords.in(school) {
			return "", "", "", false
		}
		j := k
		for j > 1 && isDegree(strings.TrimSpace(parts[j-1])) {
			j--
		}
		n := strings.Join(parts[:j], ",")
		if head != "" {
			if j < k {
				return "", "", "", false // "Jane Doe, MD, X (PGY-2)"
			}
			n = strings.Join(append(parts[:k:k], head), ",")
		}
		if name, ok = personNameOf(n, true); !ok { // (the year binds the words to a person)
			return "", "", "", false
		}
		return name, p, school, true
	}
	return "", "", "", false
}

// yearAside splits a field that ends with a training year in parentheses,
// "Jane Doe (PGY-3)", "Jane Doe, MD (R2)": the year and the text before it.
func yearAside(p string) (year, head string, ok bool) {
	if !strings.HasSuffix(p, ")") {
		return "", "", false
	}
	i := strings.LastIndexByte(p, '(')
	if i <= 0 {
		return "", "", false
	}
	y := strings.TrimSpace(p[i+1 : len(p)-1])
	if !shortAside(y) || !trainingYear(y) {
		return "", "", false
	}
	return y, strings.TrimSpace(p[:i]), true
}

// academicYear is a year span: "2021-2022", "2023–24".
var academicYear = regexp.MustCompile(`^(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d$`)

// romanYear is a training year in Roman numerals: "PGY-III", "R-II".
var romanYear = regexp.MustCompile(`(?i)^(?:pgy|r)[- ]?(?:i{1,3}|iv|v|vi|vii)$`)

// yearField reports a comma-separated field after the first of t that is
// a training year the block's year test does not know: "Jane Doe, DO,
// R2", "Jane Doe, Chief Resident, …", "Jane Doe, MD, PGY-III".
func yearField(t string) bool {
	_, rest, _ := strings.Cut(t, ",")
	for rest != "" {
		var f string
		f, rest, _ = strings.Cut(rest, ",")
		if f = strings.TrimSpace(f); len(f) <= len("preliminary medicine") && len(f) >= 2 && trainingYear(f) {
			return true
		}
	}
	return false
}

// romanYearField reports a comma-separated field after the first of t that
// is a training year in Roman numerals: "Jane Doe, PGY II", "Jane Doe, MD,
// PGY-III" (the year tests of a block read Arabic years only).
func romanYearField(t string) bool {
	_, rest, _ := strings.Cut(t, ",")
	for rest != "" {
		var f string
		f, rest, _ = strings.Cut(rest, ",")
		if f = strings.TrimSpace(f); len(f) <= len("pgy-viii") && len(f) >= 2 && romanYear.MatchString(f) {
			return true
		}
	}
	return false
}

// cardOf returns the nearest ancestor-or-self of n that is one of several
// like siblings (same tag and class): a card, a list item, a tab entry.
func cardOf(n *html.Node, rep map[*html.Node]bool) *html.Node {
	var found *html.Node
	depth := 0
	for x := n; x != nil && x.Type == html.ElementNode && depth < 6; x = x.Parent {
		if x.DataAtom == atom.Body || x.DataAtom == atom.Main || x.DataAtom == atom.Html {
			break
		}
		if x.DataAtom != atom.P && x.DataAtom != atom.Br && x.DataAtom != atom.Span && x.DataAtom != atom.Strong && x.DataAtom != atom.B && repeatedMemo(x, rep) {
			found = x
			break
		}
		if x == n && x.DataAtom == atom.P && x.FirstChild != nil && x.FirstChild.NextSibling != nil && linesByBreaks(x) && repeatedMemo(x, rep) {
			found = x // a paragraph of lines ("Jane Roe, MD<br>PGY-2<br>Lakeside University"), one of several
			break
		}
		depth++
	}
	if found == nil {
		// a lone card: no sibling to repeat, but named like one
		depth = 0
		for x := n; x != nil && x.Type == html.ElementNode && depth < 6; x = x.Parent {
			if x.DataAtom == atom.Body || x.DataAtom == atom.Main {
				break
			}
			if isCardClass(attr(x, "class")) {
				found = x
				break
			}
			depth++
		}
	}
	return found
}

// linesByBreaks reports a paragraph whose children are short lines parted
// by <br>, a person's name the first of them: two breaks at least, and no
// line of text longer than a card's.
func linesByBreaks(p *html.Node) bool {
	brs := 0
	var first strings.Builder
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode && c.DataAtom == atom.Br:
			brs++
		case c.Type == html.TextNode && len(c.Data) > 120:
			return false
		case brs == 0 && c.Type == html.TextNode:
			first.WriteString(c.Data)
		case brs == 0 && c.Type == html.ElementNode && c.FirstChild != nil && c.FirstChild.Type == html.TextNode:
			first.WriteString(c.FirstChild.Data) // "<strong>Jane Roe, MD</strong>"
		}
	}
	if brs < 2 {
		return false
	}
	_, ok := personName(first.String())
	return ok
}

// cardClasses are the class names of a resident's card (any case).
var (
	cardClassPattern = regexp.MustCompile(`(?i)card|resident|person|profile|member|people|staff|intern`)
	cardClasses      = newFoldedKeywordSet([]string{"card", "resident", "person", "profile", "member", "people", "staff", "intern"})
)

// isCardClass is cardClassPattern.MatchString, read in one keyword scan.
func isCardClass(class string) bool {
	if hasOddFold(class) {
		return cardClassPattern.MatchString(class)
	}
	return cardClasses.find(class, 1) != 0
}

// repeatedMemo is repeated with its answers kept in rep.
func repeatedMemo(x *html.Node, rep map[*html.Node]bool) bool {
	if r, ok := rep[x]; ok {
		return r
	}
	r := repeated(x)
	rep[x] = r
	return r
}

// repeated reports whether x has a sibling with the same tag and class.
func repeated(x *html.Node) bool {
	if x.Parent == nil {
		return false
	}
	cls := attr(x, "class")
	for s := x.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s != x && s.Type == html.ElementNode && s.DataAtom == x.DataAtom && attr(s, "class") == cls {
			return true
		}
	}
	return false
}

// cardResident reads one card: the first line that is a person's name, the
// school (labelled, or the first unlabelled line that is not a year, a
// hometown, a caption or a biography), the year and any stated country.
func cardResident(d *doc, blocks []int, node *html.Node, names nameMemo, labels *labelMemo) (imgfriendly.Resident, place, bool) {
	var r imgfriendly.Resident
	nameAt := -1
	for i, j := range blocks {
		if i > 2 {
			break
		}
		b := &d.blocks[j]
		nr := names.read(d, j)
		if nr.isName {
			r.Name, nameAt = nr.name, i
			break
		}
		if nr.withRest && nr.year != "" && nr.rest == "" {
			// "Jane Doe, MD, PGY-2": a name line that carries its year;
			// the card's lines under it still give the school
			r.Name, r.Year, nameAt = nr.name, nr.year, i
			break
		}
		if nr.withRest {
			r.Name = nr.name
			r.Evidence.Text = b.text
			if nr.rest != "" {
				parseRest(&r, nr.rest)
			}
			if nr.year != "" {
				r.Year = nr.year // (the year the name's own field gave: "Jane Doe (PGY-3) — University of X")
			}
			return r, place{blk: b}, true
		}
	}
	if nameAt < 0 {
		return r, place{}, false
	}
	nameBlock := &d.blocks[blocks[nameAt]]
	var ev []string
	ev = append(ev, nameBlock.text)
	school, hometown := "", ""
	medical := false  // school came from a label naming the medical school
	labelled := false // school came from a label or an alumnus line
	for _, j := range blocks[nameAt+1:] {
		t := d.blocks[j].text
		if bylineLine(t) {
			continue // "Lakeview Internal Medicine" / "By Ana Ruiz, MD, PGY-2": the year is the author's
		}
		if lbl, val, ok := labelValue(t); ok {
			switch labels.fieldLabel(lbl) {
			case "school":
				// "Medical School:" beats "Education:" or an unlabelled line
				if m := isMedSchoolLabel(lbl); school == "" || m && !medical {
					school, medical, labelled = val, m, true
				}
				ev = append(ev, t)
				continue
			case "hometown":
				hometown = val
				continue
			case "year":
				r.Year = val
				continue
			case "country":
				r.Country = val
				continue
			case "bio", "other", "name":
				continue
			}
		}
		if !labelled {
			if a := alumSchool(t); a != "" {
				// "KUSOM Alum 2022": the school of its alumnus, over an
				// unlabelled line (a signature's site: "Harbor Medical Center")
				school, labelled = a, true
				ev = append(ev, t)
				continue
			}
		}
		if sameNameLine(d, j, names, r.Name) {
			// the card's name again, as a caption writes it ("Jane Doe, MD -
			// CA 3" under "Doe, Jane MD"): its year, never a school
			if y := strings.TrimSpace(names.read(d, j).rest); r.Year == "" && y != "" && len(y) < 40 && isYearLine(y) {
				r.Year = y
			}
			continue
		}
		n := fieldCount(t) // (asked up to four times below)
		switch {
		case len(t) < 40 && isYearLine(t):
			if r.Year == "" {
				r.Year = yearInText(t)
				if r.Year == "" {
					r.Year = t
				}
			}
			// "PGY-2 · University of X": the school may share the year's line
			if rest := strings.TrimSpace(strings.Trim(removeYearInText(t), " ,|-·*")); rest != "" && school == "" && isSchoolLine(rest) {
				school = rest
			}
		case isCaption(t), n > 3 && isFirstPerson(t):
		case strings.HasSuffix(t, ".") && n > 5, n > 14:
		case n <= 6 && titleWords.in(t) && !facultyOfSchool(t):
			return r, place{}, false // "Associate Professor of Medicine": faculty, not a resident
		case school == "" && node == nil && signatureLine(t):
			// "Sam Ade, MBBS - PGY-II": the next person's signature, no school
		case school == "" && t != hometown && (node != nil && nameShaped(cleanSchool(t)) || schoolShaped(cleanSchool(t))):
			// (a card's element sets its lines apart: a school there may be
			// a short name, "Ross", "Miami-Miller", "UC San Francisco"; a
			// line of advice, "Ask for help early.", is none)
			school = t
			ev = append(ev, t)
		}
	}
	_ = hometown
	r.School, r.Country = splitCountryKeep(cleanSchool(school), r.Country)
	r.Evidence.Text = strings.Join(ev, " | ")
	return r, place{node: node, blk: nameBlock}, true
}

// facultyOfSchool reports a school's name whose only title word is the
// "Faculty of" a school is named by: "University of X Faculty of
// Medicine" is a school, no teacher's title.
func facultyOfSchool(t string) bool {
	return strings.Contains(t, "Faculty of") && schoolShaped(cleanSchool(t)) && !titleWords.in(strings.ReplaceAll(t, "Faculty of", ""))
}

// titleWords on a short card line make the card a faculty or staff member's.
var titleWords = newWordList("professor", "director", "chair", "chairman", "attending", "faculty", "coordinator",
	"dean", "instructor", "lecturer", "administrator")

// nameWithRest splits a one-line entry "Smith, Jane — University of X
// (PGY-2)" or "Dr. Jane Smith | PGY-1 | University of X" into the name and
// the rest.
func nameWithRest(t string) (name, year, rest string, ok bool) {
	for _, sep := range []string{" — ", " – ", " - ", " | ", " · ", " : ", ": "} {
		i := strings.Index(t, sep)
		if i <= 0 {
			continue
		}
		n, ok := personName(afterGluedDegree(t[:i]))
		year = ""
		if !ok {
			// "Dr. Jane Smith (PGY-3) — University of X": the year the name carries
			var head string
			if year, head, ok = yearAside(strings.TrimSpace(t[:i])); ok {
				n, ok = personName(head)
			}
		}
		if !ok || strings.HasSuffix(sep, ": ") && cardLabelWords.in(n) {
			continue // "Fun Fact: I …", "Medical School: X": a card's label line, not a name
		}
		rest := strings.TrimSpace(t[i+len(sep):])
		if !hasYearInText(rest) && !isYearLine(rest) && !restHasSchool(rest) {
			continue // "Grand Rounds: Sepsis update", "Visa Status: J-1 through ECFMG" are no residents
		}
		return n, year, rest, true
	}
	return "", "", "", false
}

// sameNameLine reports a card's line j that is a name line (alone, or with
// the rest of a one-line entry) of the person named: only a line holding
// the name's last word is read as a name line.
func sameNameLine(d *doc, j int, names nameMemo, name string) bool {
	k := strings.LastIndexByte(name, ' ')
	if k < 0 || !strings.Contains(d.blocks[j].text, name[k+1:]) {
		return false
	}
	nr := names.read(d, j)
	return (nr.isName || nr.withRest) && personKey(nr.name) == personKey(name)
}

// afterGluedDegree returns the text after a degree glued to the next
// capitalised word, as an image's caption pasted before a card's name line
// leaves it ("Doe, Jane MDJane Doe, MD" → "Jane Doe, MD"); t when there is
// none.
func afterGluedDegree(t string) string {
	for i := 1; i+3 < len(t); i++ {
		if t[i-1] != ' ' || t[i] < 'A' || t[i] > 'Z' {
			continue
		}
		for _, deg := range [...]string{"MD", "DO", "MBBS", "PhD"} {
			if strings.HasPrefix(t[i:], deg) && i+len(deg)+1 < len(t) {
				if c, n := t[i+len(deg)], t[i+len(deg)+1]; c >= 'A' && c <= 'Z' && n >= 'a' && n <= 'z' {
					return t[i+len(deg):]
				}
			}
		}
	}
	return t
}

// cardLabelWords name the fields of a resident's card: a line "Fun Fact:
// …" is a field, not a person named "Fun Fact".
var cardLabelWords = newWordList("fun fact", "fun facts", "hometown", "home town", "hobbies", "interests",
	"about me", "bio", "favorite", "favourite", "why", "outside of medicine", "medical school", "college",
	"undergraduate", "residency", "fellowship", "career goals", "currently living", "living in", "languages")

// restHasSchool reports whether a part of a one-line entry's rest has a
// school's form.
func restHasSchool(rest string) bool {
	found := false
	eachPart(rest, restSeparators, func(p string) {
		if !found && schoolShaped(cleanSchool(strings.Trim(strings.TrimSpace(p), ",;-|·*–—"))) {
			found = true
		}
	})
	return found
}

// parseRest reads the school, year and country from the rest of a one-line
// entry.
func parseRest(r *imgfriendly.Resident, rest string) {
	if y := yearInText(rest); y != "" {
		r.Year = strings.Trim(y, "()")
		rest = strings.TrimSpace(removeYearInText(rest))
	}
	school := ""
	eachPart(rest, restSeparators, func(p string) {
		p = strings.TrimSpace(strings.Trim(strings.TrimSpace(p), ",;-|·*–—"))
		if p == "" {
			return
		}
		if isYearLine(p) {
			if r.Year == "" && len(p) <= len("PGY-3") {
				r.Year = p // "CA-3": a year yearInText does not know
			}
			return
		}
		if lbl, val, ok := labelValue(p); ok {
			switch fieldLabel(lbl) {
			case "school":
				school = val
			case "year":
				r.Year = val
			case "country":
				r.Country = val
			}
			return
		}
		if school == "" && !destinationWords.in(p) {
			school = p
		}
	})
	r.School, r.Country = splitCountryKeep(cleanSchool(school), r.Country)
}

// destinationWords in an unlabelled part of a one-line entry make it where
// the person goes or trains, not a medical school: "Ann Lee, DO - University
// of X, Addiction Medicine Fellowship" (README: fellowship destinations and
// residency programs are no schools).
var destinationWords = newWordList("fellowship", "fellowships", "residency")

// restSeparators separate the fields of a one-line entry's rest.
var restSeparators = []string{" | ", " — ", " – ", " · "}

// eachPart calls f with each part of s split at seps[0], each of those split
// at seps[1], and so on, in order.
func eachPart(s string, seps []string, f func(string)) {
	for len(seps) > 0 && !strings.Contains(s, seps[0]) {
		seps = seps[1:]
	}
	if len(seps) == 0 {
		f(s)
		return
	}
	for p := range strings.SplitSeq(s, seps[0]) {
		eachPart(p, seps[1:], f)
	}
}

// degreePrefix and degreeTail strip degrees around a school name:
// "MD, University of X", "University of X (MD)", "University of X, MBBS".
var (
	degreePrefix = regexp.MustCompile(`^(?i:(?:M\.?D\.?|D\.?O\.?|MBBS|M\.B\.B\.S\.|MBChB|MBBCh)\s*(?:[,:-]|from|-)\s*)`)
	degreeTail   = regexp.MustCompile(`(?i)(?:\s*\((?:M\.?D\.?|D\.?O\.?|MBBS|MBChB|MBBCh)\)|,\s*(?:M\.?D\.?|D\.?O\.?|MBBS|MBChB|MBBCh)\.?)\s*$`)
)

// mayHoldDegree is a cheap test for what degreePrefix or degreeTail need:
// a leading M or D, or a comma or parenthesis with the text ending in a
// degree's last character ("MD", "DO", "MBBS", "MBChB", "MBBCh", "M.D.",
// "(MD)"); or a character that case folding equates with a letter.
func mayHoldDegree(s string) bool {
	if s == "" {
		return false
	}
	if c := s[0] | 0x20; c == 'm' || c == 'd' {
		return true
	}
	e := len(trimRESpace(s))
	if e == 0 {
		return false
	}
	switch s[e-1] | 0x20 { // (")" and "." have the 0x20 bit already)
	case ')', '.', 'd', 'o', 's', 'b', 'h':
		return strings.ContainsAny(s, ",(")
	}
	return hasOddFold(s)
}

// degreeHints are what strings.ToUpper(s) contains when s may hold a
// degree (any case).
var degreeHints = newFoldedKeywordSet([]string{"md", "m.d", "do", "d.o", "mb"})

// cleanSchool strips degrees and surrounding punctuation from a school.
func cleanSchool(s string) string {
	s = strings.TrimSpace(s)
	if mayHoldDegree(s) && degreeHints.find(s, 1) != 0 {
		s = degreePrefix.ReplaceAllString(s, "")
		s = degreeTail.ReplaceAllString(s, "")
	}
	s = strings.TrimPrefix(s, "Graduated from ")
	s = strings.TrimPrefix(s, "graduated from ")
	return strings.Trim(strings.TrimSpace(s), ",;|-")
}

// splitCountry separates a trailing ", Country" from a school when the
// country is one the page states.
func splitCountry(s string) (school, country string) {
	i := strings.LastIndex(s, ",")
	if i < 0 {
		if j := strings.LastIndex(s, "("); j > 0 && strings.HasSuffix(s, ")") {
			if c := s[j+1 : len(s)-1]; isCountry(c) {
				return strings.TrimSpace(s[:j]), canonicalCountry(c)
			}
		}
		return s, ""
	}
	c := strings.TrimSpace(s[i+1:])
	if isCountry(c) {
		return strings.TrimSpace(s[:i]), canonicalCountry(c)
	}
	return s, ""
}

func splitCountryKeep(s, stated string) (string, string) {
	school, c := splitCountry(s)
	if stated != "" {
		return school, stated
	}
	return school, c
}

// proseResidents reads "Dr. Jane Smith, a graduate of X" introductions.
//
// A graduate introduced is a resident only on a page that speaks of
// trainees at all (traineesNamed): an alumni association's history ("Dr.
// X, a graduate of Y class of 1963, took the first initiative …") names
// graduates who are no one's residents.
func proseResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	trainees := int8(0) // traineesNamed, once asked: 1 yes, 2 no
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleHeading || len(b.text) < 20 || !strings.Contains(b.text, " ") {
			continue
		}
		if b.hint()&hintProse == 0 || !proseHint(b.text) || outOfScope(d, i) {
			continue // (the hint is the same words in any case: a first cut)
		}
		for _, s := range sentences(b.text) {
			if !proseHint(s) || otherPersonSentence(s) {
				continue // "the program will be directed by Dr. X, a graduate of Y"
			}
			var locBuf [4][2]int
			for _, loc := range proseConnectors(locBuf[:0], s, 4) {
				w := degreesBeforeConnector(s[max(0, loc[0]-80):loc[0]])
				if !mayEndWithName(w) {
					continue
				}
				m := proseName.FindStringSubmatch(w)
				if m == nil {
					continue
				}
				school, rest := s[loc[1]:], ""
				if e := proseSchoolEnd.FindStringIndex(school); e != nil {
					school, rest = school[:e[0]], school[e[0]:]
				}
				if k := timeAfterSchool(school); k > 0 && startsUpper(strings.TrimPrefix(school, "the ")) {
					school, rest = school[:k], school[k:]+rest // "… School of Medicine in May, two decades after …"
				}
				if k := nextClauseAt(school); k > 0 {
					school, rest = school[:k], school[k:]+rest // "… College of Medicine and spent a year …" (rosterschoolend.go)
				}
				school = strings.TrimSuffix(strings.TrimSpace(school), ".")
				// "attended medical school at the X": the school is X
				for _, p := range []string{"medical school at ", "medical school in ", "the "} {
					school = strings.TrimPrefix(school, p)
				}
				if r, _ := utf8.DecodeRuneInString(school); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
					continue // "attended an international school", "graduated from high school": no school's name
				}
				name, ok := gluedName(m[1])
				if !ok || leaderIntroduced(s[:loc[0]]+" "+rest) {
					continue
				}
				school, country := splitCountry(cleanSchool(school))
				if school == "" {
					continue
				}
				if trainees == 0 {
					trainees = 2
					if traineesNamed(d) {
						trainees = 1
					}
				}
				if trainees == 2 {
					return nil
				}
				out = append(out, imgfriendly.Resident{
					Name: name, School: school, Country: country,
					Evidence: imgfriendly.Evidence{URL: pageURL, Text: s, Selector: b.selector()},
				})
			}
		}
	}
	return out
}

// traineeWords name residents, their training or their match.
var traineeWords = newWordList("resident", "residents", "residency", "residencies", "intern", "interns", "internship",
	"pgy", "pgy1", "pgy2", "pgy3", "housestaff", "house staff", "house officer", "house officers", "trainee", "trainees",
	"matched", "match")

// traineesNamed reports a page (its title or any block) that speaks of
// residents, interns, house staff, trainees or the match.
func traineesNamed(d *doc) bool {
	if traineeWords.in(d.title) {
		return true
	}
	for i := range d.blocks {
		if traineeWords.in(d.blocks[i].text) {
			return true
		}
	}
	return false
}

// degreesBeforeConnector drops the degrees between a name and a prose
// connector: "Lena Park, MD, " before "joins us from" reads as "Lena Park,
// " (a name's degrees are no part of what proseName matches).
func degreesBeforeConnector(w string) string {
	t := strings.TrimRight(w, ", \t")
	if d := stripDegrees(t); d != "" && len(d) < len(t) {
		return d + ", "
	}
	return w
}

// leaderWords make the person a sentence introduces with a school the
// program's leader or faculty: "will be directed by Dr. X, graduate of Y",
// "Dr. X, a graduate of Y, will direct the program".
var leaderWords = []string{"directed", "direct", "directs", "director", "directors", "chair", "chairman", "dean",
	"professor", "faculty", "attending", "coordinator", "ceo", "president", "fellow"}

// pastResidency says the person trained as a resident before: "who
// completed her residency at X", "did his residency training at Y".
var pastResidency = regexp.MustCompile(`\b(?:completed|did|finished) (?:his|her|their) residency (?:training )?(?:at|in)\b`)

// leaderIntroduced reports a sentence (without the school's own name:
// "Faculty of Medicine") that introduces a leader or a faculty member, not
// a resident: a leader word (or a fellow's: "a graduate of X and a
// cardiology fellow at Y") and no resident role word, or a residency the
// person already completed.
func leaderIntroduced(s string) bool {
	low := asciiLower(s)
	if pastResidency.MatchString(low) {
		return true
	}
	return hasAnyWord(low, leaderWords) && !hasAnyWord(low, []string{"resident", "residents", "intern", "interns"})
}

// gluedName reads a name that the capitalised word before it may be glued
// to: "Welcome Jane Smith", "Congratulations Jane Doe" (a sentence-initial
// word) give Jane Smith and Jane Doe.
func gluedName(t string) (string, bool) {
	if name, ok := personName(strings.TrimSpace(t)); ok {
		return name, true
	}
	f := strings.Fields(t)
	if len(f) < 3 {
		return "", false
	}
	return personName(strings.Join(f[1:], " "))
}

// mayEndWithName is a cheap test for what proseName needs at the end of w:
// two capitalised words, the last one after white space, before an optional
// comma, parenthesis and "who". When it says no, proseName cannot match.
func mayEndWithName(w string) bool {
	w = trimRESpace(w)
	if rest, ok := strings.CutSuffix(w, "who"); ok && rest != "" && isRESpace(rest[len(rest)-1]) {
		w = trimRESpace(rest)
	}
	if strings.HasSuffix(w, ")") {
		// "(…)": any "(" after the ")" before it may open it
		from := strings.LastIndexByte(w[:len(w)-1], ')') + 1
		for i := from; i < len(w); i++ {
			if w[i] == '(' && endsWithName(trimRESpace(w[:i])) {
				return true
			}
		}
		return false
	}
	return endsWithName(w)
}

// endsWithName is mayEndWithName's test on the text before the optional
// parenthesis and "who".
func endsWithName(w string) bool {
	w = trimRESpace(strings.TrimSuffix(w, ","))
	// the last word: a capital, then letters, apostrophes or hyphens
	e := len(w)
	for e > 0 {
		r, size := utf8.DecodeLastRuneInString(w[:e])
		if !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' {
			break
		}
		e -= size
	}
	if len(w)-e < 2 || w[e] < 'A' || w[e] > 'Z' || e == 0 || !isRESpace(w[e-1]) {
		return false
	}
	// the word before: a capital with one more character of a name word,
	// before the surname's particles ("Ana de la Fuente")
	w = trimRESpace(w[:e])
	for range 2 {
		k := strings.LastIndexFunc(w, func(r rune) bool { return r < utf8.RuneSelf && isRESpace(byte(r)) })
		if k < 0 || !nameTailParticles[w[k+1:]] {
			break
		}
		w = trimRESpace(w[:k])
	}
	after := 0 // name characters after the one being looked at
	for e = len(w); e > 0; {
		r, size := utf8.DecodeLastRuneInString(w[:e])
		if !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' && r != '.' {
			break
		}
		if r >= 'A' && r <= 'Z' && after > 0 {
			return true
		}
		after++
		e -= size
	}
	return false
}

// nameTailParticles are the particles nameTail lets open a surname.
var nameTailParticles = map[string]bool{"de": true, "del": true, "della": true, "da": true, "dos": true, "du": true,
	"van": true, "von": true, "der": true, "den": true, "la": true, "le": true, "di": true, "bin": true, "al": true, "el": true}

// trimRESpace trims the white space \s matches from the end of s.
func trimRESpace(s string) string {
	for s != "" && isRESpace(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return s
}

// proseConnectors appends to out the first n matches of proseConnector in s
// (what FindAllStringIndex returns), written out: it runs on every sentence
// of a roster's biographies.
func proseConnectors(out [][2]int, s string, n int) [][2]int {
	for p := 0; p < len(s) && len(out) < n; {
		if p > 0 && isWordByte(s[p-1]) {
			p++
			continue
		}
		e := connectorAt(s, p)
		if e < 0 {
			p++
			continue
		}
		out = append(out, [2]int{p, e})
		p = e
	}
	return out
}

// connectorAt returns where a proseConnector match starting at p ends, or -1.
func connectorAt(s string, p int) int {
	t := s[p:]
	if t == "" {
		return -1
	}
	i := -1 // length of the match before its trailing white space
	switch t[0] {
	case 'j':
		i = wordsLen(t, 0, "joins us from")
	case 'c':
		i = wordsLen(t, 0, "comes to us from", "came to us from", "completed medical school at")
	case 'a':
		if i = wordsLen(t, 0, "attended"); i < 0 {
			i = graduateLen(t)
		}
	case 'e':
		if j := wordsLen(t, 0, "earned"); j >= 0 {
			if j = spaceThen(t, j, "her", "his", "their"); j >= 0 {
				if j = spaceThen(t, j, "MD", "M.D.", "medical degree", "MBBS"); j >= 0 {
					i = spaceThen(t, j, "from", "at")
				}
			}
		}
	case 's':
		i = wordsLen(t, 0, "studied medicine at")
	case 'r':
		if j := wordsLen(t, 0, "received"); j >= 0 {
			if j = spaceThen(t, j, "her", "his", "their"); j >= 0 {
				if j = spaceThen(t, j, "MD", "medical degree"); j >= 0 {
					i = spaceThen(t, j, "from")
				}
			}
		} else {
			i = graduateLen(t)
		}
	default:
		i = graduateLen(t)
	}
	if i < 0 {
		return -1
	}
	e := i
	for e < len(t) && isRESpace(t[e]) {
		e++
	}
	if e == i {
		return -1 // \s+ needs one
	}
	return p + e
}

// graduateLen is connectorAt's "(is )?(a |an )?(recent |proud )?graduated?
// (of|from)", without the trailing space: its length at the start of t, or -1.
func graduateLen(t string) int {
	if strings.HasPrefix(t, "is ") {
		if k := graduateTail(t[3:]); k >= 0 {
			return 3 + k
		}
		return -1
	}
	return graduateTail(t)
}

// graduateTail is graduateLen after its "is ".
func graduateTail(t string) int {
	j := 0
	if strings.HasPrefix(t[j:], "a ") {
		j += 2
	} else if strings.HasPrefix(t[j:], "an ") {
		j += 3
	}
	if strings.HasPrefix(t[j:], "recent ") {
		j += len("recent ")
	} else if strings.HasPrefix(t[j:], "proud ") {
		j += len("proud ")
	}
	if !strings.HasPrefix(t[j:], "graduate") {
		return -1
	}
	j += len("graduate")
	if strings.HasPrefix(t[j:], "d") {
		j++
	}
	return spaceThen(t, j, "of", "from")
}

// spaceThen returns where the first of alts found after a space at t[at]
// ends, or -1.
func spaceThen(t string, at int, alts ...string) int {
	if at < 0 || at >= len(t) || t[at] != ' ' {
		return -1
	}
	return wordsLen(t, at+1, alts...)
}

// wordsLen returns where the first of alts found at t[at:] ends, or -1.
func wordsLen(t string, at int, alts ...string) int {
	if at > len(t) {
		return -1
	}
	for _, a := range alts {
		if strings.HasPrefix(t[at:], a) {
			return at + len(a)
		}
	}
	return -1
}

// proseHints are words every proseConnector match contains.
var proseHints = newKeywordSet(proseWords)

var proseWords = []string{"joins us from", "to us from", "graduate of", "graduate from", "graduated of",
	"graduated from", "attended", "earned her ", "earned his ", "earned their ", "completed medical school at",
	"studied medicine at", "received her ", "received his ", "received their "}

// proseHint is a cheap test for a block or sentence that may introduce residents.
func proseHint(t string) bool {
	return proseHints.find(t, 1) != 0
}

// rosterPage reports whether the page presents itself as a roster.
func rosterPage(d *doc) bool {
	if d.rosterish == 0 {
		d.rosterish = 2
		if rosterTitle.MatchString(d.title) {
			d.rosterish = 1
		}
		for i := range d.blocks {
			if d.rosterish == 2 && d.blocks[i].role == roleHeading && rosterTitle.MatchWords(d.blocks[i].words()) {
				d.rosterish = 1
			}
		}
	}
	return d.rosterish == 1
}

var rosterTitle = mustGate(`(?i)\b(?:current residents|our residents|meet (?:our|the) (?:residents|team|interns|people)|resident roster|our team|our people|house staff|class of (?:19|20)\d\d|residents? (?:directory|profiles)|(?:incoming|new) interns|intern class|pgy-?\d residents)\b`, "current residents", "our residents", "meet our", "meet the",
	"resident roster", "our team", "our people", "house staff", "class of", "directory", "profiles", "interns", "intern class", "pgy")
