package extract

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// Session 11's necessary conditions before two roster readers'
// expressions: each reader, gated, against the same reader ungated, on the
// golden pages and a testweb site; and each gate against its expression on
// seeds and fuzzed texts.

var addressedSeeds = []string{
	"Our new interns arrived this week. Welcome, Ana, Ben, Chidi and Dana!",
	"The chief residents were announced. Congratulations, Ana and Ben!",
	"Meet the residents. A warm welcome to the family, Ana and Ben!",
	"The residents finished the year. Ana, Ben and Chidi: thank you for everything!",
	"Our residents matched. Ana and Ben — welcome!",
	"Our residents matched. Ana and Ben - Congrats to both",
	"Welcome to our residency program! Residents rotate at two hospitals.",
	"Residents: thanks for applying. Welcome, Texas, Ohio and Iowa!",
	"Residents and Ana & Ben:\tthank you", "Residents. Ana and Ben – ſo welcome", "Residents. Ana and Ben: \u212aongrats",
}

func TestAddressedGate(t *testing.T) {
	sameReader(t, gateDocs(t), "addressedResidents", addressedResidents, ungatedReader(addressedResidents))
	sameOnTexts(t, "addressedResidents", addressedSeeds, addressedResidents, ungatedReader(addressedResidents))
	for _, text := range addressedSeeds {
		for _, s := range sentences(text) {
			checkAddressedMay(t, s)
		}
	}
}

func checkAddressedMay(t *testing.T, s string) {
	t.Helper()
	if addressedList.re.MatchString(s) && !addressedListMay(s) {
		t.Fatalf("addressedListMay(%q) = false, but addressedList matches", s)
	}
	if addressedFirst.re.MatchString(s) && !addressedFirstMay(s) {
		t.Fatalf("addressedFirstMay(%q) = false, but addressedFirst matches", s)
	}
}

func FuzzAddressedMay(f *testing.F) {
	for _, s := range addressedSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkAddressedMay(t, s)
	})
}

var classSignatureSeeds = []string{
	"Ana Ruiz, MD, Class of 2027", "“The program felt like family from day one.” — Ben Ota, Class of 2026.",
	"I loved the wards. Dr. Carla Diaz, Class of 2025 ", "Kevin P., Class of 2023", "(Ana Ruiz, class of 2024)",
	"The 3 residents! Ana Ruiz, D.O., Class of 1999:)", "Ana Ruiz\u00a0Díaz, Class of 2027", "José García-López, MBBS, Class of 2028",
	"x\xe2\x80Ana Ruiz, Class of 2027", "Ana, Class of 2027", "Class of 2027", "“Great.”Ana Ruiz Díaz Ng, Class of 2027",
}

func TestFindClassSignature(t *testing.T) {
	found := 0
	for _, s := range classSignatureSeeds {
		got, want := findClassSignature(s), classSignature.FindStringSubmatchIndex(s)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("findClassSignature(%q) = %v, want %v", s, got, want)
		}
		if want != nil {
			found++
		}
	}
	if found < 5 {
		t.Errorf("only %d seeds signed", found)
	}
	sameReader(t, gateDocs(t), "classSignedResidents", classSignedResidents, ungatedReader(classSignedResidents))
}

func FuzzFindClassSignature(f *testing.F) {
	for _, s := range classSignatureSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := findClassSignature(s), classSignature.FindStringSubmatchIndex(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("findClassSignature(%q) = %v, want %v", s, got, want)
		}
	})
}

// twoTitlesByByte is twoTitles as it was, a test at every byte: the
// reference of the search that replaced it.
func twoTitlesByByte(t string) bool {
	n := 0
	for i := 0; i+2 < len(t); i++ {
		if t[i] == 'D' && t[i+1] == 'r' && (t[i+2] == '.' || t[i+2] == ' ') && wordStart(t, i) {
			if n++; n == 2 {
				return true
			}
		}
	}
	return false
}

var twoTitlesSeeds = []string{"Dr. Ana Ruiz and Dr Ben Ota", "Dr. Ana RuizDr. Ben Ota", "Drs. Ana and Dr. Ben", "Dr", "Dr.Dr.", "xDr. Ana, Dr. Ben", "Dr. A; Dr",
	"Dr Dr", "Dr. Ana Ruiz, Dr. Ben Ota and Dr. Carla Diaz", "the Dr. and the Dr "}

func TestTwoTitles(t *testing.T) {
	sameBoolOnSeeds(t, "twoTitles", twoTitlesSeeds, twoTitles, twoTitlesByByte, "hold two titles")
}

func FuzzTwoTitles(f *testing.F) {
	for _, s := range twoTitlesSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { sameBool(t, "twoTitles", s, twoTitles, twoTitlesByByte) })
}

// FuzzTrimmedResidentWords checks what signedWelcomeResidents relies on to
// ask its title block's kept answer: a block's residentHeadWords answer is
// that of its text trimmed of white space.
func FuzzTrimmedResidentWords(f *testing.F) {
	for _, s := range []string{" Chief Residents' Welcome ", "\u00a0residents\u2028", "Welcome from our interns\n", "housestaff", " house staff ", "ſresident "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b := &block{text: s}
		if got, want := b.in(&residentHeadWords), residentHeadWords.in(strings.TrimSpace(s)); got != want {
			t.Fatalf("block in(%q) = %v, trimmed %v", s, got, want)
		}
	})
}

// containsFoldByByte is containsFold as it was, a test at every byte: the
// reference of the byte search that replaced it.
func containsFoldByByte(s, w string) bool {
	lo, up := w[0], w[0]-'a'+'A'
	for i := 0; i+len(w) <= len(s); i++ {
		if c := s[i]; (c == lo || c == up) && hasPrefixFold(s[i+1:], w[1:]) {
			return true
		}
	}
	return false
}

var containsFoldSeeds = [][2]string{{"Our Graduating Residents", "graduating"}, {"GRADUATING CLASS", "graduating"}, {"graduatinG", "graduating"},
	{"gg graduation and graduating", "graduating"}, {"Gradu", "graduating"}, {"Match Day", "match"}, {"/students/matchlist", "student"},
	{"must PASS Step 1", "pass"}, {"", "pass"}, {"gGgGgraduating", "graduating"}, {"graduatin", "graduating"}}

func TestContainsFold(t *testing.T) {
	yes := 0
	for _, c := range containsFoldSeeds {
		if got, want := containsFold(c[0], c[1]), containsFoldByByte(c[0], c[1]); got != want {
			t.Errorf("containsFold(%q, %q) = %v, want %v", c[0], c[1], got, want)
		}
		if containsFoldByByte(c[0], c[1]) {
			yes++
		}
	}
	if yes == 0 || yes == len(containsFoldSeeds) {
		t.Errorf("%d of %d seeds hold their word: the comparison says little", yes, len(containsFoldSeeds))
	}
}

func FuzzContainsFold(f *testing.F) {
	for _, c := range containsFoldSeeds {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, s, w string) {
		if w == "" {
			return
		}
		if got, want := containsFold(s, w), containsFoldByByte(s, w); got != want {
			t.Fatalf("containsFold(%q, %q) = %v, want %v", s, w, got, want)
		}
	})
}

// headlineCaseRunes is headlineCase as it was for every text, by rune: the
// reference of its ASCII reading.
func headlineCaseRunes(s string) bool {
	n := 0
	for w := range strings.FieldsSeq(s) {
		w = strings.Trim(w, "\"“”'‘’(),:;.!?")
		if len(w) < 4 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 4
}

var headlineSeeds = []string{"Largest Class of Residents Finds Its Home in Ohio", "Our chief residents Ana Ruiz and Ben Ota",
	"\"Meet The New Chief Residents!\"", "(Welcome) Class 2026: Interns Arrive Today.", "Meet\tThe\vNew\fChief\rResidents",
	"1234 Main Street Suite Hall", "Meet the Residents Here Now", "“Meet The New Chiefs”", "Ünïcode Words Here Also Today"}

func TestHeadlineCase(t *testing.T) {
	sameBoolOnSeeds(t, "headlineCase", headlineSeeds, headlineCase, headlineCaseRunes, "in headline case")
}

func FuzzHeadlineCase(f *testing.F) {
	for _, s := range headlineSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { sameBool(t, "headlineCase", s, headlineCase, headlineCaseRunes) })
}

var lineRoleSeeds = []string{"Chief Resident", "PGY-2", "Second-Year Resident", "Intern", "R3", "r5 rotation", "House Officer", "Resident Physician",
	"Hospitalist", "Medical School: University of X", "Hometown: Lima, Peru", "Former Chief Resident", "ſenior reſident", "Associate Program Director",
	"Residency Program Coordinator", "INTERNAL MEDICINE", "Alumni", "co-chief residents", "PGY III", "house\tofficer"}

// TestLineRoleGate checks lineRole, gated by residentRoleMay, against
// lineRole ungated on the seeds and on every short block of the golden
// pages and a testweb site.
func TestLineRoleGate(t *testing.T) {
	texts := slices.Clone(lineRoleSeeds)
	for _, d := range gateDocs(t)() {
		for i := range d.blocks {
			if len(d.blocks[i].text) <= 70 {
				texts = append(texts, d.blocks[i].text)
			}
		}
	}
	spared, resident := 0, 0
	for _, s := range texts {
		got, want := lineRole(s), ungated(func() int { return lineRole(s) })
		if got != want {
			t.Fatalf("lineRole(%q) = %v, ungated %v", s, got, want)
		}
		w := readRoleHits(s)
		if !residentRoleMay(&w) {
			spared++
		}
		if want == roleResident {
			resident++
		}
	}
	if spared == 0 || resident == 0 {
		t.Fatalf("%d lines spared, %d resident lines: the comparison says little", spared, resident)
	}
}

func FuzzLineRoleGate(f *testing.F) {
	for _, s := range lineRoleSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := lineRole(s), ungated(func() int { return lineRole(s) }); got != want {
			t.Fatalf("lineRole(%q) = %v, ungated %v", s, got, want)
		}
		if residentRoleRE.MatchString(s) {
			if w := readRoleHits(s); !residentRoleMay(&w) {
				t.Fatalf("residentRoleMay(%q) = false, but residentRoleRE matches", s)
			}
		}
	})
}

// sameBoolOnSeeds holds a fast test to its reference on every seed, and
// asks that the seeds hold both answers (else the comparison says little).
func sameBoolOnSeeds(t *testing.T, name string, seeds []string, fast, ref func(string) bool, what string) {
	t.Helper()
	yes := 0
	for _, s := range seeds {
		sameBool(t, name, s, fast, ref)
		if ref(s) {
			yes++
		}
	}
	if yes == 0 || yes == len(seeds) {
		t.Errorf("%d of %d seeds %s: the comparison says little", yes, len(seeds), what)
	}
}

// sameBool reports where fast and ref answer s differently.
func sameBool(t *testing.T, name, s string, fast, ref func(string) bool) {
	t.Helper()
	if got, want := fast(s), ref(s); got != want {
		t.Errorf("%s(%q) = %v, want %v", name, s, got, want)
	}
}
