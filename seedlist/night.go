package seedlist

import (
	"slices"
	"sort"

	"github.com/imgfriendly/imgfriendly"
)

// NightHealth judges each program's seed URL from the night's fetch of it
// (the depth-0 program page) and what extraction read there, as `seeds
// check` would without the redirect hops (so never "moved"). prev holds
// each program's FailingNights of the last published night; a failing fetch
// (dead, blocked, out of scope) adds one, anything else resets it to 0.
// pageOf returns what extraction read from a fetch, or nil.
func NightHealth(seeds []imgfriendly.Program, fetches []imgfriendly.Fetch, pageOf func(imgfriendly.Fetch) *imgfriendly.PageFacts, prev map[string]int) []imgfriendly.SeedHealth {
	home := map[string]imgfriendly.Fetch{}
	for _, f := range fetches {
		if f.Depth == 0 && f.Kind == imgfriendly.KindProgram {
			if _, dup := home[f.ProgramID]; !dup {
				home[f.ProgramID] = f
			}
		}
	}
	out := make([]imgfriendly.SeedHealth, 0, len(seeds))
	for _, p := range seeds {
		h := imgfriendly.SeedHealth{ProgramID: p.ID, URL: p.URL}
		f, ok := home[p.ID]
		if !ok {
			h.Outcome, h.Detail = VerdictDead, "not fetched tonight"
		} else {
			var page *imgfriendly.PageFacts
			if f.OK() && pageOf != nil {
				page = pageOf(f)
			}
			c := Check(imgfriendly.SeedFetch{Program: p, Fetch: f}, page)
			h.FinalURL, h.Status, h.Outcome, h.Detail, h.Kind = f.FinalURL, f.Status, c.Verdict, c.Detail, c.Kind
		}
		if Failing(h.Outcome) {
			h.FailingNights = prev[p.ID] + 1
		}
		out = append(out, h)
	}
	return out
}

// Failing reports whether a verdict means the night got no page at the
// seed URL.
func Failing(verdict string) bool {
	return verdict == VerdictDead || verdict == VerdictBlocked || verdict == VerdictOutOfScope
}

// FailingFor returns the programs whose seed URL has failed for n nights or
// more, longest first.
func FailingFor(hs []imgfriendly.SeedHealth, n int) []imgfriendly.SeedHealth {
	var out []imgfriendly.SeedHealth
	for _, h := range hs {
		if h.FailingNights >= n && h.FailingNights > 0 {
			out = append(out, h)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].FailingNights > out[j].FailingNights })
	return out
}

// IDConflicts compares each program's seed row with the ids its own pages
// print (StatedID.ProgramID names the program whose crawl read them). The
// program's own group on a page is the one printing its ACGME id or one of
// its NRMP codes; there, another ACGME id, a code the seed row lacks, or a
// seed code missing beside codes the page does print, is a conflict. With
// no own group, an ACGME id of the program's specialty is one (a page that
// prints only other specialties' ids, a sibling program's, is not).
func IDConflicts(seeds []imgfriendly.Program, ids []imgfriendly.StatedID) []imgfriendly.IDConflict {
	byProgram := map[string][]imgfriendly.StatedID{}
	for _, id := range ids {
		byProgram[id.ProgramID] = append(byProgram[id.ProgramID], id)
	}
	var out []imgfriendly.IDConflict
	for _, p := range seeds {
		stated := byProgram[p.ID]
		if len(stated) == 0 {
			continue
		}
		type key struct {
			page  string
			group int
		}
		groups := map[key][]imgfriendly.StatedID{}
		var order []key
		for _, id := range stated {
			k := key{id.Evidence.URL, id.Group}
			if _, ok := groups[k]; !ok {
				order = append(order, k)
			}
			groups[k] = append(groups[k], id)
		}
		seedSpec := ""
		if a, ok := imgfriendly.ParseACGMEID(p.ID); ok {
			seedSpec = a.Specialty
		}
		seen := map[string]bool{}
		add := func(kind, seedValue, pageValue string, ev imgfriendly.Evidence) {
			k := kind + "\x00" + seedValue + "\x00" + pageValue
			if seen[k] {
				return
			}
			seen[k] = true
			out = append(out, imgfriendly.IDConflict{ProgramID: p.ID, Kind: kind, SeedValue: seedValue, PageValue: pageValue, Evidence: ev})
		}
		ownFound := false
		for _, k := range order {
			g := groups[k]
			own := false
			for _, id := range g {
				if id.Value == p.ID || id.Kind == imgfriendly.IDNRMP && slices.Contains(p.NRMPCodes, id.Value) {
					own = true
				}
			}
			if !own {
				continue
			}
			ownFound = true
			var codes []string
			for _, id := range g {
				switch {
				case id.Kind == imgfriendly.IDACGME && id.Value != p.ID:
					add(imgfriendly.ConflictACGMEID, p.ID, id.Value, id.Evidence)
				case id.Kind == imgfriendly.IDNRMP:
					codes = append(codes, id.Value)
					if !slices.Contains(p.NRMPCodes, id.Value) {
						add(imgfriendly.ConflictCodeNotInSeed, "", id.Value, id.Evidence)
					}
				}
			}
			if len(codes) > 0 {
				for _, c := range p.NRMPCodes {
					if !slices.Contains(codes, c) {
						add(imgfriendly.ConflictCodeNotOnPage, c, "", g[0].Evidence)
					}
				}
			}
		}
		if ownFound || seedSpec == "" {
			continue
		}
		for _, k := range order {
			for _, id := range groups[k] {
				if id.Kind == imgfriendly.IDACGME && id.Value[:3] == seedSpec {
					add(imgfriendly.ConflictACGMEID, p.ID, id.Value, id.Evidence)
				}
			}
		}
	}
	return out
}
