package transform

import (
	"math"
	"slices"

	"github.com/imgfriendly/imgfriendly"
)

// Quartiles summarises a distribution of IMG shares.
type Quartiles struct {
	N      int     // programs with a share
	Q1     float64 // 25th percentile
	Median float64
	Q3     float64 // 75th percentile
}

// ShareQuartiles returns the quartiles of the IMG shares of the programs
// that have one, and false when none has.
func ShareQuartiles(programs []imgfriendly.ProgramRecord) (Quartiles, bool) {
	var xs []float64
	for _, p := range programs {
		if p.IMGShare != nil && !math.IsNaN(*p.IMGShare) {
			xs = append(xs, *p.IMGShare)
		}
	}
	if len(xs) == 0 {
		return Quartiles{}, false
	}
	slices.Sort(xs)
	return Quartiles{N: len(xs), Q1: Quantile(xs, 0.25), Median: Quantile(xs, 0.5), Q3: Quantile(xs, 0.75)}, true
}

// Quantile returns the p-quantile (0 ≤ p ≤ 1) of sorted, interpolating
// linearly between closest ranks (the usual "type 7" definition). It
// returns NaN for an empty slice.
func Quantile(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return math.NaN()
	}
	p = min(max(p, 0), 1)
	h := p * float64(len(sorted)-1)
	lo := int(math.Floor(h))
	hi := min(lo+1, len(sorted)-1)
	return sorted[lo] + (h-float64(lo))*(sorted[hi]-sorted[lo])
}
