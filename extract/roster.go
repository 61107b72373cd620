package extract

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/imgfriendly/imgfriendly"
)

// Roster lines by what they hold.
var (
	yearLine    = regexp.MustCompile(`(?i)^(?:pgy[- ]?\d|class of (?:19|20)\d\d|intern\b|interns\b|chief resident|r\d\b|(?:first|second|third|fourth)[- ]year|year \d|categorical|preliminary)|\bpgy[- ]?\d\b`)
	yearInText  = regexp.MustCompile(`(?i)\(?\b(?:pgy[- ]?\d|class of (?:19|20)\d\d|intern)\b\)?`)
	firstPerson = regexp.MustCompile(`(?i)\b(?:i|my|me|i'm|i've|enjoy|enjoys|spouse|wife|husband|partner|children|kids|daughter|son|brother|sister|mother|father|chose|interested|hobbies|free time|outside)\b`)
	schoolWord  = regexp.MustCompile(`(?i)universit|college|school|institute|faculty|academy|facultad|universidad|université|universidade|medical|medicine|\bsom\b|\bcom\b`)
	captionLine = regexp.MustCompile(`(?i)^(?:photo|image|picture|headshot)\b`)
	// proseConnector joins a name to a school in an introduction:
	// "Dr. Jane Smith joins us from X", "Jane Smith, a graduate of X".
	proseConnector = regexp.MustCompile(`\b(?:joins us from|comes to us from|came to us from|(?:is )?(?:a |an )?(?:recent |proud )?graduated? (?:of|from)|attended|earned (?:her|his|their) (?:MD|M\.D\.|medical degree|MBBS) (?:from|at)|completed medical school at|studied medicine at|received (?:her|his|their) (?:MD|medical degree) from)\s+`)
	// proseName is the name just before a connector.
	proseName = regexp.MustCompile(`(?:Dr\.\s+)?((?:[A-Z][\p{L}'’.-]+\s+){1,3}[A-Z][\p{L}'’-]+),?\s+(?:\([^)]*\)\s+)?(?:who\s+)?$`)
	// proseSchoolEnd ends the school named after a connector.
	proseSchoolEnd = regexp.MustCompile(`;|, [a-z]|, and\b|, where\b|, who\b| and (?:is|was|has|enjoys|loves)\b| where\b| before\b`)
)

// fieldLabel classifies a "Label: value" line on a roster card.
func fieldLabel(label string) string {
	l := strings.ToLower(strings.TrimSpace(label))
	switch {
	case strings.Contains(l, "hometown") || strings.Contains(l, "home town") || l == "from" || strings.Contains(l, "born") || strings.Contains(l, "grew up"):
		return "hometown"
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
	var out []imgfriendly.Resident
	out = append(out, tableResidents(d, pageURL)...)
	out = append(out, cardResidents(d, pageURL)...)
	out = append(out, proseResidents(d, pageURL)...)
	if len(out) > maxResidents {
		out = out[:maxResidents]
	}
	return dedupe(out)
}

func dedupe(rs []imgfriendly.Resident) []imgfriendly.Resident {
	seen := map[string]bool{}
	out := rs[:0]
	for _, r := range rs {
		k := r.Name + "|" + r.Evidence.Selector + "|" + r.Evidence.Text
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, r)
	}
	return out
}

// tableResidents reads rows of tables whose header names a name column.
func tableResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role != roleRow || len(b.header) < 2 {
			continue
		}
		cols := map[string]int{}
		for j, h := range b.header {
			kind := fieldLabel(h)
			hl := strings.ToLower(h)
			if strings.Contains(hl, "name") || strings.Contains(hl, "resident") {
				kind = "name"
			}
			if _, dup := cols[kind]; !dup {
				cols[kind] = j
			}
		}
		ni, ok := cols["name"]
		if !ok || ni >= len(b.cells) {
			continue
		}
		name, ok := personName(b.cells[ni])
		if !ok {
			continue
		}
		r := imgfriendly.Resident{Name: name}
		if si, ok := cols["school"]; ok && si < len(b.cells) {
			r.School, r.Country = splitCountry(cleanSchool(b.cells[si]))
		}
		if ci, ok := cols["country"]; ok && ci < len(b.cells) && b.cells[ci] != "" {
			r.Country = b.cells[ci]
		}
		if yi, ok := cols["year"]; ok && yi < len(b.cells) {
			r.Year = b.cells[yi]
		}
		r.Evidence = imgfriendly.Evidence{URL: pageURL, Text: b.text, Selector: b.selector()}
		out = append(out, r)
	}
	return out
}

// card is a run of blocks under one repeated element (a resident's card or
// list item).
type card struct {
	node   *html.Node
	blocks []*block
}

// cardResidents groups blocks by their repeated container and reads a
// resident from each group that starts with a person's name.
func cardResidents(d *doc, pageURL string) []imgfriendly.Resident {
	if !anyName(d) {
		return nil // no line on the page is a person's name
	}
	var cards []card
	memo := map[*html.Node]*html.Node{}
	rep := map[*html.Node]bool{}
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow {
			continue
		}
		var c *html.Node
		if b.node != nil {
			c = cardOf(b.node, memo, rep)
		}
		if c == nil {
			// plain text or no repeated container: one block per card
			cards = append(cards, card{blocks: []*block{b}})
			continue
		}
		if n := len(cards); n > 0 && cards[n-1].node == c {
			cards[n-1].blocks = append(cards[n-1].blocks, b)
			continue
		}
		cards = append(cards, card{node: c, blocks: []*block{b}})
	}
	var out []imgfriendly.Resident
	rosterish := rosterPage(d)
	for _, c := range cards {
		r, ok := cardResident(c)
		if !ok {
			continue
		}
		if r.School == "" && r.Year == "" && (!rosterish || c.node == nil) {
			continue // a lone capitalised line is a heading more often than a resident
		}
		r.Evidence.URL = pageURL
		out = append(out, r)
	}
	if len(out) < 2 && !rosterish {
		return nil // one name on a page is a contact or an author, not a roster
	}
	return out
}

// anyName reports whether some block is, or starts with, a person's name.
func anyName(d *doc) bool {
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow {
			continue
		}
		if _, ok := personName(b.text); ok {
			return true
		}
		if strings.ContainsAny(b.text, "—–-|·:") {
			if _, _, ok := nameWithRest(b.text); ok {
				return true
			}
		}
	}
	return false
}

// cardOf returns the nearest ancestor-or-self of n that is one of several
// like siblings (same tag and class): a card, a list item, a tab entry.
func cardOf(n *html.Node, memo map[*html.Node]*html.Node, rep map[*html.Node]bool) *html.Node {
	if c, ok := memo[n]; ok {
		return c
	}
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
		depth++
	}
	if found == nil {
		// a lone card: no sibling to repeat, but named like one
		depth = 0
		for x := n; x != nil && x.Type == html.ElementNode && depth < 6; x = x.Parent {
			if x.DataAtom == atom.Body || x.DataAtom == atom.Main {
				break
			}
			if cardClass.MatchString(attr(x, "class")) {
				found = x
				break
			}
			depth++
		}
	}
	memo[n] = found
	return found
}

var cardClass = regexp.MustCompile(`(?i)card|resident|person|profile|member|people|staff|intern`)

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
func cardResident(c card) (imgfriendly.Resident, bool) {
	var r imgfriendly.Resident
	nameAt := -1
	for i, b := range c.blocks {
		if i > 2 {
			break
		}
		if n, ok := personName(b.text); ok {
			r.Name, nameAt = n, i
			break
		}
		if n, rest, ok := nameWithRest(b.text); ok {
			r.Name = n
			r.Evidence.Text = b.text
			r.Evidence.Selector = b.selector()
			parseRest(&r, rest)
			return r, true
		}
	}
	if nameAt < 0 {
		return r, false
	}
	var ev []string
	ev = append(ev, c.blocks[nameAt].text)
	school, hometown := "", ""
	for _, b := range c.blocks[nameAt+1:] {
		t := b.text
		if lbl, val, ok := labelValue(t); ok {
			switch fieldLabel(lbl) {
			case "school":
				if school == "" {
					school = val
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
		switch {
		case yearLine.MatchString(t) && len(t) < 40:
			if r.Year == "" {
				r.Year = yearInText.FindString(t)
				if r.Year == "" {
					r.Year = t
				}
			}
			// "PGY-2 · University of X": the school may share the year's line
			if rest := strings.TrimSpace(strings.Trim(yearInText.ReplaceAllString(t, ""), " ,|-·*")); rest != "" && school == "" && schoolWord.MatchString(rest) {
				school = rest
			}
		case captionLine.MatchString(t), firstPerson.MatchString(t) && len(strings.Fields(t)) > 3:
		case strings.HasSuffix(t, ".") && len(strings.Fields(t)) > 5, len(strings.Fields(t)) > 14:
		case school == "" && t != hometown:
			school = t
			ev = append(ev, t)
		}
	}
	_ = hometown
	r.School, r.Country = splitCountryKeep(cleanSchool(school), r.Country)
	r.Evidence.Text = strings.Join(ev, " | ")
	r.Evidence.Selector = selectorOf(c.node)
	if c.node == nil {
		r.Evidence.Selector = c.blocks[nameAt].selector()
	}
	return r, true
}

// nameWithRest splits a one-line entry "Smith, Jane — University of X
// (PGY-2)" or "Dr. Jane Smith | PGY-1 | University of X" into the name and
// the rest.
func nameWithRest(t string) (name, rest string, ok bool) {
	for _, sep := range []string{" — ", " – ", " - ", " | ", " · ", " : ", ": "} {
		i := strings.Index(t, sep)
		if i <= 0 {
			continue
		}
		n, ok := personName(t[:i])
		if !ok {
			continue
		}
		rest := strings.TrimSpace(t[i+len(sep):])
		if !schoolWord.MatchString(rest) && !yearInText.MatchString(rest) {
			continue // "Grand Rounds: Sepsis update" is no resident
		}
		return n, rest, true
	}
	return "", "", false
}

// parseRest reads the school, year and country from the rest of a one-line
// entry.
func parseRest(r *imgfriendly.Resident, rest string) {
	if y := yearInText.FindString(rest); y != "" {
		r.Year = strings.Trim(y, "()")
		rest = strings.TrimSpace(yearInText.ReplaceAllString(rest, ""))
	}
	parts := splitAny(rest, []string{" | ", " — ", " – ", " · "})
	school := ""
	for _, p := range parts {
		p = strings.TrimSpace(strings.Trim(strings.TrimSpace(p), ",;-|·*–—"))
		if p == "" || yearLine.MatchString(p) {
			continue
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
			continue
		}
		if school == "" {
			school = p
		}
	}
	r.School, r.Country = splitCountryKeep(cleanSchool(school), r.Country)
}

func splitAny(s string, seps []string) []string {
	out := []string{s}
	for _, sep := range seps {
		var next []string
		for _, p := range out {
			next = append(next, strings.Split(p, sep)...)
		}
		out = next
	}
	return out
}

// degreePrefix and degreeTail strip degrees around a school name:
// "MD, University of X", "University of X (MD)", "University of X, MBBS".
var (
	degreePrefix = regexp.MustCompile(`^(?i:(?:M\.?D\.?|D\.?O\.?|MBBS|M\.B\.B\.S\.|MBChB|MBBCh)\s*(?:[,:-]|from|-)\s*)`)
	degreeTail   = regexp.MustCompile(`(?i)(?:\s*\((?:M\.?D\.?|D\.?O\.?|MBBS|MBChB|MBBCh)\)|,\s*(?:M\.?D\.?|D\.?O\.?|MBBS|MBChB|MBBCh)\.?)\s*$`)
)

// cleanSchool strips degrees and surrounding punctuation from a school.
func cleanSchool(s string) string {
	s = strings.TrimSpace(s)
	if u := strings.ToUpper(s); strings.Contains(u, "MD") || strings.Contains(u, "M.D") || strings.Contains(u, "DO") ||
		strings.Contains(u, "D.O") || strings.Contains(u, "MB") {
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
func proseResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleHeading || len(b.text) < 20 || !strings.Contains(b.text, " ") {
			continue
		}
		if !proseHint(b.text) {
			continue
		}
		for _, s := range sentences(b.text) {
			for _, loc := range proseConnector.FindAllStringIndex(s, 4) {
				m := proseName.FindStringSubmatch(s[max(0, loc[0]-80):loc[0]])
				if m == nil {
					continue
				}
				school := s[loc[1]:]
				if e := proseSchoolEnd.FindStringIndex(school); e != nil {
					school = school[:e[0]]
				}
				school = strings.TrimSuffix(strings.TrimSpace(school), ".")
				name, ok := personName(strings.TrimSpace(m[1]))
				if !ok {
					// a sentence-initial word glued to the name: "Welcome Jane Smith"
					f := strings.Fields(m[1])
					if len(f) < 3 {
						continue
					}
					if name, ok = personName(strings.Join(f[1:], " ")); !ok {
						continue
					}
				}
				school, country := splitCountry(cleanSchool(school))
				if school == "" {
					continue
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

// proseHint is a cheap test for a block that may introduce residents.
func proseHint(t string) bool {
	return strings.Contains(t, "joins us") || strings.Contains(t, "to us from") || strings.Contains(t, "graduat") ||
		strings.Contains(t, "attended") || strings.Contains(t, "earned") || strings.Contains(t, "medical school at") ||
		strings.Contains(t, "studied medicine") || strings.Contains(t, "received")
}

// rosterPage reports whether the page presents itself as a roster.
func rosterPage(d *doc) bool {
	if d.rosterish == 0 {
		d.rosterish = 2
		if rosterTitle.MatchString(d.title) {
			d.rosterish = 1
		}
		for i := range d.blocks {
			if d.rosterish == 2 && d.blocks[i].role == roleHeading && rosterTitle.MatchString(d.blocks[i].text) {
				d.rosterish = 1
			}
		}
	}
	return d.rosterish == 1
}

var rosterTitle = regexp.MustCompile(`(?i)\b(?:current residents|our residents|meet (?:our|the) (?:residents|team|interns|people)|resident roster|our team|our people|house staff|class of (?:19|20)\d\d|residents? (?:directory|profiles)|(?:incoming|new) interns|intern class|pgy-?\d residents)\b`)
