package queries

import (
	"fmt"
	"strings"
	"time"
)

// dateLayout is how profiles write a day.
const dateLayout = "2006-01-02"

// parseDay reads a YYYY-MM-DD day between 2000 and 2100.
func parseDay(s string) (time.Time, bool) {
	d, err := time.Parse(dateLayout, strings.TrimSpace(s))
	if err != nil || d.Year() < 2000 || d.Year() > 2100 {
		return time.Time{}, false
	}
	return d, true
}

// normWords lower-cases s and turns underscores and runs of spaces into
// single spaces: "Not_Taken" and "not  taken" read alike.
func normWords(s string) string {
	return strings.Join(strings.Fields(strings.NewReplacer("_", " ").Replace(strings.ToLower(s))), " ")
}

// parseStep3 reads a profile's step3 value; msg says what is wrong.
func parseStep3(s string) (Step3, string) {
	st, day, msg := parseStatus(s, map[string]Step3Status{
		"passed": Step3Passed, "pass": Step3Passed, "yes": Step3Passed, "true": Step3Passed,
		"not taken": Step3NotTaken, "no": Step3NotTaken, "false": Step3NotTaken, "none": Step3NotTaken, "not yet": Step3NotTaken,
	}, Step3Scheduled, "scheduled",
		"give the day it is scheduled: step3: scheduled 2027-01-20",
		"is not one of passed, not_taken, or the day it is scheduled (scheduled 2027-01-20)")
	return Step3{Status: st, Date: day}, msg
}

// parseECFMG reads a profile's ecfmg_certified value; msg says what is wrong.
func parseECFMG(s string) (ECFMG, string) {
	st, day, msg := parseStatus(s, map[string]ECFMGStatus{
		"yes": ECFMGCertified, "true": ECFMGCertified, "certified": ECFMGCertified,
		"no": ECFMGNotCertified, "false": ECFMGNotCertified, "not certified": ECFMGNotCertified,
	}, ECFMGExpected, "expected",
		"give the day certification is expected: ecfmg_certified: expected 2027-02-01",
		"is not one of yes, no, or the day certification is expected (expected 2027-02-01)")
	return ECFMG{Status: st, Date: day}, msg
}

// parseStatus reads a status that is a word (words maps each spelling) or a
// day, alone or after the dated status's own word ("scheduled 2027-01-20");
// that word without a day is noDay's problem, anything else bad's.
func parseStatus[S ~string](s string, words map[string]S, dated S, word, noDay, bad string) (S, string, string) {
	w := normWords(s)
	if st, ok := words[w]; ok {
		return st, "", ""
	}
	if w == word {
		return "", "", noDay
	}
	if d, ok := parseDay(strings.TrimSpace(strings.TrimPrefix(w, word))); ok {
		return dated, d.Format(dateLayout), ""
	}
	return "", "", fmt.Sprintf("%q %s", s, bad)
}

// value is s as a profile file writes it, nil when not stated.
func (s Step3) value() *string {
	var v string
	switch s.Status {
	case Step3NotStated:
		return nil
	case Step3Scheduled:
		v = "scheduled " + s.Date
	default:
		v = string(s.Status)
	}
	return &v
}

// value is e as a profile file writes it, nil when not stated.
func (e ECFMG) value() *string {
	var v string
	switch e.Status {
	case ECFMGNotStated:
		return nil
	case ECFMGCertified:
		v = "yes"
	case ECFMGNotCertified:
		v = "no"
	case ECFMGExpected:
		v = "expected " + e.Date
	default:
		v = string(e.Status)
	}
	return &v
}
