package extract

import (
	"slices"
	"strconv"

	"github.com/imgfriendly/imgfriendly"
)

// Ranks of evidence: when statements on one page disagree about a field, the
// most specific kind of statement wins; disagreement at the same rank leaves
// the field unknown.
const (
	rankGeneric   = 1 // "we do not sponsor visas", "citizens only"
	rankImplied   = 2 // "J-1 only" says H-1B is not sponsored
	rankExplicit  = 3 // the statement names the field itself
	rankQualified = 4 // a labelled or answered value ("Step 2 CK minimum: 220")
)

// candidate is one reading of a field from one statement.
type candidate struct {
	field imgfriendly.Field
	val   imgfriendly.Value
	cond  string
	rank  int
	st    *stmt
}

// collector gathers candidates over a page and resolves them into facts.
type collector struct {
	cands []candidate
}

func (c *collector) add(f imgfriendly.Field, v imgfriendly.Value, cond string, rank int, st *stmt) {
	c.cands = append(c.cands, candidate{field: f, val: v, cond: cond, rank: rank, st: st})
}

// keepCounts drops every candidate but the counts of residents and IMGs.
func (c *collector) keepCounts() {
	c.cands = slices.DeleteFunc(c.cands, func(k candidate) bool {
		return k.field != imgfriendly.FieldIMGCount && k.field != imgfriendly.FieldResidentsCount
	})
}

// merges settle two values of one field stated at the same rank, for the
// fields where one value outweighs the other: a preference outweighs a
// "not required" beside it, a requirement a preference (required > preferred
// > not_required, but required and not_required disagree); of two moments
// ECFMG certification must be held by, the earlier binds. Any other
// disagreement leaves the field unknown.
var merges = map[imgfriendly.Field]func(a, b string) (string, bool){
	imgfriendly.FieldUSCERequirement: func(a, b string) (string, bool) {
		switch {
		case a == "required" && b == "preferred", a == "preferred" && b == "required":
			return "required", true
		case a == "preferred" && b == "not_required", a == "not_required" && b == "preferred":
			return "preferred", true
		}
		return "", false
	},
	imgfriendly.FieldAttemptsMax: stricter(-1),
	imgfriendly.FieldYOGMaxYears: stricter(-1),
	imgfriendly.FieldStep1Min:    stricter(1),
	imgfriendly.FieldStep2CKMin:  stricter(1),
	imgfriendly.FieldECFMGDeadline: func(a, b string) (string, bool) {
		ia, ib := slices.Index(anchorNames[:], a), slices.Index(anchorNames[:], b)
		if ia < 0 || ib < 0 {
			return "", false
		}
		if ia < ib {
			return a, true
		}
		return b, true
	},
}

// stricter settles two hard limits on one number: an applicant must meet
// both, so the stricter binds (sign -1: the smaller, +1: the larger).
func stricter(sign int) func(a, b string) (string, bool) {
	return func(a, b string) (string, bool) {
		x, errA := strconv.ParseFloat(a, 64)
		y, errB := strconv.ParseFloat(b, 64)
		if errA != nil || errB != nil {
			return "", false
		}
		if (x < y) == (sign < 0) {
			return a, true
		}
		return b, true
	}
}

// resolve returns one fact per field, in imgfriendly.FieldKinds order: the
// value of the highest-ranked candidates when they agree, nothing when they
// do not.
func (c *collector) resolve(pageURL string) []imgfriendly.Fact {
	var out []imgfriendly.Fact
	var selBlk *block // facts often come from one block: its selector once
	sel := ""
	for _, fk := range imgfriendly.FieldKinds {
		best := -1
		for i := range c.cands {
			if c.cands[i].field == fk.Field && (best < 0 || c.cands[i].rank > c.cands[best].rank) {
				best = i
			}
		}
		if best < 0 {
			continue
		}
		win := c.cands[best]
		agree := true
		for _, o := range c.cands {
			if o.field != fk.Field || o.rank != win.rank {
				continue
			}
			if o.val.String() != win.val.String() {
				if m := merges[fk.Field]; m != nil {
					if v, ok := m(win.val.String(), o.val.String()); ok {
						if v == o.val.String() {
							win = o
						}
						continue
					}
				}
				agree = false
			}
			if win.cond == "" && o.cond != "" && o.val.String() == win.val.String() {
				win.cond = o.cond
			}
		}
		if !agree {
			continue
		}
		if win.st.blk != selBlk {
			selBlk, sel = win.st.blk, win.st.blk.selector()
		}
		out = append(out, imgfriendly.Fact{
			Field:     fk.Field,
			Value:     win.val,
			Condition: win.cond,
			Evidence: imgfriendly.Evidence{
				URL:      pageURL,
				Text:     win.st.evidence(),
				Selector: sel,
			},
		})
	}
	return out
}
