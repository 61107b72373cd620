package crawl

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/imgfriendly/imgfriendly"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
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

// maxEncodings is the most content codings one response may stack
// ("gzip, gzip" is legal and seen); more is a decompression trap.
const maxEncodings = 3

// readBody reads the body up to the size cap, undoing its content codings
// (gzip, deflate, stacked in any order, up to maxEncodings) with a
// decompression-bomb guard on the whole. It returns the body, the bytes
// read from the wire, a failure cause, and whether trying again could help
// (a network error may; an unsupported coding or a size cap never does).
func (f *fetcher) readBody(resp *http.Response) ([]byte, int64, string, bool) {
	max := f.cfg.MaxBodyBytes
	// A declared non-HTML type is refused before its body is downloaded.
	if ct := resp.Header.Get("Content-Type"); ct != "" && !isHTML(ct, nil) {
		return nil, 0, "", false
	}
	codings, cause := contentCodings(resp.Header.Values("Content-Encoding"))
	if cause != "" {
		return nil, 0, cause, false
	}
	wire := &countingReader{r: io.LimitReader(resp.Body, max+1)}
	var r io.Reader = wire
	// Codings are listed in the order applied: undo the last first.
	for i := len(codings) - 1; i >= 0; i-- {
		switch codings[i] {
		case "gzip", "x-gzip":
			zr, err := gzip.NewReader(r)
			if err != nil {
				c, retry := classifyNetErr(err)
				if errors.Is(err, gzip.ErrHeader) || errors.Is(err, gzip.ErrChecksum) {
					c, retry = imgfriendly.FetchErrorNetwork+": bad gzip body: "+err.Error(), false
				}
				return nil, wire.n, c, retry
			}
			defer zr.Close()
			r = zr
		case "deflate":
			zr, err := zlib.NewReader(r)
			if err != nil {
				// Some servers send raw deflate under this name.
				return nil, wire.n, imgfriendly.FetchErrorNetwork + ": bad deflate body: " + err.Error(), false
			}
			defer zr.Close()
			r = zr
		}
	}
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(r, max+1))
	if n > max {
		return nil, wire.n, fmt.Sprintf("%s: body over max_body_bytes %d", imgfriendly.FetchErrorTooLarge, max), false
	}
	if wire.n > max {
		return nil, wire.n, fmt.Sprintf("%s: compressed body over max_body_bytes %d", imgfriendly.FetchErrorTooLarge, max), false
	}
	if len(codings) > 0 && wire.n > 0 && n/wire.n > int64(f.cfg.MaxCompressionRatio) {
		return nil, wire.n, fmt.Sprintf("%s: %s expands %d× (max_compression_ratio %d)", imgfriendly.FetchErrorTooLarge, strings.Join(codings, ", "), n/wire.n, f.cfg.MaxCompressionRatio), false
	}
	if err != nil {
		if errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader) || errors.Is(err, zlib.ErrChecksum) || errors.Is(err, zlib.ErrHeader) {
			return nil, wire.n, imgfriendly.FetchErrorNetwork + ": corrupt compressed body: " + err.Error(), true
		}
		c, retry := classifyNetErr(err)
		return nil, wire.n, c, retry
	}
	return buf.Bytes(), wire.n, "", false
}

// contentCodings parses Content-Encoding header values into the codings
// to undo, in the order they were applied ("identity" dropped). An unknown
// coding, or too many, is a cause: the body cannot be read, and asking
// again will not change that.
func contentCodings(values []string) ([]string, string) {
	var codings []string
	for _, v := range values {
		for _, c := range strings.Split(v, ",") {
			c = strings.ToLower(strings.TrimSpace(c))
			switch c {
			case "", "identity":
			case "gzip", "x-gzip", "deflate":
				codings = append(codings, c)
			default:
				return nil, imgfriendly.FetchErrorContentType + ": unsupported Content-Encoding " + c
			}
		}
	}
	if len(codings) > maxEncodings {
		return nil, fmt.Sprintf("%s: %d stacked Content-Encodings (%s), more than %d", imgfriendly.FetchErrorContentType, len(codings), strings.Join(codings, ", "), maxEncodings)
	}
	return codings, ""
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

// toUTF8 decodes body to UTF-8 using the charset from the Content-Type
// header, a BOM or a <meta> declaration (x/net/html/charset rules),
// defaulting to windows-1252 like browsers when nothing says otherwise and
// the bytes are not valid UTF-8. Labels lie, so it checks them:
//
//   - a body labelled UTF-8 that is not valid UTF-8 is decoded with the
//     charset its <meta> names, if another; else it keeps its valid
//     sequences and reads each stray byte as windows-1252, the usual source
//     of such bytes ("Jos\xe9" is "José", not "Jos\ufffd");
//   - a label that turns the page's markup into something else (a false
//     charset=utf-16 on an ASCII page decodes "<p>" into CJK characters) is
//     dropped and the charset sniffed as if the header named none;
//   - a body that no charset turns into markup is an error: the caller
//     records it as the fetch's cause.
func toUTF8(body []byte, contentType string) ([]byte, error) {
	out, name, err := decodeAs(body, contentType)
	if err == nil && !lostMarkup(body, out) {
		return out, nil
	}
	if _, params, perr := mime.ParseMediaType(contentType); perr == nil && params["charset"] != "" {
		// The header's charset lied: sniff the BOM, the <meta>, the bytes.
		if out2, name2, err2 := decodeAs(body, "text/html"); err2 == nil && !lostMarkup(body, out2) {
			return out2, nil
		} else if err == nil {
			err = fmt.Errorf("neither the declared %s nor the sniffed %s turns the body into HTML", name, name2)
		}
	}
	if err == nil {
		err = fmt.Errorf("decoded as %s the body has lost its markup", name)
	}
	return nil, err
}

// decodeAs decodes body with the charset contentType (or the body itself)
// declares.
func decodeAs(body []byte, contentType string) ([]byte, string, error) {
	enc, name, _ := charset.DetermineEncoding(body, contentType)
	if name == "utf-8" && !utf8.Valid(body) {
		// Mislabelled. A <meta> naming a charset other than windows-1252
		// is believed; otherwise the stray bytes are windows-1252 among
		// valid UTF-8 (a page edited in two editors has both).
		if enc2, name2, _ := charset.DetermineEncoding(body, "text/html"); name2 != "utf-8" && name2 != "windows-1252" {
			enc, name = enc2, name2
		} else {
			return repairUTF8(bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))), name, nil
		}
	}
	if name == "utf-8" {
		return bytes.TrimPrefix(body, []byte("\xef\xbb\xbf")), name, nil
	}
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return nil, name, fmt.Errorf("%s: %w", name, err)
	}
	return out, name, nil
}

// repairUTF8 keeps body's valid UTF-8 and reads every byte that is not
// part of a valid sequence as windows-1252.
func repairUTF8(body []byte) []byte {
	out := make([]byte, 0, len(body)+len(body)/8)
	for len(body) > 0 {
		r, size := utf8.DecodeRune(body)
		if r == utf8.RuneError && size <= 1 {
			r = charmap.Windows1252.DecodeByte(body[0])
			size = 1
		}
		out = utf8.AppendRune(out, r)
		body = body[size:]
	}
	return out
}

// lostMarkup reports a decoding that destroyed the page's markup: the raw
// bytes hold tags (an ASCII-compatible reading sees "<" followed by a
// letter, "/" or "!") but the decoded text holds far fewer.
func lostMarkup(raw, decoded []byte) bool {
	before := tagStarts(raw)
	return before >= 4 && tagStarts(decoded) < before/4
}

func tagStarts(b []byte) int {
	n := 0
	for i := 0; i+1 < len(b); i++ {
		if b[i] == '<' {
			if c := b[i+1] | 0x20; c >= 'a' && c <= 'z' || b[i+1] == '/' || b[i+1] == '!' {
				n++
			}
		}
	}
	return n
}
