package imgfriendly

import (
	_ "embed"
	"encoding/csv"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
)

// Specialty is a residency specialty: its ACGME specialty code (the first
// three digits of its programs' ACGME ids and the specialty part of their
// NRMP codes), its name, and the other names pages and lists give it.
type Specialty struct {
	Code string
	Name string
	// Aliases name the specialty on their own ("internal medicine",
	// "ob gyn"); WeakAliases only in a context that says residency
	// ("medicine", "surgery", "IM"). Both are folded (see FoldName).
	Aliases     []string
	WeakAliases []string
}

//go:embed specialties.csv
var specialtiesCSV string

var specialtyTable = sync.OnceValue(func() []Specialty {
	rows, err := csv.NewReader(strings.NewReader(specialtiesCSV)).ReadAll()
	if err != nil {
		panic(fmt.Sprintf("specialties.csv: %v", err))
	}
	var out []Specialty
	for i, r := range rows[1:] {
		if len(r) != 4 || r[1] == "" {
			panic(fmt.Sprintf("specialties.csv:%d: want code,name,aliases,weak_aliases", i+2))
		}
		s := Specialty{Code: r[0], Name: r[1]}
		for _, a := range strings.Split(r[2], "|") {
			if a = FoldName(a); a != "" {
				s.Aliases = append(s.Aliases, a)
			}
		}
		if n := FoldName(r[1]); !slices.Contains(s.Aliases, n) {
			s.Aliases = append(s.Aliases, n)
		}
		for _, a := range strings.Split(r[3], "|") {
			if a = FoldName(a); a != "" {
				s.WeakAliases = append(s.WeakAliases, a)
			}
		}
		out = append(out, s)
	}
	return out
})

// Specialties returns the specialty table (specialties.csv: one row per
// specialty, aliases separated by "|"). The caller must not modify it.
func Specialties() []Specialty { return specialtyTable() }

// SpecialtyByCode returns the specialty with ACGME code code.
func SpecialtyByCode(code string) (Specialty, bool) {
	for _, s := range specialtyTable() {
		if s.Code == code {
			return s, true
		}
	}
	return Specialty{}, false
}

// SpecialtyNamed returns the specialty whose name or alias s is, case and
// punctuation aside ("Ob/Gyn", "Orthopedics", "Surgery").
func SpecialtyNamed(s string) (Specialty, bool) {
	f := FoldName(s)
	if f == "" {
		return Specialty{}, false
	}
	for _, sp := range specialtyTable() {
		if slices.Contains(sp.Aliases, f) || slices.Contains(sp.WeakAliases, f) {
			return sp, true
		}
	}
	return Specialty{}, false
}

// LookupSpecialty names the specialty a seed list or a spreadsheet means by
// s: the one whose name or alias s is ("Ob/Gyn", "Orthopedics"), else the
// one specialty s names inside a longer name ("Pathology-Anatomic and
// Clinical", "Internal Medicine (Preliminary)").
func LookupSpecialty(s string) (Specialty, bool) {
	if sp, ok := SpecialtyNamed(s); ok {
		return sp, true
	}
	var found []Specialty
	for _, m := range FindSpecialties(s) {
		if !m.Weak && !slices.ContainsFunc(found, func(x Specialty) bool { return x.Name == m.Specialty.Name }) {
			found = append(found, m.Specialty)
		}
	}
	if len(found) == 1 {
		return found[0], true
	}
	return Specialty{}, false
}

// SpecialtyMatch is one specialty named in a text.
type SpecialtyMatch struct {
	Specialty Specialty
	Alias     string // the folded alias found
	Weak      bool   // found by a weak alias
	// Start and End delimit the alias in the folded text (FoldName).
	Start, End int
}

// FindSpecialties returns the specialties named in text, in order. Where
// names overlap the longest wins: "Internal Medicine-Pediatrics" is one
// match, not internal medicine and pediatrics; "Orthopaedic Surgery" is not
// general surgery.
func FindSpecialties(text string) []SpecialtyMatch {
	f := FoldName(text)
	if f == "" {
		return nil
	}
	var all []SpecialtyMatch
	for _, sp := range specialtyTable() {
		for weak, aliases := range [][]string{sp.Aliases, sp.WeakAliases} {
			for _, a := range aliases {
				for i := 0; ; {
					j := strings.Index(f[i:], a)
					if j < 0 {
						break
					}
					start, end := i+j, i+j+len(a)
					if (start == 0 || f[start-1] == ' ') && (end == len(f) || f[end] == ' ') {
						all = append(all, SpecialtyMatch{Specialty: sp, Alias: a, Weak: weak == 1, Start: start, End: end})
					}
					i = start + 1
				}
			}
		}
	}
	// Longest first; a match inside a kept one is dropped.
	sort.SliceStable(all, func(i, j int) bool {
		li, lj := all[i].End-all[i].Start, all[j].End-all[j].Start
		if li != lj {
			return li > lj
		}
		return all[i].Start < all[j].Start
	})
	var kept []SpecialtyMatch
	for _, m := range all {
		overlaps := false
		for _, k := range kept {
			if m.Start < k.End && k.Start < m.End {
				overlaps = true
				break
			}
		}
		if !overlaps {
			kept = append(kept, m)
		}
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].Start < kept[j].Start })
	return kept
}

// FoldName folds a name for matching: lower case, "&" as "and", every other
// run of non-letters and non-digits one space ("OB/GYN" → "ob gyn", "PM&R"
// → "pm and r", "Orthopaedic  Surgery," → "orthopaedic surgery").
func FoldName(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r == '&':
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString("and")
			space = true
			continue
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
		case r > 127 && isLetterish(r):
		default:
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// isLetterish keeps accented letters in folded names (Latin-1 and Latin
// Extended letters); other symbols separate words.
func isLetterish(r rune) bool {
	return r >= 0xC0 && r <= 0x24F && r != 0xD7 && r != 0xF7
}
