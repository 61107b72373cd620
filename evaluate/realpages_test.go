package evaluate_test

import (
	"bufio"
	"fmt"
	"math"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/evaluate"
	"github.com/imgfriendly/imgfriendly/extract"
	"github.com/imgfriendly/imgfriendly/transform"
)

// realPagesRunDate is the reference date extraction uses for passages that
// name no cycle year, fixed so that the floors do not move with the clock.
var realPagesRunDate = time.Date(2026, time.December, 6, 0, 0, 0, 0, time.UTC)

// floorsFile holds the reviewed per-field floors of TestRealPages.
const floorsFile = "testdata/realpages_floors.txt"

// raiseMargin is how far a figure must be above its floor before the test
// says the floor can be raised.
const raiseMargin = 0.005

// realPagesDir finds ../shared/realpages beside the repository (CI has it
// there too), or IMGF_REALPAGES.
func realPagesDir(t *testing.T) string {
	dir := os.Getenv("IMGF_REALPAGES")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "realpages")
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no labelled real passages at %s (set IMGF_REALPAGES): the real-page floors are NOT checked", dir)
	}
	return dir
}

// limit is one line of the floors file: a metric at least (>=) or at most
// (<=) a value.
type limit struct {
	metric string
	atMost bool
	value  float64
	line   int
}

func readFloors(t *testing.T) []limit {
	t.Helper()
	f, err := os.Open(floorsFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []limit
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if i := strings.Index(line, "#"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" {
			continue
		}
		fs := strings.Fields(line)
		v, err := strconv.ParseFloat(fs[len(fs)-1], 64)
		if len(fs) != 3 || (fs[1] != ">=" && fs[1] != "<=") || err != nil {
			t.Fatalf("%s:%d: want METRIC >= FLOOR or METRIC <= CEILING, got %q", floorsFile, n, line)
		}
		if !slices.Contains(evaluate.PageMetricNames(), fs[0]) {
			t.Fatalf("%s:%d: unknown metric %q (want one of %s)", floorsFile, n, fs[0], strings.Join(evaluate.PageMetricNames(), ", "))
		}
		out = append(out, limit{metric: fs[0], atMost: fs[1] == "<=", value: v, line: n})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestRealPages runs `eval pages` on every file of ../shared/realpages and
// holds each figure to the floor in testdata/realpages_floors.txt. Floors
// only ever go up (the false-assertion ceiling only down): when a figure is
// above its floor by a margin, the test says the floor can be raised.
func TestRealPages(t *testing.T) {
	dir := realPagesDir(t)
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no *.jsonl in %s", dir)
	}
	var recs []evaluate.Record
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		rs, err := evaluate.ReadRecords(f, filepath.Base(path))
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, rs...)
	}
	c, err := transform.NewClassifier()
	if err != nil {
		t.Fatal(err)
	}
	rep := evaluate.Pages(recs, func(body []byte, u *url.URL) (imgfriendly.PageFacts, error) {
		return extract.Page(body, u, extract.WithRunDate(realPagesRunDate))
	}, func(school, country string) *bool { return c.Classify(school, country).IMG })
	t.Logf("go run ./cmd/imgfriendly eval pages --run-date %s %s/*.jsonl\n%s", realPagesRunDate.Format("2006-01-02"), dir, rep.Text(false))
	m := rep.Metrics()
	floors := readFloors(t)
	named := map[string]bool{}
	var raise []string
	for _, l := range floors {
		named[l.metric] = true
		got := m[l.metric]
		switch {
		case !l.atMost && got < l.value:
			t.Errorf("%s = %.4f, below its floor %.4f (%s:%d); see `imgfriendly eval pages --misses`", l.metric, got, l.value, floorsFile, l.line)
		case l.atMost && got > l.value:
			t.Errorf("%s = %.4f, above its ceiling %.4f (%s:%d); see `imgfriendly eval pages --misses`", l.metric, got, l.value, floorsFile, l.line)
		case !l.atMost && got >= l.value+raiseMargin:
			raise = append(raise, fmt.Sprintf("%s >= %.3f", l.metric, math.Floor(got*1000)/1000))
		case l.atMost && got <= l.value-raiseMargin:
			raise = append(raise, fmt.Sprintf("%s <= %.4f", l.metric, math.Ceil(got*10000)/10000))
		}
	}
	for _, name := range evaluate.PageMetricNames() {
		if !named[name] {
			t.Errorf("%s has no line for %s: every figure has a floor", floorsFile, name)
		}
	}
	if len(raise) > 0 {
		t.Logf("floors can be raised in evaluate/%s:\n  %s", floorsFile, strings.Join(raise, "\n  "))
	}
}
