package transform

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
)

// homeAliasAbroadForms lists each US or Canadian alias written as an
// abbreviation followed by written-out words ("UI College of Medicine")
// that a school abroad's name abbreviates to as well: the words before its
// own ending, by their initials, then the same ending ("University of
// Ibadan College of Medicine" → "UI College of Medicine"). Such an alias
// names two schools, one of them abroad.
func homeAliasAbroadForms(t *testing.T) []string {
	t.Helper()
	recs, err := readCSV(bytes.NewReader(schoolsCSV), []string{"school", "country", "kind", "aliases"})
	if err != nil {
		t.Fatal(err)
	}
	type ref struct {
		name, country string
		names         []string
	}
	var schools []ref
	for _, r := range recs {
		s := ref{name: r[0], country: r[1]}
		for _, a := range append([]string{r[0]}, strings.Split(r[3], ";")...) {
			if a = strings.TrimSpace(a); a != "" && a[0] != '+' && a[0] != '=' {
				s.names = append(s.names, a)
			}
		}
		schools = append(schools, s)
	}
	var out []string
	for _, hs := range schools {
		if !domestic(hs.country) {
			continue
		}
		for _, a := range hs.names {
			ws := strings.Fields(a)
			if len(ws) < 2 || !isAbbreviated(ws[0]) || strings.ToUpper(ws[0]) != ws[0] {
				continue
			}
			abbr := strings.ToLower(ws[0])
			rest := normalize(strings.Join(ws[1:], " ")).tokens
			if len(rest) == 0 {
				continue
			}
			for _, as := range schools {
				if domestic(as.country) {
					continue
				}
				for _, n := range as.names {
					toks := normalize(n).tokens
					if len(toks) <= len(rest) || key(toks[len(toks)-len(rest):]) != key(rest) {
						continue
					}
					if initials(toks[:len(toks)-len(rest)]) == abbr && attested(as.names, ws[0]) {
						out = append(out, a+" ("+hs.name+") = "+n+" ("+as.country+")")
					}
				}
			}
		}
	}
	return out
}

// TestHomeAliasAbroadForms: a US or Canadian alias that a school abroad
// known by the same abbreviation ("UI Ibadan", "CDU Cebu") abbreviates to
// as well names either school, and a wrong "not an IMG" is the worst
// error: it answers unknown, or the row's alias goes.
func TestHomeAliasAbroadForms(t *testing.T) {
	c, err := NewClassifier()
	if err != nil {
		t.Fatal(err)
	}
	forms := homeAliasAbroadForms(t)
	if len(forms) == 0 {
		t.Fatal("no colliding alias found: the lint has lost its cases (UI College of Medicine, CDU College of Medicine)")
	}
	for _, f := range forms {
		alias := f[:strings.Index(f, " (")]
		if got := c.Classify(alias, ""); got.IMG != nil && !*got.IMG {
			t.Errorf("%s: Classify(%q) = %s, US; want unknown", f, alias, got.School)
		}
	}
}

// attested reports whether one of names holds abbr as a word of its own
// ("UI Ibadan" holds "UI"): the school abroad is known by it.
func attested(names []string, abbr string) bool {
	for _, n := range names {
		for _, w := range strings.Fields(n) {
			if strings.Trim(w, "(),.") == abbr {
				return true
			}
		}
	}
	return false
}

// TestAbbreviationSpelledInName: an abbreviation in parentheses that
// spells the initials of the name's own words is the name's, not a
// conflicting school's; one that spells nothing of it stays a conflict.
func TestAbbreviationSpelledInName(t *testing.T) {
	c, err := NewClassifier()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		img  *bool
	}{
		{"Escuela de Medicina del Recinto de Ciencias Médicas (RCM) de la Universidad de Puerto Rico", boolPtr(false)},
		{"Universidad de Puerto Rico, Recinto de Ciencias Medicas (RCM)", boolPtr(false)},
		{"University of Michigan Medical School (Ann Arbor Campus, AAC)", boolPtr(false)},
		{"UC School of Medicine (UCSM)", boolPtr(true)}, // the University of Cebu's own (a row since session 8)
		{"Emory School of Medicine (ESMG)", nil},
		{"University of Illinois College of Medicine (UPCM)", nil},
	} {
		got := c.Classify(tc.name, "")
		if (got.IMG == nil) != (tc.img == nil) || got.IMG != nil && *got.IMG != *tc.img {
			t.Errorf("Classify(%q) = %+v, want img %v", tc.name, got, fmtBool(tc.img))
		}
	}
}

func fmtBool(b *bool) string {
	if b == nil {
		return "unknown"
	}
	return strconv.FormatBool(*b)
}
