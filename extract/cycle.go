package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// cycle is the application cycle a page speaks of, named by its Match year:
// the "2026-2027 application season" and "the 2027 Match" are both the
// cycle whose Match is in March 2027 and whose training starts in July 2027.
type cycle struct {
	year   int  // Match year; the run date's year when the page names none
	stated bool // the page names its cycle
}

var (
	seasonPattern = regexp.MustCompile(`\b(20\d\d)\s*[-/]\s*(20\d\d|\d\d)\s+(?:application|recruitment|interview|match|eras|residency application)\s+(?:season|cycle|year|period)`)
	matchPattern  = regexp.MustCompile(`\b(?:(?:for|in|to|through) the (?:upcoming )?(20\d\d)\s+(?:nrmp\s+)?(?:main residency\s+)?match|(?:for|in|to|through) the match\s+(?:of\s+)?(20\d\d)|eras\s+(20\d\d))\b`)
	startPattern  = regexp.MustCompile(`\b(?:positions?|training|residency|program)\s+(?:starting|beginning|that (?:starts?|begins?))\s+(?:on\s+|in\s+)?(?:july\s+(?:1,?\s+)?)?(20\d\d)\b`)
)

// findCycle looks for the cycle year in the page's blocks; without one, the
// run date's year is the reference.
func findCycle(d *doc, runDate time.Time) cycle {
	for pass := 0; pass < 3; pass++ {
		if c, ok := cycleIn(d, pass); ok {
			return c
		}
	}
	if runDate.IsZero() {
		return cycle{}
	}
	return cycle{year: runDate.Year()}
}

// cycleIn runs one pattern (0 season, 1 Match year, 2 training start) over the blocks.
func cycleIn(d *doc, pass int) (cycle, bool) {
	for i := range d.blocks {
		t := d.blocks[i].text
		if !strings.Contains(t, "20") {
			continue
		}
		low := strings.ToLower(t)
		if !strings.Contains(low, "match") && !strings.Contains(low, "season") && !strings.Contains(low, "cycle") &&
			!strings.Contains(low, "eras") && !strings.Contains(low, "start") && !strings.Contains(low, "begin") {
			continue
		}
		if m := seasonPattern.FindStringSubmatch(low); pass == 0 && m != nil {
			a, _ := strconv.Atoi(m[1])
			b, _ := strconv.Atoi(m[2])
			if b < 100 {
				b += 2000
			}
			if b == a+1 {
				return cycle{year: b, stated: true}, true
			}
		}
		if m := matchPattern.FindStringSubmatch(low); pass == 1 && m != nil {
			y, _ := strconv.Atoi(m[1] + m[2] + m[3])
			return cycle{year: y, stated: true}, true
		}
		if m := startPattern.FindStringSubmatch(low); pass == 2 && m != nil {
			y, _ := strconv.Atoi(m[1])
			return cycle{year: y, stated: true}, true
		}
	}
	return cycle{}, false
}
