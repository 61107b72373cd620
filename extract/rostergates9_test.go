package extract

import (
	"bytes"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/testweb"
)

// Session 9 gates of the roster readers, each checked against the reader
// it spares work (kept here as it was before the gate).

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
			return blocksFromHTMLSized(root, len(body)/128+16)
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
	sameReader(t, gateDocs(t), "groupedNameResidents", groupedNameResidents, groupedNameResidentsUngated)
	sameOnTexts(t, "groupedNameResidents", groupedSeeds, groupedNameResidents, groupedNameResidentsUngated)
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
		if g, w := groupedNameResidents(fuzzTextDoc(text, roster), "u"), groupedNameResidentsUngated(fuzzTextDoc(text, roster), "u"); !reflect.DeepEqual(g, w) {
			t.Fatalf("groupedNameResidents(%q, roster %v) = %v, want %v", text, roster, g, w)
		}
	})
}

// groupedNameResidentsUngated is groupedNameResidents before its run was
// asked before its group line.
func groupedNameResidentsUngated(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	for i := 0; i < len(d.blocks); i++ {
		g := d.blocks[i].text
		if d.blocks[i].role == roleRow || outOfScope(d, i) {
			continue
		}
		j := i + 1
		var run []imgfriendly.Resident
		if k := indexAny(g, ":–—"); k > 0 {
			head, names := strings.TrimSpace(g[:k]), strings.TrimLeft(g[k:], ":–— ")
			if !residentGroupLine(d, head) {
				names = ""
			}
			firsts := firstNames(strings.ReplaceAll(names, ";", ","))
			for _, p := range strings.FieldsFunc(strings.ReplaceAll(names, " and ", ","), func(r rune) bool { return r == ',' || r == ';' }) {
				name, ok := personName(p)
				if p = strings.TrimSpace(p); !ok && len(firsts) >= 2 && slices.Contains(firsts, p) {
					name, ok = p, true
				}
				if !ok {
					run = nil
					break
				}
				r := imgfriendly.Resident{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: g, Selector: d.blocks[i].selector()}}
				if trainingYear(head) {
					r.Year = head
				}
				run = append(run, r)
			}
			if len(run) >= 2 {
				out = append(out, run...)
				continue
			}
			run = nil
		}
		if !residentGroupLine(d, d.blocks[i].text) {
			continue
		}
		for ; j < len(d.blocks) && d.blocks[j].role != roleRow; j++ {
			if lineRole(d.blocks[j].text) != roleNone {
				break
			}
			name, ok := personName(d.blocks[j].text)
			if f := firstNames(d.blocks[j].text); !ok && len(f) == 1 {
				name, ok = f[0], true
			}
			if !ok {
				break
			}
			r := imgfriendly.Resident{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: g + " | " + d.blocks[j].text, Selector: d.blocks[j].selector()}}
			if trainingYear(g) || yearInText(g) != "" {
				r.Year = g
			}
			run = append(run, r)
		}
		if len(run) >= 2 {
			out = append(out, run...)
			i = j - 1
		}
	}
	return out
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
		got, want := readNameOf(&block{text: s}), readNameUngated(&block{text: s})
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
		if got, want := readNameOf(&block{text: s}), readNameUngated(&block{text: s}); got != want {
			t.Fatalf("readNameOf(%q) = %+v, want %+v", s, got, want)
		}
	})
}

// readNameUngated is readNameOf without mayOpenName.
func readNameUngated(b *block) nameReading {
	t := b.text
	var r nameReading
	r.name, r.isName = personName(t)
	if !r.isName && hasNameSeparator(t) {
		r.name, r.rest, r.withRest = nameWithRest(t)
	}
	if !r.isName && !r.withRest && strings.IndexByte(t, ',') > 0 && (b.hasYear() || romanYearField(t)) {
		r.name, r.year, r.withRest = nameDegreesYear(t)
	}
	if !r.isName && !r.withRest && strings.HasSuffix(t, ")") {
		if i := strings.LastIndexByte(t, '('); i > 0 {
			if y := strings.TrimSpace(t[i+1 : len(t)-1]); shortAside(y) && (isYearLine(y) || romanYear.MatchString(y)) {
				if n, ok := personName(t[:i]); ok {
					r.name, r.year, r.withRest = n, y, true
				}
			} else if schoolShaped(cleanSchool(y)) && !titleWords.in(y) {
				if n, ok := personName(t[:i]); ok {
					r.name, r.rest, r.withRest = n, y, true
				}
			}
		}
	}
	return r
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
}

func TestDesignatedGate(t *testing.T) {
	sameReader(t, gateDocs(t), "designatedResidents", designatedResidents, designatedResidentsRef)
	sameOnTexts(t, "designatedResidents", designatedSeeds, designatedResidents, designatedResidentsRef)
}

func FuzzDesignatedGate(f *testing.F) {
	for _, s := range designatedSeeds {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, text string, roster bool) {
		if len(text) > 4096 {
			return
		}
		if g, w := designatedResidents(fuzzTextDoc(text, roster), "u"), designatedResidentsRef(fuzzTextDoc(text, roster), "u"); !reflect.DeepEqual(g, w) {
			t.Fatalf("designatedResidents(%q, roster %v) = %v, want %v", text, roster, g, w)
		}
	})
}

// designatedHintsRef is the keyword gate designatedResidents had before
// designatedMay.
var designatedHintsRef = newKeywordSet([]string{"Dr", "Doctors", "esident ", "ntern ", "PGY", "esidents", "nterns", "hiefs", "rackers",
	"ousestaff", "ouse staff", "rainee"})

// designatedResidentsRef is designatedResidents with its earlier gate.
func designatedResidentsRef(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || len(b.text) < 25 || designatedHintsRef.find(b.text, 1) == 0 || outOfScope(d, i) {
			continue
		}
		for _, s := range joinTitleCuts(sentences(b.text)) {
			for _, r := range designatedInSentence(s) {
				if !strings.Contains(r.Name, " ") {
					if full, ok := fullNameFor(d, r.Name); ok {
						r.Name = full
					}
				}
				r.Evidence = imgfriendly.Evidence{URL: pageURL, Text: s, Selector: b.selector()}
				out = append(out, r)
			}
		}
	}
	return append(out, drListResidents(d, pageURL)...)
}

var exampleSeeds = []string{
	"Of the 12 residents who began this summer, five were raised in the state. Ana Ruiz studied chemistry at a state college; Ben Ota grew up on a farm.",
	"Our eight first-year residents come from six countries. Carla Diaz trained in Lima. Kofi Mensah ran marathons before medical school.",
	"The 10 new interns arrived in June. Dr. Jane Roe said the class is strong.",
	"Of the twelve residents, four are former fellows. Ana Ruiz was a fellow here.",
	"Nine new interns started in June. Ana Ruiz grew up in Peru; Ben Ota ran a free clinic before medical school.",
}

func TestExampleGate(t *testing.T) {
	sameReader(t, gateDocs(t), "exampleResidents", exampleResidents, exampleResidentsRef)
	sameOnTexts(t, "exampleResidents", exampleSeeds, exampleResidents, exampleResidentsRef)
}

func FuzzExampleGate(f *testing.F) {
	for _, s := range exampleSeeds {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, text string, roster bool) {
		if len(text) > 4096 {
			return
		}
		if g, w := exampleResidents(fuzzTextDoc(text, roster), "u"), exampleResidentsRef(fuzzTextDoc(text, roster), "u"); !reflect.DeepEqual(g, w) {
			t.Fatalf("exampleResidents(%q, roster %v) = %v, want %v", text, roster, g, w)
		}
	})
}

// exampleResidentsRef is exampleResidents without this session's gates (the block's hints, countBeforeRole).
func exampleResidentsRef(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || b.role == roleHeading || len(b.text) < 40 || !residentCount.MatchString(b.text) && !openingCountIn(b.text) || outOfScope(d, i) {
			continue
		}
		ss := sentences(b.text)
		for k, s := range ss {
			m := residentCount.FindStringSubmatch(s)
			if m == nil {
				if c := openingCount(s); c != "" {
					m = []string{s, c}
				} else {
					continue
				}
			}
			low := asciiLower(s)
			if otherRoles.in(low) || staffRoleWords.in(low) || notNowResident.in(low) || matchWords.in(low) {
				break // "Of the 12 residents and four faculty …", "former residents"
			}
			n, err := strconv.Atoi(m[1])
			if err != nil {
				n = smallNumbers[strings.ToLower(m[1])]
			}
			var found []imgfriendly.Resident
			for _, t := range ss[k+1:] {
				for c := range strings.SplitSeq(t, ";") {
					// the clause's first example, then those joined to it by
					// commas or "and" ("Ann Moe taught, Joe Poe served, and
					// Kim Doe was a nurse"); a clause that opens with no
					// example is read no further
					for j, p := range exampleParts(c) {
						e := exampleSubject.FindStringSubmatch(p)
						if e == nil {
							if j == 0 {
								break
							}
							continue
						}
						if speechVerbs[e[2]] {
							continue
						}
						if lc := asciiLower(p); staffRoleWords.in(beforeFormerCareer(lc)) || exampleNotResident.in(lc) {
							break // "Helen Marsh is the program director": what the clause says of its subject (and of those joined to it)
						}
						name, ok := personName(e[1])
						if !ok || isSchoolLine(e[1]) || hasAcronym(e[1]) {
							continue
						}
						found = append(found, imgfriendly.Resident{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: t, Selector: b.selector()}})
					}
				}
			}
			if len(found) > 0 && len(found) <= n {
				out = append(out, found...)
			}
			break
		}
	}
	return out
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
