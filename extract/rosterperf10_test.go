package extract

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/imgfriendly/imgfriendly"
)

// Session 10 speed work on the roster readers, each checked against a plain
// statement of what the code it replaces answered.

// mergePeopleSpec is what mergePeople answers, by scanning: for each
// resident in turn, the entries kept so far that may be the same person
// are tried in this order — those with the same key; then, for a surname
// alone, those whose key of two words or more holds it (an entry once for
// each time it does); else those that are the resident's last name word
// alone — and the first whose school agrees takes the resident's missing
// facts. Keys are those of the entries as they were kept.
func mergePeopleSpec(rs []imgfriendly.Resident) []imgfriendly.Resident {
	if len(rs) < 2 {
		return rs
	}
	var out []imgfriendly.Resident
	var keys [][]string // by entry: its sorted key words
	for _, r := range rs {
		ordered := personKeyFields(r.Name)
		last := ""
		if len(ordered) > 0 {
			last = ordered[len(ordered)-1]
		}
		slices.Sort(ordered)
		k := strings.Join(ordered, " ")
		j := -1
		if k != "" {
			var cands []int
			for x := range out {
				if strings.Join(keys[x], " ") == k {
					cands = append(cands, x)
				}
			}
			for x := range out {
				switch {
				case len(ordered) == 1 && len(keys[x]) > 1:
					for _, w := range keys[x] {
						if w == k {
							cands = append(cands, x)
						}
					}
				case len(ordered) > 1 && len(keys[x]) == 1 && keys[x][0] == last:
					cands = append(cands, x)
				}
			}
			for _, x := range cands {
				if compatible(out[x], r) {
					j = x
					break
				}
			}
		}
		if j < 0 {
			out = append(out, r)
			keys = append(keys, ordered)
			continue
		}
		e := &out[j]
		if e.School == "" {
			e.School, e.Country = r.School, r.Country
		}
		e.Country = cmpOr(e.Country, r.Country)
		e.Year = cmpOr(e.Year, r.Year)
		if e.IMG == nil {
			e.IMG = r.IMG
		}
		if !strings.Contains(e.Name, " ") && strings.Contains(r.Name, " ") {
			e.Name = r.Name
		}
	}
	return out
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// mergeVocab are the pieces FuzzMergePeople builds names and schools of:
// first names, surnames shared between people, titles, degrees, initials.
var (
	mergeNames   = []string{"Jane", "Doe", "John", "Roe", "Ana", "Ruiz", "Dr.", "MD", "A.", "Lee", "doe", "Van", "de", "Doe,", "Jane,", "(Jo)", "Ruiz-Lee", "Ng", "D.O.", "DR.", "dRs", "DOE", "RUIZ", "VAN"}
	mergeSchools = []string{"", "", "University of Iowa", "university of iowa", "McGill", "AUB"}
	mergeYears   = []string{"", "PGY-1", "PGY-2"}
)

// mergeResidentsOf makes residents of fuzz bytes: for each group of four bytes,
// a name of one to three vocabulary words, a school, a country, a year.
func mergeResidentsOf(data []byte) []imgfriendly.Resident {
	var rs []imgfriendly.Resident
	yes := true
	for len(data) >= 4 && len(rs) < 40 {
		c := data[:4]
		data = data[4:]
		var words []string
		for k := 0; k < int(c[0]%3)+1; k++ {
			words = append(words, mergeNames[int(c[1]>>(2*k)+c[0]*byte(k))%len(mergeNames)])
		}
		if c[0]%7 == 6 {
			words = nil // unnamed
		}
		r := imgfriendly.Resident{Name: strings.Join(words, " "), School: mergeSchools[int(c[2])%len(mergeSchools)],
			Year: mergeYears[int(c[3])%len(mergeYears)]}
		if c[2]&0x80 != 0 {
			r.Country = "Canada"
		}
		if c[3]&0x80 != 0 {
			r.IMG = &yes
		}
		rs = append(rs, r)
	}
	return rs
}

func TestMergePeopleIndex(t *testing.T) {
	yes := true
	cases := []struct {
		name string
		in   []imgfriendly.Resident
		want []imgfriendly.Resident
	}{
		{"surname after the full name", []imgfriendly.Resident{{Name: "Jane Doe", School: "X"}, {Name: "Doe", Year: "PGY-2"}},
			[]imgfriendly.Resident{{Name: "Jane Doe", School: "X", Year: "PGY-2"}}},
		{"full name after the surname", []imgfriendly.Resident{{Name: "Doe", Year: "PGY-1"}, {Name: "Dr. Jane Doe, MD", School: "X"}},
			[]imgfriendly.Resident{{Name: "Dr. Jane Doe, MD", School: "X", Year: "PGY-1"}}},
		{"surname of two people: the first whose school agrees", []imgfriendly.Resident{{Name: "Jane Doe", School: "X"}, {Name: "John Doe", School: "Y"}, {Name: "Doe", School: "Y", IMG: &yes}},
			[]imgfriendly.Resident{{Name: "Jane Doe", School: "X"}, {Name: "John Doe", School: "Y", IMG: &yes}}},
		{"the same name at two schools stays two", []imgfriendly.Resident{{Name: "Jane Doe", School: "X"}, {Name: "Doe, Jane", School: "Y"}, {Name: "jane doe", Country: "Peru"}},
			[]imgfriendly.Resident{{Name: "Jane Doe", School: "X", Country: "Peru"}, {Name: "Doe, Jane", School: "Y"}}},
		{"a surname asks after entries kept before and after the index is made", []imgfriendly.Resident{{Name: "Ana Ruiz"}, {Name: "Lee", School: "Y"}, {Name: "Ben Lee", School: "Z"}, {Name: "Ruiz", School: "W"}, {Name: "Lee", School: "Z", Year: "PGY-3"}},
			[]imgfriendly.Resident{{Name: "Ana Ruiz", School: "W"}, {Name: "Lee", School: "Y"}, {Name: "Ben Lee", School: "Z", Year: "PGY-3"}}},
		{"unnamed residents are never merged", []imgfriendly.Resident{{School: "X"}, {School: "X"}},
			[]imgfriendly.Resident{{School: "X"}, {School: "X"}}},
	}
	for _, c := range cases {
		spec := mergePeopleSpec(slices.Clone(c.in))
		got := mergePeople(slices.Clone(c.in))
		if !reflect.DeepEqual(got, c.want) || !reflect.DeepEqual(spec, c.want) {
			t.Errorf("%s:\n got %+v\nspec %+v\nwant %+v", c.name, got, spec, c.want)
		}
	}
}

// FuzzMergePeople checks mergePeople (its word index made only when a
// surname alone asks it) against mergePeopleSpec.
func FuzzMergePeople(f *testing.F) {
	f.Add([]byte("\x01\x05\x02\x00\x00\x01\x00\x01\x02\x09\x03\x80"))
	f.Add([]byte("\x02\x10\x02\x01\x00\x03\x00\x00\x01\x21\x03\x02\x00\x03\x05\x81\x03\x00\x00\x00"))
	f.Add(slices.Repeat([]byte("\x01\x33\x04\x02\x00\x0b\x02\x81"), 8))
	f.Fuzz(func(t *testing.T, data []byte) {
		rs := mergeResidentsOf(data)
		want := mergePeopleSpec(slices.Clone(rs))
		if got := mergePeople(slices.Clone(rs)); !reflect.DeepEqual(got, want) {
			t.Fatalf("mergePeople(%+v)\n= %+v\nwant %+v", rs, got, want)
		}
	})
}

// awardLine is "<award> – <name>" or "<award>: <name>" on one line: group 1
// the award, group 2 the name with its degrees. awardResidents reads it by
// hand (awardLineParts); the expression states what that reading is.
var awardLine = mustGateDerived(`^(.{5,70}?)\s*(?:\s[–—-]|:)\s+(\p{Lu}[^:–—]{3,60})$`)

var awardLineSeeds = []string{"Intern of the Year – Jane Doe, MD", "Chief Resident Award: John Roe", "Resident: x", "Residents—x",
	"Doe, Jane - X School (PGY-2)", "ReſIDENT: x", "PGY: Ann", "Intern\u00a0– Ann Lee", "Best Resident Teacher \t— Ña Ruiz",
	"Award : Ann Lee", "Award:Ann Lee", "Award -Ann Lee", "Award\n- Ann Lee", "Aw\nard - Ann Lee", "Resident Award - Ann Lee - Ben Ota",
	"Resident Award: Ann: Lee", "Resident Award – Ann Lee – PGY-2", "Resident Research Award - ÉLodie Roy", "Award - \xffnn Lee",
	"Award - Ann\xff", "Abc: Ann Lee", "Abcde: Ann Lee", strings.Repeat("a", 70) + ": Ann Lee", strings.Repeat("a", 71) + ": Ann Lee",
	"Award: " + strings.Repeat("b", 60), "Award: A" + strings.Repeat("b", 60), "Award: A" + strings.Repeat("b", 61), "Award:  \r\n Ann"}

// TestAwardLineParts checks awardLineParts against awardLine on its seeds
// and on every block of the golden pages and a testweb site.
func TestAwardLineParts(t *testing.T) {
	texts := slices.Clone(awardLineSeeds)
	for _, d := range gateDocs(t)() {
		for i := range d.blocks {
			texts = append(texts, d.blocks[i].text)
		}
	}
	matched := 0
	for _, s := range texts {
		if sameAwardLine(t, s) {
			matched++
		}
	}
	if matched < 10 {
		t.Fatalf("awardLine matched %d texts: the comparison says little", matched)
	}
}

func FuzzAwardLineParts(f *testing.F) {
	for _, s := range awardLineSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { sameAwardLine(t, s) })
}

// sameAwardLine fails t when awardLineParts(s) is not awardLine's match of
// s; it reports whether the expression matched.
func sameAwardLine(t *testing.T, s string) bool {
	t.Helper()
	award, name, ok := awardLineParts(s)
	m := awardLine.re.FindStringSubmatch(s)
	if ok != (m != nil) || ok && (award != m[1] || name != m[2]) {
		t.Fatalf("awardLineParts(%q) = %q, %q, %v; awardLine matches %q", s, award, name, ok, m)
	}
	return ok
}
