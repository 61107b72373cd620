package extract

import (
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

// The cycle expressions, each run only where one of its matches can start
// (startedRegexp): none opens with a literal the regexp package can skip
// to, and each was tried at every character of a block.
var (
	seasonPattern = startedOf(mustGate(`\b(20\d\d)\s*[-/]\s*(20\d\d|\d\d)\s+(?:application|recruitment|interview|match|eras|residency application)\s+(?:season|cycle|year|period)`,
		"season", "cycle", "year", "period"), seasonStart).startingWith("2", false)
	matchPattern = startedOf(mustGate(`\b(?:(?:(?:for|in|to|through) )?the (?:upcoming )?(20\d\d)\s+(?:nrmp\s+)?(?:main residency\s+)?match|(?:for|in|to|through) the match\s+(?:of\s+)?(20\d\d)|eras\s+(20\d\d))\b`,
		"match", "eras"), matchStart).startingWith("tfie", false)
	startPattern = startedOf(mustGate(`\b(?:positions?|training|residency|program)\s+(?:starting|beginning|that (?:starts?|begins?))\s+(?:on\s+|in\s+)?(?:july\s+(?:1,?\s+)?)?(20\d\d)\b`,
		"start", "begin"), trainingStart).startingWith("ptr", false)
)

// seasonStart is where a match of seasonPattern can start: "20" and two
// digits opening a word, then perhaps spaces, then a dash or slash.
func seasonStart(s string, i int) bool {
	if s[i] != '2' || i+3 >= len(s) || s[i+1] != '0' || !isDigit(s[i+2]) || !isDigit(s[i+3]) || !wordStart(s, i) {
		return false
	}
	j := skipRESpace(s, i+4)
	return j < len(s) && (s[j] == '-' || s[j] == '/')
}

// matchStart is where a match of matchPattern can start, opening a word:
// "eras"; a preposition before "the match"; or, after a preposition or
// not, "the" and perhaps "upcoming" before "20".
func matchStart(s string, i int) bool {
	if !wordStart(s, i) {
		return false
	}
	r := s[i:]
	if strings.HasPrefix(r, "eras") {
		return true
	}
	for _, p := range []string{"for ", "in ", "to ", "through "} {
		if strings.HasPrefix(r, p) {
			r = r[len(p):]
			if strings.HasPrefix(r, "the match") {
				return true
			}
			break
		}
	}
	r, ok := strings.CutPrefix(r, "the ")
	return ok && strings.HasPrefix(strings.TrimPrefix(r, "upcoming "), "20")
}

// trainingStart is where a match of startPattern can start: "position(s)",
// "training", "residency" or "program" opening a word, then spaces, then
// "start", "begin" or "that ".
func trainingStart(s string, i int) bool {
	if !wordStart(s, i) {
		return false
	}
	r := s[i:]
	n := 0
	for _, w := range []string{"positions", "position", "training", "residency", "program"} {
		if strings.HasPrefix(r, w) {
			n = len(w)
			break
		}
	}
	if n == 0 {
		return false
	}
	j := skipRESpace(r, n)
	if j == n {
		return false
	}
	r = r[j:]
	return strings.HasPrefix(r, "start") || strings.HasPrefix(r, "begin") || strings.HasPrefix(r, "that ")
}

// skipRESpace returns where, from i, the run of the regexp package's \s
// bytes (tab, newline, form feed, carriage return, space) in s ends.
func skipRESpace(s string, i int) int {
	for i < len(s) && isRESpace(s[i]) {
		i++
	}
	return i
}

// findCycle looks for the cycle year in the page's blocks: a season named
// anywhere wins over a Match year, which wins over a training start; within
// a kind, the first block that names one. Without one, the run date's year
// is the reference.
func findCycle(d *doc, runDate time.Time) cycle {
	var found [3]int // per kind (0 season, 1 Match year, 2 training start): the year, 0 if none yet
	for i := range d.blocks {
		t := d.blocks[i].text
		if !strings.Contains(t, "20") || d.blocks[i].hint()&hintCycle == 0 {
			continue
		}
		year, ranged := cycleYears(t)
		if !year {
			continue
		}
		low := strings.ToLower(t)
		if found[0] == 0 && ranged {
			if m := seasonPattern.FindStringSubmatch(low); m != nil {
				a, _ := strconv.Atoi(m[1])
				b, _ := strconv.Atoi(m[2])
				if b < 100 {
					b += 2000
				}
				if b == a+1 {
					return cycle{year: b, stated: true} // nothing ranks above a season
				}
			}
		}
		if found[1] == 0 {
			if m := matchPattern.FindStringSubmatch(low); m != nil && !pastMatch(low[strings.Index(low, m[0])+len(m[0]):]) {
				found[1], _ = strconv.Atoi(m[1] + m[2] + m[3])
			}
		}
		if found[1] == 0 && found[2] == 0 {
			if m := startPattern.FindStringSubmatch(low); m != nil {
				found[2], _ = strconv.Atoi(m[1])
			}
		}
	}
	for _, y := range found {
		if y != 0 {
			return cycle{year: y, stated: true}
		}
	}
	if runDate.IsZero() {
		return cycle{}
	}
	return cycle{year: runDate.Year()}
}

// cycleYears reports whether t holds a year of the cycle patterns ("20"
// and two digits: every match of each holds one) and whether one is
// followed, past spaces, by a dash or slash (every match of seasonPattern
// holds one, "2026-27", "2026 / 2027"): findCycle runs the expressions
// only on such blocks. (Lowering a text changes no ASCII digit, dash or
// slash, nor what stands between them.)
func cycleYears(t string) (year, ranged bool) {
	for i := 0; i+3 < len(t); i++ {
		k := strings.Index(t[i:], "20")
		if k < 0 {
			break
		}
		i += k
		if i+3 >= len(t) || !isDigit(t[i+2]) || !isDigit(t[i+3]) {
			continue
		}
		year = true
		j := i + 4
		for j < len(t) && isASCIISpace(t[j]) {
			j++
		}
		if j < len(t) && (t[j] == '-' || t[j] == '/') {
			return true, true
		}
	}
	return year, false
}

// pastMatch reports a Match named for its outcome ("the 2026 Match
// class", "… results"): a past Match, not the cycle the page applies to.
func pastMatch(after string) bool {
	f := strings.Fields(after)
	if len(f) == 0 {
		return false
	}
	switch strings.Trim(f[0], ",.;:!)") {
	case "class", "classes", "results", "statistics", "outcomes", "graduates":
		return true
	}
	return false
}

// cycleWords are words every cycle pattern needs (any case); blockHints
// reads them.
var cycleWords = []string{"match", "season", "cycle", "eras", "start", "begin"}
