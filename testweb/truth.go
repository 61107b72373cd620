package testweb

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/http"

	"github.com/imgfriendly/imgfriendly"
)

// Truth is the ground truth of one night of the web: what a careful human
// reading each site would conclude, and what a polite crawler can fetch.
type Truth struct {
	Seed         int64          `json:"seed"`
	ProgramCount int            `json:"program_count"`
	Night        int            `json:"night"`
	Faults       Faults         `json:"faults"`
	Extended     bool           `json:"extended_phrasings,omitempty"`
	Bank         string         `json:"bank,omitempty"`
	Programs     []ProgramTruth `json:"programs"`
}

// ProgramTruth is the truth about one program's site.
type ProgramTruth struct {
	ProgramID string    `json:"program_id"`
	Host      string    `json:"host"`
	URL       string    `json:"url"`
	Specialty string    `json:"specialty"`
	State     string    `json:"state"`
	Style     SiteStyle `json:"style"`

	// Facts holds every field the site states, with its true value; a
	// field absent from the map is not stated anywhere on the site.
	Facts map[imgfriendly.Field]FactTruth `json:"facts"`

	// Residents are the people the roster lists (none for count-only rosters).
	Residents      []ResidentTruth `json:"residents"`
	ResidentsTotal int             `json:"residents_total"` // listed residents, or the stated total
	ResidentsIMG   int             `json:"residents_img"`   // of those, IMGs by their real school
	// IMGShare is a fraction in [0,1]; null when the roster gives no
	// schools (photos only). Source is "roster" or "stated".
	IMGShare       *float64 `json:"img_share"`
	IMGShareSource string   `json:"img_share_source,omitempty"`
	RosterURL      string   `json:"roster_url,omitempty"` // the page the share is read from

	Pages         []PageTruth `json:"pages"`
	ProgramFaults []string    `json:"program_faults,omitempty"`
	CrossLinks    []string    `json:"cross_links,omitempty"` // sibling programs' home pages linked from this site (CMS footer)
	Changed       []string    `json:"changed,omitempty"`     // what changed on this night: visa, yog, roster
	// StatedIDs is what the home page prints about the program's ids (only
	// with Config.StatedIDs).
	StatedIDs *IDsTruth `json:"stated_ids,omitempty"`
}

// SiteStyle names the templates a site is built from.
type SiteStyle struct {
	Chrome      string `json:"chrome"`      // cms | wordpress | bootstrap | legacy
	Eligibility string `json:"eligibility"` // prose | bullets | table | faq | qa
	Roster      string `json:"roster"`      // cards | table | tabs | list | photos | aggregate | news
	IMGFAQ      bool   `json:"img_faq"`     // visa and YOG answers live on a separate FAQ page
	TwoClicks   bool   `json:"two_clicks"`  // eligibility reached through an applicants page
	RosterDeep  bool   `json:"roster_deep"` // roster reached through the about page
}

// FactTruth is a field's true value, any condition, and the page that states it.
type FactTruth struct {
	Value     imgfriendly.Value `json:"value"`
	Condition string            `json:"condition,omitempty"`
	URL       string            `json:"url"`
}

// ResidentTruth is one listed resident.
type ResidentTruth struct {
	Name            string `json:"name"`             // "First Last"
	School          string `json:"school,omitempty"` // as written on the page ("" when not shown)
	CanonicalSchool string `json:"canonical_school,omitempty"`
	Country         string `json:"country,omitempty"` // the school's real country
	PGY             int    `json:"pgy"`
	IMG             *bool  `json:"img"`           // by the real school; null when the page shows no school
	URL             string `json:"url,omitempty"` // the page listing the resident; empty means the program's roster_url
}

// PageTruth is one URL the site serves or links.
type PageTruth struct {
	URL  string               `json:"url"`
	Kind imgfriendly.PageKind `json:"kind"`
	// Recoverable: a polite crawler (robots obeyed, ≥3 attempts with
	// backoff honouring Retry-After, timeout above Faults.SlowDelay, ≥3
	// redirects followed, body cap ≥ 10 MiB below OversizeBytes) gets the
	// page's body by following links from the seed URL (or roster_url).
	Recoverable   bool   `json:"recoverable"`
	Fault         string `json:"fault,omitempty"`
	ExpectedError string `json:"expected_error,omitempty"` // the imgfriendly.FetchError* cause a crawler should log
	Via           string `json:"via,omitempty"`            // the URL the site links instead (redirects, broken links)
	LastModified  string `json:"last_modified,omitempty"`
}

// Truth computes the ground truth of the whole web. At large program
// counts prefer WriteTruth, which streams.
func (w *Web) Truth() *Truth {
	t := &Truth{Seed: w.cfg.Seed, ProgramCount: len(w.sites), Night: w.cfg.Night, Faults: w.faults, Extended: w.cfg.ExtendedPhrasings, Bank: w.cfg.Bank}
	t.Programs = make([]ProgramTruth, len(w.sites))
	for i := range w.sites {
		t.Programs[i] = w.programTruth(w.program(i))
	}
	return t
}

// ProgramTruth returns the truth about program i (0 ≤ i < Programs), the
// same value as Truth().Programs[i], without computing the others.
func (w *Web) ProgramTruth(i int) ProgramTruth { return w.programTruth(w.program(i)) }

// Program returns the truth for the program with the given ACGME id.
func (t *Truth) Program(id string) (ProgramTruth, bool) {
	for _, p := range t.Programs {
		if p.ProgramID == id {
			return p, true
		}
	}
	return ProgramTruth{}, false
}

// Write encodes the truth as JSON (the truth.json format), one program per line.
func (t *Truth) Write(out io.Writer) error {
	return writeTruth(out, t.Seed, t.ProgramCount, t.Night, t.Faults, t.Extended, t.Bank, len(t.Programs), func(i int) ProgramTruth { return t.Programs[i] })
}

// WriteTruth streams the web's truth as JSON without holding it in memory;
// the bytes equal w.Truth().Write's.
func (w *Web) WriteTruth(out io.Writer) error {
	return writeTruth(out, w.cfg.Seed, len(w.sites), w.cfg.Night, w.faults, w.cfg.ExtendedPhrasings, w.cfg.Bank, len(w.sites), func(i int) ProgramTruth { return w.programTruth(w.program(i)) })
}

func writeTruth(out io.Writer, seed int64, count, night int, faults Faults, extended bool, bank string, n int, prog func(int) ProgramTruth) error {
	bw := bufio.NewWriterSize(out, 1<<16)
	fj, err := json.Marshal(faults)
	if err != nil {
		return fmt.Errorf("encode truth: %w", err)
	}
	ext := ""
	if extended {
		ext = "\"extended_phrasings\":true,"
	}
	if bank != "" {
		bj, _ := json.Marshal(bank)
		ext += "\"bank\":" + string(bj) + ","
	}
	fmt.Fprintf(bw, "{\"seed\":%d,\"program_count\":%d,\"night\":%d,\"faults\":%s,%s\"programs\":[\n", seed, count, night, fj, ext)
	for i := 0; i < n; i++ {
		b, err := json.Marshal(prog(i))
		if err != nil {
			return fmt.Errorf("encode truth: %w", err)
		}
		bw.Write(b)
		if i < n-1 {
			bw.WriteString(",")
		}
		bw.WriteString("\n")
	}
	bw.WriteString("]}\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write truth: %w", err)
	}
	return nil
}

// ReadTruth decodes a truth.json.
func ReadTruth(r io.Reader) (*Truth, error) {
	var t Truth
	if err := json.NewDecoder(bufio.NewReader(r)).Decode(&t); err != nil {
		return nil, fmt.Errorf("read truth: %w", err)
	}
	return &t, nil
}

// programTruth derives the truth from the same parameters the pages are rendered from.
func (w *Web) programTruth(p *program) ProgramTruth {
	t := ProgramTruth{
		ProgramID: p.seed.ID, Host: p.site.host, URL: p.seed.URL, Specialty: p.spec.Name, State: p.state.Code,
		Style:     SiteStyle{Chrome: p.chrome, Eligibility: p.elig, Roster: p.roster, IMGFAQ: p.hasFAQ, TwoClicks: p.hasApply, RosterDeep: p.rosterDeep},
		Facts:     map[imgfriendly.Field]FactTruth{},
		Residents: []ResidentTruth{},
		Changed:   p.changed,
		StatedIDs: p.statedIDs(w),
	}
	elig := p.base + p.pageByRole("elig").Path
	faq := elig
	if p.hasFAQ {
		faq = p.base + p.pageByRole("faq").Path
	}
	set := func(f imgfriendly.Field, v imgfriendly.Value, url, cond string) {
		t.Facts[f] = FactTruth{Value: v, URL: url, Condition: cond}
	}
	pol := p.pol
	if pol.visa {
		if pol.j1 != unknown {
			set(imgfriendly.FieldVisaJ1, imgfriendly.BoolValue(pol.j1 == yes), faq, "")
		}
		if pol.h1b != unknown {
			set(imgfriendly.FieldVisaH1B, imgfriendly.BoolValue(pol.h1b == yes), faq, pol.h1bCond)
		}
	}
	// a limit stated as a graduation year Y ("Y or later") for the Match
	// of year M is M − Y years counted to the Match: the convention of
	// extract/yog.go and extract/cycle.go (a page names its cycle by its Match year)
	switch pol.yogKind {
	case 1:
		set(imgfriendly.FieldYOGMaxYears, imgfriendly.NumValue(float64(pol.yogYears)), faq, "")
		if pol.yogYear > 0 {
			set(imgfriendly.FieldGradYearMin, imgfriendly.NumValue(float64(pol.yogYear)), faq, "")
		}
		if pol.yogTo != "" {
			set(imgfriendly.FieldYOGCountedTo, imgfriendly.TextValue(pol.yogTo), faq, "")
		}
	case 2:
		set(imgfriendly.FieldYOGPreferredMax, imgfriendly.NumValue(float64(pol.yogYears)), faq, "")
		if pol.yogYear > 0 {
			// a preferred graduation year for the stated Match is counted to that Match
			set(imgfriendly.FieldYOGCountedTo, imgfriendly.TextValue("match"), faq, "")
		}
	case 3:
		set(imgfriendly.FieldYOGNoLimit, imgfriendly.BoolValue(true), faq, "")
		if pol.yogSoftYears > 0 {
			set(imgfriendly.FieldYOGPreferredMax, imgfriendly.NumValue(float64(pol.yogSoftYears)), faq, "")
		}
	}
	if pol.step1Pass {
		set(imgfriendly.FieldStep1PassRequired, imgfriendly.BoolValue(true), elig, "")
	}
	if pol.step1Min > 0 {
		set(imgfriendly.FieldStep1Min, imgfriendly.NumValue(float64(pol.step1Min)), elig, "")
	}
	switch pol.step2Kind {
	case 1:
		set(imgfriendly.FieldStep2CKMin, imgfriendly.NumValue(float64(pol.step2)), elig, "")
	case 2:
		set(imgfriendly.FieldStep2CKPreferredMin, imgfriendly.NumValue(float64(pol.step2)), elig, "")
	}
	if pol.comlex1 {
		set(imgfriendly.FieldComlex1PassRequired, imgfriendly.BoolValue(true), elig, "")
	}
	if pol.comlex2 > 0 {
		set(imgfriendly.FieldComlex2Min, imgfriendly.NumValue(float64(pol.comlex2)), elig, "")
	}
	if pol.attempts > 0 {
		set(imgfriendly.FieldAttemptsMax, imgfriendly.NumValue(float64(pol.attempts)), elig, "")
	}
	if pol.usceReq != "" {
		set(imgfriendly.FieldUSCERequirement, imgfriendly.TextValue(pol.usceReq), elig, "")
	}
	if pol.usceMonths > 0 {
		set(imgfriendly.FieldUSCEMonths, imgfriendly.NumValue(pol.usceMonths), elig, "")
	}
	if pol.obs != unknown {
		set(imgfriendly.FieldUSCEObservershipOK, imgfriendly.BoolValue(pol.obs == yes), elig, "")
	}

	// facts the eligibility pages state beside the policy
	for i := range p.pages {
		pg := &p.pages[i]
		if pg.Role != "elig" && pg.Role != "faq" {
			continue
		}
		its, noise, _, _, _ := p.eligItems(w, pg)
		form := "sentence" // prose and bullets
		switch {
		case pg.Role == "faq" || p.elig == EligFAQ || p.elig == EligQA:
			form = "qas"
		case p.elig == EligTable:
			form = "rows"
		}
		for _, it := range append(its, noise...) {
			for f, v := range it.States {
				set(f, v, p.base+pg.Path, "")
			}
			for f, v := range it.FormStates[form] {
				set(f, v, p.base+pg.Path, "")
			}
		}
	}

	// roster
	rosterPage := p.pageByRole("roster")
	t.RosterURL = p.base + rosterPage.Path
	if p.roster == RosterAggregate {
		img, total := p.imgCounts()
		set(imgfriendly.FieldIMGCount, imgfriendly.NumValue(float64(img)), t.RosterURL, "")
		set(imgfriendly.FieldResidentsCount, imgfriendly.NumValue(float64(total)), t.RosterURL, "")
		t.ResidentsTotal, t.ResidentsIMG = total, img
		share := float64(img) / float64(total)
		t.IMGShare, t.IMGShareSource = &share, "stated"
	} else {
		for _, res := range p.listed() {
			url := ""
			if p.roster == RosterTabs {
				url = p.base + p.classPath(res.PGY)
			}
			rt := ResidentTruth{Name: res.name(), CanonicalSchool: res.School.Name(), Country: res.School.Country, PGY: res.PGY, URL: url}
			if p.roster != RosterPhotos {
				img := res.School.IMG
				rt.School, rt.IMG = res.schoolText(), &img
				if img {
					t.ResidentsIMG++
				}
			}
			t.ResidentsTotal++
			t.Residents = append(t.Residents, rt)
		}
		if p.roster != RosterPhotos && t.ResidentsTotal > 0 {
			share := float64(t.ResidentsIMG) / float64(t.ResidentsTotal)
			t.IMGShare, t.IMGShareSource = &share, "roster"
		}
	}
	if p.chrome == ChromeCMS {
		for _, l := range p.siblings(w) {
			t.CrossLinks = append(t.CrossLinks, l.Href)
		}
	}
	t.Pages, t.ProgramFaults = p.pageTruths(w)
	return t
}

// pageTruths lists every URL with its recoverability: a page is
// recoverable when its own fault allows it and a recoverable page links to
// it (or it is the seed URL or the seed's roster_url).
func (p *program) pageTruths(w *Web) ([]PageTruth, []string) {
	var pf []string
	if p.hostDown {
		pf = append(pf, FaultHostDown)
	}
	if p.robotsRoster {
		pf = append(pf, FaultRobots)
	}
	if p.crawlDelay {
		pf = append(pf, "crawl_delay")
	}
	if p.brokenRoster {
		pf = append(pf, FaultBrokenLink)
	}
	if p.tracking {
		pf = append(pf, FaultTracking)
	}
	ok := func(pg *pageSpec) bool {
		if p.hostDown || pg.Role == "brochure" || p.disallowed(pathOnly(pg.Path)) {
			return false
		}
		switch pg.Fault {
		case FaultTimeout, FaultRedirectLoop, FaultOversize:
			return false
		}
		return true
	}
	// links from each page (by path); every HTML page carries the nav
	ps := p.paths()
	navTargets := []string{"/", ps.about, ps.curriculum, ps.contact}
	if p.hasApply {
		navTargets = append(navTargets, ps.apply)
	} else {
		navTargets = append(navTargets, p.pageByRole("elig").Path)
		if p.hasFAQ {
			navTargets = append(navTargets, ps.faq)
		}
	}
	roster := p.pageByRole("roster").Path
	rosterLink := roster // where links to the roster point
	if p.brokenRoster {
		rosterLink = p.brokenRosterPath()
	}
	if !p.rosterDeep {
		navTargets = append(navTargets, rosterLink)
	}
	links := func(pg *pageSpec) []string {
		out := append([]string(nil), navTargets...)
		switch pg.Role {
		case "home":
			if p.hasPDF {
				out = append(out, ps.pdf)
			}
			if p.roster == RosterNews {
				out = append(out, rosterLink)
			}
		case "apply":
			out = append(out, p.pageByRole("elig").Path)
			if p.hasFAQ {
				out = append(out, ps.faq)
			}
		case "about":
			if p.rosterDeep {
				out = append(out, rosterLink)
			}
		case "roster":
			if p.roster == RosterTabs {
				for pgy := 1; pgy <= p.spec.Years; pgy++ {
					out = append(out, p.classPath(pgy))
				}
			}
		}
		return out
	}
	found := map[string]bool{"/": true}
	if p.seed.RosterURL != "" {
		found[roster] = true
	}
	queue := []string{"/"}
	if found[roster] {
		queue = append(queue, roster)
	}
	for len(queue) > 0 {
		path := queue[0]
		queue = queue[1:]
		pg := p.page(path)
		if pg == nil || !ok(pg) {
			continue
		}
		for _, l := range links(pg) {
			if !found[l] {
				found[l] = true
				queue = append(queue, l)
			}
		}
	}
	var out []PageTruth
	for i := range p.pages {
		pg := &p.pages[i]
		pt := PageTruth{URL: p.base + pg.Path, Kind: pg.Kind, Fault: pg.Fault}
		if pg.Role != "brochure" {
			pt.LastModified = pg.Modified.UTC().Format(http.TimeFormat)
		}
		switch pg.Fault {
		case FaultRedirectChain:
			pt.Via = p.base + movedPrefix + fmt.Sprint(i)
		case FaultRedirectLoop:
			pt.Via = p.base + loopPrefix + fmt.Sprint(i) + "/a"
		}
		pt.Recoverable = found[pg.Path] && ok(pg)
		// the cause a crawler should log, for pages it finds a link to
		switch {
		case p.hostDown:
			pt.Fault, pt.ExpectedError = FaultHostDown, imgfriendly.FetchErrorNetwork
		case pg.Role == "brochure":
			pt.Fault, pt.ExpectedError = FaultNotHTML, imgfriendly.FetchErrorContentType
		case pg.Fault == FaultRedirectLoop:
			// the loop's URLs are allowed: a crawler never reaches the page itself
			pt.ExpectedError = imgfriendly.FetchErrorRedirect
		case p.disallowed(pathOnly(pg.Path)):
			pt.Fault, pt.ExpectedError = FaultRobots, imgfriendly.FetchErrorRobots
		case pg.Fault == FaultTimeout:
			pt.ExpectedError = imgfriendly.FetchErrorTimeout
		case pg.Fault == FaultOversize:
			pt.ExpectedError = imgfriendly.FetchErrorTooLarge
		}
		if !found[pg.Path] {
			// never linked from a recoverable page: a crawler cannot know it
			pt.ExpectedError = ""
			if pt.Fault == "" || (pg.Role == "roster" || pg.Role == "class") && p.brokenRoster {
				pt.Fault = FaultUnreachable
			}
		}
		out = append(out, pt)
	}
	if p.brokenRoster {
		pt := PageTruth{URL: p.base + p.brokenRosterPath(), Kind: imgfriendly.KindRoster, Fault: FaultBrokenLink}
		switch {
		case !found[p.brokenRosterPath()]:
		case p.disallowed(p.brokenRosterPath()):
			pt.ExpectedError = imgfriendly.FetchErrorRobots
		default:
			pt.ExpectedError = imgfriendly.FetchErrorHTTP
		}
		if p.hostDown {
			pt.Fault = FaultHostDown
		}
		out = append(out, pt)
	}
	return out, pf
}

func pathOnly(p string) string {
	for i := 0; i < len(p); i++ {
		if p[i] == '?' {
			return p[:i]
		}
	}
	return p
}
