package testweb

import (
	"fmt"
	"html"
	"strings"
)

type link struct{ Text, Href string }

var (
	eligTexts   = []string{"Eligibility & Requirements", "Eligibility Requirements", "Application Requirements", "Eligibility Criteria", "How to Apply", "Requirements"}
	applyTexts  = []string{"Prospective Applicants", "Apply", "Applicants", "Prospective Residents"}
	faqTexts    = []string{"IMG FAQ", "FAQ for International Medical Graduates", "Frequently Asked Questions", "International Applicants"}
	rosterTexts = []string{"Current Residents", "Meet Our Residents", "Meet Our Team", "Our Residents", "Resident Roster", "Our People"}
	aboutTexts  = []string{"About the Program", "About Us", "Program Overview"}
)

// mainEnd marks the end of the main content: truncation cuts after it.
const mainEnd = "<!-- /main -->"

// texts are the link texts one site uses, fixed per program.
type texts struct{ elig, apply, faq, roster, about string }

func (p *program) texts() texts {
	r := newRNG(p.rngSeed, "texts", p.idx)
	t := texts{pick(r, eligTexts), pick(r, applyTexts), pick(r, faqTexts), pick(r, rosterTexts), pick(r, aboutTexts)}
	if p.roster == RosterNews {
		t.roster = pick(r, []string{"Meet Our New Interns", fmt.Sprintf("Welcome, Class of %d", p.classOf(1))})
	}
	return t
}

// nav is the site's main navigation as seen from page `from`.
func (p *program) nav(from string) []link {
	t := p.texts()
	ps := p.paths()
	v := 0
	h := func(path string) string { v++; return p.href(from, path, v) }
	out := []link{{"Home", h("/")}, {t.about, h(ps.about)}}
	if p.hasApply {
		out = append(out, link{t.apply, h(ps.apply)})
	} else {
		out = append(out, link{t.elig, h(p.pageByRole("elig").Path)})
		if p.hasFAQ {
			out = append(out, link{t.faq, h(ps.faq)})
		}
	}
	if !p.rosterDeep {
		out = append(out, link{t.roster, h(p.pageByRole("roster").Path)})
	}
	out = append(out, link{"Curriculum", h(ps.curriculum)}, link{"Contact", h(ps.contact)}, link{"Search", "/search?q=residency"})
	return out
}

func esc(s string) string { return html.EscapeString(s) }

// siblings are the other programs of the same institution (CMS footers link them).
func (p *program) siblings(w *Web) []link {
	var out []link
	first := int(p.site.instFirst)
	for j := first; j < first+int(p.site.instCount); j++ {
		if j == p.idx {
			continue
		}
		s := w.sites[j]
		out = append(out, link{specialties[s.spec].Name + " Residency", "http://" + s.host + "/"})
	}
	return out
}

// wrap puts the main content in the site's chrome.
func (p *program) wrap(w *Web, from, title, main string) string {
	var b strings.Builder
	inst := esc(p.site.instName)
	progName := esc(p.spec.Name + " Residency Program")
	nav := p.nav(from)
	r := newRNG(w.cfg.Seed, "chrome", p.idx)
	switch p.chrome {
	case ChromeCMS:
		b.WriteString("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
		fmt.Fprintf(&b, "<title>%s | %s | %s</title><link rel=\"stylesheet\" href=\"/static/css/site.min.css\"><script src=\"/static/js/megamenu.js\"></script></head>\n<body class=\"page\">", esc(title), progName, inst)
		fmt.Fprintf(&b, "<div class=\"utility-bar\"><a href=\"tel:+15555550100\">Call 555-0100</a> | <a href=\"#\">MyChart</a> | <a href=\"#\">Pay a Bill</a> | <a href=\"mailto:gme@%s\">Contact GME</a></div>\n", p.site.domain)
		fmt.Fprintf(&b, "<header><a class=\"logo\" href=\"/\">%s</a><nav class=\"mega-menu\"><ul>", inst)
		b.WriteString("<li class=\"mega\"><a href=\"#\">Patients &amp; Visitors</a><div class=\"mega-panel\"><a href=\"#\">Find a Doctor</a><a href=\"#\">Locations</a><a href=\"#\">Billing</a><a href=\"javascript:void(0)\">Visiting Hours</a></div></li>")
		b.WriteString("<li class=\"mega\"><a href=\"#\">Education</a><div class=\"mega-panel\"><span>Graduate Medical Education</span>")
		for _, l := range nav {
			fmt.Fprintf(&b, "<a href=\"%s\">%s</a>", esc(l.Href), esc(l.Text))
		}
		b.WriteString("</div></li><li><a href=\"#\">Careers</a></li><li><a href=\"#\">Donate</a></li></ul></nav></header>\n")
		fmt.Fprintf(&b, "<div class=\"breadcrumbs\"><a href=\"/\">Home</a> &gt; Education &gt; %s &gt; %s</div>\n", progName, esc(title))
		fmt.Fprintf(&b, "<main id=\"main-content\"><h1>%s</h1>\n%s\n</main>%s\n", esc(title), main, mainEnd)
		fmt.Fprintf(&b, "<aside class=\"events\"><h4>Upcoming Events</h4><ul><li>Grand Rounds, every %s at 12:00 PM</li><li>Research Day: %s %d, %d</li><li>Open House for applicants: %s %d, %d</li></ul></aside>\n",
			pick(r, []string{"Tuesday", "Wednesday", "Thursday"}), pick(r, months[2:5]), r.between(1, 28), cycleYear, pick(r, months[8:11]), r.between(1, 28), cycleYear)
		b.WriteString("<footer class=\"site-footer\"><div class=\"col\"><h4>Graduate Medical Education</h4><ul>")
		for _, l := range p.siblings(w) {
			fmt.Fprintf(&b, "<li><a href=\"%s\">%s</a></li>", esc(l.Href), esc(l.Text))
		}
		fmt.Fprintf(&b, "</ul></div><div class=\"col\"><h4>Connect</h4><a href=\"https://www.facebook.test/%s\">Facebook</a> <a href=\"https://twitter.test/%s\">X</a></div>", slugify(p.site.instName), slugify(p.site.instName))
		fmt.Fprintf(&b, "<div class=\"col\">%s<br>%s, %s<br>© %d %s. All rights reserved. <a href=\"#\">Privacy Policy</a> <a href=\"#\">Non-Discrimination Notice</a></div></footer>\n</body></html>\n", inst, esc(p.city), p.state.Code, cycleYear, inst)
	case ChromeWordPress:
		b.WriteString("<!DOCTYPE html>\n<html lang=\"en-US\"><head><meta charset=\"UTF-8\">")
		fmt.Fprintf(&b, "<title>%s &#8211; %s</title><meta name=\"generator\" content=\"WordPress 6.4.2\"><link rel='stylesheet' id='astra-theme-css-css' href='/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all' /></head>\n", esc(title), progName)
		fmt.Fprintf(&b, "<body class=\"page-template-default page wp-custom-logo\"><div id=\"page\" class=\"hfeed site\"><header id=\"masthead\" class=\"site-header\"><p class=\"site-title\"><a href=\"/\" rel=\"home\">%s</a></p><p class=\"site-description\">%s</p>", progName, inst)
		b.WriteString("<nav id=\"site-navigation\" class=\"main-navigation\"><ul id=\"primary-menu\" class=\"menu\">")
		for i, l := range nav {
			fmt.Fprintf(&b, "<li id=\"menu-item-%d\" class=\"menu-item menu-item-type-post_type\"><a href=\"%s\">%s</a></li>", 100+i, esc(l.Href), esc(l.Text))
		}
		b.WriteString("</ul></nav></header>\n<div id=\"content\" class=\"site-content\"><div id=\"primary\" class=\"content-area\">")
		fmt.Fprintf(&b, "<article class=\"page type-page status-publish hentry\"><header class=\"entry-header\"><h1 class=\"entry-title\">%s</h1></header><div class=\"entry-content\">\n%s\n</div></article></div>%s\n", esc(title), main, mainEnd)
		fmt.Fprintf(&b, "<aside id=\"secondary\" class=\"widget-area\"><section class=\"widget widget_recent_entries\"><h2 class=\"widget-title\">Recent Posts</h2><ul><li><a href=\"#\">Grand Rounds: %s</a> <span class=\"post-date\">%s %d, %d</span></li><li><a href=\"#\">Resident wellness retreat</a> <span class=\"post-date\">%s %d, %d</span></li></ul></section>", pick(r, []string{"Sepsis update", "Heart failure in 2025", "Point-of-care ultrasound"}), pick(r, months), r.between(1, 28), academicYear, pick(r, months), r.between(1, 28), academicYear)
		b.WriteString("<section class=\"widget widget_search\"><form role=\"search\" action=\"/\"><input type=\"search\" name=\"s\"></form></section></aside></div>\n")
		fmt.Fprintf(&b, "<footer id=\"colophon\" class=\"site-footer\"><div class=\"site-info\">Copyright &copy; %d %s | Powered by <a href=\"https://wordpress.test/\">WordPress</a></div></footer></div>\n</body></html>\n", cycleYear, inst)
	case ChromeBootstrap:
		b.WriteString("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
		fmt.Fprintf(&b, "<title>%s - %s</title><link href=\"/css/bootstrap.min.css\" rel=\"stylesheet\"></head>\n<body>", esc(title), progName)
		fmt.Fprintf(&b, "<nav class=\"navbar navbar-expand-lg navbar-dark bg-primary\"><div class=\"container\"><a class=\"navbar-brand\" href=\"/\">%s</a><button class=\"navbar-toggler\" type=\"button\" data-bs-toggle=\"collapse\" data-bs-target=\"#nav\"><span class=\"navbar-toggler-icon\"></span></button><div class=\"collapse navbar-collapse\" id=\"nav\"><ul class=\"navbar-nav ms-auto\">", progName)
		for _, l := range nav {
			fmt.Fprintf(&b, "<li class=\"nav-item\"><a class=\"nav-link\" href=\"%s\">%s</a></li>", esc(l.Href), esc(l.Text))
		}
		b.WriteString("</ul></div></div></nav>\n")
		fmt.Fprintf(&b, "<div class=\"alert alert-info text-center\">ERAS %d: applications open September %d. Interview invitations are sent on a rolling basis.</div>\n", cycleYear+1, cycleYear)
		fmt.Fprintf(&b, "<main class=\"container py-4\"><h1 class=\"display-6\">%s</h1>\n%s\n</main>%s\n", esc(title), main, mainEnd)
		fmt.Fprintf(&b, "<footer class=\"bg-light py-3\"><div class=\"container\"><p class=\"small\">%s &middot; %s, %s &middot; Updated %s %d</p></div></footer>\n</body></html>\n", inst, esc(p.city), p.state.Code, pick(r, months), academicYear)
	default: // legacy
		b.WriteString("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<HTML><HEAD><META http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">")
		fmt.Fprintf(&b, "<TITLE>%s - %s</TITLE></HEAD>\n<BODY bgcolor=\"#FFFFFF\"><TABLE width=\"100%%\" border=0 cellpadding=4><TR><TD colspan=2 bgcolor=\"#003366\"><FONT color=white size=+2><B>%s</B></FONT><BR><FONT color=white>%s</FONT></TD></TR>\n<TR><TD valign=top width=180 bgcolor=\"#EEEEEE\">", esc(title), progName, progName, inst)
		for _, l := range nav {
			fmt.Fprintf(&b, "<A href=\"%s\">%s</A><BR>\n", esc(l.Href), esc(l.Text))
		}
		fmt.Fprintf(&b, "</TD><TD valign=top><H2>%s</H2>\n%s\n</TD></TR></TABLE>%s\n", esc(title), main, mainEnd)
		fmt.Fprintf(&b, "<HR><CENTER><FONT size=-1>Last updated %d/%d/%d &nbsp;|&nbsp; Webmaster: <A href=\"mailto:webmaster@%s\">webmaster@%s</A> &nbsp;|&nbsp; You are visitor #%06d</FONT></CENTER>\n</BODY></HTML>\n", r.between(1, 12), r.between(1, 28), academicYear-r.intn(3), p.site.domain, p.site.domain, r.between(10000, 999999))
	}
	return b.String()
}
