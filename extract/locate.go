package extract

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
)

// Located is the part of a page an evidence selector points to.
type Located struct {
	Selector string `json:"selector"`
	Matches  int    `json:"matches"` // elements (or lines) the selector matched
	Text     string `json:"text"`    // the first match's text, cleaned as extraction reads it
}

// Locate finds what an evidence selector points to in a page, so that a fact
// can be re-read where it was found: a CSS selector for an HTML page (as
// Page writes them, read with goquery), or "line:N" for a plain-text page.
// A selector that does not parse, or matches nothing, is an error naming it.
func Locate(body []byte, selector string) (Located, error) {
	loc := Located{Selector: selector}
	markup := hasMarkup(body)
	if n, ok := strings.CutPrefix(selector, "line:"); ok {
		if markup {
			return loc, fmt.Errorf("selector %q: line:N selectors address plain-text pages, and this page is HTML", selector)
		}
		line, err := strconv.Atoi(n)
		if err != nil || line < 1 {
			return loc, fmt.Errorf("selector %q: want line:N with N >= 1", selector)
		}
		lines := strings.Split(strings.ReplaceAll(string(body), "\r\n", "\n"), "\n")
		if line > len(lines) {
			return loc, fmt.Errorf("selector %q: the text has %d lines", selector, len(lines))
		}
		loc.Matches, loc.Text = 1, clean(lines[line-1])
		return loc, nil
	}
	if !markup {
		return loc, fmt.Errorf("selector %q: the page is plain text, which only line:N selectors address", selector)
	}
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
	if err != nil {
		return loc, fmt.Errorf("parse page: %w", err)
	}
	m, err := cascadia.Compile(selector) // goquery's own parser, which Find would use silently
	if err != nil {
		return loc, fmt.Errorf("selector %q is no CSS selector: %w", selector, err)
	}
	found := doc.FindMatcher(m)
	if found.Length() == 0 {
		return loc, fmt.Errorf("selector %q matches nothing in the page", selector)
	}
	loc.Matches = found.Length()
	loc.Text = clean(textOf(found.Get(0)))
	return loc, nil
}
