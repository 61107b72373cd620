package crawl

import (
	"context"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/imgfriendly/imgfriendly"
	"golang.org/x/sync/errgroup"
)

// Cues for reading an institution's GME page (matched as words in the
// lower-cased anchor text and URL path): what says a link leads to a
// residency, what says it does not, and what says it lists the programs.
var (
	residencyCues  = cues("residency", "residencies", "resident", "residents", "program", "programs", "training", "gme")
	notProgramCues = cues("fellowship", "fellowships", "fellow", "fellows", "clinic", "clinics", "service", "services",
		"patient", "patients", "find a doctor", "find a physician", "appointment", "appointments", "imaging", "unit",
		"careers", "jobs", "news", "events", "donate", "giving", "locations", "nursing", "pharmacy")
	listingCues = cues("residency programs", "residencies", "residency", "our programs", "training programs",
		"programs", "graduate medical education", "gme programs")
)

// pathWords turns a URL path into words for the specialty table.
var pathWords = strings.NewReplacer("-", " ", "_", " ", "/", " ", "%20", " ")

// cues makes a cue table whose words all weigh 1.
func cues(words ...string) []keyword {
	out := make([]keyword, len(words))
	for i, w := range words {
		out[i] = keyword{w, 1}
	}
	return out
}

// maxListingPages is how many program-list pages one GME page may lead to.
const maxListingPages = 3

// DiscoverPrograms reads each institution's GME page (and up to three pages
// it links as its program lists, one click further), keeps the links whose
// anchor text or URL names a residency specialty, and fetches each
// candidate's target so that it can be verified (page kind, title, the ids
// it prints: extract). Every request goes through the night's fetcher:
// robots.txt, politeness, retries, the SSRF guard, and the institution's
// scope (its GME page's host and registrable domain, plus extra_hosts); a
// target off that scope is recorded, not fetched. Bodies go to store.
func DiscoverPrograms(ctx context.Context, cfg Config, insts []imgfriendly.Institution, store *Store, clock func() time.Time) ([]imgfriendly.InstitutionScan, error) {
	pf, err := newPageFetcher(ctx, cfg, store, "seeds-discover", clock)
	if err != nil {
		return nil, err
	}
	defer pf.close()
	out := make([]imgfriendly.InstitutionScan, len(insts))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(max(cfg.MaxConcurrency/4, 1))
	for i, inst := range insts {
		g.Go(func() error {
			out[i] = discoverOne(gctx, pf, cfg, inst)
			return gctx.Err()
		})
	}
	return out, pf.done(ctx, g.Wait(), "seeds discover")
}

// discoverOne scans one institution.
func discoverOne(ctx context.Context, pf *pageFetcher, cfg Config, inst imgfriendly.Institution) imgfriendly.InstitutionScan {
	scan := imgfriendly.InstitutionScan{Institution: inst}
	start, err := NormalizeURL(inst.URL)
	if err != nil {
		scan.Pages = append(scan.Pages, imgfriendly.Fetch{URL: inst.URL, Error: fmt.Sprintf("%s: GME url %q: %v", imgfriendly.FetchErrorNetwork, inst.URL, err)})
		return scan
	}
	sc := newScope(cfg.ExtraHosts, inst.URL)
	visited := map[string]bool{start: true}
	read := func(u string) []link {
		pu, _ := url.Parse(u)
		o, links := pf.get(ctx, pu, sc)
		if o.Cancelled {
			return nil
		}
		o.Fetch.Kind = imgfriendly.KindOther
		scan.Pages = append(scan.Pages, o.Fetch)
		return links
	}
	type found struct {
		l    link
		from string
	}
	var all []found
	for _, l := range read(start) {
		all = append(all, found{l, start})
	}
	// Program lists one click away ("Residency Programs").
	var lists []string
	for _, f := range all {
		n, err := NormalizeURL(f.l.URL)
		if err != nil || visited[n] || len(lists) >= maxListingPages {
			continue
		}
		if u, _ := url.Parse(n); u == nil || !sc.allows(u) || isPDF(u) {
			continue
		}
		text := strings.ToLower(f.l.Text)
		if score(listingCues, text) > 0 && score(notProgramCues, text) == 0 && len(imgfriendly.FindSpecialties(f.l.Text)) == 0 {
			visited[n] = true
			lists = append(lists, n)
		}
	}
	for _, u := range lists {
		for _, l := range read(u) {
			all = append(all, found{l, u})
		}
	}
	// Links that name a specialty, each target once per specialty.
	seen := map[string]bool{}
	for _, f := range all {
		pl, ok := programLink(f.l, f.from)
		if !ok || visited[pl.URL] || seen[pl.URL+"\x00"+pl.Specialty] {
			continue
		}
		seen[pl.URL+"\x00"+pl.Specialty] = true
		scan.Links = append(scan.Links, pl)
	}
	var mu sync.Mutex
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(8)
	for i := range scan.Links {
		pl := &scan.Links[i]
		if pl.Ignored != "" {
			continue
		}
		g.Go(func() error {
			u, _ := url.Parse(pl.URL)
			o, _ := pf.get(gctx, u, sc)
			if o.Cancelled {
				return gctx.Err()
			}
			mu.Lock()
			pl.Target, pl.Redirects = o.Fetch, o.Redirects
			pl.Target.Kind = imgfriendly.KindProgram
			mu.Unlock()
			return nil
		})
	}
	g.Wait()
	sort.SliceStable(scan.Links, func(i, j int) bool { return scan.Links[i].Specialty < scan.Links[j].Specialty })
	return scan
}

// programLink reads a link as a residency program's, or reports false when
// it names no specialty (or only weakly, with nothing saying residency).
func programLink(l link, from string) (imgfriendly.ProgramLink, bool) {
	n, err := NormalizeURL(l.URL)
	if err != nil {
		return imgfriendly.ProgramLink{}, false
	}
	u, _ := url.Parse(n)
	path := strings.ToLower(u.EscapedPath())
	for _, s := range skipPath {
		if strings.Contains(path, s) {
			return imgfriendly.ProgramLink{}, false
		}
	}
	words := pathWords.Replace(path)
	text := strings.ToLower(l.Text)
	pl := imgfriendly.ProgramLink{Anchor: l.Text, URL: n, FoundOn: from}
	pl.Residency = score(residencyCues, text) > 0 || score(residencyCues, words) > 0
	var strong, weak []string
	for _, m := range imgfriendly.FindSpecialties(l.Text) {
		if m.Weak {
			weak = appendNew(weak, m.Specialty.Name)
		} else {
			strong = appendNew(strong, m.Specialty.Name)
		}
	}
	// The URL may name it when the anchor does not ("Learn more"): its path,
	// or its host's first label ("im.mercy.test").
	label, _, _ := strings.Cut(u.Hostname(), ".")
	for _, m := range imgfriendly.FindSpecialties(words + " " + label) {
		if len(strong)+len(weak) == 0 && (!m.Weak || pl.Residency) {
			strong = appendNew(strong, m.Specialty.Name)
		}
	}
	switch {
	case len(strong) == 1:
		pl.Specialty, pl.Strong = strong[0], true
	case len(strong) > 1:
		pl.Specialty, pl.Ignored = strong[0], "names several specialties: "+strings.Join(strong, ", ")
	case len(weak) >= 1 && pl.Residency:
		pl.Specialty = weak[0]
	default:
		return imgfriendly.ProgramLink{}, false
	}
	for _, c := range notProgramCues {
		if containsWord(text, c.word) || containsWord(words, c.word) {
			pl.Ignored = c.word
			break
		}
	}
	return pl, true
}

func appendNew(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}
