package transform

import (
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// gazetteer.csv is derived from GeoNames (cities of 50,000 inhabitants
// or more abroad, with their other-language names), ISO 3166-2 and CLDR
// (first-level subdivisions abroad) and swot (universities abroad), and
// lists the US and Canadian places and colleges of the same names;
// gazetteer_gen.go makes it (see SCHOOLS.md).
//
//go:embed gazetteer.csv
var gazetteerCSV []byte

// homeRatio is how many times more inhabitants a city abroad must have
// than its largest US or Canadian namesake to name the country by itself:
// "Birmingham" (UK 984k, Alabama 212k), "Oxford" (UK 171k, Mississippi
// 22k), "Hanover" (Germany 515k, Pennsylvania 38k) are not; "Paris" (86×
// Paris, Texas), "Liverpool" are. A subdivision abroad with any US or
// Canadian namesake ("Surrey", "Norfolk", "Saint John") never does.
const homeRatio = 25

// metropolis is the size from which a city abroad outweighs a US or
// Canadian college named with its name ("Sydney", Australia, and
// Hampden-Sydney College; but "Mary", Turkmenistan, and the College of
// William and Mary).
const metropolis = 1_000_000

// confGazetteer is the confidence of a place abroad from the gazetteer,
// beside a word of a school's name.
const confGazetteer = 0.6

// confInstitution is the confidence of a university abroad named in full
// (a school the list lacks is most often its faculty of medicine).
const confInstitution = 0.7

// gazPlace is a place abroad of the gazetteer.
type gazPlace struct {
	country string // "" when places of several countries share the name
	pop     int    // inhabitants (0: a subdivision)
	strong  bool   // names its country alone: no US or Canadian namesake of comparable size
}

// gazetteer indexes the places abroad by their words (placeWords), and
// the institutions abroad by their normalised tokens.
type gazetteer struct {
	once    sync.Once  // the index is built on first use: most names never need it
	src     *gazSource // the rows read, until the index is built
	places  map[string]gazPlace
	first   map[string]int    // first word of a place → its longest place, in words
	glued   int               // longest place written as one word, in letters
	inst    map[string]string // institution abroad → its country ("" when several share the name)
	home    map[string]bool   // names (placeWords keys) of the US and Canadian namesakes of places abroad
	maxInst int               // longest institution, in tokens
}

// gazSource holds the rows of gazetteer.csv as read and checked by
// loadGazetteer, until buildGazetteer indexes them.
type gazSource struct {
	cands      map[string]gazCand // places abroad by placeWords key
	insts      map[string]string  // institution abroad → its country, "" when two differ
	homePop    map[string]int     // US and Canadian namesakes' population
	homeSchool map[string]bool    // places a US or Canadian college is named for
	homeNames  map[string]bool    // normalised names of the US and Canadian places above
}

// gazCand is a place abroad as read, before the checks against the lists.
type gazCand struct {
	gazPlace
	region bool
}

// schoolWords are the words of which one must stand beside a place of
// the gazetteer for the name to be a school's ("Xian Jiaotong
// University"; "Xian" alone is a city).
var schoolWords = map[string]bool{
	"university": true, "college": true, "faculty": true, "institute": true, "school": true,
	"medical": true, "medicine": true, "academy": true,
}

// loadGazetteer reads gazetteer.csv. It runs after the schools and
// places are loaded: a place of places.csv keeps its own kind, and a name
// that is a word or words of a US or Canadian school's name ("Temple",
// "Loma Linda", "Saint Louis") is no place abroad.
func (c *Classifier) loadGazetteer(r io.Reader) error {
	recs, err := readCSV(r, []string{"name", "country", "kind", "population"})
	if err != nil {
		return err
	}
	src := &gazSource{cands: map[string]gazCand{}, insts: map[string]string{}, homePop: map[string]int{},
		homeSchool: map[string]bool{}, homeNames: map[string]bool{}}
	cands, insts, homePop, homeSchool, homeNames := src.cands, src.insts, src.homePop, src.homeSchool, src.homeNames
	for i, rec := range recs {
		name, country, kind := strings.TrimSpace(rec[0]), strings.TrimSpace(rec[1]), strings.TrimSpace(rec[2])
		pop, err := strconv.Atoi(strings.TrimSpace(rec[3]))
		if err != nil || pop < 0 {
			return fmt.Errorf("row %d (%s): population %q: want a whole number ≥ 0", i+2, name, rec[3])
		}
		ws := placeWords(name)
		if len(ws) == 0 {
			continue
		}
		k := key(ws)
		switch kind {
		case "home":
			if !domestic(country) {
				return fmt.Errorf("row %d (%s): kind home needs United States or Canada, not %q", i+2, name, country)
			}
			homePop[k] = max(homePop[k], pop)
			homeNames[key(normalize(name).tokens)] = true
		case "city", "region":
			if domestic(country) || country == "" {
				return fmt.Errorf("row %d (%s): kind %s needs a country abroad, not %q", i+2, name, kind, country)
			}
			old, seen := cands[k]
			switch {
			case !seen || pop > old.pop:
				if seen && old.country != country && pop < 10*old.pop {
					country = "" // two countries' places of like size
				}
				cands[k] = gazCand{gazPlace{country: country, pop: pop}, kind == "region" && (!seen || old.region)}
			case old.country != country && old.pop < 10*pop:
				old.country = ""
				cands[k] = old
			}
		case "home_school":
			if !domestic(country) {
				return fmt.Errorf("row %d (%s): kind home_school needs United States or Canada, not %q", i+2, name, country)
			}
			homeSchool[k] = true
			homeNames[key(normalize(name).tokens)] = true
		case "institution":
			if domestic(country) || country == "" {
				return fmt.Errorf("row %d (%s): kind institution needs a country abroad, not %q", i+2, name, country)
			}
			if old, ok := insts[name]; ok && old != country {
				country = ""
			}
			insts[name] = country
		default:
			return fmt.Errorf("row %d (%s): unknown kind %q", i+2, name, kind)
		}
	}
	c.gaz.src = src
	return nil
}

// gazIndex returns the gazetteer's index, built on first use.
func (c *Classifier) gazIndex() *gazetteer {
	c.gaz.once.Do(c.buildGazetteer)
	return &c.gaz
}

// buildGazetteer indexes the rows loadGazetteer read, against the
// schools and places of the other lists.
func (c *Classifier) buildGazetteer() {
	src := c.gaz.src
	c.gaz.src = nil
	g := &c.gaz
	g.places, g.first, g.inst = map[string]gazPlace{}, map[string]int{}, map[string]string{}
	cands, homePop, homeSchool, homeNames := src.cands, src.homePop, src.homeSchool, src.homeNames
	g.home = make(map[string]bool, len(homePop))
	for k := range homePop {
		g.home[k] = true
	}
	home := c.homeGrams()
	for name, country := range src.insts {
		c.addInstitution(g, name, country, home, homeNames)
	}
	for k, p := range cands {
		ws := strings.Fields(k)
		if ref, ok := c.places[k]; ok {
			// places.csv decides; its cities abroad are read glued too.
			if ref.kind == "city" {
				g.places[k] = gazPlace{country: ref.country, pop: p.pop, strong: true}
			}
			continue
		}
		toks := normalize(k).tokens
		if len(toks) == 0 || home[key(toks)] || !distinctive(toks) || c.formWords(toks) {
			continue
		}
		hp := homePop[k]
		p.strong = (!homeSchool[k] || p.pop >= metropolis) && (hp == 0 || !p.region && p.pop >= homeRatio*hp)
		g.places[k] = p.gazPlace
		g.first[ws[0]] = max(g.first[ws[0]], len(ws))
		if len(ws) == 1 {
			g.glued = max(g.glued, len(k))
			continue
		}
		// A name of several words is also written as one ("Chon Buri",
		// "Chonburi"), when that is no other place's name.
		glued := strings.Join(ws, "")
		if _, ok := cands[glued]; ok || homePop[glued] > 0 {
			continue
		}
		if _, ok := c.places[glued]; ok || home[glued] {
			continue
		}
		switch old, ok := g.places[glued]; {
		case !ok || old.pop < p.pop:
			g.places[glued] = p.gazPlace
		case old.pop == p.pop && old.country != p.country:
			old.country = "" // (whichever came first)
			g.places[glued] = old
		}
		g.first[glued] = max(g.first[glued], 1)
		g.glued = max(g.glued, len(glued))
	}
	for k, ref := range c.places {
		if _, ok := g.places[k]; !ok && ref.kind == "city" && !strings.Contains(k, " ") {
			g.places[k] = gazPlace{country: ref.country, strong: true}
			g.glued = max(g.glued, len(k))
		}
	}
}

// addInstitution indexes a university abroad by its normalised name,
// unless a US or Canadian school or college could be written so: every
// name of two or more tokens with a word that no US or Canadian school's
// name has and no form of school abroad is ("Hue University", "Obafemi
// Awolowo University"; not "Saint Louis University", Baguio, nor
// "Universidad de Columbia"), with no US or Canadian place in it ("Texas
// A&M University at Qatar"), and whose own words are not the name of a
// US or Canadian town ("University of Kent", "University of Saint
// Joseph", Macao: the place rows decide those).
func (c *Classifier) addInstitution(g *gazetteer, name, country string, home, homeNames map[string]bool) {
	toks := normalize(name).tokens
	k := key(toks)
	if len(toks) < 2 || home[k] || !distinctive(toks) {
		return
	}
	var own []string
	for _, t := range toks {
		if ref, ok := c.placeStems[t]; ok && domestic(ref.country) {
			return
		}
		if !genericWords[t] && !facultySubjects[t] && !c.formWords([]string{t}) {
			own = append(own, t)
		}
	}
	if !slices.ContainsFunc(own, func(t string) bool { return !home[t] }) || homeNames[key(own)] {
		return
	}
	if ref, ok := c.placeStems[key(own)]; ok && (domestic(ref.country) || ref.kind == "home_city") {
		return
	}
	if old, ok := g.inst[k]; ok && old != country {
		country = ""
	}
	g.inst[k] = country
	g.maxInst = max(g.maxInst, len(toks))
}

// institution returns the country of a university abroad named in a
// segment, with only generic words before it ("Faculty of Medicine, Mie
// University", "Hue University of Medicine"). It reads the words as
// written (segWords), never as corrected: a misspelt US name is no
// university abroad ("Rockingham University" is not Buckingham's).
func (c *Classifier) institution(segWords [][]string) (string, bool) {
	g := c.gazIndex()
	if len(g.inst) == 0 {
		return "", false
	}
	var buf []byte
	for _, ws := range segWords {
		toks := normalizeWords(ws).tokens
		for l := min(g.maxInst, len(toks)); l >= 2; l-- {
			for i := 0; i+l <= len(toks); i++ {
				buf = appendKey(buf[:0], toks[i:i+l])
				country, ok := g.inst[string(buf)]
				if !ok {
					continue
				}
				if slices.ContainsFunc(toks[:i], func(t string) bool { return !genericWords[t] && !facultySubjects[t] }) {
					continue // "Rajiv Gandhi …" is not "Gandhi …"
				}
				return country, true
			}
		}
	}
	return "", false
}

// homeGrams returns every run of one to four normalised words of the
// names of US and Canadian schools.
func (c *Classifier) homeGrams() map[string]bool {
	out := map[string]bool{}
	for k, ids := range c.exact {
		if !domestic(c.schools[ids[0]].country) {
			continue
		}
		toks := strings.Fields(k)
		for i := range toks {
			for j := i + 1; j <= len(toks) && j-i <= 4; j++ {
				out[key(toks[i:j])] = true
			}
		}
	}
	for _, m := range []map[string][]int{c.whole, c.parts} {
		for k, ids := range m {
			if domestic(c.schools[ids[0]].country) {
				out[k] = true
			}
		}
	}
	return out
}

// formWords reports whether toks are a form of school abroad or part of
// one ("Universidad" is no place).
func (c *Classifier) formWords(toks []string) bool {
	for _, f := range c.forms {
		for i := range f.tokens {
			if hasPrefix(f.tokens[i:], toks) {
				return true
			}
		}
	}
	return false
}

// gazHit is a place of the gazetteer found in a name.
type gazHit struct {
	gazPlace
	bare bool // only generic words follow it in its part of the name ("Jessore Medical College")
}

// gazetteerPlace returns the first strong place abroad of the gazetteer
// in the raw words of the segments, else the first weak one. A name written as one word may be split into syllables
// ("Xi an", "Shan Dong"): two or three short words glued together are
// looked up too, and the longer reading wins ("Shan Dong" is Shandong,
// not Shan State).
func (c *Classifier) gazetteerPlace(segWords [][]string) (gazHit, bool) {
	g := c.gazIndex()
	var best gazHit
	found := false
	consider := func(p gazPlace, after []string) {
		if !found || p.strong && !best.strong {
			best, found = gazHit{p, onlyGeneric(after)}, true
		}
	}
	var buf []byte
	for _, ws := range segWords {
		for i := 0; i < len(ws); {
			n := 0
			buf = buf[:0]
			for l := 0; l < 3 && i+l < len(ws) && len(ws[i+l]) <= 6; l++ {
				buf = append(buf, ws[i+l]...)
				if l == 0 || len(buf) > g.glued {
					continue
				}
				if p, ok := g.places[string(buf)]; ok {
					consider(p, ws[i+l+1:])
					n = l + 1
				}
			}
			for l := min(g.first[ws[i]], len(ws)-i); l > n; l-- {
				buf = appendKey(buf[:0], ws[i:i+l])
				if p, ok := g.places[string(buf)]; ok {
					consider(p, ws[i+l:])
					n = l
					break
				}
			}
			i += max(n, 1)
		}
	}
	return best, found
}

// onlyGeneric reports whether the raw words ws are stopwords and generic
// words of schools' names only.
func onlyGeneric(ws []string) bool {
	for _, w := range ws {
		if !stopwords[w] && !genericWords[stem(w)] && !schoolWords[stem(w)] {
			return false
		}
	}
	return true
}

// schoolWord reports whether the name holds a word of a school's name.
func schoolWord(p parsed) bool {
	for _, t := range p.all {
		if schoolWords[t] {
			return true
		}
	}
	return false
}
