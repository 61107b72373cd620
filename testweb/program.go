package testweb

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/imgfriendly/imgfriendly"
)

// Site chromes, eligibility formats and roster styles: the templates a
// program site is built from. Truth records the three per program.
const (
	ChromeCMS       = "cms"       // institutional CMS: mega-menu, breadcrumbs, big footer with sibling programs
	ChromeWordPress = "wordpress" // WordPress-style blog: posts with dates, sidebar, widgets
	ChromeBootstrap = "bootstrap" // modern single page-per-topic site with navbar and cards
	ChromeLegacy    = "legacy"    // old table-layout site, upper-case tags, label/value lines

	EligProse   = "prose"   // paragraphs
	EligBullets = "bullets" // bullet-list requirements
	EligTable   = "table"   // label/value table (or dl, or flattened "Label: value" lines)
	EligFAQ     = "faq"     // FAQ accordion: question/answer pairs, some answers empty
	EligQA      = "qa"      // "Q:"/"A:" paragraphs

	RosterCards     = "cards"     // one card per resident: photo, name, year, school, hometown, bio
	RosterTable     = "table"     // a table: name, year, medical school
	RosterTabs      = "tabs"      // class-year tabs, one page per class
	RosterList      = "list"      // "Last, First — School (PGY-2)" list items
	RosterPhotos    = "photos"    // photos with names only: no schools, share unknown
	RosterAggregate = "aggregate" // counts only: "11 of our 20 residents are IMGs"
	RosterNews      = "news"      // news post introducing the interns
)

var (
	chromes      = []string{ChromeCMS, ChromeWordPress, ChromeBootstrap, ChromeLegacy}
	chromeW      = []float64{35, 25, 25, 15}
	eligFormats  = []string{EligProse, EligBullets, EligTable, EligFAQ, EligQA}
	eligW        = []float64{20, 25, 20, 25, 10}
	rosterStyles = []string{RosterCards, RosterTable, RosterTabs, RosterList, RosterPhotos, RosterAggregate, RosterNews}
	rosterW      = []float64{25, 20, 12, 14, 8, 12, 9}
)

// cycleYear is the application cycle the pages speak of (the ERAS season
// opening in the autumn of this year, positions starting the next July),
// matchYear that cycle's Match (March of the next year: "the 2027 Match"),
// and academicYear the year the current PGY-1 class started.
const (
	cycleYear    = 2026
	matchYear    = cycleYear + 1
	academicYear = 2025
)

// nightZero is the date of night 0; night K is K days later. Pages not
// changed by any night carry a Last-Modified date in 2025.
var nightZero = time.Date(2026, time.January, 5, 3, 0, 0, 0, time.UTC)

type tri uint8

const (
	unknown tri = iota
	yes
	no
)

// policy is what a program's eligibility pages state. Zero values mean
// "not stated".
type policy struct {
	visa         bool // the site states its visa policy
	j1, h1b      tri
	h1bCond      string
	citizensOnly bool

	yogKind  int // 0 unstated, 1 hard limit, 2 soft preference, 3 explicitly none
	yogYears int
	yogTo    string // application | match | training_start | ""
	// yogYear > 0: the limit is stated as a graduation year for the
	// matchYear Match ("graduated in 2019 or later"); yogYears is then
	// matchYear − yogYear, counted to the Match.
	yogYear int

	step1Pass bool
	step1Min  int
	step2Kind int // 0 unstated, 1 hard minimum, 2 preferred
	step2     int
	twoDigit  bool // old two-digit equivalent mentioned beside the minimum
	comlex1   bool
	comlex2   int
	attempts  int

	usceReq    string // required | preferred | not_required | ""
	usceMonths float64
	usceWeeks  int // >0: the page states weeks, usceMonths = weeks/4.345
	// usceRecent > 0: the duration must fall within this many recent
	// years (data banks only; a recency window, not a YOG limit)
	usceRecent int
	// yogSoftYears > 0 with yogKind 3: "no cutoff, but graduates of the
	// last N years are preferred" (data banks only)
	yogSoftYears int
	obs          tri
}

// resident is one person on the roster as generated.
type resident struct {
	First, Last string
	School      *school
	Written     string // the school as the page writes it
	ShowCountry bool   // the page adds the school's city and country
	PGY         int
	Hometown    string
	Bio         string
}

func (r resident) name() string { return r.First + " " + r.Last }

// pageSpec is one URL of a program site.
type pageSpec struct {
	Path     string
	Kind     imgfriendly.PageKind
	Role     string // home, apply, elig, faq, roster, class, about, contact, news, curriculum, brochure
	Class    int    // for class pages: the PGY year
	Fault    string // page fault, "" if none
	Modified time.Time
}

// program is everything about one program for one night, regenerated from
// (seed, index, night) whenever it is needed.
type program struct {
	idx    int
	site   site
	spec   specialty
	state  state
	city   string
	seed   imgfriendly.Program
	base   string // http://host
	chrome string
	elig   string
	roster string

	setting   string
	positions int
	share     float64 // target IMG share used to draw the roster, 0..1
	closed    bool
	pol       policy
	residents []resident // drawn on first use: most pages do not need them
	drawn     bool
	rngSeed   int64
	pd, coord string

	hasApply   bool // eligibility reached through an applicants page (two clicks)
	hasFAQ     bool // a separate IMG FAQ page holds the visa and YOG answers
	rosterDeep bool // roster linked from the about page only (two clicks)
	hasPDF     bool
	linkForm   int // 0 root-relative, 1 relative, 2 absolute, 3 protocol-relative

	// program-level faults
	hostDown, robotsRoster, crawlDelay, brokenRoster, tracking bool

	pages   []pageSpec
	changed []string // aspects changed on this night (visa, yog, roster)

	visaVer, yogVer, rosterVer       int
	visaNight, yogNight, rosterNight int // night of the last change, -1 for none
	baseModified                     time.Time
}

// program regenerates program i for the web's night.
func (w *Web) program(i int) *program {
	s := w.sites[i]
	seed := w.cfg.Seed
	r := newRNG(seed, "program", i)
	p := &program{idx: i, site: s, spec: specialties[s.spec], state: states[s.state], rngSeed: seed}
	p.city = p.state.Cities[s.city]
	p.base = "http://" + s.host
	p.chrome = chromes[r.weighted(chromeW)]
	p.elig = eligFormats[r.weighted(eligW)]
	p.roster = rosterStyles[r.weighted(rosterW)]
	sw := make([]float64, len(settings))
	for k, st := range settings {
		sw[k] = st.Weight
	}
	p.setting = settings[r.weighted(sw)].Name
	p.positions = max(2, int(math.Round(fromDeciles(r, positionDeciles)*p.spec.PosScale)))
	if p.spec.Years == 1 {
		p.positions = max(p.positions, 6)
	}
	p.closed = r.chance(p.spec.Closed)
	if !p.closed {
		p.share = math.Min(1, fromDeciles(r, imDeciles)*p.spec.IMGScale/100)
	}
	p.hasApply = r.chance(0.3)
	p.hasFAQ = p.elig != EligFAQ && r.chance(0.25)
	p.rosterDeep = r.chance(0.2)
	p.hasPDF = r.chance(0.4)
	p.linkForm = r.weighted([]float64{50, 25, 15, 10})
	p.baseModified = time.Date(2025, time.May, 1, 9, 0, 0, 0, time.UTC).Add(time.Duration(r.intn(200*24)) * time.Hour)
	p.pd = facultyName(r)
	p.coord = facultyName(r)

	// program-level faults: host-down is per night, the rest per site
	f := w.faults
	fr := newRNG(seed, "pfault", i)
	p.robotsRoster = fr.chance(f.RobotsDisallow)
	p.crawlDelay = fr.chance(f.CrawlDelay)
	p.brokenRoster = fr.chance(f.BrokenRosterLink)
	p.tracking = fr.chance(f.TrackingDuplicates)
	p.hostDown = newRNG(seed, "hostdown", i, w.cfg.Night).chance(f.HostDown)

	p.versions(seed, w.cfg.Night)
	p.pol = p.policyFor(seed)
	if bank, _ := w.bank(); len(bank) > 0 {
		bankPolicy(seed, i, &p.pol, bank)
	}
	p.layoutPages(w)
	p.seed = p.seedRecord(r)
	return p
}

// versions replays the nights up to night: each night a few % of programs
// change their visa policy, their YOG rule or their roster.
func (p *program) versions(seed int64, night int) {
	p.visaNight, p.yogNight, p.rosterNight = -1, -1, -1
	for k := 1; k <= night; k++ {
		r := newRNG(seed, "night", p.idx, k)
		if r.chance(0.02) {
			p.visaVer++
			p.visaNight = k
		}
		if r.chance(0.02) {
			p.yogVer++
			p.yogNight = k
		}
		if r.chance(0.03) {
			p.rosterVer++
			p.rosterNight = k
		}
	}
	if night > 0 {
		if p.visaNight == night {
			p.changed = append(p.changed, "visa")
		}
		if p.yogNight == night {
			p.changed = append(p.changed, "yog")
		}
		if p.rosterNight == night {
			p.changed = append(p.changed, "roster")
		}
	}
}

func facultyName(r *rng) string {
	b := nameBanks[pick(r, facultyBanks)]
	return pick(r, b.First) + " " + pick(r, b.Last)
}

// seedRecord is the program's line in the seed list.
func (p *program) seedRecord(r *rng) imgfriendly.Program {
	s := p.site
	sp := p.spec
	id := sp.Code + p.state.FIPS + fmt.Sprintf("%05d", (p.idx*37+11)%100000)
	code := fmt.Sprintf("%04d%s", s.nrmpInst, sp.Code)
	codes := []string{fmt.Sprintf("%sC%d", code, s.nrmpTrack)}
	if sp.Code == "999" {
		codes = []string{fmt.Sprintf("%sP%d", code, s.nrmpTrack)}
	} else if sp.Prelim && r.chance(0.4) {
		codes = append(codes, fmt.Sprintf("%sP%d", code, s.nrmpTrack))
	}
	name := s.instName + " " + sp.Name + " Residency Program"
	if r.chance(0.3) {
		name = sp.Name + " Residency - " + s.instName
	}
	prog := imgfriendly.Program{
		ID: id, NRMPCodes: codes, Name: name, Specialty: sp.Name, City: p.city, State: p.state.Code,
		URL: p.base + "/", PDName: p.pd + ", MD", CoordinatorName: p.coord,
		PDEmail:          emailFor(p.pd, s.domain),
		CoordinatorEmail: emailFor(p.coord, s.domain),
		Phone:            fmt.Sprintf("(%03d) 555-01%02d", 200+r.intn(700), r.intn(100)),
	}
	if rp := p.pageByRole("roster"); r.chance(0.2) && !p.brokenRoster && p.roster != RosterNews && rp.Fault != FaultRedirectLoop && rp.Fault != FaultRedirectChain {
		prog.RosterURL = p.base + p.rosterPath()
	}
	return prog
}

func emailFor(name, domain string) string {
	f := strings.Fields(strings.ToLower(foldASCII(name)))
	return slugify(f[0]) + "." + slugify(f[len(f)-1]) + "@" + domain
}
