package extract

import (
	"slices"
	"testing"
)

// examListCases hold every head, numeral, separator and qualifier of
// examList and examPart, with the near misses that send the expressions
// back to another choice ("and/or" after "and", "cck", "iii" after "i",
// "steps" with no number, a head glued to a word).
var examListCases = []string{
	"", "usmle step 1", "usmle steps 1 and 2", "usmle steps 1, 2 and 3", "usmle 1 & 2", "usmle step i, ii and iii",
	"comlex 1&2", "comlex levels 1 and 2", "comlex level 2-ce", "comlex level 2 pe", "level 2 (pe)", "step 2 (cs)",
	"step 2 ck", "step 2ck", "step 2-ck", "step 2 c ck", "step 2 cck", "step 2 cs and step 2 ck", "step ii ( ck )",
	"step 2 clinical knowledge and step 2 clinical skills", "step 2 clinical", "steps one and two", "step three",
	"usmle parts 1 and 2", "usmle exams 1 and 2", "usmle exam", "usmle steps must be passed", "usmle attempts",
	"step 1 and/or step 2", "step 1 and/or 2", "step 1 or level 1", "step 1/2/3", "step 1 - 2", "step 1a", "step 12",
	"steps to apply", "step-by-step", "the next step. step 1", "level of training", "levels 1, 2", "usmle  step\t1",
	"usmle\nsteps\n1", "usmlestep 1", "stepss 1", "usmle step ii-cs", "usmle step 2 ck)", "step 2 (ck", "step 2 ckx",
	"usmle step 1 3 times", "a step 2 score of 220", "comlex-usa level 1", "step 1, and step 2", "step 1 and  2",
	"step 1 & step ii & level iii", "step 1 or", "step i.", "step ione", "step 1_", "step 2 pe)", "step 2 ce,",
	// glueCK, h1bPattern and j1Pattern
	"2ck", "2 ck", "2 c ck", "2cck", "iics", "ii c s", "2 c k", "2ckx", "h1b", "h-1b", "h 1 b", "h - 1 - b", "h1-b", "h1bx", "h--1b",
	"h\t1\tb", "h1 b1", "j1", "j-1", "j - 1", "j 1", "j 1x", "j1x", "j--1", "j -1", "j- 1", "j  1", "h-1b1 and j-1;", "hh1b", "jj1",
}

// checkExamListByHand holds examListAt and examPartsIn to the expressions
// they read by hand, at every position.
func checkExamListByHand(t *testing.T, s string) {
	t.Helper()
	for i := range len(s) {
		want := examList.at.FindStringSubmatchIndex(s[i:])
		got, ok := examListAt(s, i)
		if ok != (want != nil) {
			t.Errorf("examListAt(%q, %d) = %v %v, want %v", s, i, got, ok, want)
			continue
		}
		if !ok {
			continue
		}
		for k := range want {
			want[k] += i
		}
		if !slices.Equal(got[:], want) {
			t.Errorf("examListAt(%q, %d) = %v, want %v", s, i, got, want)
		}
	}
	if got, want := examPartsIn(s), examPart.FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("examPartsIn(%q) = %v, want %v", s, got, want)
	}
}

func TestExamListByHand(t *testing.T) {
	for _, s := range examListCases {
		checkExamListByHand(t, s)
		checkExamListByHand(t, "applicants must pass "+s+" before ranking")
	}
}

// FuzzExamListByHand is TestExamListByHand on any text.
func FuzzExamListByHand(f *testing.F) {
	for _, s := range examListCases {
		f.Add(s)
	}
	f.Fuzz(checkExamListByHand)
}

// byHandStarted are the started expressions read by hand.
func byHandStarted() map[string]startedRegexp {
	return map[string]startedRegexp{"examList": examList, "glueCK": glueCK, "h1bPattern": h1bPattern, "j1Pattern": j1Pattern}
}

func TestStartedByHand(t *testing.T) {
	for name, r := range byHandStarted() {
		if r.hand == nil {
			t.Errorf("%s is not read by hand", name)
		}
		for _, s := range examListCases {
			checkStarted(t, name, r, s)
			checkStarted(t, name, r, "applicants need "+s+" visas; "+s)
		}
	}
}

// FuzzStartedByHand holds the expressions read by hand to their
// expressions on any text (FuzzStarted reads every started expression and
// is slow to explore these).
func FuzzStartedByHand(f *testing.F) {
	for _, s := range examListCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, r := range byHandStarted() {
			checkStarted(t, name, r, s)
		}
	})
}

// usaCases hold every alternative of usaPattern and its near misses.
var usaCases = []string{
	"U.S.", "U. S.", "U.S.A.", "U. S. A.", "U.S. A.", "U.S.A", "U.S", "U.Sx", "USA", "USAx", "US", "USx", "u.s.", "u. s. a.", "u.s",
	"United States", "UNITED STATES OF AMERICA", "united states  of\tamerica", "United ſtates", "UNITED ſTATES", "unıted states",
	"United States of", "United States of Americas", "United Statesman", "U.\tS.", "U.  S.", "the US-based", "USMLE", "U.N.", "Un",
}

// checkUSAEnd holds usaEnd to usaAt at every position usaStart accepts.
func checkUSAEnd(t *testing.T, s string) {
	t.Helper()
	for i := range len(s) {
		if !usaStart(s, i) {
			continue
		}
		want := -1
		if loc := usaAt.FindStringIndex(s[i:]); loc != nil {
			want = i + loc[1]
		}
		if got := usaEnd(s, i); got != want {
			t.Errorf("usaEnd(%q, %d) = %d, want %d", s, i, got, want)
		}
	}
	checkUSAGate(t, s)
}

func TestUSAEnd(t *testing.T) {
	for _, s := range usaCases {
		checkUSAEnd(t, s)
		checkUSAEnd(t, "graduates of "+s+" schools and "+s)
	}
}

// FuzzUSAEnd is TestUSAEnd on any text.
func FuzzUSAEnd(f *testing.F) {
	for _, s := range usaCases {
		f.Add(s)
	}
	f.Fuzz(checkUSAEnd)
}
