package evaluate

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strconv"
)

// Record is one labelled real passage: a line of a realpages *.jsonl file
// (the format and the label conventions are in ../shared/realpages/README.md).
type Record struct {
	ID     string `json:"id"`
	Source string `json:"source"` // the page URL, passed to extraction as the page's URL
	Kind   string `json:"kind"`   // "eligibility" or "roster"
	Text   string `json:"text"`
	Labels Labels `json:"labels"`
	Notes  string `json:"notes"`

	File string `json:"-"` // where the record was read, for messages
	Line int    `json:"-"`
}

// Record kinds.
const (
	KindEligibility = "eligibility"
	KindRoster      = "roster"
)

// Labels are a record's hand labels. A nil pointer is a null label: the
// passage states nothing about the field.
type Labels struct {
	Visa struct {
		J1  *bool `json:"j1"`
		H1B *bool `json:"h1b"`
	} `json:"visa"`
	YOGMaxYears *float64        `json:"yog_max_years"`
	YOGNoLimit  bool            `json:"yog_no_limit"`
	Step1Min    Step1Label      `json:"step1_min"`
	Step2CKMin  *float64        `json:"step2ck_min"`
	MaxAttempts *float64        `json:"max_attempts"`
	USCE        *string         `json:"usce"`
	USCEMonths  *float64        `json:"usce_months"`
	Residents   []ResidentLabel `json:"residents"`
	Ambiguous   []string        `json:"ambiguous"`
}

// Step1Label is the Step 1 label: a three-digit minimum, "pass", or null.
type Step1Label struct {
	Min  *float64
	Pass bool
}

// UnmarshalJSON reads a number, "pass" or null.
func (s *Step1Label) UnmarshalJSON(b []byte) error {
	*s = Step1Label{}
	switch {
	case string(b) == "null":
		return nil
	case string(b) == `"pass"`:
		s.Pass = true
		return nil
	}
	n, err := strconv.ParseFloat(string(b), 64)
	if err != nil {
		return fmt.Errorf("key labels.step1_min: want a number, \"pass\" or null, got %s", b)
	}
	s.Min = &n
	return nil
}

// MarshalJSON writes the label back as the file has it.
func (s Step1Label) MarshalJSON() ([]byte, error) {
	switch {
	case s.Pass:
		return []byte(`"pass"`), nil
	case s.Min != nil:
		return json.Marshal(*s.Min)
	}
	return []byte("null"), nil
}

// ResidentLabel is one resident a roster passage names.
type ResidentLabel struct {
	Name    *string `json:"name"`
	School  *string `json:"school"`
	Country *string `json:"country"`
	IMG     *bool   `json:"img"`
}

// labelNames are the names labels.ambiguous may hold.
var labelNames = []string{"j1", "h1b", "yog_max_years", "yog_no_limit", "step1_min", "step2ck_min", "max_attempts", "usce", "usce_months", "residents"}

// maxRecordLine bounds one record's line (texts are about 2,000 characters).
const maxRecordLine = 4 << 20

// ReadRecords reads a realpages JSONL stream; name is the file name used in
// errors, which say the line and the key. Blank lines are skipped; unknown
// keys are ignored (newer label sets may add fields), but a known key of the
// wrong type, a missing id, source or text, an unknown kind, an unknown
// name in labels.ambiguous and a repeated id are errors.
func ReadRecords(r io.Reader, name string) ([]Record, error) {
	var out []Record
	seen := map[string]int{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxRecordLine)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var rec Record
		if err := json.Unmarshal(b, &rec); err != nil {
			var te *json.UnmarshalTypeError
			if errors.As(err, &te) && te.Field != "" {
				return nil, fmt.Errorf("%s:%d: key %s: want %s, got %s", name, line, te.Field, te.Type, te.Value)
			}
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		rec.File, rec.Line = name, line
		switch {
		case rec.ID == "":
			return nil, fmt.Errorf("%s:%d: key id: missing", name, line)
		case rec.Source == "":
			return nil, fmt.Errorf("%s:%d: record %s: key source: missing", name, line, rec.ID)
		case rec.Text == "":
			return nil, fmt.Errorf("%s:%d: record %s: key text: missing", name, line, rec.ID)
		case !validSource(rec.Source):
			return nil, fmt.Errorf("%s:%d: record %s: key source: not a URL: %q", name, line, rec.ID, rec.Source)
		case rec.Kind != KindEligibility && rec.Kind != KindRoster:
			return nil, fmt.Errorf("%s:%d: record %s: key kind: want %q or %q, got %q", name, line, rec.ID, KindEligibility, KindRoster, rec.Kind)
		}
		for _, a := range rec.Labels.Ambiguous {
			if !slices.Contains(labelNames, a) {
				return nil, fmt.Errorf("%s:%d: record %s: key labels.ambiguous: unknown field %q", name, line, rec.ID, a)
			}
		}
		if prev, ok := seen[rec.ID]; ok {
			return nil, fmt.Errorf("%s:%d: record %s: id already used on line %d", name, line, rec.ID, prev)
		}
		seen[rec.ID] = line
		out = append(out, rec)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	return out, nil
}

func validSource(s string) bool {
	u, err := url.Parse(s)
	return err == nil && u.Scheme != "" && u.Host != ""
}

// ambiguous reports whether the record's label for a field is a judgement call.
func (r Record) ambiguous(field string) bool { return slices.Contains(r.Labels.Ambiguous, field) }
