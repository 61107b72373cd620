package nightreport

import (
	"fmt"
	"html"
	"html/template"
	"math"
	"strings"
)

// Chart colours, shared with the stylesheet.
const (
	colOK      = "#2f7d4f"
	col304     = "#8fb9a0"
	colFailed  = "#c0392b"
	colLine    = "#34495e"
	colMuted   = "#95a5a6"
	colWarn    = "#d68910"
	colNeutral = "#5d7fa3"
)

// sparkline draws values (oldest first) as a small line, scaled between
// their minimum and maximum, the last point marked; titles carries one
// tooltip per point.
func sparkline(values []float64, titles []string) template.HTML {
	const w, h, pad = 120.0, 24.0, 3.0
	if len(values) == 0 {
		return ""
	}
	lo, hi := values[0], values[0]
	for _, v := range values {
		lo, hi = math.Min(lo, v), math.Max(hi, v)
	}
	// At least ten points of share from bottom to top, so that one
	// program more or less does not look like a cliff.
	if span := hi - lo; span < 0.1 {
		mid := (hi + lo) / 2
		lo, hi = mid-0.05, mid+0.05
	}
	y := func(v float64) float64 {
		if hi == lo {
			return h / 2
		}
		return pad + (h-2*pad)*(1-(v-lo)/(hi-lo))
	}
	x := func(i int) float64 {
		if len(values) == 1 {
			return w - pad
		}
		return pad + (w-2*pad)*float64(i)/float64(len(values)-1)
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="spark" viewBox="0 0 %.0f %.0f" width="%.0f" height="%.0f" role="img" aria-label="trend over %d nights">`, w, h, w, h, len(values))
	if len(values) > 1 {
		b.WriteString(`<polyline fill="none" stroke="` + colLine + `" stroke-width="1.5" points="`)
		for i, v := range values {
			fmt.Fprintf(&b, "%.1f,%.1f ", x(i), y(v))
		}
		b.WriteString(`"/>`)
	}
	for i, v := range values {
		r, fill := 1.6, colMuted
		if i == len(values)-1 {
			r, fill = 2.6, colLine
		}
		fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="%.1f" fill="%s">`, x(i), y(v), r, fill)
		if i < len(titles) {
			fmt.Fprintf(&b, `<title>%s</title>`, html.EscapeString(titles[i]))
		}
		b.WriteString(`</circle>`)
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// pagesChart draws the trend nights' pages as stacked bars: fetched with a
// new body, not modified (304) and failed.
func pagesChart(nights []TrendNight) template.HTML {
	const w, h, left, bottom, top = 720.0, 190.0, 48.0, 34.0, 10.0
	if len(nights) == 0 {
		return ""
	}
	maxV := 1
	for _, n := range nights {
		maxV = max(maxV, n.Fetches)
	}
	scale := niceCeil(float64(maxV))
	plotH := h - bottom - top
	slot := (w - left - 8) / float64(len(nights))
	barW := math.Max(2, math.Min(36, slot*0.7))
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart" viewBox="0 0 %.0f %.0f" width="%.0f" height="%.0f" role="img" aria-label="pages per night: fetched, not modified, failed">`, w, h, w, h)
	for i := 0; i <= 4; i++ {
		v := scale * float64(i) / 4
		yy := top + plotH*(1-float64(i)/4)
		fmt.Fprintf(&b, `<line x1="%.0f" x2="%.0f" y1="%.1f" y2="%.1f" stroke="#e5e8ea"/>`, left, w-4, yy, yy)
		fmt.Fprintf(&b, `<text x="%.0f" y="%.1f" text-anchor="end" class="axis">%s</text>`, left-6, yy+4, compact(v))
	}
	for i, n := range nights {
		x := left + slot*float64(i) + (slot-barW)/2
		yy := top + plotH
		for _, part := range []struct {
			v     int
			color string
			what  string
		}{{n.FetchesOK - n.NotModified, colOK, "fetched"}, {n.NotModified, col304, "not modified (304)"}, {n.Failed(), colFailed, "failed"}} {
			if part.v <= 0 {
				continue
			}
			hh := plotH * float64(part.v) / scale
			yy -= hh
			fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"><title>%s: %d %s</title></rect>`,
				x, yy, barW, hh, part.color, html.EscapeString(n.Night), part.v, part.what)
		}
		if i == 0 || i == len(nights)-1 || (len(nights) > 8 && i == len(nights)/2) {
			fmt.Fprintf(&b, `<text x="%.1f" y="%.0f" text-anchor="middle" class="axis">%s</text>`, x+barW/2, h-bottom+16, html.EscapeString(n.Night))
		}
	}
	lx := left
	for _, l := range []struct{ color, label string }{{colOK, "fetched"}, {col304, "not modified (304)"}, {colFailed, "failed"}} {
		fmt.Fprintf(&b, `<rect x="%.0f" y="%.0f" width="10" height="10" fill="%s"/><text x="%.0f" y="%.0f" class="axis">%s</text>`, lx, h-11, l.color, lx+14, h-2, l.label)
		lx += 150
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// bar is one labelled value of a horizontal bar chart.
type bar struct {
	Label string
	Value float64
	Text  string // the value as shown
	Color string
}

// barsChart draws labelled horizontal bars, scaled to the largest.
func barsChart(bars []bar, label string) template.HTML {
	if len(bars) == 0 {
		return ""
	}
	const w, rowH, labelW, textW = 560.0, 22.0, 170.0, 90.0
	h := rowH*float64(len(bars)) + 4
	maxV := 0.0
	for _, b := range bars {
		maxV = math.Max(maxV, b.Value)
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="bars" viewBox="0 0 %.0f %.0f" width="%.0f" height="%.0f" role="img" aria-label="%s">`, w, h, w, h, html.EscapeString(label))
	for i, br := range bars {
		y := 2 + rowH*float64(i)
		bw := 0.0
		if maxV > 0 {
			bw = (w - labelW - textW) * br.Value / maxV
		}
		color := br.Color
		if color == "" {
			color = colNeutral
		}
		fmt.Fprintf(&b, `<text x="%.0f" y="%.1f" text-anchor="end" class="lbl">%s</text>`, labelW-8, y+15, html.EscapeString(br.Label))
		fmt.Fprintf(&b, `<rect x="%.0f" y="%.1f" width="%.1f" height="%.0f" fill="%s"/>`, labelW, y+3, math.Max(bw, 1), rowH-7, color)
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" class="lbl">%s</text>`, labelW+math.Max(bw, 1)+6, y+15, html.EscapeString(br.Text))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// niceCeil rounds up to 1, 2 or 5 times a power of ten.
func niceCeil(v float64) float64 {
	if v <= 0 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= v {
			return m * p
		}
	}
	return 10 * p
}

// compact writes a count shortly: 950, 1.2k, 13k, 1.5M.
func compact(v float64) string {
	switch {
	case v >= 1e6:
		return trimZero(fmt.Sprintf("%.1f", v/1e6)) + "M"
	case v >= 1e4:
		return fmt.Sprintf("%.0fk", v/1e3)
	case v >= 1e3:
		return trimZero(fmt.Sprintf("%.1f", v/1e3)) + "k"
	}
	return fmt.Sprintf("%.0f", v)
}

func trimZero(s string) string { return strings.TrimSuffix(s, ".0") }
