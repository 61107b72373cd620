package queries

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// EvidenceMode says how a reason shows the evidence for its fact.
type EvidenceMode string

// The evidence modes (the --evidence flag).
const (
	// EvidenceText quotes the page's sentence; lists number the pages
	// ("[1]") and print their URLs once per program.
	EvidenceText EvidenceMode = "text"
	// EvidenceURL names the page: "… — evidence: URL".
	EvidenceURL EvidenceMode = "url"
	// EvidenceNone shows the reason alone.
	EvidenceNone EvidenceMode = "none"
)

// EvidenceModes lists the evidence modes, for flags and messages.
var EvidenceModes = []EvidenceMode{EvidenceText, EvidenceURL, EvidenceNone}

// ParseEvidenceMode accepts text, url or none, any case.
func ParseEvidenceMode(s string) (EvidenceMode, bool) {
	m := EvidenceMode(strings.ToLower(strings.TrimSpace(s)))
	switch m {
	case EvidenceText, EvidenceURL, EvidenceNone:
		return m, true
	}
	return "", false
}

// Render says how lists are written for people (table, CSV, Parquet, the
// tracker); JSON always carries every part of a reason.
type Render struct {
	Evidence EvidenceMode // "" is EvidenceURL
	Width    int          // wrap table lines to this many columns (a terminal's width); 0: never wrap
}

func (r Render) mode() EvidenceMode {
	if r.Evidence == "" {
		return EvidenceURL
	}
	return r.Evidence
}

// maxSentence caps a quoted evidence sentence, in runes: a page's "sentence"
// can be a whole paragraph.
const maxSentence = 280

// quote renders an evidence sentence on one line, cut at maxSentence runes.
func quote(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) > maxSentence {
		r := []rune(s)
		s = strings.TrimRight(string(r[:maxSentence]), " ,;") + "…"
	}
	return "“" + s + "”"
}

// Line renders the reason on its own: in text mode the sentence and then the
// page in parentheses, in url mode the page, in none mode the reason alone.
func (r Reason) Line(mode EvidenceMode) string {
	switch mode {
	case EvidenceNone:
		return r.Text
	case EvidenceText:
		s := r.Text
		if r.Evidence != "" {
			s += " — " + quote(r.Evidence)
		}
		if r.URL != "" {
			s += " (" + r.URL + ")"
		}
		return s
	}
	if r.URL != "" {
		return r.Text + " — evidence: " + r.URL
	}
	return r.Text
}

// kindOrder is the order reasons are shown in: what excludes, what weighs
// against, what is unknown, then the rest.
var kindOrder = []ReasonKind{ReasonExclude, ReasonConcern, ReasonUnknown, ReasonPlus, ReasonInfo}

// SortedReasons returns the reasons most important kind first (exclusions,
// concerns, unknowns, then the rest), in the rules' order within a kind.
func (t Tiered) SortedReasons() []Reason {
	out := make([]Reason, 0, len(t.Reasons))
	for _, k := range kindOrder {
		for _, r := range t.Reasons {
			if r.Kind == k {
				out = append(out, r)
			}
		}
	}
	return out
}

// ReasonTexts returns the reasons' texts alone, most important kind first.
func (t Tiered) ReasonTexts() []string {
	var out []string
	for _, r := range t.SortedReasons() {
		out = append(out, r.Text)
	}
	return out
}

// cited is a program's reasons rendered for one evidence mode, with the
// pages they cite.
type cited struct {
	reasons []Reason
	lines   []string // one per reason
	pages   []string // text mode: "[1] URL"; otherwise the evidence URLs
}

// cite renders t's reasons. In text mode each reason quotes its sentence and
// points at its page by number ("[1]"), the pages listed once; in url mode
// each names its page; in none mode the pages are still listed.
func cite(t Tiered, mode EvidenceMode) cited {
	c := cited{reasons: t.SortedReasons()}
	num := map[string]int{}
	for _, r := range c.reasons {
		if mode != EvidenceText {
			c.lines = append(c.lines, r.Line(mode))
			continue
		}
		s := r.Text
		if r.Evidence != "" {
			s += " — " + quote(r.Evidence)
		}
		if r.URL != "" {
			n, ok := num[r.URL]
			if !ok {
				n = len(num) + 1
				num[r.URL] = n
				c.pages = append(c.pages, "["+strconv.Itoa(n)+"] "+r.URL)
			}
			s += " [" + strconv.Itoa(n) + "]"
		}
		c.lines = append(c.lines, s)
	}
	if mode != EvidenceText {
		c.pages = t.EvidenceURLs
	}
	return c
}

// legend explains the marks of the table format.
const legend = "marks: ✗ excludes you  ! a preference you miss  ? not stated by the program  + in your favour  · for information"

// tierCounts is the line above a table: "High 2 · Moderate 27 · Reach 9 · Not eligible 22".
func tierCounts(list []Tiered) string {
	n := map[Tier]int{}
	for _, t := range list {
		n[t.Tier]++
	}
	var parts []string
	for _, t := range []Tier{TierHigh, TierModerate, TierReach, TierNotEligible} {
		parts = append(parts, fmt.Sprintf("%s %d", t.Label(), n[t])) // every tier, zero too: an empty tier is an answer
	}
	return strings.Join(parts, " · ")
}

// wrap writes s after prefix, broken at spaces so that no line is longer
// than width runes (a word longer than the room is left whole), continuation
// lines indented like the text after the prefix. width 0 never wraps.
func wrap(b *strings.Builder, prefix, s string, width int) {
	indent := strings.Repeat(" ", utf8.RuneCountInString(prefix))
	room := width - utf8.RuneCountInString(prefix)
	if width <= 0 || room < 20 || utf8.RuneCountInString(s) <= room {
		b.WriteString(prefix + s + "\n")
		return
	}
	line, n := prefix, 0
	for _, w := range strings.Fields(s) {
		wn := utf8.RuneCountInString(w)
		if n > 0 && n+1+wn > room {
			b.WriteString(line + "\n")
			line, n = indent, 0
		}
		if n > 0 {
			line += " "
			n++
		}
		line += w
		n += wn
	}
	b.WriteString(line + "\n")
}
