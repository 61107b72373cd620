package testweb

import (
	"fmt"
	"strings"
)

// displayName writes a resident's name as the page shows it. lastFirst
// gives "Last, First".
func (res resident) displayName(style int, lastFirst bool) string {
	if lastFirst {
		return res.Last + ", " + res.First
	}
	deg := "MD"
	switch {
	case res.School.Group == "us_do":
		deg = "DO"
	case res.School.Group == "india" || res.School.Group == "pakistan" || res.School.Country == "Bangladesh" || res.School.Country == "Nepal":
		deg = "MBBS"
	}
	switch style % 3 {
	case 0:
		return res.name() + ", " + deg
	case 1:
		return "Dr. " + res.name()
	}
	return res.name()
}

func (res resident) photo() string {
	return "/images/residents/" + slugify(res.First) + "-" + slugify(res.Last) + ".jpg"
}

// renderRoster renders the roster page (role roster) or a class tab page (role class).
func (p *program) renderRoster(w *Web, pg *pageSpec) string {
	r := newRNG(w.cfg.Seed, "rosterpage", p.idx, pg.Path, p.rosterVer)
	title := p.texts().roster
	var b strings.Builder
	listed := p.listed()
	switch {
	case pg.Role == "class":
		title = fmt.Sprintf("Class of %d", p.classOf(pg.Class))
		var cls []resident
		for _, res := range listed {
			if res.PGY == pg.Class {
				cls = append(cls, res)
			}
		}
		fmt.Fprintf(&b, "<p>Meet our PGY-%d residents.</p>\n", pg.Class)
		if p.idx%2 == 0 {
			p.writeCards(&b, r, cls)
		} else {
			p.writeTable(&b, r, cls)
		}
	case p.roster == RosterTabs:
		b.WriteString("<p>Our residents come from across the country and around the world. Select a class:</p>\n<ul class=\"nav nav-tabs\" role=\"tablist\">\n")
		for pgy := 1; pgy <= p.spec.Years; pgy++ {
			fmt.Fprintf(&b, "<li class=\"nav-item\"><a class=\"nav-link\" href=\"%s\">Class of %d (PGY-%d)</a></li>\n", esc(p.href(pg.Path, p.classPath(pgy), 40+pgy)), p.classOf(pgy), pgy)
		}
		b.WriteString("</ul>\n<h2>Chief Residents</h2>\n<p>Announcement coming soon.</p>\n")
	case p.roster == RosterCards:
		b.WriteString("<p>Get to know the residents of our program.</p>\n")
		for pgy := p.spec.Years; pgy >= 1; pgy-- {
			var cls []resident
			for _, res := range listed {
				if res.PGY == pgy {
					cls = append(cls, res)
				}
			}
			fmt.Fprintf(&b, "<h2>%s</h2>\n", esc(p.yearLabel(pgy, p.idx)))
			p.writeCards(&b, r, cls)
		}
		if r.chance(0.3) {
			b.WriteString("<h2>Preliminary Interns</h2>\n")
		}
	case p.roster == RosterTable:
		p.writeTable(&b, r, listed)
	case p.roster == RosterList:
		lastFirst := r.chance(0.5)
		b.WriteString("<ul class=\"resident-list\">\n")
		for _, res := range listed {
			if lastFirst {
				fmt.Fprintf(&b, "<li>%s — %s (%s)</li>\n", esc(res.displayName(0, true)), esc(res.schoolText()), esc(p.yearLabel(res.PGY, 0)))
			} else {
				fmt.Fprintf(&b, "<li><b>%s</b> – %s – %s</li>\n", esc(res.displayName(0, false)), esc(p.yearLabel(res.PGY, 0)), esc(res.schoolText()))
			}
		}
		b.WriteString("</ul>\n")
	case p.roster == RosterPhotos:
		b.WriteString("<p>Meet the faces of our program!</p>\n<div class=\"gallery\">\n")
		for _, res := range listed {
			fmt.Fprintf(&b, "<figure><img src=\"%s\" alt=\"%s\"><figcaption>%s<br>%s</figcaption></figure>\n", res.photo(), esc(res.name()), esc(res.name()), esc(p.yearLabel(res.PGY, 0)))
		}
		b.WriteString("</div>\n")
	case p.roster == RosterAggregate:
		img, total := p.imgCounts()
		countries := map[string]bool{}
		for _, res := range p.allResidents() {
			countries[res.School.Country] = true
		}
		switch r.intn(3) {
		case 0:
			fmt.Fprintf(&b, "<p>%d of our %d residents are IMGs.</p>\n", img, total)
		case 1:
			fmt.Fprintf(&b, "<p>Our program currently has %d residents; %d of them are international medical graduates.</p>\n", total, img)
		default:
			fmt.Fprintf(&b, "<p>We have %d residents, including %d international medical graduates, who attended medical school in %d countries.</p>\n", total, img, len(countries))
		}
		fmt.Fprintf(&b, "<img src=\"/images/group-photo-%d.jpg\" alt=\"Our residents at the %d welcome picnic\">\n<p>Individual profiles are coming soon.</p>\n", academicYear, academicYear)
	case p.roster == RosterNews:
		fmt.Fprintf(&b, "<p class=\"post-meta\">Posted on July 1, %d by %s</p>\n<p>Please join us in welcoming our new interns, the Class of %d!</p>\n", academicYear, esc(p.coord), p.classOf(1))
		for _, res := range listed {
			s := fmt.Sprintf("Dr. %s joins us from %s.", res.name(), res.schoolText())
			if res.Hometown != "" {
				s += " Originally from " + res.Hometown + "."
			}
			if res.Bio != "" {
				s += " " + res.Bio
			}
			fmt.Fprintf(&b, "<p>%s</p>\n", esc(s))
		}
	}
	fmt.Fprintf(&b, "<p class=\"updated\">Roster last updated %s.</p>\n", pg.Modified.Format("January 2, 2006"))
	return p.wrap(w, pg.Path, title, b.String())
}

func (p *program) writeCards(b *strings.Builder, r *rng, rs []resident) {
	b.WriteString("<div class=\"resident-grid\">\n")
	for k, res := range rs {
		fmt.Fprintf(b, "<div class=\"resident-card\"><img src=\"%s\" alt=\"Photo of %s\"><h3>%s</h3><p class=\"year\">%s</p><p><strong>Medical School:</strong> %s</p>",
			res.photo(), esc(res.name()), esc(res.displayName(p.idx+k, false)), esc(p.yearLabel(res.PGY, p.idx)), esc(res.schoolText()))
		if res.Hometown != "" {
			fmt.Fprintf(b, "<p><strong>Hometown:</strong> %s</p>", esc(res.Hometown))
		}
		if res.Bio != "" {
			fmt.Fprintf(b, "<p class=\"bio\">%s</p>", esc(res.Bio))
		}
		b.WriteString("</div>\n")
	}
	b.WriteString("</div>\n")
}

func (p *program) writeTable(b *strings.Builder, r *rng, rs []resident) {
	lastFirst := r.chance(0.5)
	home := r.chance(0.4)
	b.WriteString("<table class=\"roster\"><thead><tr><th>Name</th><th>Year</th><th>Medical School</th>")
	if home {
		b.WriteString("<th>Hometown</th>")
	}
	b.WriteString("</tr></thead><tbody>\n")
	for _, res := range rs {
		fmt.Fprintf(b, "<tr><td>%s</td><td>%s</td><td>%s</td>", esc(res.displayName(0, lastFirst)), esc(p.yearLabel(res.PGY, 0)), esc(res.schoolText()))
		if home {
			fmt.Fprintf(b, "<td>%s</td>", esc(res.Hometown))
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</tbody></table>\n")
}
