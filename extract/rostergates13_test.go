package extract

import (
	"bytes"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/imgfriendly/imgfriendly"
)

// hasOddFoldBefore is hasOddFold as it read before it skipped the ASCII
// bytes eight at a time.
func hasOddFoldBefore(s string) bool {
	return strings.Contains(s, "ſ") || strings.Contains(s, "\u212a")
}

var oddFoldSeeds = []string{"", "resident", "reſident", "ſ", "\u212a", "PGY-2 \u212aim", "Zoë Núñez, Class of 2026 ſ",
	"abcdefgh\u212a", "abcdefgſ", "abcdefghijklmnoſ", "é", "Émile", "ſtart", "\xc5", "\xe2\x84", "a\xe2\x84\xaa",
	"naïve café résumé", "1234567\xc5\xbf"}

// TestHasOddFold holds hasOddFold to its reading before.
func TestHasOddFold(t *testing.T) {
	sameBoolOnSeeds(t, "hasOddFold", oddFoldSeeds, hasOddFold, hasOddFoldBefore, "hold an odd fold")
}

func FuzzHasOddFold(f *testing.F) {
	for _, s := range oddFoldSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sameBool(t, "hasOddFold", s, hasOddFold, hasOddFoldBefore)
	})
}

// classSignedResidentsBefore is classSignedResidents as it read before it
// asked quoteBeside of the whole text before running the expression.
func classSignedResidentsBefore(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	page := int8(0)
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || !b.hasYear() || outOfScope(d, i) {
			continue
		}
		k := strings.LastIndex(b.text, "lass of ")
		if k < 1 || len(b.text)-k > 20 {
			continue
		}
		text, at := b.text, i
		if k == 1 && i > 0 && classLine.MatchString(b.text) {
			at = i - 1
			text = d.blocks[at].text + ", " + strings.TrimSpace(b.text)
			if d.blocks[at].role == roleRow || len(d.blocks[at].text) > 60 {
				continue
			}
		}
		m := findClassSignature(text)
		if m == nil {
			continue
		}
		if !quoteBeside(d, at, text[:m[0]]) || othersLineAbove(d, at) {
			continue
		}
		if page == 0 {
			page = 2
			if residentsNews(d) || rosterPage(d) {
				page = 1
			}
		}
		if page != 1 && !residentsLineAbove(d, i) {
			continue
		}
		name, ok := personName(text[m[2]:m[3]])
		if !ok || isSchoolLine(name) || hasAcronym(name) {
			continue
		}
		out = append(out, imgfriendly.Resident{Name: name, Year: "Class of " + strconv.Itoa(classYearAt(b.text[k:])),
			Evidence: imgfriendly.Evidence{URL: pageURL, Text: text, Selector: d.blocks[at].selector()}})
	}
	return out
}

// classSignedSeeds are pages in plain text whose lines sign quotes with a
// class, or hold a class line with no quote beside it.
var classSignedSeeds = []string{
	"Resident Voices\n\"I found a family here.\" Ana Ruiz, MD, Class of 2027\n“The teaching is superb.” — Ben Ota, Class of 2026.",
	"Meet Our Residents\nAna Ruiz, MD\nClass of 2027\nBen Ota, DO\nClass of 2026\nHometown: Lagos",
	"Hear from our residents\n“Our program supports us.”\nDr. Kim Lee, Class of 2028\nI chose this program for its people.",
	"Residents\nThe wards taught me more than I expected.\nJo Day, Class of 2029\nWelcome, Class of 2029",
	"Alumni\n\"It was a great place to train.\" Roy Tan, Class of 2015\nWhere are they now",
	"Our residents\n\"Great mentors\" — Ana B. Ruiz, M.D., Class of 2026:\n\"Busy but kind\" Li Wu, Class of 2019",
	"Resident Profiles\nGet to know the residents of our program.\nClass of 2026\n\"I love it.\"",
}

// TestClassSignedAsBefore holds classSignedResidents to its reading before
// on the seeds, the golden pages and a testweb mix.
func TestClassSignedAsBefore(t *testing.T) {
	var docs []*doc
	for _, s := range classSignedSeeds {
		docs = append(docs, blocksFromText([]byte(s)))
	}
	docs = append(docs, goldenAndWebDocs(t)...)
	found := 0
	for _, d := range docs {
		want := classSignedResidentsBefore(d, "http://x.test/")
		found += len(want)
		if got := classSignedResidents(d, "http://x.test/"); !reflect.DeepEqual(got, want) {
			t.Errorf("classSignedResidents = %v, before %v", got, want)
		}
	}
	if found < 3 {
		t.Errorf("%d residents signed with a class: the comparison says little", found)
	}
}

func FuzzClassSignedAsBefore(f *testing.F) {
	for _, s := range classSignedSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := classSignedResidentsBefore(blocksFromText([]byte(s)), "http://x.test/")
		if got := classSignedResidents(blocksFromText([]byte(s)), "http://x.test/"); !reflect.DeepEqual(got, want) {
			t.Errorf("classSignedResidents(%q) = %v, before %v", s, got, want)
		}
	})
}

// oneOfSamples are texts after a list of names that oneOfAfter reads, with
// near misses.
var oneOfSamples = []string{
	", who is one of our chief residents, said", " are two of the PGY-2 residents in the program", " was among our interns",
	" were some of the residents", ", Dr. Ota and Dr. Ruiz, are three of its co-chief residents", " is one of 12 interns",
	" is one of the faculty", " are among the best", " of the residents", " is one of our RESIDENTS", " is one of our reſidents",
	" is one of our residents’", " is one of our resident physicians.", " IS ONE OF OUR residents",
}

// TestOneOfRoleGate holds oneOfRole's derived gate to its expression.
func TestOneOfRoleGate(t *testing.T) {
	n := 0
	for _, s := range oneOfSamples {
		if oneOfRole.re.MatchString(s) {
			n++
		}
		checkGate(t, "oneOfRole", oneOfRole, s)
	}
	if n < 4 || n == len(oneOfSamples) {
		t.Errorf("%d of %d samples match: the check says little", n, len(oneOfSamples))
	}
}

// firstNamesBefore is firstNames as it read before it took a text with
// no list separator as its one part.
func firstNamesBefore(t string) []string {
	t = strings.TrimRight(strings.TrimSpace(t), ".!")
	if t == "" || len(t) > 80 || hasNotNameByte(t) {
		return nil
	}
	var out []string
	for _, p := range strings.FieldsFunc(andComma.Replace(t), func(r rune) bool { return r == ',' }) {
		w := strings.TrimSpace(p)
		if strings.ContainsAny(w, " .") || utf8.RuneCountInString(w) < 3 || nameWords(w) != 1 || isUpper(w) {
			return nil
		}
		lw := strings.ToLower(w)
		if notFirstNames[lw] || monthNames[lw] || isCountry(w) || notNameWords[lw] {
			return nil
		}
		out = append(out, w)
	}
	return out
}

var firstNamesSeeds = []string{"Priya", "Ana, Ben and Carla", "Ashley & Stephanie", "Ana ,", ", Ana", "Ana .", "Ana !", " Ana\t",
	"Ana Ruiz", "Ana andBen", "Ana&Ben", "Ana and Ben", "Ana,,Ben", "March", "India", "USA", "Al", "Chief Residents",
	"Zoë", "Zoë and Émile", "Ana;Ben", "Ana & ", "Ana and", "and Ana", "Ana\tand Ben", "Résumé"}

// TestFirstNamesAsBefore holds firstNames to its reading before on the
// seeds and every block of the golden pages and a testweb mix.
func TestFirstNamesAsBefore(t *testing.T) {
	texts := append([]string(nil), firstNamesSeeds...)
	for _, d := range goldenAndWebDocs(t) {
		for _, b := range d.blocks {
			texts = append(texts, b.text)
		}
	}
	one, many := 0, 0
	for _, s := range texts {
		want := firstNamesBefore(s)
		if got := firstNames(s); !reflect.DeepEqual(got, want) {
			t.Errorf("firstNames(%q) = %q, before %q", s, got, want)
		}
		switch {
		case len(want) == 1:
			one++
		case len(want) > 1:
			many++
		}
	}
	if one < 3 || many < 2 {
		t.Errorf("%d texts of one first name, %d of several: the comparison says little", one, many)
	}
}

func FuzzFirstNamesAsBefore(f *testing.F) {
	for _, s := range firstNamesSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := firstNames(s), firstNamesBefore(s); !reflect.DeepEqual(got, want) {
			t.Errorf("firstNames(%q) = %q, before %q", s, got, want)
		}
	})
}

// lastAwardSeparatorBefore is lastAwardSeparator as it read before it
// asked the byte before only of a dash.
func lastAwardSeparatorBefore(t string) int {
	for k := len(t) - 1; k >= 0; k-- {
		switch {
		case t[k] == ':':
			return k
		case k > 0 && strings.IndexByte("\t\n\f\r ", t[k-1]) >= 0 &&
			(t[k] == '-' || strings.HasPrefix(t[k:], "–") || strings.HasPrefix(t[k:], "—")):
			return k
		}
	}
	return -1
}

var awardSeparatorSeeds = []string{"", "Intern of the Year – Jane Doe, MD", "Chief Resident Award: John Roe", "Best Teacher:Ana",
	"Resident Research Prize - Ben Ota - 2024", "Doe, Jane-Smith", "PGY2 Award —\tCarla Diaz", "a\n–b", "x –", "– x", " —",
	"\xe2\x80", "a \xe2\x80\x93", "a\u00a0– b", "Award:\u2014 Jo", "Jo \u2012 Ann"}

// TestLastAwardSeparator holds lastAwardSeparator to its reading before.
func TestLastAwardSeparator(t *testing.T) {
	found := 0
	for _, s := range awardSeparatorSeeds {
		want := lastAwardSeparatorBefore(s)
		if want >= 0 {
			found++
		}
		if got := lastAwardSeparator(s); got != want {
			t.Errorf("lastAwardSeparator(%q) = %d, before %d", s, got, want)
		}
	}
	if found < 5 || found == len(awardSeparatorSeeds) {
		t.Errorf("%d of %d seeds have a separator: the comparison says little", found, len(awardSeparatorSeeds))
	}
}

func FuzzLastAwardSeparator(f *testing.F) {
	for _, s := range awardSeparatorSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := lastAwardSeparator(s), lastAwardSeparatorBefore(s); got != want {
			t.Errorf("lastAwardSeparator(%q) = %d, before %d", s, got, want)
		}
	})
}

// goldenAndWebDocs returns the blocks of every golden page and of a testweb
// mix (30 programs, seed 5), sized as Page sizes them: the corpus the
// as-before tests compare on.
func goldenAndWebDocs(t *testing.T) []*doc {
	t.Helper()
	var docs []*doc
	for _, body := range append(goldenPageBodies(t), testwebPages(t, 30, 5)...) {
		root, err := html.Parse(bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, blocksFromHTMLSized(root, blockRoom(len(body))))
	}
	return docs
}
