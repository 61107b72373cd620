package crawl

import (
	"fmt"
	"io"
	"sync/atomic"

	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
)

// progress is the operator's view: an mpb bar of pages done / queued with
// active hosts, errors, rate and ETA. Without a writer it only counts.
type progress struct {
	p      *mpb.Progress
	bar    *mpb.Bar
	total  atomic.Int64
	errors atomic.Int64
}

func newProgress(w io.Writer, pol *politeness) *progress {
	pr := &progress{}
	if w == nil {
		return pr
	}
	pr.p = mpb.New(mpb.WithOutput(w), mpb.WithWidth(40), mpb.WithAutoRefresh())
	pr.bar = pr.p.AddBar(0,
		mpb.PrependDecorators(
			decor.Name("crawl "),
			decor.CountersNoUnit("%d / %d pages"),
		),
		mpb.AppendDecorators(
			decor.Any(func(decor.Statistics) string {
				return fmt.Sprintf("hosts %d  errors %d  ", pol.activeHosts(), pr.errors.Load())
			}),
			decor.AverageSpeed(0, "%.1f pages/s  "),
			decor.AverageETA(decor.ET_STYLE_MMSS),
		),
	)
	return pr
}

func (pr *progress) queued() {
	n := pr.total.Add(1)
	if pr.bar != nil {
		pr.bar.SetTotal(n, false)
	}
}

func (pr *progress) done(ok bool) {
	if !ok {
		pr.errors.Add(1)
	}
	if pr.bar != nil {
		pr.bar.Increment()
	}
}

func (pr *progress) finish(interrupted bool) {
	if pr.p == nil {
		return
	}
	if interrupted {
		pr.bar.Abort(false)
	} else {
		pr.bar.SetTotal(pr.total.Load(), true)
	}
	pr.p.Wait()
}
