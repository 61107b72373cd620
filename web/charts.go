package web

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Charts are drawn by the templates as inline SVG from the geometry computed
// here (no chart library, no script, nothing the CSP would have to allow).
// Every chart has a title for screen readers and its numbers in a table.

// Every chart is drawn twice: wide, each label beside its bar, and narrow,
// each label on a line above its bar, for a phone (style.css shows the one
// that fits). Scaled down to a phone's width, the wide drawing's 12-unit
// text was about 9 pixels high; the narrow one is drawn about as wide as a
// phone's page, so its text keeps its size.

// narrowWidth is the narrow drawing's width, in its units: about a phone's
// page (390 px less the margins), so that a unit is about a pixel.
const narrowWidth = 340

// bar is one labelled bar: Value is 0..1.
type bar struct {
	Label, Text, Note string
	Value             float64
	Y, W              float64 // computed: bar top and width
	LabelX, TY, ValX  float64 // computed: label end, text baseline, value start
	Narrow            narrowBar
}

// narrowBar is a bar's place in the narrow drawing: its label on a line of
// its own, the bar and its value below.
type narrowBar struct {
	LabelY, Y, W, ValX, ValY float64
	Label                    string
}

// barChart is a horizontal bar chart.
type barChart struct {
	Title         string
	Bars          []bar
	Width, Height float64
	LabelW, BarW  float64
	Row           float64
	NarrowWidth   float64
	NarrowHeight  float64
}

func newBarChart(title string, bars []bar) barChart {
	c := barChart{Title: title, Width: 440, LabelW: 210, BarW: 160, Row: 22, NarrowWidth: narrowWidth}
	const narrowRow, narrowBarW = 38, narrowWidth - 80 // room for the value after a full bar
	for i := range bars {
		b := &bars[i]
		b.Y = float64(i)*c.Row + 4
		b.W = max(0, min(1, b.Value)) * c.BarW
		b.LabelX, b.TY, b.ValX = c.LabelW-8, b.Y+13, c.LabelW+b.W+6
		y := float64(i)*narrowRow + 4
		w := max(0, min(1, b.Value)) * narrowBarW
		b.Narrow = narrowBar{LabelY: y + 13, Y: y + 18, W: w, ValX: w + 6, ValY: y + 30, Label: clip(b.Label, 48)}
		b.Label = clip(b.Label, 30)
	}
	c.Bars = bars
	c.Height = float64(len(bars))*c.Row + 8
	c.NarrowHeight = float64(len(bars))*narrowRow + 4
	return c
}

// stack is one bar split in three: yes, no, not stated.
type stack struct {
	Label  string
	Parts  [3]int
	Y, TY  float64 // bar top, text baseline
	LabelX float64
	Segs   [3]seg
	// Narrow is the stack in the narrow drawing: its label on a line above
	// a bar of the drawing's width.
	Narrow struct {
		LabelY, Y float64
		Segs      [3]seg
	}
}

type seg struct {
	X, W float64
	N    int
}

// stackChart is a horizontal 100 % stacked bar chart.
type stackChart struct {
	Title         string
	Stacks        []stack
	Width, Height float64
	LabelW, BarW  float64
	Row           float64
	NarrowWidth   float64
	NarrowHeight  float64
}

func newStackChart(title string, stacks []stack) stackChart {
	c := stackChart{Title: title, Width: 440, LabelW: 210, BarW: 226, Row: 21, NarrowWidth: narrowWidth}
	const narrowRow = 36
	segs := func(parts [3]int, x, width float64) [3]seg {
		var out [3]seg
		total := parts[0] + parts[1] + parts[2]
		for j, n := range parts {
			w := 0.0
			if total > 0 {
				w = float64(n) / float64(total) * width
			}
			out[j] = seg{X: x, W: w, N: n}
			x += w
		}
		return out
	}
	for i := range stacks {
		st := &stacks[i]
		st.Y = float64(i)*c.Row + 4
		y := float64(i)*narrowRow + 4
		if i%2 == 1 {
			st.Y -= 2 // J-1 and H-1B of one specialty sit together
			y -= 4
		}
		st.TY, st.LabelX = st.Y+13, c.LabelW-8
		st.Segs = segs(st.Parts, c.LabelW, c.BarW)
		st.Narrow.LabelY, st.Narrow.Y = y+12, y+16
		st.Narrow.Segs = segs(st.Parts, 0, c.NarrowWidth)
		st.Label = clip(st.Label, 30)
	}
	c.Stacks = stacks
	c.Height = float64(len(stacks))*c.Row + 8
	c.NarrowHeight = float64(len(stacks))*narrowRow + 4
	return c
}

// tile is one state of the tile map.
type tile struct {
	State, Text string
	X, Y, W     float64
	CX, Y1, Y2  float64 // text centre and baselines
	Class       string  // colour bucket: s0 (lowest) … s4, or none
	Title       string
}

// tileMap is the United States as a grid of equal tiles, one per state,
// coloured by the average IMG share of its programs.
type tileMap struct {
	Tiles         []tile
	Width, Height float64
	Size          float64
	Legend        []legendItem
}

type legendItem struct {
	Class, Text  string
	X, Y, TX, TY float64
}

// tilePos is a common tile-grid layout of the states, DC and Puerto Rico: column, row.
var tilePos = map[string][2]int{
	"AK": {0, 0}, "ME": {11, 0},
	"VT": {10, 1}, "NH": {11, 1},
	"WA": {1, 2}, "ID": {2, 2}, "MT": {3, 2}, "ND": {4, 2}, "MN": {5, 2}, "IL": {6, 2}, "WI": {7, 2}, "MI": {8, 2}, "NY": {9, 2}, "RI": {10, 2}, "MA": {11, 2},
	"OR": {1, 3}, "NV": {2, 3}, "WY": {3, 3}, "SD": {4, 3}, "IA": {5, 3}, "IN": {6, 3}, "OH": {7, 3}, "PA": {8, 3}, "NJ": {9, 3}, "CT": {10, 3},
	"CA": {1, 4}, "UT": {2, 4}, "CO": {3, 4}, "NE": {4, 4}, "MO": {5, 4}, "KY": {6, 4}, "WV": {7, 4}, "VA": {8, 4}, "MD": {9, 4}, "DE": {10, 4},
	"AZ": {2, 5}, "NM": {3, 5}, "KS": {4, 5}, "AR": {5, 5}, "TN": {6, 5}, "NC": {7, 5}, "SC": {8, 5}, "DC": {9, 5},
	"OK": {4, 6}, "LA": {5, 6}, "MS": {6, 6}, "AL": {7, 6}, "GA": {8, 6},
	"HI": {0, 7}, "TX": {4, 7}, "FL": {9, 7}, "PR": {11, 7},
}

// shareBuckets are the map's colour classes, by average IMG share.
var shareBuckets = []struct {
	Min  float64
	Text string
}{{0, "< 15%"}, {0.15, "15–30%"}, {0.30, "30–45%"}, {0.45, "45–60%"}, {0.60, "≥ 60%"}}

func newTileMap(states []stateStat) tileMap {
	m := tileMap{Size: 46}
	m.Width, m.Height = 12*m.Size, 8*m.Size+34
	byState := map[string]stateStat{}
	for _, s := range states {
		byState[s.State] = s
	}
	for st, pos := range tilePos {
		t := tile{State: st, X: float64(pos[0]) * m.Size, Y: float64(pos[1]) * m.Size, W: m.Size - 4, Class: "none"}
		t.CX, t.Y1, t.Y2 = t.X+t.W/2, t.Y+18, t.Y+35
		s, ok := byState[st]
		switch {
		case !ok:
			t.Title = st + ": no programs"
		case s.AvgShare == nil:
			t.Title = fmt.Sprintf("%s: %d programs, IMG share unknown", st, s.Programs)
		default:
			t.Text = pct(*s.AvgShare)
			for i, b := range shareBuckets {
				if *s.AvgShare >= b.Min {
					t.Class = fmt.Sprintf("s%d", i)
				}
			}
			t.Title = fmt.Sprintf("%s: average IMG share %s over %d of %d programs", st, t.Text, s.WithShare, s.Programs)
		}
		m.Tiles = append(m.Tiles, t)
	}
	slices.SortFunc(m.Tiles, func(a, b tile) int { return cmp.Or(cmp.Compare(a.Y, b.Y), cmp.Compare(a.X, b.X)) })
	for i, b := range append(shareBuckets, struct {
		Min  float64
		Text string
	}{Text: "unknown"}) {
		it := legendItem{Class: fmt.Sprintf("s%d", i), Text: b.Text, X: float64(i) * 90, Y: m.Height - 24}
		if i == len(shareBuckets) {
			it.Class = "none"
		}
		it.TX, it.TY = it.X+21, it.Y+13
		m.Legend = append(m.Legend, it)
	}
	return m
}

// clip shortens a label to n runes with an ellipsis.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}
