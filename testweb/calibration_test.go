package testweb

import (
	"fmt"
	"math"
	"slices"
	"testing"
)

// TestCalibration checks the internal medicine IMG share of the truth (the
// share of the roster's residents who are IMGs, as FREIDA reports it)
// against DOMAIN.md's FREIDA figures, on three 13,000-program webs (about
// 2,000 IM programs each). Tolerances are a little over three standard
// errors at that size: ±3 points per decile, ±4 points for the shares of
// programs at or above 15 % and 50 %, and 5 % ± 1.5 points at 0 %.
func TestCalibration(t *testing.T) {
	freidaDeciles := []float64{0.02, 0.06, 0.14, 0.26, 0.41, 0.56, 0.72, 0.86, 0.94}
	for _, seed := range []int64{1, 2, 3} {
		t.Run(fmt.Sprintf("seed=%d", seed), func(t *testing.T) {
			w := newWeb(t, Config{Programs: 13000, Seed: seed})
			var shares []float64
			for i := range 13000 {
				pt := w.ProgramTruth(i)
				if pt.Specialty == "Internal Medicine" && pt.IMGShare != nil {
					shares = append(shares, *pt.IMGShare)
				}
			}
			if len(shares) < 1500 {
				t.Fatalf("only %d IM programs with a share", len(shares))
			}
			slices.Sort(shares)
			for k, want := range freidaDeciles {
				if got := shares[(k+1)*len(shares)/10]; math.Abs(got-want) > 0.03 {
					t.Errorf("IM share decile %d = %.3f, want %.2f ± 0.03", k+1, got, want)
				}
			}
			frac := func(keep func(float64) bool) float64 {
				n := 0
				for _, s := range shares {
					if keep(s) {
						n++
					}
				}
				return float64(n) / float64(len(shares))
			}
			for _, c := range []struct {
				name      string
				keep      func(float64) bool
				want, tol float64
			}{
				{"at 0 %", func(s float64) bool { return s == 0 }, 0.05, 0.015},
				{"at or above 15 %", func(s float64) bool { return s >= 0.15 }, 0.69, 0.04},
				{"at or above 50 %", func(s float64) bool { return s >= 0.50 }, 0.43, 0.04},
			} {
				if got := frac(c.keep); math.Abs(got-c.want) > c.tol {
					t.Errorf("IM programs %s: %.3f, want %.2f ± %.3f", c.name, got, c.want, c.tol)
				}
			}
		})
	}
}

// TestRosterIMGCount checks the systematic sample: a roster of n residents
// holds n·share IMGs rounded down or up, never further off (a name clash
// may drop one resident, hence the slack of one).
func TestRosterIMGCount(t *testing.T) {
	w := newWeb(t, Config{Programs: 600, Seed: 5})
	for i := range 600 {
		p := w.program(i)
		img, total := p.imgCounts()
		want := p.share * float64(total)
		if float64(img) < math.Floor(want)-1 || float64(img) > math.Ceil(want) {
			t.Errorf("program %d: %d IMGs of %d residents at share %.3f, want %.0f or %.0f", i, img, total, p.share, math.Floor(want), math.Ceil(want))
		}
	}
}
