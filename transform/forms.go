package transform

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// form is a way of naming a medical school that US and Canadian schools do
// not use: a non-English word for university or faculty ("universidad",
// "faculté", "università") or an English form of South Asian, African or
// Eastern European schools ("Medical College", "Institute of Medical
// Sciences", "State Medical University"). Every US and Canadian school that
// uses such a form is in schools.csv, so a name that matches no school but
// has a form is taken as a school abroad, unless it names a US or Canadian
// place.
type form struct {
	tokens  []string // normalised
	country string   // the country the form implies, "" when several do
	conf    float64
}

func (c *Classifier) loadForms(r io.Reader) error {
	recs, err := readCSV(r, []string{"form", "country", "confidence"})
	if err != nil {
		return err
	}
	var errs []error
	for _, rec := range recs {
		toks := normalize(rec[0]).tokens
		conf, err := strconv.ParseFloat(strings.TrimSpace(rec[2]), 64)
		switch {
		case len(toks) == 0:
			errs = append(errs, fmt.Errorf("%q: empty once normalised", rec[0]))
		case err != nil || conf <= 0 || conf >= confCountry:
			errs = append(errs, fmt.Errorf("%s: confidence %q: want a number above 0 and below %g", rec[0], rec[2], confCountry))
		case domestic(strings.TrimSpace(rec[1])):
			// A form only US (or only Canadian) schools use: it decides
			// the country of a name no school matched, unless a
			// country abroad is named.
			c.homeForms = append(c.homeForms, form{tokens: toks, country: strings.TrimSpace(rec[1]), conf: conf})
			c.addVocab(toks)
		default:
			c.forms = append(c.forms, form{tokens: toks, country: strings.TrimSpace(rec[1]), conf: conf})
			c.maxForm = max(c.maxForm, len(toks))
			c.addVocab(toks)
		}
	}
	return errors.Join(errs...)
}

// findHomeForm returns the first form of US or Canadian schools found in
// the segments' tokens.
func (c *Classifier) findHomeForm(norms []norm) (form, bool) {
	for _, n := range norms {
		for i := range n.tokens {
			for _, f := range c.homeForms {
				if hasPrefix(n.tokens[i:], f.tokens) {
					return f, true
				}
			}
		}
	}
	return form{}, false
}

// homeFormAnswer is the answer for a name holding a form only US or
// Canadian schools use ("College of Osteopathic Medicine": only US schools
// train osteopathic physicians for residency): a US or Canadian answer
// stands; a country abroad named in the name or stated beside it keeps the
// answer given without the form; a weaker sign of a country abroad (a
// country name that is also a US town, a script, a foreign degree) leaves
// it unknown; otherwise the form's country decides, even over a school
// abroad matched by a city's name ("Lyon College of Osteopathic Medicine"
// is no school of Lyon, France).
func (c *Classifier) homeFormAnswer(s School, f form, p parsed, stated string) School {
	if s.IMG != nil && !*s.IMG {
		return s
	}
	if stated != "" && !domestic(stated) {
		return s
	}
	c.locate(&p)
	weak := p.script || p.foreignDeg
	formSeg := map[int]bool{}
	for ni, n := range p.norms {
		if _, ok := c.findHomeForm([]norm{n}); ok {
			formSeg[p.segIdx[ni]] = true
		}
	}
	for i, pl := range p.segPlaces {
		if pl.country != "" && !domestic(pl.country) {
			return s
		}
		weak = weak || pl.weak != "" && !domestic(pl.weak)
		// A city abroad beside the name, or after a campus marker
		// ("… College of Osteopathic Medicine – Lagos", "… en Manila"),
		// is a qualifier abroad: the form does not overrule it. Within
		// the name, before the form, it is the US town the school is
		// named for ("Lyon College of Osteopathic Medicine").
		weak = weak || !formSeg[i] && pl.city != "" || formSeg[i] && c.qualifierAbroad(p.segWords[i], f.country)
	}
	if weak {
		return School{Input: s.Input}
	}
	return School{Input: s.Input, Country: f.country, IMG: boolPtr(false), Confidence: f.conf}
}

// findForm returns the strongest form found in the segments' tokens.
func (c *Classifier) findForm(norms []norm) (form, bool) {
	var best form
	found := false
	for _, n := range norms {
		for i := range n.tokens {
			for _, f := range c.forms {
				if hasPrefix(n.tokens[i:], f.tokens) && (!found || f.conf > best.conf) {
					best, found = f, true
				}
			}
		}
	}
	return best, found
}
