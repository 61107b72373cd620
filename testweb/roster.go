package testweb

import (
	"fmt"
	"strings"
)

// schoolPools groups the reference schools for drawing; built once, never
// modified.
var schoolPools = func() map[string][]*school {
	m := map[string][]*school{}
	add := func(xs []school) {
		for i := range xs {
			s := &xs[i]
			m[s.Group] = append(m[s.Group], s)
		}
	}
	add(usMD)
	add(usDO)
	add(canada)
	add(caribbean)
	add(imgSchools)
	return m
}()

var hometowns = []string{"Chicago, IL", "Houston, TX", "Queens, NY", "Edison, NJ", "Atlanta, GA", "Columbus, OH", "Phoenix, AZ", "Detroit, MI", "Lahore, Pakistan", "Hyderabad, India", "Lagos, Nigeria", "Cairo, Egypt", "Toronto, Canada", "Manila, Philippines", "Miami, FL", "Boise, ID", "Omaha, NE", "Seattle, WA"}

var hobbies = []string{"hiking", "cooking for friends", "playing cricket", "running half marathons", "photography", "playing the guitar", "board games", "trying new restaurants", "soccer", "painting", "traveling", "yoga"}

// drawRoster draws the program's residents for its roster version, and
// the truth follows the schools actually drawn. IMGs are spread
// systematically: a running total starting at a random point in [0,1) grows
// by the program's IMG share per resident, and each time it passes a whole
// number the resident is an IMG. So a roster of n residents (and its
// intern class alone) holds ⌊u + n·share⌋ IMGs (less one when a name
// clash drops an IMG resident): the share rounded at
// random, not a binomial draw whose noise would leave far more low-share
// programs with no IMG at all than the 5 % FREIDA reports.
func (p *program) drawRoster(seed int64) []resident {
	r := newRNG(seed, "roster", p.idx, p.rosterVer)
	gw := make([]float64, len(imgGroupWeights))
	for i, g := range imgGroupWeights {
		gw[i] = g.Weight
	}
	years := p.spec.Years
	var out []resident
	names := map[string]bool{} // names are unique within a program
	acc := r.float()           // the systematic sample's running total
	for pgy := 1; pgy <= years; pgy++ {
		n := p.positions
		if r.chance(0.3) {
			n = max(1, n+r.between(-2, 1))
		}
		for k := 0; k < n; k++ {
			var s *school
			acc += p.share
			if acc >= 1 {
				acc--
				s = pick(r, schoolPools[imgGroupWeights[r.weighted(gw)].Group])
			} else {
				s = pick(r, schoolPools[[]string{"us_md", "us_do", "canada"}[r.weighted([]float64{72, 22, 6})]])
			}
			bank := s.Names
			if r.chance(0.15) {
				bank = pick(r, facultyBanks)
			}
			nb := nameBanks[bank]
			res := resident{First: pick(r, nb.First), Last: pick(r, nb.Last), School: s, PGY: pgy}
			for try := 0; names[res.name()] && try < 20; try++ {
				res.First, res.Last = pick(r, nb.First), pick(r, nb.Last)
			}
			if names[res.name()] {
				continue
			}
			names[res.name()] = true
			res.Written = pick(r, s.Written)
			res.ShowCountry = s.IMG && r.chance(0.4)
			if r.chance(0.4) {
				res.Hometown = pick(r, hometowns)
			}
			if r.chance(0.35) {
				res.Bio = p.bio(r, res)
			}
			out = append(out, res)
		}
	}
	return out
}

// bio is a short card biography; some mention family members' schools, a
// trap for roster parsers (the resident's school is elsewhere on the card).
func (p *program) bio(r *rng, res resident) string {
	h1 := r.intn(len(hobbies))
	h2 := (h1 + 1 + r.intn(len(hobbies)-1)) % len(hobbies) // a different hobby
	switch r.intn(4) {
	case 0:
		return fmt.Sprintf("In my free time I enjoy %s and %s.", hobbies[h1], hobbies[h2])
	case 1:
		other := pick(r, schoolPools["us_md"])
		return fmt.Sprintf("Outside the hospital I enjoy %s with my spouse, who is a graduate of %s.", pick(r, hobbies), other.Name())
	case 2:
		return fmt.Sprintf("I chose %s for its supportive culture and diverse patient population.", p.site.instName)
	default:
		return fmt.Sprintf("Interested in %s. Enjoys %s.", pick(r, []string{"cardiology", "hospital medicine", "gastroenterology", "medical education", "critical care", "global health"}), pick(r, hobbies))
	}
}

// yearLabel writes a resident's year the way the page does.
func (p *program) yearLabel(pgy int, style int) string {
	if p.spec.Years == 1 {
		return "PGY-1"
	}
	if style%2 == 0 {
		return fmt.Sprintf("PGY-%d", pgy)
	}
	return fmt.Sprintf("Class of %d", p.classOf(pgy))
}

// classOf is the graduation year of the residents in PGY year pgy.
func (p *program) classOf(pgy int) int { return academicYear + p.spec.Years - (pgy - 1) }

// schoolText writes the resident's school as the page shows it.
func (res resident) schoolText() string {
	switch {
	case !res.ShowCountry || strings.Contains(res.Written, res.School.Country):
	case strings.Contains(res.Written, res.School.City):
		return res.Written + ", " + res.School.Country
	default:
		return res.Written + ", " + res.School.City + ", " + res.School.Country
	}
	return res.Written
}

// listed reports the residents the roster page lists: the news style
// introduces only the incoming interns.
func (p *program) listed() []resident {
	if p.roster == RosterAggregate {
		return nil
	}
	if p.roster == RosterNews {
		var out []resident
		for _, r := range p.allResidents() {
			if r.PGY == 1 {
				out = append(out, r)
			}
		}
		return out
	}
	return p.allResidents()
}

// imgCounts returns how many residents the program has and how many are IMGs.
func (p *program) imgCounts() (img, total int) {
	for _, r := range p.allResidents() {
		total++
		if r.School.IMG {
			img++
		}
	}
	return img, total
}

// allResidents returns the program's residents, drawing them on first use.
func (p *program) allResidents() []resident {
	if !p.drawn {
		p.residents = p.drawRoster(p.rngSeed)
		p.drawn = true
	}
	return p.residents
}
