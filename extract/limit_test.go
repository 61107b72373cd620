package extract

import (
	"bytes"
	"net/url"
	"strings"
	"testing"

	"github.com/imgfriendly/imgfriendly"
)

// TestPageReadsWhatTheCrawlerAccepts is issue 13 item 6: a page the
// crawler accepts (up to its default max_body_bytes, 10 MiB) is read whole.
// A 4.5 MB inline image (a data: URI, as page builders embed them) before
// the eligibility text used to push the text past a 4 MiB cut, and the page
// yielded no facts and no cause.
func TestPageReadsWhatTheCrawlerAccepts(t *testing.T) {
	var b bytes.Buffer
	b.WriteString(`<html><head><title>Eligibility</title></head><body><h1>Eligibility</h1><p><img alt="banner" src="data:image/png;base64,`)
	b.WriteString(strings.Repeat("iVBORw0KGgoAAAANSUhEUgAAA", 4_500_000/25))
	b.WriteString(`"></p><h2>Visas</h2><p>We sponsor J-1 visas through ECFMG.</p></body></html>`)
	if b.Len() <= 4<<20 || b.Len() > 10<<20 {
		t.Fatalf("page is %d bytes; the test needs one between 4 MiB and 10 MiB", b.Len())
	}
	u, _ := url.Parse("http://im.example.test/eligibility")
	pf, err := Page(b.Bytes(), u)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range pf.Facts {
		if f.Field == imgfriendly.FieldVisaJ1 && f.Value.Bool != nil && *f.Value.Bool {
			return
		}
	}
	t.Errorf("no J-1 fact from the text after a 4.5 MB image; facts: %+v", pf.Facts)
}
