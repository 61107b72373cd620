package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/imgfriendly/imgfriendly"
)

// A resident introduced with an apposition that names a country — "Dr. Ana
// Ruiz, a PGY-2 from Peru specializing in pediatrics", "Kofi Mensah, a
// first-year resident from Ghana" — carries the country the README's
// convention gives when no school is named (the classifier then decides
// IMG from it: Canada and the United States are none). And residents
// listed after a colon that closes a plural statement of IMG status — "We
// are three international medical graduates training at X: Dr. A, …; Dr.
// B, …" — are IMGs. A town ("from Mexico City"), a state ("from Ohio",
// "from Georgia") or a school ("from the University of …") is no country;
// the apposition must describe a trainee (an article, then a training
// year, a resident's role or a specialty word) and the country must end
// the place's name.

// countryAppositionWords are the words an apposition may hold between its
// article and "from": a training year, a resident's role, modifiers.
func countryAppositionWord(w string) bool {
	lw := asciiLower(strings.Trim(w, ",-"))
	switch lw {
	case "resident", "intern", "physician", "doctor", "new", "incoming":
		return true
	}
	return modifierWord(w) || strings.HasPrefix(lw, "pgy")
}

// statedCountry returns the country an apposition right after a name
// states ("…, a PGY-3 from the Czech Republic specializing …"), or "".
func statedCountry(after string) string {
	t := strings.TrimLeft(after, " ")
	if !strings.HasPrefix(t, ",") {
		return ""
	}
	t = strings.TrimLeft(t[1:], " ")
	for _, deg := range []string{"MD, ", "DO, ", "M.D., ", "D.O., ", "MBBS, "} {
		t = strings.TrimPrefix(t, deg)
	}
	if !strings.HasPrefix(t, "a ") && !strings.HasPrefix(t, "an ") {
		return ""
	}
	f := strings.Fields(t)
	k := 1
	for ; k < len(f) && k <= 5 && f[k] != "from"; k++ {
		if !countryAppositionWord(f[k]) {
			return ""
		}
	}
	if k == 1 || k >= len(f) || f[k] != "from" {
		return ""
	}
	rest := f[k+1:]
	if len(rest) > 0 && rest[0] == "the" {
		rest = rest[1:]
	}
	for n := min(4, len(rest)); n >= 1; n-- {
		last := rest[n-1]
		trail := strings.TrimRight(last, ",.;:)")
		phrase := strings.Join(append(append([]string(nil), rest[:n-1]...), trail), " ")
		if !isCountry(phrase) || asciiLower(phrase) == "georgia" {
			continue
		}
		if trail == last && n < len(rest) {
			if r, _ := utf8.DecodeRuneInString(rest[n]); unicode.IsUpper(r) {
				return "" // "from Mexico City": a town of the country
			}
		}
		return canonicalCountry(phrase)
	}
	return ""
}

// imgGroupWords state IMG status of a group.
var imgGroupWords = newWordList("international medical graduates", "foreign medical graduates", "imgs", "fmgs",
	"international medical school graduates", "foreign medical school graduates")

// imgGroupLead reports whether lead, the text of a sentence before a colon,
// says that what follows are IMGs: a plural statement of the status, not
// denied, not beside another group ("US graduates and IMGs").
func imgGroupLead(lead string) bool {
	if !imgGroupWords.in(lead) {
		return false
	}
	low := asciiLower(lead)
	return !imgDenied.in(low) && !hasAnyWord(low, []string{"and", "or", "for", "to", "with"})
}

// markStatedCountries sets the country an apposition states on residents
// without a school or a country, and IMG true on residents listed after a
// group's IMG statement.
func markStatedCountries(rs []imgfriendly.Resident) {
	for k := range rs {
		r := &rs[k]
		if r.School != "" || r.Name == "" || r.Evidence.Text == "" || !strings.Contains(r.Evidence.Text, r.Name) {
			continue
		}
		t := r.Evidence.Text
		if r.Country == "" && strings.Contains(t, " from ") {
			at := strings.Index(t, r.Name)
			if c := statedCountry(t[at+len(r.Name):]); c != "" {
				r.Country = c
			}
		}
		if r.IMG != nil || !strings.Contains(t, ":") || !imgGroupWords.in(t) {
			continue
		}
		for _, s := range sentences(t) {
			at := strings.Index(s, r.Name)
			if at < 0 {
				continue
			}
			if c := strings.LastIndexByte(s[:at], ':'); c > 0 && imgGroupLead(s[:c]) {
				yes := true
				r.IMG = &yes
			}
			break
		}
	}
}

// seniorYears are training years past a three-year residency's last.
var seniorYears = newWordList("pgy-4", "pgy4", "pgy 4", "pgy-5", "pgy5", "pgy 5", "pgy-6", "pgy6", "pgy-7", "pgy7",
	"fourth-year", "fifth-year", "sixth-year", "seventh-year")

// subspecialtyFellow reports a person whose apposition (after's text up to
// the next semicolon or sentence end) gives a training year past the third
// and a subspecialty trained in: "…, a PGY-4 from India specializing in
// pediatric cardiology" trains in a fellowship, not a residency.
func subspecialtyFellow(after string) bool {
	if e := strings.IndexAny(after, ";\n"); e >= 0 {
		after = after[:e]
	}
	if e := strings.Index(after, ". "); e >= 0 {
		after = after[:e]
	}
	if !seniorYears.in(after) { // (in any ASCII case, as in the lowered copy)
		return false
	}
	low := asciiLower(after)
	for _, lead := range []string{"specializing in ", "specialising in ", "training in ", "fellow in "} {
		if i := strings.Index(low, lead); i >= 0 {
			f := strings.Fields(low[i+len(lead):])
			return subspecialties.in(strings.Join(f[:min(3, len(f))], " "))
		}
	}
	return false
}

// dropSubspecialtyFellows removes the residents subspecialtyFellow reads
// as fellows in their own apposition.
func dropSubspecialtyFellows(rs []imgfriendly.Resident) []imgfriendly.Resident {
	out := rs[:0]
	for _, r := range rs {
		if r.Name != "" && (strings.Contains(r.Evidence.Text, "-year") || strings.Contains(r.Evidence.Text, "PGY") || strings.Contains(r.Evidence.Text, "pgy")) {
			if at := strings.Index(r.Evidence.Text, r.Name); at >= 0 && subspecialtyFellow(r.Evidence.Text[at+len(r.Name):]) {
				continue
			}
		}
		out = append(out, r)
	}
	return out
}
