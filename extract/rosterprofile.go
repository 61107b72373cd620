package extract

import (
	"regexp"
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// Pages about one resident: a resident's own essay ("my co-residents", "my
// intern year", "as an IMG far from home"), or a profile of "third-year
// resident Jane Doe". Such a page names one resident, often without a
// school; what it says of the resident's training abroad, or of the
// medical school, is the resident's.

// residentVoice are phrases only a resident writes of their own training.
var residentVoice = []string{"co-resident", "my intern", "intern year", "i matched", "had matched", "i was matched",
	"my residency", "as a resident", "as an intern", "fellow residents", "intern class", "as a first-year",
	"as a pgy", "my fellow interns", "my co-interns"}

// residentVoiceSet finds residentVoice in any case.
var residentVoiceSet = newFoldedKeywordSet(residentVoice)

// anyBlock reports whether a block (no table row) holds a word of k.
func anyBlock(d *doc, k *keywordSet) bool {
	for i := range d.blocks {
		if d.blocks[i].role != roleRow && k.find(d.blocks[i].text, 1) != 0 {
			return true
		}
	}
	return false
}

// leaderVoice marks the writer as the program's leader, not a resident.
var leaderVoice = []string{"i am the program director", "as program director", "as the program director",
	"as your program director", "as associate program director", "as director", "i am the chair", "as chair",
	"as the chair", "as department chair", "as your chair", "as coordinator", "as your coordinator",
	"as a faculty member", "as an attending", "i am the coordinator", "i am the director"}

var (
	// imgSelf is a resident saying they are an IMG.
	imgSelf = regexp.MustCompile(`(?i)\b(?:as an?|being an?|i am an?|i'm an?|i was an?|myself an?)\s+(?:img|fmg|international medical graduate|foreign medical graduate|international graduate)\b`)
	// trainedIn is where one trained as a doctor: "trained as a doctor in
	// the Dominican Republic", "went to medical school in India".
	trainedIn = regexp.MustCompile(`(?i)\b(?:trained as an? (?:doctor|physician)|went to medical school|attended medical school|studied medicine|graduated from medical school|completed (?:my |her |his )?medical (?:school|degree|education|training)|medical school|medical degree)\s+in\s+(?:the\s+)?(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+){0,3})`)
	// schoolSaid names a medical school in a bio: "I attended X for medical
	// school", "medical school at X", "earned my MD from X".
	schoolSaid = regexp.MustCompile(`(?i)\b(?:medical school (?:was |is )?at|med school at|(?:earned|received|obtained) (?:my|her|his|their) (?:md|m\.d\.|medical degree|mbbs|do) (?:from|at)|completed (?:my|her|his|their) medical (?:degree|education|school|training) at|(?:attended|went to|graduated from)(?: medical school at)?)\s+(?:the\s+)?(\p{Lu}[^.;,()]{2,90})`)
)

// profileResidents reads a page about one resident: the resident, with
// what the page says of the resident's IMG status, training country and
// school. It reads nothing unless the page is written in a resident's own
// voice or names "resident <Name>" once.
func profileResidents(d *doc, pageURL string, found []imgfriendly.Resident) []imgfriendly.Resident {
	if len(found) > 1 || len(found) == 0 && !anyBlock(d, residentVoiceSet) {
		return found
	}
	var text strings.Builder
	for i := range d.blocks {
		if d.blocks[i].role != roleRow && !outOfScope(d, i) {
			text.WriteString(d.blocks[i].text)
			text.WriteString("\n")
		}
	}
	all := text.String()
	low := asciiLower(all)
	var r imgfriendly.Resident
	if len(found) == 1 {
		r = found[0]
	} else {
		if !hasAny(low, residentVoice) || hasAny(low, leaderVoice) || firstPersonCount(low) < 5 || questions(d) >= 2 {
			return found // (an FAQ asks in the first person: "Can I apply if I ...?")
		}
		if len(d.blocks) > 0 && d.blocks[0].role != roleRow {
			if n, ok := personName(d.blocks[0].text); ok {
				r.Name = n
			}
		}
		r.Evidence = imgfriendly.Evidence{URL: pageURL, Text: firstMatch(all, residentVoice), Selector: ""}
	}
	if imgSelf.MatchString(all) {
		img := true
		r.IMG = &img
	}
	if m := trainedIn.FindStringSubmatch(all); m != nil && r.Country == "" {
		if c := countryIn(m[1]); c != "" {
			r.Country = c
		}
	}
	if r.School == "" {
		for _, s := range sentences(strings.ReplaceAll(all, "\n", " ")) {
			ls := asciiLower(s)
			m := schoolSaid.FindStringSubmatchIndex(s)
			if m == nil {
				continue
			}
			verb := ls[m[0]:m[2]]
			school := schoolEnd(s[m[2]:m[3]])
			generic := strings.HasPrefix(verb, "attended") || strings.HasPrefix(verb, "went") || strings.HasPrefix(verb, "graduated")
			if generic && !strings.Contains(ls, "medical school") && !strings.Contains(ls, "med school") && !strings.Contains(ls, "medical degree") {
				continue // "attended Wellesley College": not said to be the medical school
			}
			if school != "" {
				r.School, r.Country = splitCountryKeep(cleanSchool(school), r.Country)
				break
			}
		}
	}
	if r.Name == "" && r.School == "" && r.Country == "" && r.IMG == nil {
		return found // a resident's voice with nothing to tell of them: nothing to count
	}
	return []imgfriendly.Resident{r}
}

// schoolEnd trims a school named in a sentence at the words that follow
// it: "Drexel University for medical school" → "Drexel University".
func schoolEnd(s string) string {
	for _, stop := range []string{" for ", " where ", " and ", " before ", " after ", " in 20", " in 19", " with ", " while ", " because "} {
		if i := strings.Index(s, stop); i > 0 {
			s = s[:i]
		}
	}
	return strings.TrimSpace(s)
}

// firstPersonCount counts the words "i", "my", "me" in low.
func firstPersonCount(low string) int {
	n := 0
	for _, w := range strings.Fields(low) {
		switch strings.Trim(w, ".,;:!?\"'()") {
		case "i", "my", "me", "i'm", "i've":
			n++
		}
	}
	return n
}

// firstMatch returns the sentence holding the first of phrases, for evidence.
func firstMatch(text string, phrases []string) string {
	for _, s := range sentences(strings.ReplaceAll(text, "\n", " ")) {
		if hasAny(s, phrases) {
			return s
		}
	}
	return ""
}

// countryIn returns the country that the start of s names, or "".
func countryIn(s string) string {
	ws := strings.Fields(s)
	for n := len(ws); n >= 1; n-- {
		c := strings.Join(ws[:n], " ")
		if isCountry(c) {
			return canonicalCountry(c)
		}
		if c2, ok := moreCountries[strings.ToLower(c)]; ok {
			return c2
		}
	}
	return ""
}

// moreCountries are places rosters name as where residents trained that
// the roster's country list lacks.
var moreCountries = map[string]string{
	"myanmar": "Myanmar", "burma": "Myanmar", "caribbean": "Caribbean", "the caribbean": "Caribbean",
	"west indies": "West Indies", "bangladesh": "Bangladesh", "ireland": "Ireland", "iraq": "Iraq",
	"iran": "Iran", "afghanistan": "Afghanistan", "sri lanka": "Sri Lanka", "cuba": "Cuba",
}

// questions counts the page's questions: blocks asked as questions or
// ending with a question mark.
func questions(d *doc) int {
	n := 0
	for i := range d.blocks {
		if d.blocks[i].role == roleQuestion || strings.HasSuffix(d.blocks[i].text, "?") {
			n++
		}
	}
	return n
}
