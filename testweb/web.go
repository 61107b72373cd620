package testweb

import (
	"fmt"
	"strings"
	"sync"

	"github.com/imgfriendly/imgfriendly"
)

// Web is one generated program web for one night. It is safe for concurrent use.
type Web struct {
	cfg    Config
	faults Faults // with defaults filled
	sites  []site
	byHost map[string]int32
	// byDomain maps an institution's registrable domain to its first
	// program (its hospital site is www.<domain>, see gme.go).
	byDomain map[string]int32
	rec      *recorder

	mu       sync.Mutex
	attempts map[string]int // per host+path requests, for faults that recover

	promoted []phrasing // the real bank's promoted cases, stated on the default web too
}

// site is what New keeps per program: just enough to regenerate the rest
// from (seed, index). Everything else is derived on request.
type site struct {
	host      string
	domain    string // registrable domain, e.g. mercy-springfield.test
	instName  string
	instFirst int32 // index of the institution's first program
	instCount uint8
	spec      uint8
	state     uint8
	city      uint8
	nrmpInst  uint16
	nrmpTrack uint8
}

// New generates the web described by cfg.
func New(cfg Config) (*Web, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("testweb config: %w", err)
	}
	w := &Web{
		cfg:      cfg,
		faults:   cfg.Faults.withDefaults(),
		sites:    make([]site, cfg.Programs),
		byHost:   make(map[string]int32, cfg.Programs),
		byDomain: map[string]int32{},
		rec:      newRecorder(),
		attempts: map[string]int{},
		promoted: promotedBank(),
	}
	w.layout()
	for i, s := range w.sites {
		if _, ok := w.byDomain[s.domain]; !ok {
			w.byDomain[s.domain] = int32(i)
		}
	}
	return w, nil
}

// layout assigns programs to institutions and hostnames. Institutions host
// one to four programs of different specialties on subdomains of one
// registrable domain.
func (w *Web) layout() {
	specW := make([]float64, len(specialties))
	for i, s := range specialties {
		specW[i] = s.Weight
	}
	stateW := make([]float64, len(states))
	for i, s := range states {
		stateW[i] = s.Weight
	}
	domains := map[string]bool{}
	institutions := 0
	inst := -1
	var used map[uint8]bool
	left := 0
	for i := range w.sites {
		r := newRNG(w.cfg.Seed, "site", i)
		s := &w.sites[i]
		if left == 0 {
			// a new institution
			inst = i
			left = 1 + r.weighted([]float64{55, 25, 12, 8})
			used = map[uint8]bool{}
			st := uint8(r.weighted(stateW))
			city := uint8(r.intn(len(states[st].Cities)))
			name, slug := institutionName(r, states[st].Cities[city])
			base := slug
			for n := 2; domains[slug]; n++ {
				slug = fmt.Sprintf("%s%d", base, n)
			}
			domains[slug] = true
			// NRMP institution codes are a permutation of 1000..9999, then
			// the track digit moves on: unique for up to 90,000 institutions.
			code := uint16(1000 + (institutions%9000)*7919%9000)
			s.instName, s.domain, s.state, s.city, s.nrmpInst, s.nrmpTrack = name, slug+".test", st, city, code, uint8(institutions/9000)
			institutions++
		} else {
			prev := w.sites[i-1]
			s.instName, s.domain, s.state, s.city, s.nrmpInst, s.nrmpTrack = prev.instName, prev.domain, prev.state, prev.city, prev.nrmpInst, prev.nrmpTrack
		}
		s.instFirst = int32(inst)
		sp := uint8(r.weighted(specW))
		for used[sp] {
			sp = uint8((int(sp) + 1) % len(specialties))
		}
		used[sp] = true
		s.spec = sp
		s.host = specialties[sp].Abbr + "." + s.domain
		left--
		if i+1 == len(w.sites) || left == 0 {
			n := uint8(i - inst + 1)
			for j := inst; j <= i; j++ {
				w.sites[j].instCount = n
			}
			left = 0
		}
		w.byHost[s.host] = int32(i)
	}
}

// institutionName makes a hospital name and its domain slug.
func institutionName(r *rng, city string) (name, slug string) {
	citySlug := slugify(city)
	switch r.intn(4) {
	case 0:
		saint := pick(r, instSaints)
		name = saint + " " + pick(r, instSuffixes) + " " + city
		slug = slugify(saint) + "-" + citySlug
	case 1:
		name = city + " " + pick(r, []string{"Regional Medical Center", "General Hospital", "Medical Center", "Community Hospital"})
		slug = citySlug + pick(r, []string{"-regional", "-general", "-medical", "health"})
	case 2:
		saint := pick(r, instSaints)
		name = saint + " Health " + city
		slug = slugify(saint) + "health-" + citySlug
	default:
		last := pick(r, nameBanks["us"].Last)
		name = last + " Memorial Hospital"
		slug = slugify(last) + "memorial"
	}
	return name, slug
}

// slugify lower-cases s and keeps letters and digits, joining words with nothing.
func slugify(s string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(foldASCII(s)) {
		if (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// Programs returns the seed list: one Program per generated program, in order.
func (w *Web) Programs() []imgfriendly.Program {
	out := make([]imgfriendly.Program, len(w.sites))
	for i := range w.sites {
		out[i] = w.program(i).seed
	}
	return out
}

// Config returns the configuration the web was built from.
func (w *Web) Config() Config { return w.cfg }

// Hosts returns every program hostname, in program order.
func (w *Web) Hosts() []string {
	out := make([]string, len(w.sites))
	for i, s := range w.sites {
		out[i] = s.host
	}
	return out
}
