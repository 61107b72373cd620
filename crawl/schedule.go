package crawl

import (
	"net/url"
	"slices"

	"github.com/imgfriendly/imgfriendly"
)

// interleave orders the night's programs so that those sharing a seed host
// are spread evenly over the night instead of following each other as a
// seed list sorted by institution lists them. A host takes one request per
// delay however many of its programs are under way, so programs started
// together on one host wait for each other while the global slots idle;
// spread out, the programs under way at any time span as many hosts as
// there are, and each host's programs start as its earlier ones finish.
//
// Program i of the n on a host is placed at (i+½)/n of the night; ties keep
// the seed order. The order is a pure function of the seeds, so a resumed
// night schedules as the interrupted one did.
func interleave(seeds []imgfriendly.Program) []imgfriendly.Program {
	type slot struct {
		p        imgfriendly.Program
		host     string
		rank     int
		position float64
		index    int
	}
	count := map[string]int{}
	slots := make([]slot, len(seeds))
	for i, p := range seeds {
		host := p.URL
		if n, err := NormalizeURL(p.URL); err == nil {
			if u, err := url.Parse(n); err == nil {
				host = hostKey(u)
			}
		}
		slots[i] = slot{p: p, host: host, rank: count[host], index: i}
		count[host]++
	}
	for i := range slots {
		slots[i].position = (float64(slots[i].rank) + 0.5) / float64(count[slots[i].host])
	}
	slices.SortStableFunc(slots, func(a, b slot) int {
		switch {
		case a.position < b.position:
			return -1
		case a.position > b.position:
			return 1
		}
		return a.index - b.index
	})
	out := make([]imgfriendly.Program, len(slots))
	for i, s := range slots {
		out[i] = s.p
	}
	return out
}
