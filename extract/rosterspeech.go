package extract

import "strings"

// The verbs of saying, as a lexicon: each verb with its forms, so that a
// reader that knows "says" knows "say", "said" and "saying" too (a page
// quoting its second newcomer may write '"…," say Carl Roe'). The
// attributions' expressions and word lists below are derived from it.

// speechLemma is a verb of saying with its forms.
type speechLemma struct {
	base, third, past, gerund string
	// quote: the verb attributes a quotation to its speaker, the speaker
	// before it or after it ("said Ana Ruiz", "Ana Ruiz added"). Not
	// "told Ana Ruiz" (the one spoken to) nor "wrote", "emphasized".
	quote bool
}

// speechLemmas are the verbs of saying.
var speechLemmas = []speechLemma{
	{"say", "says", "said", "saying", true},
	{"add", "adds", "added", "adding", true},
	{"note", "notes", "noted", "noting", true},
	{"explain", "explains", "explained", "explaining", true},
	{"recall", "recalls", "recalled", "recalling", true},
	{"share", "shares", "shared", "sharing", true},
	{"remark", "remarks", "remarked", "remarking", true},
	{"comment", "comments", "commented", "commenting", true},
	{"reflect", "reflects", "reflected", "reflecting", true},
	{"observe", "observes", "observed", "observing", true},
	{"agree", "agrees", "agreed", "agreeing", true},
	{"tell", "tells", "told", "telling", false},
	{"write", "writes", "wrote", "writing", false},
	{"emphasize", "emphasizes", "emphasized", "emphasizing", false},
}

// speechForms are the forms of the verbs of saying that pick, third
// person and past ("says", "said"), of every verb (all) or of those that
// attribute a quotation (quote only).
func speechForms(quoteOnly bool, pick func(speechLemma) []string) []string {
	var out []string
	for _, l := range speechLemmas {
		if l.quote || !quoteOnly {
			out = append(out, pick(l)...)
		}
	}
	return out
}

// finiteForms are a lemma's third person and past: a singular speaker's
// verb.
func finiteForms(l speechLemma) []string { return []string{l.third, l.past} }

// baseForms are a lemma's base form: a plural speaker's verb, or a
// singular one's misprinted ('"…," say Carl Roe').
func baseForms(l speechLemma) []string { return []string{l.base} }

// speechAlternation is an expression's alternation of words.
func speechAlternation(words []string) string {
	return "(?:" + strings.Join(words, "|") + ")"
}

// relSaidVerbs are the verbs of saying that attribute a quote or a report
// to the subject before them (lower case).
var relSaidVerbs = speechForms(false, finiteForms)

// quoteVerbs are the finite verbs that attribute a quotation to the
// speaker named before them ("Ana Ruiz said", "Ruiz, PGY-2, adds").
var quoteVerbs = speechForms(true, finiteForms)

// quoteVerbWords find a quoteVerbs form as a whole word.
var quoteVerbWords = newWordList(quoteVerbs...)

// quoteVerbsAfter are quoteVerbs after a space: the verb after its
// speaker's name (" said").
var quoteVerbsAfter = func() []string {
	out := make([]string, len(quoteVerbs))
	for i, v := range quoteVerbs {
		out[i] = " " + v
	}
	return out
}()
