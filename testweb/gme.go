package testweb

import (
	"context"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"time"
)

// Each institution also has a hospital web site, www.<domain>, that no
// program page links to (so program pages and their truth are unchanged):
// a hospital home page (not a program page), its graduate medical education
// (GME) office page linking to the institution's residency programs by
// specialty name among fellowship and patient-care links, and fixed paths
// for the cases `imgfriendly seeds check` must tell apart.

// Paths of an institution's site (InstitutionCases gives them as URLs).
const (
	gmePath          = "/gme/"
	gmeListPath      = "/gme/residencies/" // the program list, one click from gmePath, for some institutions
	gmeMovedPrefix   = "/gme/programs/"    // + slug: 301 to the program's home page
	gmeTempPrefix    = "/gme/go/"          // + slug: 302 to the program's home page
	gmePartnerPath   = "/gme/partner-program/"
	gmeGonePath      = "/gme/retired-program/"
	gmeDownPath      = "/gme/maintenance/"
	gmePrivatePath   = "/gme/private/"
	gmeServicePrefix = "/services/"
	gmeFellowPrefix  = "/gme/fellowships/"
)

// Institution is a sponsoring institution of the synthetic web: its
// hospital site and GME page, and its programs.
type Institution struct {
	Name     string               `json:"name"`
	Domain   string               `json:"domain"`   // registrable domain, e.g. mercy-springfield.test
	HomeURL  string               `json:"home_url"` // the hospital's home page: not a program page
	GMEURL   string               `json:"gme_url"`  // the GME office page, where discovery starts
	State    string               `json:"state"`
	City     string               `json:"city"`
	Programs []InstitutionProgram `json:"programs"`
	// TwoClicks: the GME page links a "Residency Programs" page that holds
	// the program links.
	TwoClicks bool `json:"two_clicks,omitempty"`
	// IDsTable: the GME page prints a table of ACGME ids and NRMP codes.
	IDsTable bool `json:"ids_table,omitempty"`
	// Decoys are specialties the GME page names in patient-care and
	// fellowship links although the institution has no residency in them.
	Decoys []string `json:"decoys"`
}

// InstitutionProgram is one residency program of an institution as its GME
// page links it.
type InstitutionProgram struct {
	ProgramID string   `json:"program_id"`
	Specialty string   `json:"specialty"`
	NRMPCodes []string `json:"nrmp_codes"`
	URL       string   `json:"url"`    // the program's home page (its seed URL)
	Link      string   `json:"link"`   // what the GME page links: URL, or a redirect to it
	Anchor    string   `json:"anchor"` // the link's text
}

// Institutions lists the web's institutions in program order.
func (w *Web) Institutions() []Institution {
	var out []Institution
	for i := 0; i < len(w.sites); i += int(w.sites[i].instCount) {
		out = append(out, w.institution(i))
	}
	return out
}

// InstitutionCases are seed URLs on an institution's site for each case
// `seeds check` tells apart, keyed by case: moved (301 to a program's home
// page, the institution's first program), temporary (302 to it),
// out_of_scope (301 to another registrable domain), dead (410), dead_5xx
// (503 on every attempt), blocked (robots.txt disallows it),
// not_program_page (the hospital's home page) and gme (the GME page, which
// lists programs).
func (w *Web) InstitutionCases(inst Institution) map[string]string {
	base := "http://www." + inst.Domain
	slug := specSlug(inst.Programs[0].Specialty)
	return map[string]string{
		"moved":            base + gmeMovedPrefix + slug + "/",
		"temporary":        base + gmeTempPrefix + slug + "/",
		"out_of_scope":     base + gmePartnerPath,
		"dead":             base + gmeGonePath,
		"dead_5xx":         base + gmeDownPath,
		"blocked":          base + gmePrivatePath,
		"not_program_page": base + "/",
		"gme":              base + gmePath,
	}
}

// institution describes the institution whose first program is first.
func (w *Web) institution(first int) Institution {
	s := w.sites[first]
	st := states[s.state]
	inst := Institution{
		Name: s.instName, Domain: s.domain, State: st.Code, City: st.Cities[s.city],
		HomeURL: "http://www." + s.domain + "/", GMEURL: "http://www." + s.domain + gmePath,
	}
	r := newRNG(w.cfg.Seed, "gme", first)
	inst.TwoClicks = r.chance(0.3)
	inst.IDsTable = r.chance(0.5)
	have := map[string]bool{}
	for j := first; j < first+int(s.instCount); j++ {
		p := w.program(j)
		sp := p.spec
		have[sp.Name] = true
		ip := InstitutionProgram{ProgramID: p.seed.ID, Specialty: sp.Name, NRMPCodes: p.seed.NRMPCodes, URL: p.seed.URL}
		ip.Link = ip.URL
		pr := newRNG(w.cfg.Seed, "gmelink", j)
		if pr.chance(0.2) {
			ip.Link = "http://www." + s.domain + gmeMovedPrefix + specSlug(sp.Name) + "/"
		}
		ip.Anchor = gmeAnchor(pr, sp)
		inst.Programs = append(inst.Programs, ip)
	}
	// Decoys: two or three specialties the institution has no residency in,
	// named by patient-care or fellowship links.
	var others []string
	for _, sp := range specialties {
		if !have[sp.Name] {
			others = append(others, sp.Name)
		}
	}
	for k := 0; k < 2+r.intn(2) && len(others) > 0; k++ {
		i := r.intn(len(others))
		inst.Decoys = append(inst.Decoys, others[i])
		others = append(others[:i], others[i+1:]...)
	}
	sort.Strings(inst.Decoys)
	return inst
}

// gmeAltNames are other ways GME pages name a specialty's residency.
var gmeAltNames = map[string][]string{
	"im":      {"Medicine Residency", "Internal Medicine (Categorical & Preliminary)"},
	"fm":      {"Family & Community Medicine", "Family Medicine Residency Program"},
	"peds":    {"Pediatric Residency Program", "Pediatrics"},
	"psych":   {"Psychiatry Residency", "Adult Psychiatry"},
	"neuro":   {"Adult Neurology Residency", "Neurology"},
	"path":    {"Pathology (AP/CP) Residency", "Anatomic & Clinical Pathology"},
	"surgery": {"Surgery Residency", "General Surgery"},
	"em":      {"Emergency Medicine Residency", "Emergency Medicine"},
	"obgyn":   {"OB/GYN Residency", "Obstetrics & Gynecology"},
	"rad":     {"Radiology Residency", "Diagnostic Radiology"},
	"anes":    {"Anesthesia Residency", "Anesthesiology"},
	"ty":      {"Transitional Year", "Transitional Year Program"},
	"ortho":   {"Orthopedic Surgery Residency", "Orthopaedics"},
	"pmr":     {"PM&R Residency", "Physical Medicine & Rehabilitation"},
	"derm":    {"Dermatology Residency", "Dermatology"},
}

func gmeAnchor(r *rng, sp specialty) string {
	switch r.intn(4) {
	case 0:
		return sp.Name + " Residency"
	case 1:
		return sp.Name + " Residency Program"
	default:
		return pick(r, gmeAltNames[sp.Abbr])
	}
}

func specSlug(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if b.Len() > 0 {
			b.WriteByte('-')
		}
		b.WriteString(slugify(w))
	}
	return b.String()
}

// instByHost maps www.<domain> to the institution's first program.
func (w *Web) instByHost(host string) (int, bool) {
	d, ok := strings.CutPrefix(host, "www.")
	if !ok {
		return 0, false
	}
	i, ok := w.byDomain[d]
	return int(i), ok
}

// serveInstitution serves an institution's hospital site.
func (w *Web) serveInstitution(rw http.ResponseWriter, req *http.Request, host string, first int) {
	now := time.Now()
	isRobots := req.URL.Path == "/robots.txt"
	w.rec.begin(host, req.URL.Path, now, !isRobots && (strings.HasPrefix(req.URL.Path, gmePrivatePath) || strings.HasPrefix(req.URL.Path, "/search")), false, 0, isRobots)
	sw := &statusWriter{ResponseWriter: rw, end: func(status int, gone bool) { w.rec.end(host, status, gone) }}
	stop := context.AfterFunc(req.Context(), sw.clientGone)
	defer func() {
		stop()
		sw.finish()
	}()
	inst := w.institution(first)
	path := req.URL.Path
	page := func(title, main string) {
		writeBody(sw, req, "text/html; charset=utf-8", []byte(instPage(inst, title, main)), nightZero, true)
	}
	switch {
	case isRobots:
		writeBody(sw, req, "text/plain; charset=utf-8", []byte("User-agent: *\nDisallow: /search\nDisallow: "+gmePrivatePath+"\n"), time.Time{}, false)
	case path == "/":
		page(inst.Name+" | Patients & Visitors", instHome(inst))
	case path == gmePath:
		page("Graduate Medical Education | "+inst.Name, gmeHome(inst))
	case path == gmeListPath && inst.TwoClicks:
		page("Residencies | Graduate Medical Education | "+inst.Name, gmeList(inst))
	case strings.HasPrefix(path, gmeMovedPrefix) || strings.HasPrefix(path, gmeTempPrefix):
		slug := strings.Trim(path[strings.LastIndex(strings.TrimSuffix(path, "/"), "/"):], "/")
		for _, p := range inst.Programs {
			if specSlug(p.Specialty) == slug {
				code := http.StatusMovedPermanently
				if strings.HasPrefix(path, gmeTempPrefix) {
					code = http.StatusFound
				}
				http.Redirect(sw, req, p.URL, code)
				return
			}
		}
		instNotFound(sw, inst)
	case path == gmePartnerPath:
		http.Redirect(sw, req, "http://www."+strings.TrimSuffix(inst.Domain, ".test")+"-partners.test/residency/", http.StatusMovedPermanently)
	case path == gmeGonePath:
		sw.Header().Set("Content-Type", "text/html; charset=utf-8")
		sw.WriteHeader(http.StatusGone)
		sw.Write([]byte(instPage(inst, "Program closed", "<p>This program is no longer accepting applications.</p>")))
	case path == gmeDownPath:
		http.Error(sw, "Service Unavailable", http.StatusServiceUnavailable)
	case path == gmePrivatePath:
		page("Faculty intranet | "+inst.Name, "<p>Sign in to continue.</p>")
	case strings.HasPrefix(path, gmeServicePrefix):
		name := serviceName(inst, strings.Trim(strings.TrimPrefix(path, gmeServicePrefix), "/"))
		if name == "" {
			instNotFound(sw, inst)
			return
		}
		page(name+" | "+inst.Name, fmt.Sprintf("<p>Our %s team offers same-day appointments at three locations. Call 555-0100 to schedule a visit.</p><p>Most insurance plans accepted.</p>", esc(name)))
	case strings.HasPrefix(path, gmeFellowPrefix):
		name := fellowshipName(inst, strings.Trim(strings.TrimPrefix(path, gmeFellowPrefix), "/"))
		if name == "" {
			instNotFound(sw, inst)
			return
		}
		page(name+" | "+inst.Name, fmt.Sprintf("<h2>%s</h2><p>Our two-year fellowship accepts two fellows each year after residency.</p>", esc(name)))
	default:
		instNotFound(sw, inst)
	}
}

func instNotFound(rw http.ResponseWriter, inst Institution) {
	rw.Header().Set("Content-Type", "text/html; charset=utf-8")
	rw.WriteHeader(http.StatusNotFound)
	rw.Write([]byte(instPage(inst, "Page not found", "<p>Sorry, we could not find that page.</p>")))
}

// instPage wraps a hospital page: title, header navigation, main, footer.
func instPage(inst Institution, title, main string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title></head>\n<body>", esc(title))
	fmt.Fprintf(&b, "<header><a class=\"logo\" href=\"/\">%s</a><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/services/\">Find Care</a></li><li><a href=\"%s\">Medical Education</a></li><li><a href=\"/search\">Search</a></li></ul></nav></header>\n", esc(inst.Name), gmePath)
	heading := title
	if i := strings.Index(title, " | "); i > 0 {
		heading = title[:i]
	}
	fmt.Fprintf(&b, "<main><h1>%s</h1>\n%s\n</main>\n", esc(heading), main)
	fmt.Fprintf(&b, "<footer>%s · %s, %s · <a href=\"tel:+15555550100\">555-0100</a></footer>\n</body></html>\n", esc(inst.Name), esc(inst.City), inst.State)
	return b.String()
}

// instHome is the hospital's home page: patient care, no residency.
func instHome(inst Institution) string {
	return fmt.Sprintf(`<p class="lead">Care close to home for %s and the surrounding counties.</p>
<h2>Find care</h2><ul><li><a href="/services/primary-care/">Primary Care</a></li><li><a href="/services/heart/">Heart &amp; Vascular</a></li><li><a href="/services/cancer/">Cancer Center</a></li></ul>
<h2>Visiting hours</h2><p>General units: 8 a.m. to 8 p.m. daily. Parking is free in Garage B.</p>
<p><a href="%s">Medical Education</a> · <a href="/careers/">Careers</a> · <a href="/news/">News</a></p>`, esc(inst.City), gmePath)
}

// gmeHome is the GME office page: the programs (or a link to their list),
// fellowships and patient-care links that name specialties, and, for some
// institutions, a table of ids.
func gmeHome(inst Institution) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<p>The Office of Graduate Medical Education at %s sponsors %d ACGME-accredited residency programs and supports our residents and fellows from orientation to graduation.</p>\n", esc(inst.Name), len(inst.Programs))
	if inst.TwoClicks {
		fmt.Fprintf(&b, "<h2>Our programs</h2><p><a href=\"%s\">Residency Programs</a> · <a href=\"%s\">Fellowship Programs</a></p>\n", gmeListPath, gmeFellowPrefix)
	} else {
		b.WriteString(programLinks(inst))
	}
	b.WriteString(fellowLinks(inst))
	b.WriteString("<h2>Patient care</h2><ul class=\"services\">")
	for _, d := range inst.Decoys {
		fmt.Fprintf(&b, "<li><a href=\"%s%s/\">%s</a></li>", gmeServicePrefix, specSlug(d), esc(serviceAnchor(d)))
	}
	b.WriteString("</ul>\n")
	if inst.IDsTable {
		b.WriteString("<h2>Program codes</h2><table class=\"codes\"><tr><th>Program</th><th>ACGME ID</th><th>NRMP Codes</th></tr>")
		for _, p := range inst.Programs {
			fmt.Fprintf(&b, "<tr><td>%s</td><td>%s</td><td>%s</td></tr>", esc(p.Specialty), p.ProgramID, strings.Join(p.NRMPCodes, ", "))
		}
		b.WriteString("</table>\n")
	}
	b.WriteString("<h2>Contact</h2><p>GME Office, Suite 200. Phone 555-0100.</p>\n")
	return b.String()
}

// gmeList is the "Residency Programs" page of a two-click institution.
func gmeList(inst Institution) string {
	return "<p>Select a program to learn about its curriculum, faculty and how to apply.</p>\n" + programLinks(inst)
}

func programLinks(inst Institution) string {
	var b strings.Builder
	b.WriteString("<h2>Residency Programs</h2><ul class=\"programs\">")
	for _, p := range inst.Programs {
		fmt.Fprintf(&b, "<li><a href=\"%s\">%s</a></li>", esc(p.Link), esc(p.Anchor))
	}
	b.WriteString("</ul>\n")
	return b.String()
}

// fellowships are fellowships named after a core specialty (the anchor
// names the specialty, but the page is not its residency).
var fellowships = map[string]string{
	"Internal Medicine": "Internal Medicine – Cardiovascular Disease Fellowship",
	"Family Medicine":   "Family Medicine – Sports Medicine Fellowship",
	"Pediatrics":        "Pediatrics – Neonatal-Perinatal Medicine Fellowship",
	"Psychiatry":        "Child and Adolescent Psychiatry Fellowship",
	"General Surgery":   "Surgical Critical Care Fellowship (General Surgery)",
}

func fellowLinks(inst Institution) string {
	var b strings.Builder
	b.WriteString("<h2>Fellowships</h2><ul class=\"fellowships\">")
	for _, p := range inst.Programs {
		if f, ok := fellowships[p.Specialty]; ok {
			fmt.Fprintf(&b, "<li><a href=\"%s%s/\">%s</a></li>", gmeFellowPrefix, specSlug(p.Specialty), esc(f))
		}
	}
	b.WriteString("</ul>\n")
	return b.String()
}

func fellowshipName(inst Institution, slug string) string {
	for _, p := range inst.Programs {
		if specSlug(p.Specialty) == slug {
			return fellowships[p.Specialty]
		}
	}
	return ""
}

// serviceAnchor names a clinical department the way hospital menus do.
func serviceAnchor(spec string) string {
	switch spec {
	case "Emergency Medicine":
		return "Emergency Department"
	case "Diagnostic Radiology":
		return "Radiology & Imaging Services"
	case "Transitional Year":
		return "Transitional Care Unit"
	}
	return spec + " Clinic"
}

func serviceName(inst Institution, slug string) string {
	for _, d := range inst.Decoys {
		if specSlug(d) == slug {
			return serviceAnchor(d)
		}
	}
	return ""
}
