package web

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/imgfriendly/imgfriendly/queries"
)

// listQuery is the list's filters, sort and page, from the URL.
type listQuery struct {
	Q         string // words in the name or city
	Specialty string // "": the profile's specialties (all without a profile); "all"; or one name
	State     string // "": any; a USPS code; or "region:midwest"
	Visa      string // "": any; j1; h1b; either
	Tier      string // "": any; a queries.Tier
	MinShare  int    // lowest IMG share, percent
	NoYOG     bool   // only programs that state no YOG cutoff
	Sort      string // tier (default with a profile), name, location, specialty, img
	Desc      bool
	Page      int  // 1-based
	Tiered    bool // a profile tiers the list (not from the URL)
	// BadState is a state filter that names no state (the list is then
	// shown for every state, with the error).
	BadState *queries.UnknownStateError
}

var sortKeys = []string{"tier", "name", "location", "specialty", "img"}

func parseListQuery(v url.Values) listQuery {
	q := listQuery{
		Q: strings.TrimSpace(v.Get("q")), Specialty: v.Get("specialty"), State: v.Get("state"),
		Visa: v.Get("visa"), Tier: v.Get("tier"), NoYOG: v.Get("noyog") == "1",
		Sort: v.Get("sort"), Desc: v.Get("dir") == "desc",
	}
	if len(q.Q) > 200 {
		q.Q = q.Q[:200]
	}
	// A state by code or name ("TX", "texas", "N.Y."): the code from here on.
	if q.State != "" && !strings.HasPrefix(q.State, "region:") {
		if c, ok := queries.StateCode(q.State); ok {
			q.State = c
		} else {
			q.BadState = &queries.UnknownStateError{State: q.State}
			q.State = ""
		}
	}
	if !slices.Contains([]string{"", "j1", "h1b", "either"}, q.Visa) {
		q.Visa = ""
	}
	if t, ok := queries.ParseTier(q.Tier); ok {
		q.Tier = string(t)
	} else {
		q.Tier = ""
	}
	// The sort field of the form sends key and direction as one value
	// ("img:desc"); the column headers' links send sort and dir.
	if key, ok := strings.CutSuffix(q.Sort, ":desc"); ok {
		q.Sort, q.Desc = key, true
	}
	if !slices.Contains(sortKeys, q.Sort) {
		q.Sort = ""
	}
	q.MinShare, _ = strconv.Atoi(v.Get("img"))
	q.MinShare = min(max(q.MinShare, 0), 100)
	q.Page, _ = strconv.Atoi(v.Get("page"))
	q.Page = max(q.Page, 1)
	return q
}

// values is the query as URL values, without the defaults.
func (q listQuery) values() url.Values {
	v := url.Values{}
	set := func(k, s string) {
		if s != "" {
			v.Set(k, s)
		}
	}
	set("q", q.Q)
	set("specialty", q.Specialty)
	set("state", q.State)
	set("visa", q.Visa)
	set("tier", q.Tier)
	if q.MinShare > 0 {
		v.Set("img", strconv.Itoa(q.MinShare))
	}
	if q.NoYOG {
		v.Set("noyog", "1")
	}
	set("sort", q.Sort)
	if q.Desc {
		v.Set("dir", "desc")
	}
	if q.Page > 1 {
		v.Set("page", strconv.Itoa(q.Page))
	}
	return v
}

// URL is the list at this query.
func (q listQuery) URL() string {
	if e := q.values().Encode(); e != "" {
		return "/?" + e
	}
	return "/"
}

// Filters is the query without sort and page: what a download keeps.
func (q listQuery) Filters() string {
	q.Sort, q.Desc, q.Page = "", false, 0
	return q.values().Encode()
}

// sortKey is the key the list is sorted by: tier by default with a
// profile, name without.
func (q listQuery) sortKey() string {
	switch {
	case q.Sort == "tier" && !q.Tiered, q.Sort == "" && !q.Tiered:
		return "name"
	case q.Sort == "":
		return "tier"
	}
	return q.Sort
}

// sortOption is one order of the form's sort field.
type sortOption struct {
	Value, Label string
	Selected     bool
}

// SortOptions are the orders the form offers (the column headers, which a
// phone does not show, offer the same), the query's own selected.
func (q listQuery) SortOptions() []sortOption {
	opts := []sortOption{
		{"tier", "Tier, best first", false}, {"tier:desc", "Tier, not eligible first", false},
		{"name", "Name, A–Z", false}, {"name:desc", "Name, Z–A", false},
		{"location", "State and city, A–Z", false}, {"location:desc", "State and city, Z–A", false},
		{"specialty", "Specialty, A–Z", false}, {"specialty:desc", "Specialty, Z–A", false},
		{"img:desc", "IMG share, highest first", false}, {"img", "IMG share, lowest first", false},
	}
	if !q.Tiered {
		opts = opts[2:]
	}
	cur := q.sortKey()
	if q.Desc {
		cur += ":desc"
	}
	for i := range opts {
		opts[i].Selected = opts[i].Value == cur
	}
	return opts
}

// SortURL is the list sorted by key: a second click reverses it.
func (q listQuery) SortURL(key string) string {
	desc := key == "img" // highest share first
	if q.sortKey() == key {
		desc = !q.Desc
	}
	q.Sort, q.Desc, q.Page = key, desc, 1
	return q.URL()
}

// SortMark is the arrow beside the column the list is sorted by.
func (q listQuery) SortMark(key string) string {
	if q.sortKey() != key {
		return ""
	}
	if q.Desc {
		return "▼"
	}
	return "▲"
}

// AriaSort is the aria-sort value of a column header.
func (q listQuery) AriaSort(key string) string {
	if q.sortKey() != key {
		return "none"
	}
	if q.Desc {
		return "descending"
	}
	return "ascending"
}

// PageURL is the list at page n.
func (q listQuery) PageURL(n int) string {
	q.Page = n
	return q.URL()
}

// tiers are the tiers, best first.
var tiers = []queries.Tier{queries.TierHigh, queries.TierModerate, queries.TierReach, queries.TierNotEligible}

// tierCount is how many listed programs are in a tier.
type tierCount struct {
	Tier queries.Tier
	N    int
}

// countTiers counts the programs of each tier, best first, leaving out
// the tiers without one.
func countTiers(rows []*queries.Tiered) []tierCount {
	var n [5]int // the tiers in their order (tiers), then any other
	for _, t := range rows {
		i := 4
		switch t.Tier {
		case queries.TierHigh:
			i = 0
		case queries.TierModerate:
			i = 1
		case queries.TierReach:
			i = 2
		case queries.TierNotEligible:
			i = 3
		}
		n[i]++
	}
	var out []tierCount
	for i, t := range tiers {
		if n[i] > 0 {
			out = append(out, tierCount{t, n[i]})
		}
	}
	return out
}

// listView is the list page's data.
type listView struct {
	Query       listQuery
	Rows        template.HTML // the page's programs, table rows (rowTemplate)
	Total       int           // programs matching the filters
	All         int           // programs considered before the filters
	Page, Pages int
	// SpecialtyOptions and StateOptions are the filters' options, the
	// query's own selected (written once per night: optionList).
	SpecialtyOptions, StateOptions template.HTML
	Regions                        []string
	Counts                         []tierCount
	Cfg                            queries.Config
	SpecialtyOf                    string // what "" means for the specialty filter
	Err                            string
}

func (s *Server) list(w http.ResponseWriter, r *http.Request, n Night) {
	q := parseListQuery(r.URL.Query())
	prof := s.profileOf(r)
	q.Tiered = prof != nil
	view := listView{Query: q, Regions: []string{"northeast", "midwest", "south", "west"}}
	specs, err := s.specialties(r, n)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, "The warehouse could not be read", err.Error())
		return
	}
	list, rows, considered, status, msg := s.filtered(r.Context(), n, prof, q)
	if status == http.StatusServiceUnavailable {
		s.busy(w, r)
		return
	}
	if status != http.StatusOK {
		view.Err = msg
	} else if q.BadState != nil {
		view.Err = q.BadState.Error()
		status = http.StatusBadRequest
	}
	view.All, view.Total = considered, len(rows)
	if q.Tiered {
		view.Counts = countTiers(rows)
	}
	view.Cfg = s.cfg.Queries
	opts, err := s.options(n, specs)
	if err != nil {
		s.cfg.Log.Error("render", "page", "list", "err", err)
		http.Error(w, "internal error while rendering the page", http.StatusInternalServerError)
		return
	}
	view.SpecialtyOptions, view.StateOptions = opts.specialties.html(q.Specialty), opts.states.html(q.State)
	pageSize := s.cfg.Limits.PageSize
	view.Pages = max(1, (len(rows)+pageSize-1)/pageSize)
	view.Page = min(q.Page, view.Pages)
	lo := (view.Page - 1) * pageSize
	shown := rows[lo:min(lo+pageSize, len(rows))]
	hs := make([]template.HTML, len(shown))
	size := 0
	for i, t := range shown {
		h, err := s.row(list, t, q.Tiered)
		if err != nil {
			s.cfg.Log.Error("render", "page", "list", "err", err)
			http.Error(w, "internal error while rendering the page", http.StatusInternalServerError)
			return
		}
		hs[i] = h
		size += len(h) + 6
	}
	// One row a line, as the template's range wrote them.
	var b strings.Builder
	b.Grow(size)
	for _, h := range hs {
		b.WriteString("\n  ")
		b.WriteString(string(h))
		b.WriteString("\n  ")
	}
	view.Rows = template.HTML(b.String())
	view.SpecialtyOf = "All specialties"
	if prof != nil && len(prof.Profile.Specialties) > 0 {
		view.SpecialtyOf = "Your specialties (" + strings.Join(prof.Profile.Specialties, ", ") + ")"
	}
	s.render(w, r, status, "list", page{Title: "Programs", Nav: "programs", Night: &n, Profile: prof, Data: view})
}

// filtered returns the programs that pass the query's filters, sorted, and
// how many were considered; a bad filter gives a status and a message.
//
// The programs are pointers into the night's cached list, which is shared
// and never modified: the list keeps each sort order it was asked for and
// each program's search text, so a request only walks one order and filters.
func (s *Server) filtered(ctx context.Context, n Night, prof *profileState, q listQuery) (*programList, []*queries.Tiered, int, int, string) {
	list, err := s.programs(ctx, n, prof, q.Specialty)
	if err != nil {
		if use, ok := err.(*queries.UnknownSpecialtyError); ok {
			return nil, nil, 0, http.StatusBadRequest, use.Error()
		}
		if errors.Is(err, errBusy) {
			return nil, nil, 0, http.StatusServiceUnavailable, err.Error()
		}
		s.cfg.Log.Error("program list", "err", err)
		return nil, nil, 0, http.StatusInternalServerError, "The program list could not be computed: " + err.Error()
	}
	return list, list.filter(q), len(list.all), http.StatusOK, ""
}

// rowData is what the "row" template gets.
type rowData struct {
	T      *queries.Tiered
	Tiered bool
}

// row is program t of list rendered as a table row (writeRow: the "row"
// template, from parts kept per night). A row depends on the program and
// the list's profile only, so the list keeps it: a page of a kept list is
// then mostly copied, not written.
func (s *Server) row(list *programList, t *queries.Tiered, tiered bool) (template.HTML, error) {
	list.mu.Lock()
	h, ok := list.rows[t]
	list.mu.Unlock()
	if ok {
		return h, nil
	}
	e := list.explained(t)
	var b strings.Builder
	if err := s.writeRow(&b, list.parts, &e, tiered); err != nil {
		return "", err
	}
	h = template.HTML(b.String())
	list.mu.Lock()
	if len(list.rows) < s.cfg.Limits.KeptRows {
		list.rows[t] = h
	}
	list.mu.Unlock()
	return h, nil
}

// listFilter is a query's filters, ready to test programs.
type listFilter struct {
	q      listQuery
	states []string
	words  []string
}

func newListFilter(q listQuery) listFilter {
	f := listFilter{q: q, words: strings.Fields(strings.ToLower(q.Q))}
	if r, ok := strings.CutPrefix(q.State, "region:"); ok {
		f.states = queries.Profile{Regions: []string{r}}.PreferredStates()
	} else if q.State != "" {
		f.states = []string{q.State}
	}
	return f
}

// keeps says whether program t, with search text hay, passes the filters.
func (f listFilter) keeps(t *queries.Tiered, hay string) bool {
	q := f.q
	if len(f.states) > 0 && !slices.Contains(f.states, t.State) {
		return false
	}
	if q.Tier != "" && string(t.Tier) != q.Tier {
		return false
	}
	switch q.Visa {
	case "j1":
		if !isTrue(t.VisaJ1) {
			return false
		}
	case "h1b":
		if !isTrue(t.VisaH1B) {
			return false
		}
	case "either":
		if !isTrue(t.VisaJ1) && !isTrue(t.VisaH1B) {
			return false
		}
	}
	if q.MinShare > 0 && (t.IMGShare == nil || *t.IMGShare*100 < float64(q.MinShare)-1e-9) {
		return false
	}
	if q.NoYOG && !(isTrue(t.YOGNoLimit) && t.YOGMaxYears == nil) {
		return false
	}
	return len(f.words) == 0 || allIn(f.words, hay)
}

// maxKeptFilters is how many filtered orders a list keeps (the pages of a
// filter are then a slice of the kept one).
const maxKeptFilters = 64

// filter returns the programs that pass the query's filters, in its order.
// The result is kept with the list (and shared: never modify it), so the
// next page of the same filters costs a lookup.
func (l *programList) filter(q listQuery) []*queries.Tiered {
	q.Page, q.BadState = 0, nil
	key := q.URL() + map[bool]string{true: " tiered", false: ""}[q.Tiered]
	l.mu.Lock()
	out, ok := l.filtered[key]
	l.mu.Unlock()
	if ok {
		return out
	}
	out = l.filterAll(q)
	l.mu.Lock()
	if len(l.filtered) >= maxKeptFilters {
		clear(l.filtered)
	}
	l.filtered[key] = out
	l.mu.Unlock()
	return out
}

// filterAll walks the list in the query's order and keeps what passes.
func (l *programList) filterAll(q listQuery) []*queries.Tiered {
	f := newListFilter(q)
	var hay []string
	if len(f.words) > 0 {
		hay = l.haystacks()
	}
	var out []*queries.Tiered
	for _, i := range l.order(q) {
		h := ""
		if hay != nil {
			h = hay[i]
		}
		if f.keeps(&l.all[i], h) {
			out = append(out, &l.all[i])
		}
	}
	return out
}

// programList is one of a night's program lists (the directory, or a
// profile's tiered list), never modified once made, with what filtering
// and sorting need, computed on first use and kept with it.
type programList struct {
	all []queries.Tiered
	// explain writes a program's reasons (queries.Tiering.Explainer): a
	// profile's list is judged without them, and only the programs shown
	// (a page's rows, a program, a tracker) are explained. nil: the
	// programs carry what they have (the directory has no reasons).
	explain func(queries.Tiered) queries.Tiered

	hayOnce sync.Once
	hay     []string // per program: name, city and state name, lower case

	// parts are the night's row parts for this kind of list (writeRow).
	parts *rowParts

	mu       sync.Mutex
	orders   map[string][]int                  // sort key and direction → indexes into all in that order
	filtered map[string][]*queries.Tiered      // query without its page → the programs that pass, in order
	rows     map[*queries.Tiered]template.HTML // rendered rows (Server.row), at most Limits.KeptRows
}

// newProgramList is a list of all, its rows written with parts (nil: its own).
func newProgramList(all []queries.Tiered, parts *rowParts) *programList {
	if parts == nil {
		parts = newRowParts()
	}
	return &programList{all: all, parts: parts, orders: map[string][]int{}, filtered: map[string][]*queries.Tiered{},
		rows: map[*queries.Tiered]template.HTML{}}
}

// rowParts are the night's row parts of a kind of list ("directory" or
// "tiered"), kept with the night.
func (s *Server) rowParts(n Night, kind string) *rowParts {
	v, _ := s.cache.get(n, "rowparts "+kind, func() (any, error) { return newRowParts(), nil })
	return v.(*rowParts)
}

// explained is program t with its reasons written: a copy, the list is shared.
func (l *programList) explained(t *queries.Tiered) queries.Tiered {
	if l.explain == nil {
		return *t
	}
	return l.explain(*t)
}

// haystacks is each program's text for the search box.
func (l *programList) haystacks() []string {
	l.hayOnce.Do(func() {
		names := map[string]string{}
		l.hay = make([]string, len(l.all))
		for i, t := range l.all {
			name, ok := names[t.State]
			if !ok {
				name = strings.ToLower(queries.StateName(t.State))
				names[t.State] = name
			}
			l.hay[i] = strings.ToLower(t.Name+" "+t.City) + " " + name
		}
	})
	return l.hay
}

// order is the list's programs in the query's sort order, as indexes.
// Filtering keeps this order, so filtering the sorted list gives what
// sorting the filtered programs would (sortPrograms is stable).
func (l *programList) order(q listQuery) []int {
	key := q.sortKey() + map[bool]string{true: " desc", false: " asc"}[q.Desc]
	l.mu.Lock()
	defer l.mu.Unlock()
	if o, ok := l.orders[key]; ok {
		return o
	}
	o := make([]int, len(l.all))
	for i := range o {
		o[i] = i
	}
	sortPrograms(l.all, o, q)
	l.orders[key] = o
	return o
}

func isTrue(b *bool) bool { return b != nil && *b }

func allIn(words []string, hay string) bool {
	for _, w := range words {
		if !strings.Contains(hay, w) {
			return false
		}
	}
	return true
}

// sortPrograms sorts the indexes o of programs ts in place. By tier,
// ascending is the tiered order (best first, preferred states first within
// a tier); ties in the other orders are broken by name. Sort keys are
// computed once per program.
func sortPrograms(ts []queries.Tiered, o []int, q listQuery) {
	key := q.sortKey()
	if key == "tier" {
		if q.Desc {
			slices.Reverse(o)
		}
		return
	}
	type keyed struct {
		p        int
		s1, name string
		f        float64
	}
	ks := make([]keyed, len(o))
	for i, p := range o {
		t := &ts[p]
		k := keyed{p: p, name: strings.ToLower(t.Name)}
		switch key {
		case "location":
			k.s1 = t.State + "\x00" + t.City
		case "specialty":
			k.s1 = t.Specialty
		case "img":
			k.f = -1
			if t.IMGShare != nil {
				k.f = *t.IMGShare
			}
		}
		ks[i] = k
	}
	slices.SortStableFunc(ks, func(a, b keyed) int {
		c := 0
		switch key {
		case "name":
			c = cmp.Compare(a.name, b.name)
		case "img":
			c = cmp.Compare(a.f, b.f)
		default:
			c = cmp.Compare(a.s1, b.s1)
		}
		if q.Desc {
			c = -c
		}
		if c == 0 {
			c = cmp.Compare(a.name, b.name)
		}
		return c
	})
	for i, k := range ks {
		o[i] = k.p
	}
}

// programs returns the night's programs of the chosen specialties: tiered
// for the profile (with the night's queries.Tiering: the rules `imgfriendly
// programs` applies) or
// untiered without one. Both are kept per night.
func (s *Server) programs(ctx context.Context, n Night, prof *profileState, specialty string) (*programList, error) {
	if prof == nil {
		all, err := s.cache.get(n, "directory", func() (any, error) {
			d, err := directory(ctx, n.DB)
			if err != nil {
				return nil, err
			}
			return newProgramList(d, s.rowParts(n, "directory")), nil
		})
		if err != nil {
			return nil, err
		}
		if specialty == "" || specialty == "all" {
			return all.(*programList), nil
		}
		v, err := s.cache.get(n, "directory:"+strings.ToLower(specialty), func() (any, error) {
			var out []queries.Tiered
			for _, t := range all.(*programList).all {
				if strings.EqualFold(t.Specialty, specialty) {
					out = append(out, t)
				}
			}
			if len(out) == 0 {
				specs, _ := queries.Specialties(context.WithoutCancel(ctx), n.DB)
				if !slices.ContainsFunc(specs, func(x string) bool { return strings.EqualFold(x, specialty) }) {
					return nil, &queries.UnknownSpecialtyError{Specialty: specialty, Known: specs}
				}
			}
			return newProgramList(out, s.rowParts(n, "directory")), nil
		})
		if err != nil {
			return nil, err
		}
		return v.(*programList), nil
	}
	f := queries.Filter{MatchYear: prof.Year}
	switch specialty {
	case "":
	case "all":
		specs, err := s.specialtiesCtx(ctx, n)
		if err != nil {
			return nil, err
		}
		f.Specialties = specs
	default:
		f.Specialties = []string{specialty}
	}
	key, err := tieredKey(prof, f.Specialties)
	if err != nil {
		return nil, err
	}
	v, err := s.cache.get(n, key, func() (any, error) {
		// Detached from the request: other requests may be waiting for it.
		// Judged without reasons: a page writes those of its rows only.
		ctx := context.WithoutCancel(ctx)
		var explain func(queries.Tiered) queries.Tiered
		l, err := through(ctx, s.gate, func() ([]queries.Tiered, error) {
			tg, err := s.tiering(ctx, n)
			if err != nil {
				return nil, err
			}
			if explain, err = tg.Explainer(ctx, n.DB, s.cfg.Queries, prof.Profile, prof.Year); err != nil {
				return nil, err
			}
			return tg.Judged(ctx, n.DB, s.cfg.Queries, prof.Profile, f)
		})
		if err != nil {
			return nil, err
		}
		list := newProgramList(l, s.rowParts(n, "tiered"))
		list.explain = explain
		return list, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*programList), nil
}

// tiering is the night's programs read for tiering (queries.Tiering),
// kept: the first request of a night reads them (tier.sql, once), every
// profile's list is then a pass in memory. The caller holds a gate slot.
func (s *Server) tiering(ctx context.Context, n Night) (*queries.Tiering, error) {
	v, err := s.cache.get(n, "tiering", func() (any, error) {
		return queries.NewTiering(context.WithoutCancel(ctx), n.DB)
	})
	if err != nil {
		return nil, err
	}
	return v.(*queries.Tiering), nil
}

// tieredKey is the cache key of the profile's tiered list of the given
// specialties (nil: the profile's own).
func tieredKey(prof *profileState, specialties []string) (string, error) {
	key, err := json.Marshal(struct {
		P queries.Profile
		Y int
		S []string
	}{prof.Profile, prof.Year, specialties})
	return "tiered:" + string(key), err
}

// cachedTier finds program id in a tiered list of the profile's that is
// already computed (the list the applicant came from, as a rule), so that
// opening a program costs no tiering.
func (s *Server) cachedTier(n Night, prof *profileState, id string) (*queries.Tiered, bool) {
	if prof == nil {
		return nil, false
	}
	key, err := tieredKey(prof, nil)
	if err != nil {
		return nil, false
	}
	v, ok := s.cache.peek(n, key)
	if !ok {
		return nil, false
	}
	list := v.(*programList)
	for i := range list.all {
		if list.all[i].ProgramID == id {
			t := list.explained(&list.all[i])
			return &t, true
		}
	}
	return nil, false
}

func (s *Server) specialties(r *http.Request, n Night) ([]string, error) {
	return s.specialtiesCtx(r.Context(), n)
}

func (s *Server) specialtiesCtx(ctx context.Context, n Night) ([]string, error) {
	v, err := s.cache.get(n, "specialties", func() (any, error) { return queries.Specialties(context.WithoutCancel(ctx), n.DB) })
	if err != nil {
		return nil, err
	}
	return v.([]string), nil
}

// stateOption is a state of the filter: the code it sends, the name it shows.
type stateOption struct {
	Code, Name string
	Selected   bool
}

// states lists the states that have programs, by name (kept per night).
func (s *Server) states(n Night) []stateOption {
	v, err := s.cache.get(n, "stateoptions", func() (any, error) { return s.stateOptions(n), nil })
	if err != nil {
		return nil
	}
	return v.([]stateOption)
}

// option is one option of a select field, written both ways.
type option struct {
	value         string
	html, checked template.HTML // not selected, selected
}

// optionList is a select field's options, written once.
type optionList []option

// html is the options with the one of value selected.
func (l optionList) html(value string) template.HTML {
	var b strings.Builder
	size := 0
	for _, o := range l {
		size += len(o.checked)
	}
	b.Grow(size)
	for _, o := range l {
		if o.value == value {
			b.WriteString(string(o.checked))
		} else {
			b.WriteString(string(o.html))
		}
	}
	return template.HTML(b.String())
}

// listOptions are the list's filter options of a night.
type listOptions struct{ specialties, states optionList }

// options are the night's specialty and state options, each written by its
// template (list.html) once, selected and not.
func (s *Server) options(n Night, specs []string) (*listOptions, error) {
	v, err := s.cache.get(n, "listoptions", func() (any, error) {
		t := s.pages["list"]
		write := func(name, value string, data func(bool) any) (option, error) {
			o := option{value: value}
			for _, sel := range []bool{false, true} {
				var b strings.Builder
				if err := t.ExecuteTemplate(&b, name, data(sel)); err != nil {
					return o, err
				}
				if sel {
					o.checked = template.HTML(b.String())
				} else {
					o.html = template.HTML(b.String())
				}
			}
			return o, nil
		}
		var out listOptions
		for _, sp := range specs {
			o, err := write("specialtyoption", sp, func(sel bool) any { return stateOption{Name: sp, Selected: sel} })
			if err != nil {
				return nil, err
			}
			out.specialties = append(out.specialties, o)
		}
		for _, st := range s.states(n) {
			o, err := write("stateoption", st.Code, func(sel bool) any { st.Selected = sel; return st })
			if err != nil {
				return nil, err
			}
			out.states = append(out.states, o)
		}
		return &out, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*listOptions), nil
}

func (s *Server) stateOptions(n Night) []stateOption {
	var out []stateOption
	for _, c := range s.stateCodes(n) {
		name := queries.StateName(c)
		if name == "" {
			name = c // not a US state: shown as the warehouse has it
		}
		out = append(out, stateOption{Code: c, Name: name})
	}
	slices.SortFunc(out, func(a, b stateOption) int { return cmp.Compare(a.Name, b.Name) })
	return out
}

// stateCodes lists the states that have programs, from the directory.
func (s *Server) stateCodes(n Night) []string {
	v, err := s.cache.get(n, "states", func() (any, error) {
		rows, err := n.DB.Query(`SELECT DISTINCT state FROM programs WHERE state IS NOT NULL AND state <> '' ORDER BY 1`)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var st string
			if err := rows.Scan(&st); err != nil {
				return nil, err
			}
			out = append(out, st)
		}
		return out, rows.Err()
	})
	if err != nil {
		return nil
	}
	return v.([]string)
}

// directory reads every program untiered (sql/directory.sql).
func directory(ctx context.Context, db *sql.DB) ([]queries.Tiered, error) {
	q, err := assets.ReadFile("sql/directory.sql")
	if err != nil {
		return nil, err
	}
	rows, err := db.QueryContext(context.WithoutCancel(ctx), string(q))
	if err != nil {
		return nil, fmt.Errorf("read programs: %w", err)
	}
	defer rows.Close()
	var out []queries.Tiered
	for rows.Next() {
		var (
			t                                              queries.Tiered
			name, spec, city, state, u, src, j1c, h1c, usc sql.NullString
			pdn, pde, cn, ce, ph                           sql.NullString
			codes                                          string
		)
		if err := rows.Scan(&t.ProgramID, &name, &spec, &city, &state, &u, &codes,
			&t.IMGShare, &src, &t.ResidentsTotal, &t.ResidentsIMG, &t.VisaJ1, &t.VisaH1B, &j1c, &h1c,
			&t.YOGMaxYears, &t.YOGPreferredMax, &t.YOGNoLimit, &t.Step2CKMin, &usc,
			&pdn, &pde, &cn, &ce, &ph); err != nil {
			return nil, fmt.Errorf("read programs: %w", err)
		}
		t.Name, t.Specialty, t.City, t.State, t.URL = name.String, spec.String, city.String, state.String, u.String
		t.IMGShareSource, t.VisaJ1Condition, t.VisaH1BCondition, t.USCERequirement = src.String, j1c.String, h1c.String, usc.String
		t.PDName, t.PDEmail, t.CoordinatorName, t.CoordinatorEmail, t.Phone = pdn.String, pde.String, cn.String, ce.String, ph.String
		if codes != "" {
			t.NRMPCodes = strings.Split(codes, ";")
		}
		out = append(out, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read programs: %w", err)
	}
	return out, nil
}
