package transform

import (
	"bytes"
	_ "embed"
	"slices"
	"strings"
	"sync"
)

// A school abroad named by its distinctive word(s) alone: the eponym or
// proper name that only one school of the reference carries ("Sechenov",
// "Hațieganu", "Kasr El-Ainy"), with its given name, initials, generic
// words, places of its own country or "named after" debris around it. The
// words are found from the reference lists, not written as aliases: every
// word of every name of every school (schools.csv, all aliases) and of
// every university abroad of the gazetteer is indexed by its owners, and a
// word is distinctive when it has one owner, is long enough, and is no
// generic word, form of school, place, common first name or word of a US
// or Canadian college's or town's name (commonwords.csv). A word owned on
// both sides of the US/Canadian line is nobody's, and a US or Canadian
// school is never answered so. SCHOOLS.md (step 5) has the rules and the
// counts.

//go:embed commonwords.csv
var commonWordsCSV []byte

// Confidence of an answer from distinctive words.
const (
	confDistinct      = 0.7 // one school's distinctive word(s), all other words explained
	distinctMinLen    = 5   // a distinctive word alone must be this long
	distinctPairMin   = 4   // ... or two of this length must agree ("Kasr", "Ainy")
	distinctMaxShared = 4   // a word of more owners is no name, even with a given name beside it
)

// kindWords name a kind of institution that one school's names carry and
// another's need not: beside a distinctive word they must be the school's
// own. ("University", "School", "Faculty", "Medical" are written for any
// school's faculty of medicine.)
var kindWords = map[string]bool{"academy": true, "institute": true, "college": true, "hospital": true, "center": true}

// debrisWords are what translations of "named after" leave in a name: the
// Russian "им." (imeni) rendered "im.", "them." or "n.a." ("First MSMU
// them. I.M. Sechenov").
var debrisWords = map[string]bool{
	"named": true, "after": true, "them": true, "im": true, "imeni": true, "na": true, "name": true,
	"memory": true,
}

// distinctIndex is built on first use from the word owners of the lists.
type distinctIndex struct {
	once       sync.Once
	src        *distinctSource
	words      map[string][]int32 // distinctive word → its owner
	shared     map[string][]int32 // a word of a few owners on one side of the line → them
	skel       map[string][]int32 // transliteration skeleton of one distinctive word only → its owner
	all        map[string][]int32 // every indexed word → every owner (to explain the other words of a name)
	country    []string           // owner → country (owners past the schools are universities of the gazetteer)
	given      map[string]bool    // common first names
	college    map[string]bool    // words of US and Canadian colleges' and places' names
	stats      distinctStats
	world      bool              // the gazetteer's universities were indexed
	placeWords map[string]string // words of place names → their country ("*": several, home, or a whole name)
}

// distinctSource is what loading leaves for the index.
type distinctSource struct {
	owners  map[string][]int   // word of a school's alias → schools
	written [][]string         // each school's names that may be found inside a longer name (no + or = mark)
	insts   map[string]string  // university abroad → its country
	cands   map[string]gazCand // places abroad of the gazetteer
	home    map[string]int     // US and Canadian namesakes of places abroad
	homeSc  map[string]bool    // places a US or Canadian college is named for
}

// distinctStats are the counts measured when the index was built.
type distinctStats struct {
	words, single, collide, acrossCountries, acrossLine, excluded int
}

// keepDistinctSource keeps what the index needs from loading, before the
// classifier drops its loading state.
func (c *Classifier) keepDistinctSource() {
	s := &distinctSource{owners: c.owners, written: c.written}
	if g := c.gaz.src; g != nil {
		s.insts, s.cands, s.home, s.homeSc = g.insts, g.cands, g.homePop, g.homeSchool
	}
	c.dist = &distinctIndex{src: s}
}

func (c *Classifier) distinctIdx() *distinctIndex {
	d := c.dist
	d.once.Do(func() { c.buildDistinct(d) })
	return d
}

// buildDistinct indexes the owners of every word.
func (c *Classifier) buildDistinct(d *distinctIndex) {
	src := d.src
	d.src = nil
	d.given, d.college = map[string]bool{}, map[string]bool{}
	recs, _ := readCSV(bytes.NewReader(commonWordsCSV), []string{"word", "kind"}) // (embedded; read whole by TestDistinctWordsMeasured)
	for _, r := range recs {
		for _, t := range normalize(r[0]).tokens {
			if r[1] == "given" {
				d.given[t] = true
			} else {
				d.college[t] = true
			}
		}
	}
	d.all = map[string][]int32{}
	d.country = make([]string, len(c.schools))
	for i, s := range c.schools {
		d.country[i] = s.country
	}
	for w, ids := range src.owners {
		for _, id := range ids {
			d.all[w] = appendOwner(d.all[w], int32(id))
		}
	}
	// A university of the gazetteer is its own owner, unless it is a
	// school of the list under another name ("I.M. Sechenov First Moscow
	// State Medical University" in both): then it is that school.
	names := make([]string, 0, len(src.insts))
	for n := range src.insts {
		names = append(names, n)
	}
	slices.Sort(names)
	d.world = len(names) > 0
	for _, n := range names {
		country := src.insts[n]
		toks := normalize(n).tokens
		if country == "" || len(toks) == 0 {
			continue
		}
		owner := int32(c.sameSchool(toks, country))
		if owner < 0 {
			owner = int32(len(d.country))
			d.country = append(d.country, country)
		}
		for _, t := range toks {
			d.all[t] = appendOwner(d.all[t], owner)
		}
	}
	d.words, d.skel, d.shared = map[string][]int32{}, map[string][]int32{}, map[string][]int32{}
	blocked := map[string]bool{} // skeletons of words that are no distinctive word
	// A word names a school alone only when it is a word of one of its
	// names as written, unmarked: a part ("+Kimmel", a common surname) or
	// a whole name only ("=Sinai") names nothing alone by the list's own
	// decision.
	own := map[string]bool{}
	for _, ns := range src.written {
		for _, n := range ns {
			for _, t := range normalize(n).tokens {
				own[t] = true
			}
		}
	}
	d.placeWords = c.placeWordSet(src)
	for w, owners := range d.all {
		d.stats.words++
		_, part := c.parts[w] // a part alone by the list's decision ("+Kimmel")
		pc, place := d.placeWords[w]
		if !own[w] && int(owners[0]) < len(c.schools) || part || place && (pc == "*" || pc != d.country[owners[0]]) || !c.distinctCandidate(d, src, w) {
			d.stats.excluded++
			blocked[skeleton(w)] = true
			continue
		}
		if len(owners) > 1 {
			d.stats.collide++
			if !d.oneCountryAbroad(owners) {
				d.stats.acrossCountries++
			}
			if d.acrossLine(owners) {
				d.stats.acrossLine++
			} else if len(owners) <= distinctMaxShared {
				// A name a few schools share ("Babeș": Victor Babeș, and
				// Babeș-Bolyai): one of them when the other words of the
				// name are that one's own ("Victor Babeș").
				d.shared[w] = owners
			}
			blocked[skeleton(w)] = true
			continue
		}
		d.stats.single++
		d.words[w] = owners
		k := skeleton(w)
		if old, ok := d.skel[k]; ok && !slices.Equal(old, owners) {
			blocked[k] = true
		}
		d.skel[k] = owners
	}
	for k := range blocked {
		delete(d.skel, k)
	}
	for t := range genericWords {
		delete(d.skel, skeleton(t))
	}
}

// sameSchool returns the school of the list that a university of the
// gazetteer is, or -1: the name is a name of the school, or holds one of
// its names of three or more words ("Federal State … Institution … I.M.
// Sechenov First Moscow State Medical University of the Ministry …").
func (c *Classifier) sameSchool(toks []string, country string) int {
	if m, ok := c.matchSchool(toks, []norm{{tokens: toks}}); ok && len(m.ids) == 1 && c.schools[m.ids[0]].country == country {
		return m.ids[0]
	}
	var buf []byte
	for l := min(c.maxAlias, len(toks)); l >= 3; l-- {
		for i := 0; i+l <= len(toks); i++ {
			buf = appendKey(buf[:0], toks[i:i+l])
			if ids := c.exact[string(buf)]; len(ids) == 1 && c.schools[ids[0]].country == country && distinctive(toks[i:i+l]) {
				return ids[0]
			}
		}
	}
	return -1
}

// placeWordSet returns the words of the place names of the lists and the
// gazetteer, abroad and at home, each with the country of its places
// ("*": a place's whole name, a place at home, or places of several
// countries). A word of "Los Baños" or "Punta Arenas" names no school
// alone; a word of a place abroad named for the school, of its own
// country only ("Kasr", Egypt), may.
func (c *Classifier) placeWordSet(src *distinctSource) map[string]string {
	out := map[string]string{}
	stems := map[string][]string{}
	add := func(k, country string) {
		ws := strings.Fields(k)
		for _, w := range ws {
			st, ok := stems[w]
			if !ok {
				st = append([]string{w}, normalize(w).tokens...)
				stems[w] = st
			}
			for _, t := range st {
				switch old, seen := out[t]; {
				case len(ws) == 1 || domestic(country) || country == "":
					out[t] = "*"
				case !seen:
					out[t] = country
				case old != country:
					out[t] = "*"
				}
			}
		}
	}
	for k, ref := range c.places {
		add(k, ref.country)
	}
	for k, cand := range src.cands {
		add(k, cand.country)
	}
	for k := range src.home {
		add(k, "")
	}
	for k := range src.homeSc {
		add(k, "")
	}
	return out
}

func appendOwner(os []int32, o int32) []int32 {
	if slices.Contains(os, o) {
		return os
	}
	return append(os, o)
}

// common reports whether t is a first name, a word of a US or Canadian
// college's or town's name, or a word of a place's name: no other spelling
// of a school's distinctive word ("Merritt" is not "Merit").
func (d *distinctIndex) common(t string) bool {
	_, place := d.placeWords[t]
	return place || d.given[t] || d.college[t]
}

// acrossLine reports whether owners are on both sides of the US/Canadian
// line.
func (d *distinctIndex) acrossLine(owners []int32) bool {
	for _, o := range owners {
		if domestic(d.country[o]) != domestic(d.country[owners[0]]) {
			return true
		}
	}
	return false
}

// oneCountryAbroad reports whether owners are all abroad, of one country.
func (d *distinctIndex) oneCountryAbroad(owners []int32) bool {
	for _, o := range owners {
		if domestic(d.country[o]) || d.country[o] != d.country[owners[0]] {
			return false
		}
	}
	return true
}

// distinctCandidate reports whether a word may name a school alone: long
// enough, of letters, and no generic word, form, place, first name or word
// of a US or Canadian college.
func (c *Classifier) distinctCandidate(d *distinctIndex, src *distinctSource, w string) bool {
	if len(w) < distinctPairMin || !isASCIIWord(w) || strings.ContainsAny(w, "0123456789") {
		return false
	}
	if c.fuzzy.acronyms[w] && !c.fuzzy.written[w] {
		return false // an abbreviation ("WVSOM"): the abbreviation rules read those
	}
	if genericWords[w] || facultySubjects[w] || stopwords[w] || titles[w] || degrees[w] || debrisWords[w] || d.given[w] || d.college[w] {
		return false
	}
	if _, ok := expansions[w]; ok {
		return false
	}
	if c.formWords([]string{w}) || c.isPlace(w) {
		return false
	}
	for _, k := range []string{w, w + "s"} {
		if _, ok := src.cands[k]; ok {
			return false
		}
		if src.home[k] > 0 || src.homeSc[k] {
			return false
		}
	}
	return true
}

// skeleton is a word's transliteration key: the spellings one name takes
// in the Latin letters of several languages meet ("Setchenov",
// "Sechenov"; "Ainy", "Aini"; "Bogomolets", "Bogomolec"; "-skiy", "-sky").
func skeleton(w string) string {
	w = skeletonRules.Replace(w)
	if strings.HasSuffix(w, "off") {
		w = w[:len(w)-3] + "ov"
	}
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		if i > 0 && w[i] == w[i-1] {
			continue
		}
		b = append(b, w[i])
	}
	return string(b)
}

var skeletonRules = strings.NewReplacer("sch", "sh", "tch", "ch", "kh", "h", "ts", "c", "tz", "c", "ck", "k",
	"ph", "f", "q", "k", "w", "v", "y", "i")

// distinctAnswer answers a name from its distinctive words: the words of
// one school (or of schools abroad of one country), every other word
// generic, a form, an initial, a first name, "named after" debris, a word
// of the same school's names or a place of its country, and no other
// country named or stated.
func (c *Classifier) distinctAnswer(out School, p parsed, stated string) (School, bool) {
	d := c.distinctIdx()
	if !d.world {
		return School{}, false // without the world's universities no word can be shown to be one school's
	}
	hit, unknown := false, false // (most names have neither: nothing to do)
	for _, t := range p.all {
		_, w := d.words[t]
		_, sh := d.shared[t]
		hit = hit || w || sh
		unknown = unknown || len(t) >= distinctPairMin && !c.fuzzy.vocab[t]
	}
	if !hit && !unknown {
		return School{}, false
	}
	if s, ok := c.distinctTokens(d, out, p, p.all, stated, 1); ok || !unknown {
		return s, ok
	}
	// Misspelt words corrected to words of the lists: only a distinctive
	// or a generic word, and never a word that is a place, a first name or
	// a word of a US or Canadian name as written ("Andalusia" is no
	// misspelt "Andalus").
	all, changed := slices.Clone(p.all), false
	for i, t := range all {
		if len(t) < distinctPairMin || c.fuzzy.vocab[t] || d.common(t) {
			continue
		}
		w, ok := c.fuzzy.correct(t)
		if !ok {
			continue
		}
		if _, hit := d.words[w]; !hit && !genericWords[w] && !facultySubjects[w] {
			return School{}, false
		}
		all[i], changed = w, true
	}
	if !changed {
		return School{}, false
	}
	s, ok := c.distinctTokens(d, out, p, all, stated, confFuzzyFactor)
	if !ok || !*s.IMG {
		return School{}, false
	}
	return s, true
}

func (c *Classifier) distinctTokens(d *distinctIndex, out School, p parsed, toks []string, stated string, factor float64) (School, bool) {
	var owners []int32
	hits, long := 0, false
	hit := make([]bool, len(toks))
	for i, t := range toks {
		os, ok := d.words[t]
		if !ok && len(t) >= distinctPairMin && !c.fuzzy.vocab[t] && !d.common(t) {
			os, ok = d.skel[skeleton(t)] // a spelling no list has ("Setchenov")
		}
		if !ok {
			os, ok = d.shared[t]
		}
		if !ok {
			continue
		}
		if hits == 0 {
			owners = slices.Clone(os)
		} else {
			owners = slices.DeleteFunc(owners, func(o int32) bool { return !slices.Contains(os, o) })
		}
		hits++
		hit[i] = true
		long = long || len(t) >= distinctMinLen || len(t)+1 == distinctMinLen && rawWord(p, t+"s") // (stemmed: "Babeș")
	}
	if len(owners) == 0 || !long && hits < 2 {
		return School{}, false // none, two schools' words, or too short
	}
	// The other words may narrow the owners: "Victor Babeș" is the school
	// named for Victor Babeș, not Babeș-Bolyai University.
	for i, t := range toks {
		if hit[i] {
			continue
		}
		if genericWords[t] || facultySubjects[t] || kindWords[t] || c.formWords([]string{t}) {
			continue
		}
		if os, ok := d.all[t]; ok && len(owners) > 1 {
			if in := slices.DeleteFunc(slices.Clone(owners), func(o int32) bool { return !slices.Contains(os, o) }); len(in) > 0 {
				owners = in
			}
		}
	}
	if len(owners) != 1 {
		return School{}, false // ("Babeș" alone: Victor Babeș or Babeș-Bolyai)
	}
	country := d.country[owners[0]]
	if domestic(country) {
		// US and Canadian schools' own words (donors' names, every one
		// audited) are hand aliases; answering them from a word alone
		// could only add the worst error, an IMG called US. Their words
		// still block: a word on both sides of the line is no one's.
		return School{}, false
	}
	for i, t := range toks {
		if hit[i] || c.distinctExplained(d, t, owners, country) {
			continue
		}
		return School{}, false
	}
	// No other country named or stated, no US or Canadian place, among
	// the words that are not the school's own ("St. Petersburg" of the
	// Pavlov university is no Florida town).
	pl := c.placesBeside(d, p, owners[0])
	if stated != "" && stated != country || pl.country != "" && pl.country != country {
		return School{}, false
	}
	if pl.region != "" || pl.weak != "" && pl.weak != country || pl.city != "" && pl.city != country {
		return School{}, false
	}
	out.Country, out.IMG, out.Confidence = country, boolPtr(true), confDistinct*factor
	if int(owners[0]) < len(c.schools) {
		out.School = c.schools[owners[0]].name
	}
	return out, true
}

// placesBeside finds the places of the name's words that are not words of
// the owner's names.
func (c *Classifier) placesBeside(d *distinctIndex, p parsed, owner int32) places {
	var pl places
	for _, ws := range p.segWords {
		keep := make([]string, 0, len(ws))
		for _, w := range ws {
			toks := normalize(w).tokens
			if len(toks) > 0 && !slices.ContainsFunc(toks, func(t string) bool { return !slices.Contains(d.all[t], owner) }) {
				continue // the school's own word
			}
			keep = append(keep, w)
		}
		pl = pl.or(c.findPlacesWords(saintWords(keep)))
	}
	return pl
}

// distinctExplained reports whether t, a word beside a distinctive word,
// says nothing against its school: generic, a form, an initial, a number,
// debris, a word of the same school's names, or a place of its country. A
// given name the school's names lack is not explained: "Andrei Hațieganu"
// is a person.
func (c *Classifier) distinctExplained(d *distinctIndex, t string, owners []int32, country string) bool {
	if os, ok := d.all[t]; ok && !slices.ContainsFunc(owners, func(o int32) bool { return !slices.Contains(os, o) }) {
		return true // a word of the same school's names ("Iuliu", "First")
	}
	switch {
	case kindWords[t]:
		return false // another kind of school: "Himalayan Academy" is not the Himalayan Institute
	case len(t) <= 2, genericWords[t], facultySubjects[t], stopwords[t], titles[t], degrees[t], debrisWords[t]:
		return true
	case strings.Trim(t, "0123456789") == "":
		return true
	}
	if c.formWords([]string{t}) || c.initialsOf(t, owners) {
		return true
	}
	if ref, ok := c.placeStems[t]; ok {
		return ref.country == country
	}
	if g, ok := c.gazIndex().places[t]; ok {
		return g.country == country
	}
	return false
}

// rawWord reports whether w is a word of the name as written.
func rawWord(p parsed, w string) bool {
	for _, ws := range p.segWords {
		if slices.Contains(ws, w) {
			return true
		}
	}
	return false
}

// initialsOf reports whether t is the initials of two or more consecutive
// words of the canonical name of one of the schools in owners ("MSMU" of
// "… First Moscow State Medical University").
func (c *Classifier) initialsOf(t string, owners []int32) bool {
	if len(t) < 2 || len(t) > 8 {
		return false
	}
	for _, o := range owners {
		if int(o) >= len(c.schools) {
			continue
		}
		var ws []string
		for _, w := range words(c.schools[o].name) {
			if !stopwords[w] {
				ws = append(ws, w)
			}
		}
		for i := range ws {
			j := 0
			for j < len(t) && i+j < len(ws) && ws[i+j][0] == t[j] {
				j++
			}
			if j == len(t) {
				return true
			}
		}
	}
	return false
}
