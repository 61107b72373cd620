package extract

import (
	"bytes"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/testweb"
)

// Session 9 gates of the roster readers, each checked against the same
// reader run with its gates off (gatesOff).

// ungated returns f's answer with the readers' gates off.
func ungated[R any](f func() R) R {
	gatesOff = true
	defer func() { gatesOff = false }()
	return f()
}

// ungatedReader is reader run with its gates off.
func ungatedReader(reader func(*doc, string) []imgfriendly.Resident) func(*doc, string) []imgfriendly.Resident {
	return func(d *doc, pageURL string) []imgfriendly.Resident {
		return ungated(func() []imgfriendly.Resident { return reader(d, pageURL) })
	}
}

// readNameUngated is readNameOf of a line without mayOpenName.
func readNameUngated(s string) nameReading {
	return ungated(func() nameReading { return readNameOf(&block{text: s}) })
}

// gateDocs returns a function that makes fresh docs of the golden pages
// and of a small testweb site: a reader's memos are per doc.
func gateDocs(t testing.TB) func() []*doc {
	t.Helper()
	var bodies [][]byte
	paths, _ := filepath.Glob("testdata/*/page.*")
	if len(paths) < 60 {
		t.Fatalf("only %d golden pages", len(paths))
	}
	for _, p := range paths {
		body, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		bodies = append(bodies, body)
	}
	w, err := testweb.New(testweb.Config{Programs: 24, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	for _, pt := range w.Truth().Programs {
		for _, pg := range pt.Pages {
			rec := httptest.NewRecorder()
			w.Handler().ServeHTTP(rec, httptest.NewRequest("GET", pg.URL, nil))
			bodies = append(bodies, rec.Body.Bytes())
		}
	}
	return func() []*doc {
		var ds []*doc
		for _, body := range bodies {
			ds = append(ds, docOf(body))
		}
		return ds
	}
}

// docOf reads a page's blocks as Page does.
func docOf(body []byte) *doc {
	if hasMarkup(body) {
		if root, err := html.Parse(bytes.NewReader(body)); err == nil {
			return blocksFromHTMLSized(root, blockRoom(len(body)))
		}
		return blocksFromText(tokenText(body))
	}
	return blocksFromText(body)
}

// sameReader checks a gated reader against its reference on fresh docs,
// and on docs whose memos the card reader has filled.
func sameReader(t *testing.T, docs func() []*doc, name string, got, want func(*doc, string) []imgfriendly.Resident) {
	t.Helper()
	for _, warm := range []bool{false, true} {
		ds, ref := docs(), docs()
		for k := range ds {
			if warm {
				cardResidents(ds[k], "u")
				cardResidents(ref[k], "u")
			}
			g, w := got(ds[k], "u"), want(ref[k], "u")
			if !reflect.DeepEqual(g, w) {
				t.Fatalf("%s on page %d (warm %v) = %v, want %v", name, k, warm, g, w)
			}
		}
	}
}

// sameOnTexts checks a gated reader against its reference on plain-text
// docs of texts, on a roster page and off one; the texts must give some
// resident, or the comparison says little.
func sameOnTexts(t *testing.T, name string, texts []string, got, want func(*doc, string) []imgfriendly.Resident) {
	t.Helper()
	found := 0
	for _, s := range texts {
		for _, roster := range []bool{false, true} {
			g, w := got(fuzzTextDoc(s, roster), "u"), want(fuzzTextDoc(s, roster), "u")
			if !reflect.DeepEqual(g, w) {
				t.Errorf("%s(%q, roster %v) = %v, want %v", name, s, roster, g, w)
			}
			found += len(g)
		}
	}
	if found == 0 {
		t.Errorf("%s found no resident in its texts: the comparison says little", name)
	}
}

// fuzzTextDoc is a plain-text doc of a fuzzed text, under a roster
// page's heading when roster.
func fuzzTextDoc(text string, roster bool) *doc {
	if roster {
		text = "Meet Our Residents\n" + text
	}
	d := blocksFromText([]byte(text))
	if roster && len(d.blocks) > 0 {
		d.blocks[0].role = roleHeading
	}
	return d
}

var groupedSeeds = []string{"PGY-2\nJane Doe\nJohn Roe", "Chief Residents\nAna\nBen", "Class of 2027\nAna Ruiz\nBen Ota\nCarla Diaz",
	"Interns 2025–2026\nDr. Ana Ruiz\nBen Ota, MD", "PGY-1: Ana Ruiz, Ben Ota and Carla Diaz", "Chief Residents 2026: Ana, Ben and Carla",
	"Our Team\nAna Ruiz\nChief Resident\nBen Ota", "Resident Wellness Committee\nAna Ruiz\nBen Ota", "PGY-3\nPriya\nSam\nHospitalist"}

func TestGroupedNamesGate(t *testing.T) {
	sameReader(t, gateDocs(t), "groupedNameResidents", groupedNameResidents, ungatedReader(groupedNameResidents))
	sameOnTexts(t, "groupedNameResidents", groupedSeeds, groupedNameResidents, ungatedReader(groupedNameResidents))
}

func FuzzGroupedNamesGate(f *testing.F) {
	for _, s := range groupedSeeds {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, text string, roster bool) {
		if len(text) > 4096 {
			return
		}
		if g, w := groupedNameResidents(fuzzTextDoc(text, roster), "u"), ungatedReader(groupedNameResidents)(fuzzTextDoc(text, roster), "u"); !reflect.DeepEqual(g, w) {
			t.Fatalf("groupedNameResidents(%q, roster %v) = %v, want %v", text, roster, g, w)
		}
	})
}

var nameLineSeeds = []string{"Jane Doe", "Dr. Jane Doe, MD", "Smith, Jane", "Doe, Jane - University of X (PGY-2)", "Jane Doe, MD, PGY-3",
	"Jane Doe, MD (PGY-III)", "Jane Doe, MD (University of X School of Medicine)", `Katherine "Katie" Lee`, "de la Cruz, Ana",
	"van der Berg, Jan | PGY-1 | University of X", "José García-López", "Drs Ana Ruiz", "The program director", "USMLE Step 1",
	"Director's Welcome", "Selected Podcast", "O'Neil, Pat: University of X", "Jane Doe, PGY II", "Dr.\u00a0Ana Ruiz", "ANA RUIZ",
	"A. B. Cee, MD", "Ana\tRuiz", `Dr. "Katie" Lee`, "Doctor (Sam) Lee, MD", "Dr. (Sam) Lee | PGY-2 | University of X",
	"REPRESENTATIVE Ada Moss", "Class Representative Lia Cruz", "Vice President Ada Moss - University of X", "Ana Ruiz: University of X, PGY-2",
	"Doe, J. Ann", "Ana de Souza", "de Souza, Ana", "Ana Ruiz-Diaz, MD", "Ana J. Ruiz", "Ana ,Ruiz", "December 15, 2025 news", "Ana Ruiz — Ross University School of Medicine"}

// TestMayOpenName checks the gated name reading against the full one on
// every block of the golden pages and a testweb site, and on name lines.
func TestMayOpenName(t *testing.T) {
	texts := slices.Clone(nameLineSeeds)
	for _, d := range gateDocs(t)() {
		for i := range d.blocks {
			texts = append(texts, d.blocks[i].text)
		}
	}
	read, gated := 0, 0
	for _, s := range texts {
		got, want := readNameOf(&block{text: s}), readNameUngated(s)
		if got != want {
			t.Fatalf("readNameOf(%q) = %+v, want %+v", s, got, want)
		}
		if want.isName || want.withRest {
			read++
		}
		if !mayOpenName(s) {
			gated++
		}
	}
	if read == 0 || gated == 0 {
		t.Fatalf("%d name lines read, %d lines spared: the comparison says little", read, gated)
	}
}

func FuzzMayOpenName(f *testing.F) {
	for _, s := range nameLineSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := readNameOf(&block{text: s}), readNameUngated(s); got != want {
			t.Fatalf("readNameOf(%q) = %+v, want %+v", s, got, want)
		}
	})
}

var designatedSeeds = []string{
	"This spring our chief residents, Drs. Ana Ruiz and Ben Ota, led the retreat for the whole program.",
	"Third-year resident Carla Diaz presented her poster at the state meeting last week.",
	"We thank Drs. Kofi Mensah and Lena Park, who served this year as our current chief residents.",
	"Dr. Ana Ruiz from Ross University School of Medicine, Dr. Ben Ota from the University of Lagos College of Medicine.",
	"Our interns Priya Shah and Tom Berg started on the wards in June, with their research trackers close behind.",
	"Our short-trackers Ana Ruiz and Ben Ota joined the lab this fall as part of the program.",
	"The housestaff lounge was renovated; trainees may use it at any hour of the day or night.",
	"Doctors Ana Ruiz and Ben Ota are two of the residents who will present at the regional meeting.",
	"Dr. Jane Roe, our program director, welcomed the new class at orientation this summer.",
	"Residents: Ana Ruiz, Ben Ota and Carla Diaz will attend the conference in the fall term.",
	// session 12: the role expressions asked only of a block with a role's word (designatedRolesMay)
	"Dr. Ana Ruiz spoke at the retreat. Dr. Ben Ota, our program director, thanked her for it.",
	"Our PGY-2s Ana Ruiz and Ben Ota presented at grand rounds. Our Chiefs are Carla Diaz and Kofi Mensah.",
	"The chiefs, Ana Ruiz and Ben Ota, met with Drs. Lena Park and Tom Berg.",
	"Our Research Trackers Ana Ruiz and Ben Ota joined us. Dr. Lena Park leads their lab.",
	"Our ſhort-trackers Ana Ruiz and Ben Ota joined. Our Kelvin \u212a interns Ana Ruiz and Ben Ota came.",
	"New Resident Doctors Take Their Oath. Resident Jane Roe, Intern Sam Lee spoke.",
	"The chief resident, Ana Ruiz, met intern physician Ben Ota and the PGY-1s: Carla Diaz, Tom Berg.",
}

func TestDesignatedGate(t *testing.T) {
	sameReader(t, gateDocs(t), "designatedResidents", designatedResidents, ungatedReader(designatedResidents))
	sameOnTexts(t, "designatedResidents", designatedSeeds, designatedResidents, ungatedReader(designatedResidents))
}

// TestDesignatedRoleGates holds designatedIn to asking roleThenName's gate
// for roleCommaName: the two gates look for the same words, in either case.
func TestDesignatedRoleGates(t *testing.T) {
	a, b := roleThenName, roleCommaName
	if !reflect.DeepEqual(a.hints.groups, b.hints.groups) || a.hints.fold != b.hints.fold || a.all != b.all {
		t.Fatalf("roleThenName's gate %q (fold %v, all %d), roleCommaName's %q (fold %v, all %d)",
			a.hints.groups, a.hints.fold, a.all, b.hints.groups, b.hints.fold, b.all)
	}
}

func FuzzDesignatedGate(f *testing.F) {
	for _, s := range designatedSeeds {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, text string, roster bool) {
		if len(text) > 4096 {
			return
		}
		if g, w := designatedResidents(fuzzTextDoc(text, roster), "u"), ungatedReader(designatedResidents)(fuzzTextDoc(text, roster), "u"); !reflect.DeepEqual(g, w) {
			t.Fatalf("designatedResidents(%q, roster %v) = %v, want %v", text, roster, g, w)
		}
	})
}

var exampleSeeds = []string{
	"Of the 12 residents who began this summer, five were raised in the state. Ana Ruiz studied chemistry at a state college; Ben Ota grew up on a farm.",
	"Our eight first-year residents come from six countries. Carla Diaz trained in Lima. Kofi Mensah ran marathons before medical school.",
	"The 10 new interns arrived in June. Dr. Jane Roe said the class is strong.",
	"Of the twelve residents, four are former fellows. Ana Ruiz was a fellow here.",
	"Nine new interns started in June. Ana Ruiz grew up in Peru; Ben Ota ran a free clinic before medical school.",
}

func TestExampleGate(t *testing.T) {
	sameReader(t, gateDocs(t), "exampleResidents", exampleResidents, ungatedReader(exampleResidents))
	sameOnTexts(t, "exampleResidents", exampleSeeds, exampleResidents, ungatedReader(exampleResidents))
}

func FuzzExampleGate(f *testing.F) {
	for _, s := range exampleSeeds {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, text string, roster bool) {
		if len(text) > 4096 {
			return
		}
		if g, w := exampleResidents(fuzzTextDoc(text, roster), "u"), ungatedReader(exampleResidents)(fuzzTextDoc(text, roster), "u"); !reflect.DeepEqual(g, w) {
			t.Fatalf("exampleResidents(%q, roster %v) = %v, want %v", text, roster, g, w)
		}
	})
}

// isCountryRef is isCountry without its shape test.
func isCountryRef(s string) bool {
	_, ok := countries[strings.ToLower(strings.TrimSpace(s))]
	return ok
}

// TestIsCountryShapes checks isCountry against the plain look-up on every
// country's spellings and on every name line of the golden pages.
func TestIsCountryShapes(t *testing.T) {
	texts := slices.Clone(nameLineSeeds)
	for k, v := range countries {
		texts = append(texts, k, v, strings.ToUpper(v), " "+v+" ", v+"s", v[:len(v)-1])
	}
	for _, d := range gateDocs(t)() {
		for i := range d.blocks {
			texts = append(texts, d.blocks[i].text)
		}
	}
	for _, s := range texts {
		if got, want := isCountry(s), isCountryRef(s); got != want {
			t.Fatalf("isCountry(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzIsCountryShapes(f *testing.F) {
	for _, s := range []string{"India", "UNITED STATES", "St. Kitts", "Curaçao", "Türkiye", "\u212aenya", "Jane Doe", "@", "u.s."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isCountry(s), isCountryRef(s); got != want {
			t.Fatalf("isCountry(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzCountBeforeRole checks countBeforeRole wherever residentCount
// matches a text without characters that fold into ASCII letters.
func FuzzCountBeforeRole(f *testing.F) {
	for _, s := range append(slices.Clone(exampleSeeds), "Of the 12 residents", "our TWELVE\tnew Interns", "the program's 3 resident physicians",
		"its 7 incoming residents", "the 123 residents", "our five-year residents", "the 4\u00a0residents") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if residentCount.re.MatchString(s) && !hasOddFold(s) && !countBeforeRole(s) {
			t.Fatalf("residentCount matches %q, but countBeforeRole says it cannot", s)
		}
	})
}
