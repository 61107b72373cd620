package crawl

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/imgfriendly/imgfriendly"
)

// abortGrace is how long a host's slot stays taken after a request the
// crawler abandoned (timeout, broken connection).
const abortGrace = 250 * time.Millisecond

// retryableStatus are the statuses retried with backoff.
func retryableStatus(s int) bool {
	switch s {
	case 408, 429, 500, 502, 503, 504:
		return true
	}
	return false
}

// backoff is the wait before attempt n+1: exponential from RetryBackoffMin,
// capped at RetryBackoffMax, with jitter in its upper half.
func (f *fetcher) backoff(n int) time.Duration {
	d := f.cfg.RetryBackoffMin
	for i := 1; i < n && d < f.cfg.RetryBackoffMax; i++ {
		d *= 2
	}
	d = min(d, f.cfg.RetryBackoffMax)
	if d <= 1 {
		return d
	}
	return d/2 + time.Duration(f.rnd.Int64N(int64(d/2)))
}

// classifyNetErr maps a transport error to a cause and whether it is worth
// retrying.
func classifyNetErr(err error) (string, bool) {
	switch {
	case errors.Is(err, errAddressRefused):
		return imgfriendly.FetchErrorSSRF + ": " + rootCause(err), false
	case errors.Is(err, context.DeadlineExceeded), isTimeout(err):
		return imgfriendly.FetchErrorTimeout, true
	}
	return imgfriendly.FetchErrorNetwork + ": " + rootCause(err), true
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// rootCause strips url.Error and net.OpError prefixes, keeping the reason.
func rootCause(err error) string {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	var oe *net.OpError
	if errors.As(err, &oe) && oe.Err != nil {
		err = oe.Err
	}
	return err.Error()
}

// maxDuration is the longest time.Duration.
const maxDuration = time.Duration(1<<63 - 1)

// parseRetryAfter reads a Retry-After header: delay seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if s, err := strconv.ParseInt(v, 10, 64); err == nil || errors.Is(err, strconv.ErrRange) {
		switch {
		case s < 0:
			return 0
		case s > int64(maxDuration/time.Second):
			// More seconds than a Duration holds (ParseInt saturates
			// past int64): the longest wait, never a wrapped-around
			// short one the crawler would honour.
			return maxDuration
		}
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}
