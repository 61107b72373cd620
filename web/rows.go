package web

import (
	"html/template"
	"strings"
	"sync"

	"github.com/imgfriendly/imgfriendly/queries"
)

// A list row is written from parts, as the "row" template (list.html)
// writes it: the parts no profile changes are written by their templates
// once — a program's cells once per night, a reason's evidence (its quoted
// sentence and link) once per night, a tier's cell and a kind of reason's
// mark once per server — and a row joins them with its reasons' texts,
// escaped as html/template escapes text. A new profile's first page then
// costs no template execution per reason (it was most of the page: ~12
// template calls for each of ~400 reasons). TestRowsAsTemplate holds the
// two to the same bytes.

// rowFixed are the row parts that depend on nothing of a night.
type rowFixed struct {
	start string                        // "rowstart"
	tiers map[queries.Tier]string       // "tiercell" of each tier
	heads map[queries.ReasonKind]string // "reasonhead" of each kind
}

// newRowFixed writes the fixed parts with the list's templates.
func newRowFixed(t *template.Template) (rowFixed, error) {
	f := rowFixed{tiers: map[queries.Tier]string{}, heads: map[queries.ReasonKind]string{}}
	var err error
	if f.start, err = execute(t, "rowstart", nil); err != nil {
		return f, err
	}
	for _, tr := range tiers {
		if f.tiers[tr], err = execute(t, "tiercell", tr); err != nil {
			return f, err
		}
	}
	for k := range marks {
		if f.heads[k], err = execute(t, "reasonhead", k); err != nil {
			return f, err
		}
	}
	return f, nil
}

func execute(t *template.Template, name string, data any) (string, error) {
	var b strings.Builder
	err := t.ExecuteTemplate(&b, name, data)
	return b.String(), err
}

// rowParts are the parts of one night's rows (of one kind of list: the
// directory's programs and the tiered programs are read by different
// queries), written on first use and kept with the night.
type rowParts struct {
	mu       sync.Mutex
	cells    map[string]programCells // by program id
	evidence map[evidenceKey]string
}

// programCells are a program's row without its tier and reasons: the
// "rowname" and "rowtail" parts.
type programCells struct{ name, tail string }

type evidenceKey struct{ url, sentence string }

// maxKeptEvidence and maxKeptCells bound the parts kept for a night (an
// evidence part is about 300 bytes, a program's cells about 600; a night
// has about ten stated facts per program): about 15 and 12 MB. A full map
// starts again empty; its parts are written again when next shown.
const (
	maxKeptEvidence = 50_000
	maxKeptCells    = 20_000
)

func newRowParts() *rowParts {
	return &rowParts{cells: map[string]programCells{}, evidence: map[evidenceKey]string{}}
}

// writeRow writes program t's row: with its tier and reasons when tiered.
func (s *Server) writeRow(b *strings.Builder, parts *rowParts, t *queries.Tiered, tiered bool) error {
	tpl := s.pages["list"]
	b.WriteString(s.rowFixed.start)
	if tiered {
		cell, ok := s.rowFixed.tiers[t.Tier]
		if !ok {
			var err error
			if cell, err = execute(tpl, "tiercell", t.Tier); err != nil {
				return err
			}
		}
		b.WriteString(cell)
	}
	parts.mu.Lock()
	c, ok := parts.cells[t.ProgramID]
	parts.mu.Unlock()
	if !ok {
		var err error
		if c.name, err = execute(tpl, "rowname", t); err != nil {
			return err
		}
		if c.tail, err = execute(tpl, "rowtail", t); err != nil {
			return err
		}
		parts.mu.Lock()
		if len(parts.cells) >= maxKeptCells {
			clear(parts.cells)
		}
		parts.cells[t.ProgramID] = c
		parts.mu.Unlock()
	}
	b.WriteString(c.name)
	if tiered {
		if err := s.writeReasons(b, parts, t.Reasons); err != nil {
			return err
		}
	}
	b.WriteString(c.tail)
	return nil
}

// writeReasons writes reasons as the "reasons" template does.
func (s *Server) writeReasons(b *strings.Builder, parts *rowParts, reasons []queries.Reason) error {
	tpl := s.pages["list"]
	b.WriteString(`<ul class="reasons">`)
	for _, r := range reasons {
		head, ok := s.rowFixed.heads[r.Kind]
		if !ok {
			var err error
			if head, err = execute(tpl, "reasonhead", r.Kind); err != nil {
				return err
			}
		}
		b.WriteString(head)
		b.WriteString(textEscaper.Replace(reasonText(r)))
		k := evidenceKey{r.URL, r.Evidence}
		parts.mu.Lock()
		ev, ok := parts.evidence[k]
		parts.mu.Unlock()
		if !ok {
			var err error
			if ev, err = execute(tpl, "reasonevidence", r); err != nil {
				return err
			}
			parts.mu.Lock()
			if len(parts.evidence) >= maxKeptEvidence {
				clear(parts.evidence)
			}
			parts.evidence[k] = ev
			parts.mu.Unlock()
		}
		b.WriteString(ev)
		b.WriteString("</li>")
	}
	b.WriteString("\n</ul>")
	return nil
}

// textEscaper escapes a string for HTML text as html/template does (its
// htmlEscaper: these seven, NUL made U+FFFD; every one is a single byte, so
// replacing bytes is replacing runes, invalid UTF-8 included).
// FuzzTextEscaper holds it to the template.
var textEscaper = strings.NewReplacer("\x00", "\uFFFD", `"`, "&#34;", "&", "&amp;", "'", "&#39;", "+", "&#43;", "<", "&lt;", ">", "&gt;")
