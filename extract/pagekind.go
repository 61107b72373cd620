package extract

import (
	"strings"
	"sync"
)

// A third party's page about programs (decided in session 17): an
// explainer or a guide for international graduates, a blog post or a law
// firm's note on visas, a journal's abstract. Such a page writes of visas,
// exams and programs in general, and its "we" is its author's ("in this
// post we will discuss …", "we investigated factors associated with …"),
// so the first person does not make it a program's voice. Its rules are no
// program's unless a sentence names the page's own program as the one that
// acts: "our program", "our residency", "we sponsor …", "we do not accept
// …", "the program requires …" (ownProgramSubject), or an institution
// speaking of itself (institutionVoice).

// thirdPartyMarked reports a text by which a page says it is a third
// party's account: an author's byline ("Written by …", "Posted by …"), a
// post, an article or a guide speaking of itself ("In this post, we …",
// "This article is …"), a guide for international graduates, an
// immigration lawyer's note. (Not a disclaimer: a program's page may
// carry one.) Read with a few searches for the marks' rarer parts, each
// of whose hits is then read whole: the first blocks of every page are
// read so (thirdPartyMarkBlocks), and a folded keyword set or one search
// per mark cost more.
func thirdPartyMarked(t string) bool {
	if i := strings.Index(t, "ed by "); i >= 2 && (strings.HasSuffix(t[:i+2], "tten") || strings.HasSuffix(t[:i+2], "sted")) {
		return true // "Written by", "Posted by"
	}
	for from := 0; ; {
		i := strings.Index(t[from:], "his ")
		if i < 0 {
			break
		}
		i += from + len("his ")
		from = i
		for _, w := range []string{"post", "article", "guide"} {
			if strings.HasPrefix(t[i:], w) && (i+len(w) == len(t) || !isWordByte(t[i+len(w)])) {
				return true // "in this post", "this article is", "this guide is"
			}
		}
	}
	if i := strings.Index(t, "uide for "); i >= 0 {
		rest := t[i+len("uide for "):]
		if strings.HasPrefix(rest, "international") || strings.HasPrefix(rest, "IMG") || strings.HasPrefix(rest, "img") ||
			strings.HasPrefix(rest, "foreign") || strings.HasPrefix(rest, "International") || strings.HasPrefix(rest, "Foreign") {
			return true // "a guide for international medical graduates"
		}
	}
	if i := strings.Index(t, "mmigration "); i >= 0 {
		rest := t[i+len("mmigration "):]
		return strings.HasPrefix(rest, "attorney") || strings.HasPrefix(rest, "lawyer") || strings.HasPrefix(rest, "law firm")
	}
	return false
}

// abstractSections are the headings of a structured abstract; a page with
// three of them as blocks of their own is a journal's abstract.
var abstractSections = []string{"background", "objective", "objectives", "methods", "results", "conclusion", "conclusions",
	"design", "setting", "participants", "purpose", "measurements", "abstract"}

// legendHeads are the headings of a key to a list's abbreviations or
// marks ("Abbreviations used", "Legend"): a list compiled across programs
// explains its codes so ("US - US clinical experience needed", "att -
// attempts"), and a program's own page has no need to.
var legendHeads = []string{"abbreviations", "abbreviations used", "list of abbreviations", "key to abbreviations", "legend",
	"glossary", "key", "abbreviations and symbols"}

// thirdPartyPage reports a page that says it is a third party's (see
// above): a mark in its title or one of its first blocks
// (thirdPartyMarked), three sections of a structured abstract, or the
// heading of a key to a list's abbreviations (legendHeads).
func thirdPartyPage(d *doc) bool {
	if thirdPartyMarked(d.title) {
		return true
	}
	sections := 0
	for i := range d.blocks[:min(len(d.blocks), thirdPartyBlocks)] {
		t := d.blocks[i].text
		if len(t) <= 28 {
			switch headOf(strings.Trim(t, " :.\t")) {
			case headLegend:
				return true
			case headSection:
				if sections++; sections >= 3 {
					return true
				}
			}
			continue
		}
		if i < thirdPartyMarkBlocks && thirdPartyMarked(t) {
			return true
		}
	}
	return false
}

// thirdPartyBlocks is how many of a page's first blocks thirdPartyPage
// reads: a byline, a post's word of itself, a guide's title, a key to
// abbreviations and an abstract's sections open the page.
const thirdPartyBlocks = 24

// thirdPartyMarkBlocks is how many of them it reads for a byline or a
// post's, an article's or a guide's word of itself (thirdPartyMarked),
// which open such a page.
const thirdPartyMarkBlocks = 8

// headOf reports a short block that is a key's heading (headLegend) or
// a section of a structured abstract (headSection), in any case.
func headOf(h string) int {
	for _, w := range legendHeads {
		if len(h) == len(w) && strings.EqualFold(h, w) {
			return headLegend
		}
	}
	for _, w := range abstractSections {
		if len(h) == len(w) && strings.EqualFold(h, w) {
			return headSection
		}
	}
	return 0
}

const (
	headLegend = 1 + iota
	headSection
)

// ownProgramSubject matches a sentence that names the page's own program
// as the one that acts: "our" before a program's noun, "we" before a verb
// of the program's acts (through up to two words: "we do not sponsor",
// "we are happy to accept"), "this program" or "the residency" before one
// in the third person.
var ownProgramSubject = sync.OnceValue(func() gatedRegexp {
	return mustGateDerived(`\bour( [a-z-]+){0,2} (program|programs|residency|residencies|department|hospital|institution|residents|interns|applicants)\b|` +
		`\bwe( [a-z']+){0,2} (sponsor|accept|require|consider|offer|prefer|welcome|expect|interview|rank|review|encourage|recommend|support|look for|take)\b|` +
		`\b(this|the) (residency |training )?(program|residency) (currently |only |also |does not |will not |cannot |no longer )?(sponsors|accepts|requires|considers|offers|prefers|welcomes|expects|is unable|is not able|is able)\b`)
})

// programNamesItself reports a page on which a sentence names the page's
// own program as the one that acts (ownProgramSubject), or an institution
// speaks of itself (institutionPage).
func programNamesItself(d *doc) bool {
	return pageSays(d, ownProgramSubject()) || institutionPage(d)
}

// unansweredRow reports a table row whose first cell names what the row
// is about ("Applicants must have passed Step 1 to be considered") and
// whose other cells are empty: a listing's field whose answer (a check
// mark, a value) was lost or never given. It asserts nothing, as a
// question without its answer does. A row of one cell is a sentence of
// its own and still speaks. Rows written as text ("| … | |") are read the
// same way.
func unansweredRow(st *stmt) bool {
	if b := st.blk; b != nil && b.row != nil {
		if len(b.row.cells) < 2 || b.row.cells[len(b.row.cells)-1] != "" && strings.TrimSpace(b.row.cells[len(b.row.cells)-1]) != "" {
			return false // (the usual row: its last cell holds a value)
		}
		return onlyFirstCell(b.row.cells)
	}
	if !strings.HasPrefix(st.text, "|") && !strings.HasPrefix(st.text, " |") {
		return false // (the usual sentence)
	}
	t := strings.TrimSpace(st.text)
	if len(t) < 4 || t[0] != '|' {
		return false
	}
	return onlyFirstCell(strings.Split(strings.TrimSuffix(t[1:], "|"), "|"))
}

// onlyFirstCell reports a row of two or more cells whose first cell alone
// holds text: a listing's row whose answer is lost.
func onlyFirstCell(cells []string) bool {
	if len(cells) < 2 || strings.TrimSpace(cells[0]) == "" {
		return false
	}
	for _, c := range cells[1:] {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// domesticSubject reports a clause whose subject is a group of applicants
// who are not international graduates — "US MD applicants must have
// passed Step 1", "U.S. DO applicants must …", "American graduates …",
// "AMGs …" — and names no international graduate beside them: the facts
// are an IMG's, and such a rule is another group's (a listing's row for
// each group of applicants, or a program's word to its US applicants).
// "All applicants, US and international, …" and "US graduates and IMGs
// …" are everyone's; "US citizens" may be IMGs. The group is a mark of
// the US (domesticMarks) before a noun of people within three words
// (domesticPeople); the subject is the clause's words before its first
// verb of requirement or being (subjectEnds). A clause naming the
// osteopathic exam speaks to its takers, who are the group it names.
// (Asked only of a clause with a mark of the US or of such a group:
// domesticMay.)
func domesticSubject(low string, cl *clause) bool {
	text := low[cl.start:cl.end]
	group, intl := false, false
	prev := [3]string{} // the three words before, nearest first
	for rest := text; rest != ""; {
		rest = strings.TrimLeft(rest, " ")
		n := strings.IndexByte(rest, ' ')
		if n < 0 {
			n = len(rest)
		}
		w := strings.Trim(rest[:n], ",.;:()|\"'")
		rest = rest[n:]
		if subjectEnds[w] {
			break
		}
		switch {
		case w == "img" || w == "imgs" || w == "fmg" || w == "fmgs" || w == "international" || w == "foreign" || w == "all" ||
			w == "every" || w == "any" || w == "non-usa" || w == "offshore" || w == "caribbean":
			intl = true
		case domesticPeople[w]:
			if domesticMarks[prev[0]] || domesticMarks[prev[1]] || domesticMarks[prev[2]] {
				group = true // "US MD applicants", "American medical graduates"
			}
		}
		prev[2], prev[1], prev[0] = prev[1], prev[0], w
	}
	return group && !intl
}

// domesticMay reports a clause that may have a US group as its subject:
// it names the US, and no osteopathic exam (whose rule is its takers').
func domesticMay(low string, cl *clause) bool {
	if cl.topics.any(topics(tCOMLEX, tLevel1, tLevel2)) {
		return false
	}
	if cl.topics.has(tUSA) {
		return true
	}
	return strings.Contains(low[cl.start:cl.end], "usa ") // "usa graduates" is no word of the country's (the lexicon's kNone)
}

// subjectEnds are the words that end a clause's subject: modals, verbs
// of being and having. domesticMarks mark a group of applicants as the
// country's own; domesticPeople are the nouns of such a group.
var (
	subjectEnds = map[string]bool{"must": true, "should": true, "shall": true, "need": true, "needs": true, "are": true, "is": true,
		"will": true, "may": true, "can": true, "have": true, "has": true, "require": true, "requires": true, "were": true, "was": true}
	domesticMarks  = map[string]bool{"usa": true, "american": true, "domestic": true, "lcme": true, "osteopathic": true, "allopathic": true}
	domesticPeople = map[string]bool{"graduates": true, "graduate": true, "grads": true, "seniors": true, "senior": true,
		"applicants": true, "applicant": true, "students": true, "student": true, "candidates": true, "candidate": true, "mds": true, "dos": true}
)

// comparisonRow reports a row of a table that compares programs (decided
// in session 17): its header names the program of each row in one column
// (programColumns: "Program", "Institution", "Hospital", "Residency
// program") and where it is in another (placeColumns: "State", "City",
// "Location"). Each row is the program it names, one of many, not the
// page's own: "Beta Hospital | NJ | J-1 only" is Beta Hospital's visa.
// A program's own requirements table ("Requirement | Policy") names no
// program column, and a sentence of the page beside such a table keeps
// its rule.
func comparisonRow(st *stmt) bool {
	b := st.blk
	if b == nil || b.row == nil || len(b.row.header) < 3 {
		return false
	}
	prog, place := false, false
	for _, h := range b.row.header {
		h = strings.Trim(h, " :*\t")
		prog = prog || oneOfFold(h, programColumns)
		place = place || oneOfFold(h, placeColumns)
	}
	return prog && place
}

// programColumns and placeColumns are the header cells of a table that
// compares programs (comparisonRow).
var (
	programColumns = []string{"program", "programs", "program name", "residency program", "residency", "institution",
		"institution name", "hospital", "hospital name", "sponsoring institution", "name"}
	placeColumns = []string{"state", "city", "location", "region", "city/state", "city, state", "state/city"}
)

// oneOfFold reports s equal to one of ws in any case.
func oneOfFold(s string, ws []string) bool {
	for _, w := range ws {
		if len(s) == len(w) && strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}
