package imgfriendly

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"
)

// SeedColumns are the seed list's columns in order; the first seven are required.
var SeedColumns = []string{
	"program_id", "nrmp_codes", "name", "specialty", "city", "state", "url",
	"roster_url", "pd_name", "pd_email", "coordinator_name", "coordinator_email", "phone",
	"institution",
}

const requiredSeedColumns = 7

// SeedError is one malformed seed row, named by file and line.
type SeedError struct {
	File string
	Line int
	Msg  string
}

func (e *SeedError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

var (
	programIDPattern = regexp.MustCompile(`^\d{10}$`)
	nrmpCodePattern  = regexp.MustCompile(`^\d{7}[CPARM]\d$`)
	statePattern     = regexp.MustCompile(`^[A-Z]{2}$`)
)

// ReadSeeds decodes a seed list (CSV, UTF-8, header row). name is used in
// error messages. Malformed rows are skipped and returned as *SeedError values
// in rowErrs; err is non-nil only when the file as a whole is unusable (no
// header, a missing required column, unreadable CSV).
func ReadSeeds(r io.Reader, name string) (programs []Program, rowErrs []error, err error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = false
	header, err := cr.Read()
	if err == io.EOF {
		return nil, nil, fmt.Errorf("%s: empty seed list (want a header row: %s)", name, strings.Join(SeedColumns[:requiredSeedColumns], ","))
	}
	if err != nil {
		return nil, nil, fmt.Errorf("%s: read header: %w", name, err)
	}
	col := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		known := false
		for _, c := range SeedColumns {
			if c == h {
				known = true
			}
		}
		if !known {
			return nil, nil, fmt.Errorf("%s:1: unknown column %q (known: %s)", name, h, strings.Join(SeedColumns, ","))
		}
		if _, dup := col[h]; dup {
			return nil, nil, fmt.Errorf("%s:1: column %q appears twice", name, h)
		}
		col[h] = i
	}
	var missing []string
	for _, c := range SeedColumns[:requiredSeedColumns] {
		if _, ok := col[c]; !ok {
			missing = append(missing, c)
		}
	}
	if len(missing) > 0 {
		return nil, nil, fmt.Errorf("%s:1: missing required column(s) %s", name, strings.Join(missing, ","))
	}
	seen := map[string]int{}
	for {
		start := cr.InputOffset()
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				rowErrs = append(rowErrs, &SeedError{File: name, Line: pe.StartLine, Msg: pe.Err.Error()})
				continue
			}
			return programs, rowErrs, fmt.Errorf("%s: %w", name, err)
		}
		line, _ := cr.FieldPos(0)
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue // blank line
		}
		if msg := invalidUTF8(data, start, data[start:cr.InputOffset()], header, rec); msg != "" {
			rowErrs = append(rowErrs, &SeedError{File: name, Line: line, Msg: msg})
			continue
		}
		if len(rec) > len(header) {
			rowErrs = append(rowErrs, &SeedError{File: name, Line: line, Msg: fmt.Sprintf("has %d fields, header has %d", len(rec), len(header))})
			continue
		}
		if short := missingRequired(col, len(rec)); short != "" {
			rowErrs = append(rowErrs, &SeedError{File: name, Line: line, Msg: fmt.Sprintf("has %d fields: required column %s is missing", len(rec), short)})
			continue
		}
		// Trailing optional columns may be left off, as spreadsheets do.
		get := func(c string) string {
			if i, ok := col[c]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		p := Program{
			ID: get("program_id"), Name: get("name"), Specialty: get("specialty"),
			City: get("city"), State: strings.ToUpper(get("state")), URL: get("url"),
			RosterURL: get("roster_url"), PDName: get("pd_name"), PDEmail: get("pd_email"),
			CoordinatorName: get("coordinator_name"), CoordinatorEmail: get("coordinator_email"),
			Phone: get("phone"), Institution: get("institution"),
		}
		for _, c := range strings.Split(get("nrmp_codes"), ";") {
			c = NormalizeNRMPCode(c)
			if c != "" {
				p.NRMPCodes = append(p.NRMPCodes, c)
			}
		}
		if msg := validateSeed(p, get("nrmp_codes"), get("state")); msg != "" {
			rowErrs = append(rowErrs, &SeedError{File: name, Line: line, Msg: msg})
			continue
		}
		if first, dup := seen[p.ID]; dup {
			rowErrs = append(rowErrs, &SeedError{File: name, Line: line, Msg: fmt.Sprintf("program_id %s already on line %d", p.ID, first)})
			continue
		}
		seen[p.ID] = line
		programs = append(programs, p)
	}
	return programs, rowErrs, nil
}

// invalidUTF8 describes the first byte of a record that is not UTF-8 —
// the column it is in, the byte, and where it stands (line, byte of the
// line, byte of the file) — or returns "". raw is the record's bytes in the
// file, starting at offset. A seed list saved in another encoding (a
// spreadsheet's windows-1252 export) would otherwise put bytes in names and
// cities that no later stage can store or show.
func invalidUTF8(data []byte, offset int64, raw []byte, header, rec []string) string {
	if utf8.Valid(raw) {
		return ""
	}
	at := 0
	for at < len(raw) {
		r, size := utf8.DecodeRune(raw[at:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		at += size
	}
	pos := int(offset) + at
	line := 1 + bytes.Count(data[:pos], []byte("\n"))
	col := pos - bytes.LastIndexByte(data[:pos], '\n')
	column := "a field"
	for i, f := range rec {
		if !utf8.ValidString(f) {
			column = fmt.Sprintf("field %d", i+1)
			if i < len(header) {
				column = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(header[i], "\ufeff")))
			}
			break
		}
	}
	return fmt.Sprintf("%s: byte 0x%02X at line %d, column %d (file offset %d) is not UTF-8; save the seed list as UTF-8",
		column, raw[at], line, col, pos)
}

// missingRequired names the first required column a row of n fields lacks.
func missingRequired(col map[string]int, n int) string {
	for _, c := range SeedColumns[:requiredSeedColumns] {
		if col[c] >= n {
			return c
		}
	}
	return ""
}

// Validate reports what keeps p from being a seed list row that ReadSeeds
// accepts: the id, the NRMP codes, the name, the state and the URLs.
func (p Program) Validate() error {
	if msg := validateSeed(p, strings.Join(p.NRMPCodes, ";"), p.State); msg != "" {
		return errors.New(msg)
	}
	return nil
}

func validateSeed(p Program, rawCodes, rawState string) string {
	var probs []string
	if !programIDPattern.MatchString(p.ID) {
		probs = append(probs, fmt.Sprintf("program_id %q is not a 10-digit ACGME id", p.ID))
	}
	for _, c := range strings.Split(rawCodes, ";") {
		if n := NormalizeNRMPCode(c); n != "" && !nrmpCodePattern.MatchString(n) {
			probs = append(probs, fmt.Sprintf("nrmp_codes: %q is not an NRMP code like 1234140C0", strings.TrimSpace(c)))
		}
	}
	if p.Name == "" {
		probs = append(probs, "name is empty")
	}
	if !statePattern.MatchString(p.State) {
		probs = append(probs, fmt.Sprintf("state %q is not a two-letter code", rawState))
	}
	if u, err := url.Parse(p.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		probs = append(probs, fmt.Sprintf("url %q is not an absolute http(s) URL", p.URL))
	}
	if p.RosterURL != "" {
		if u, err := url.Parse(p.RosterURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			probs = append(probs, fmt.Sprintf("roster_url %q is not an absolute http(s) URL", p.RosterURL))
		}
	}
	return strings.Join(probs, "; ")
}

// NormalizeNRMPCode upper-cases an NRMP program code and removes spaces and
// dashes: "1234-140-c0" → "1234140C0". It does not validate.
func NormalizeNRMPCode(s string) string {
	s = strings.ToUpper(strings.TrimSpace(s))
	return codeSeparators.Replace(s)
}

// codeSeparators is built once: building a Replacer per call was most of the
// time of reading a 40,000-row match-results table.
var codeSeparators = strings.NewReplacer("-", "", " ", "", "\t", "")

// WriteSeeds encodes programs as a seed list with every column.
func WriteSeeds(w io.Writer, programs []Program) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(SeedColumns); err != nil {
		return err
	}
	for _, p := range programs {
		rec := []string{p.ID, strings.Join(p.NRMPCodes, ";"), p.Name, p.Specialty, p.City, p.State, p.URL,
			p.RosterURL, p.PDName, p.PDEmail, p.CoordinatorName, p.CoordinatorEmail, p.Phone, p.Institution}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// Redirect is one hop of a redirect chain the crawler followed.
type Redirect struct {
	From   string `json:"from"`
	To     string `json:"to"`
	Status int    `json:"status"` // 301, 302, 303, 307, 308
}

// Permanent reports whether the hop says the page has moved for good.
func (r Redirect) Permanent() bool { return r.Status == 301 || r.Status == 308 }

// SeedFetch is what fetching one program's seed URL found: the fetch (final
// URL, status, failure cause, stored body), the redirects followed, and the
// other programs whose seed URL is the same page.
type SeedFetch struct {
	Program    Program    `json:"program"`
	Fetch      Fetch      `json:"fetch"`
	Redirects  []Redirect `json:"redirects,omitempty"`
	SharedWith []string   `json:"shared_with,omitempty"`
}

// SeedHealth is one night's verdict on a program's seed URL (its home
// page): Outcome is a `seeds check` verdict (ok, dead, blocked,
// out_of_scope, not_program_page); FailingNights counts the nights in a row,
// this one included, whose fetch of it failed (0 when it did not).
type SeedHealth struct {
	ProgramID     string   `json:"program_id"`
	URL           string   `json:"url"`
	FinalURL      string   `json:"final_url,omitempty"`
	Status        int      `json:"status"`
	Outcome       string   `json:"outcome"`
	Detail        string   `json:"detail,omitempty"`
	Kind          PageKind `json:"kind,omitempty"`
	FailingNights int      `json:"failing_nights"`
}

// Institution is a sponsoring institution as `seeds discover` takes it: its
// name and its graduate medical education (GME) page, which links to its
// residency programs.
type Institution struct {
	Name  string `json:"name"`
	URL   string `json:"url"`             // the GME page
	State string `json:"state,omitempty"` // two-letter code, if known
	City  string `json:"city,omitempty"`
}

// ProgramLink is a link on an institution's GME pages that names a
// residency specialty, and what its target turned out to be.
type ProgramLink struct {
	Specialty string `json:"specialty"` // the specialty table's name
	Anchor    string `json:"anchor"`
	URL       string `json:"url"`      // the link's target, normalised
	FoundOn   string `json:"found_on"` // the page that links it
	Strong    bool   `json:"strong"`   // named by a specialty's own name, not a weak alias ("Medicine")
	Residency bool   `json:"residency"`
	// Ignored says why the link is no program's ("fellowship", "clinic"),
	// or is empty for a candidate.
	Ignored string `json:"ignored,omitempty"`
	// Target is the fetch of URL (zero when not fetched: ignored, or out of
	// the institution's scope).
	Target    Fetch      `json:"target"`
	Redirects []Redirect `json:"redirects,omitempty"`
}

// InstitutionScan is what `seeds discover` fetched for one institution: the
// pages it read (the GME page and its program lists) and the links on them
// that name a specialty.
type InstitutionScan struct {
	Institution Institution   `json:"institution"`
	Pages       []Fetch       `json:"pages"`
	Links       []ProgramLink `json:"links"`
}
