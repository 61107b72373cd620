package crawl

import (
	"net/http"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/imgfriendly/imgfriendly"
)

func utf16le(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

func cp1252(s string) []byte {
	b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
	if err != nil {
		panic(err)
	}
	return b
}

// TestToUTF8ChecksTheLabel is issue 13 item 11: charset labels lie, and a
// lie must not turn names into "Jos\ufffd Mu\ufffdoz" or a page into no
// text at all without a cause.
func TestToUTF8ChecksTheLabel(t *testing.T) {
	const page = "<html><head><title>Residents</title></head><body><ul><li>José Muñoz — Universidad de Sevilla</li><li>Zoë Brontë</li></ul></body></html>"
	metaUTF8 := strings.Replace(page, "<head>", `<head><meta charset="utf-8">`, 1)
	tests := []struct {
		name        string
		contentType string
		body        []byte
		want        string // a substring of the decoded page; "" with wantErr
		wantErr     bool
	}{
		{"windows-1252 bytes labelled utf-8 by the header", "text/html; charset=utf-8", cp1252(page), "José Muñoz", false},
		{"windows-1252 bytes labelled utf-8 by header and meta", "text/html; charset=utf-8", cp1252(metaUTF8), "José Muñoz", false},
		{"windows-1252 bytes labelled utf-8 by the meta only", "text/html", cp1252(metaUTF8), "Zoë Brontë", false},
		{"valid UTF-8 with one stray windows-1252 byte", "text/html; charset=utf-8", append([]byte(page[:len(page)-14]), cp1252("Ç</body></html>")...), "José Muñoz", false},
		{"the stray byte itself", "text/html; charset=utf-8", append([]byte(page[:len(page)-14]), cp1252("Ç</body></html>")...), "Ç</body>", false},
		{"a false charset=utf-16 on a UTF-8 page", "text/html; charset=utf-16", []byte(page), "José Muñoz", false},
		{"a false charset=utf-16le on a windows-1252 page", "text/html; charset=UTF-16LE", cp1252(page), "Zoë Brontë", false},
		{"a false utf-16 in the meta", "text/html", []byte(strings.Replace(page, "<head>", `<head><meta charset="utf-16">`, 1)), "José Muñoz", false},
		{"a true UTF-16LE page with a BOM", "text/html", append([]byte{0xff, 0xfe}, utf16le(page)...), "José Muñoz", false},
		{"a true UTF-16LE page labelled, no BOM", "text/html; charset=utf-16le", utf16le(page), "José Muñoz", false},
		{"a true windows-1252 page labelled so", "text/html; charset=windows-1252", cp1252(page), "José Muñoz", false},
		{"a page in another charset behind a utf-8 header, named by its meta", "text/html; charset=utf-8",
			mustEncode(charmap.ISO8859_2, `<html><head><meta charset="iso-8859-2"></head><body><ul><li>Józef Wiśniewski, Łódź</li><li>x</li></ul></body></html>`), "Józef Wiśniewski, Łódź", false},
		{"a charset no reading of the page survives (WHATWG's replacement encoding, header and meta)", "text/html; charset=iso-2022-kr",
			[]byte(strings.Replace(page, "<head>", `<head><meta charset="iso-2022-kr">`, 1)), "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := toUTF8(tt.body, tt.contentType)
			if tt.wantErr {
				if err == nil {
					t.Errorf("decoded %q, want an error", got)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !utf8.Valid(got) || strings.ContainsRune(string(got), utf8.RuneError) {
				t.Errorf("decoded text holds invalid UTF-8 or U+FFFD: %q", got)
			}
			if !strings.Contains(string(got), tt.want) || !strings.Contains(string(got), "<li>") {
				t.Errorf("decoded %q, want it to hold %q and the markup", got, tt.want)
			}
		})
	}
}

func mustEncode(cm *charmap.Charmap, s string) []byte {
	b, err := cm.NewEncoder().Bytes([]byte(s))
	if err != nil {
		panic(err)
	}
	return b
}

// TestCharsetLiesThroughTheCrawler: the same lies served by a site end as
// stored pages in UTF-8 with their names intact, or as a fetch whose cause
// says the charset could not be decoded — never as a page of noise.
func TestCharsetLiesThroughTheCrawler(t *testing.T) {
	const page = "<html><head><title>Residents</title></head><body><ul><li>José Muñoz — Universidad de Sevilla</li></ul></body></html>"
	s := newSite(t)
	serve := func(ct string, body []byte) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path != "/" {
				http.NotFound(w, r)
				return
			}
			w.Header().Set("Content-Type", ct)
			w.Write(body)
		}
	}
	s.handle("latin.test", serve("text/html; charset=utf-8", cp1252(page)))
	s.handle("utf16lie.test", serve("text/html; charset=utf-16", []byte(page)))
	s.handle("hopeless.test", serve("text/html; charset=iso-2022-kr", []byte(strings.Replace(page, "<head>", `<head><meta charset="iso-2022-kr">`, 1))))
	store := openTestStore(t)
	res := runNight(t, s.testConfig(), Night{}, []imgfriendly.Program{
		program("1400000001", "http://latin.test/"), program("1400000002", "http://utf16lie.test/"), program("1400000003", "http://hopeless.test/"),
	}, store)
	rows := byURL(res.Fetches)
	for _, u := range []string{"http://latin.test/", "http://utf16lie.test/"} {
		f := rows[u]
		if !f.OK() {
			t.Errorf("%s: %q, want the page", u, f.Error)
			continue
		}
		body, err := store.Get(f.ContentHash)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(body), "<li>José Muñoz — Universidad de Sevilla</li>") {
			t.Errorf("%s stored as %q", u, body)
		}
	}
	if f := rows["http://hopeless.test/"]; f.OK() || !strings.HasPrefix(f.Error, imgfriendly.FetchErrorContentType+": undecodable charset") || f.Attempts != 1 {
		t.Errorf("hopeless.test: error %q after %d attempts, want one attempt and a charset cause", f.Error, f.Attempts)
	}
}
