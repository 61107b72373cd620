package extract

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// Two roster shapes without names: biographies whose name is a heading or
// a photo the text lost ("Hometown: … / Medical school: …" lines, one
// resident each), and a class described by where its members studied
// medicine ("10 countries for medical school: 3 from India, 1 from Egypt"),
// one unnamed resident per person counted.

// medSchoolLabels are labels that name a resident's medical school (not an
// undergraduate college, a residency or a fellowship).
var medSchoolLabels = []string{"medical school", "med school", "school of medicine", "medical education",
	"medical degree", "medical college", "md", "m.d.", "mbbs", "do", "d.o."}

// labelResidents reads "Medical school: X" lines of a residency's page that
// no other reader placed: one resident each, named by the closest name line
// above it when there is one.
func labelResidents(d *doc, pageURL string) []imgfriendly.Resident {
	if !residencyPage(d) {
		return nil
	}
	var out []imgfriendly.Resident
	lastSchool := -1
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || outOfScope(d, i) {
			continue
		}
		lbl, val, ok := labelValue(b.text)
		if !ok || !isMedSchoolLabel(lbl) || !isSchoolValue(val) {
			continue
		}
		if staffAround(d, i, lastSchool) {
			lastSchool = i
			continue // "Associate Program Director" over it, "Residency: Mercy Hospital" under it
		}
		r := imgfriendly.Resident{Evidence: imgfriendly.Evidence{URL: pageURL, Text: b.text, Selector: b.selector()}}
		r.School, r.Country = splitCountry(cleanSchool(val))
		for k := i - 1; k > lastSchool && k >= i-4; k-- {
			if n, ok := personName(d.blocks[k].text); ok {
				r.Name = n
				break
			}
		}
		lastSchool = i
		out = append(out, r)
	}
	return out
}

// isMedSchoolLabel reports a label naming the medical school: one of
// medSchoolLabels, with at most "attended" or "graduated from" around it
// (not "Medical School Diploma" or "Medical School Performance Evaluation").
func isMedSchoolLabel(lbl string) bool {
	// the words kept, lowered and joined by a space, on the stack
	var buf [48]byte
	low := buf[:0]
	for w := range strings.FieldsSeq(lbl) {
		at, from := len(low), len(low)
		if at > 0 {
			low = append(low, ' ')
			from++
		}
		low = appendLower(low, w)
		switch string(low[from:]) {
		case "attended", "graduated", "from", "name", "current", "your", "(md)", "(do)", "(mbbs)":
			low = low[:at]
		}
	}
	for _, w := range medSchoolLabels {
		if string(low) == w {
			return true
		}
	}
	return false
}

// isSchoolValue reports a label's value that can be a school's name: a
// capitalised name of at most fifteen words, not a sentence of rules.
func isSchoolValue(v string) bool {
	if v == "" || v[0] < 'A' || v[0] > 'Z' && v[0] < 0x80 || fieldCount(v) > 15 {
		return false
	}
	if strings.HasSuffix(v, ".") && fieldCount(v) > 4 || hasAnyWord(asciiLower(v), ruleWords) {
		return false // a sentence: "Applicants must graduate from ..."
	}
	return isSchoolLine(v) || fieldCount(v) <= 6
}

// ruleWords make a label's value a sentence about rules, not a name.
var ruleWords = []string{"must", "should", "will", "are", "is", "be", "submit", "required", "requires", "applicants", "copy"}

var (
	// countFrom is one count of a breakdown: "3 from India", "India: 3",
	// "India (3)".
	countFrom = regexp.MustCompile(`^(?:(\d{1,3})\s+(?:from|in|trained in|graduated in)\s+(?:the\s+)?(\p{L}[\p{L} .'-]{1,40}?)|(\p{L}[\p{L} .'-]{1,40}?)\s*(?::\s*|\()(\d{1,3})\)?)\s*[,;.]?$`)
	// breakdownCue introduces counts by medical school's country.
	breakdownCue = mustGate(`(?i)\b(?:medical school|medical schools|countries for medical|trained (?:in|abroad)|graduated from medical school|schools? of medicine|studied medicine|medical (?:degrees?|education))\b`,
		"medical school", "countries for medical", "trained in", "trained abroad", "school of medicine", "schools of medicine", "studied medicine", "medical degree", "medical education")
)

// breakdownResidents reads a class described by where its members went to
// medical school: after a line that speaks of medical school, one line (or
// one comma-separated part) per country with its count. Counts of other
// things ("5 females", "2 soccer players") are not countries and are left
// alone; a breakdown by hometown or origin never says "medical school".
func breakdownResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || len(b.text) > 400 || !breakdownCue.MatchWords(b.words()) || outOfScope(d, i) {
			continue
		}
		if lead := breakdownLead(d, i); countElsewhere(asciiLower(lead)) {
			continue // "Nationally, matched IMGs attended medical school in 10 countries: …": no roster of the program's
		}
		// the counts may follow on the same line ("…medical school: 3 from
		// India, 1 from Egypt") or on the next lines
		var parts []string
		if k := strings.IndexByte(b.text, ':'); k >= 0 && k+1 < len(b.text) {
			parts = append(parts, splitCounts(b.text[k+1:])...)
		}
		for j := i + 1; j < len(d.blocks) && j <= i+40; j++ {
			t := strings.TrimSpace(strings.TrimLeft(d.blocks[j].text, "•·*-–— "))
			if !countFrom.MatchString(t) {
				if len(parts) > 0 || len(t) > 60 {
					break
				}
				continue
			}
			parts = append(parts, t)
		}
		n := 0
		for _, p := range parts {
			country, k := countOf(p)
			if country == "" || n+k > 200 {
				continue
			}
			for range k {
				// the page says where each studied medicine: that is the
				// IMG status, whatever the school
				img := !domesticCountry(country)
				r := imgfriendly.Resident{Country: country, IMG: &img, Evidence: imgfriendly.Evidence{URL: pageURL, Text: p, Selector: b.selector()}}
				out = append(out, r)
			}
			n += k
		}
		if n > 0 {
			return out // one breakdown per page
		}
	}
	return out
}

// breakdownLead is a breakdown's cue line with the block before it (the
// lead-in that says whose the counts are: "this year's interns", "Match
// statistics").
func breakdownLead(d *doc, i int) string {
	if i > 0 && d.blocks[i-1].role != roleRow {
		return d.blocks[i-1].text + "\n" + d.blocks[i].text
	}
	return d.blocks[i].text
}

// splitCounts splits "3 from India, 1 from Egypt and 2 from Nepal".
func splitCounts(s string) []string {
	s = strings.ReplaceAll(s, " and ", ", ")
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); countFrom.MatchString(p) {
			out = append(out, p)
		}
	}
	return out
}

// countOf returns the country and count of one part, or "" when the part
// counts something other than a country.
func countOf(p string) (string, int) {
	m := countFrom.FindStringSubmatch(strings.TrimSpace(p))
	if m == nil {
		return "", 0
	}
	num, place := m[1], m[2]
	if num == "" {
		num, place = m[4], m[3]
	}
	k, err := strconv.Atoi(num)
	if err != nil || k <= 0 {
		return "", 0
	}
	place = strings.TrimSpace(strings.TrimSuffix(place, "."))
	if c := countryIn(place); c != "" && strings.EqualFold(c, place) || isCountry(place) {
		return canonicalCountry(place), k
	}
	if c, ok := moreCountries[strings.ToLower(place)]; ok {
		return c, k
	}
	return "", 0
}

// domesticCountry reports the US and Canada, as rosters write them.
func domesticCountry(c string) bool {
	switch strings.ToLower(strings.Trim(strings.TrimSpace(c), ".")) {
	case "united states", "usa", "u.s.a", "u.s", "us", "united states of america", "america", "canada":
		return true
	}
	return false
}
