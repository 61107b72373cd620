package extract

import (
	"bytes"
	"fmt"
	"net/url"
	"runtime/debug"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/imgfriendly/imgfriendly"
)

// MaxBodyBytes is the largest page Page reads whole: the crawler's
// max_body_bytes may not exceed it (cmd checks), so a page the crawler
// accepts is never cut short here, and a larger one is rejected by the
// crawler with its cause (body_too_large) rather than read in part.
const MaxBodyBytes = 10 << 20

// Limits that bound the work done on one page, so that a pathological or
// hostile page costs at most a few milliseconds more than an ordinary one.
const (
	maxBodyBytes   = MaxBodyBytes // bytes of input parsed; never more than the crawler accepts
	maxBlocks      = 4000         // text blocks reasoned about per page
	maxBlockRunes  = 3000         // characters kept per block
	maxSentences   = 40           // sentences analysed per block
	maxDepth       = 200          // element nesting followed by the walker
	maxResidents   = 1000         // residents returned per page
	maxSentenceLen = 600          // characters of one sentence given to the rules
)

// Option adjusts how Page reads a page.
type Option func(*options)

type options struct {
	runDate time.Time
}

// WithRunDate sets the date of the night: its year is the reference for
// converting "graduated in or after YYYY" into years when the page names no
// application cycle or Match year.
func WithRunDate(t time.Time) Option {
	return func(o *options) { o.runDate = t }
}

// InternalError is a fault of the extractor itself on one page (a rule that
// panicked): a bug to report with the page, never a property of the page.
type InternalError struct {
	URL   string // the page's URL
	Value any    // what the rule panicked with
	Stack []byte // where
}

func (e *InternalError) Error() string {
	return fmt.Sprintf("internal error reading %s (please report it with the page): %v", e.URL, e.Value)
}

// Page extracts the facts and roster residents one page states. body is the
// decoded page (HTML, or plain text when it has no markup); u is the URL the
// page was fetched from and goes into every fact's evidence. Facts carry no
// FetchedAt: the caller knows when the page was fetched.
//
// A fault of a rule on the page (a panic) comes back as an *InternalError
// naming the page, not as a crash of the process running the night.
func Page(body []byte, u *url.URL, opts ...Option) (pf imgfriendly.PageFacts, err error) {
	defer func() {
		if v := recover(); v != nil {
			name := ""
			if u != nil {
				name = u.String()
			}
			pf, err = imgfriendly.PageFacts{}, &InternalError{URL: name, Value: v, Stack: debug.Stack()}
		}
	}()
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	pageURL := ""
	if u != nil {
		pageURL = u.String()
	}
	if len(body) > maxBodyBytes {
		body = body[:maxBodyBytes]
	}
	var d *doc
	if hasMarkup(body) {
		root, err := html.Parse(bytes.NewReader(body))
		if err != nil {
			// The parser refuses pathological pages (nesting beyond 512
			// elements); read their text as lines instead of failing.
			d = blocksFromText(tokenText(body))
		} else {
			d = blocksFromHTMLSized(root, blockRoom(len(body)))
		}
	} else {
		d = blocksFromText(body)
	}
	return analyse(d, pageURL, o), nil
}

// analyse runs every rule over the blocks of one page.
func analyse(d *doc, pageURL string, o options) imgfriendly.PageFacts {
	cyc := findCycle(d, o.runDate)
	stmts := statements(d)
	var c collector
	e := env{cyc: cyc}
	rules := !notResidencyPage(d, pageURL)
	buf := readBuf{d: d}
	system := false // a sentence speaks of residency programs in general
	for i := range stmts {
		st := &stmts[i]
		if rules {
			if toks, skimmed, sys := skim(st, &buf, !system); skimmed {
				system = system || sys // (no table reads it)
			} else {
				r := readMatched(st, &buf, toks)
				system = system || r.system && !r.askedOfProgram // (not a program's answer to a question put to it)
				for _, t := range tables {
					t.apply(r, &e, &c)
				}
			}
		}
		countRules(st, &c)
	}
	if rules && len(c.cands) > 0 && (schoolAdmissionsPage(d) || system && !programSpeaks(d) || thirdPartyPage(d) && !programNamesItself(d)) {
		c.keepCounts() // a medical school's admissions rules, an adviser's account of programs in general, a third party's page: no residency's
	}
	facts := c.resolve(pageURL)
	d.refYear = cyc.year
	residents := roster(d, pageURL)
	pf := imgfriendly.PageFacts{
		URL:       pageURL,
		CycleYear: cyc.year,
		Facts:     facts,
		Residents: residents,
	}
	if !cyc.stated {
		pf.CycleYear = 0
	}
	pf.Kind = classify(d, facts, residents)
	pf.Title, pf.Heading = identity(d)
	pf.IDs = pageIDs(d, pageURL)
	if pf.Facts == nil {
		pf.Facts = []imgfriendly.Fact{}
	}
	if pf.Residents == nil {
		pf.Residents = []imgfriendly.Resident{}
	}
	return pf
}

// hasMarkup reports whether body looks like HTML rather than plain text: it
// contains a tag or a doctype/comment opener.
func hasMarkup(body []byte) bool {
	for i := 0; i+1 < len(body); i++ {
		if body[i] != '<' {
			continue
		}
		c := body[i+1]
		if c == '!' || c == '/' || c == '?' || (c|0x20 >= 'a' && c|0x20 <= 'z') {
			return true
		}
	}
	return false
}

// tokenText returns the text of an HTML page with a line break at every
// block-level tag, read with the tokenizer (which keeps no element stack).
func tokenText(body []byte) []byte {
	var out bytes.Buffer
	z := html.NewTokenizer(bytes.NewReader(body))
	skip := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return out.Bytes()
		case html.TextToken:
			if skip == 0 {
				out.Write(bytes.ReplaceAll(z.Text(), []byte("\n"), []byte(" ")))
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if a == atom.Script || a == atom.Style {
				if tt == html.StartTagToken {
					skip++
				} else if skip > 0 {
					skip--
				}
			}
			if isBlockTag(a) || a == atom.Br {
				out.WriteByte('\n')
			}
		}
	}
}

// notResidencyPage reports a page whose rules are not a residency program's: an
// observership, externship or visiting-student program's page (by its
// address or title), whose "passed on the first attempt" and "we do not
// sponsor visas" speak of that program; or a university's immigration page
// for its scholars, faculty or employees (by its address or title: a word
// of immigration and one of those people, no word of graduate medical
// training), whose J-1 and H-1B are theirs; or a page of another regime
// (Selective Service registration, a J-1 waiver or the Conrad 30 program,
// by its address or title), whose visas and years are that regime's.
func notResidencyPage(d *doc, pageURL string) bool {
	path := strings.ToLower(pageURL)
	if u, err := url.Parse(pageURL); err == nil {
		path = strings.ToLower(u.Path)
	}
	title := strings.ToLower(d.title)
	first := ""
	if d.title == "" && len(d.blocks) > 0 && d.blocks[0].node == nil && fieldCount(d.blocks[0].text) <= 12 && !strings.ContainsAny(d.blocks[0].text, ".?") {
		first = strings.ToLower(d.blocks[0].text) // plain text: its first short line is the page's title
	}
	for _, s := range []string{path, title, first} {
		// another regime's page: Selective Service registration, the J-1
		// waiver (Conrad 30) for physicians after training
		if containsOneOf(s, "selective service", "selective-service", "selective_service", "conrad") ||
			strings.Contains(s, "waiver") && !containsOneOf(s, "residen", "gme", "graduate-medical", "graduate medical") {
			return true
		}
		if s == first || strings.Contains(s, "residen") {
			continue
		}
		for _, w := range []string{"observership", "externship", "visiting-student", "visiting_student", "visiting student", "clerkship"} {
			if strings.Contains(s, w) {
				return true
			}
		}
		if containsOneOf(s, "scholar", "faculty", "employee") && containsOneOf(s, "visa", "immigration", "isss", "international", "h1b", "h-1b", "j-1", "j1") &&
			!containsOneOf(s, "gme", "graduate-medical", "graduate medical", "fellow", "housestaff", "house-staff", "house staff", "interns", "internship", "trainee", "physician") {
			return true
		}
	}
	return false
}

// schoolAdmissionsPage reports a medical school's admissions page: it names
// the medical school entrance test and another mark of applying to medical
// school (the schools' application services, prerequisite or undergraduate
// courses, matriculation, premedical study, secondary applications), and
// nothing of applying to a residency (ERAS, NRMP, PGY, USMLE, COMLEX,
// ECFMG). Whom it admits and on what terms ("all applicants must be US
// citizens or permanent residents") is the school's rule, not a
// residency's. (Asked only of a page that has a rule: one search per block
// for the test's name on the others.)
func schoolAdmissionsPage(d *doc) bool {
	test := false
	for i := range d.blocks {
		if strings.Contains(d.blocks[i].text, "MCAT") {
			test = true
			break
		}
	}
	if !test {
		return false
	}
	other := false
	for i := range d.blocks {
		t := d.blocks[i].text
		if containsOneOf(t, "ERAS", "NRMP", "PGY", "USMLE", "COMLEX", "ECFMG") {
			return false
		}
		if !other {
			other = containsOneOf(t, "AMCAS", "AACOMAS", "TMDSAS") ||
				containsOneOf(strings.ToLower(t), "prerequisite", "undergraduate", "matriculat", "premed", "pre-med", "secondary application")
		}
	}
	return other
}

// programSpeaks reports a page on which a program speaks of itself ("we",
// "our", "this program"; programVoice) somewhere, headings and sentences
// that state no rule included. A page that speaks of residency programs in
// general ("most programs require …", "some institutions sponsor …", "the
// residency application process in the US …") and nowhere in a program's
// voice is an adviser's, a story's or an essay's: its "IMGs must pass Step
// 1" and "some programs sponsor J-1 visas" are no program's rules. (Asked
// only of a page with a rule and such a sentence.)
//
// An institution's GME page speaks as the institution ("the hospital
// sponsors J-1 visas", a title of graduate medical education;
// institutionVoice): its rules are its programs'.
//
// The program's voice is its first person plural ("we", "our", "us"), or
// its name in the third person ("the program", "this program") in a
// sentence neither addressed to the applicant nor in the applicant's
// voice: "Will this program sponsor me?" is the applicant asking about any
// program, "you need H-1B sponsorship directly from the program" an
// adviser telling the reader what to get from whichever program it is
// (applicantsSide). A page that names its program so and says nothing in
// its own first person speaks of programs only as the reader meets them.
func programSpeaks(d *doc) bool {
	return pageVoice(d) || institutionPage(d)
}

// pageVoice reports the page's title or one of its blocks in the
// program's voice (see programSpeaks).
func pageVoice(d *doc) bool {
	if ownVoice(norm(d.title)) {
		return true
	}
	for i := range d.blocks {
		if ownVoice(norm(d.blocks[i].text)) {
			return true
		}
	}
	return false
}

// ownVoice reports a normalised text in the program's voice: a word of
// its first person plural, or a third-person name of it in a sentence not
// on the applicant's side (applicantsSide).
func ownVoice(low string) bool {
	if !programVoice.MatchString(low) {
		return false
	}
	for _, m := range programVoice.re.FindAllStringIndex(low, -1) {
		switch low[m[0]:m[1]] {
		case "we", "our", "ours", "us":
			return true
		}
		if !applicantsSide(sentenceAround(low, m[0], m[1])) {
			return true
		}
	}
	return false
}

// applicantsSide reports a sentence addressed to the applicant or in the
// applicant's voice: the second person, or the first person singular.
func applicantsSide(s string) bool {
	for _, f := range strings.Fields(s) {
		switch strings.Trim(f, ",.;:()\"'?!") {
		case "you", "your", "yours", "i", "me", "my":
			return true
		}
	}
	return false
}

// pageSays reports g matching the page's title or one of its blocks.
func pageSays(d *doc, g gatedRegexp) bool {
	if g.MatchString(norm(d.title)) {
		return true
	}
	for i := range d.blocks {
		if g.MatchString(norm(d.blocks[i].text)) {
			return true
		}
	}
	return false
}

// institutionVoice matches an institution speaking of itself, or its
// graduate medical education office: "the hospital sponsors", "this
// institution does not accept", "the medical center supports", "GME" (not
// "the hospital must file a petition": any hospital, in an adviser's
// account).
var institutionVoice = mustGate(`\b(?:gme|graduate medical education)\b|\b(?:the|this) (?:sponsoring institution|institution|hospital|medical center|health system) (?:currently |only |also |does not |do not |will not |cannot |will |can |is able to |is not able to |is unable to )?(?:sponsors?|accepts?|supports?|offers?|provides?|welcomes?|considers?)\b`,
	"gme", "graduate medical education", "institution", "hospital", "medical center", "health system")

// institutionPage reports a page on which an institution speaks of itself
// (institutionVoice).
func institutionPage(d *doc) bool {
	return pageSays(d, institutionVoice)
}

// containsOneOf reports whether s contains one of ws.
func containsOneOf(s string, ws ...string) bool {
	for _, w := range ws {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
