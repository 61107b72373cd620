package seedlist

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// ReadInstitutions reads the institutions file of `seeds discover` (CSV,
// TSV or XLSX): one row per sponsoring institution with its name
// ("Institution", "Sponsoring Institution", "Name") and its GME page ("URL",
// "Website" by the synonym table, or "GME page", "GME URL"), and optionally
// its state and city. Rows without a name or a usable URL are Problems.
func ReadInstitutions(in Input, opt Options) ([]imgfriendly.Institution, []Problem, error) {
	tables, err := readTables(in.Name, in.Data, opt.Sheet)
	if err != nil {
		return nil, nil, err
	}
	// The GME page is this file's URL; --map entries still win.
	m := map[string]string{"gme page": "url", "gme url": "url", "gme website": "url", "gme site": "url", "gme": "url", "gme office": "url"}
	for k, v := range opt.Map {
		m[k] = v
	}
	var out []imgfriendly.Institution
	var probs []Problem
	for _, t := range tables {
		hi, cols := -1, []column(nil)
		for i := 0; i < len(t.rows) && i < headerScanRows && hi < 0; i++ {
			cs := mapColumns(t.rows[i], m)
			name, u := false, false
			for j := range cs {
				if cs[j].field == "name" && headerOf(cs, "institution") == "" {
					cs[j].field = "institution" // "Name" names the institution here
				}
				name = name || cs[j].field == "institution"
				u = u || cs[j].field == "url"
			}
			if name && u {
				hi, cols = i, cs
			}
		}
		if hi < 0 {
			if len(tables) > 1 && opt.Sheet == "" {
				continue
			}
			return nil, nil, fmt.Errorf("%s: no header row with an institution name and a URL column (e.g. \"institution,url\") in the first %d rows", t.where(), headerScanRows)
		}
		probs = append(probs, t.broken...)
		for i, rec := range t.rows[hi+1:] {
			if blank(rec) {
				continue
			}
			src := Source{File: t.where(), Line: t.lines[hi+1+i]}
			var inst imgfriendly.Institution
			for _, c := range cols {
				if c.index >= len(rec) {
					continue
				}
				v := cellText(rec[c.index])
				switch c.field {
				case "institution":
					inst.Name = v
				case "url":
					if v == "" {
						continue
					}
					u, err := normalizeURL(v)
					if err != nil {
						probs = append(probs, Problem{Source: src, Msg: fmt.Sprintf("url %q: %v", v, err), Skipped: true})
						inst.Name = ""
						continue
					}
					inst.URL = u
				case "state":
					if st, ok := stateCode(v, opt.StateCode); ok {
						inst.State = st
					}
				case "city":
					inst.City = v
				}
			}
			switch {
			case inst.Name == "" && inst.URL != "":
				probs = append(probs, Problem{Source: src, Msg: "no institution name", Skipped: true})
			case inst.URL == "" && inst.Name != "":
				probs = append(probs, Problem{Source: src, Msg: "no GME page URL", Skipped: true})
			case inst.Name != "":
				out = append(out, inst)
			}
		}
	}
	return out, probs, nil
}

// Proposal is a URL proposed for a program without one, with how sure it
// is and why.
type Proposal struct {
	Program     imgfriendly.Program
	Institution string
	URL         string  // where the program's crawl would start: the link's target after redirects
	Confidence  float64 // 0..1; 1 only when the page prints the program's own id
	Reasons     []string
	Link        imgfriendly.ProgramLink
}

// Unfound is a program discover found no link for, and why.
type Unfound struct {
	Program     imgfriendly.Program
	Institution string // "" when no institution in the file is the program's
	Reason      string
}

// OtherLink is a residency link of an institution for a specialty none of
// the given programs has: a program missing from the list, perhaps.
type OtherLink struct {
	Institution string
	Link        imgfriendly.ProgramLink
}

// Discovery is what Propose made of the scans.
type Discovery struct {
	Proposals []Proposal
	Unfound   []Unfound
	Others    []OtherLink
}

// Propose matches programs to their institutions (by the seed row's
// institution, else by the institution's name in the program's name; the
// state must agree when both give one) and proposes, for each, the best
// link of its specialty on the institution's GME pages. pageOf returns what
// extraction read from a fetched URL (the link targets and the GME pages),
// or nil. Confidence grows with a specialty's own name in the anchor, a
// residency word, a target that answers and reads as a program page whose
// title names the specialty, and the GME page listing the program's id;
// it is 1 when the target prints the program's own ACGME id or NRMP code.
func Propose(scans []imgfriendly.InstitutionScan, pageOf func(url string) *imgfriendly.PageFacts, programs []imgfriendly.Program) Discovery {
	var d Discovery
	if pageOf == nil {
		pageOf = func(string) *imgfriendly.PageFacts { return nil }
	}
	insts := make([]imgfriendly.Institution, len(scans))
	readable := make([]bool, len(scans))
	gmeIDs := make([]map[string]string, len(scans)) // ACGME id → the context the GME pages list it under
	taken := make([]map[string]bool, len(scans))    // URLs already proposed
	wanted := make([]map[string]bool, len(scans))   // specialties of the programs matched to it
	for i, s := range scans {
		insts[i] = s.Institution
		readable[i] = len(s.Pages) > 0 && s.Pages[0].OK()
		gmeIDs[i], taken[i], wanted[i] = map[string]string{}, map[string]bool{}, map[string]bool{}
		for _, pg := range s.Pages {
			if pf := pageOf(pg.URL); pf != nil {
				for _, id := range pf.IDs {
					if id.Kind == imgfriendly.IDACGME {
						gmeIDs[i][id.Value] = id.Context
					}
				}
			}
		}
	}
	for _, p := range programs {
		cands := institutionsOf(p, insts)
		if len(cands) == 0 {
			d.Unfound = append(d.Unfound, Unfound{Program: p, Reason: "no institution in the file is its sponsor (by its institution column or its name)"})
			continue
		}
		sp, known := imgfriendly.LookupSpecialty(p.Specialty)
		if !known {
			d.Unfound = append(d.Unfound, Unfound{Program: p, Institution: insts[cands[0]].Name, Reason: fmt.Sprintf("specialty %q is not in the specialty table", p.Specialty)})
			continue
		}
		// Institutions of the same name (one per campus) are all tried.
		var props []Proposal
		var from []int
		var why string
		for _, i := range cands {
			wanted[i][sp.Name] = true
			if !readable[i] {
				why = "the GME page could not be read"
				if len(scans[i].Pages) > 0 && scans[i].Pages[0].Error != "" {
					why += ": " + scans[i].Pages[0].Error
				}
				continue
			}
			for _, l := range scans[i].Links {
				if l.Ignored != "" || l.Specialty != sp.Name {
					continue
				}
				pr := score(p, sp, l, pageOf, gmeIDs[i])
				pr.Institution = insts[i].Name
				if !taken[i][pr.URL] && pr.Confidence > 0 {
					props = append(props, pr)
					from = append(from, i)
				}
			}
		}
		if len(props) == 0 {
			if why == "" {
				why = fmt.Sprintf("no residency link for %s on %s", sp.Name, insts[cands[0]].URL)
			}
			d.Unfound = append(d.Unfound, Unfound{Program: p, Institution: insts[cands[0]].Name, Reason: why})
			continue
		}
		order := make([]int, len(props))
		for k := range order {
			order[k] = k
		}
		sort.SliceStable(order, func(a, b int) bool { return props[order[a]].Confidence > props[order[b]].Confidence })
		best := props[order[0]]
		for _, k := range order[1:] {
			c := props[k]
			if c.URL != best.URL && best.Confidence < 1 && best.Confidence-c.Confidence < 0.1 {
				best.Confidence = round2(best.Confidence - 0.15)
				best.Reasons = append(best.Reasons, "another link for "+sp.Name+" scores about the same: "+c.URL)
				break
			}
		}
		taken[from[order[0]]][best.URL] = true
		d.Proposals = append(d.Proposals, best)
	}
	for i, s := range scans {
		for _, l := range s.Links {
			if l.Ignored == "" && !wanted[i][l.Specialty] && l.Target.OK() {
				if pf := pageOf(l.Target.URL); pf == nil || pf.Kind != imgfriendly.KindOther {
					d.Others = append(d.Others, OtherLink{Institution: s.Institution.Name, Link: l})
				}
			}
		}
	}
	return d
}

// score rates one link as program p's.
func score(p imgfriendly.Program, sp imgfriendly.Specialty, l imgfriendly.ProgramLink, pageOf func(string) *imgfriendly.PageFacts, gmeIDs map[string]string) Proposal {
	pr := Proposal{Program: p, URL: l.URL, Link: l}
	c := 0.4
	switch {
	case l.Strong && l.Residency:
		c = 0.6
		pr.Reasons = append(pr.Reasons, fmt.Sprintf("link %q names %s and a residency", l.Anchor, sp.Name))
	case l.Strong:
		c = 0.5
		pr.Reasons = append(pr.Reasons, fmt.Sprintf("link %q names %s", l.Anchor, sp.Name))
	default:
		pr.Reasons = append(pr.Reasons, fmt.Sprintf("link %q names %s loosely and a residency", l.Anchor, sp.Name))
	}
	if ctx, ok := gmeIDs[p.ID]; ok {
		if m := imgfriendly.FindSpecialties(ctx); len(m) > 0 && m[0].Specialty.Code == sp.Code {
			c += 0.1
			pr.Reasons = append(pr.Reasons, fmt.Sprintf("the GME page lists %s as %q", p.ID, ctx))
		}
	}
	t := l.Target
	switch {
	case t.OK():
		pr.URL = t.FinalURL
		c += 0.1
		pf := pageOf(t.URL)
		if pf == nil {
			break
		}
		for _, id := range pf.IDs {
			if id.Value == p.ID || id.Kind == imgfriendly.IDNRMP && slices.Contains(p.NRMPCodes, id.Value) {
				pr.Confidence = 1
				pr.Reasons = append(pr.Reasons, "the page prints the program's id "+id.Value)
				return pr
			}
		}
		for _, id := range pf.IDs {
			if id.Kind == imgfriendly.IDACGME && id.Value[:3] == sp.Code {
				c -= 0.3
				pr.Reasons = append(pr.Reasons, "the page prints another "+sp.Name+" program's id "+id.Value)
				break
			}
		}
		switch pf.Kind {
		case imgfriendly.KindOther:
			c -= 0.2
			pr.Reasons = append(pr.Reasons, "the page reads as something else")
		default:
			c += 0.1
		}
		names, other := false, ""
		for _, m := range imgfriendly.FindSpecialties(pf.Title + " | " + pf.Heading) {
			if m.Specialty.Code == sp.Code {
				names = true
			} else if !m.Weak && other == "" {
				other = m.Specialty.Name
			}
		}
		switch {
		case names:
			c += 0.2
			pr.Reasons = append(pr.Reasons, "its title names "+sp.Name)
		case other != "":
			c -= 0.3
			pr.Reasons = append(pr.Reasons, "its title names "+other)
		}
	case t.URL == "":
		pr.Reasons = append(pr.Reasons, "not fetched")
	default:
		cause, _, _ := strings.Cut(t.Error, ":")
		if cause == imgfriendly.FetchErrorScope {
			pr.Reasons = append(pr.Reasons, "off the institution's site: not verified")
		} else {
			c /= 2
			pr.Reasons = append(pr.Reasons, "the link is dead ("+t.Error+")")
		}
	}
	pr.Confidence = round2(math.Max(0, math.Min(c, 0.99)))
	return pr
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }

// institutionsOf finds the program's institution: the one its institution
// column names, else the one whose name its name contains (the longest),
// with the state (and city) agreeing when both give one. Institutions of
// one name (campuses, or namesakes in one state) are all returned.
func institutionsOf(p imgfriendly.Program, insts []imgfriendly.Institution) []int {
	agrees := func(in imgfriendly.Institution) bool {
		return (in.State == "" || p.State == "" || in.State == p.State) &&
			(in.City == "" || p.City == "" || imgfriendly.FoldName(in.City) == imgfriendly.FoldName(p.City))
	}
	var out []int
	if f := imgfriendly.FoldName(p.Institution); f != "" {
		for i, in := range insts {
			if imgfriendly.FoldName(in.Name) == f && agrees(in) {
				out = append(out, i)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	name := " " + imgfriendly.FoldName(p.Name) + " "
	bestLen := 0
	for i, in := range insts {
		f := imgfriendly.FoldName(in.Name)
		if f == "" || len(f) < bestLen || !strings.Contains(name, " "+f+" ") || !agrees(in) {
			continue
		}
		if len(f) > bestLen {
			out, bestLen = out[:0], len(f)
		}
		out = append(out, i)
	}
	return out
}

// Accepted returns the proposals at or above min, as seed rows with their
// URL set.
func (d Discovery) Accepted(min float64) []imgfriendly.Program {
	var out []imgfriendly.Program
	for _, pr := range d.Proposals {
		if pr.Confidence >= min {
			p := pr.Program
			p.URL = pr.URL
			out = append(out, p)
		}
	}
	return out
}

// WriteSummary writes the discovery for a person: per institution, each
// program's proposed URL with its confidence and reasons, the programs
// without one, the links to specialties not in the list; then the totals.
func (d Discovery) WriteSummary(w io.Writer, programs int, min float64) error {
	ew := &errWriter{w: w}
	insts := map[string]bool{}
	var order []string
	add := func(n string) {
		if !insts[n] {
			insts[n] = true
			order = append(order, n)
		}
	}
	for _, p := range d.Proposals {
		add(p.Institution)
	}
	for _, u := range d.Unfound {
		add(u.Institution)
	}
	for _, o := range d.Others {
		add(o.Institution)
	}
	for _, in := range order {
		if in == "" {
			ew.printf("\nno institution:\n")
		} else {
			ew.printf("\n%s:\n", in)
		}
		for _, p := range d.Proposals {
			if p.Institution == in {
				mark := " "
				if p.Confidence < min {
					mark = "?"
				}
				ew.printf(" %s %s  %-20s %.2f  %s — %s\n", mark, p.Program.ID, p.Program.Specialty, p.Confidence, p.URL, strings.Join(p.Reasons, "; "))
			}
		}
		for _, u := range d.Unfound {
			if u.Institution == in {
				ew.printf("   %s  %-20s none  %s\n", u.Program.ID, u.Program.Specialty, u.Reason)
			}
		}
		for _, o := range d.Others {
			if o.Institution == in {
				ew.printf("   on the page, not in your list: %s %s (%q)\n", o.Link.Specialty, o.Link.Target.FinalURL, o.Link.Anchor)
			}
		}
	}
	n := 0
	for _, p := range d.Proposals {
		if p.Confidence >= min {
			n++
		}
	}
	pct := 0.0
	if programs > 0 {
		pct = 100 * float64(len(d.Proposals)) / float64(programs)
	}
	ew.printf("\nproposed a URL for %d of %d programs (%.0f%%), %d at confidence ≥ %.2f; %d without one; %d links to programs not in the list\n",
		len(d.Proposals), programs, pct, n, min, len(d.Unfound), len(d.Others))
	return ew.err
}

// WriteProposalsCSV writes every proposal and every program without one.
func (d Discovery) WriteProposalsCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"program_id", "name", "specialty", "institution", "proposed_url", "confidence", "anchor", "found_on", "reasons"})
	for _, p := range d.Proposals {
		cw.Write([]string{p.Program.ID, p.Program.Name, p.Program.Specialty, p.Institution, p.URL, fmt.Sprintf("%.2f", p.Confidence),
			p.Link.Anchor, p.Link.FoundOn, strings.Join(p.Reasons, "; ")})
	}
	for _, u := range d.Unfound {
		cw.Write([]string{u.Program.ID, u.Program.Name, u.Program.Specialty, u.Institution, "", "", "", "", u.Reason})
	}
	cw.Flush()
	return cw.Error()
}
