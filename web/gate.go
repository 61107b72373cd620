package web

import (
	"context"
	"errors"
	"time"
)

// errBusy is what a tiering gets when the server already tiers as many
// lists as it may and as many requests wait as may wait (or one waited
// too long): the request is answered 503 with Retry-After.
var errBusy = errors.New("the server is busy tiering other lists")

// gate bounds the concurrent tierings (the list for a new profile, a SOAP
// list, a program's tier for a profile: passes in memory over the night's
// queries.Tiering, whose first use reads it with tier.sql). More at once
// only divide the cores. A bounded
// number of requests wait their turn (first come, first served as far as
// the Go scheduler goes); beyond that, or after waiting maxWait, a request
// is refused at once with errBusy rather than queued without end.
type gate struct {
	slots   chan struct{} // one token per running tiering
	waiting chan struct{} // one token per waiting request
	maxWait time.Duration
}

func newGate(slots, queue int, maxWait time.Duration) *gate {
	return &gate{slots: make(chan struct{}, slots), waiting: make(chan struct{}, queue), maxWait: maxWait}
}

// enter takes a slot, waiting if need be; the caller must call the
// returned release when its tiering is done.
func (g *gate) enter(ctx context.Context) (release func(), err error) {
	release = func() { <-g.slots }
	select {
	case g.slots <- struct{}{}:
		return release, nil
	default:
	}
	select {
	case g.waiting <- struct{}{}:
	default:
		return nil, errBusy
	}
	defer func() { <-g.waiting }()
	t := time.NewTimer(g.maxWait)
	defer t.Stop()
	select {
	case g.slots <- struct{}{}:
		return release, nil
	case <-t.C:
		return nil, errBusy
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// through runs f in a slot of the gate.
func through[T any](ctx context.Context, g *gate, f func() (T, error)) (T, error) {
	release, err := g.enter(ctx)
	if err != nil {
		var zero T
		return zero, err
	}
	defer release()
	return f()
}
