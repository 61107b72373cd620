package transform

import (
	"strings"
	"testing"
)

// TestClassifyDistinctiveWords: a school abroad named by the word(s) only
// it carries — its eponym or proper name alone, with its given name or
// initials, in another transliteration, with its national diacritics in
// any form, inside another language's quotes, or with what a translation
// of "named after" leaves — is that school. Each name was unknown before
// distinct.go. Near misses stay as they were: a word a US college or
// town carries, two schools' words, a person's name, a name several
// schools share, another country or a US place beside it, another kind
// of institution. Written for this test (no real roster string).
func TestClassifyDistinctiveWords(t *testing.T) {
	const (
		cluj     = "Iuliu Hatieganu University of Medicine and Pharmacy"
		moscow   = "I.M. Sechenov First Moscow State Medical University"
		tbilisi  = "Ivane Javakhishvili Tbilisi State University Faculty of Medicine"
		ternopil = "Ternopil National Medical University"
		spb      = "North-Western State Medical University named after I.I. Mechnikov"
		iasi     = "Grigore T. Popa University of Medicine and Pharmacy"
		timis    = "Victor Babes University of Medicine and Pharmacy"
		cairo    = "Cairo University Faculty of Medicine"
	)
	checkClasses(t, mustClassifier(t), []classCase{
		{"eponym alone", "Sechenov", want{moscow, "Russia", "yes"}},
		{"eponym alone", "Hatieganu", want{cluj, "Romania", "yes"}},
		{"eponym alone", "Horbachevsky", want{ternopil, "Ukraine", "yes"}},
		{"eponym alone", "Javakhishvili", want{tbilisi, "Georgia", "yes"}},
		{"eponym and form", "Hatieganu University", want{cluj, "Romania", "yes"}},
		{"given name", "Iuliu Hatieganu", want{cluj, "Romania", "yes"}},
		{"given name", "Ivane Javakhishvili", want{tbilisi, "Georgia", "yes"}},
		{"given name and initial", "Grigore T. Popa", want{iasi, "Romania", "yes"}},
		// "Babes" is also Babes-Bolyai University's: the given name decides.
		{"given name narrows", "Victor Babes", want{timis, "Romania", "yes"}},
		{"transliteration", "Setchenov", want{moscow, "Russia", "yes"}},
		{"transliteration", "Metchnikov", want{spb, "Russia", "yes"}},
		{"transliteration", "Mechnikoff", want{spb, "Russia", "yes"}},
		{"transliteration", "Javakhishvily", want{tbilisi, "Georgia", "yes"}},
		{"transliteration, two short words", "Kasr El-Ainy Medical School", want{cairo, "Egypt", "yes"}},
		{"comma below", "Iuliu Hațieganu", want{cluj, "Romania", "yes"}},
		{"cedilla", "Iuliu Haţieganu", want{cluj, "Romania", "yes"}},
		{"capitals with cedilla", "IULIU HAŢIEGANU", want{cluj, "Romania", "yes"}},
		{"comma below, given name narrows", "Victor Babeș", want{timis, "Romania", "yes"}},
		{"cedilla, given name narrows", "Victor Babeş", want{timis, "Romania", "yes"}},
		{"low-high quotes", "„Iuliu Hațieganu”", want{cluj, "Romania", "yes"}},
		{"guillemets", "«Sechenov»", want{moscow, "Russia", "yes"}},
		{"named after", "First MSMU named after I.M. Sechenov", want{moscow, "Russia", "yes"}},
		{"them.", "First MSMU them. I.M. Sechenov", want{moscow, "Russia", "yes"}},
		{"n.a.", "First MSMU n.a. I.M. Sechenov", want{moscow, "Russia", "yes"}},
		// "Athens" is a US town too, but here a word of the school's own name.
		{"own word a US town's too", "Kapodistrian University of Athens", want{"National and Kapodistrian University of Athens Medical School", "Greece", "yes"}},

		// Near misses.
		{"word of a US college too", "Xavier", want{"", "", ""}},
		{"word of a US college too", "Xavier Medical School", want{"", "", ""}},
		{"word of a US town", "Avalon", want{"", "", ""}},
		{"a US school's word, never answered from a word", "Kimmel", want{"", "", ""}},
		{"two schools' words", "Sechenov Hatieganu", want{"", "", ""}},
		{"two schools' words", "Horbachevsky and Javakhishvili", want{"", "", ""}},
		{"person", "Maria Popescu", want{"", "", ""}},
		{"person", "Victor Hugo", want{"", "", ""}},
		{"person with an eponym's surname", "Andrei Hatieganu", want{"", "", ""}},
		{"shared name alone", "Babeș", want{"", "", ""}},
		{"shared name, another given name", "Elena Babeș", want{"", "", ""}},
		{"shared name alone", "Pirogov", want{"", "", ""}},
		{"US place beside it", "Sechenov, Ohio", want{"", "", ""}},
		{"US place beside it", "Kapodistrian, Athens, Georgia", want{"", "", ""}},
		{"a town of two countries beside it", "Mechnikov, Saint Petersburg", want{"", "", ""}},
		{"another kind of institution", "Sechenov Hospital", want{"", "", ""}},
		{"another kind of institution", "Hatieganu Institute", want{"", "", ""}},
		{"misspelt US school", "Washington University of Healt and Science", want{"", "", ""}},
	})
}

// TestDistinctWordsMeasured checks the index the reference yields: every
// distinctive word has one owner, none is a first name, a word of a US or
// Canadian college or town, a generic word or a place's whole name, and no
// shared word crosses the US/Canadian line. The counts are logged (see
// SCHOOLS.md).
func TestDistinctWordsMeasured(t *testing.T) {
	c := mustClassifier(t)
	d := c.distinctIdx()
	if !d.world {
		t.Fatal("the gazetteer's universities were not indexed")
	}
	t.Logf("%+v distinctive=%d shared=%d skeletons=%d", d.stats, len(d.words), len(d.shared), len(d.skel))
	if len(d.words) < 1000 || len(d.given) < 5000 || len(d.college) < 5000 {
		t.Fatalf("index too small: %d words, %d given names, %d home words", len(d.words), len(d.given), len(d.college))
	}
	for w, os := range d.words {
		if len(os) != 1 {
			t.Errorf("%q: %d owners", w, len(os))
		}
		if d.common(w) && d.placeWords[w] != d.country[os[0]] || genericWords[w] || c.isPlace(w) {
			t.Errorf("%q is distinctive but common, generic or a place", w)
		}
	}
	for w, os := range d.shared {
		if d.acrossLine(os) {
			t.Errorf("%q is shared across the US/Canadian line", w)
		}
	}
	for _, w := range []string{"sechenov", "hatieganu", "javakhishvili"} {
		if _, ok := d.words[w]; !ok {
			t.Errorf("%q is not distinctive", w)
		}
	}
	for _, w := range []string{"xavier", "kimmel", "avalon", "carol", "victor", "washington", "cairo"} {
		if _, ok := d.words[w]; ok {
			t.Errorf("%q is distinctive", w)
		}
	}
}

// TestDistinctNeverAbroadForHome: no name of a US or Canadian school of
// the list, whole or with its first or last word dropped, is answered
// abroad from distinctive words.
func TestDistinctNeverAbroadForHome(t *testing.T) {
	c := mustClassifier(t)
	recs, err := readCSV(strings.NewReader(string(schoolsCSV)), []string{"school", "country", "kind", "aliases"})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, r := range recs {
		if !domestic(r[1]) {
			continue
		}
		for _, a := range append([]string{r[0]}, strings.Split(r[3], ";")...) {
			a = strings.TrimLeft(strings.TrimSpace(a), "+=")
			ws := strings.Fields(a)
			if len(ws) == 0 {
				continue
			}
			for _, name := range []string{a, strings.Join(ws[1:], " "), strings.Join(ws[:len(ws)-1], " ")} {
				if name == "" {
					continue
				}
				n++
				if s, ok := c.distinctAnswer(School{Input: name}, c.parse(name), ""); ok {
					t.Errorf("%q (%s) → %s %s from distinctive words", name, r[0], s.School, s.Country)
				}
			}
		}
	}
	if n < 3000 {
		t.Fatalf("only %d names checked", n)
	}
}

// TestWordsFoldEveryMark: diacritics the fold table lacks fold too, the
// same way for the lists and a name (Romanian breve, Czech caron, Turkish
// dotted capital I, which lower-cases to i and a combining dot).
func TestWordsFoldEveryMark(t *testing.T) {
	for _, tc := range []struct{ give, want string }{
		{"Medicină", "medicina"},
		{"İSTANBUL", "istanbul"},
		{"Šťastný", "stastny"},
		{"Ņikolajs", "nikolajs"},
		{"Hațieganu", "hatieganu"},
		{"Haţieganu", "hatieganu"},
		{"Медицина", "медицина"}, // another script is kept as it is
	} {
		if got := strings.Join(words(tc.give), " "); got != tc.want {
			t.Errorf("words(%q) = %q, want %q", tc.give, got, tc.want)
		}
	}
}

// FuzzDistinctAnswer: an answer from distinctive words is always a school
// abroad (never US or Canadian), and a US state named beside the name
// leaves it unanswered.
func FuzzDistinctAnswer(f *testing.F) {
	c := mustClassifier(f)
	for _, s := range []string{"Sechenov", "Iuliu Hațieganu", "Setchenov", "Kasr El-Ainy Medical School", "First MSMU n.a. I.M. Sechenov", "Victor Babeș", "Kapodistrian University of Athens", "Xavier", "", "Hatieganu Hatieganu Pirogov"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		s, ok := c.distinctAnswer(School{Input: name}, c.parse(name), "")
		if !ok {
			return
		}
		if s.IMG == nil || !*s.IMG || domestic(s.Country) || s.Country == "" {
			t.Fatalf("%q → %+v", name, s)
		}
		for _, suffix := range []string{", Ohio", ", Texas", ", Ontario"} {
			if s2, ok := c.distinctAnswer(School{}, c.parse(name+suffix), ""); ok {
				t.Fatalf("%q → %+v", name+suffix, s2)
			}
		}
	})
}
