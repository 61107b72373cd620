package extract

import (
	"bytes"
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
	for _, p := range paths {
		body, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
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
		}
		for i := range d.blocks {
			check(i)
		}
		for i := len(d.blocks) - 1; i >= 0; i-- {
			check(i)
		}
	}
}
