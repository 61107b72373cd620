package transform

import (
	"bytes"
	"cmp"
	_ "embed"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

//go:embed schools.csv
var schoolsCSV []byte

//go:embed places.csv
var placesCSV []byte

//go:embed forms.csv
var formsCSV []byte

// School is the classifier's answer for one school name: the canonical
// school when one was recognised, its country, whether its graduates are
// IMGs (nil: unknown) and how sure the classifier is (0 when IMG is nil).
// It is the output object of `imgfriendly schools classify`.
type School struct {
	Input      string  `json:"input"`
	School     string  `json:"school"`  // canonical name; "" when no single school was recognised
	Country    string  `json:"country"` // "" when unknown
	IMG        *bool   `json:"img"`
	Confidence float64 `json:"confidence"`
}

// Reference kinds in schools.csv.
const (
	kindMD   = "md"   // US allopathic school (LCME), Puerto Rico included
	kindDO   = "do"   // US osteopathic school or campus (COCA)
	kindCA   = "ca"   // Canadian school (AFMC)
	kindIntl = "intl" // a school outside the US and Canada
)

// Confidence levels, from the strongest kind of evidence to the weakest.
const (
	confExact        = 1.0  // the whole name is a known name of the school
	confCore         = 0.95 // equal once "School of Medicine" and the like are removed
	confSegment      = 0.93 // one comma-separated part of the name is a known name
	confContainsLong = 0.85 // a known name of several words appears inside the name
	confContainsOne  = 0.75 // a known one-word name (abbreviation) appears inside the name
	confTranslated   = 0.9  // the whole name is a name abroad with its head word in English
	confInitialism   = 0.75 // the whole name is an initialism derived from a name abroad
	confGroupFactor  = 0.9  // several schools of one country share the matched name
	confCountry      = 0.8  // no school recognised; an explicit country abroad is named
	confCountryOver  = 0.7  // a named country abroad contradicts a US/Canadian match
	confWeakCountry  = 0.65 // a country name that is also a US place name
	confCity         = 0.6  // a large city abroad
	confDegree       = 0.6  // a degree only foreign schools award (MBBS, MBChB)
	confScript       = 0.65 // a name written in a script other than Latin
	confCompose      = 0.9  // the name is made of names and parts of one school ("Utah-Eccles")
	confRegionSchool = 0.8  // a state or province alone, with the reference's school for it
	confRegion       = 0.7  // a state or province alone, no single school for it
	confFuzzyFactor  = 0.9  // applied when misspelt words had to be corrected
)

// genericWords (normalised) say nothing about which school is meant: they
// may surround a known name without changing it ("Harvard Med", "MD from
// Ross University").
var genericWords = map[string]bool{
	"university": true, "medical": true, "medicine": true, "school": true, "college": true,
	"faculty": true, "health": true, "science": true, "center": true, "campus": true,
	"program": true, "hospital": true, "institute": true, "osteopathic": true, "allopathic": true,
	"human": true, "biomedical": true, "public": true, "graduate": true, "graduated": true,
	"from": true, "degree": true, "education": true, "attended": true, "md": true, "do": true,
	"alumnu": true, "alumna": true, "alumni": true, "med": true, "studie": true, "doctor": true,
	"com": true, "system": true,
}

// distinctive reports whether tokens hold a word that is neither generic
// nor a faculty's subject.
func distinctive(tokens []string) bool {
	return slices.ContainsFunc(tokens, func(t string) bool { return !genericWords[t] && !facultySubjects[t] })
}

// explained reports whether every token is a generic word, a one-word
// place or a one-word name of the same schools as ids ("UPenn Perelman",
// "SGU Grenada").
func (c *Classifier) explained(tokens []string, ids []int) bool {
	for _, t := range tokens {
		if genericWords[t] {
			continue
		}
		if _, ok := c.placeStems[t]; ok && len(t) > 2 {
			continue // a place: checked against the school's country later
		}
		if other, ok := c.exact[t]; !ok || !slices.Equal(other, ids) {
			return false
		}
	}
	return true
}

type schoolRef struct {
	name    string
	country string
	kind    string
}

type placeRef struct {
	country string
	kind    string // country | weak_country | region | city
}

// Classifier recognises medical schools from free-text names as rosters
// write them. It is safe for concurrent use: the index is read-only after
// NewClassifier.
type Classifier struct {
	schools      []schoolRef
	exact        map[string][]int // full normalised alias → schools
	whole        map[string][]int // aliases that name a school only as the whole name
	initialisms  map[string][]int // initialisms derived from names of schools abroad, whole names only
	homeOwn      map[string][]int // a US or Canadian school's own abbreviations, derived from its names (stemmed)
	romanceOwn   map[int]bool     // US and Canadian schools with a Romance article in a name ("Université de Montréal")
	translated   map[string][]int // names abroad with their head word in English ("University Iberoamericana"), whole names only
	parts        map[string][]int // parts of names, naming a school only beside another name of it
	cores        map[string][]int // alias with medical phrases removed → schools
	maxAlias     int              // longest alias, in tokens
	maxPart      int              // longest part, in tokens
	places       map[string]placeRef
	placeStems   map[string]placeRef // places normalised like school names
	maxPlace     int
	placeFirst   map[string]int // first word of a place → longest place it begins, in words
	maxPlaceStem int
	forms        []form                // foreign name forms ("universidad", "medical college")
	homeForms    []form                // forms only US or Canadian schools use ("college of osteopathic medicine")
	maxForm      int                   // longest form, in tokens
	fuzzy        fuzzIndex             // vocabulary for correcting misspelt words
	written      [][]string            // while loading: each school's written-out names, for its initialisms
	owners       map[string][]int      // while loading: each word of the schools' aliases → its schools
	abroadWords  map[string]bool       // words of names of schools abroad only
	abroadNames  map[string][][]string // names of schools abroad (tokens) by abroadNameKey
	shadowed     map[string]bool       // US and Canadian names that begin a name abroad ("Washington University" … "of Health and Science", Cambodia)
	gaz          gazetteer             // places abroad of the world, for names no list knows
	dist         *distinctIndex        // the words that name one school alone (distinct.go)
}

// NewClassifier builds the index from the embedded reference lists.
func NewClassifier() (*Classifier, error) {
	return newClassifier(schoolsCSV, placesCSV, formsCSV, gazetteerCSV)
}

// newClassifier builds the index from reference lists in the formats of
// schools.csv, places.csv, forms.csv and gazetteer.csv.
func newClassifier(schoolsCSV, placesCSV, formsCSV, gazetteerCSV []byte) (*Classifier, error) {
	c := &Classifier{owners: map[string][]int{}, translated: map[string][]int{}, exact: map[string][]int{}, whole: map[string][]int{}, initialisms: map[string][]int{}, homeOwn: map[string][]int{}, romanceOwn: map[int]bool{}, parts: map[string][]int{}, cores: map[string][]int{},
		places: map[string]placeRef{}, placeFirst: map[string]int{}, placeStems: map[string]placeRef{}, fuzzy: newFuzzIndex()}
	// Places first: a school name whose core is a place ("Texas College
	// of Osteopathic Medicine" → "texas") must not be indexed by its core.
	if err := c.loadPlaces(bytes.NewReader(placesCSV)); err != nil {
		return nil, fmt.Errorf("places.csv: %w", err)
	}
	if err := c.loadSchools(bytes.NewReader(schoolsCSV)); err != nil {
		return nil, fmt.Errorf("schools.csv: %w", err)
	}
	if err := c.loadForms(bytes.NewReader(formsCSV)); err != nil {
		return nil, fmt.Errorf("forms.csv: %w", err)
	}
	if err := c.loadGazetteer(bytes.NewReader(gazetteerCSV)); err != nil {
		return nil, fmt.Errorf("gazetteer.csv: %w", err)
	}
	for w := range genericWords {
		c.addVocab([]string{w})
	}
	c.deriveInitialisms(c.written)
	c.deriveTranslations(c.written)
	c.shadow(c.written)
	c.keepDistinctSource()
	c.written, c.owners = nil, nil
	return c, nil
}

func readCSV(r io.Reader, header []string) ([][]string, error) {
	cr := csv.NewReader(r)
	cr.Comment = '#'
	cr.FieldsPerRecord = len(header)
	recs, err := cr.ReadAll()
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 || strings.Join(recs[0], ",") != strings.Join(header, ",") {
		return nil, fmt.Errorf("want header %s", strings.Join(header, ","))
	}
	return recs[1:], nil
}

func (c *Classifier) loadSchools(r io.Reader) error {
	recs, err := readCSV(r, []string{"school", "country", "kind", "aliases"})
	if err != nil {
		return err
	}
	var errs []error
	var names [][]string // written-out names of each school, for its initialisms
	for _, rec := range recs {
		name, country, kind := strings.TrimSpace(rec[0]), strings.TrimSpace(rec[1]), strings.TrimSpace(rec[2])
		switch kind {
		case kindMD, kindDO:
			if country != "United States" {
				errs = append(errs, fmt.Errorf("%s: kind %s needs country United States", name, kind))
			}
		case kindCA:
			if country != "Canada" {
				errs = append(errs, fmt.Errorf("%s: kind ca needs country Canada", name))
			}
		case kindIntl:
			if domestic(country) || country == "" {
				errs = append(errs, fmt.Errorf("%s: kind intl needs a country outside the US and Canada", name))
			}
		default:
			errs = append(errs, fmt.Errorf("%s: unknown kind %q", name, kind))
		}
		id := len(c.schools)
		c.schools = append(c.schools, schoolRef{name: name, country: country, kind: kind})
		aliases := append([]string{name}, strings.Split(rec[3], ";")...)
		names = append(names, nil)
		if domestic(country) {
			c.addHomeOwn(id, aliases)
		}
		for _, a := range aliases {
			a = strings.TrimSpace(a)
			if a == "" {
				continue
			}
			mark := a[0]
			if mark == '+' || mark == '=' {
				a = strings.TrimSpace(a[1:])
			} else {
				mark = 0
			}
			toks := normalize(a).tokens
			if len(toks) == 0 {
				errs = append(errs, fmt.Errorf("%s: alias %q is empty once normalised", name, a))
				continue
			}
			if mark == 0 && !slices.ContainsFunc(toks, func(t string) bool { return !genericWords[t] }) {
				// Generic words only ("University of Medicine and Health
				// Sciences", St Kitts): a whole name, never found inside
				// another ("Monash University Faculty of Medicine").
				mark = '='
			}
			k := key(toks)
			c.addVocab(toks)
			for _, t := range toks {
				c.owners[t] = addID(c.owners[t], id)
			}
			c.addAcronyms(a)
			switch mark {
			case '+':
				// A part of a name ("Eccles" in "Utah-Eccles"): it names the
				// school only beside another name of the same school.
				c.parts[k] = addID(c.parts[k], id)
				c.maxPart = max(c.maxPart, len(toks))
				continue
			case '=':
				// A whole name only ("Sinai", "Toledo"): never found inside
				// a longer name, where it may mean something else.
				c.whole[k] = addID(c.whole[k], id)
				continue
			}
			c.exact[k] = addID(c.exact[k], id)
			names[id] = append(names[id], a)
			if ct := core(toks); !c.isPlace(key(ct)) && distinctive(ct) && !(len(ct) < len(toks) && ofInitials(ct)) {
				// (nor initials "of" alone, "U of S" of "U of S College of
				// Medicine": Saskatchewan's and Sydney's letters; only the
				// whole alias names the school)
				// (a core of generic words only names no school:
				// "University College of Medicine and Dentistry" is
				// not every "University Faculty of Medicine")
				c.cores[key(ct)] = addID(c.cores[key(ct)], id)
			}
			c.maxAlias = max(c.maxAlias, len(toks))
		}
	}
	c.written = names
	return errors.Join(errs...)
}

// ofInitials reports tokens that are one university's initials joined by
// "of" ("uofs", as normalize writes "U of S").
func ofInitials(tokens []string) bool {
	return len(tokens) == 1 && len(tokens[0]) == 4 && strings.HasPrefix(tokens[0], "uof")
}

func addID(ids []int, id int) []int {
	for _, x := range ids {
		if x == id {
			return ids
		}
	}
	return append(ids, id)
}

func (c *Classifier) loadPlaces(r io.Reader) error {
	recs, err := readCSV(r, []string{"name", "country", "kind"})
	if err != nil {
		return err
	}
	var errs []error
	for _, rec := range recs {
		kind := strings.TrimSpace(rec[2])
		switch kind {
		case "country", "weak_country", "region", "home_city", "city":
		default:
			errs = append(errs, fmt.Errorf("%s: unknown kind %q", rec[0], kind))
			continue
		}
		// Places are matched on raw words (no stopword removal), so that
		// "in" or "de" never disappear from "Indiana" or "Delaware" codes.
		toks := placeWords(rec[0])
		if len(toks) == 0 {
			continue
		}
		ref := placeRef{country: strings.TrimSpace(rec[1]), kind: kind}
		c.places[key(toks)] = ref
		c.placeFirst[toks[0]] = max(c.placeFirst[toks[0]], len(toks))
		if stems := normalize(rec[0]).tokens; len(stems) > 0 {
			c.placeStems[key(stems)] = ref
			c.addVocab(stems)
			c.maxPlaceStem = max(c.maxPlaceStem, len(stems))
		}
		c.maxPlace = max(c.maxPlace, len(toks))
	}
	return errors.Join(errs...)
}

// isPlace reports whether a normalised key names a place ("texa" is the
// stemmed "texas").
func (c *Classifier) isPlace(k string) bool {
	if _, ok := c.places[k]; ok {
		return true
	}
	_, ok := c.placeStems[k]
	return ok
}

// placeWords lower-cases and folds s into words, expanding "st" to "saint".
func placeWords(s string) []string { return saintWords(words(s)) }

// saintWords expands "st" to "saint" in ws, in place.
func saintWords(ws []string) []string {
	for i, w := range ws {
		if w == "st" {
			ws[i] = "saint"
		}
	}
	return ws
}

// domestic reports whether a country's graduates are not IMGs.
func domestic(country string) bool { return country == "United States" || country == "Canada" }

func boolPtr(b bool) *bool { return &b }

// Schools returns the number of schools in the reference list.
func (c *Classifier) Schools() int { return len(c.schools) }

// match is a candidate school (or group of schools of one IMG status) and
// the segment of the name it was found in (-1: the whole name).
type match struct {
	ids       []int
	conf      float64
	segment   int
	contained bool // found inside a longer segment, not equal to it
	campus    bool // an abbreviation abroad before words it does not explain: the school's country, not the school
	imgOnly   bool // a short derived initialism: IMG, but neither the school nor the country
	nearHome  bool // no match, but a US or Canadian name with an unknown word after it
}

// Classify recognises the school in name. statedCountry is the country a
// roster gives beside the school, or "". A wrong "not an IMG" is the worst
// error, so a US or Canadian answer needs a recognised school (or a US state
// or Canadian province written alone, as rosters abbreviate their own
// state's school), and a foreign country named outside the recognised
// school name (in another comma-separated part, or stated) beats a US or
// Canadian match: "Georgetown, Guyana" is not Georgetown University.
func (c *Classifier) Classify(name, statedCountry string) School {
	p := c.parse(name)
	stated := c.statedPlace(statedCountry)
	if romanceInitials(p) {
		// "U de M", "U. de S.": Montréal or Monterrey, Sherbrooke or
		// Santander; never the English "U of M" (Michigan). Only a
		// place named beside them may answer ("U de M, Mexico").
		return c.noSchool(School{Input: name}, p, stated)
	}
	s := c.classify(School{Input: name}, p, stated)
	if f, ok := c.findHomeForm(p.norms); ok {
		s = c.homeFormAnswer(s, f, p, stated)
	}
	if s.IMG == nil {
		// Words glued at a capital ("WahMedical College"), read apart:
		// only a school abroad is taken — not a US or Canadian one,
		// whose own capitals ("DeBusk", "McGill") would be split too,
		// nor a country or a form alone ("University of NewzMexico").
		if split, ok := splitCase(name); ok {
			if g := c.Classify(split, statedCountry); g.IMG != nil && *g.IMG && g.School != "" {
				g.Input, g.Confidence = name, g.Confidence*confFuzzyFactor
				return g
			}
		}
		// A school named by its distinctive words ("Hațieganu", "First
		// MSMU n.a. Sechenov"): an answer where there was none.
		if d, ok := c.distinctAnswer(School{Input: name}, p, stated); ok {
			s = d
		}
	}
	if s.IMG != nil && !*s.IMG && s.Confidence < confCore && c.nearAbroad(p.all) {
		// Word by word a misspelt name abroad ("Georgetown America
		// nUniversity"): not the US school its first words name. (A
		// US or Canadian name matched whole is that name.)
		return School{Input: name}
	}
	if s.IMG == nil {
		// Unknown names no school: the school the evidence was weighed
		// against ("Georgetown University, Guyana, USA") would reach
		// the export as the resident's.
		s.School, s.Confidence = "", 0
	}
	return s
}

// abroadNameKey indexes the names of schools abroad by their first word
// and their number of words.
func abroadNameKey(first string, n int) string { return first + " " + strconv.Itoa(n) }

// nearAbroad reports whether tokens are, word by word, a name of a school
// abroad with misspelt words: as many words, the same first word, every
// other word within the edits its length allows (one from four letters),
// and at least one word different.
func (c *Classifier) nearAbroad(tokens []string) bool {
	if len(tokens) < 2 {
		return false
	}
	for _, ns := range c.abroadNames[abroadNameKey(tokens[0], len(tokens))] {
		differ := 0
		for i := 1; i < len(ns); i++ {
			if ns[i] != tokens[i] {
				differ++
			}
		}
		if differ == 0 || differ > 2 {
			continue // the same name, or more than a misspelling or two
		}
		near, differs := true, false
		for i := 1; i < len(ns) && near; i++ {
			if ns[i] == tokens[i] {
				continue
			}
			limit := max(maxEdits(len(tokens[i])), maxEdits(len(ns[i])))
			if min(len(tokens[i]), len(ns[i])) >= fuzzMinLen-1 {
				limit = max(limit, 1)
			}
			near = osaDistance(tokens[i], ns[i], limit) <= limit
			differs = true
		}
		if near && differs {
			return true
		}
	}
	return false
}

// romanceArticles join the initials of a university's name in French,
// Spanish, Portuguese and Italian ("U de M", "U. do P.").
var romanceArticles = map[string]bool{"de": true, "del": true, "da": true, "do": true, "di": true, "du": true, "des": true, "dos": true, "das": true, "la": true}

// romanceInitials reports whether the name is initials joined by a Romance
// article and nothing else ("U de M", "U. de G."): such initials are
// shared by universities of several countries, and normalisation (which
// drops "de" like "of") would read them as an English "U of M".
func romanceInitials(p parsed) bool {
	if len(p.segWords) == 0 {
		return false
	}
	articles, initials := 0, 0
	for _, w := range p.segWords[0] {
		switch {
		case romanceArticles[w]:
			articles++
		case len(w) <= 2:
			initials++
		default:
			return false
		}
	}
	return articles > 0 && initials >= 2
}

// classify is Classify without the forms of US and Canadian schools.
func (c *Classifier) classify(out School, p parsed, stated string) School {
	name := out.Input
	m, ok := c.matchSchool(p.all, p.norms)
	if ok {
		return c.answer(out, m, p, stated)
	}
	nearHome := m.nearHome
	if m, ok := c.namedSchoolAt(p); ok {
		return c.answer(out, m, p, stated)
	}
	if m, ok := c.acronymBeside(name, p); ok {
		return c.answer(out, m, p, stated)
	}
	if m, ok := c.schoolAtCampus(p); ok {
		return c.answer(out, m, p, stated)
	}
	c.locate(&p)
	if p.pl.country == "" && stated == "" {
		if ids, country, ok := c.regionAlone(name); ok {
			out.Country, out.IMG, out.Confidence = country, boolPtr(false), confRegion
			if len(ids) == 1 {
				out.School, out.Confidence = c.schools[ids[0]].name, confRegionSchool
			}
			return out
		}
	}
	// Misspellings: the same search on corrected words, a little less sure.
	if fixed, ok := c.corrected(p.norms, false); ok {
		if s, ok := c.fuzzyAnswer(out, p, fixed, stated); ok {
			if s.IMG != nil && !*s.IMG {
				// A US or Canadian answer must survive the strict corrections.
				strict, _ := c.corrected(p.norms, true)
				if s2, ok := c.fuzzyAnswer(out, p, strict, stated); !ok || s2.School != s.School || s2.Country != s.Country || s2.IMG == nil || *s2.IMG {
					// Nearly a US or Canadian school: only a country
					// named abroad may still answer, not a form or a
					// city ("Sidny Kimmel Medical College" is no
					// college abroad).
					nearHome = true
					return c.noSchoolNear(out, p, stated, nearHome)
				}
			}
			return s
		}
		// Places only from the strict corrections: a US town the list does
		// not know is often one letter from a city abroad ("Oberlin",
		// Berlin), and a city abroad alone makes the name IMG.
		if strict, ok := c.corrected(p.norms, true); ok {
			p.pl = p.pl.or(c.stemPlaces(strict))
		}
		p.norms = fixed
	}
	if !nearHome {
		if s, ok := c.tieAnswer(out, p, stated); ok {
			return s
		}
	}
	return c.noSchoolNear(out, p, stated, nearHome)
}

// noSchoolNear is noSchool for a name that was nearly a US or Canadian
// school (a misspelt word, or an unknown one after its name): only a
// country named abroad may still answer, not a form, city or degree
// ("Sidny Kimmel Medical College" is no college abroad).
func (c *Classifier) noSchoolNear(out School, p parsed, stated string, near bool) School {
	ns := c.noSchool(out, p, stated)
	if near && ns.Confidence < confCountry {
		return out
	}
	return ns
}

// fuzzyAnswer is the answer for a name whose words were corrected to fixed.
func (c *Classifier) fuzzyAnswer(out School, p parsed, fixed []norm, stated string) (School, bool) {
	if fixed == nil {
		return School{}, false
	}
	var all []string
	for _, n := range fixed {
		all = append(all, n.tokens...)
	}
	p.norms, p.all = fixed, all
	m, ok := c.matchSchool(all, fixed)
	if !ok {
		return School{}, false
	}
	m.conf *= confFuzzyFactor
	return c.answer(out, m, p, stated), true
}

// parsed is a name split into segments, normalised, with its places
// (found by locate, only when an answer needs them).
type parsed struct {
	norms      []norm
	segIdx     []int // index in segs of each norm
	all        []string
	foreignDeg bool
	script     bool       // letters of a script other than Latin ("Медицинский университет")
	segWords   [][]string // raw words by segment, for the places
	segRaw     []string   // each segment as written (its capitals), for its abbreviations
	located    bool
	segPlaces  []places // by segment
	pl         places   // first of each kind over all segments
}

func (c *Classifier) parse(name string) parsed {
	var p parsed
	p.script = !isASCII(name) && nonLatin(name)
	segs := segments(unglue(name))
	p.segWords = make([][]string, len(segs))
	p.segRaw = segs
	for i, s := range segs {
		ws := dropStreams(words(s))
		n := normalizeWords(ws)
		p.foreignDeg = p.foreignDeg || n.foreignDeg
		if len(n.tokens) > 0 {
			p.norms = append(p.norms, n)
			p.segIdx = append(p.segIdx, i)
			p.all = append(p.all, n.tokens...)
		}
		p.segWords[i] = ws
	}
	return p
}

// locate finds the places of each segment, once.
func (c *Classifier) locate(p *parsed) {
	if p.located {
		return
	}
	p.located = true
	p.segPlaces = make([]places, len(p.segWords))
	for i, ws := range p.segWords {
		p.segPlaces[i] = c.findPlacesWords(saintWords(ws))
		p.pl = p.pl.or(p.segPlaces[i])
	}
}

// answer turns a recognised school into the classifier's answer.
func (c *Classifier) answer(out School, m match, p parsed, stated string) School {
	if m.segment >= 0 {
		c.locate(&p) // places outside the matched part
	}
	first := c.schools[m.ids[0]]
	img := !domestic(first.country)
	conf := m.conf
	if len(m.ids) == 1 && !m.campus {
		out.School = first.name
	} else if len(m.ids) > 1 {
		conf *= confGroupFactor
	}
	// A country named outside the matched part of the name.
	other := stated
	if m.segment >= 0 {
		for i, pl := range p.segPlaces {
			// A contained match leaves words of its own segment
			// unexplained: "Washington University of Barbados".
			if (i != p.segIdx[m.segment] || m.contained) && other == "" {
				other = pl.country
			}
		}
	}
	there := other
	if img && m.segment >= 0 && there == "" {
		// A city abroad beside the name ("China Medical University,
		// Taichung") names the country where to look too.
		for i, pl := range p.segPlaces {
			if i != p.segIdx[m.segment] && there == "" {
				there = pl.city
			}
		}
	}
	if img && m.segment >= 0 && there != "" && there != first.country && !domestic(there) {
		// "China Medical University, Taichung, Taiwan": a school of
		// that name in that country, when the list has one.
		other := there
		toks := append(slices.Clone(p.norms[m.segment].tokens), normalize(other).tokens...)
		if ids, ok := c.exact[key(toks)]; ok && len(ids) == 1 && c.schools[ids[0]].country == other {
			out.School, out.Country, out.IMG, out.Confidence = c.schools[ids[0]].name, other, boolPtr(true), confSegment
			return out
		}
	}
	if !img {
		// A foreign country outside the matched part overrides; beside a
		// US or Canadian one too, it leaves the answer unknown.
		foreign, home := "", false
		consider := func(country string) {
			switch {
			case country == "":
			case domestic(country):
				home = true
			case foreign == "":
				foreign = country
			}
		}
		consider(stated)
		if m.segment >= 0 {
			for i, pl := range p.segPlaces {
				if i != p.segIdx[m.segment] || m.contained {
					consider(pl.country)
				}
			}
		}
		if foreign != "" && home {
			return out
		}
		if foreign != "" {
			out.School, out.Country, out.IMG, out.Confidence = "", foreign, boolPtr(true), confCountryOver
			return out
		}
		// An abbreviation beside the school that is no form of it
		// ("UC School of Medicine (UCSM)": Cebu's, not Cincinnati's) is
		// conflicting evidence: unknown, never US.
		if m.segment >= 0 && c.foreignAbbreviation(p, m) || c.romanceBeside(p, m) {
			out.School = ""
			return out
		}
		// A campus qualifier after the school ("… at Lahore", "… à
		// Dakar") that names a place abroad leaves it unknown, even when
		// the school's own name holds a US or Canadian city ("Toronto").
		if m.segment >= 0 && c.qualifierAbroad(p.segWords[p.segIdx[m.segment]], first.country) {
			return out
		}
		// A weaker sign abroad (a country name that is also a US town, a
		// city abroad) outside the match, with no US or Canadian region
		// named, leaves the answer unknown.
		if m.segment >= 0 {
			abroad, home := false, false
			for i, pl := range p.segPlaces {
				if i != p.segIdx[m.segment] || m.contained {
					abroad = abroad || pl.weak != "" && !domestic(pl.weak) || pl.city != ""
					home = home || pl.region != ""
				}
			}
			if abroad && !home {
				return out
			}
		}
	}
	out.Country, out.IMG, out.Confidence = c.groupCountry(m), boolPtr(img), conf
	if m.imgOnly {
		out.School, out.Country = "", ""
		if other != "" && !domestic(other) {
			out.Country, out.Confidence = other, max(conf, confCountry) // "MUK, Uganda"
		}
	}
	return out
}

// noSchool answers a name in which no school was recognised, from the
// places, name forms and degrees it holds.
func (c *Classifier) noSchool(out School, p parsed, stated string) School {
	c.locate(&p)
	pl := p.pl
	pl.country = cmp.Or(stated, pl.country)
	f, hasForm := c.findForm(p.norms)
	if pl.country == "" && !hasForm && !p.script && c.hospitalAtHome(p) {
		// "Jamaica Hospital Medical Center" (Queens), "Nassau
		// University Medical Center" (Long Island): a hospital named
		// for a place that is a US town too is no school abroad.
		return out
	}
	switch {
	case pl.country != "" && !domestic(pl.country):
		out.Country, out.IMG, out.Confidence = pl.country, boolPtr(true), confCountry
	case pl.country != "":
		out.Country = pl.country // a US/Canadian location alone does not make a US school
	case pl.region != "":
		// A US state or Canadian province is named: never guess abroad.
	case hasForm:
		out.Country, out.IMG, out.Confidence = cmp.Or(f.country, pl.weak, pl.city), boolPtr(true), f.conf
	case p.script:
		// No US or Canadian school writes its name in another script.
		out.Country, out.IMG, out.Confidence = cmp.Or(pl.weak, pl.city), boolPtr(true), confScript
	case pl.weak != "" && !domestic(pl.weak):
		out.Country, out.IMG, out.Confidence = pl.weak, boolPtr(true), confWeakCountry
	case pl.city != "":
		out.Country, out.IMG, out.Confidence = pl.city, boolPtr(true), confCity
	default:
		// A place abroad of the gazetteer beside a word of a school's
		// name; a weak one (a US or Canadian namesake) only gives the
		// country of a name already abroad.
		g, ok := c.gazetteerPlace(p.segWords)
		inst, named := c.institution(p.segWords)
		switch {
		case named:
			// A university abroad named in full ("Hue University of
			// Medicine"): its country, else its place's.
			if inst == "" && ok && g.strong {
				inst = g.country
			}
			out.Country, out.IMG, out.Confidence = inst, boolPtr(true), confInstitution
		case ok && g.strong && schoolWord(p):
			out.Country, out.IMG, out.Confidence = g.country, boolPtr(true), confGazetteer
		case p.foreignDeg:
			out.IMG, out.Confidence = boolPtr(true), confDegree
			if ok && g.strong {
				out.Country = g.country
			}
		}
		return out
	}
	if out.IMG != nil && *out.IMG && out.Country == "" {
		if inst, ok := c.institution(p.segWords); ok && inst != "" {
			out.Country = inst // "Universidad de Alcalá de Henares"
		} else if g, ok := c.gazetteerPlace(p.segWords); ok && g.strong && g.bare {
			// "Universidade Federal do Tocantins", "Jessore Medical
			// College": the place the name ends with, or stands before
			// the school's words only ("Valle Rojo" names another place).
			out.Country = g.country
		}
	}
	return out
}

// regionWords may surround a US state or Canadian province written alone
// in a school field ("University of Connecticut School of Medicine" is an
// alias; "Connecticut", "Connecticut SOM" are the shorthand).
var regionWords = map[string]bool{
	"university": true, "univ": true, "u": true, "of": true, "the": true, "school": true, "medicine": true,
	"medical": true, "college": true, "som": true, "com": true, "md": true, "do": true, "at": true,
}

// regionAlone reports whether name is a US state or Canadian province with
// at most generic words around it, and returns the school that the
// reference marks as that region's own ("+Connecticut"), if one does.
// "Georgia" is no region (it is also a country), so it stays unknown.
func (c *Classifier) regionAlone(name string) ([]int, string, bool) {
	var ws []string
	for _, w := range placeWords(name) {
		if !regionWords[w] {
			ws = append(ws, w)
		}
	}
	k := key(ws)
	ref, ok := c.places[k]
	if !ok || ref.kind != "region" || len(k) < 4 || !domestic(ref.country) {
		return nil, "", false
	}
	var ids []int
	for _, id := range c.parts[key(normalize(k).tokens)] {
		if c.schools[id].country == ref.country {
			ids = append(ids, id)
		}
	}
	return ids, ref.country, true
}

// places found in a name.
type places struct {
	country string // first explicit country
	weak    string // first weak country
	region  string // first US state or Canadian province
	city    string // country of the first large city abroad
}

// or fills each empty kind of p from q.
func (p places) or(q places) places {
	return places{country: cmp.Or(p.country, q.country), weak: cmp.Or(p.weak, q.weak),
		region: cmp.Or(p.region, q.region), city: cmp.Or(p.city, q.city)}
}

// add records a place of kind ref.kind, keeping the first of each kind.
func (p *places) add(ref placeRef) {
	switch ref.kind {
	case "country":
		p.country = cmp.Or(p.country, ref.country)
	case "weak_country":
		p.weak = cmp.Or(p.weak, ref.country)
	case "region", "home_city":
		p.region = cmp.Or(p.region, ref.country)
	case "city":
		p.city = cmp.Or(p.city, ref.country)
	}
}

// stemPlaces finds places among normalised tokens (after corrections), the
// longest first. Two-letter state codes are left out: as normalised words
// they are too often something else.
func (c *Classifier) stemPlaces(norms []norm) places {
	var p places
	for _, n := range norms {
		ws := n.tokens
		for i := 0; i < len(ws); {
			l := min(c.maxPlaceStem, len(ws)-i)
			for ; l >= 1; l-- {
				k := key(ws[i : i+l])
				if ref, ok := c.placeStems[k]; ok && len(k) > 2 {
					p.add(ref)
					break
				}
			}
			i += max(l, 1)
		}
	}
	return p
}

// statedPlace returns the country a roster states in its own column. It
// is explicit even when the name is also a US place name ("Jordan").
func (c *Classifier) statedPlace(stated string) string {
	if strings.TrimSpace(stated) == "" {
		return ""
	}
	if ref, ok := c.places[key(placeWords(stated))]; ok && (ref.kind == "country" || ref.kind == "weak_country") {
		return ref.country
	}
	return ""
}

// findPlaces scans one segment for place names, longest first.
func (c *Classifier) findPlaces(s string) places { return c.findPlacesWords(placeWords(s)) }

// findPlacesWords is findPlaces on the place words of a segment.
func (c *Classifier) findPlacesWords(ws []string) places {
	var p places
	var buf []byte
	for i := 0; i < len(ws); {
		n := 0
		// Only words that begin a place are looked at further.
		for l := min(c.placeFirst[ws[i]], len(ws)-i); l >= 1; l-- {
			buf = appendKey(buf[:0], ws[i:i+l])
			ref, ok := c.places[string(buf)]
			if !ok || len(buf) == 2 && ref.kind == "region" && !codeAtEnd(ws, i+l) {
				continue
			}
			n = l
			p.add(ref)
			break
		}
		i += max(n, 1)
	}
	return p
}

// codeAtEnd reports whether a two-letter state or province code ending at
// ws[end-1] is where rosters write one: last in its part of the name, or
// before a ZIP code ("Toledo OH", "Birmingham, AL 35233"). Elsewhere the
// two letters are a word of the name: the Arabic article in "Al-Nahyan"
// or "Al Azhar" is not Alabama.
func codeAtEnd(ws []string, end int) bool {
	for _, w := range ws[end:] {
		if w[0] < '0' || w[0] > '9' {
			return false
		}
	}
	return true
}

// matchSchool finds the school named by tokens (all segments) or by one of
// its segments: exact, core, segment, then the longest known name contained
// in a segment.
func (c *Classifier) matchSchool(all []string, norms []norm) (match, bool) {
	if m, ok := c.lookup(all, confExact, confCore); ok {
		m.segment = -1
		return m, true
	}
	if ids, ok := c.compose(all); ok {
		if m, ok := c.resolve(ids, confCompose); ok {
			m.segment = -1
			return m, true
		}
	}
	// Two adjacent parts together: "Government Medical College,
	// Thiruvananthapuram, Kerala".
	// Not two later parts when the first names a school of its own ("Lake
	// Erie College of Osteopathic Medicine (U(M)" is not "U M").
	for i := 0; i+1 < len(norms) && len(norms) > 2; i++ {
		if i == 1 {
			if _, ok := c.lookup(norms[0].tokens, confSegment, confSegment); ok || c.sharedName(norms[0].tokens) != nil {
				break
			}
		}
		toks := append(slices.Clone(norms[i].tokens), norms[i+1].tokens...)
		if ids, ok := c.exact[key(toks)]; ok {
			if m, ok := c.resolve(ids, confSegment); ok {
				m.segment = i
				return m, true
			}
		}
	}
	// A part whose name several schools share and disagree on ("UC School
	// of Medicine": Cincinnati or Cebu) leaves the others to say which one
	// it is ("(UCSM)"), not to name a school it is not ("(U O)").
	var refused []int
	for i, n := range norms {
		if i > 0 && len(n.tokens) == 1 {
			continue // a lone word after a comma is a place ("…, Columbia, SC"), not a school
		}
		if m, ok := c.lookup(n.tokens, confSegment, confSegment); ok {
			if refused != nil && !subset(m.ids, refused) {
				return match{}, false
			}
			m.segment = i
			return m, true
		}
		if refused == nil {
			refused = c.sharedName(n.tokens)
		}
		if ids, ok := c.compose(n.tokens); ok && len(norms) > 1 {
			if m, ok := c.resolve(ids, confCompose*confSegment); ok {
				m.segment = i
				return m, true
			}
		}
	}
	// Longest contained alias, searched in each segment (a name never spans
	// a comma) and in its core form.
	best, bestLen, nearHome := match{}, 0, false
	var buf []byte
	for si, n := range norms {
		if si > 0 && len(n.tokens) == 1 {
			continue
		}
		for _, toks := range [][]string{n.tokens, core(n.tokens)} {
			for l := min(c.maxAlias, len(toks)); l > bestLen; l-- {
				for i := 0; i+l <= len(toks); i++ {
					buf = appendKey(buf[:0], toks[i:i+l])
					ids, ok := c.exact[string(buf)] // no allocation for a map lookup
					if !ok {
						continue
					}
					campus := false
					if !c.explained(toks[:i], ids) {
						// Unexplained words before a known name ("Rajiv Gandhi
						// Medical College" is not Gandhi Medical College).
						continue
					}
					if l == 1 && !c.explained(toks[i+l:], ids) {
						// ... or after a one-word name ("Duke-NUS" is not
						// Duke), unless it is an abbreviation abroad before
						// a campus the list does not know ("AIIMS Jodhpur").
						if !c.abroadAbbrev(toks[i], ids, toks[i+l:]) {
							continue
						}
						campus = true
					}
					sandwiched := l == 1 && i > 0 && i+l < len(toks) && domestic(c.schools[ids[0]].country)
					if sandwiched || l > 1 && (c.unknownAfterHome(toks[i+l:], ids) || c.shadowed[string(buf)] && !c.explained(toks[i+l:], ids)) {
						// "Queen's University Bellfast": the corrected
						// name decides, and without one no form or city
						// abroad makes it IMG ("Washington University of
						// Healt and Science" is no school to guess). So
						// too for any word after a US or Canadian name
						// that begins a name abroad, and for a US or
						// Canadian one-word name between other words
						// ("University of Medicine und Health Sciences"
						// is not UND).
						nearHome = true
						continue
					}
					if si > 0 && refused != nil && !subset(ids, refused) {
						continue // another school than the first part's shared name
					}
					if m, ok := c.resolve(ids, confContainsLong); ok {
						if l == 1 {
							m.conf = confContainsOne
						}
						m.campus = campus
						m.segment, m.contained = si, true
						best, bestLen = m, l
						break
					}
				}
			}
		}
	}
	best.nearHome = nearHome && bestLen == 0
	return best, bestLen > 0
}

// shadow records the US and Canadian names that begin a name of a school
// abroad (names[id]: the written-out names of school id).
func (c *Classifier) shadow(names [][]string) {
	c.shadowed, c.abroadWords = map[string]bool{}, map[string]bool{}
	home := map[string]bool{}
	for id, ns := range names {
		for _, a := range ns {
			for _, t := range normalize(a).tokens {
				if domestic(c.schools[id].country) {
					home[t] = true
				} else {
					c.abroadWords[t] = true
				}
			}
		}
	}
	for t := range home {
		delete(c.abroadWords, t)
	}
	c.abroadNames = map[string][][]string{}
	for id, ns := range names {
		if domestic(c.schools[id].country) {
			continue
		}
		for _, a := range ns {
			if toks := normalize(a).tokens; len(toks) >= 2 {
				k := abroadNameKey(toks[0], len(toks))
				c.abroadNames[k] = append(c.abroadNames[k], toks)
			}
		}
	}
	for id, ns := range names {
		if domestic(c.schools[id].country) {
			continue
		}
		for _, a := range ns {
			toks := normalize(a).tokens
			for k := 2; k < len(toks); k++ {
				pre := key(toks[:k])
				if ids, ok := c.exact[pre]; ok && domestic(c.schools[ids[0]].country) {
					c.shadowed[pre] = true
				}
			}
		}
	}
}

// unknownAfterHome reports whether schools ids are at home and a word
// after their name is in no reference list: a misspelt word ("Bellfast",
// "Healt", "yof") may make it a school abroad. (It may also be a US town
// the lists lack: the campus cities are in places.csv, and unknown is
// still better than a wrong US.)
func (c *Classifier) unknownAfterHome(after []string, ids []int) bool {
	if !domestic(c.schools[ids[0]].country) {
		return false
	}
	for _, w := range after {
		if !c.fuzzy.vocab[w] && !degrees[w] && !c.isPlace(w) && isASCIIWord(w) {
			return true
		}
		if c.abroadWords[w] && !c.isPlace(w) && !genericWords[w] {
			return true // a word of a school abroad: "University of T Andrews"
		}
	}
	return false
}

// abroadAbbrev reports whether a one-word name t of schools ids, followed
// by words after it that explain nothing ("AIIMS Jodhpur", "KMC Hubli"),
// still names them: every school of ids is abroad, t is at least four
// letters long (shorter abbreviations are too often something else), and
// no word after it is a US or Canadian place. A campus city the list does
// not know changes the campus, not the country.
func (c *Classifier) abroadAbbrev(t string, ids []int, after []string) bool {
	if len(t) < 4 {
		return false
	}
	for _, id := range ids {
		if domestic(c.schools[id].country) {
			return false
		}
	}
	for _, w := range after {
		if ref, ok := c.placeStems[w]; ok && domestic(ref.country) {
			return false
		}
		if _, ok := c.exact[w]; ok {
			return false // another school's name: "AIIMS Harvard" is no campus
		}
	}
	return true
}

// compose reports the schools named when tokens are made entirely of two or
// more names and parts of names of the same schools, with generic words
// between them: "Utah-Eccles", "Perelman Penn", "Iowa Carver College of
// Medicine". Each piece is the longest name or part at its place; the
// answer is the schools every piece names.
func (c *Classifier) compose(tokens []string) ([]int, bool) {
	var ids []int
	pieces := 0
	var buf []byte
	for i := 0; i < len(tokens); {
		if genericWords[tokens[i]] {
			i++
			continue
		}
		var got []int
		l := min(max(c.maxAlias, c.maxPart), len(tokens)-i)
		for ; l >= 1; l-- {
			buf = appendKey(buf[:0], tokens[i:i+l])
			if x, ok := c.exact[string(buf)]; ok {
				got = x
			}
			if x, ok := c.parts[string(buf)]; ok {
				got = union(got, x)
			}
			if got != nil {
				break
			}
		}
		if got == nil {
			return nil, false
		}
		if pieces == 0 {
			ids = slices.Clone(got)
		} else {
			ids = slices.DeleteFunc(ids, func(id int) bool { return !slices.Contains(got, id) })
		}
		if len(ids) == 0 {
			return nil, false
		}
		pieces++
		i += l
	}
	return ids, pieces >= 2
}

// union returns the ids of a and b, a's first.
func union(a, b []int) []int {
	out := slices.Clone(a)
	for _, id := range b {
		out = addID(out, id)
	}
	return out
}

// lookup tries tokens as a full alias, then their core against full aliases
// and against alias cores.
func (c *Classifier) lookup(tokens []string, confFull, confCoreMatch float64) (match, bool) {
	if len(tokens) == 0 {
		return match{}, false
	}
	var buf [96]byte
	kb := appendKey(buf[:0], tokens)
	if ids, ok := c.exact[string(kb)]; ok { // (no allocation for a map lookup)
		return c.resolve(ids, confFull)
	}
	if ids, ok := c.whole[string(kb)]; ok {
		return c.resolve(ids, confFull)
	}
	if ids, ok := c.translated[string(kb)]; ok {
		return c.resolve(ids, confTranslated)
	}
	if ids, ok := c.initialisms[string(kb)]; ok {
		m, ok := c.resolve(ids, confInitialism)
		// A short initialism may be a school abroad the list lacks
		// ("CUHK"): IMG, but neither the school nor its country.
		m.imgOnly = len(kb) < initialismNamesSchool
		return m, ok
	}
	if ct := core(tokens); len(ct) != len(tokens) {
		var buf2 [96]byte
		kc := appendKey(buf2[:0], ct)
		if ids, ok := c.exact[string(kc)]; ok {
			return c.resolve(ids, confCoreMatch)
		}
		if ids, ok := c.translated[string(kc)]; ok {
			return c.resolve(ids, confTranslated*confCoreMatch)
		}
		if ids, ok := c.initialisms[string(kc)]; ok && len(ct) == 1 {
			// A derived initialism before a faculty phrase ("UJCM
			// Faculty of Medicine", "MAMCO - College of Medicine").
			m, ok := c.resolve(ids, confInitialism*confCoreMatch)
			m.imgOnly = len(kc) < initialismNamesSchool
			return m, ok
		}
		kb = kc
	}
	if ids, ok := c.cores[string(kb)]; ok {
		return c.resolve(ids, confCoreMatch)
	}
	return match{}, false
}

// resolve turns the schools sharing a name into an answer. One school is
// an answer; several are one only when they agree on IMG status (then the
// answer has no canonical school, and a country only when they share it).
// Schools that disagree on IMG status ("Saint Louis University": Missouri
// or Baguio) are no answer: unknown beats a wrong "US".
func (c *Classifier) resolve(ids []int, conf float64) (match, bool) {
	for _, id := range ids[1:] {
		if domestic(c.schools[id].country) != domestic(c.schools[ids[0]].country) {
			return match{}, false
		}
	}
	return match{ids: ids, conf: conf}, true
}

// groupCountry is the country shared by every school of m, or "".
func (c *Classifier) groupCountry(m match) string {
	for _, id := range m.ids[1:] {
		if c.schools[id].country != c.schools[m.ids[0]].country {
			return ""
		}
	}
	return c.schools[m.ids[0]].country
}

// namedSchoolAt reads "<Name> School of Medicine at <university>": a school
// named for a person (a new donor's name the list does not know yet) at a
// university the list knows is that university's school. The part before
// "at" must be a name and a medical phrase only: no place, no form of a
// school abroad, no other known school.
func (c *Classifier) namedSchoolAt(p parsed) (match, bool) {
	for ni := range p.norms {
		ws := p.segWords[p.segIdx[ni]]
		at := slices.Index(ws, "at")
		if at < 1 || at == len(ws)-1 {
			continue
		}
		head, tail := normalizeWords(ws[:at]), normalizeWords(ws[at+1:])
		hc := core(head.tokens)
		if len(hc) == len(head.tokens) || head.foreignDeg || len(hc) > 4 {
			continue // no medical phrase before "at": "University at Buffalo" is another form
		}
		m, ok := c.lookup(tail.tokens, confContainsLong, confContainsLong)
		if !ok {
			continue
		}
		for _, t := range hc {
			if genericWords[t] || c.isPlace(t) || c.vocabSchool(t) {
				m.ids = nil // a generic word, a place or a known school's word is no donor's name
			}
		}
		if _, foreign := c.findForm([]norm{head}); foreign || m.ids == nil {
			continue
		}
		m.segment = ni
		return m, true
	}
	return match{}, false
}

// vocabSchool reports whether t alone names a school or a part of one.
func (c *Classifier) vocabSchool(t string) bool {
	_, a := c.exact[t]
	_, b := c.parts[t]
	return a || b
}

// acronymBeside reads a name the list does not know followed by a known
// abbreviation of a school abroad in parentheses: "Ibero-American
// University (UNIBE)". Only a school abroad is answered so: a US or
// Canadian abbreviation beside an unknown name may be a school abroad that
// shares it ("Lomonosov State University (MSU)"). The abbreviation must not
// be a place; places in the other parts are weighed by answer as for any
// other match.
func (c *Classifier) acronymBeside(name string, p parsed) (match, bool) {
	if strings.IndexByte(name, '(') < 0 || len(p.norms) < 2 {
		return match{}, false
	}
	low := strings.ToLower(name)
	for ni := 1; ni < len(p.norms); ni++ {
		ws := p.segWords[p.segIdx[ni]]
		if len(ws) != 1 || len(ws[0]) < 3 || !strings.Contains(low, "("+ws[0]+")") || c.isPlace(ws[0]) {
			continue
		}
		ids, ok := c.exact[ws[0]]
		if !ok || domestic(c.schools[ids[0]].country) {
			continue
		}
		if m, ok := c.resolve(ids, confContainsOne); ok {
			m.segment = ni
			return m, true
		}
	}
	return match{}, false
}

// subset reports whether every id of a is in b.
func subset(a, b []int) bool {
	for _, id := range a {
		if !slices.Contains(b, id) {
			return false
		}
	}
	return true
}

// sharedName returns the schools a part's name (whole, or its core) is the
// name of when they are several and disagree on IMG status, which lookup
// refuses; nil otherwise.
func (c *Classifier) sharedName(tokens []string) []int {
	for _, ids := range [][]int{c.exact[key(tokens)], c.whole[key(tokens)], c.exact[key(core(tokens))]} {
		if len(ids) > 1 {
			if _, ok := c.resolve(ids, 0); !ok {
				return ids
			}
		}
	}
	return nil
}
