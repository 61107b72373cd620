package extract

import (
	"iter"
	"regexp"
	"strings"
	"sync"

	"github.com/imgfriendly/imgfriendly"
)

// A medical school's news of its named graduates entering residency (often
// a Caribbean school's Match Day story or press release): "Ana Ruiz, MD
// XYZ '18, matched into her first-choice program", "Among them were Ana
// and Ben Ota, MD XYZ ’18. They are both beginning their residency at …".
// A person named as a GRADUATE — a doctor's degree with the school and the
// class year after the name ("MD XYZ '18", "MD '18", "DO, XYZ 2019"), or
// an apposition of a graduate's noun ("a 2018 graduate of X", "an XYZ
// alumna"), a graduate's noun before the name ("XYZ grad Ana Ruiz"), a
// medical school set off after the name ("Ana Ruiz, X University School of
// Medicine, matched to …"), or the degree and year in brackets ("Ana Ruiz
// (MD XYZ '18)") — whose own predicate (the rest of the sentence, or the next
// sentence in the same paragraph opening with a pronoun, "both", or the
// surname) enters a residency (entryEvents: matched into or
// with, secured or landed a residency, begins or is beginning the
// residency or the internship) is an incoming resident; the school is the
// one the degree line or the apposition names. The line: a student ("a
// fourth-year student", no graduate's mark) is none; nor is anyone with a
// staff role in the apposition (a dean, a president: "Dr. Ana Ruiz, MD
// XYZ '95, the school's dean"), nor a predicate another subject governs
// ("…, said 150 graduates matched"), a plan ("hopes to match"), a denial
// ("did not match"), or the past ("matched into surgery in 2005", "years
// ago"); lists of where students matched (no predicate of their own) and
// aggregates (no name) give no one.

// gradDegree is a graduate's mark after a name and a comma: a doctor's
// degree, the school's words, and the class year ("MD XYZ '18", "MD '18",
// "M.D., St. Kitts University 2019", "MD (XYZ '18)"): group 1 the school.
var gradDegree = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^,\s+(?:MD|M\.D\.|DO|D\.O\.)(?:,\s*|\s+)\(?((?:(?:\p{Lu}[\p{L}'’.&-]*|of|de|the)\s+){0,6}?)(?:[Cc]lass\s+of\s+)?(?:['’‘]\d\d|(?:19|20)\d\d)\)?(?:[,.;:]|\s|$)`)
})

// gradNoun is a graduate's apposition after a name and a comma: "a 2018
// graduate of X School of Medicine", "an XYZ alumna", "a graduate of X,"
// (group 1 the school before the noun, group 2 the school after "of").
var gradNoun = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^,\s+(?:a|an|the)\s+(?:(?:19|20)\d\d\s+)?((?:(?:\p{Lu}[\p{L}'’.&-]*|of|de|the)\s+){0,6}?)(?:medical\s+school\s+)?(?:graduate|alumnus|alumna|alum)(?:\s+(?:of|from)\s+((?:(?:\p{Lu}[\p{L}'’.&-]*|of|de|the|in)\s*){1,9}))?(?:\s+\(?(?:class\s+of\s+)?(?:['’‘]\d\d|(?:19|20)\d\d)\)?)?\s*[,.;]`)
})

// gradGapWords may stand between a graduate and the predicate: the
// auxiliaries and adverbs of the subject's own verb ("has both recently
// matched", "will now begin").
var gradGapWords = newWordList("has", "have", "had", "will", "is", "are", "was", "were", "both", "also", "recently",
	"successfully", "proudly", "now", "just", "each", "officially", "soon", "then", "all", "to", "be")

// gradNotGap are words that, between a graduate and the predicate, make the
// predicate another subject's or no entry: a plan, a denial.
var gradNotGap = newWordList("not", "never", "hope", "hopes", "hoped", "plan", "plans", "planned", "want", "wants",
	"wish", "wishes", "aim", "aims", "dream", "dreams", "intend", "intends", "said", "says", "helped", "helps", "failed")

// gradPronouns open a sentence that goes on about the graduates the
// sentence before named.
var gradPronouns = map[string]bool{"He": true, "She": true, "They": true, "Both": true, "The": true, "Each": true}

// gradOpeners are capitalised words that open a sentence before its names:
// "Among them were …", "Likewise, …", "Congratulations to …".
var gradOpeners = map[string]bool{"For": true, "Among": true, "Congratulations": true, "Likewise": true, "Meet": true,
	"Also": true, "And": true, "Alumnus": true, "Alumna": true, "Graduate": true, "Graduates": true, "Both": true}

// graduateResidents reads a school's named graduates entering residency.
func graduateResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	story := &yearOnce{d: d} // the year the page's opening dates it with (storyYear), read once a clause names a year
	lastMark := -1           // the last block with a word of a graduate's mark (gradSet's group 1)
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || len(b.text) < 30 {
			continue
		}
		found := b.words().find(gradSet)
		if found&2 != 0 {
			lastMark = i
		}
		if found&1 == 0 {
			continue // (the usual block: no entry into residency)
		}
		if !(found&2 != 0 && gradMarkMay(b.text) || found&8 != 0 && schoolMarkMay(b.text)) {
			if lastMark >= 0 && i-lastMark <= laterReach && laterMay(b.text) && (!outOfScope(d, i) || pastScope(d, i) || matchScope(d, i)) {
				out = append(out, laterEntries(d, i, pageURL, story)...) // (a graduate of a block before, by a pronoun or the surname)
			}
			continue // (no graduate's mark nor group)
		}
		if outOfScope(d, i) && !pastScope(d, i) && !matchScope(d, i) {
			continue // (a section of faculty, students, fellows; a school's graduates are what this reads)
		}
		ss := sentences(b.text)
		for k, s := range ss {
			if k > 0 && len(s) < 90 {
				if names := oneOfThem(s); names != nil {
					if school, ok := groupEnters(d, ss[k-1], story); ok {
						for _, n := range names {
							out = append(out, imgfriendly.Resident{Name: n, School: school,
								Evidence: imgfriendly.Evidence{URL: pageURL, Text: ss[k-1] + " " + s, Selector: b.selector()}})
						}
						continue
					}
				}
			}
			for _, g := range append(graduatesIn(s), verbMarks(s)...) {
				if !gradEnters(s[g.end:], "", story) {
					if k+1 >= len(ss) || !gradEnters(ss[k+1], g.surname(), story) {
						continue
					}
				}
				school, country := "", ""
				if g.school != "" {
					school, country = splitCountry(cleanSchool(strings.TrimPrefix(g.school, "the ")))
				}
				for _, n := range g.names {
					out = append(out, imgfriendly.Resident{Name: n, School: school, Country: country,
						Evidence: imgfriendly.Evidence{URL: pageURL, Text: s, Selector: b.selector()}})
				}
			}
		}
	}
	return out
}

// gradSet holds, read with every block's words (blockWords), group 0 a
// word of entering residency ("match", "residency", "internship"), group 1
// a word of a graduate's mark or of a group's "one of them", group 2 a
// signature's dash after a space (inlineSignatureResidents), group 3 a
// word of a school set off after a name or of a class year in brackets
// (schoolMarkMay).
var gradSet = newFoldedKeywordSet([]string{"match", "esiden", "nternship"},
	[]string{", md", ", m.d.", ", do", ", d.o.", "graduate", "alumn", " alum", " of them", " among them", " of those",
		" among those", " of these", " grad ", " graduating"},
	[]string{" -", " –", " —"},
	[]string{"universit", "school", "college", "institute", " (md", " (do", " (m.d", " (d.o", "'", "’"})

// gradMarkMay is a necessary condition of a graduate's mark or of a group
// that binds a name in t: a degree after a comma with a digit (the class
// year) in the bytes after it, a graduate's noun as an apposition's, or a
// group's "one of them".
func gradMarkMay(t string) bool {
	for _, deg := range [...]string{", MD", ", M.D.", ", DO", ", D.O."} {
		for from := 0; ; {
			k := strings.Index(t[from:], deg)
			if k < 0 {
				break
			}
			k += from + len(deg)
			if strings.ContainsAny(t[k:min(len(t), k+40)], "0123456789") {
				return true
			}
			from = k
		}
	}
	return containsOneOf(t, " graduate of", " graduate from", " graduate,", " graduate (", "alumnus", "alumna", " alum,",
		" alum of", " of them", " among them", "Among them", " of those", " among those", "Among those", " of these",
		" grad ", "graduate ", " alum ", "raduated from", "raduating from")
}

// laterMay is laterEntries' necessary condition (with a graduate's word
// in a block shortly before): a verb of entry.
func laterMay(t string) bool {
	return containsOneOf(t, "match", "begin", "began", "start", "secur", "land", "join", "enter", "accepted", "earned", "got ", "in her", "in his")
}

// schoolMarkMay is a necessary condition of a school set off after a name
// or a degree in brackets after it (gradSet's group 3 found): what
// schoolAppositive and parenMarks read.
func schoolMarkMay(t string) bool {
	return schoolAppositiveMay(t) || containsOneOf(t, " (MD", " (M.D.", " (DO", " (D.O.") || parenYearMay(t)
}

// parenYearMay is parenMarks' necessary condition without a degree: " ("
// and a class year's apostrophe and two digits before the bracket closes.
func parenYearMay(t string) bool {
	for from := 0; ; {
		k := strings.Index(t[from:], " (")
		if k < 0 {
			return false
		}
		k += from + 2
		from = k
		e := strings.IndexByte(t[k:min(len(t), k+40)], ')')
		if e >= 3 && (t[k+e-3] == '\'' || t[k+e-3] == 0x99) && t[k+e-2] >= '0' && t[k+e-2] <= '9' {
			return true
		}
	}
}

// schoolAppositiveMay is schoolAppositive's necessary condition in t: a
// comma, a capital, a school's noun, and a comma, within 110 bytes.
func schoolAppositiveMay(t string) bool {
	for from := 0; ; {
		k := strings.Index(t[from:], ", ")
		if k < 0 {
			return false
		}
		k += from + 2
		from = k
		if k >= len(t) || t[k] < 'A' || t[k] > 'Z' {
			continue
		}
		e := strings.IndexByte(t[k:min(len(t), k+110)], ',')
		if e > 0 && containsOneOf(t[k:k+e], "Universit", "School", "College", "Institute") {
			return true
		}
	}
}

// gradCommaMay reports a comma that a degree or an article follows: where
// gradDegree or gradNoun may match.
func gradCommaMay(rest string) bool {
	r := strings.TrimPrefix(rest, ",")
	r = strings.TrimLeft(r, " ")
	return strings.HasPrefix(r, "MD") || strings.HasPrefix(r, "M.D.") || strings.HasPrefix(r, "DO") ||
		strings.HasPrefix(r, "D.O.") || strings.HasPrefix(r, "a ") || strings.HasPrefix(r, "an ") || strings.HasPrefix(r, "the ")
}

// gradMention is a graduate (or graduates sharing the mark) in a sentence:
// the names, the school the mark names, and where the mark ends.
type gradMention struct {
	names  []string
	school string
	end    int
}

// surname is the last word of the last name: "Ota" for "Ana and Ben Ota".
func (g gradMention) surname() string {
	n := g.names[len(g.names)-1]
	return n[strings.LastIndexByte(n, ' ')+1:]
}

// fullSurname is the surname with the particles before its last word:
// "Van Dyke" for "Ana Van Dyke", "de la Fuente".
func (g gradMention) fullSurname() string {
	f := strings.Fields(g.names[len(g.names)-1])
	st := len(f) - 1
	for st > 1 && nameParticles[strings.ToLower(f[st-1])] {
		st--
	}
	return strings.Join(f[st:], " ")
}

// graduatesIn returns the graduates a sentence names: a name (or names
// joined by "and") then a comma and a graduate's mark, with no student's
// or staff member's role in it.
func graduatesIn(s string) []gradMention {
	var out []gradMention
	for at := 0; at < len(s); {
		c := strings.IndexByte(s[at:], ',')
		if c < 0 {
			break
		}
		c += at
		at = c + 1
		rest := s[c:]
		if !gradCommaMay(rest) {
			if sc, e := schoolAppositive(rest); e > 0 {
				if names := namesBefore(s[:c]); len(names) > 0 && !roleBeforeName(s[:c], names[0]) {
					out = append(out, gradMention{names: names, school: sc, end: c + e})
				}
			}
			continue // (the usual comma: no degree nor article after it)
		}
		school, end := "", -1
		if m := gradDegree().FindStringSubmatchIndex(rest); m != nil {
			school, end = strings.TrimSpace(rest[m[2]:m[3]]), m[1]
		} else if m := gradNoun().FindStringSubmatchIndex(rest); m != nil {
			end = m[1]
			if m[4] >= 0 {
				school = strings.TrimSpace(rest[m[4]:m[5]])
			} else {
				school = strings.TrimSpace(rest[m[2]:m[3]])
			}
		}
		if end < 0 {
			continue
		}
		if staffRoleWords.in(strings.NewReplacer("alumnus", "", "alumna", "").Replace(rest[:end])) || containsFold(rest[:end], "student") {
			continue
		}
		names := namesBefore(s[:c])
		if len(names) == 0 {
			continue
		}
		if school != "" && !isSchoolish(school) {
			school = ""
		}
		out = append(out, gradMention{names: names, school: strings.TrimSuffix(school, ","), end: c + end})
	}
	return append(append(out, marksBefore(s)...), parenMarks(s)...)
}

// gradParen is a graduate's mark in brackets right after a name: "(MD
// '23)", "(MD, XYZ 2019)", "(XYZ '23)" (group 1 the school).
var gradParen = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\((?:(MD|M\.D\.|DO|D\.O\.)(?:,\s*|\s+))?((?:(?:\p{Lu}[\p{L}'’.&-]*|of|de|the)\s+){0,6}?)(?:[Cc]lass\s+of\s+)?(?:['’‘]\d\d|(?:19|20)\d\d)\)`)
})

// occurrences yields where each occurrence of sub in s starts, left to
// right, each sought after the end of the one before.
func occurrences(s, sub string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for from := 0; from < len(s); {
			k := strings.Index(s[from:], sub)
			if k < 0 {
				return
			}
			k += from
			from = k + len(sub)
			if !yield(k) {
				return
			}
		}
	}
}

// parenMarks returns the graduates a sentence marks in brackets after the
// name: "Ana Ruiz (MD '23) matched into …".
func parenMarks(s string) []gradMention {
	var out []gradMention
	for k := range occurrences(s, " (") {
		k++ // (the bracket)
		m := gradParen().FindStringSubmatchIndex(s[k:])
		if m == nil || m[2] < 0 && m[4] == m[5] {
			continue // (a year alone in brackets: no graduate's mark)
		}
		school := strings.TrimSpace(s[k+m[4] : k+m[5]])
		if school != "" && !isSchoolish(school) {
			school = ""
		}
		names := namesBefore(s[:k-1])
		if len(names) == 0 || roleBeforeName(s[:k-1], names[0]) {
			continue
		}
		out = append(out, gradMention{names: names, school: school, end: k + m[1]})
	}
	return out
}

// roleBeforeName reports a student's or a staff member's role in the
// three words before name in t: "fourth-year student Ana Ruiz, X School of
// Medicine, matched" is a student's match.
func roleBeforeName(t, name string) bool {
	first, _, _ := strings.Cut(name, " ")
	i := strings.LastIndex(t, first)
	if i < 0 {
		return false
	}
	return roleWordsEnd(t[:i])
}

// roleWordsEnd reports a student's or a staff member's role in the last
// three words of t.
func roleWordsEnd(t string) bool {
	f := strings.Fields(t)
	w := strings.Join(f[max(0, len(f)-3):], " ")
	return studentWords.in(w) || staffRoleWords.in(w)
}

// schoolAppositive reads, after a name and a comma, a medical school set
// off as the name's apposition, the words after it the name's predicate:
// "Mara Lindqvist, Lakeside University College of Medicine, matched to …" (the
// school, and where its closing comma ends; 0 when there is none). A
// student's, a staff member's or anyone's role in it is no graduate's.
func schoolAppositive(rest string) (string, int) {
	r := strings.TrimPrefix(rest, ",")
	lead := len(rest) - len(strings.TrimLeft(r, " "))
	r = rest[lead:]
	if r == "" || r[0] < 'A' || r[0] > 'Z' {
		return "", 0
	}
	e := strings.IndexByte(r, ',')
	if e < 8 || e > 110 {
		return "", 0
	}
	seg := r[:e]
	if !containsOneOf(seg, "Universit", "School", "College", "Institute") || !isSchoolLine(seg) ||
		staffRoleWords.in(seg) || containsFold(seg, "student") || containsFold(seg, "residen") || containsFold(seg, "hospital") {
		return "", 0
	}
	return seg, lead + e + 1
}

// gradNounsBefore are a graduate's nouns before the name: "AUC grad Ana
// Ruiz", "a 2021 Lakeside graduate, Ana Ruiz", "alumna Ana Ruiz".
var gradNounsBefore = []string{"grad ", "graduate ", "graduate, ", "alumna ", "alumnus ", "alum ", "Grad ", "Graduate ", "Alumna ", "Alumnus "}

// marksBefore returns the graduates a sentence marks before the name: a
// graduate's noun, the school's words before it ("AUC grad Gary Ames",
// "Island School of Medicine graduate Ana Ruiz"), then the name; the
// predicate follows the name (a photograph's cue may stand between:
// "(above, left)"). A student's noun or a role before the noun is no mark
// ("graduate student Ana Ruiz", "fellow graduate", "Graduate Medical
// Education director").
func marksBefore(s string) []gradMention {
	var out []gradMention
	for _, noun := range gradNounsBefore {
		for k := range occurrences(s, noun) {
			from := k + len(noun)
			if k > 0 && isWordByte(s[k-1]) {
				continue
			}
			after := s[from:]
			f := strings.Fields(after)
			n := 0
			for n < len(f) && n < 6 && (startsUpper(strings.TrimPrefix(f[n], "(")) || nameParticles[f[n]] && n > 0) {
				n++
				if strings.HasSuffix(f[n-1], ",") {
					break
				}
			}
			if n < 2 {
				continue
			}
			run := strings.Join(f[:n], " ")
			run = strings.TrimRight(run, ",")
			name, ok := personName(stripTitle(run))
			if !ok || isSchoolLine(run) || staffRoleWords.in(run) || containsFold(run, "student") || containsOneOf(run, "Medical", "Medicine", "Education") {
				continue
			}
			end := from + strings.Index(after, f[n-1]) + len(f[n-1])
			if roleWordsEnd(s[:k]) {
				continue // "fourth-year student and ISM graduate Ana Ruiz"
			}
			school := schoolBefore(s[:k])
			out = append(out, gradMention{names: []string{name}, school: school, end: end})
		}
	}
	return out
}

// schoolBefore returns the school's words that end t before a graduate's
// noun ("AUC", "Island School of Medicine", "a 2021 AUC"): "" when the
// words are no school's (an article, a year, "fellow", "recent").
func schoolBefore(t string) string {
	f := strings.Fields(t)
	st := len(f)
	for st > 0 && len(f)-st < 7 {
		w := f[st-1]
		if !(startsUpper(w) || w == "of" || w == "de" || w == "the" && st < len(f)) || strings.HasSuffix(w, ",") || strings.HasSuffix(w, ".") {
			break
		}
		st--
	}
	for st < len(f) && (f[st] == "of" || f[st] == "the" || f[st] == "de") {
		st++
	}
	if st >= len(f) {
		return ""
	}
	sc := strings.Join(f[st:], " ")
	sc = strings.TrimSuffix(strings.TrimSuffix(sc, "'s"), "’s")
	if !isSchoolish(sc) {
		return ""
	}
	return sc
}

// isSchoolish reports a school's words: an initialism ("XYZ") or words
// with a school's noun ("University", "College", "School").
func isSchoolish(s string) bool {
	if isSchoolLine(s) || containsOneOf(s, "Universit", "College", "School", "Institute", "Academy") {
		return true
	}
	f := strings.Fields(s)
	return len(f) == 1 && len(f[0]) >= 2 && len(f[0]) <= 8 && isUpper(f[0])
}

// namesBefore returns the names that end t: "Ana Ruiz", or "Ana and Ben
// Ota" (the first name as printed, sharing the surname), or "Ana Ruiz and
// Ben Ota"; nothing when t ends with no person's name.
func namesBefore(t string) []string {
	f := strings.Fields(t)
	st := len(f)
	for st > 0 {
		w := f[st-1]
		if w != "and" && w != "&" && !(st < len(f) && innerParticle(f[:st])) &&
			(!startsUpper(w) || strings.HasSuffix(w, ",") && st < len(f)) {
			break
		}
		st--
	}
	for st < len(f) && (gradOpeners[strings.TrimSuffix(f[st], ",")] || f[st] == "and" || f[st] == "&") {
		st++
	}
	if st >= len(f) {
		return nil
	}
	var parts [][]string
	cur := []string(nil)
	for _, w := range f[st:] {
		if w == "and" || w == "&" {
			parts, cur = append(parts, cur), nil
			continue
		}
		cur = append(cur, w)
	}
	parts = append(parts, cur)
	var out []string
	for j, p := range parts {
		if len(p) == 0 {
			return nil
		}
		n := strings.Join(p, " ")
		if name, ok := personName(stripTitle(n)); ok && !isSchoolLine(n) {
			out = append(out, name)
			continue
		}
		if len(p) == 1 && j < len(parts)-1 && nameWords(p[0]) == 1 && !notNameWords[strings.ToLower(p[0])] {
			out = append(out, p[0]) // "Ana and Ben Ota": Ana, as printed
			continue
		}
		return nil
	}
	if len(out) == 0 || !strings.Contains(out[len(out)-1], " ") {
		return nil
	}
	return out
}

// innerParticle reports f's last word a name's particle after a given
// name: "de" and "la" in "Ana de la".
func innerParticle(f []string) bool {
	j := len(f) - 1
	for j >= 0 && nameParticles[f[j]] {
		j--
	}
	return j >= 0 && j < len(f)-1 && startsUpper(f[j])
}

// startsUpper reports a word that opens with a capital letter.
func startsUpper(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z' || strings.HasPrefix(w, "Dr.")
}

// gradEnters reports a clause that enters a residency as the graduates'
// own predicate: after the mark (surname "") the predicate with only
// auxiliaries and adverbs before it; in the next sentence (surname the
// graduates') the same, after a pronoun, "both", or the surname that opens
// it.
func gradEnters(t, surname string, story *yearOnce) bool {
	t = strings.TrimLeft(t, " ,")
	if surname != "" {
		w, rest, _ := strings.Cut(t, " ")
		switch {
		case gradPronouns[w]:
			if w == "The" {
				w2, r2, _ := strings.Cut(rest, " ")
				if w2 != "two" && w2 != "couple" && w2 != "pair" {
					return false
				}
				rest = r2
			}
		case w == surname || w == "Dr." && strings.HasPrefix(rest, surname+" "):
			rest = strings.TrimPrefix(rest, surname+" ")
		default:
			return false
		}
		t = rest
	}
	t = skipPhotoCue(t)
	at, _, class := entryEventIn(t)
	if !class.entersResidency() {
		return false // no event, or the first one a residency over or sought
	}
	gap := t[:at]
	for w := range strings.FieldsSeq(gap) {
		if !gradGapWords.in(strings.Trim(w, ",")) {
			return false
		}
	}
	clause := t[at:]
	if e := strings.IndexByte(clause, ';'); e >= 0 {
		clause = clause[:e]
	}
	if e := strings.Index(clause, ": "); e >= 0 {
		clause = clause[:e] // (a speaker's words after the colon: "… matched to X in Detroit: Keep an open mind")
	}
	return !gradNotGap.in(gap) && !pastYearIn(clause, story) && !pastSpan(clause) && !staffRoleWords.in(clause) &&
		!containsFold(clause, "fellowship")
}

// oneOfThemRE binds a name to the group the sentence before names: "Ana
// Ruiz is one of them", "… is among them", "One of them is Ana Ruiz",
// "Among those graduates is Ana Ruiz" (group 1 or group 2 the names).
var oneOfThemRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:(.+?)\s+(?:is|was|are|were)\s+(?:(?:one|two|three)\s+of|among)\s+(?:them|those|these)|(?:One|Two|Three|Among)\s+(?:of\s+)?(?:them|those|these)(?:\s+graduates|\s+alumni)?\s+(?:is|was|are|were)\s+(.+?))\s*[.!]?$`)
})

// oneOfThem returns the names a sentence binds to the group before it.
func oneOfThem(s string) []string {
	m := oneOfThemRE().FindStringSubmatch(s)
	if m == nil {
		return nil
	}
	t := m[1] + m[2]
	if n, ok := personName(stripTitle(t)); ok && !isSchoolLine(t) {
		return []string{n}
	}
	return namesBefore(t)
}

// gradGroupNouns name a school's graduates (or, on a page that speaks of
// its graduates or alumni, its students) as a group.
var gradGroupNouns = map[string]bool{"graduates": true, "grads": true, "alumni": true, "alumnae": true, "students": true}

// groupEnters reports a sentence whose subject is a school's group of
// graduates entering residency ("Many of X's graduates have secured
// residency positions", "Dozens of our alumni matched into …"), and the
// school the group's possessive or name gives ("X's", "X graduates").
// Students are a group of graduates only on a page whose head or opening
// speaks of its graduates or alumni, and never its fourth-year students
// or seniors (who have not graduated).
func groupEnters(d *doc, s string, story *yearOnce) (string, bool) {
	at, _, class := entryEventIn(s)
	if !class.entersResidency() || !gradEnters(s[at:], "", story) {
		return "", false
	}
	f := strings.Fields(s[:at])
	j := len(f) - 1
	for j >= 0 && gradGapWords.in(f[j]) {
		j--
	}
	if j < 0 || !gradGroupNouns[f[j]] {
		return "", false
	}
	if f[j] == "students" {
		if j > 0 && studentWords.in(f[j-1]) || containsFold(s, "fourth-year") || containsFold(s, "senior") {
			return "", false
		}
		head := d.title + " " + pageOpening(d)
		if !containsFold(head, "alumni") && !containsFold(head, "graduates") && !containsFold(head, "alumnae") {
			return "", false
		}
	}
	school := ""
	if j > 0 {
		w := strings.TrimRight(f[j-1], ",")
		if p := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"); p != w {
			w = p
		}
		if isSchoolish(w) {
			school = w
		}
	}
	return school, true
}

// notMatchGroups are groupWords but those of the match: a head of those
// who matched ("We Matched!", "Match Day placements") scopes out the
// lists of where people matched, not a person's own entry into residency
// (what graduateResidents reads); a head with another group's word does.
var notMatchGroups = newWordList("faculty", "attending", "attendings", "leadership", "director", "directors", "coordinator",
	"coordinators", "staff", "administration", "administrative", "fellow", "fellows", "fellowship", "fellowships",
	"students", "student", "speakers", "speaker", "lecturers", "mentors", "board", "committee", "memoriam", "contact",
	"contacts", "authors", "applicants")

// matchScope reports block i out of scope only by a head of the match:
// the heading over it, else the page's title or first line, speaks of the
// match and of no other group.
func matchScope(d *doc, i int) bool {
	h := headingOver(d, i)
	if h == "" {
		h = d.title
		if len(d.blocks) > 0 {
			h += " | " + d.blocks[0].text
		}
	}
	low := asciiLower(h)
	return matchWords.in(low) && !notMatchGroups.in(low)
}

// A graduate named in one paragraph, the entry told paragraphs later
// through a pronoun or the surname: "For Ana Ruiz, graduating from X
// School of Medicine last Friday was one more step. … At the end of June,
// she will begin a three-year residency at Y." The later sentence binds
// to the graduate of the nearest block before it (up to laterReach blocks)
// when its pronoun agrees with the graduate's (her/she, his/he) and no
// other person is named between them with a title or as a speaker ("Dr.
// Ben Ota", "said Lia Cruz").

// laterReach is how many blocks back a later mention looks for its
// graduate.
const laterReach = 4

// gradVerbs are a graduate's verbs before "from" and the school: "Ana
// Ruiz graduated from X School of Medicine", "For Ana Ruiz, graduating
// from X …", "Ana Ruiz, who recently graduated from X,".
var gradVerbs = [...]string{" graduated from ", " graduating from "}

// gradVerbGap are the words that may stand between the name and the verb.
var gradVerbGap = map[string]bool{"who": true, "has": true, "is": true, "just": true, "recently": true, "had": true}

// verbMarks returns the graduates a sentence marks by the verb, the school
// a medical school's words ("Medicine", "Medical", "Osteopathic"): a
// college's graduate is no doctor yet.
func verbMarks(s string) []gradMention {
	if !strings.Contains(s, "raduat") {
		return nil
	}
	var out []gradMention
	for _, v := range gradVerbs {
		for k := range occurrences(s, v) {
			from := k + len(v)
			f := strings.Fields(s[:k])
			for len(f) > 0 && gradVerbGap[f[len(f)-1]] {
				f = f[:len(f)-1]
			}
			before := strings.TrimRight(strings.Join(f, " "), ",")
			names := namesBefore(before)
			if len(names) != 1 || roleBeforeName(before, names[0]) {
				continue
			}
			school, end := schoolWordsAt(s, from)
			if !isSchoolLine(school) || !containsOneOf(school, "Medic", "Osteopath") {
				continue
			}
			end += timeTailLen(s[end:]) // "… School of Medicine in May, will begin …"
			out = append(out, gradMention{names: names, school: school, end: end})
		}
	}
	return out
}

// schoolWordsAt reads a school's name at s[at:]: capitalised words and
// the small words between them ("of", "the", "and", "for", "at", "de"), up
// to eleven words; the name and where it ends.
func schoolWordsAt(s string, at int) (string, int) {
	end, n := at, 0
	for i := at; i < len(s) && n < 11; n++ {
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != ',' && s[j] != ';' && s[j] != ':' && s[j] != '(' && s[j] != ')' {
			j++
		}
		w := strings.TrimSuffix(s[i:j], ".")
		if w == "" {
			break
		}
		switch w {
		case "of", "the", "and", "for", "at", "de":
		default:
			if !startsUpper(w) {
				n = 11
				continue
			}
			end = i + len(w)
		}
		if j >= len(s) || s[j] != ' ' {
			break
		}
		i = j + 1
	}
	return s[at:end], end
}

// timeTailLen is the length of a time after a school set off by a comma
// (" in May,", " last spring,", " this year,"), 0 when there is none.
func timeTailLen(t string) int {
	r := strings.TrimLeft(t, " ")
	w, _, _ := strings.Cut(r, " ")
	switch w {
	case "in", "last", "this", "on", "earlier":
	default:
		return 0
	}
	c := strings.IndexByte(r, ',')
	if c < 0 || c > 25 {
		return 0
	}
	for _, b := range []byte(r[:c]) {
		if b == '.' || b == ';' || b == ':' {
			return 0
		}
	}
	return len(t) - len(r) + c + 1
}

// frontedWords open an adverbial before a sentence's subject: "At the end
// of June, she …", "This summer she …".
var frontedWords = map[string]bool{"At": true, "In": true, "On": true, "This": true, "Next": true, "After": true, "Come": true,
	"Starting": true, "Beginning": true, "Later": true, "Now": true, "Soon": true, "By": true, "Then": true, "Once": true, "When": true,
	"Last": true, "Earlier": true, "Today": true, "Recently": true, "Shortly": true, "Following": true}

// cutFronted drops an adverbial that opens t before its subject: through
// its comma, or, with none, up to a pronoun within a few words.
func cutFronted(t string) string {
	w, _, _ := strings.Cut(t, " ")
	if !frontedWords[w] {
		return t
	}
	head := t[:min(len(t), 50)]
	if k := strings.Index(head, ", "); k >= 0 {
		return t[k+2:]
	}
	for _, p := range [...]string{" she ", " he "} {
		if k := strings.Index(head, p); k >= 0 {
			return t[k+1:]
		}
	}
	return t
}

// laterEntries reads block i's sentences that enter a residency with a
// pronoun or a surname for the subject, bound to the graduate of a block
// before (laterGraduate).
func laterEntries(d *doc, i int, pageURL string, story *yearOnce) []imgfriendly.Resident {
	var g gradMention
	var gender byte
	var out []imgfriendly.Resident
	read := false // laterGraduate asked
	for _, s := range sentences(d.blocks[i].text) {
		t := cutFronted(s)
		w, _, _ := strings.Cut(t, " ")
		lw := strings.ToLower(w)
		if !(lw == "she" || lw == "he" || startsUpper(w) || nameParticles[w]) || !laterMay(t) {
			continue // (no subject a graduate may be, or no verb of entry)
		}
		if !read {
			read = true
			var ok bool
			if g, gender, ok = laterGraduate(d, i); !ok {
				return nil
			}
		}
		surname := g.surname()
		if fs := g.fullSurname(); fs != surname && strings.HasPrefix(t, fs+" ") {
			t, w = surname+t[len(fs):], surname // "Van Dyke will start …": the surname's last word, as gradEnters reads it
		}
		switch {
		case lw == "she" && gender != 'm' || lw == "he" && gender != 'f':
			t = strings.ToUpper(t[:1]) + t[1:]
		case w != surname:
			continue
		}
		if !gradEnters(t, surname, story) {
			continue
		}
		school, country := "", ""
		if g.school != "" {
			school, country = splitCountry(cleanSchool(strings.TrimPrefix(g.school, "the ")))
		}
		for _, n := range g.names {
			out = append(out, imgfriendly.Resident{Name: n, School: school, Country: country,
				Evidence: imgfriendly.Evidence{URL: pageURL, Text: s, Selector: d.blocks[i].selector()}})
		}
	}
	return out
}

// laterGraduate returns the graduate named last in the laterReach blocks
// before block i, with the gender of the pronouns said of them after the
// name in that block ('f', 'm', or 0 when none is); false when none is, or
// when another person is named between (otherPersonNamed).
func laterGraduate(d *doc, i int) (gradMention, byte, bool) {
	for j := i - 1; j >= max(0, i-laterReach); j-- {
		b := &d.blocks[j]
		if b.role == roleRow || outOfScope(d, j) && !pastScope(d, j) && !matchScope(d, j) {
			return gradMention{}, 0, false
		}
		ss := sentences(b.text)
		for k := len(ss) - 1; k >= 0; k-- {
			gs := append(graduatesIn(ss[k]), verbMarks(ss[k])...)
			if len(gs) == 0 {
				continue
			}
			g := gs[len(gs)-1]
			for _, h := range gs {
				if h.end > g.end {
					g = h
				}
			}
			for m := j + 1; m < i; m++ {
				if otherPersonNamed(d.blocks[m].text, g.surname()) {
					return gradMention{}, 0, false
				}
			}
			return g, pronounGender(strings.Join(ss[k:], " ")), true
		}
		if otherPersonNamed(b.text, "") {
			return gradMention{}, 0, false
		}
	}
	return gradMention{}, 0, false
}

// otherTitled is a person named with a title, or a speaker: group 1 the
// name's first word after the title, group 2 the speaker's.
var otherTitled = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(?:Dr|Mr|Mrs|Ms|Prof)\.\s+([A-Z][^\s,.;:]+(?:\s+[A-Z][^\s,.;:]+)?)|\b(?:said|says)\s+(?:Dr\.\s+)?([A-Z][^\s,.;:]+(?:\s+[A-Z][^\s,.;:]+)?)`)
})

// otherPersonNamed reports a person with a title or a speaker in t whose
// name does not end with surname.
func otherPersonNamed(t, surname string) bool {
	if !containsOneOf(t, "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "said ", "says ") {
		return false
	}
	for _, m := range otherTitled().FindAllStringSubmatch(t, -1) {
		n := m[1] + m[2]
		if surname == "" || !strings.HasSuffix(n, surname) && n != surname {
			return true
		}
	}
	return false
}

// pronounGender reads the first personal pronoun of t: 'f' for she or her,
// 'm' for he, his or him, 0 for none.
func pronounGender(t string) byte {
	low := " " + strings.Map(func(r rune) rune {
		if r == ',' || r == '.' || r == ';' || r == ':' || r == '!' || r == '?' || r == '"' || r == '(' || r == ')' {
			return ' '
		}
		return r
	}, asciiLower(t)) + " "
	f, m := -1, -1
	for _, w := range []string{" she ", " her ", " hers ", " herself "} {
		if k := strings.Index(low, w); k >= 0 && (f < 0 || k < f) {
			f = k
		}
	}
	for _, w := range []string{" he ", " his ", " him ", " himself "} {
		if k := strings.Index(low, w); k >= 0 && (m < 0 || k < m) {
			m = k
		}
	}
	switch {
	case f >= 0 && (m < 0 || f < m):
		return 'f'
	case m >= 0:
		return 'm'
	}
	return 0
}
