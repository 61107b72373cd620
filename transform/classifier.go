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
	"strings"
)

//go:embed schools.csv
var schoolsCSV []byte

//go:embed places.csv
var placesCSV []byte

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
	confGroupFactor  = 0.9  // several schools of one country share the matched name
	confCountry      = 0.8  // no school recognised; an explicit country abroad is named
	confCountryOver  = 0.7  // a named country abroad contradicts a US/Canadian match
	confWeakCountry  = 0.65 // a country name that is also a US place name
	confCity         = 0.6  // a large city abroad
	confDegree       = 0.6  // a degree only foreign schools award (MBBS, MBChB)
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
}

// explained reports whether every token is a generic word or a one-word
// name of the same schools as ids ("UPenn Perelman").
func (c *Classifier) explained(tokens []string, ids []int) bool {
	for _, t := range tokens {
		if genericWords[t] {
			continue
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
	schools    []schoolRef
	exact      map[string][]int // full normalised alias → schools
	cores      map[string][]int // alias with medical phrases removed → schools
	maxAlias   int              // longest alias, in tokens
	places     map[string]placeRef
	placeStems map[string]bool // places normalised like school names
	maxPlace   int
}

// NewClassifier builds the index from the embedded reference lists.
func NewClassifier() (*Classifier, error) {
	c := &Classifier{exact: map[string][]int{}, cores: map[string][]int{}, places: map[string]placeRef{}, placeStems: map[string]bool{}}
	// Places first: a school name whose core is a place ("Texas College
	// of Osteopathic Medicine" → "texas") must not be indexed by its core.
	if err := c.loadPlaces(bytes.NewReader(placesCSV)); err != nil {
		return nil, fmt.Errorf("places.csv: %w", err)
	}
	if err := c.loadSchools(bytes.NewReader(schoolsCSV)); err != nil {
		return nil, fmt.Errorf("schools.csv: %w", err)
	}
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
	for i, rec := range recs {
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
		n := 0
		for _, a := range aliases {
			if strings.TrimSpace(a) == "" {
				continue
			}
			toks := normalize(a).tokens
			if len(toks) == 0 {
				errs = append(errs, fmt.Errorf("%s: alias %q is empty once normalised", name, a))
				continue
			}
			n++
			c.exact[key(toks)] = addID(c.exact[key(toks)], id)
			if cr := key(core(toks)); !c.isPlace(cr) {
				c.cores[cr] = addID(c.cores[cr], id)
			}
			c.maxAlias = max(c.maxAlias, len(toks))
		}
		_ = i
		_ = n
	}
	return errors.Join(errs...)
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
		case "country", "weak_country", "region", "city":
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
		c.places[key(toks)] = placeRef{country: strings.TrimSpace(rec[1]), kind: kind}
		c.placeStems[key(normalize(rec[0]).tokens)] = true
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
func placeWords(s string) []string {
	ws := words(s)
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
}

// Classify recognises the school in name. statedCountry is the country a
// roster gives beside the school, or "". A wrong "not an IMG" is the worst
// error, so a US or Canadian answer needs a recognised school, and a
// foreign country named outside the recognised school name (in another
// comma-separated part, or stated) beats a US or Canadian match:
// "Georgetown, Guyana" is not Georgetown University.
func (c *Classifier) Classify(name, statedCountry string) School {
	out := School{Input: name}
	segs := segments(name)
	var norms []norm
	var segIdx []int // index in segs of each norm
	foreignDeg := false
	var all []string
	for i, s := range segs {
		n := normalize(s)
		foreignDeg = foreignDeg || n.foreignDeg
		if len(n.tokens) > 0 {
			norms = append(norms, n)
			segIdx = append(segIdx, i)
			all = append(all, n.tokens...)
		}
	}
	segPlaces := make([]places, len(segs))
	for i, s := range segs {
		segPlaces[i] = c.findPlaces(s)
	}
	stated := c.statedPlace(statedCountry)
	if m, ok := c.matchSchool(all, norms); ok {
		first := c.schools[m.ids[0]]
		img := !domestic(first.country)
		conf := m.conf
		if len(m.ids) == 1 {
			out.School = first.name
		} else {
			conf *= confGroupFactor
		}
		// A country named outside the matched part of the name.
		other := stated
		if m.segment >= 0 {
			for i, p := range segPlaces {
				// A contained match leaves words of its own segment
				// unexplained: "Washington University of Barbados".
				if (i != segIdx[m.segment] || m.contained) && other == "" {
					other = p.country
				}
			}
		}
		if img && m.segment >= 0 && other != "" && other != first.country && !domestic(other) {
			// "China Medical University, Taichung, Taiwan": a school of
			// that name in that country, when the list has one.
			toks := append(slices.Clone(norms[m.segment].tokens), normalize(other).tokens...)
			if ids, ok := c.exact[key(toks)]; ok && len(ids) == 1 && c.schools[ids[0]].country == other {
				out.School, out.Country, out.IMG, out.Confidence = c.schools[ids[0]].name, other, boolPtr(true), confSegment
				return out
			}
		}
		if !img {
			// A foreign country outside the matched part overrides.
			if other != "" && !domestic(other) {
				out.School, out.Country, out.IMG, out.Confidence = "", other, boolPtr(true), confCountryOver
				return out
			}
		}
		out.Country, out.IMG, out.Confidence = c.groupCountry(m), boolPtr(img), conf
		return out
	}
	var pl places
	pl.country = stated
	for _, p := range segPlaces {
		pl.country = cmp.Or(pl.country, p.country)
		pl.weak = cmp.Or(pl.weak, p.weak)
		pl.region = cmp.Or(pl.region, p.region)
		pl.city = cmp.Or(pl.city, p.city)
	}
	switch {
	case pl.country != "" && !domestic(pl.country):
		out.Country, out.IMG, out.Confidence = pl.country, boolPtr(true), confCountry
	case pl.country != "":
		out.Country = pl.country // a US/Canadian location alone does not make a US school
	case pl.region != "":
		// A US state or Canadian province is named: never guess abroad from a city.
	case pl.weak != "" && !domestic(pl.weak):
		out.Country, out.IMG, out.Confidence = pl.weak, boolPtr(true), confWeakCountry
	case pl.city != "":
		out.Country, out.IMG, out.Confidence = pl.city, boolPtr(true), confCity
	case foreignDeg:
		out.IMG, out.Confidence = boolPtr(true), confDegree
	}
	return out
}

// places found in a name.
type places struct {
	country string // first explicit country
	weak    string // first weak country
	region  string // first US state or Canadian province
	city    string // country of the first large city abroad
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
func (c *Classifier) findPlaces(s string) places {
	var p places
	ws := placeWords(s)
	var buf []byte
	for i := 0; i < len(ws); {
		n := 0
		for l := min(c.maxPlace, len(ws)-i); l >= 1; l-- {
			buf = appendKey(buf[:0], ws[i:i+l])
			ref, ok := c.places[string(buf)]
			if !ok {
				continue
			}
			n = l
			switch ref.kind {
			case "country":
				p.country = cmp.Or(p.country, ref.country)
			case "weak_country":
				p.weak = cmp.Or(p.weak, ref.country)
			case "region":
				p.region = cmp.Or(p.region, ref.country)
			case "city":
				p.city = cmp.Or(p.city, ref.country)
			}
			break
		}
		i += max(n, 1)
	}
	return p
}

// matchSchool finds the school named by tokens (all segments) or by one of
// its segments: exact, core, segment, then the longest known name contained
// in a segment.
func (c *Classifier) matchSchool(all []string, norms []norm) (match, bool) {
	if m, ok := c.lookup(all, confExact, confCore); ok {
		m.segment = -1
		return m, true
	}
	// Two adjacent parts together: "Government Medical College,
	// Thiruvananthapuram, Kerala".
	for i := 0; i+1 < len(norms) && len(norms) > 2; i++ {
		toks := append(slices.Clone(norms[i].tokens), norms[i+1].tokens...)
		if ids, ok := c.exact[key(toks)]; ok {
			if m, ok := c.resolve(ids, confSegment); ok {
				m.segment = i
				return m, true
			}
		}
	}
	for i, n := range norms {
		if i > 0 && len(n.tokens) == 1 {
			continue // a lone word after a comma is a place ("…, Columbia, SC"), not a school
		}
		if m, ok := c.lookup(n.tokens, confSegment, confSegment); ok {
			m.segment = i
			return m, true
		}
	}
	// Longest contained alias, searched in each segment (a name never spans
	// a comma) and in its core form.
	best, bestLen := match{}, 0
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
					if !c.explained(toks[:i], ids) || (l == 1 && !c.explained(toks[i+l:], ids)) {
						// Unexplained words before a known name ("Rajiv Gandhi
						// Medical College" is not Gandhi Medical College), or
						// around a one-word name ("Duke-NUS" is not Duke).
						continue
					}
					if m, ok := c.resolve(ids, confContainsLong); ok {
						if l == 1 {
							m.conf = confContainsOne
						}
						m.segment, m.contained = si, true
						best, bestLen = m, l
						break
					}
				}
			}
		}
	}
	return best, bestLen > 0
}

// lookup tries tokens as a full alias, then their core against full aliases
// and against alias cores.
func (c *Classifier) lookup(tokens []string, confFull, confCoreMatch float64) (match, bool) {
	if len(tokens) == 0 {
		return match{}, false
	}
	if ids, ok := c.exact[key(tokens)]; ok {
		return c.resolve(ids, confFull)
	}
	k := key(core(tokens))
	if ids, ok := c.exact[k]; ok {
		return c.resolve(ids, confCoreMatch)
	}
	if ids, ok := c.cores[k]; ok {
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
