package transform

import (
	"cmp"
	"slices"

	"github.com/imgfriendly/imgfriendly"
)

// Page is one extracted page of a program: the fetch that brought it and
// the facts extraction found on it.
type Page struct {
	ProgramID string
	Fetch     imgfriendly.Fetch
	Facts     imgfriendly.PageFacts
}

// IMG share sources recorded in ProgramRecord.IMGShareSource.
const (
	ShareFromRoster = "roster" // residents on the roster, classified by school
	ShareFromStated = "stated" // counts stated on a page ("11 of our 20 residents are IMGs")
)

// rankedPage is a page with what reconciliation sorts it by.
type rankedPage struct {
	Page
	url  string
	kind imgfriendly.PageKind
	rank int
}

// Programs reconciles the pages of each seed program into one
// ProgramRecord per seed (in seed order, even for programs with no pages)
// and returns the roster residents, de-duplicated and classified. Pages
// whose ProgramID is not a seed are ignored. c may be nil: residents are
// then left unclassified.
func Programs(cfg Config, seeds []imgfriendly.Program, pages []Page, c *Classifier) ([]imgfriendly.ProgramRecord, []imgfriendly.Resident) {
	byProgram := map[string][]Page{}
	for _, p := range pages {
		byProgram[p.ProgramID] = append(byProgram[p.ProgramID], p)
	}
	records := make([]imgfriendly.ProgramRecord, 0, len(seeds))
	var residents []imgfriendly.Resident
	r := NewReconciler(cfg, c)
	for _, s := range seeds {
		rec, rs := r.Program(s, byProgram[s.ID])
		records = append(records, rec)
		residents = append(residents, rs...)
	}
	return records, residents
}

// Reconciler reconciles a night's programs one at a time, for a night that
// streams them instead of holding all their pages (Programs is the same
// over a whole slice). It is not safe for concurrent use.
type Reconciler struct {
	cfg   Config
	c     *Classifier
	cache schoolCache
}

// NewReconciler returns a Reconciler for one night; c may be nil (residents
// are then left unclassified).
func NewReconciler(cfg Config, c *Classifier) *Reconciler {
	return &Reconciler{cfg: cfg, c: c, cache: schoolCache{}}
}

// Program reconciles the pages of one seed program (all its pages of the
// night) into its record and its roster residents, de-duplicated and
// classified, exactly as Programs does for that seed.
func (r *Reconciler) Program(seed imgfriendly.Program, pages []Page) (imgfriendly.ProgramRecord, []imgfriendly.Resident) {
	return program(r.cfg, seed, pages, r.c, r.cache)
}

// program builds one record from its pages.
func program(cfg Config, seed imgfriendly.Program, pages []Page, c *Classifier, cache schoolCache) (imgfriendly.ProgramRecord, []imgfriendly.Resident) {
	ranked := rankPages(cfg, pages)
	rec := imgfriendly.ProgramRecord{Program: seed, Facts: map[imgfriendly.Field]imgfriendly.Fact{}, PagesFetched: len(ranked)}
	won := map[imgfriendly.Field]rankedPage{}
	for _, p := range ranked {
		for _, f := range p.Facts.Facts {
			if w, ok := won[f.Field]; ok {
				// a better-ranked page (or an earlier statement on this page)
				// won; a page of its rank that says the same gives the evidence
				// when its URL sorts first, so that the evidence of a fact two
				// pages state does not hang on which was fetched last
				if old := rec.Facts[f.Field]; w.rank == p.rank && w.url != p.url && p.url < w.url &&
					old.Value.String() == f.Value.String() && old.Condition == f.Condition {
					rec.Facts[f.Field], won[f.Field] = stamp(f, seed.ID, p), p
				}
				continue
			}
			rec.Facts[f.Field], won[f.Field] = stamp(f, seed.ID, p), p
		}
	}
	residents, rosterURL := programResidents(cfg, seed.ID, ranked, c, cache)
	for _, r := range residents {
		rec.ResidentsTotal++
		switch {
		case r.IMG == nil:
			rec.ResidentsUnknown++
		case *r.IMG:
			rec.ResidentsIMG++
		}
	}
	if classified := rec.ResidentsTotal - rec.ResidentsUnknown; classified >= cfg.MinRosterResidents && classified > 0 {
		share := float64(rec.ResidentsIMG) / float64(classified)
		rec.IMGShare, rec.IMGShareSource, rec.IMGShareEvidence = &share, ShareFromRoster, rosterURL
	} else if share, url, ok := statedShare(ranked); ok {
		rec.IMGShare, rec.IMGShareSource, rec.IMGShareEvidence = &share, ShareFromStated, url
	}
	return rec, residents
}

// stamp fills what extraction leaves to its caller: the program and the
// fetch time.
func stamp(f imgfriendly.Fact, programID string, p rankedPage) imgfriendly.Fact {
	f.ProgramID = programID
	if f.Evidence.FetchedAt.IsZero() {
		f.Evidence.FetchedAt = p.Fetch.FetchedAt
	}
	if f.Evidence.URL == "" {
		f.Evidence.URL = p.url
	}
	return f
}

// rankPages drops repeated fetches of one URL (keeping the latest) and
// sorts pages by the reconciliation order: page kind rank, then most
// recently fetched, then URL.
func rankPages(cfg Config, pages []Page) []rankedPage {
	rank := map[imgfriendly.PageKind]int{}
	for i, k := range cfg.PageKindOrder {
		rank[imgfriendly.PageKind(k)] = i
	}
	latest := map[string]int{}
	var out []rankedPage
	for _, p := range pages {
		rp := rankedPage{Page: p, url: pageURL(p), kind: pageKind(p)}
		r, ok := rank[rp.kind]
		if !ok {
			r = len(cfg.PageKindOrder)
		}
		rp.rank = r
		if i, dup := latest[rp.url]; dup {
			if rp.Fetch.FetchedAt.After(out[i].Fetch.FetchedAt) {
				out[i] = rp
			}
			continue
		}
		latest[rp.url] = len(out)
		out = append(out, rp)
	}
	slices.SortStableFunc(out, func(a, b rankedPage) int {
		if c := cmp.Compare(a.rank, b.rank); c != 0 {
			return c
		}
		if c := b.Fetch.FetchedAt.Compare(a.Fetch.FetchedAt); c != 0 {
			return c
		}
		return cmp.Compare(a.url, b.url)
	})
	return out
}

// pageURL is the URL a page is known by: where extraction read it, else
// where the fetch ended, else what was requested.
func pageURL(p Page) string {
	switch {
	case p.Facts.URL != "":
		return p.Facts.URL
	case p.Fetch.FinalURL != "":
		return p.Fetch.FinalURL
	}
	return p.Fetch.URL
}

// pageKind is the extractor's verdict on the page, else the crawler's
// guess, else other.
func pageKind(p Page) imgfriendly.PageKind {
	switch {
	case p.Facts.Kind != "":
		return p.Facts.Kind
	case p.Fetch.Kind != "":
		return p.Fetch.Kind
	}
	return imgfriendly.KindOther
}

// statedShare takes the IMG and resident counts stated on one page: the
// best-ranked page that states both, with 0 ≤ IMG ≤ total and total > 0.
// Counts from different pages are never combined (they may describe
// different years or classes).
func statedShare(ranked []rankedPage) (share float64, url string, ok bool) {
	for _, p := range ranked {
		var img, total *imgfriendly.Fact
		for i := range p.Facts.Facts {
			f := &p.Facts.Facts[i]
			switch {
			case f.Field == imgfriendly.FieldIMGCount && img == nil && f.Value.Num != nil:
				img = f
			case f.Field == imgfriendly.FieldResidentsCount && total == nil && f.Value.Num != nil:
				total = f
			}
		}
		if img == nil || total == nil {
			continue
		}
		n, t := *img.Value.Num, *total.Value.Num
		if t <= 0 || n < 0 || n > t {
			continue
		}
		url := img.Evidence.URL
		if url == "" {
			url = p.url
		}
		return n / t, url, true
	}
	return 0, "", false
}
