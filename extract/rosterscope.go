package extract

import (
	"cmp"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/net/html/atom"

	"github.com/imgfriendly/imgfriendly"
)

// A roster's own heading decides whom it lists: under "Faculty", "Program
// Leadership", "Alumni" or "Fellows" the names are not residents, whatever
// their lines look like; on a page whose title names such a group, only
// sections headed by residents count.

// groupWords head a section of people who are not the program's residents.
var groupWords = newWordList("faculty", "attending", "attendings", "leadership", "director", "directors", "coordinator",
	"coordinators", "staff", "administration", "administrative", "fellow", "fellows", "fellowship", "fellowships",
	"students", "student", "speakers", "speaker", "lecturers", "mentors", "board", "committee", "memoriam", "contact",
	"contacts", "authors", "placements", "matched", "where our", "applicants")

// pastWords head a section of past residents, whatever else it says
// ("Former Residents", "Alumni", "Our Graduates").
var pastWords = newWordList("former", "past", "previous", "alumni", "alumnae", "alumnus", "graduates", "where are they now")

// residentHeadWords head a section of residents; weakResidentWords do only
// on a page that does not name other people ("Class of 2027" on a roster,
// not on an alumni page).
var (
	residentHeadWords = newWordList("resident", "residents", "intern", "interns", "chief", "chiefs", "housestaff",
		"house staff", "house officers", "trainees", "pgy")
	weakResidentWords = newWordList("class of", "our team", "meet the team", "graduating", "incoming")
)

// graduatesNowResidents reports a heading whose only past word is
// "graduates", with a resident's role after it: "Three graduates of our
// school named chief residents" speaks of residents (of other programs
// perhaps, but residents), unlike "Former Residents" or "Our Graduates".
func graduatesNowResidents(h string) bool {
	low := asciiLower(h)
	i := strings.Index(low, "graduates")
	if i < 0 || hasAnyWord(low, []string{"former", "past", "previous", "alumni", "alumnae", "alumnus", "where are they now"}) {
		return false
	}
	return residentHeadWords.in(low[i+len("graduates"):])
}

// chiefFellows head fellows, though "chief" heads residents: "Chief
// Fellows".
var chiefFellows = newWordList("chief fellow", "chief fellows")

// medicalGraduatesOnly reports a heading whose only past word is
// "graduates" in "medical graduates" ("Supporting International Medical
// Graduates in Minnesota", "Foreign Medical Graduates at Mercy"): a status
// of trainees, not a program's past residents.
func medicalGraduatesOnly(low string) bool {
	if hasAnyWord(low, []string{"former", "past", "previous", "alumni", "alumnae", "alumnus", "where are they now"}) {
		return false
	}
	n := 0
	for from := 0; ; {
		i := strings.Index(low[from:], "graduates")
		if i < 0 {
			break
		}
		i += from
		if !strings.HasSuffix(low[:i], "medical ") {
			return false
		}
		n++
		from = i + len("graduates")
	}
	return n > 0
}

// Kinds of section a heading opens.
const (
	sectionOthers   = -1
	sectionNeutral  = 0
	sectionResident = 1
	sectionWeak     = 2 // residents, unless the page is about others
)

// sectionKind says whom a heading's section lists.
func sectionKind(h string) int {
	if h == "" {
		return sectionNeutral
	}
	w := readRoleHits(h)
	return w.sectionKind()
}

// sectionKind is sectionKind(w.text).
func (w *roleHits) sectionKind() int {
	switch {
	case w.text == "":
		return sectionNeutral
	case w.in(&pastWords) && !graduatesNowResidents(w.text) && !medicalGraduatesOnly(w.lower()):
		return sectionOthers
	case (w.in(&residentHeadWords) || containsFold(w.text, "pgy")) && !chiefFellows.in(w.text):
		return sectionResident
	case w.in(&groupWords):
		return sectionOthers
	case w.in(&weakResidentWords):
		return sectionWeak
	}
	return sectionNeutral
}

// outOfScope reports whether block i sits in a section (or, with no
// section heading of its own kind, on a page) that lists people other than
// residents. The answers are computed once per page.
func outOfScope(d *doc, i int) bool {
	if d.scope == nil {
		readScope(d) // (apart: every reader asks of every block it reads, and this inlines)
	}
	return i >= 0 && i < len(d.scope) && d.scope[i] != 0
}

// pastScope reports whether block i sits in a section (or on a page) of
// past people: alumni, graduates, former residents (outOfScope's answer
// read from a past word). A medical school's alumni news tells of
// graduates of the school who are residents now.
func pastScope(d *doc, i int) bool {
	return outOfScope(d, i) && d.scope[i] == 2
}

// actScope reports whether block i sits in a section (or on a page) of
// people named for what they did on the page, not for their posts: its
// authors. An author may be a resident, and a present relation of the
// author's bio says so ("She is currently a third-year resident at X").
func actScope(d *doc, i int) bool {
	return outOfScope(d, i) && d.scope[i] == 3
}

// actWords head a section of people named for an act of theirs on the
// page (actScope); groupActless are groupWords but those.
var (
	actWords     = newWordList("authors", "author")
	groupActless = newWordList(slices.DeleteFunc(slices.Clone(groupWords.words), func(w string) bool { return actWords.in(w) })...)
)

// actHeading reports a heading that names a page's authors and no other
// group of people, past or other: "About the Authors", "Authors".
func actHeading(h string) bool {
	return actWords.in(h) && !groupActless.in(h) && !pastWords.in(h)
}

// readScope computes outOfScope's answers for d's blocks.
func readScope(d *doc) {
	d.scope = make([]uint8, len(d.blocks))
	page := sectionKind(d.title)
	if page == sectionOthers && authoredHeading(d.title) {
		page = sectionNeutral
	}
	pagePast := page == sectionOthers && pastWords.in(d.title)
	pageAct := page == sectionOthers && actHeading(d.title)
	if page == sectionNeutral {
		page = plainTitleScope(d)
		t := d.blocks[plainTitleAt(d)].text
		pagePast = page == sectionOthers && pastWords.in(t)
		pageAct = page == sectionOthers && actHeading(t)
	}
	if page == sectionWeak {
		page = sectionResident
	}
	cur, curPast, curAct := page, pagePast, pageAct
	curLevel := 0   // the level of the heading that opened the section (0: the page's)
	classLooks := 0 // plain class lines whose head was looked for
	// the headings whose sections are open, outermost first, each with
	// the kind its section took (sectionNeutral: none of its own)
	type openHeading struct {
		lv, kind  int
		past, act bool
	}
	var room [8]openHeading
	opened := room[:0]
	for k := range d.blocks {
		b := &d.blocks[k]
		if b.role == roleHeading {
			lv := headingLevel(b)
			for len(opened) > 0 && opened[len(opened)-1].lv >= lv {
				opened = opened[:len(opened)-1] // a heading ends the sections of its level and lower
			}
			w := b.roleHits() // (sectionKind(b.text), from the block's words)
			sk := w.sectionKind()
			if sk == sectionOthers && authoredHeading(b.text) {
				sk = sectionNeutral // "Message from the Program Director": a letter, not a list of leaders
			}
			took := sectionNeutral
			switch {
			case sk == sectionWeak && page == sectionOthers:
				// "Class of 2015" on an alumni page: still alumni
			case sk == sectionWeak:
				cur, curLevel = sectionResident, lv
				took = sectionResident
			case sk != sectionNeutral:
				cur, curLevel, curPast = sk, lv, sk == sectionOthers && pastWords.in(b.text)
				curAct = sk == sectionOthers && actHeading(b.text)
				took = sk
			case len(opened) > 0 && opened[len(opened)-1].kind != sectionNeutral:
				// a topic's heading inside a section of its own ("## Nephrology"
				// under "# Resident Editors", after "## Faculty Advisors"):
				// the enclosing section's
				top := opened[len(opened)-1]
				cur, curLevel, curPast, curAct = top.kind, top.lv, top.past, top.act
				took = top.kind
			case page != sectionResident && (curLevel == 0 || lv <= curLevel):
				cur, curLevel, curPast, curAct = page, 0, pagePast, pageAct // a neutral heading: back to what the title says
			}
			opened = append(opened, openHeading{lv, took, took == sectionOthers && curPast, took == sectionOthers && curAct})
		} else if b.node == nil && cur != sectionOthers && classLooks < maxGraduateClasses && isGraduateClass(b) {
			classLooks++
			// a plain page's class line ("Class of 2016") under a line that
			// names others ("Residency Alumni", "Where our students
			// matched"), a site's line above that one: the class is theirs
			if near := classHeadLine(d, k); near != "" {
				if w := readRoleHits(near); w.sectionKind() == sectionOthers {
					cur, curPast = sectionOthers, pastWords.in(near)
				}
			}
		} else if page == sectionOthers && plainHeadingLine(d, k) {
			// a plain-text page about others (a fellowship's) with a
			// section line of residents: "Chief Residents"
			w := b.roleHits()
			if sk := w.sectionKind(); sk == sectionResident || sk == sectionOthers {
				cur, curPast = sk, sk == sectionOthers && pastWords.in(b.text)
			}
		}
		switch {
		case cur != sectionOthers:
		case curPast:
			d.scope[k] = 2
		case curAct:
			d.scope[k] = 3
		default:
			d.scope[k] = 1
		}
	}
}

// authoredHeading reports a heading that says who wrote its section, not
// whom it lists: "Message from the Program Director", "A Note from Our
// Chair", "Program Director's Welcome", "The Chair's Corner", "From the
// Program Director", "Program Director Welcome". A leader's
// letter names residents as any prose does (its readers ask the sentence
// for a resident's role); past people's ("News from Our Alumni") stay past.
func authoredHeading(h string) bool {
	return len(h) <= 100 && authorHeading.MatchString(h) && !pastWords.in(h)
}

// authorHeading is authoredHeading's expression: a letter's word and
// "from", a possessive and a letter's word, a heading that opens with
// "From the …", or a leader's title and a letter's word ("Program
// Director Welcome").
var authorHeading = regexp.MustCompile(`(?i)\b(?:note|notes|message|letter|word|words|greetings?|welcome|thoughts)\s+from\b|\w['’]s?\s+(?:message|letter|note|welcome|greetings?|corner|desk)\b|\bfrom\s+the\b.{0,40}\b(?:desk|office)\b|^[#\s]*(?:a\s+)?from\s+(?:the|our|your)\s|\b(?:director|directors|chair|chairman|chairs|dean)\s+(?:message|letter|note|welcome|greetings?)\b`)

// mergePeople keeps one entry per person: the same name written again (in
// another order, with a title or degrees, or as the surname alone) is the
// same resident, unless the two name different schools. Later sightings
// fill in a missing school, country or year. Order is kept; unnamed
// residents are never merged.
func mergePeople(rs []imgfriendly.Resident) []imgfriendly.Resident {
	if len(rs) < 2 {
		return rs
	}
	out := rs[:0]                          // in place, as dedupe: out never grows past the resident being read
	byKey := make(map[string]int, len(rs)) // full key → first entry of out with it
	sameKey := make([]int, 0, len(rs))     // by entry of out: the next entry with its key, or -1
	multi := make([]string, 0, len(rs))    // by entry of out: its key when it has two words or more, else ""
	var byWord map[string][]int            // word of a multi-word key → entries; made when a surname alone first asks it
	singles := map[string][]int{}          // one-word key (a surname alone) → entries
	var cands []int                        // the entries a resident may be, in the order they are tried
	keys, spans := personKeys(rs)
	for ri, r := range rs {
		sp := spans[ri]
		k, last := keys[sp.key:sp.last], keys[sp.last:sp.end]
		j := -1
		first, seen := -1, false
		if k != "" {
			if first, seen = byKey[k]; !seen {
				first = -1
			}
			cands = cands[:0]
			for x := first; x >= 0; x = sameKey[x] {
				cands = append(cands, x)
			}
			if sp.one {
				if byWord == nil {
					byWord = wordEntries(multi)
				}
				cands = append(cands, byWord[k]...)
			} else {
				cands = append(cands, singles[last]...)
			}
			for _, x := range cands {
				if compatible(out[x], r) {
					j = x
					break
				}
			}
		}
		if j < 0 {
			j = len(out)
			out = append(out, r)
			sameKey = append(sameKey, -1)
			multi = append(multi, "")
			if k != "" {
				if seen {
					x := first
					for sameKey[x] >= 0 {
						x = sameKey[x]
					}
					sameKey[x] = j
				} else {
					byKey[k] = j
				}
				if sp.one {
					singles[k] = append(singles[k], j)
				} else {
					multi[j] = k
					if byWord != nil {
						for w := range strings.SplitSeq(k, " ") { // (the key's words)
							byWord[w] = append(byWord[w], j)
						}
					}
				}
			}
			continue
		}
		if out[j].School == "" {
			out[j].School, out[j].Country = r.School, r.Country
		}
		if out[j].Country == "" {
			out[j].Country = r.Country
		}
		if out[j].Year == "" {
			out[j].Year = r.Year
		}
		if out[j].IMG == nil {
			out[j].IMG = r.IMG
		}
		if !strings.Contains(out[j].Name, " ") && strings.Contains(r.Name, " ") {
			out[j].Name = r.Name // the full name beats the surname
		}
	}
	return out
}

// keySpan is where personKeys wrote one resident's key and last word.
type keySpan struct {
	key, last, end int  // keys[key:last] is the key, keys[last:end] the last name word, lowered
	one            bool // the key is one word
}

// personKeys returns, for each resident, personKey of its name and the
// last word personKeyFields keeps of it (lowered; "" when none), as parts of
// one string, written once: an allocation or two for the page's residents,
// not a key each.
func personKeys(rs []imgfriendly.Resident) (string, []keySpan) {
	n := 0
	for i := range rs {
		n += len(rs[i].Name)
	}
	// (the words lowered byte by byte into one buffer: a name's word has a
	// capital or two, which a builder wrote as three writes)
	b := make([]byte, 0, n+n/2) // (a key is no longer than its name, a last word mostly shorter than half)
	spans := make([]keySpan, len(rs))
	var words []string // the name's words as printed, one resident at a time
	for i := range rs {
		words = personKeyWordsInto(words[:0], rs[i].Name)
		sp := &spans[i]
		sp.key, sp.one = len(b), len(words) == 1
		var lastWord string
		if len(words) > 0 {
			lastWord = words[len(words)-1]
		}
		slices.SortFunc(words, compareLower)
		for k, w := range words {
			if k > 0 {
				b = append(b, ' ')
			}
			b = appendLower(b, w)
		}
		sp.last = len(b)
		b = appendLower(b, lastWord)
		sp.end = len(b)
	}
	return string(b), spans
}

// wordEntries is mergePeople's index of the words of multi-word keys: each
// word of keys[j] (its words joined by one space; no word holds a space)
// → the entries j whose key holds it, in order. mergePeople makes it only
// when a surname alone asks for it, which most pages never do: the entries
// are those it would have indexed one by one.
func wordEntries(keys []string) map[string][]int {
	byWord := make(map[string][]int, len(keys))
	for j, k := range keys {
		if k == "" {
			continue
		}
		for w := range strings.SplitSeq(k, " ") {
			byWord[w] = append(byWord[w], j)
		}
	}
	return byWord
}

// compatible reports whether two sightings may be one person: their schools
// agree or one is unknown.
func compatible(a, b imgfriendly.Resident) bool {
	if ma, mb := middleInitial(a.Name), middleInitial(b.Name); ma != 0 && mb != 0 && ma != mb {
		return false // "Ana M. Ruiz" and "Ana T. Ruiz": two people
	}
	return a.School == "" || b.School == "" || strings.EqualFold(a.School, b.School)
}

// middleInitial returns the initial a name gives between its first word
// and its last ("M" of "Ana M. Ruiz"), or 0. (Read in place: compatible is
// asked of every pair mergePeople weighs.)
func middleInitial(name string) byte {
	first := strings.IndexByte(name, ' ')
	if first < 0 {
		return 0
	}
	for i := first + 1; i+1 < len(name); i++ {
		// a capital alone between spaces, or before a period and a space
		if c := name[i]; c >= 'A' && c <= 'Z' && name[i-1] == ' ' && (name[i+1] == ' ' || name[i+1] == '.' && i+2 < len(name) && name[i+2] == ' ') {
			return c
		}
	}
	return 0
}

// personKey identifies a person on a page: lower-case name words without
// titles, degrees or initials, sorted, so that "Dr. Jane A. Doe, MD", "Doe,
// Jane" and "jane doe" meet.
func personKey(name string) string {
	ws := personKeyFields(name)
	slices.Sort(ws)
	return strings.Join(ws, " ")
}

// personKeyFields is the name's words as personKey keeps them, in order.
func personKeyFields(name string) []string {
	return personKeyFieldsInto(nil, name)
}

// personKeyFieldsInto is personKeyFields appending to ws.
func personKeyFieldsInto(ws []string, name string) []string {
	for w := range strings.FieldsSeq(asciiLower(name)) {
		w = strings.Trim(w, ".,;:()")
		if len(w) < 2 || w == "dr" || w == "drs" || isDegree(w) {
			continue
		}
		ws = append(ws, w)
	}
	return ws
}

// personKeyWordsInto is personKeyFieldsInto without lowering: the same
// words as the name prints them (asciiLower of each is personKeyFields'
// word), parts of name, so that mergePeople lowers them only into its key.
func personKeyWordsInto(ws []string, name string) []string {
	for w := range strings.FieldsSeq(name) {
		w = trimKeyPunct(w)
		if len(w) < 2 || isTitleDr(w) || isDegree(w) {
			continue
		}
		ws = append(ws, w)
	}
	return ws
}

// trimKeyPunct is strings.Trim(w, ".,;:()"), byte by byte (Trim makes its
// set of the cut characters at every call).
func trimKeyPunct(w string) string {
	for len(w) > 0 && keyPunct(w[0]) {
		w = w[1:]
	}
	for len(w) > 0 && keyPunct(w[len(w)-1]) {
		w = w[:len(w)-1]
	}
	return w
}

// keyPunct reports a byte trimKeyPunct cuts.
func keyPunct(c byte) bool {
	switch c {
	case '.', ',', ';', ':', '(', ')':
		return true
	}
	return false
}

// isTitleDr reports "dr" or "drs" in any ASCII case.
func isTitleDr(w string) bool {
	return (len(w) == 2 || len(w) == 3 && w[2]|0x20 == 's') && w[0]|0x20 == 'd' && w[1]|0x20 == 'r'
}

// appendLower appends s to b with its ASCII capitals lower-cased: b's new
// bytes are asciiLower(s), made without a string (a map looks them up as
// b[k:] read as a string, with no allocation).
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// compareLower is strings.Compare(asciiLower(a), asciiLower(b)).
func compareLower(a, b string) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		x, y := a[i], b[i]
		if x >= 'A' && x <= 'Z' {
			x += 'a' - 'A'
		}
		if y >= 'A' && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	return cmp.Compare(len(a), len(b))
}

// specialties name residency specialties: in a match list they are where
// someone is going, not where they studied.
var specialties = newWordList("internal medicine", "pediatrics", "general surgery", "surgery", "psychiatry",
	"family medicine", "emergency medicine", "anesthesiology", "radiology", "neurology", "dermatology",
	"ophthalmology", "orthopaedic", "orthopedic", "urology", "otolaryngology", "pathology", "obstetrics",
	"ob/gyn", "obgyn", "transitional year", "preliminary", "categorical", "med-peds", "medicine-pediatrics")

var matchWords = newWordList("match", "matched")

// matchPage reports whether the page or one of its headings speaks of a
// match ("Match Day", "Where our students matched").
func matchPage(d *doc) bool {
	if matchWords.in(d.title) {
		return true
	}
	for i := range d.blocks {
		if d.blocks[i].role == roleHeading && matchWords.in(d.blocks[i].text) {
			return true
		}
	}
	return false
}

// destination reports whether a roster entry's "school" is a match
// destination (a specialty at a hospital or university), on a match page.
func destination(d *doc, school string, isMatch *int8) bool {
	if school == "" || !specialties.in(school) {
		return false
	}
	if *isMatch == 0 {
		*isMatch = 2
		if matchPage(d) {
			*isMatch = 1
		}
	}
	return *isMatch == 1
}

// headingLevel is a heading's rank: 1–6 for h1–h6, the number of "#" of a
// plain-text heading, 7 for any other (a table's caption).
func headingLevel(b *block) int {
	if b.node == nil {
		n := 0
		for n < len(b.text) && b.text[n] == '#' {
			n++
		}
		return max(1, min(n, 6))
	}
	switch b.node.DataAtom {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 7
}

// plainHeadingLine reports a line of plain text that stands as a heading:
// short (six words at most), opening a paragraph (a blank line or the
// start before it), with no comma, colon or sentence's end, no person's
// name, not a list item.
func plainHeadingLine(d *doc, k int) bool {
	b := &d.blocks[k]
	if b.node != nil || b.role != roleText || b.line == 0 || len(b.text) > 60 || b.text == "" {
		return false
	}
	if strings.ContainsAny(b.text, ",;:") || strings.ContainsAny(b.text[len(b.text)-1:], ".!?") || len(strings.Fields(b.text)) > 6 {
		return false // a card's line ("Ana Ruiz, PGY III"), a lead-in or a sentence
	}
	if _, ok := personName(b.text); ok {
		return false
	}
	return k == 0 || d.blocks[k-1].line < b.line-1
}
