package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// role says what part a block plays in the page's structure.
type role uint8

const (
	roleText     role = iota // paragraph or other running text
	roleHeading              // h1–h6
	roleQuestion             // dt, summary, accordion toggle: a question or label
	roleAnswer               // dd: the answer to the preceding dt
	roleItem                 // list item
	roleRow                  // one table row (cells kept)
)

// block is one unit of text with its place in the page.
type block struct {
	text  string
	role  role
	col   uint8      // a keyed text's key line: the column its key opens at, plus one (keyColumn); 0 otherwise
	hints uint32     // blockHints found in text, with hintsRead set once read; hasYear's, lineRole's and in's answers
	found uint64     // blockWords' answer for text, read with hints (words)
	node  *html.Node // element that owns the text (nil for plain text input)
	line  int        // 1-based line for plain text input
	row   *row       // the cells of a roleRow block
}

// row is what a table row block keeps besides its text (apart, so that the
// many other blocks stay small).
type row struct {
	cells  []string   // table row cells
	header []string   // the header cells of the row's table, if it has one
	table  *html.Node // the row's table
}

// doc is a page split into blocks in document order.
type doc struct {
	title     string
	blocks    []block
	rosterish int8     // rosterPage's answer: 0 not yet known, 1 yes, 2 no
	scope     []uint8  // by block: in a section listing people other than residents (outOfScope): 1, or 2 past ones (pastScope)
	names     nameMemo // by block: the kind of name line it is (pageNames)
	roundUp   bool     // the page quotes residents of several programs (dropOtherPrograms): no one's own essay either
	refYear   int      // the year a class's year is read against (the cycle's, else the run date's; 0 unknown)
	head      int8     // readFrame's answer: 0 not yet read, 1 no menu, else pageHeadAt's answer plus three
}

// walker turns an HTML tree into blocks.
type walker struct {
	d     doc
	text  []string     // text nodes read since the last block, uncopied
	owner []*html.Node // stack of block-level elements; the top owns the text

	// text's and owner's first room, made with the walker (a page's
	// stacks rarely outgrow it) rather than grown from nothing by append
	textRoom  [8]string
	ownerRoom [16]*html.Node
}

func blocksFromHTML(root *html.Node) *doc {
	return blocksFromHTMLSized(root, 0)
}

// blocksFromHTMLSized is blocksFromHTML with room for about n blocks made at
// once (pages run to about one block per 60–380 bytes: see blockRoom).
func blocksFromHTMLSized(root *html.Node, n int) *doc {
	w := &walker{}
	w.text, w.owner = w.textRoom[:0], w.ownerRoom[:0]
	w.d.blocks = make([]block, 0, min(n, maxBlocks))
	w.walk(root, 0)
	w.flush()
	return &w.d
}

// blockRoom is the room blocksFromHTMLSized is given for a page of n bytes:
// a block per 192 bytes, and 16. Of the sizes tried on the testweb mix (a
// block per 64 to 384 bytes, 16 or 32 more, or none), it made the fewest
// bytes, the blocks of a page with more growing the slice once or twice:
// 1.01 MB of blocks and their texts a pass where a block per 128 bytes made
// 1.12 MB (one in 128 reserved 10.7k blocks for 6.8k read, and 19 pages
// grew it still).
func blockRoom(n int) int { return n/192 + 16 }

// isSkipTag reports elements whose text is never page content.
func isSkipTag(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Nav, atom.Footer, atom.Iframe,
		atom.Select, atom.Option, atom.Textarea, atom.Object, atom.Math:
		return true
	}
	return false
}

// isBlockTag reports elements that start a new block.
func isBlockTag(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Li, atom.Dt, atom.Dd,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Section, atom.Article, atom.Main, atom.Aside, atom.Header,
		atom.Blockquote, atom.Figure, atom.Figcaption, atom.Caption,
		atom.Summary, atom.Details, atom.Ul, atom.Ol, atom.Dl,
		atom.Pre, atom.Address, atom.Button, atom.Form, atom.Fieldset,
		atom.Legend, atom.Hr, atom.Body, atom.Html,
		atom.Tr, atom.Td, atom.Th, atom.Center:
		return true
	}
	return false
}

func (w *walker) walk(n *html.Node, depth int) {
	if len(w.d.blocks) >= maxBlocks {
		return
	}
	switch n.Type {
	case html.TextNode:
		w.text = append(w.text, n.Data)
		return
	case html.ElementNode:
		if depth > maxDepth || isSkipTag(n.DataAtom) || skipByAttr(n) {
			return
		}
		switch n.DataAtom {
		case atom.Title:
			if w.d.title == "" {
				w.d.title = cleanTextOf(n)
			}
			return
		case atom.Head:
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && c.DataAtom == atom.Title {
					w.walk(c, depth+1)
				}
			}
			return
		case atom.Br:
			w.flush()
			return
		case atom.Img:
			return
		case atom.Table:
			if !isLayoutTable(n) {
				w.flush()
				w.table(n)
				return
			}
		}
		if isBlockTag(n.DataAtom) {
			w.flush()
			w.owner = append(w.owner, n)
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				w.walk(c, depth+1)
			}
			w.flush()
			w.owner = w.owner[:len(w.owner)-1]
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, depth+1)
	}
}

// flush turns buffered text into a block owned by the innermost block element.
func (w *walker) flush() {
	if len(w.text) == 0 {
		return
	}
	t := cleanJoined(w.text)
	w.text = w.text[:0]
	if t == "" || len(w.d.blocks) >= maxBlocks {
		return
	}
	var owner *html.Node
	if len(w.owner) > 0 {
		owner = w.owner[len(w.owner)-1]
	}
	r := roleText
	if owner != nil {
		switch owner.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			r = roleHeading
		case atom.Dt, atom.Summary:
			r = roleQuestion
		case atom.Button:
			if strings.HasSuffix(t, "?") {
				r = roleQuestion
			}
		case atom.Dd:
			r = roleAnswer
		case atom.Li:
			r = roleItem
		}
	}
	w.d.blocks = append(w.d.blocks, block{text: t, role: r, node: owner})
}

// table emits one block per row of a data table.
func (w *walker) table(t *html.Node) {
	var rows []*html.Node
	var collect func(n *html.Node, depth int)
	collect = func(n *html.Node, depth int) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Tr:
				rows = append(rows, c)
			case atom.Thead, atom.Tbody, atom.Tfoot:
				if depth < 2 {
					collect(c, depth+1)
				}
			case atom.Caption:
				if s := cleanTextOf(c); s != "" {
					w.d.blocks = append(w.d.blocks, block{text: s, role: roleHeading, node: c})
				}
			}
		}
	}
	collect(t, 0)
	// the rows' cells and what a row block keeps, each made at once for
	// the table (slices of cellRoom, elements of rowRoom), not row by row
	total := 0
	for _, tr := range rows {
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) {
				total++
			}
		}
	}
	cellRoom := make([]string, total)
	rowRoom := make([]row, 0, len(rows))
	var header []string
	for i, tr := range rows {
		if len(w.d.blocks) >= maxBlocks {
			return
		}
		n := 0
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) {
				n++
			}
		}
		if n == 0 {
			continue
		}
		cells := cellRoom[:0:n]
		cellRoom = cellRoom[n:]
		allTH := true
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || (c.DataAtom != atom.Td && c.DataAtom != atom.Th) {
				continue
			}
			if c.DataAtom != atom.Th {
				allTH = false
			}
			cells = append(cells, cleanTextOf(c))
		}
		if len(cells) == 0 {
			continue
		}
		inHead := tr.Parent != nil && tr.Parent.DataAtom == atom.Thead
		if i == 0 && (allTH || inHead) && len(cells) > 1 {
			header = cells
			continue
		}
		text := joinNonEmpty(cells, " | ")
		if text == "" {
			continue
		}
		rowRoom = append(rowRoom, row{cells: cells, header: header, table: t})
		w.d.blocks = append(w.d.blocks, block{text: text, role: roleRow, node: tr, row: &rowRoom[len(rowRoom)-1]})
	}
}

// isLayoutTable reports whether a table is used for page layout (cells that
// hold headings, lists, tables, several paragraphs or many line breaks)
// rather than for data.
func isLayoutTable(t *html.Node) bool {
	paras, brs := 0, 0
	var visit func(x *html.Node, depth int) bool
	visit = func(x *html.Node, depth int) bool {
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Table, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Ul, atom.Ol, atom.Dl, atom.Form, atom.Main, atom.Article, atom.Section:
				return true
			case atom.P, atom.Div:
				paras++
			case atom.Br:
				brs++
			}
			if paras >= 2 || brs >= 4 {
				return true
			}
			if depth < 8 && visit(c, depth+1) {
				return true
			}
		}
		return false
	}
	return visit(t, 0)
}

// skipByAttr reports whether an element is navigation or chrome by its role,
// class or id.
func skipByAttr(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "role":
			if a.Val == "navigation" || a.Val == "contentinfo" {
				return true
			}
		case "class", "id":
			if chromeWords.scan(a.Val, 1|oddFold) != 0 && chromeName(a.Val) { // (a word, or a character hasOddFold looks for)
				return true
			}
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		}
	}
	return false
}

// chromeWords are in every class or id chromeName accepts (any case).
var chromeWords = newFoldedKeywordSet([]string{"nav", "menu", "footer", "breadcrumb", "cookie", "skip-link"})

// chromeName reports whether a class or id names navigation or chrome.
func chromeName(val string) bool {
	for _, tok := range strings.Fields(strings.ToLower(val)) {
		if strings.Contains(tok, "nav") || strings.Contains(tok, "menu") ||
			strings.Contains(tok, "footer") || strings.Contains(tok, "breadcrumb") ||
			strings.Contains(tok, "cookie") || tok == "skip-link" {
			return true
		}
	}
	return false
}

// cleanTextOf is clean(textOf(n)), without building the text when n holds
// a single text node (a plain table cell or title).
func cleanTextOf(n *html.Node) string {
	if c := n.FirstChild; c != nil && c == n.LastChild && c.Type == html.TextNode {
		return clean(c.Data) // textOf adds only spaces around it, which clean drops
	}
	return clean(textOf(n))
}

// textOf returns the text under n with a space at every block boundary.
func textOf(n *html.Node) string {
	var b strings.Builder
	var visit func(x *html.Node, depth int)
	visit = func(x *html.Node, depth int) {
		if depth > maxDepth || b.Len() > maxBlockRunes*4 {
			return
		}
		switch x.Type {
		case html.TextNode:
			b.WriteString(x.Data)
			return
		case html.ElementNode:
			if isSkipTag(x.DataAtom) {
				return
			}
			if x.DataAtom == atom.Br || isBlockTag(x.DataAtom) {
				b.WriteByte(' ')
				defer b.WriteByte(' ')
			}
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			visit(c, depth+1)
		}
	}
	visit(n, 0)
	return b.String()
}

// clean collapses whitespace, folds typographic characters to ASCII and caps
// the length of the text.
func clean(s string) string {
	return cleanJoined([]string{s})
}

// cleanJoined is clean of the concatenation of parts, without building it.
func cleanJoined(parts []string) string {
	// ASCII white space at either end goes, and many parts are nothing
	// else (the line breaks and indentation between tags): it is dropped
	// first, and what is left may be one part that needs no change
	first, last := "", ""
	for len(parts) > 0 {
		if first = trimASCIISpaceLeft(parts[0]); first != "" {
			break
		}
		parts = parts[1:]
	}
	for len(parts) > 0 {
		if last = trimASCIISpaceRight(parts[len(parts)-1]); last != "" {
			break
		}
		parts = parts[:len(parts)-1]
	}
	switch {
	case len(parts) == 0:
		return ""
	case len(parts) == 1:
		first = trimASCIISpaceRight(first)
		if isClean(first) {
			return first // nothing to change: no copy
		}
		last = first
	}
	n := 0
	for _, s := range parts {
		n += len(s)
	}
	var b strings.Builder
	b.Grow(n)
	space := false
	runes := 0
	for k, s := range parts {
		if runes >= maxBlockRunes {
			break
		}
		switch k { // (the ends without their white space)
		case len(parts) - 1:
			s = last
		case 0:
			s = first
		}
		for i := 0; i < len(s); {
			c := s[i]
			if c < utf8.RuneSelf {
				// ASCII, nearly all of a page: no folding, only spaces;
				// a run of other characters is copied at once
				if asciiSpace[c] {
					space = true
					i++
					continue
				}
				j := i + 1
				for j < len(s) && j-i < maxBlockRunes-runes && s[j] < utf8.RuneSelf && !asciiSpace[s[j]] {
					j++
				}
				if space && b.Len() > 0 {
					b.WriteByte(' ')
				}
				space = false
				b.WriteString(s[i:j])
				runes += j - i
				i = j
				if runes >= maxBlockRunes {
					break
				}
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			switch r {
			case '\u00a0', '\u2002', '\u2003', '\u2009', '\u200a', '\u202f', '\u3000':
				space = true
				continue
			case '\u200b', '\u200c', '\u200d', '\ufeff', '\u00ad':
				continue
			case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
				r = '-'
			case '\u2018', '\u2019', '\u02bc':
				r = '\''
			case '\u201c', '\u201d':
				r = '"'
			case '\u2265':
				if space && b.Len() > 0 {
					b.WriteByte(' ')
				}
				space = false
				b.WriteString(">=")
				continue
			case '\u2264':
				if space && b.Len() > 0 {
					b.WriteByte(' ')
				}
				space = false
				b.WriteString("<=")
				continue
			case '\u2022', '\u25cf', '\u25aa':
				r = '*'
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
			runes++
			if runes >= maxBlockRunes {
				break
			}
		}
	}
	return b.String()
}

// trimASCIISpaceLeft is s without the ASCII white space (asciiSpace) it
// opens with; trimASCIISpaceRight without what it ends with.
func trimASCIISpaceLeft(s string) string {
	i := 0
	for i < len(s) && isASCIISpace(s[i]) {
		i++
	}
	return s[i:]
}

func trimASCIISpaceRight(s string) string {
	j := len(s)
	for j > 0 && isASCIISpace(s[j-1]) {
		j--
	}
	return s[:j]
}

// isClean reports whether clean(s) == s for a plain ASCII s: single spaces
// between words, no other white space, nothing to fold, not too long.
func isClean(s string) bool {
	return len(s) <= maxBlockRunes && singleSpaced(s)
}

// joinNonEmpty is strings.Join of the non-empty strings of ss, with one
// allocation (none when a single string is non-empty).
func joinNonEmpty(ss []string, sep string) string {
	n, last := 0, ""
	for _, s := range ss {
		if s != "" {
			if n > 0 {
				n += len(sep)
			}
			n += len(s)
			last = s
		}
	}
	if n == len(last) {
		return last
	}
	var b strings.Builder
	b.Grow(n)
	for _, s := range ss {
		if s != "" {
			if b.Len() > 0 {
				b.WriteString(sep)
			}
			b.WriteString(s)
		}
	}
	return b.String()
}

// blocksFromText splits plain text into blocks: one per line, with a wrapped
// line joined to the line it continues.
func blocksFromText(body []byte) *doc {
	d := &doc{}
	s := string(body)
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	if strings.IndexByte(s, '\t') >= 0 {
		tabColumns(lines)
	}
	keyed := keyedText(lines)
	for i, ln := range lines {
		if len(d.blocks) >= maxBlocks {
			break
		}
		t := jsonValue(clean(ln))
		if t == "" {
			continue
		}
		if n := len(d.blocks); n > 0 && !(keyed && (keyedLine(t) || keyedLine(d.blocks[n-1].text))) && continues(d.blocks[n-1], t, lines[i-1]) {
			d.blocks[n-1].text = clean(d.blocks[n-1].text + " " + t)
			continue
		}
		if n := len(d.blocks); n > 0 && d.blocks[n-1].role == roleItem && d.blocks[n-1].text == "" {
			d.blocks[n-1].text = t // the item a lone dash opened
			continue
		}
		if bulletAlone(t) {
			d.blocks = append(d.blocks, block{role: roleItem, line: i + 1})
			continue
		}
		r := roleText
		if isBullet(t) {
			t = strings.TrimSpace(strings.TrimLeft(t, "*-+ "))
			r = roleItem
		} else if listNumber.MatchString(t) {
			r = roleItem // "2. a passing score …": an item of a numbered list
		} else if isPlainHeading(t) {
			r = roleHeading
		}
		var col uint8
		if keyed && keyedLine(t) {
			col = keyColumn(ln)
		}
		d.blocks = append(d.blocks, block{text: t, role: r, col: col, line: i + 1})
	}
	if n := len(d.blocks); n > 0 && d.blocks[n-1].text == "" {
		d.blocks = d.blocks[:n-1] // a dash that opened nothing
	}
	return d
}

// tabColumns turns the tabs of a table pasted as text into " | ", the
// column bar the text readers know ("Name\tYear\tMedical School" over
// one line a resident): a run of two or more lines with the same number
// of tabs, two at least, each between two non-blank fields (a tab beside a
// space indents or pads a sentence, and parts no column).
func tabColumns(lines []string) {
	cols := make([]int, len(lines)) // a line's tabs when they part columns, else 0
	for i, ln := range lines {
		ln = strings.TrimRight(ln, "\r")
		n := strings.Count(ln, "\t")
		if n < 2 {
			continue
		}
		ok := true
		for f := range strings.SplitSeq(ln, "\t") {
			if f == "" || f[0] == ' ' || f[len(f)-1] == ' ' {
				ok = false
				break
			}
		}
		if ok {
			cols[i] = n
		}
	}
	for i, n := range cols {
		if n > 0 && (i > 0 && cols[i-1] == n || i+1 < len(cols) && cols[i+1] == n) {
			lines[i] = strings.ReplaceAll(lines[i], "\t", " | ")
		}
	}
}

// keyedText reports a text kept as a YAML-like content file: items of a
// list of records ("- name: Ana Ruiz"), a key that opens a mapping or a
// list ("interns:"), and three key lines or more indented under others.
// There each key line is a block of its own: "interns:" is no wrapped
// line of the "date: …" above it.
func keyedText(lines []string) bool {
	items, opens, indented := 0, 0, 0
	for _, ln := range lines {
		t := strings.TrimLeft(ln, " \t")
		lead := len(ln) - len(t)
		item := strings.HasPrefix(t, "- ")
		if item {
			t, lead = strings.TrimLeft(t[2:], " \t"), lead+1
		}
		_, val, ok := keyValue(strings.TrimRight(t, " \t\r"))
		if !ok {
			continue
		}
		switch {
		case item:
			items++
		case strings.Trim(val, " \t") == "":
			opens++
		}
		if lead > 0 {
			indented++
		}
	}
	return items > 0 && opens > 0 && indented >= 3
}

// keyColumn is the column plus one at which a raw key line's key opens
// (after its indentation and an item's "- "; a tab counts as a space), at
// most 255: "    - name: …" gives 7.
func keyColumn(ln string) uint8 {
	n := 0
	for n < len(ln) && (ln[n] == ' ' || ln[n] == '\t' || ln[n] == '-' && n+1 < len(ln) && (ln[n+1] == ' ' || ln[n+1] == '\t')) {
		n++
	}
	return uint8(min(n+1, 255))
}

// keyedLine reports a line of a keyed text that is a key and its value
// (a list's item mark taken off): "name: Ana Ruiz, MD", "interns:".
func keyedLine(t string) bool {
	_, _, ok := keyValue(t)
	return ok
}

// keyValue reads a key line, "key: value" or "key:", whose key is one
// word opening with a lower-case letter (letters, digits, underscores:
// "internsCorner", "chief_residents"): the key and the value, trimmed and
// out of its quotes.
func keyValue(t string) (key, val string, ok bool) {
	if t == "" || t[0] < 'a' || t[0] > 'z' {
		return "", "", false
	}
	i := 1
	for i < len(t) && i <= 40 && (t[i] >= 'a' && t[i] <= 'z' || t[i] >= 'A' && t[i] <= 'Z' || t[i] >= '0' && t[i] <= '9' || t[i] == '_') {
		i++
	}
	if i >= len(t) || t[i] != ':' || i+1 < len(t) && t[i+1] != ' ' && t[i+1] != '\t' {
		return "", "", false
	}
	val = strings.TrimSpace(t[i+1:])
	if n := len(val); n >= 2 && (val[0] == '"' || val[0] == '\'') && val[n-1] == val[0] {
		val = val[1 : n-1] // name: "Ana Ruiz, MD"
	}
	return t[:i], val, true
}

// jsonValue reads a line of a page scraped to JSON ("th_12": "Minimum
// Step 1 Score",) as its value, so that a flattened table reads as label
// and value lines; any other line is returned as it is.
func jsonValue(t string) string {
	if len(t) < 6 || t[0] != '"' || !strings.HasSuffix(strings.TrimSuffix(t, ","), "\"") {
		return t
	}
	m := jsonLine.FindStringSubmatch(t)
	if m == nil {
		return t
	}
	v, err := strconv.Unquote(`"` + m[1] + `"`)
	if err != nil {
		return t
	}
	return clean(v)
}

var jsonLine = regexp.MustCompile(`^"[A-Za-z0-9_.-]{1,40}":\s*"(.*)",?$`)

// continues reports whether a plain-text line continues the previous block
// (a wrapped paragraph) rather than starting a new one: the previous line
// leaves its sentence open (no closing point) and either this line starts
// in lower case ("Graduation from medical" / "school within …") or the
// previous one ends on a word no sentence ends on ("outside the United" /
// "States, …", "graduated within" / "Three years …"). A line of a few
// characters (a name, a label) is not taken for a wrapped one unless its
// last word leaves it open.
func continues(prev block, t, rawPrev string) bool {
	if prev.role == roleHeading || strings.TrimSpace(rawPrev) == "" || isBullet(t) || bulletAlone(t) || prev.text == "" || listNumber.MatchString(t) {
		return false
	}
	p := prev.text
	if strings.HasSuffix(p, ".") || strings.HasSuffix(p, "?") || strings.HasSuffix(p, ":") || strings.HasSuffix(p, "!") || strings.HasSuffix(p, ";") {
		return false
	}
	if openEnd(p) {
		return true
	}
	if len(p) < 10 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	return r >= 'a' && r <= 'z'
}

// openEnd reports a line whose last word cannot end a sentence: an
// article, a preposition, a conjunction, or "United" before "States".
func openEnd(p string) bool {
	i := strings.LastIndexByte(p, ' ')
	if i < 0 {
		return false
	}
	switch strings.ToLower(p[i+1:]) {
	case "the", "a", "an", "of", "to", "from", "in", "within", "with", "for", "at", "on", "by", "than", "and", "or", "united":
		return true
	}
	return false
}

// listNumber is the number or letter that opens an item of a numbered
// list ("2. an Iowa licence", "b) a transcript", "iv. letters").
var listNumber = regexp.MustCompile(`^([0-9]{1,2}|[a-z]|[ivx]{1,4})[.)] `)

// bulletAlone reports a line that is only a list mark: the item's text is
// on the lines after it.
func bulletAlone(t string) bool {
	return t == "-" || t == "*" || t == "+" || t == "•" || t == "·" || t == "–"
}

func isBullet(t string) bool {
	return strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "+ ")
}

// isPlainHeading reports whether a plain-text line looks like a heading: short,
// no sentence punctuation, and marked with # or written in title case.
func isPlainHeading(t string) bool {
	if strings.HasPrefix(t, "#") {
		return true
	}
	return false
}

// selector returns a CSS-like path to the block, such as
// "main > div.faq > dl > dd:nth-of-type(3)", or "line:12" for plain text.
func (b *block) selector() string {
	if b.node == nil {
		if b.line > 0 {
			return "line:" + strconv.Itoa(b.line)
		}
		return ""
	}
	return selectorOf(b.node, nil)
}

// selectorIn is selector with sibling counts kept in m.
func (b *block) selectorIn(m *siblingMemo) string {
	if b.node == nil {
		return b.selector()
	}
	return selectorOf(b.node, m)
}

// siblingMemo remembers, per parent, the last child sameTagIndex answered
// for: a roster's cards are asked about in document order, so the next
// card's index is counted on from the last one instead of from the first
// child (which made a roster's selectors quadratic in its size). The zero
// value is ready; a nil memo counts from the first child.
type siblingMemo struct {
	ents [16]sibEnt
	next int

	// the selector of the last parent selectorSteps wrote (for limit)
	selParent   *html.Node
	selLimit    int
	selOfParent string
}

type sibEnt struct {
	parent, node *html.Node
	same, idx    int
}

// sameTagIndex is the package function, counted on from the last answer
// under the same parent when it can.
func (m *siblingMemo) sameTagIndex(x *html.Node) (same, idx int) {
	if m == nil || x.Parent == nil {
		return sameTagIndex(x)
	}
	p := x.Parent
	e := (*sibEnt)(nil)
	for i := range m.ents {
		if m.ents[i].parent == p {
			e = &m.ents[i]
			break
		}
	}
	if e != nil {
		if e.node == x {
			return e.same, e.idx
		}
		if e.node.DataAtom == x.DataAtom && e.node.Data == x.Data {
			idx := e.idx
			for s := e.node.NextSibling; s != nil; s = s.NextSibling {
				if s.Type == html.ElementNode && s.DataAtom == x.DataAtom && s.Data == x.Data {
					idx++
				}
				if s == x {
					e.node, e.idx = x, idx
					return e.same, idx
				}
			}
		}
	} else {
		e = &m.ents[m.next]
		m.next = (m.next + 1) % len(m.ents)
	}
	same, idx = sameTagIndex(x)
	*e = sibEnt{parent: p, node: x, same: same, idx: idx}
	return same, idx
}

// selectorOf is the CSS selector of n; memo may be nil.
func selectorOf(n *html.Node, memo *siblingMemo) string {
	return selectorSteps(n, maxSelectorSteps, memo)
}

// maxSelectorSteps is the most elements a selector names.
const maxSelectorSteps = 13

// selectorSteps is the selector of n naming at most limit elements: from n
// up to (and with) the nearest ancestor with an id, stopping below body.
// With a memo, the selector of the parent of the last element asked about
// is kept: a roster's cards share it, and only their own step is written.
func selectorSteps(n *html.Node, limit int, memo *siblingMemo) string {
	if memo != nil && limit > 1 && n.Parent != nil && n.Type == html.ElementNode && !isSelectorRoot(n) && !hasPlainID(n) {
		p := n.Parent
		if memo.selParent != p || memo.selLimit != limit {
			memo.selParent, memo.selLimit = p, limit
			memo.selOfParent = ""
			if p.Type == html.ElementNode && !isSelectorRoot(p) {
				memo.selOfParent = selectorSteps(p, limit-1, nil)
			}
		}
		// written on the stack, copied once into the string
		var arr [selectorBuf]byte
		b := arr[:0]
		if memo.selOfParent != "" {
			b = append(b, memo.selOfParent...)
			b = append(b, " > "...)
		}
		b = appendStep(b, n, false, memo)
		return string(b)
	}
	// the steps, innermost first; the last may end at an id
	var path [maxSelectorSteps]*html.Node
	steps, idEnd := 0, false
	for x := n; x != nil && x.Type == html.ElementNode && steps < limit; x = x.Parent {
		if isSelectorRoot(x) {
			break
		}
		path[steps] = x
		steps++
		if hasPlainID(x) {
			idEnd = true
			break
		}
	}
	var arr [selectorBuf]byte
	b := arr[:0]
	for i := steps - 1; i >= 0; i-- {
		if i < steps-1 {
			b = append(b, " > "...)
		}
		b = appendStep(b, path[i], i == steps-1 && idEnd, memo)
	}
	return string(b)
}

// selectorBuf is the room on the stack selectorSteps writes a selector in
// (a longer one grows on the heap): most selectors of a page are shorter.
const selectorBuf = 160

// isSelectorRoot reports the elements selectors start below.
func isSelectorRoot(x *html.Node) bool {
	return x.DataAtom == atom.Body || x.DataAtom == atom.Html
}

// hasPlainID reports whether x has an id a selector can start at.
func hasPlainID(x *html.Node) bool {
	id := attr(x, "id")
	return id != "" && !strings.ContainsAny(id, " \t")
}

// appendStep appends one element of a selector to b: tag and id, or tag,
// first class and place among its like siblings.
func appendStep(b []byte, x *html.Node, byID bool, memo *siblingMemo) []byte {
	b = appendCSSIdent(b, x.Data)
	if byID {
		b = append(b, '#')
		return appendCSSIdent(b, attr(x, "id"))
	}
	if cls := firstField(attr(x, "class")); cls != "" {
		b = append(b, '.')
		b = appendCSSIdent(b, cls)
	}
	if same, idx := memo.sameTagIndex(x); same > 1 {
		b = append(b, ":nth-of-type("...)
		b = strconv.AppendInt(b, int64(idx), 10)
		b = append(b, ')')
	}
	return b
}

// appendCSSIdent appends s as a CSS identifier, escaped where CSS needs it
// (as CSS.escape does), so that every selector parses: "w-1/2" is written
// "w-1\/2", "2col" "\32 col".
func appendCSSIdent(b []byte, s string) []byte {
	plain := s != "" && s != "-" && !isDigit(s[0]) && !(s[0] == '-' && len(s) > 1 && isDigit(s[1]))
	for i := 0; plain && i < len(s); i++ {
		c := s[i]
		plain = c >= utf8.RuneSelf || c == '-' || c == '_' || isWordByte(c)
	}
	if plain {
		return append(b, s...)
	}
	for i, r := range s {
		switch {
		case r == 0:
			b = append(b, "\ufffd"...)
		case r < 0x20 || r == 0x7f || isDigit(byte(r)) && (i == 0 || i == 1 && s[0] == '-'):
			b = fmt.Appendf(b, "\\%x ", r)
		case i == 0 && r == '-' && len(s) == 1:
			b = append(b, "\\-"...)
		case r >= utf8.RuneSelf || r == '-' || r == '_' || isWordByte(byte(r)):
			b = utf8.AppendRune(b, r)
		default:
			b = append(b, '\\')
			b = utf8.AppendRune(b, r)
		}
	}
	return b
}

// sameTagIndex returns how many of x's siblings (x included) have its tag,
// and x's 1-based place among them.
func sameTagIndex(x *html.Node) (same, idx int) {
	if x.Parent == nil {
		return 0, 0
	}
	for s := x.Parent.FirstChild; s != nil; s = s.NextSibling {
		// the parser gives equal names equal atoms: compare atoms first
		if s.Type == html.ElementNode && s.DataAtom == x.DataAtom && s.Data == x.Data {
			same++
			if s == x {
				idx = same
			}
		}
	}
	return same, idx
}

// firstField returns strings.Fields(s)[0], or "" when s has no field.
func firstField(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i]
	}
	return s
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
