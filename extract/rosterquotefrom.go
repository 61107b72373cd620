package extract

import (
	"regexp"
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// A quote set under its speaker's name by a colon — "From Dr. Okafor:
// “…”", "Dr. Okafor says: “…”", "In the words of Ana Ruiz: “…”" — is
// the speaker's own account. Its speaker is a resident when the account
// says a residency is under way: the self readers' cues ("I am a
// second-year resident", "my co-residents"), or a residency that heads its
// sentence in the present perfect ("Ophthalmology residency at X has been
// …", "My residency has been …"; not "our residency", the program's voice,
// nor "the residency"), and nothing in it is over, to come or a student's.
// The speaker's medical school is the first one the quote names
// ("Northvale University Medical School was like no other …"); the
// residency's institution ("University of X"), no medical school by its
// name, is not read as one. A surname alone is the person named in full
// before; a speaker the page gives a staff role is none.

// colonLead is a colon attribution that opens a block or a sentence:
// group 1 the speaker's name after a title or a rank (a surname alone
// perhaps).
var colonLead = regexp.MustCompile(`(?:^|[.!?]\s+)(?:(?:From|In the words of|A word from|A note from|Advice from)\s+)?(?:(?:Lt|Col|Capt|Cpt|Maj|Sgt|Cdr|Lcdr|Ltc)\.?\s+)*(?:\(?Drs?\.?\)?\s+)?(` + colonName + `(?:\s+` + colonName + `){0,3})(?:\s+(?:says|said|shares|shared|writes|wrote|adds|added|explains|explained|reflects|recalls))?\s*:\s*[“"‘’']`)

// colonName is a word of a speaker's name: capitalised, or a surname's
// particles before one ("de la Fuente").
const colonName = `(?:(?:de|del|della|da|dos|du|van|von|der|den|la|le|di)\s+)*\p{Lu}[\p{L}'’.-]*`

// colonQuoteResidents reads the speakers of colon-attributed quotes.
func colonQuoteResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || len(b.text) < 40 || !colonQuote(b.text) || outOfScope(d, i) {
			continue
		}
		m := colonLead.FindStringSubmatchIndex(b.text)
		if m == nil {
			continue
		}
		raw := stripTitle(b.text[m[2]:m[3]])
		name, ok := personName(raw)
		if ok {
			name = fullerName(d, name)
		}
		if sp := strings.IndexByte(raw, ' '); !ok && (sp < 0 || nameTailParticles[raw[:sp]]) {
			name, ok = fullNameFor(d, raw) // "From Dr. Okafor", "Dr. de la Fuente": named in full before
		}
		if !ok || rolesElsewhere(d, name) {
			continue
		}
		said := b.text[m[1]-1:] // the quote from its opening mark
		if said[0] != '"' && said[0] != '\'' {
			said = b.text[m[1]-len("“"):] // (“ and ‘ are three bytes)
		}
		if !speakerResidentNow(said) {
			continue
		}
		out = append(out, imgfriendly.Resident{Name: name, School: quotedSchool(said),
			Evidence: imgfriendly.Evidence{URL: pageURL, Text: b.text, Selector: b.selector()}})
	}
	return out
}

// speakerResidentNow reads a speaker's quoted words as their own account.
func speakerResidentNow(said string) bool {
	a := selfAccount{first: true}
	subject := false
	for _, q := range quoteBreak.Split(said, -1) { // (a quote's sentences, each quote apart)
		for _, s := range sentences(strings.Trim(q, quoteTrim)) {
			low := strings.ReplaceAll(asciiLower(s), "’", "'")
			a.add(s, low)
			subject = subject || residencySubjectNow(low)
		}
	}
	return a.over == 0 && a.ahead == 0 && a.student == 0 && (a.now > 0 || subject)
}

// colonQuote reports a colon before a quotation mark, a space or two
// between ("X: “…", "X: '…"): a necessary condition of a colonLead match,
// read with a byte search for each colon.
func colonQuote(t string) bool {
	for i := strings.IndexByte(t, ':'); i >= 0; {
		j := i + 1
		for j < len(t) && j < i+3 && t[j] == ' ' {
			j++
		}
		if j < len(t) && (t[j] == '"' || t[j] == '\'' || strings.HasPrefix(t[j:], "“") || strings.HasPrefix(t[j:], "‘") || strings.HasPrefix(t[j:], "’")) {
			return true
		}
		k := strings.IndexByte(t[j:], ':')
		if k < 0 {
			return false
		}
		i = j + k
	}
	return false
}

// quoteBreak is where one quotation ends and the next opens: "…ahead.”
// “Residency …", "…ahead.' 'Residency …".
var quoteBreak = regexp.MustCompile(`[”"’']\s+[“"‘’']`)

// quoteTrim are the marks and spaces around a quotation.
const quoteTrim = " “”\"‘’'"

// residencySubjectNow reports a sentence (lower case) whose subject, before
// its "has been", is headed by a residency of the speaker's: "ophthalmology
// residency at x has been …", "my residency has been …"; not the program's
// ("our residency", "the residency", "this residency") nor a goal
// ("becoming a resident has been my dream"): the role word is among the
// subject's first three words, after no article, determiner or gerund.
func residencySubjectNow(low string) bool {
	i := strings.Index(low, " has been ")
	if i < 0 {
		return false
	}
	ws := strings.Fields(low[:i])
	if len(ws) == 0 || len(ws) > 8 || strings.Contains(low[:i], ",") {
		return false
	}
	for k, w := range ws[:min(len(ws), 3)] {
		switch w {
		case "our", "the", "this", "that", "your", "their", "his", "her", "its", "a", "an":
			return false // the program's residency, or a role sought ("becoming a resident")
		}
		if strings.HasSuffix(w, "ing") {
			return false // "matching into residency has been …"
		}
		switch roleKind(ws[k:k+1], true) {
		case roleWhole, roleFirst, roleLater:
			return true
		}
	}
	return false
}

// quotedSchool returns the first medical school a speaker's words name: a
// run of capitalised words (with "of", "the", "and" between) that is
// school-shaped and named as a medical school; "" when none.
func quotedSchool(said string) string {
	ws := strings.Fields(strings.NewReplacer("“", " ", "”", " ", "\"", " ", "‘", " ", "’ ", " ", "' ", " ", " '", " ", " ’", " ").Replace(" " + said))
	for k := 0; k < len(ws); k++ {
		if !upperAt(ws[k], 0) {
			continue
		}
		j := k
		for j < len(ws) && (upperAt(ws[j], 0) || j > k && (ws[j] == "of" || ws[j] == "the" || ws[j] == "and" || ws[j] == "de")) {
			if strings.ContainsAny(ws[j], ",.;:!?") {
				j++
				break
			}
			j++
		}
		run := strings.Trim(strings.Join(ws[k:j], " "), ",.;:!?")
		for strings.HasSuffix(run, " of") || strings.HasSuffix(run, " the") || strings.HasSuffix(run, " and") {
			run = run[:strings.LastIndexByte(run, ' ')]
		}
		if fieldCount(run) >= 2 && schoolShaped(run) && medicalNamed.in(run) {
			return run
		}
		k = j
	}
	return ""
}
