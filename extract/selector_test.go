package extract

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/net/html"
)

// TestSelectorMemo checks that selectors counted with a siblingMemo equal
// the ones counted from the first child, for every block of every golden
// page, asked in document order and then in reverse.
func TestSelectorMemo(t *testing.T) {
	paths, err := filepath.Glob("testdata/*/page.html")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no golden pages: %v", err)
	}
	pages := map[string][]byte{"deep": deepCardsPage()}
	for _, p := range paths {
		body, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		pages[p] = body
	}
	for p, body := range pages {
		root, err := html.Parse(bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		d := blocksFromHTML(root)
		memo := &siblingMemo{}
		check := func(i int) {
			b := &d.blocks[i]
			if got, want := b.selectorIn(memo), b.selector(); got != want {
				t.Errorf("%s block %d: memo selector %q, want %q", p, i, got, want)
			}
			// the card around the block, as roster evidence names it
			if b.node == nil {
				return
			}
			if c := cardOf(b.node, map[*html.Node]bool{}); c != nil {
				if got, want := selectorOf(c, memo), selectorOf(c, nil); got != want {
					t.Errorf("%s card of block %d: memo selector %q, want %q", p, i, got, want)
				}
			}
		}
		for i := range d.blocks {
			check(i)
		}
		for i := len(d.blocks) - 1; i >= 0; i-- {
			check(i)
		}
	}
}

// deepCardsPage is a roster nested deeper than a selector names, with ids
// at some levels and cards of two kinds.
func deepCardsPage() []byte {
	var b bytes.Buffer
	b.WriteString("<html><body>")
	for i := 0; i < 18; i++ {
		switch {
		case i == 3:
			b.WriteString(`<div id="outer">`)
		case i%4 == 0:
			b.WriteString(`<section class="lvl">`)
		default:
			b.WriteString(`<div class="lvl w-1/2">`)
		}
	}
	for i := 0; i < 12; i++ {
		cls := "card"
		if i%3 == 0 {
			cls = "card featured"
		}
		fmt.Fprintf(&b, `<div class="%s"><h3>Jane Doe%c</h3><p>University of Toledo</p><p>PGY-%d</p></div>`, cls, 'a'+i, i%3+1)
		if i == 6 {
			b.WriteString(`<div id="mid card"><p>Not a card</p></div>`)
		}
	}
	for i := 0; i < 18; i++ {
		if i == 14 {
			b.WriteString("</div>")
		} else if (17-i)%4 == 0 {
			b.WriteString("</section>")
		} else {
			b.WriteString("</div>")
		}
	}
	b.WriteString("</body></html>")
	return b.Bytes()
}
