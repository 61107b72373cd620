package queries

import (
	"fmt"
	"strings"
)

// UnknownSpecialtyError says a requested specialty is not in the warehouse.
type UnknownSpecialtyError struct {
	Specialty  string
	Suggestion string // the known specialty the request most likely means, or ""
	Known      []string
}

func (e *UnknownSpecialtyError) Error() string {
	msg := fmt.Sprintf("unknown specialty %q", e.Specialty)
	if e.Suggestion != "" {
		msg += fmt.Sprintf("; did you mean %q?", e.Suggestion)
	}
	return msg + " (the warehouse has: " + strings.Join(e.Known, ", ") + ")"
}

// UnknownStateError says a state filter names no US state, DC or Puerto Rico.
type UnknownStateError struct {
	State      string
	Suggestion string // the USPS code it most likely means, or ""
}

func (e *UnknownStateError) Error() string {
	msg := fmt.Sprintf("%q is not a US state, DC or Puerto Rico", e.State)
	if e.Suggestion != "" {
		return msg + fmt.Sprintf("; did you mean %q?", e.Suggestion)
	}
	return msg + " (give a two-letter code like NY or a name like New York)"
}

// checkStates returns an *UnknownStateError for the first state the filter
// cannot read, so a typo is an error rather than an empty list.
func (f Filter) checkStates() error {
	for _, s := range f.States {
		if _, ok := StateCode(s); !ok {
			return &UnknownStateError{State: s, Suggestion: suggestState(s)}
		}
	}
	return nil
}

// suggestSpecialty returns the one known specialty s most likely means: one
// that s begins ("Pediatric" → "Pediatrics"), or one within a few typing
// errors ("Famliy Medicine"); "" when none or several fit equally.
func suggestSpecialty(s string, known []string) string {
	k := strings.ToLower(strings.Join(strings.Fields(s), " "))
	if len(k) < 3 {
		return ""
	}
	var prefixed []string
	for _, c := range known {
		if strings.HasPrefix(strings.ToLower(c), k) {
			prefixed = append(prefixed, c)
		}
	}
	if len(prefixed) == 1 {
		return prefixed[0]
	}
	if len(prefixed) > 1 {
		return ""
	}
	limit := max(1, len(k)/5)
	best, bestDist, tie := "", limit+1, false
	for _, c := range known {
		switch d := editDistance(k, strings.ToLower(c)); {
		case d < bestDist:
			best, bestDist, tie = c, d, false
		case d == bestDist:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}
