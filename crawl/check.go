package crawl

import (
	"context"
	"fmt"
	"net/url"
	"sort"
	"time"

	"github.com/imgfriendly/imgfriendly"
	"golang.org/x/sync/errgroup"
)

// CheckSeeds fetches every program's seed URL — that page only, no
// discovery — as a night would: robots.txt obeyed, per-host politeness,
// retries, size caps, the program's scope (a redirect leaving it is not
// followed) and the SSRF guard. Programs whose URLs normalise to the same
// page share one fetch and name each other in SharedWith. Bodies go to
// store, so that their page kind can be read (extract). The result has one
// SeedFetch per program, in input order. A cancelled ctx or a failing page
// store is an error.
func CheckSeeds(ctx context.Context, cfg Config, seeds []imgfriendly.Program, store *Store, clock func() time.Time) ([]imgfriendly.SeedFetch, error) {
	pf, err := newPageFetcher(ctx, cfg, store, "seeds-check", clock)
	if err != nil {
		return nil, err
	}
	defer pf.close()
	out := make([]imgfriendly.SeedFetch, len(seeds))
	byURL := map[string][]int{}
	var order []string
	for i, p := range seeds {
		out[i].Program = p
		n, err := NormalizeURL(p.URL)
		if err != nil {
			out[i].Fetch = imgfriendly.Fetch{ProgramID: p.ID, URL: p.URL, Kind: imgfriendly.KindProgram,
				Error: fmt.Sprintf("%s: seed url %q: %v", imgfriendly.FetchErrorNetwork, p.URL, err)}
			continue
		}
		if _, ok := byURL[n]; !ok {
			order = append(order, n)
		}
		byURL[n] = append(byURL[n], i)
	}
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(max(cfg.MaxConcurrency, 1))
	for _, n := range order {
		idx := byURL[n]
		g.Go(func() error {
			u, _ := url.Parse(n)
			var urls []string
			for _, i := range idx {
				urls = append(urls, seeds[i].URL, seeds[i].RosterURL)
			}
			o, _ := pf.get(gctx, u, newScope(cfg.ExtraHosts, urls...))
			if o.Cancelled {
				return gctx.Err()
			}
			for _, i := range idx {
				fe := o.Fetch
				fe.ProgramID, fe.Kind = seeds[i].ID, imgfriendly.KindProgram
				out[i].Fetch = fe
				out[i].Redirects = o.Redirects
				for _, j := range idx {
					if j != i {
						out[i].SharedWith = append(out[i].SharedWith, seeds[j].ID)
					}
				}
				sort.Strings(out[i].SharedWith)
			}
			return nil
		})
	}
	return out, pf.done(ctx, g.Wait(), "seeds check")
}
