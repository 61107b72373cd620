package evaluate

import (
	"fmt"
	"io"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/testweb"
)

// WebReport scores extraction page by page on a fault-free synthetic web,
// without a crawl: every eligibility, roster and program page is rendered
// in-process and extracted, and each program's facts are compared with
// the truth. It measures phrasing coverage: the default bank (the web the
// extractor is gated on), the extended bank, or a data bank such as the
// frozen unseen one (testweb.Config.Bank).
type WebReport struct {
	Programs  int          `json:"programs"`
	Seed      int64        `json:"seed"`
	Extended  bool         `json:"extended_phrasings,omitempty"`
	Bank      string       `json:"bank,omitempty"`
	Pages     int          `json:"pages"`
	Fields    []FieldScore `json:"fields"` // accuracy: agree (equal, or both unknown) / programs
	Residents RosterScore  `json:"residents"`
	Misses    []FieldError `json:"misses,omitempty"` // a few per field, with the evidence
	Errors    []string     `json:"errors,omitempty"` // pages extraction failed on
}

// webMissesPerField bounds WebReport.Misses.
const webMissesPerField = 5

// Web scores extract on every program of w. A program agrees on a field
// when the extracted value equals the truth (USCE months within 0.1) or
// neither states it; residents are matched by name.
func Web(w *testweb.Web, extract ExtractFunc) WebReport {
	cfg := w.Config()
	rep := WebReport{Programs: cfg.Programs, Seed: cfg.Seed, Extended: cfg.ExtendedPhrasings, Bank: cfg.Bank}
	rep.Fields = make([]FieldScore, len(imgfriendly.FieldKinds))
	for i, fk := range imgfriendly.FieldKinds {
		rep.Fields[i].Field = fk.Field
	}
	h := w.Handler()
	misses := map[imgfriendly.Field]int{}
	for i := range cfg.Programs {
		pt := w.ProgramTruth(i)
		got := map[imgfriendly.Field]imgfriendly.Fact{}
		var residents []imgfriendly.Resident
		for _, pg := range pt.Pages {
			if pg.Kind != imgfriendly.KindEligibility && pg.Kind != imgfriendly.KindRoster && pg.Kind != imgfriendly.KindProgram {
				continue
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("GET", pg.URL, nil))
			body, _ := io.ReadAll(rec.Result().Body)
			u, _ := url.Parse(pg.URL)
			pf, err := extract(body, u)
			if err != nil {
				rep.Errors = append(rep.Errors, fmt.Sprintf("%s: %v", pg.URL, err))
				continue
			}
			rep.Pages++
			for _, f := range pf.Facts {
				got[f.Field] = f
			}
			residents = append(residents, pf.Residents...)
		}
		for j := range rep.Fields {
			fs := &rep.Fields[j]
			tf, stated := pt.Facts[fs.Field]
			gf, predicted := got[fs.Field]
			fs.Scored++
			if stated {
				fs.Stated++
			}
			if predicted {
				fs.Predicted++
			}
			ok := stated == predicted && (!stated || sameValue(fs.Field, tf.Value, gf.Value))
			if ok {
				fs.Agree++
				if stated {
					fs.Correct++
				}
				continue
			}
			if misses[fs.Field] < webMissesPerField {
				misses[fs.Field]++
				rep.Misses = append(rep.Misses, FieldError{Field: fs.Field, Want: tf.Value.String(), Got: gf.Value.String(),
					TruthURL: tf.URL, EvidenceURL: gf.Evidence.URL, EvidenceText: gf.Evidence.Text})
			}
		}
		want := map[string]bool{}
		for _, r := range pt.Residents {
			want[normName(r.Name)] = true
		}
		found := map[string]bool{}
		for _, r := range residents {
			if k := normName(r.Name); want[k] {
				found[k] = true
			}
		}
		rep.Residents.Listed += len(pt.Residents)
		rep.Residents.Found += len(found)
		rep.Residents.Predicted += len(residents)
	}
	for j := range rep.Fields {
		fs := &rep.Fields[j]
		fs.Precision = ratio(fs.Correct, fs.Predicted)
		fs.Recall = ratio(fs.Correct, fs.Stated)
		fs.Accuracy = ratio(fs.Agree, fs.Scored)
	}
	order := map[imgfriendly.Field]int{}
	for i, fk := range imgfriendly.FieldKinds {
		order[fk.Field] = i
	}
	slices.SortStableFunc(rep.Misses, func(a, b FieldError) int { return order[a.Field] - order[b.Field] })
	rep.Residents.Recall = ratio(rep.Residents.Found, rep.Residents.Listed)
	rep.Residents.Precision = ratio(rep.Residents.Found, rep.Residents.Predicted)
	return rep
}

// Min is the lowest field accuracy, and the field.
func (r WebReport) Min() (imgfriendly.Field, float64) {
	var f imgfriendly.Field
	low := 2.0
	for _, s := range r.Fields {
		if s.Accuracy < low {
			f, low = s.Field, s.Accuracy
		}
	}
	return f, low
}

// Text renders the report: one line per field, then residents and misses.
func (r WebReport) Text() string {
	var b strings.Builder
	bank := "default"
	if r.Bank != "" {
		bank = r.Bank
	}
	if r.Extended {
		bank += "+extended"
	}
	fmt.Fprintf(&b, "synthetic web: %d programs, seed %d, %s bank, %d pages extracted\n", r.Programs, r.Seed, bank, r.Pages)
	fmt.Fprintf(&b, "%-24s %8s %7s %7s %9s %7s\n", "field", "accuracy", "stated", "pred", "precision", "recall")
	for _, s := range r.Fields {
		fmt.Fprintf(&b, "%-24s %8.4f %7d %7d %9.4f %7.4f\n", s.Field, s.Accuracy, s.Stated, s.Predicted, s.Precision, s.Recall)
	}
	f, low := r.Min()
	ro := r.Residents
	fmt.Fprintf(&b, "lowest field %s %.4f; residents: recall %d/%d (%.4f), precision %d/%d (%.4f)\n", f, low, ro.Found, ro.Listed, ro.Recall, ro.Found, ro.Predicted, ro.Precision)
	for _, m := range r.Misses {
		at := m.TruthURL
		if at == "" {
			at = m.EvidenceURL
		}
		fmt.Fprintf(&b, "  %s: want %q got %q at %s", m.Field, m.Want, m.Got, at)
		if m.EvidenceText != "" {
			fmt.Fprintf(&b, " — %q", clip(strings.Join(strings.Fields(m.EvidenceText), " "), 200))
		}
		b.WriteString("\n")
	}
	for _, e := range r.Errors {
		fmt.Fprintf(&b, "  extraction failed: %s\n", e)
	}
	return b.String()
}
