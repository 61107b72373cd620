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

// thirdPartyPage reports a page that says it is a third party's (see
// above): a mark in its title or one of its first blocks
// (thirdPartyMarked), or three sections of a structured abstract.
func thirdPartyPage(d *doc) bool {
	if thirdPartyMarked(d.title) {
		return true
	}
	sections := 0
	for i := range d.blocks[:min(len(d.blocks), thirdPartyBlocks)] {
		t := d.blocks[i].text
		if len(t) <= 28 {
			if abstractHead(strings.Trim(t, " :.\t")) {
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
// reads: a byline, a post's word of itself, a guide's title and an
// abstract's sections open the page.
const thirdPartyBlocks = 24

// thirdPartyMarkBlocks is how many of them it reads for a byline or a
// post's, an article's or a guide's word of itself (thirdPartyMarked),
// which open such a page.
const thirdPartyMarkBlocks = 8

// abstractHead reports a short block that is a section of a structured
// abstract (abstractSections), in any case.
func abstractHead(h string) bool {
	for _, w := range abstractSections {
		if len(h) == len(w) && strings.EqualFold(h, w) {
			return true
		}
	}
	return false
}

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
