package extract

import (
	"github.com/imgfriendly/imgfriendly"
)

// ecfmgTable reads when ECFMG certification must be held: a requirement to
// be certified (or to hold the certificate) with a moment beside it —
// application, interview, rank list, the Match, the start of training.
// Being eligible for certification, a preference, or a date with no moment
// ("by December 31") says nothing.
var ecfmgTable = table{
	name:     "ecfmg",
	mentions: ecfmgMentions,
	rows: []rule{
		{name: "certified by", topics: topics(tCertified), pol: polPos, mod: mHard | mExclusion, notMod: mSoft | mStats,
			field: imgfriendly.FieldECFMGDeadline, val: ecfmgMoment, rank: rankExplicit},
		// certification, a pass/fail item, under a lead-in that weighs
		// ("We look for:" / "ECFMG certification by the rank list deadline"),
		// below what a sentence of the page says of it outright
		{name: "certified by, under a lead-in that weighs", topics: topics(tCertified), pol: polPos, mod: mSoft, notMod: mStats | mNotReq | mExclusion,
			field: imgfriendly.FieldECFMGDeadline, val: weighed(ecfmgMoment), rank: rankImplied},
		{name: "when, answered", topics: topics(tCertified), pol: polPos, notMod: mSoft | mStats,
			field: imgfriendly.FieldECFMGDeadline, val: answeredMoment, rank: rankExplicit},
	},
}

// ecfmgMentions files each word of certification in a sentence that names
// the ECFMG (or answers a question that does): "You do not have to be ECFMG
// certified to apply, but you need to be certified by match day."
func ecfmgMentions(r *reading, cl *clause, add func(mention)) {
	if !r.topics.has(tECFMG) && (r.q == nil || r.q.weak || !r.q.all.has(tECFMG)) {
		return
	}
	for k, t := range cl.toks {
		if t.e.kind == kTopic && topic(t.e.arg) == tCertified {
			add(mention{r: r, cl: cl, tok: k, top: tCertified, at: int(t.start), end: int(t.end), neg: negated(r.low, cl, k)})
		}
	}
}

// ecfmgMoment is the moment nearest the certification word in its clause,
// unless "eligible" stands just before it.
func ecfmgMoment(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	best, bestD := uint8(0), 1<<30
	for _, t := range m.cl.toks {
		switch t.e.kind {
		case kEligible:
			if int(t.end) <= m.at && wordsBetween(m.r.low, int(t.end), m.at) <= 4 {
				return imgfriendly.Value{}, false
			}
		case kAnchor:
			d := int(t.start) - m.end
			if int(t.end) <= m.at {
				d = m.at - int(t.end) + 20 // a moment before the word counts less
			}
			if d >= 0 && d < bestD {
				best, bestD = t.e.arg, d
			}
		}
	}
	if best == 0 {
		return imgfriendly.Value{}, false
	}
	return imgfriendly.TextValue(anchorNames[best]), true
}

// answeredMoment is the moment an answer or label value gives to a question
// or label about certification ("When must I be ECFMG certified?" "Before
// the start of training"; "ECFMG certification: by the start of training").
func answeredMoment(e *env, m *mention, q *quantity) (imgfriendly.Value, bool) {
	if m.tok >= 0 || m.r.q == nil || m.r.q.weak || !m.r.q.all.has(tECFMG) {
		return imgfriendly.Value{}, false
	}
	return ecfmgMoment(e, m, q)
}

// recencyTable reads the most years allowed since the applicant's last
// clinical activity: "not considered if away from clinical practice for more
// than two years", "no more than 5 years since your last clinical training",
// and required clinical experience bounded in time ("at least 2 months of
// hands-on US experience within the last 3 years"). It is not a graduation
// limit; exceptions to a graduation rule and preferences are not limits.
var recencyTable = table{
	name:  "recency",
	owned: topics(tClinicalGap),
	bind:  bindRecency,
	rows: []rule{
		{name: "away more than N years turned away", topics: topics(tClinicalGap), mod: mExclusion, notMod: mSoft | mStats, lacks: kinds(kException),
			qty:   &qtyNeed{units: unitsOf(unitYear), rels: relsOf(relGT, relMin), min: 1, max: 20},
			field: imgfriendly.FieldClinicalRecencyMax, val: number, rank: rankExplicit},
		{name: "no more than N years away", topics: topics(tClinicalGap), notMod: mSoft | mStats, lacks: kinds(kException, kCond),
			qty:   &qtyNeed{units: unitsOf(unitYear), rels: relsOf(relMax, relWindow), min: 1, max: 20},
			field: imgfriendly.FieldClinicalRecencyMax, val: number, rank: rankExplicit},
		{name: "recency, answered", topics: topics(tExperience, tUSCE), qhas: kinds(kRecent), notMod: mSoft | mStats,
			qty:   &qtyNeed{units: unitsOf(unitYear), rels: relsOf(relWindow, relMax), min: 1, max: 20},
			field: imgfriendly.FieldClinicalRecencyMax, val: number, rank: rankExplicit},
		{name: "experience within the last N years", topics: topics(tExperience, tUSCE), pol: polPos, mod: mHard | mExclusion, notMod: mSoft | mStats,
			lacks: kinds(kException, kCond), qty: &qtyNeed{units: unitsOf(unitYear), rels: relsOf(relWindow), min: 1, max: 20},
			field: imgfriendly.FieldClinicalRecencyMax, val: unlessGrad(number), rank: rankExplicit},
		{name: "experience within the last N months (whole years)", topics: topics(tExperience, tUSCE), pol: polPos, mod: mHard | mExclusion, notMod: mSoft | mStats,
			lacks: kinds(kException, kCond), qty: &qtyNeed{units: unitsOf(unitMonth), rels: relsOf(relWindow), min: 12, max: 240},
			field: imgfriendly.FieldClinicalRecencyMax, val: unlessGrad(wholeYears), rank: rankExplicit},
	},
}

// unlessGrad keeps a recency window out of a clause about graduation.
func unlessGrad(f func(*env, *mention, *quantity) (imgfriendly.Value, bool)) func(*env, *mention, *quantity) (imgfriendly.Value, bool) {
	return func(e *env, m *mention, q *quantity) (imgfriendly.Value, bool) {
		if m.cl.topics.has(tGrad) {
			return imgfriendly.Value{}, false
		}
		return f(e, m, q)
	}
}

// bindRecency gives experience the durations of its clause bound to it or
// to the country (as for USCE), and a time away from practice its own.
func bindRecency(r *reading, m *mention) {
	if m.top == tExperience || m.top == tUSCE {
		bindUSCE(r, m)
		return
	}
	bindDefault(r, m)
}
