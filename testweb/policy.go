package testweb

// h1bConditions are conditions attached to H-1B sponsorship, as the page
// writes them (the truth's condition text).
var h1bConditions = []string{
	"only for applicants who have passed USMLE Step 3 before the rank order list deadline",
	"for applicants with a Step 2 CK score of 250 or higher",
	"only for applicants who already hold an H-1B visa",
	"for exceptional candidates who have passed Step 3 by the time of ranking",
}

// policyFor draws the program's eligibility policy and applies the night's
// changes to it.
func (p *program) policyFor(seed int64) policy {
	r := newRNG(seed, "policy", p.idx)
	var pol policy
	sp := p.spec
	if r.chance(0.85) {
		pol.visa = true
		switch {
		case p.closed || p.share < 0.02 && r.chance(0.5):
			pol.j1, pol.h1b = no, no
			pol.citizensOnly = r.chance(0.6)
		default:
			pol.j1 = yes
			if r.chance(0.06) {
				pol.j1 = no
			}
			ph := sp.H1B * (0.5 + p.share)
			switch {
			case r.chance(ph):
				pol.h1b = yes
				if r.chance(0.4) {
					pol.h1bCond = pick(r, h1bConditions)
				}
			case pol.j1 == yes && r.chance(0.15):
				pol.h1b = unknown // the page speaks of J-1 only, without exclusivity
			default:
				pol.h1b = no
			}
			if pol.j1 == no && pol.h1b == no {
				pol.h1b = yes
			}
		}
	}
	if r.chance(0.6) {
		pol.yogKind = 1 + r.weighted([]float64{45, 20, 35})
		switch pol.yogKind {
		case 1:
			pol.yogYears = pick(r, []int{1, 2, 3, 3, 5, 5, 5, 7, 10})
			pol.yogTo = pick(r, []string{"application", "application", "match", "training_start", ""})
		case 2:
			pol.yogYears = pick(r, []int{3, 5, 5, 7})
		}
	}
	if r.chance(0.05) {
		pol.step1Min = pick(r, []int{210, 215, 220, 225})
	} else {
		pol.step1Pass = r.chance(0.45)
	}
	if r.chance(0.5) {
		pol.step2Kind = 1 + r.weighted([]float64{55, 45})
		if pol.step2Kind == 1 {
			pol.step2 = 210 + 5*r.intn(8)
			pol.twoDigit = r.chance(0.15)
		} else {
			pol.step2 = 220 + 5*r.intn(7)
		}
	}
	if r.chance(0.25) {
		pol.comlex1 = r.chance(0.7)
		if r.chance(0.5) {
			pol.comlex2 = 400 + 25*r.intn(5)
		}
	}
	if r.chance(0.4) {
		pol.attempts = 1 + r.weighted([]float64{55, 35, 10})
	}
	if r.chance(0.6) {
		pol.usceReq = pick(r, []string{"required", "required", "required", "preferred", "preferred", "preferred", "not_required"})
		if pol.usceReq == "required" && r.chance(0.8) || pol.usceReq == "preferred" && r.chance(0.4) {
			if r.chance(0.3) {
				pol.usceWeeks = pick(r, []int{4, 8, 12, 16})
				pol.usceMonths = float64(pol.usceWeeks) / 4.345
			} else {
				pol.usceMonths = float64(pick(r, []int{1, 2, 3, 3, 6, 12}))
			}
		}
		if pol.usceReq != "not_required" && r.chance(0.35) {
			pol.obs = pick(r, []tri{yes, no, no})
		}
	}
	// the nights' changes, applied in order
	for v := 1; v <= p.visaVer; v++ {
		cr := newRNG(seed, "visa-change", p.idx, v)
		switch {
		case !pol.visa || pol.citizensOnly:
			pol.visa, pol.citizensOnly, pol.j1, pol.h1b, pol.h1bCond = true, false, yes, no, ""
		case pol.h1b == yes:
			pol.h1b, pol.h1bCond = no, ""
			if pol.j1 == no {
				pol.j1 = yes
			}
		default:
			pol.h1b = yes
			pol.h1bCond = ""
			if cr.chance(0.5) {
				pol.h1bCond = pick(cr, h1bConditions)
			}
		}
	}
	for v := 1; v <= p.yogVer; v++ {
		cr := newRNG(seed, "yog-change", p.idx, v)
		switch pol.yogKind {
		case 1:
			if cr.chance(0.5) {
				pol.yogKind, pol.yogYears, pol.yogTo = 3, 0, ""
			} else if pol.yogYears < 10 {
				pol.yogYears += pick(cr, []int{1, 2})
			} else {
				pol.yogYears = 5
			}
		default:
			pol.yogKind = 1
			pol.yogYears = pick(cr, []int{2, 3, 5})
			pol.yogTo = pick(cr, []string{"application", ""})
		}
	}
	// the form of the YOG limit, drawn after the nights' changes (its own
	// stream, so the rest of the policy does not depend on it)
	if (pol.yogKind == 1 || pol.yogKind == 2) && newRNG(seed, "yog-form", p.idx, p.yogVer).chance(yogYearFormRate) {
		pol.yogYear = matchYear - pol.yogYears
		if pol.yogKind == 1 {
			pol.yogTo = "match"
		}
	}
	return pol
}

// yogYearFormRate is the share of stated YOG limits (hard or preferred)
// written as a graduation year ("2019 or later") rather than in years.
const yogYearFormRate = 0.25
