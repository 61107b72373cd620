package testweb

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/imgfriendly/imgfriendly"
)

// Page faults, as recorded in Truth.
const (
	FaultServerErrors  = "server_errors"       // 1–2 responses 500/502/503, then OK
	FaultThrottle429   = "throttle_429"        // 429 with Retry-After, then OK
	FaultThrottle503   = "throttle_503"        // 503 with Retry-After, then OK
	FaultSlow          = "slow"                // answered after Faults.SlowDelay
	FaultTimeout       = "timeout"             // never answered in time
	FaultReset         = "reset"               // first connection reset, then OK
	FaultRedirectChain = "redirect_chain"      // linked through three redirects
	FaultRedirectLoop  = "redirect_loop"       // linked through a redirect loop
	FaultOversize      = "oversize"            // body larger than Faults.OversizeBytes
	FaultCharset1252   = "charset_windows1252" // windows-1252 body, labelled so
	FaultCharsetWrong  = "charset_mislabelled" // windows-1252 body labelled utf-8 in the header (meta says windows-1252)
	FaultTruncated     = "truncated"           // HTML cut off after the main content
	FaultBrokenLink    = "broken_roster_link"  // the roster link 404s
	FaultRobots        = "robots_disallowed"   // robots.txt disallows the page
	FaultHostDown      = "host_down"           // the host resets every connection tonight
	FaultUnreachable   = "unreachable"         // no recoverable page links to it
	FaultTracking      = "tracking_duplicates" // linked with utm_ parameters and fragments
	FaultNotHTML       = "not_html"            // a PDF, not a page
)

// Path sets per chrome: where each role lives.
type pathSet struct{ apply, elig, faq, roster, about, contact, news, curriculum, pdf string }

var chromePaths = map[string][]pathSet{
	ChromeCMS: {
		{"/prospective-residents/", "/prospective-residents/eligibility-requirements/", "/prospective-residents/img-faq/", "/about-us/current-residents/", "/about-us/", "/contact-us/", "/news/", "/education/curriculum/", "/media/program-brochure.pdf"},
		{"/education/apply/", "/education/apply/eligibility/", "/education/apply/international-medical-graduates/", "/education/our-people/residents/", "/education/about-the-program/", "/education/contact/", "/education/news/", "/education/rotations/", "/files/brochure.pdf"},
	},
	ChromeWordPress: {
		{"/apply/", "/eligibility/", "/img-faq/", "/our-residents/", "/about/", "/contact/", "/blog/", "/curriculum/", "/wp-content/uploads/2025/08/brochure.pdf"},
		{"/applicants/", "/application-requirements/", "/faq/", "/meet-our-residents/", "/about-the-program/", "/contact-us/", "/news/", "/rotations/", "/wp-content/uploads/2025/07/program-guide.pdf"},
	},
	ChromeBootstrap: {
		{"/applicants", "/requirements", "/faq", "/team", "/about", "/contact", "/news", "/curriculum", "/assets/brochure.pdf"},
		{"/apply", "/eligibility", "/img", "/residents", "/program", "/contact", "/updates", "/education", "/assets/program-overview.pdf"},
	},
	ChromeLegacy: {
		{"/apply.html", "/eligibility.html", "/faq.html", "/residents.htm", "/about.html", "/contact.html", "/news.html", "/curriculum.html", "/docs/brochure.pdf"},
		{"/applicants.htm", "/requirements.htm", "/img_faq.htm", "/people.aspx", "/program.htm", "/contactus.htm", "/whatsnew.htm", "/rotations.htm", "/pdf/info.pdf"},
	},
}

func (p *program) paths() pathSet {
	ps := chromePaths[p.chrome]
	return ps[p.idx%len(ps)]
}

func (p *program) rosterPath() string { return p.paths().roster }

// classPath is the page of one class-year tab.
func (p *program) classPath(pgy int) string {
	rp := p.rosterPath()
	y := strconv.Itoa(p.classOf(pgy))
	switch {
	case strings.HasSuffix(rp, "/"):
		return rp + "class-of-" + y + "/"
	case strings.Contains(rp, "."):
		return rp + "?class=" + y
	default:
		return rp + "/class-of-" + y
	}
}

// newsPostPath is where the news-style roster lives.
func (p *program) newsPostPath() string {
	n := strings.TrimSuffix(p.paths().news, "/")
	n = strings.TrimSuffix(n, ".html")
	n = strings.TrimSuffix(n, ".htm")
	return fmt.Sprintf("%s/%d/07/welcome-class-of-%d/", n, academicYear, p.classOf(1))
}

// brokenRosterPath is what a broken roster link points to.
func (p *program) brokenRosterPath() string { return "/residents-2019/" }

// layoutPages lists the site's pages and draws their faults.
func (p *program) layoutPages(w *Web) {
	ps := p.paths()
	add := func(path string, kind imgfriendly.PageKind, role string, class int) {
		p.pages = append(p.pages, pageSpec{Path: path, Kind: kind, Role: role, Class: class})
	}
	add("/", imgfriendly.KindProgram, "home", 0)
	if p.hasApply {
		add(ps.apply, imgfriendly.KindOther, "apply", 0)
	}
	add(ps.elig, imgfriendly.KindEligibility, "elig", 0)
	if p.hasFAQ {
		add(ps.faq, imgfriendly.KindEligibility, "faq", 0)
	}
	switch p.roster {
	case RosterNews:
		add(p.newsPostPath(), imgfriendly.KindRoster, "roster", 0)
	case RosterTabs:
		add(ps.roster, imgfriendly.KindRoster, "roster", 0)
		for pgy := 1; pgy <= p.spec.Years; pgy++ {
			add(p.classPath(pgy), imgfriendly.KindRoster, "class", pgy)
		}
	default:
		add(ps.roster, imgfriendly.KindRoster, "roster", 0)
	}
	add(ps.about, imgfriendly.KindOther, "about", 0)
	add(ps.contact, imgfriendly.KindOther, "contact", 0)
	add(ps.curriculum, imgfriendly.KindOther, "curriculum", 0)
	if p.hasPDF {
		add(ps.pdf, imgfriendly.KindOther, "brochure", 0)
	}
	// faults: body faults are per site (stable across nights, so unchanged
	// pages stay byte-identical), transient ones per night
	f := w.faults
	for i := range p.pages {
		pg := &p.pages[i]
		pg.Modified = p.baseModified
		switch pg.Role {
		case "elig", "faq":
			if n := max(p.visaNight, p.yogNight); n >= 0 {
				pg.Modified = nightZero.Add(time.Duration(n) * 24 * time.Hour)
			}
		case "roster", "class":
			if p.rosterNight >= 0 {
				pg.Modified = nightZero.Add(time.Duration(p.rosterNight) * 24 * time.Hour)
			}
		case "brochure":
			continue
		}
		br := newRNG(w.cfg.Seed, "bodyfault", p.idx, pg.Path)
		tr := newRNG(w.cfg.Seed, "fault", p.idx, pg.Path, w.cfg.Night)
		linked := pg.Role != "home"
		switch {
		case br.chance(f.Oversize):
			pg.Fault = FaultOversize
		case br.chance(f.Charset):
			pg.Fault = FaultCharset1252
			if br.chance(0.5) {
				pg.Fault = FaultCharsetWrong
			}
		case br.chance(f.Truncated):
			pg.Fault = FaultTruncated
		case linked && br.chance(f.RedirectChain):
			pg.Fault = FaultRedirectChain
		case linked && br.chance(f.RedirectLoop):
			pg.Fault = FaultRedirectLoop
		case tr.chance(f.ServerErrors):
			pg.Fault = FaultServerErrors
		case tr.chance(f.Throttle):
			pg.Fault = FaultThrottle429
			if tr.chance(0.5) {
				pg.Fault = FaultThrottle503
			}
		case tr.chance(f.Slow):
			pg.Fault = FaultSlow
		case tr.chance(f.Timeout):
			pg.Fault = FaultTimeout
		case tr.chance(f.Reset):
			pg.Fault = FaultReset
		}
	}
}

// page returns the page spec at path, or nil.
func (p *program) page(path string) *pageSpec {
	for i := range p.pages {
		if p.pages[i].Path == path {
			return &p.pages[i]
		}
	}
	return nil
}

// pageByRole returns the first page with the role, or nil.
func (p *program) pageByRole(role string) *pageSpec {
	for i := range p.pages {
		if p.pages[i].Role == role {
			return &p.pages[i]
		}
	}
	return nil
}

// alias paths: links to pages with redirect faults go through these.
const (
	movedPrefix = "/moved/"
	loopPrefix  = "/go/"
)

// href writes a link from page `from` to the page at target, the way this
// site writes links, through any fault on the way.
func (p *program) href(from, target string, variant int) string {
	path := target
	if pg := p.page(target); pg != nil {
		switch pg.Fault {
		case FaultRedirectChain:
			path = movedPrefix + strconv.Itoa(p.pageIndex(target))
		case FaultRedirectLoop:
			path = loopPrefix + strconv.Itoa(p.pageIndex(target)) + "/a"
		}
		if (pg.Role == "roster") && p.brokenRoster {
			path = p.brokenRosterPath()
		}
	}
	if p.tracking {
		sep := "?"
		if strings.Contains(path, "?") {
			sep = "&"
		}
		switch variant % 3 {
		case 0:
			path += sep + "utm_source=website&utm_medium=nav&utm_campaign=gme"
		case 1:
			path += "#main-content"
		}
	}
	switch {
	case p.linkForm == 1 && from == "/" && strings.HasPrefix(path, "/") && len(path) > 1:
		return path[1:]
	case p.linkForm == 2:
		return p.base + path
	case p.linkForm == 3:
		return "//" + p.site.host + path
	}
	return path
}

func (p *program) pageIndex(path string) int {
	for i := range p.pages {
		if p.pages[i].Path == path {
			return i
		}
	}
	return -1
}
