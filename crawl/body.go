package crawl

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/imgfriendly/imgfriendly"
	"golang.org/x/net/html/charset"
)

// notReplayable stops net/http from silently re-sending a GET whose reused
// connection broke: that retry would bypass the politeness gate (two
// arrivals at once on a host with a Crawl-delay) and the attempt count.
// An empty body without GetBody makes the request non-replayable; net/http
// probes it, finds it empty and sends no body.
func notReplayable(req *http.Request) {
	req.Body = io.NopCloser(strings.NewReader(""))
	req.GetBody = nil
	req.ContentLength = 0
}

// readBody reads the body up to the size cap, decoding gzip with a
// decompression-bomb guard. It returns the body, the bytes read from the
// wire and a failure cause.
func (f *fetcher) readBody(resp *http.Response) ([]byte, int64, string) {
	max := f.cfg.MaxBodyBytes
	// A declared non-HTML type is refused before its body is downloaded.
	if ct := resp.Header.Get("Content-Type"); ct != "" && !isHTML(ct, nil) {
		return nil, 0, ""
	}
	wire := &countingReader{r: io.LimitReader(resp.Body, max+1)}
	var r io.Reader = wire
	switch enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))); enc {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(wire)
		if err != nil {
			return nil, wire.n, imgfriendly.FetchErrorNetwork + ": bad gzip body: " + err.Error()
		}
		defer zr.Close()
		r = zr
	default:
		return nil, 0, imgfriendly.FetchErrorContentType + ": unsupported Content-Encoding " + enc
	}
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(r, max+1))
	if n > max {
		return nil, wire.n, fmt.Sprintf("%s: body over max_body_bytes %d", imgfriendly.FetchErrorTooLarge, max)
	}
	if wire.n > max {
		return nil, wire.n, fmt.Sprintf("%s: compressed body over max_body_bytes %d", imgfriendly.FetchErrorTooLarge, max)
	}
	if r != io.Reader(wire) && wire.n > 0 && n/wire.n > int64(f.cfg.MaxCompressionRatio) {
		return nil, wire.n, fmt.Sprintf("%s: gzip expands %d× (max_compression_ratio %d)", imgfriendly.FetchErrorTooLarge, n/wire.n, f.cfg.MaxCompressionRatio)
	}
	if err != nil {
		c, _ := classifyNetErr(err)
		return nil, wire.n, c
	}
	return buf.Bytes(), wire.n, ""
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// isHTML reports whether a response is HTML: by its Content-Type, or, when
// none is declared, by sniffing the body.
func isHTML(contentType string, body []byte) bool {
	if contentType == "" {
		if body == nil {
			return true // undecided until the body is read
		}
		contentType = http.DetectContentType(body)
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.Split(contentType, ";")[0]))
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// toUTF8 decodes body using the charset from the Content-Type header, a BOM
// or a <meta> declaration (x/net/html/charset rules), defaulting to
// windows-1252 like browsers when nothing says otherwise and the bytes are
// not valid UTF-8.
func toUTF8(body []byte, contentType string) ([]byte, error) {
	enc, name, _ := charset.DetermineEncoding(body, contentType)
	if name == "utf-8" && !utf8.Valid(body) {
		// Mislabelled (a windows-1252 page served as utf-8): trust the
		// page's own <meta>, else the browsers' windows-1252 default.
		enc, name, _ = charset.DetermineEncoding(body, "text/html")
	}
	if name == "utf-8" {
		return bytes.TrimPrefix(body, []byte("\xef\xbb\xbf")), nil
	}
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}
