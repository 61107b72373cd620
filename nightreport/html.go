package nightreport

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/imgfriendly/imgfriendly"
)

//go:embed report.html.tmpl
var reportTemplate string

var tmpl = template.Must(template.New("report").Funcs(template.FuncMap{
	"bytes":  humanBytes,
	"pct":    func(f float64) string { return fmt.Sprintf("%.0f%%", 100*f) },
	"pctOf":  func(n, of int) string { return fmt.Sprintf("%.1f%%", 100*share(n, of)) },
	"signed": func(n int) string { return fmt.Sprintf("%+d", n) },
	"secs": func(s float64) string {
		return (time.Duration(s * float64(time.Second))).Round(100 * time.Millisecond).String()
	},
	"dur":         func(d time.Duration) string { return d.Round(time.Second).String() },
	"ms":          func(d time.Duration) string { return d.Round(time.Millisecond).String() },
	"when":        func(t time.Time) string { return t.UTC().Format("2006-01-02 15:04:05 UTC") },
	"short":       func(s string) string { return shorten(s, 12) },
	"clip":        func(s string) string { return shorten(s, 300) },
	"statusClass": statusClass,
	"gateState":   gateState,
	"spark":       func(c Coverage, r Report) template.HTML { return coverageSpark(c, r) },
	"pagesChart":  pagesChart,
	"stageBars":   stageBars,
	"causeRows":   causeRows,
	"diskRows":    diskRows,
	"sub":         func(a, b int) int { return a - b },
	"sortedKeys":  func(m map[string]string) []string { return slices.Sorted(maps.Keys(m)) },
	"statusCodes": func(m map[string]int) string {
		var parts []string
		for _, k := range slices.Sorted(maps.Keys(m)) {
			label := k
			if k == "0" {
				label = "none"
			}
			parts = append(parts, fmt.Sprintf("%s×%d", label, m[k]))
		}
		return strings.Join(parts, " ")
	},
}).Parse(reportTemplate))

// WriteHTML renders the report as one self-contained HTML page.
func (r Report) WriteHTML(w io.Writer) error {
	var b bytes.Buffer
	if err := tmpl.Execute(&b, r); err != nil {
		return fmt.Errorf("render night report: %w", err)
	}
	_, err := w.Write(b.Bytes())
	return err
}

func statusClass(status string) string {
	switch status {
	case imgfriendly.RunPublished:
		return "ok"
	case imgfriendly.RunGateFailed:
		return "warn"
	}
	return "bad"
}

// gateState is a gate's verdict: pass, warn or fail.
func gateState(passed, warnOnly bool, failing int64) string {
	switch {
	case passed && failing == 0:
		return "pass"
	case warnOnly || passed:
		return "warn"
	}
	return "fail"
}

func coverageSpark(c Coverage, r Report) template.HTML {
	titles := make([]string, len(c.Trend))
	for i, v := range c.Trend {
		if i < len(r.Trend) {
			titles[i] = fmt.Sprintf("%s: %d of %d programs (%.0f%%)", r.Trend[i].Night, r.Trend[i].Facts[c.Field], r.Trend[i].Programs, 100*v)
		}
	}
	return sparkline(c.Trend, titles)
}

func stageBars(stages []Stage) template.HTML {
	var bars []bar
	for _, s := range stages {
		bars = append(bars, bar{Label: s.Name, Value: s.Seconds, Text: (time.Duration(s.Seconds * float64(time.Second))).Round(100 * time.Millisecond).String()})
	}
	return barsChart(bars, "wall time per stage")
}

// barRow is one row of a table with a bar: its label, the bar's length in
// percent of the largest, the value as shown, and a count beside it.
type barRow struct {
	Label string
	Pct   string
	Text  string
	N     int
}

func pctOfMax(v, maxV float64) string {
	if maxV <= 0 {
		return "0"
	}
	return fmt.Sprintf("%.1f", 100*v/maxV)
}

// causeRows lists failure causes, most frequent first.
func causeRows(causes map[string]int) []barRow {
	keys := slices.Sorted(maps.Keys(causes))
	slices.SortStableFunc(keys, func(a, b string) int { return causes[b] - causes[a] })
	maxV := 0
	for _, k := range keys {
		maxV = max(maxV, causes[k])
	}
	var rows []barRow
	for _, k := range keys {
		rows = append(rows, barRow{Label: k, Pct: pctOfMax(float64(causes[k]), float64(maxV)), Text: fmt.Sprint(causes[k])})
	}
	return rows
}

// diskRows lists the data directory's entries, largest first.
func diskRows(d Disk) []barRow {
	var maxV int64
	for _, e := range d.Entries {
		maxV = max(maxV, e.Bytes)
	}
	var rows []barRow
	for _, e := range d.Entries {
		rows = append(rows, barRow{Label: e.Name, Pct: pctOfMax(float64(e.Bytes), float64(maxV)), Text: humanBytes(e.Bytes), N: e.Files})
	}
	return rows
}

// humanBytes writes a size in B, KiB, MiB, GiB.
func humanBytes(n any) string {
	var v float64
	switch x := n.(type) {
	case int64:
		v = float64(x)
	case uint64:
		v = float64(x)
	case int:
		v = float64(x)
	}
	units := []string{"B", "KiB", "MiB", "GiB", "TiB"}
	i := 0
	for v >= 1024 && i < len(units)-1 {
		v /= 1024
		i++
	}
	if i == 0 {
		return fmt.Sprintf("%.0f B", v)
	}
	return fmt.Sprintf("%.1f %s", v, units[i])
}

// shorten cuts s to n runes with an ellipsis.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
