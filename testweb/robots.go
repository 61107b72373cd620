package testweb

import (
	"fmt"
	"strings"
)

// disallowRules are the paths the site's robots.txt disallows for every agent.
func (p *program) disallowRules() []string {
	rules := []string{"/search", "/admin/"}
	if p.chrome == ChromeWordPress {
		rules = append(rules, "/wp-admin/")
	}
	if p.robotsRoster {
		rules = append(rules, p.rosterPrefix())
	}
	return rules
}

// rosterPrefix is the path prefix that covers the roster and its class pages.
func (p *program) rosterPrefix() string {
	rp := p.pageByRole("roster").Path
	if i := strings.IndexByte(rp, '?'); i >= 0 {
		rp = rp[:i]
	}
	return rp
}

// disallowed reports whether robots.txt disallows path.
func (p *program) disallowed(path string) bool {
	for _, rule := range p.disallowRules() {
		if strings.HasPrefix(path, rule) {
			return true
		}
	}
	return false
}

// robots is the site's robots.txt.
func (p *program) robots(w *Web) string {
	var b strings.Builder
	b.WriteString("# robots.txt for " + p.site.host + "\nUser-agent: BadBot\nDisallow: /\n\nUser-agent: *\n")
	for _, rule := range p.disallowRules() {
		fmt.Fprintf(&b, "Disallow: %s\n", rule)
	}
	if p.crawlDelay {
		fmt.Fprintf(&b, "Crawl-delay: %d\n", w.faults.CrawlDelayS)
	}
	fmt.Fprintf(&b, "\nSitemap: %s/sitemap.xml\n", p.base)
	return b.String()
}
