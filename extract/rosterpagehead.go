package extract

import "strings"

// A stored page's text may open with its site's frame: the site's name on
// a line or two, a menu ("Home | About | Residents | Faculty | Alumni", or
// its items a line each), a date. The page's own heading comes after it
// ("Incoming Residents"), and says what the page is; a menu's item
// ("Residents") says nothing of it.

// maxFrameLines bounds the lines of a site's frame looked through.
const maxFrameLines = 10

// menuRunLine reports a line of a site's menu written an item a line: a
// short line (menuItemLine) in a run of such lines, each on the line after
// the one before (in plain text) or of the same element (lines parted by
// <br>), three at least; or each a blank line after the one before, four
// at least. A run is one or the other: a heading a blank line under a
// tight menu is no item of it.
func menuRunLine(d *doc, k int) bool {
	b := &d.blocks[k]
	if b.role != roleText || !itemShaped(b.text) ||
		!(k > 0 && runPair(&d.blocks[k-1], b) || k+1 < len(d.blocks) && runPair(b, &d.blocks[k+1])) || !menuItemLine(d, k) {
		return false // (the cheap tests first: a short line beside another)
	}
	return menuRun(d, k, true) >= 3 || d.blocks[k].node == nil && menuRun(d, k, false) >= 4
}

// menuRun is the length of the run of menu items about block k whose
// blocks follow one another tight (the next line, the same element) or
// loose (a blank line between, in plain text).
func menuRun(d *doc, k int, tight bool) int {
	near := func(a, b *block) bool {
		switch {
		case a.node == nil && b.node == nil:
			return tight && b.line == a.line+1 || !tight && b.line == a.line+2
		case a.node != nil && b.node != nil:
			return tight && a.node == b.node
		}
		return false
	}
	from, to := k, k
	for from > 0 && near(&d.blocks[from-1], &d.blocks[from]) && menuItemLine(d, from-1) {
		from--
	}
	for to+1 < len(d.blocks) && near(&d.blocks[to], &d.blocks[to+1]) && menuItemLine(d, to+1) {
		to++
	}
	return to - from + 1
}

// menuNear is a necessary condition of a menu among a page's first lines
// (pageHeadAt's frame): a menu's line, or two short lines one after the
// other, before the first paragraph.
func menuNear(d *doc) bool {
	for k := 0; k < len(d.blocks) && k < maxMenuAt; k++ {
		t := d.blocks[k].text
		if len(t) > maxMenuLine {
			return false
		}
		if menuLine(t) || k > 0 && runPair(&d.blocks[k-1], &d.blocks[k]) && itemShaped(t) && itemShaped(d.blocks[k-1].text) {
			return true
		}
	}
	return false
}

// runPair reports two blocks, one after the other, that a menu's run may
// hold: plain lines at most a blank line apart, or lines of one element.
func runPair(a, b *block) bool {
	if a.node == nil && b.node == nil {
		return b.line <= a.line+2
	}
	return a.node != nil && a.node == b.node
}

// itemShaped reports a short text of a menu's item's shape: three words
// at most, no digit, no sentence's or list's mark, a capital first.
func itemShaped(t string) bool {
	return t != "" && len(t) <= 30 && upperAt(t, 0) && fieldCount(t) <= 3 && !strings.ContainsAny(t, "0123456789.,;:!?()")
}

// menuItemLine reports block k a menu's item: itemShaped, no person's name
// (the page's name memo answers).
func menuItemLine(d *doc, k int) bool {
	b := &d.blocks[k]
	return b.role == roleText && itemShaped(b.text) && pageNames(d).kind(d, k)&nameIs == 0
}

// menuAt reports block k a menu's line, or a menu's item on a line of its
// own (menuRunLine).
func menuAt(d *doc, k int) bool {
	b := &d.blocks[k]
	return len(b.text) <= maxMenuLine && (menuLine(b.text) || menuRunLine(d, k))
}

// maxMenuAt bounds the lines a site's menu opens within: a skip link, the
// site's name and a tagline, a breadcrumb over it.
const maxMenuAt = 6

// maxMenuLine bounds a menu's line (a paragraph is asked no further).
const maxMenuLine = 200

// pageHeadAt returns the index of a page's own heading after its site's
// frame: the first heading-like block (headingLike) after a menu, the
// site's name, a tagline, a byline and dates before it passed over; -1 when
// the page opens with no menu, or its content starts before such a block.
func pageHeadAt(d *doc) int {
	if readFrame(d); d.head <= 2 {
		return -1
	}
	return int(d.head) - 3
}

// frameMenu reports a page whose first lines may hold a site's menu
// (menuNear), read once with pageHeadAt's answer.
func frameMenu(d *doc) bool {
	readFrame(d)
	return d.head != 1
}

// readFrame reads pageHeadAt's answer into d.head: 1 when no menu may
// open the page, 2 when a menu does and no heading follows it, the
// heading's index plus three otherwise.
func readFrame(d *doc) {
	if d.head != 0 {
		return
	}
	d.head = 1
	if menuNear(d) {
		d.head = int8(readPageHead(d) + 3)
	}
}

// readPageHead is pageHeadAt's answer, read.
func readPageHead(d *doc) int {
	menu := false
	for k := 0; k < len(d.blocks) && k < maxFrameLines; k++ {
		b := &d.blocks[k]
		switch {
		case b.role == roleRow || len(b.text) > maxMenuLine:
			return -1 // a table, a paragraph: the page's content
		case menu && b.role == roleHeading:
			return k
		case menuAt(d, k):
			menu = true
		case chromeShaped(b.text) && pageChrome(b.text) || bylineStart(b.text) >= 0:
		case menu && headingLike(d, k):
			return k
		case len(b.text) <= 80 && fieldCount(b.text) <= 8 && !strings.ContainsAny(b.text, ".!?"):
			// the site's name, a tagline over or under its menu
		default:
			return -1
		}
	}
	return -1
}

// chromeShaped is a necessary condition of pageChrome, without lowering
// t: a date or a reading time holds a digit, a frame's link is short.
func chromeShaped(t string) bool {
	if len(t) > 48 {
		return false
	}
	if len(t) <= 24 {
		return true
	}
	for i := 0; i < len(t); i++ {
		if t[i] >= '0' && t[i] <= '9' {
			return true
		}
	}
	return strings.HasPrefix(t, "Fact") || strings.HasPrefix(t, "fact")
}

// headingLike reports block k a heading, or a short line set apart as one:
// in plain text a line with blank lines about it (plainHeadingLine), on a
// page of elements a short block that is its element's only line. A
// person's name is no heading.
func headingLike(d *doc, k int) bool {
	b := &d.blocks[k]
	if b.role == roleHeading {
		return true
	}
	if b.node == nil {
		return plainHeadingLine(d, k)
	}
	t := b.text
	if b.role != roleText || len(t) > 60 || fieldCount(t) > 6 || strings.ContainsAny(t, ",;:.!?") ||
		k > 0 && d.blocks[k-1].node == b.node || k+1 < len(d.blocks) && d.blocks[k+1].node == b.node {
		return false
	}
	_, isName := personName(t)
	return !isName
}

// plainTitleAt is the block a plain page's title is read from: its own
// heading after its site's frame, else its first line.
func plainTitleAt(d *doc) int {
	if h := pageHeadAt(d); h > 0 && d.blocks[0].node == nil {
		return h
	}
	return 0
}
