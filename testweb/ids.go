package testweb

import (
	"fmt"
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// With Config.StatedIDs, each program's home page prints its program ids
// — its ACGME id and NRMP codes, in a line or a small table — and a few
// programs print ids that disagree with their seed row (a stale ACGME id,
// a code the seed row lacks), as real sites do. Off by default: the
// default pages and truth are unchanged.

// IDsTruth is what a program's home page prints about its ids (truth
// "stated_ids"), and which disagreements with its seed row a night should
// flag (imgfriendly.Conflict* kinds).
type IDsTruth struct {
	ACGME     string   `json:"acgme"`
	NRMP      []string `json:"nrmp"`
	Conflicts []string `json:"conflicts,omitempty"`
}

// statedIDs decides what program p's home page prints.
func (p *program) statedIDs(w *Web) *IDsTruth {
	if !w.cfg.StatedIDs {
		return nil
	}
	r := newRNG(w.cfg.Seed, "ids", p.idx)
	t := &IDsTruth{ACGME: p.seed.ID, NRMP: append([]string(nil), p.seed.NRMPCodes...)}
	switch x := r.float(); {
	case x < 0.05:
		// A stale id: another serial of the same specialty and state.
		serial := (p.idx*37 + 11 + 50000) % 100000
		t.ACGME = p.seed.ID[:5] + fmt.Sprintf("%05d", serial)
		t.Conflicts = []string{imgfriendly.ConflictACGMEID}
	case x < 0.10:
		// A track the seed row does not list.
		extra := p.seed.NRMPCodes[0][:7] + "R" + p.seed.NRMPCodes[0][8:]
		t.NRMP = append(t.NRMP, extra)
		t.Conflicts = []string{imgfriendly.ConflictCodeNotInSeed}
	}
	return t
}

// idsHTML renders the ids a home page prints, in one of two forms.
func (p *program) idsHTML(w *Web, t *IDsTruth) string {
	if t == nil {
		return ""
	}
	var b strings.Builder
	if newRNG(w.cfg.Seed, "idsform", p.idx).chance(0.5) {
		fmt.Fprintf(&b, "<p class=\"program-ids\">ACGME Program ID: %s", t.ACGME)
		for _, c := range t.NRMP {
			fmt.Fprintf(&b, " · %s: %s", trackName(c), c)
		}
		b.WriteString("</p>\n")
		return b.String()
	}
	fmt.Fprintf(&b, "<table class=\"program-ids\"><tr><td>ACGME Program Number</td><td>%s</td></tr>", t.ACGME)
	for _, c := range t.NRMP {
		fmt.Fprintf(&b, "<tr><td>NRMP %s</td><td>%s</td></tr>", trackName(c), c)
	}
	b.WriteString("</table>\n")
	return b.String()
}

func trackName(code string) string {
	if c, ok := imgfriendly.ParseNRMPCode(code); ok {
		n := c.TypeName()
		return strings.ToUpper(n[:1]) + n[1:]
	}
	return "Code"
}
