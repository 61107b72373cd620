package testweb

import (
	"fmt"
	"strings"
)

// intro is the opening paragraph of a page: it states no field.
func (p *program) intro(r *rng) string {
	s := fmt.Sprintf("Thank you for your interest in the %s Residency Program at %s. ", p.spec.Name, p.site.instName)
	s += pick(r, []string{
		fmt.Sprintf("We are a %s program in %s, %s.", p.setting, p.city, p.state.Code),
		fmt.Sprintf("Our %s program trains physicians to care for the diverse communities of %s.", p.setting, p.city),
		"Please read the requirements below carefully before applying.",
	})
	return "<p>" + esc(s) + "</p>"
}

// renderHome is the program's home page.
func (p *program) renderHome(w *Web) string {
	r := newRNG(w.cfg.Seed, "home", p.idx)
	t := p.texts()
	var b strings.Builder
	fmt.Fprintf(&b, "<p class=\"lead\">Welcome to the %s Residency Program at %s.</p>\n", esc(p.spec.Name), esc(p.site.instName))
	fmt.Fprintf(&b, "<p>Our program director, Dr. %s, and our faculty are committed to training compassionate, skilled physicians. We are a %s program with %d positions per year.</p>\n", esc(p.pd), esc(p.setting), p.positions)
	b.WriteString("<h2>Quick Links</h2><ul class=\"quick-links\">")
	v := 10
	lk := func(text, path string) {
		v++
		fmt.Fprintf(&b, "<li><a href=\"%s\">%s</a></li>", esc(p.href("/", path, v)), esc(text))
	}
	if p.hasApply {
		lk(t.apply, p.paths().apply)
	} else {
		lk(t.elig, p.pageByRole("elig").Path)
	}
	if !p.rosterDeep {
		lk(t.roster, p.pageByRole("roster").Path)
	}
	if p.hasPDF {
		lk("Program Brochure (PDF)", p.paths().pdf)
	}
	b.WriteString("</ul>\n<h2>News &amp; Events</h2><ul class=\"news\">")
	for k := 0; k < 3; k++ {
		fmt.Fprintf(&b, "<li><span class=\"date\">%s %d, %d</span> %s</li>", pick(r, months), r.between(1, 28), academicYear, esc(pick(r, []string{
			"Our residents presented 12 posters at the state ACP meeting.",
			"Congratulations to our graduating class: 100% board pass rate over the last 5 years!",
			"Interview season begins in October; invitations are sent by email.",
			"Resident wellness day at the lake.",
			"New ambulatory clinic opens on the north campus.",
			"Welcome to our new chief residents.",
		})))
	}
	if p.roster == RosterNews {
		v++
		fmt.Fprintf(&b, "<li><span class=\"date\">July 1, %d</span> <a href=\"%s\">Welcome, Class of %d! Meet our new interns</a></li>", academicYear, esc(p.href("/", p.pageByRole("roster").Path, v)), p.classOf(1))
	}
	b.WriteString("</ul>\n")
	b.WriteString(p.idsHTML(w, p.statedIDs(w)))
	return p.wrap(w, "/", p.spec.Name+" Residency", b.String())
}

// renderApply is the applicants hub that links to the eligibility pages.
func (p *program) renderApply(w *Web, path string) string {
	t := p.texts()
	var b strings.Builder
	b.WriteString("<p>We participate in the NRMP Main Residency Match and accept applications through ERAS only.</p>\n<ul>")
	fmt.Fprintf(&b, "<li>Review our <a href=\"%s\">%s</a> before applying.</li>", esc(p.href(path, p.pageByRole("elig").Path, 21)), esc(t.elig))
	if p.hasFAQ {
		fmt.Fprintf(&b, "<li>International medical graduates: see our <a href=\"%s\">%s</a>.</li>", esc(p.href(path, p.paths().faq, 22)), esc(t.faq))
	}
	fmt.Fprintf(&b, "<li>Questions? Contact our coordinator, %s.</li></ul>\n", esc(p.coord))
	return p.wrap(w, path, "Prospective Applicants", b.String())
}

// renderAbout is the about page; it links the roster when the roster is two clicks deep.
func (p *program) renderAbout(w *Web, path string) string {
	r := newRNG(w.cfg.Seed, "about", p.idx)
	var b strings.Builder
	fmt.Fprintf(&b, "<p>Founded in %d, the %s program at %s has trained more than %d physicians.</p>\n", r.between(1955, 2015), esc(p.spec.Name), esc(p.site.instName), 50+r.intn(900))
	fmt.Fprintf(&b, "<p>Our residents rotate through a %d-bed hospital and %d outpatient clinics.</p>\n", 150+r.intn(700), 2+r.intn(10))
	if p.rosterDeep {
		fmt.Fprintf(&b, "<p><a href=\"%s\">%s</a></p>\n", esc(p.href(path, p.pageByRole("roster").Path, 31)), esc(p.texts().roster))
	}
	return p.wrap(w, path, p.texts().about, b.String())
}

// renderContact lists the program's contacts.
func (p *program) renderContact(w *Web, path string) string {
	s := p.seed
	main := fmt.Sprintf("<p><strong>Program Director:</strong> %s<br><a href=\"mailto:%s\">%s</a></p>\n<p><strong>Program Coordinator:</strong> %s<br><a href=\"mailto:%s\">%s</a><br>Phone: %s</p>\n<p>%s<br>%s, %s</p>\n",
		esc(s.PDName), s.PDEmail, s.PDEmail, esc(s.CoordinatorName), s.CoordinatorEmail, s.CoordinatorEmail, s.Phone, esc(p.site.instName), esc(p.city), p.state.Code)
	return p.wrap(w, path, "Contact Us", main)
}

// renderCurriculum is noise: rotations with durations that are not USCE.
func (p *program) renderCurriculum(w *Web, path string) string {
	r := newRNG(w.cfg.Seed, "curriculum", p.idx)
	main := fmt.Sprintf("<p>Our curriculum follows a %s block schedule.</p><ul><li>Inpatient wards: %d blocks</li><li>Intensive care: %d weeks</li><li>Ambulatory clinic: every %s week</li><li>Electives: %d weeks per year</li></ul>\n",
		pick(r, []string{"4+1", "6+2", "X+Y"}), r.between(3, 6), pick(r, []int{4, 8}), pick(r, []string{"fifth", "sixth"}), pick(r, []int{4, 8, 12}))
	return p.wrap(w, path, "Curriculum", main)
}

// renderEligibility renders the eligibility page (role elig) or the IMG
// FAQ page (role faq) in the program's format.
func (p *program) renderEligibility(w *Web, pg *pageSpec) string {
	its, noise, r, sp, want := p.eligItems(w, pg)
	format := p.elig
	title := p.texts().elig
	if pg.Role == "faq" {
		format = EligFAQ
		title = p.texts().faq
	}
	var b strings.Builder
	b.WriteString(p.intro(r))
	if !p.closed && pg.Role == "elig" && r.chance(0.5) {
		b.WriteString("<p>We welcome applications from international medical graduates.</p>\n")
	}
	switch format {
	case EligProse:
		all := append(its, noise...)
		for k := 0; k < len(all); k += 2 {
			b.WriteString("<p>")
			b.WriteString(all[k].Sentence)
			if k+1 < len(all) {
				b.WriteString(" " + all[k+1].Sentence)
			}
			b.WriteString("</p>\n")
		}
	case EligBullets:
		b.WriteString("<h2>Eligibility Requirements</h2>\n<ul class=\"requirements\">\n")
		for _, it := range its {
			fmt.Fprintf(&b, "<li>%s</li>\n", it.Sentence)
		}
		if len(its) == 0 {
			b.WriteString("<li>A completed ERAS application.</li>\n")
		}
		b.WriteString("</ul>\n<h2>Important Dates</h2>\n<ul>\n")
		for _, it := range noise {
			fmt.Fprintf(&b, "<li>%s</li>\n", it.Sentence)
		}
		b.WriteString("</ul>\n")
	case EligTable:
		rows := [][2]string{}
		for _, it := range its {
			rows = append(rows, it.Rows...)
		}
		for _, it := range noise {
			rows = append(rows, it.Rows...)
		}
		switch p.chrome {
		case ChromeLegacy:
			for _, row := range rows {
				fmt.Fprintf(&b, "<B>%s:</B> %s<BR>\n", row[0], row[1])
			}
		case ChromeWordPress:
			b.WriteString("<dl class=\"requirements\">\n")
			for _, row := range rows {
				fmt.Fprintf(&b, "<dt>%s</dt><dd>%s</dd>\n", row[0], row[1])
			}
			b.WriteString("</dl>\n")
		default:
			b.WriteString("<table class=\"table requirements\"><tbody>\n")
			for _, row := range rows {
				fmt.Fprintf(&b, "<tr><th scope=\"row\">%s</th><td>%s</td></tr>\n", row[0], row[1])
			}
			b.WriteString("</tbody></table>\n")
		}
	case EligFAQ, EligQA:
		qas := [][2]string{}
		for _, it := range its {
			qas = append(qas, it.QAs...)
		}
		for _, it := range noise {
			qas = append(qas, it.QAs...)
		}
		empties := emptyQAs(p.pol, sp)
		if pg.Role == "faq" || format == EligFAQ {
			qas = append(qas, empties[r.intn(len(empties))])
		}
		if p.pol.visa && p.pol.h1b == unknown && want("visa") {
			qas = append(qas, empties[len(empties)-1])
		}
		p.writeQAs(&b, qas, format)
	}
	return p.wrap(w, pg.Path, title, b.String())
}

// eligItems chooses the statements of an eligibility (role elig) or IMG
// FAQ (role faq) page and the noise beside them; the page goes on
// rendering with the generator and spelling it returns. The truth reads
// the same choice.
func (p *program) eligItems(w *Web, pg *pageSpec) (its, noise []item, r *rng, sp spelling, want func(string) bool) {
	r = newRNG(w.cfg.Seed, "elig", p.idx, pg.Role, p.visaVer, p.yogVer)
	sp = newSpelling(r, w.cfg.ExtendedPhrasings)
	onFAQ := func(group string) bool { return p.hasFAQ && (group == "visa" || group == "yog") }
	want = func(group string) bool { return onFAQ(group) == (pg.Role == "faq") }
	bank, rate := w.bank()
	// group states one group of facts from the web's data bank when it has
	// every case the policy needs, else from the default bank
	group := func(name string, def ...func(*rng, policy, spelling) []item) {
		if len(bank) > 0 {
			if b, ok := bankItems(r, p, bank, rate, name, sp); ok {
				its = append(its, b...)
				return
			}
		}
		for _, f := range def {
			its = append(its, f(r, p.pol, sp)...)
		}
	}
	if want("visa") {
		group("visa", visaItems)
	}
	if want("yog") {
		group("yog", yogItems)
	}
	if pg.Role == "elig" {
		group("exams", scoreItems, attemptItems)
		group("usce", usceItems)
	}
	noise = noiseItems(r, p)
	if len(bank) > 0 {
		noise = append(noise, bankNoise(r, p, bank, sp, 2)...)
		r.shuffleItems(noise)
	}
	return its, noise, r, sp, want
}

// writeQAs renders question/answer pairs as the site's FAQ markup. Pairs
// with an empty question (data banks only) are answers whose questions the
// page lost: they come first, as paragraphs of their own outside the FAQ
// markup, so that no question (and no earlier answer) claims them.
func (p *program) writeQAs(b *strings.Builder, qas [][2]string, format string) {
	var lone []string
	paired := qas[:0:0]
	for _, qa := range qas {
		if qa[0] == "" {
			lone = append(lone, qa[1])
		} else {
			paired = append(paired, qa)
		}
	}
	if len(lone) > 0 {
		b.WriteString("<div class=\"faq-answers\">\n")
		for _, a := range lone {
			fmt.Fprintf(b, "<p>%s</p>\n", a)
		}
		b.WriteString("</div>\n")
	}
	qas = paired
	seen := map[string]bool{}
	if format == EligQA {
		for _, qa := range qas {
			if seen[qa[0]] {
				continue
			}
			seen[qa[0]] = true
			fmt.Fprintf(b, "<p><strong>Q:</strong> %s</p>\n<p><strong>A:</strong> %s</p>\n", qa[0], qa[1])
		}
		return
	}
	switch p.chrome {
	case ChromeBootstrap:
		b.WriteString("<div class=\"accordion\" id=\"faq\">\n")
		for i, qa := range qas {
			if seen[qa[0]] {
				continue
			}
			seen[qa[0]] = true
			fmt.Fprintf(b, "<div class=\"accordion-item\"><h2 class=\"accordion-header\" id=\"q%d\"><button class=\"accordion-button collapsed\" type=\"button\" data-bs-toggle=\"collapse\" data-bs-target=\"#a%d\">%s</button></h2><div id=\"a%d\" class=\"accordion-collapse collapse\"><div class=\"accordion-body\">%s</div></div></div>\n", i, i, qa[0], i, qa[1])
		}
		b.WriteString("</div>\n")
	case ChromeWordPress:
		for _, qa := range qas {
			if seen[qa[0]] {
				continue
			}
			seen[qa[0]] = true
			fmt.Fprintf(b, "<details class=\"wp-block-details\"><summary>%s</summary><p>%s</p></details>\n", qa[0], qa[1])
		}
	case ChromeLegacy:
		for _, qa := range qas {
			if seen[qa[0]] {
				continue
			}
			seen[qa[0]] = true
			fmt.Fprintf(b, "<P><B>%s</B><BR>\n%s</P>\n", qa[0], qa[1])
		}
	default:
		b.WriteString("<dl class=\"faq-list\">\n")
		for _, qa := range qas {
			if seen[qa[0]] {
				continue
			}
			seen[qa[0]] = true
			fmt.Fprintf(b, "<dt class=\"faq-question\">%s</dt><dd class=\"faq-answer\">%s</dd>\n", qa[0], qa[1])
		}
		b.WriteString("</dl>\n")
	}
}
