package transform

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/imgfriendly/imgfriendly"
)

func FuzzClassify(f *testing.F) {
	c, err := NewClassifier()
	if err != nil {
		f.Fatal(err)
	}
	for _, tc := range classifyCases {
		f.Add(tc.give, tc.stated)
	}
	f.Add("U.", "")
	f.Add(".,.,(()) - – —", "")
	f.Add("St. St. St. George's, , ,University of London of London", "UK")
	f.Add("\xff\xfe Ross", "\x00")
	f.Fuzz(func(t *testing.T, name, stated string) {
		got := c.Classify(name, stated)
		if got.Input != name {
			t.Errorf("Input = %q, want %q", got.Input, name)
		}
		if (got.IMG == nil) != (got.Confidence == 0) {
			t.Errorf("IMG %v with confidence %v", got.IMG, got.Confidence)
		}
		if got.Confidence < 0 || got.Confidence > 1 {
			t.Errorf("confidence %v", got.Confidence)
		}
		if got.School != "" && got.IMG == nil {
			t.Errorf("school %q without an IMG answer", got.School)
		}
		if got.IMG != nil && !*got.IMG && got.Country != "United States" && got.Country != "Canada" && got.Country != "" {
			t.Errorf("not IMG but country %q", got.Country)
		}
		if !utf8.ValidString(got.School) || !utf8.ValidString(got.Country) {
			t.Errorf("invalid UTF-8 in output %+v", got)
		}
	})
}

// FuzzProgramsResidents: any resident names and schools give consistent
// counts and a share in [0, 1].
func FuzzProgramsResidents(f *testing.F) {
	c, err := NewClassifier()
	if err != nil {
		f.Fatal(err)
	}
	f.Add("Doe, Jane", "SGU", "Dr. Jane Doe", "Harvard", "Grenada")
	f.Add("", "", "", "", "")
	f.Add("A", "MBBS", "a", "UCSF, USA", "\xff")
	f.Fuzz(func(t *testing.T, n1, s1, n2, s2, country string) {
		const id = "1400000001"
		pages := []Page{
			rosterPage(id, "http://p.test/residents", "roster",
				res(n1, s1), res(n2, s2), res(n1+" "+n2, s1), res(n2, s2)),
			rosterPage(id, "http://p.test/news", "other", res(n2, s1)),
		}
		pages[0].Facts.Residents[0].Country = country
		cfg := DefaultConfig()
		cfg.MinRosterResidents = 1
		recs, rs := Programs(cfg, []imgfriendly.Program{seed(id)}, pages, c)
		r := recs[0]
		if r.ResidentsTotal != len(rs) || r.ResidentsIMG+r.ResidentsUnknown > r.ResidentsTotal {
			t.Fatalf("counts %d/%d/%d for %d residents", r.ResidentsTotal, r.ResidentsIMG, r.ResidentsUnknown, len(rs))
		}
		if r.IMGShare != nil && (*r.IMGShare < 0 || *r.IMGShare > 1) {
			t.Fatalf("share %v", *r.IMGShare)
		}
		if r.ResidentsTotal == 0 || r.ResidentsTotal > 4 {
			t.Fatalf("%d residents from 4 roster entries", r.ResidentsTotal)
		}
	})
}

// FuzzCorrect checks the misspelling corrector against a brute-force scan of
// the whole vocabulary: a correction is a vocabulary word within the edits
// allowed for the word's length and strictly closer than every other word
// (or the one generic word of a tie among one word's languages), and such
// a word is always found; near agrees with the scan too.
func FuzzCorrect(f *testing.F) {
	c, err := NewClassifier()
	if err != nil {
		f.Fatal(err)
	}
	for _, w := range []string{"universtiy", "guadalahara", "alberia", "taylor", "creigton", "medicel", "x", "", "northwestren", "aaaaaaaaaaaa", "unversityy", "universit", "medicla", "healt", "centr"} {
		f.Add(w)
	}
	c.fuzzy.once.Do(c.fuzzy.build) // the brute force below reads the words
	f.Fuzz(func(t *testing.T, w string) {
		got, ok := c.fuzzy.correct(w)
		n := maxEdits(len(w))
		best, bestD, ties := "", n+1, 0
		var closest []string
		if n > 0 && !c.fuzzy.vocab[w] && isASCIIWord(w) {
			for _, v := range c.fuzzy.words {
				switch d := osaDistance(w, v, n); {
				case d < bestD:
					best, bestD, ties, closest = v, d, 1, []string{v}
				case d == bestD:
					ties++
					closest = append(closest, v)
				}
			}
		}
		want := bestD <= n && ties == 1
		if bestD <= n && ties > 1 {
			// A tie settles on its one generic word when every other
			// word shares that word's first four letters.
			var generic []string
			for _, v := range closest {
				if genericWords[v] {
					generic = append(generic, v)
				}
			}
			if len(generic) == 1 && len(generic[0]) >= 4 && !slices.ContainsFunc(closest, func(v string) bool { return !strings.HasPrefix(v, generic[0][:4]) }) {
				best, want = generic[0], true
			}
		}
		if near := c.fuzzy.near(w); near != (bestD <= n) {
			t.Fatalf("near(%q) = %v; brute force: %q at %d (%d edits allowed)", w, near, best, bestD, n)
		}
		if ok != want || ok && got != best {
			t.Fatalf("correct(%q) = %q, %v; brute force: %q at %d (%d ties, %d edits allowed)", w, got, ok, best, bestD, ties, n)
		}
		// closest gives every word at the smallest distance (the
		// readings tieAnswer tries).
		cl, cok := c.fuzzy.closest(w)
		if bestD > n {
			closest = nil
		}
		slices.Sort(closest)
		if cok != (bestD <= n) || !slices.Equal(cl, closest) {
			t.Fatalf("closest(%q) = %q, %v; brute force: %q at %d (%d edits allowed)", w, cl, cok, closest, bestD, n)
		}
	})
}

// FuzzTieAnswer: a US or Canadian school's name with one edit is never
// settled by tieAnswer into a US or Canadian answer (a tie settles only
// abroad), and every answer it gives is IMG.
func FuzzTieAnswer(f *testing.F) {
	c, recs := fuzzReference(f)
	var names []string
	for _, rec := range recs {
		names = append(names, rec[0])
		for _, a := range strings.Split(rec[3], ";") {
			if a = strings.TrimLeft(strings.TrimSpace(a), "+="); a != "" {
				names = append(names, a)
			}
		}
	}
	f.Add(uint16(0), uint16(0), byte('d'), byte('x'))
	f.Add(uint16(7), uint16(3), byte('t'), byte('a'))
	f.Add(uint16(900), uint16(12), byte('s'), byte('e'))
	f.Fuzz(func(t *testing.T, school, at uint16, op, letter byte) {
		name := oneEdit(names[int(school)%len(names)], at, op, letter)
		p := c.parse(name)
		if got, ok := c.tieAnswer(School{Input: name}, p, ""); ok && (got.IMG == nil || !*got.IMG) {
			t.Fatalf("tieAnswer(%q) = %+v: a tie settled at home", name, got)
		}
	})
}

// FuzzClassifyForeignSuffix: whatever a name says, naming a country abroad
// after it never leaves it a US or Canadian school (the worst error is an
// IMG called American).
func FuzzClassifyForeignSuffix(f *testing.F) {
	c, err := NewClassifier()
	if err != nil {
		f.Fatal(err)
	}
	for _, tc := range classifyCases {
		f.Add(tc.give)
	}
	for _, tc := range classCases {
		f.Add(tc.give)
	}
	f.Fuzz(func(t *testing.T, name string) {
		for _, country := range []string{"Pakistan", "Grenada", "Egypt"} {
			got := c.Classify(name+", "+country, "")
			if got.IMG != nil && !*got.IMG {
				t.Fatalf("Classify(%q) = %+v: a school abroad called domestic", name+", "+country, got)
			}
		}
	})
}

// wordsReference is words written plainly (rune by rune, a builder per
// word): FuzzWords holds the fast version to it.
func wordsReference(s string) []string {
	rs := []rune(stripMarks(fold.Replace(strings.ToLower(s))))
	var out []string
	var cur strings.Builder
	joined := false // an apostrophe or an initialism's dot was dropped inside the word
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
		joined = false
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			cur.WriteRune(r)
		case r == '\'':
			// an elided article before a letter is dropped: "l'université"
			if !joined && elided[cur.String()] && i+1 < len(rs) && unicode.IsLetter(rs[i+1]) {
				cur.Reset()
			} else if cur.Len() > 0 {
				joined = true
			}
		case r == '.':
			// a single letter, then "." and a letter: an initialism
			n := 0
			for j := i - 1; j >= 0 && unicode.IsLetter(rs[j]); j-- {
				n++
			}
			if i+1 < len(rs) && unicode.IsLetter(rs[i+1]) && n == 1 {
				joined = joined || cur.Len() > 0
				continue
			}
			flush()
		case r == '&':
			flush()
			out = append(out, "and")
		default:
			flush()
		}
	}
	flush()
	return out
}

func FuzzWords(f *testing.F) {
	for _, s := range []string{"U.C.S.F.", "King's College", "St. George’s", "Université de Montréal", "A&M", "m.d.", "x'.y", "Ü.Ö.", "ǅa", "İstanbul", "K.E.M.C", "L'A", "L''A", "d'l'Université", "x'l'a", "u.l'a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		got, want := words(s), wordsReference(s)
		if len(got) == 0 && len(want) == 0 {
			return
		}
		if !slices.Equal(got, want) {
			t.Fatalf("words(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzClassifyCampusAbroad: an abbreviation of a school abroad followed by
// any one word (a campus the list may not know, a typo, another school's
// name) is never answered as a US or Canadian school.
func FuzzClassifyCampusAbroad(f *testing.F) {
	c, err := NewClassifier()
	if err != nil {
		f.Fatal(err)
	}
	for _, w := range []string{"Jodhpur", "Harvard", "Stanfrod", "AL", "Chicago", "Toronto", "Al-Nahyan", "", "UCSF", "OH 43614"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if strings.ContainsAny(w, ",;()/|[]-–—\n") {
			return // a second part of the name may name any school
		}
		for _, abbr := range []string{"AIIMS", "KEMU", "SGU", "UNAM"} {
			got := c.Classify(abbr+" "+w, "")
			if got.IMG != nil && !*got.IMG {
				t.Fatalf("Classify(%q) = %+v: a school abroad called domestic", abbr+" "+w, got)
			}
		}
	})
}

// FuzzClassifyMisspeltAbroad: a school abroad, its name misspelt by one
// edit anywhere, is never called a US or Canadian school (unknown is
// fine): the misspelling must not turn it into the US name it contains
// ("Washington University of Health and Science", Cambodia) or drop the
// word that makes it foreign ("Queen's University Belfast").
func FuzzClassifyMisspeltAbroad(f *testing.F) {
	c, recs := fuzzReference(f)
	var abroad []string
	for _, rec := range recs {
		if rec[2] == kindIntl {
			abroad = append(abroad, rec[0])
		}
	}
	f.Add(uint16(0), uint16(0), byte('d'), byte('x'))
	f.Add(uint16(7), uint16(31), byte('t'), byte('a'))
	f.Add(uint16(400), uint16(12), byte('s'), byte('e'))
	f.Fuzz(func(t *testing.T, school, at uint16, op, letter byte) {
		name := oneEdit(abroad[int(school)%len(abroad)], at, op, letter)
		if got := c.Classify(name, ""); got.IMG != nil && !*got.IMG {
			t.Fatalf("Classify(%q) = %+v: a school abroad called domestic", name, got)
		}
	})
}

// oneEdit returns name with one edit at byte at: a deletion, insertion,
// substitution or transposition (op), with letter for the new letter.
func oneEdit(name string, at uint16, op, letter byte) string {
	i := int(at) % len(name)
	switch op % 4 {
	case 0: // delete
		name = name[:i] + name[i+1:]
	case 1: // insert
		name = name[:i] + string(rune('a'+letter%26)) + name[i:]
	case 2: // substitute
		name = name[:i] + string(rune('a'+letter%26)) + name[i+1:]
	case 3: // transpose
		if i+1 < len(name) {
			name = name[:i] + name[i+1:i+2] + name[i:i+1] + name[i+2:]
		}
	}
	return name
}

// fuzzReference returns the classifier and the rows of schools.csv.
func fuzzReference(f *testing.F) (*Classifier, [][]string) {
	c, err := NewClassifier()
	if err != nil {
		f.Fatal(err)
	}
	recs, err := readCSV(bytes.NewReader(schoolsCSV), []string{"school", "country", "kind", "aliases"})
	if err != nil {
		f.Fatal(err)
	}
	return c, recs
}
