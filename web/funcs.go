package web

import (
	"fmt"
	"html/template"
	"net/url"
	"strings"
	"time"

	"github.com/imgfriendly/imgfriendly/queries"
)

// funcs are the templates' helpers: formatting only, no I/O.
var funcs = template.FuncMap{
	"date": func(t time.Time) string {
		if t.IsZero() {
			return "unknown date"
		}
		return t.Format(time.DateOnly)
	},
	"pctf":       pct,
	"share":      shareText,
	"visa":       visaText,
	"yog":        yogText,
	"tierLabel":  func(t any) string { return queries.Tier(fmt.Sprint(t)).Label() },
	"positive":   func(n *int64) bool { return n != nil && *n > 0 },
	"tiers":      func() []queries.Tier { return tiers },
	"shareSteps": func() []int { return []int{5, 15, 30, 50} },
	"mark":       func(k queries.ReasonKind) string { return marks[k] },
	"kindLabel":  func(k queries.ReasonKind) string { return kindLabels[k] },
	"reasonText": reasonText,
	"quote":      reasonQuote,
	"evidenceLink": func(u, sentence string) string {
		return evidenceLink(u, sentence)
	},
	"add":   func(a, b int) int { return a + b },
	"sub":   func(a, b int) int { return a - b },
	"title": func(s string) string { return strings.ToUpper(s[:1]) + s[1:] },
	"join":  strings.Join,
	"boolText": func(b *bool, yes, no string) string {
		if b == nil {
			return "unknown"
		}
		if *b {
			return yes
		}
		return no
	},
	"matchBy": func(by string) string {
		return map[string]string{queries.MatchByCode: "NRMP code", queries.MatchByID: "ACGME id", queries.MatchByName: "name and state"}[by]
	},
	"hasErr": func(errs map[string]string, f string) bool { _, ok := errs[f]; return ok },
}

var marks = map[queries.ReasonKind]string{
	queries.ReasonExclude: "✗", queries.ReasonConcern: "!", queries.ReasonUnknown: "?",
	queries.ReasonPlus: "✓", queries.ReasonInfo: "i",
}

var kindLabels = map[queries.ReasonKind]string{
	queries.ReasonExclude: "excludes you", queries.ReasonConcern: "a preference you miss",
	queries.ReasonUnknown: "not stated", queries.ReasonPlus: "in your favour", queries.ReasonInfo: "note",
}

// reasonText is the reason alone; the page quotes its sentence and links
// its page separately.
func reasonText(r queries.Reason) string { return r.Text }

// maxQuote caps a quoted evidence sentence, in runes (a page's "sentence"
// can be a whole paragraph without stops).
const maxQuote = 280

// reasonQuote is the sentence on the program's page a reason rests on.
func reasonQuote(r queries.Reason) string {
	return clip(strings.Join(strings.Fields(r.Evidence), " "), maxQuote)
}

// fragmentEscaper escapes what a text fragment reserves beyond PathEscape.
var fragmentEscaper = strings.NewReplacer("-", "%2D", ",", "%2C", "&", "%26")

// evidenceLink links to the evidence page; with the sentence, a text
// fragment asks the browser to scroll to it and highlight it.
func evidenceLink(u, sentence string) string {
	pu, err := url.Parse(u)
	if err != nil || (pu.Scheme != "http" && pu.Scheme != "https") {
		return "#"
	}
	words := strings.Fields(sentence)
	if len(words) == 0 {
		return pu.String()
	}
	enc := func(ws []string) string {
		return fragmentEscaper.Replace(url.PathEscape(strings.Join(ws, " ")))
	}
	frag := "text=" + enc(words)
	if len(words) > 10 {
		frag = "text=" + enc(words[:5]) + "," + enc(words[len(words)-5:])
	}
	base := pu.String()
	if pu.Fragment == "" {
		base += "#"
	}
	return base + ":~:" + frag
}

func shareText(t queries.Tiered) string {
	if t.IMGShare == nil {
		return "unknown"
	}
	s := pct(*t.IMGShare)
	if t.IMGShareSource == "roster" && t.ResidentsTotal != nil && t.ResidentsIMG != nil {
		s += fmt.Sprintf(" (%d of %d)", *t.ResidentsIMG, *t.ResidentsTotal)
	}
	return s
}

func visaText(t queries.Tiered) string {
	one := func(name string, b *bool, yes, no string) string {
		switch {
		case b == nil:
			return name + " ?"
		case *b:
			return name + " " + yes
		}
		return name + " " + no
	}
	return one("J-1", t.VisaJ1, "✓", "✗") + " · " + one("H-1B", t.VisaH1B, "✓", "✗")
}

func yogText(t queries.Tiered) string {
	switch {
	case t.YOGMaxYears != nil:
		return fmt.Sprintf("≤ %s years", trimFloat(*t.YOGMaxYears))
	case t.YOGPreferredMax != nil:
		return fmt.Sprintf("≤ %s preferred", trimFloat(*t.YOGPreferredMax))
	case t.YOGNoLimit != nil && *t.YOGNoLimit:
		return "no cutoff"
	}
	return "not stated"
}

// inputView is one labelled input of the profile form.
type inputView struct {
	Name, Label, Type, Value, Hint, Err string
}

func init() {
	funcs["field"] = func(v profileView, name, label, typ, hint string) inputView {
		return inputView{Name: name, Label: label, Type: typ, Value: v.Values.Get(name), Hint: hint, Err: v.Errors[name]}
	}
}
