package extract

import (
	"regexp"
	"strings"
	"sync"

	"github.com/imgfriendly/imgfriendly"
)

// A news story lists a class as people with their degrees, the items
// parted by semicolons because each holds a comma: "Ana Ruiz, MD; Ben Ota,
// DO; and Chidi Okeke, MD finished …". The list is the program's residents
// when a resident role introduces it ("the residents who finished: …") or
// when it opens a sentence of a page whose opening speaks of residents, and
// no other role (faculty, judges' "director") stands beside it.

// degreeItem is one person with degrees: group 1 the name. A page may
// leave a stray space before a comma ("Lia Cruz ,M.D.").
var degreeItem = mustStartDerived(`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2}) ?,\s*(?:M\.D\.|D\.O\.|MD\b|DO\b|MBBS\b|MBChB\b)(?: ?,\s*(?:Ph\.D\.|M\.P\.H\.|M\.B\.A\.|PhD\b|MPH\b|MS\b|MBA\b))*`, namePairAt).startingWith(capitals, true)

// degreeItemParticle is degreeItem whose surname may open with particles
// ("Ana de la Fuente, M.D.": nameTail), read only in a sentence that holds
// one (particleMay); compiled when first asked (few pages hold such a list,
// and its letter classes cost a third of a million instructions to build).
var degreeItemParticle = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?` + nameTail + `{1,2}) ?,\s*(?:M\.D\.|D\.O\.|MD\b|DO\b|MBBS\b|MBChB\b)(?: ?,\s*(?:Ph\.D\.|M\.P\.H\.|M\.B\.A\.|PhD\b|MPH\b|MS\b|MBA\b))*`)
})

// titledItem is one person with a title before the name: "Dr. Ana Ruiz",
// "Dr Ben Ota" (group 1 the name); a cohort sentence lists a class so as
// often as with degrees.
var titledItem = mustGateDerived(`\bDr\.?\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2})`)

// twoTitles is a necessary condition of two matches of titledItem in t:
// "Dr" twice at the start of a word.
func twoTitles(t string) bool {
	n := 0
	for from := 0; ; {
		k := strings.Index(t[from:], "Dr") // (a search, not a test at every byte: the gate runs on every block of 40 bytes)
		if k < 0 {
			return false
		}
		i := from + k
		if i+2 >= len(t) {
			return false
		}
		if (t[i+2] == '.' || t[i+2] == ' ') && wordStart(t, i) {
			if n++; n == 2 {
				return true
			}
		}
		from = i + 1
	}
}

// twoDegreeCommas is a necessary condition of two matches of degreeItem in
// t, the fewest a list is read from: two commas, each followed by white
// space and the first letter of a degree ("M" or "D"). Most blocks of a page
// have none, and the expression's derived gate (its words) lets through
// every block that names a degree or says "do".
func twoDegreeCommas(t string) bool {
	n := 0
	for i := strings.IndexByte(t, ','); i >= 0; {
		j := i + 1
		for j < len(t) && (t[j] == ' ' || t[j] == '\t' || t[j] == '\n' || t[j] == '\f' || t[j] == '\r') {
			j++
		}
		if j < len(t) && (t[j] == 'M' || t[j] == 'D') {
			if n++; n == 2 {
				return true
			}
		}
		k := strings.IndexByte(t[j:], ',')
		if k < 0 {
			break
		}
		i = j + k
	}
	return false
}

// degreeSep reports whether between (the text between two items) parts
// list items, and whether it is a semicolon's.
func degreeSep(between string) (ok, semi bool) {
	t := strings.TrimSpace(between)
	// a title before the next name: ", Dr. ", ", and Dr. "
	for _, title := range []string{"Dr.", "Dr", "Doctor"} {
		if u, ok := strings.CutSuffix(t, title); ok && (u == "" || u[len(u)-1] == ' ' || u[len(u)-1] == ',') {
			t = strings.TrimSpace(u)
			break
		}
	}
	switch {
	case t == ";" || t == "; and" || t == ";and":
		return true, true
	case t == "," || t == "and" || t == ", and" || t == "&" || t == ", &":
		return true, false
	}
	return false, false
}

// degreeListResidents reads lists of three or more people with degrees,
// one part at least a semicolon, that a resident role introduces or that
// open a sentence on a page about residents.
func degreeListResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	news := int8(0) // residentsNews(d): 0 not asked, 1 yes, 2 no
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || b.role == roleHeading || len(b.text) < 40 || !twoDegreeCommas(b.text) && !twoTitles(b.text) && !twoCapitalCommas(b.text) || outOfScope(d, i) {
			continue
		}
		// a list parted by commas alone is read only in a block that
		// speaks of residents or of a cohort (the keyword pass)
		commas := b.in(&residentHeadWords) || cohortWords.in(b.text)
		if !commas && strings.IndexByte(b.text, ';') < 0 {
			continue
		}
		prev := ""
		for _, s := range sentences(b.text) {
			last := prev
			if last == "" {
				s = cutByline(s) // "By Jo Ames, Staff Writer Congratulations to our residents, …": the author is not in the list's sentence
			}
			prev = s
			if !commas && strings.IndexByte(s, ';') < 0 {
				continue
			}
			n := len(out)
			if twoDegreeCommas(s) {
				var locs [][]int
				if particleMay(s) {
					locs = degreeItemParticle().FindAllStringSubmatchIndex(s, -1) // "Ana de la Fuente, M.D."
				} else {
					locs = degreeItem.FindAllStringSubmatchIndex(s, -1)
				}
				out = degreeRuns(d, out, locs, last, s, commas, &news, pageURL, b)
			}
			if len(out) == n && twoTitles(s) {
				// the same lists with a title before each name instead of
				// degrees after it: "Dr. A B, Dr. C D and Dr. E F"
				out = degreeRuns(d, out, titledItem.FindAllStringSubmatchIndex(s, -1), last, s, commas, &news, pageURL, b)
			}
			if len(out) == n && commas && twoCapitalCommas(s) {
				// bare names, three or more, closing a cohort's sentence:
				// "The five doctors who will begin residency at X are A B,
				// C D, E F, and G H."
				out = plainRuns(d, out, plainItem.FindAllStringSubmatchIndex(s, -1), last, s, pageURL, b)
			}
		}
	}
	return out
}

// plainItem is one bare name: group 1 the name.
var plainItem = mustStartDerived(`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2})`, namePairAt).startingWith(capitals, true)

// twoCapitalCommas is a necessary condition of a run of three bare names:
// a comma followed by a space and a capital letter, and another such comma
// or an "and"/"&" before a capital.
func twoCapitalCommas(t string) bool {
	// (the commas and the "and"s are found by byte and string search, not
	// by a switch at every byte: the gate runs on every block of 40 bytes)
	commas := 0
	for i := strings.IndexByte(t, ','); i >= 0 && i+2 < len(t); {
		if t[i+1] == ' ' && t[i+2] >= 'A' && t[i+2] <= 'Z' {
			if commas++; commas == 2 {
				return true
			}
		}
		k := strings.IndexByte(t[i+1:], ',')
		if k < 0 {
			break
		}
		i += k + 1
	}
	if commas == 0 {
		return false
	}
	for _, sep := range [...]string{" and ", " & "} {
		for from := 0; ; {
			k := strings.Index(t[from:], sep)
			if k < 0 {
				break
			}
			if j := from + k + len(sep); j < len(t) && t[j] >= 'A' && t[j] <= 'Z' {
				return true
			}
			from += k + 1
		}
	}
	return false
}

// plainRuns appends the people of a run of three or more bare names that
// closes the sentence s, when the sentence joins the list to the program's
// residents (cohortList): without a title or degrees to mark people, the
// list must be the sentence's last words.
func plainRuns(d *doc, out []imgfriendly.Resident, locs [][]int, last, s string, pageURL string, b *block) []imgfriendly.Resident {
	j := len(locs) - 1
	if j < 2 || strings.Trim(strings.TrimSpace(s[locs[j][1]:]), ".!") != "" {
		return out
	}
	k := j
	for k > 0 {
		if ok, _ := degreeSep(s[locs[k-1][1]:locs[k][0]]); !ok {
			break
		}
		k--
	}
	run := locs[k : j+1]
	if len(run) < 3 || !cohortList(d, last, s, s[:run[0][0]], s[run[j-k][1]:]) || !plainCohortLead(asciiLower(s[:run[0][0]])) {
		return out
	}
	for _, m := range run {
		if _, ok := personName(s[m[2]:m[3]]); !ok || isSchoolLine(s[m[2]:m[3]]) || hasAcronym(s[m[2]:m[3]]) {
			return out // a place or a school among them: no list of people
		}
	}
	return appendDegreeRun(out, s, run, pageURL, b)
}

// plainGapWords are the only words that may stand between a cohort's
// word and a list of bare names: "our chief residents for next year are",
// "the class of 2029 includes".
var plainGapWords = map[string]bool{"for": true, "next": true, "this": true, "year": true, "of": true, "are": true,
	"were": true, "include": true, "includes": true, "including": true, "will": true, "be": true, "is": true}

// plainCohortLead reports whether lb (lower-cased, the words before a list
// of bare names) ends with a cohort's words that admit nothing else: a
// subject of people who begin or finish a residency (cohortWho), a
// participle of one (cohortInverted), or a cohort's word and only
// plainGapWords (and a class's year) after it. "The residents' favorite
// cities are …" names places, not people.
func plainCohortLead(lb string) bool {
	if cohortWho.MatchString(lb) || cohortInverted.MatchString(lb) {
		return true
	}
	end := -1
	for _, w := range cohortHeads {
		if i := strings.LastIndex(lb, w); i >= 0 && (i == 0 || !isWordByte(lb[i-1])) && (i+len(w) == len(lb) || !isWordByte(lb[i+len(w)])) && i+len(w) > end {
			end = i + len(w)
		}
	}
	if end < 0 {
		return false
	}
	gap := strings.Fields(strings.NewReplacer(",", " ", ":", " ").Replace(lb[end:]))
	if len(gap) == 0 {
		return false
	}
	for _, w := range gap {
		if !plainGapWords[w] && !(len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20"))) {
			return false
		}
	}
	return true
}

// degreeRuns appends the people of the runs of items (degreeItem or
// titledItem matches in s) that the sentence makes the program's
// residents.
func degreeRuns(d *doc, out []imgfriendly.Resident, locs [][]int, last, s string, commas bool, news *int8, pageURL string, b *block) []imgfriendly.Resident {
	for k := 0; k < len(locs); {
		j, semis := k, 0
		for j+1 < len(locs) {
			ok, semi := degreeSep(s[locs[j][1]:locs[j+1][0]])
			if !ok {
				break
			}
			if semi {
				semis++
			}
			j++
		}
		run := locs[k : j+1]
		k = j + 1
		before, after := s[:run[0][0]], s[run[len(run)-1][1]:]
		if semis == 0 {
			if len(run) >= 2 && commas && cohortList(d, last, s, before, after) {
				out = appendDegreeRun(out, s, run, pageURL, b)
			}
			continue
		}
		if len(run) < 3 {
			continue
		}
		if otherRoles.in(before) || staffRoleWords.in(before) || otherRoles.in(after) || staffRoleWords.in(after) {
			continue // "the faculty of the year: …", "… who direct the program"
		}
		if !roleBefore(asciiLower(before)) && !cohortList(d, last, s, before, after) {
			if strings.TrimSpace(before) != "" {
				continue
			}
			if *news == 0 {
				*news = 2
				if residentsNews(d) {
					*news = 1
				}
			}
			if *news != 1 {
				continue
			}
		}
		out = appendDegreeRun(out, s, run, pageURL, b)
	}
	return out
}

// appendDegreeRun appends the people of a run of degreeItem matches in s.
func appendDegreeRun(out []imgfriendly.Resident, s string, run [][]int, pageURL string, b *block) []imgfriendly.Resident {
	for _, m := range run {
		if name, ok := personName(s[m[2]:m[3]]); ok {
			out = append(out, imgfriendly.Resident{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: s, Selector: b.selector()}})
		}
	}
	return out
}

// A cohort named in one sentence, the items parted by commas alone:
// "congratulations to our graduating residents, Drs. A B, MD, C D, DO,
// MPH, and E F, MD", "our new interns: …", "the residency's graduating
// class, …", "A B, DO, C D, MD, and E F, MBBS, are our new chief
// residents". Without a semicolon the same shape names faculty, boards,
// speakers and authors as often as residents, so the sentence itself must
// join a resident role or a cohort of the residency to the list, and name
// no other role anywhere.

// cohortWords name a class of trainees: with a resident word nearby, or
// on a page whose opening speaks of residents, the class is the
// program's.
var cohortWords = newWordList("cohort", "class", "residency", "graduating class")

// cohortHeads are the words a cohort list is joined to, before it.
var cohortHeads = append([]string{"class", "cohort", "graduates"}, roleWords...)

// cohortAfter is a resident role after the list: ", are our new chief
// residents", ", who will be the program's first interns".
var cohortAfter = regexp.MustCompile(`(?i)^\s*,?\s*(?:who\s+)?(?:are|were|will\s+be|have\s+been|became|become|joined\s+us\s+as|start\s+as|started\s+as|as)\s+(?:our|the(?:\s+program'?s)?)\s+((?:[\p{L}\d-]+\s+){0,3}?)(?:chief\s+residents|residents|interns|chiefs)\b`)

// cohortList reports whether the sentence s joins the list between before
// and after to the program's residents; prev is the sentence before s in
// its block, which may name the cohort the list then greets.
func cohortList(d *doc, prev, s, before, after string) bool {
	low := asciiLower(s)
	// "graduates" is a cohort word here; every other role keeps the list
	// someone else's ("faculty", "board", "speakers", "students")
	rest := strings.ReplaceAll(low, "graduates", "")
	if otherRoles.in(rest) || staffRoleWords.in(rest) || groupWords.in(rest) {
		return false
	}
	if m := cohortAfter.FindStringSubmatch(after); m != nil {
		return !notNowResident.in(m[1])
	}
	lb := asciiLower(before)
	if cohortWho.MatchString(lb) && !schoolClass.in(lb) {
		return true
	}
	head, end := "", -1
	for _, w := range cohortHeads {
		for from := 0; ; {
			i := strings.Index(lb[from:], w)
			if i < 0 {
				break
			}
			i += from
			j := i + len(w)
			if (i == 0 || !isWordByte(lb[i-1])) && (j == len(lb) || !isWordByte(lb[j])) && j > end {
				head, end = w, j
			}
			from = i + 1
		}
	}
	if end < 0 {
		return cohortInverted.MatchString(lb) && !schoolClass.in(lb) || cohortGreeted(prev, lb, asciiLower(after))
	}
	gap := lb[end:]
	if head == "class" {
		gap = classYear.ReplaceAllString(gap, "") // "the class of 2029 are"
	}
	if !cohortGap(gap) || notNowResident.in(lb[max(0, end-len(head)-20):end]) {
		return false
	}
	switch head {
	case "class", "cohort", "graduates":
		// a class is the residency's when the words before it, or the
		// page's opening, speak of residents; a school's class is its
		// students'
		if schoolClass.in(lb) {
			return false
		}
		return residentHeadWords.in(lb) || hasAnyWord(lb, []string{"residency", "residency's"}) || residentsNews(d)
	}
	return true
}

// classYear is a class's year right after "class": " of 2029", " of '29".
var classYear = regexp.MustCompile(`^\s+of\s+(?:(?:19|20)\d\d|['’]\d\d)\b`)

// schoolClass before a class makes it a school's: "the medical school's
// graduating class includes …".
var schoolClass = newWordList("medical school", "medical school's", "school of medicine", "college of medicine", "medical students", "school's")

// cohortInverted is a cohort sentence that puts the list last, after a
// participle that makes the people trainees of a residency: "Graduating
// today from the Family Medicine Residency are Dr. A, …", "Joining the
// residency as the class of 2029 are …", "Finishing their training at
// the residency this week are …" (lower-cased, the text before the list).
var cohortInverted = regexp.MustCompile(`(?:^|[:—–-]\s*)(?:graduating|finishing|completing|joining|starting|beginning)\b[^.;:!?]{0,120}?\b(?:residency|residents|interns)\b[^.;:!?]{0,80}?\s(?:are|were)\s*:?\s*$`)

// cohortGap reports whether the text between a cohort's word and its list
// joins them: a comma, a colon, a dash or an opening parenthesis, "are",
// "include", "including", with a title ("Drs.") and a few words ("for
// next year") but no other person ("by", "with", "from").
func cohortGap(gap string) bool {
	if loc := cohortTerm.FindStringIndex(gap); loc != nil {
		gap = gap[:loc[0]] + " " + gap[loc[1]:] // "for the next 2022-2023 academic year": the cohort's term, no one else
	}
	if len(gap) > 40 || placedWords.in(gap) {
		return false
	}
	for _, b := range gapBlockers {
		if strings.Contains(gap, b) {
			return false
		}
	}
	t := strings.TrimSpace(gap)
	for _, title := range []string{"drs.", "doctors", "dr.", "drs"} {
		t = strings.TrimSpace(strings.TrimSuffix(t, title))
	}
	if t == "" {
		return false
	}
	for _, j := range []string{",", ":", "—", "–", "-", "(", " are", " were", " will be", " include", " includes", " including", " namely"} {
		if strings.HasSuffix(t, j) || t == strings.TrimSpace(j) {
			return true
		}
	}
	return false
}

// cohortTerm is the term a cohort serves, between its word and its list
// (lower-cased): "for the next 2022-2023 academic year", "for the 2025-26
// year", "for next year".
var cohortTerm = regexp.MustCompile(`\bfor\s+(?:the\s+)?(?:next\s+|coming\s+|upcoming\s+)?(?:(?:19|20)\d\d\s*[-–/]\s*(?:(?:19|20)?\d\d)\s+)?(?:academic\s+|training\s+|residency\s+)?year\b`)

// cohortWho is a cohort sentence whose subject is the people who begin or
// finish a residency, the list last: "The five doctors who will begin
// resident training at X's residency program are …" (lower-cased, the text
// before the list).
var cohortWho = regexp.MustCompile(`(?:^|[:—–-]\s*)(?:the\s+)?(?:[a-z0-9-]+\s+){0,2}(?:doctors|physicians|residents|interns)\s+who\s+(?:will\s+|have\s+)?(?:begin|began|begun|start|started|join|joined|graduate|graduated|complete|completed|finish|finished)\b[^.;:!?]{0,120}?\b(?:residency|resident|residents|interns)\b[^.;:!?]{0,80}?\s(?:are|were|include)\s*:?\s*$`)

// placedWords between a cohort's word and its list say where its people
// went since: "the residency's graduates now practise in the county: …".
var placedWords = newWordList("now", "practise", "practice", "practising", "practicing", "work", "working", "serve", "serving", "went", "moved", "became")

// A cohort named in one sentence and greeted by name in the next: "We
// celebrated the graduation of our first class of residents.
// Congratulations to Drs A B, MD, C D, DO, and E F, MD!". The sentence
// before names the residents as a cohort (a resident role and a class,
// cohort or graduation), no one else; the list's own sentence opens with a
// short greeting that names no other person, and nothing after the list
// says the people did something else ("…, who organised the evening").

// greetBlockers in a list's lead or tail make the people someone else's.
var greetBlockers = []string{" by ", " with ", " from ", " of ", " who ", " whom ", " which ", " that ", " led "}

// cohortGreeted reports whether a list with no role in its own sentence
// (lb: the lowered words before it, la: after it) greets the cohort that
// prev names.
func cohortGreeted(prev, lb, la string) bool {
	if len(lb) > 40 || prev == "" {
		return false
	}
	for _, g := range greetBlockers {
		if strings.Contains(" "+lb, g) || strings.Contains(la, g) {
			return false
		}
	}
	lp := asciiLower(cutByline(prev)) // the author's role is not the cohort's
	if otherRoles.in(lp) || staffRoleWords.in(lp) || groupWords.in(lp) || notNowResident.in(lp) {
		return false
	}
	return residentHeadWords.in(lp) && (cohortWords.in(lp) || strings.Contains(lp, "graduat"))
}
