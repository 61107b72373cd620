package crawl

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"strconv"
)

// taskTransport is the RoundTripper colly sends every request through. It
// looks the task up by its header and answers with the task's outcome: the
// decoded UTF-8 body as a 200 (so colly's OnHTML can discover links, also on
// a 304 or a journal replay, from the stored page), or an error carrying the
// recorded cause (colly's OnError).
type taskTransport struct{ cr *crawler }

// RoundTrip implements http.RoundTripper.
func (tt *taskTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	v, ok := tt.cr.tasks.Load(req.Header.Get(taskHeader))
	if !ok {
		return nil, errors.New("crawl: request without a task")
	}
	t := v.(*task)
	t.out = tt.cr.resolve(req.Context(), t)
	if t.out.Cancelled {
		return nil, context.Canceled
	}
	if t.out.Body == nil {
		return nil, errors.New(t.out.Fetch.Error)
	}
	return bodyResponse(req, t.out.Fetch.FinalURL, t.out.Body), nil
}

// bodyResponse is a stored page given to colly as a 200 for req, so that
// its links resolve against finalURL (the page's URL after redirects).
func bodyResponse(req *http.Request, finalURL string, body []byte) *http.Response {
	final := req.Clone(req.Context())
	if finalURL != "" {
		if u, err := req.URL.Parse(finalURL); err == nil {
			final.URL = u // relative links resolve against the page's final URL
		}
	}
	final.Header.Del(taskHeader)
	return &http.Response{
		Status:        "200 OK",
		StatusCode:    http.StatusOK,
		Proto:         "HTTP/1.1",
		ProtoMajor:    1,
		ProtoMinor:    1,
		Header:        http.Header{"Content-Type": {"text/html; charset=utf-8"}, "Content-Length": {strconv.Itoa(len(body))}},
		Body:          io.NopCloser(bytes.NewReader(body)),
		ContentLength: int64(len(body)),
		Request:       final,
	}
}
