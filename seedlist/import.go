package seedlist

import (
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// Options adjusts how Import reads its inputs.
type Options struct {
	// Map maps a header (folded, see imgfriendly.FoldName) to a seed field,
	// or to Ignore; it wins over the synonym table (ParseMap reads --map).
	Map map[string]string
	// Sheet names the XLSX sheet to read; empty: every sheet with a header.
	Sheet string
	// StateCode turns a state as written ("New York", "N.Y.") into its
	// two-letter code; nil accepts two-letter codes only.
	StateCode func(string) (string, bool)
}

// Input is one file to import: its name (for messages and to tell XLSX
// from CSV) and its bytes.
type Input struct {
	Name string
	Data []byte
}

// Source is a row of an input file.
type Source struct {
	File string `json:"file"` // "a.csv", or "b.xlsx[Sheet1]"
	Line int    `json:"line"` // line of a CSV file, row of a sheet
}

func (s Source) String() string { return fmt.Sprintf("%s:%d", s.File, s.Line) }

// Problem is a row Import skipped (Skipped) or a value it dropped or
// doubts, named by file and line.
type Problem struct {
	Source
	Msg     string
	Skipped bool // the whole row was skipped
}

func (p Problem) Error() string { return p.Source.String() + ": " + p.Msg }

// Conflict is a field two rows of one program give different values for;
// the first value (Values[0]) is kept.
type Conflict struct {
	ProgramID string
	Field     string
	Values    []SourcedValue
}

// SourcedValue is a value and the row it came from.
type SourcedValue struct {
	Value string
	Source
}

// Pending is a program that cannot go into the seed list yet, and why.
type Pending struct {
	Program imgfriendly.Program
	Sources []Source
	Missing []string // fields it lacks: url, name, state
}

// ColumnUse says how a header was read.
type ColumnUse struct {
	Header string // as written
	Field  string // seed field
	By     string // "synonym", "--map", or "values" (an ambiguous header decided by its values)
}

// FileSummary says how one input table was read.
type FileSummary struct {
	File       string // file, with the sheet for XLSX
	Format     string
	Charset    string
	HeaderLine int
	Columns    []ColumnUse
	Ignored    []string // headers not read
	Rows       int      // data rows (blank rows not counted)
	Used       int      // rows that gave a program
}

// Result is what Import made of its inputs.
type Result struct {
	// Programs are complete, valid seed rows (ReadSeeds accepts every one),
	// in order of first appearance.
	Programs []imgfriendly.Program
	// NoURL are programs complete but for their URL (`seeds discover`
	// proposes URLs for them); Incomplete lack a name or a state.
	NoURL      []Pending
	Incomplete []Pending
	Conflicts  []Conflict
	Problems   []Problem
	Files      []FileSummary
	Rows       int // data rows read, over every file
	Skipped    int // of those, skipped (Problems with Skipped)
}

// merged is one program being assembled from its rows.
type merged struct {
	p       imgfriendly.Program
	first   map[string]Source // field → row its kept value came from
	sources []Source
}

// Import reads every input (CSV, TSV or XLSX), maps each file's header by
// the synonym table (and Options.Map), normalises ids, codes, states and
// URLs, and merges rows on program id in input order: the first non-empty
// value of a field is kept and a different later one is a Conflict; NRMP
// codes accumulate. Rows that cannot be used are Problems naming file and
// line, and the rest goes on. An error is returned only for an input that
// cannot be read at all (not CSV or XLSX, no header row, no program id
// column).
func Import(inputs []Input, opt Options) (Result, error) {
	var res Result
	byID := map[string]*merged{}
	var order []string
	for _, in := range inputs {
		tables, err := readTables(in.Name, in.Data, opt.Sheet)
		if err != nil {
			return res, err
		}
		headed := 0
		for _, t := range tables {
			fs, rows, err := readRows(t, opt)
			if err != nil {
				if len(tables) > 1 && opt.Sheet == "" {
					continue // another sheet may hold the list
				}
				return res, err
			}
			headed++
			res.Problems = append(res.Problems, t.broken...)
			res.Rows += len(t.broken)
			fs.Rows += len(t.broken)
			for _, r := range rows {
				res.Rows++
				if r.skip != "" {
					res.Problems = append(res.Problems, Problem{Source: r.src, Msg: r.skip, Skipped: true})
					continue
				}
				for _, msg := range r.notes {
					res.Problems = append(res.Problems, Problem{Source: r.src, Msg: msg})
				}
				fs.Used++
				m, ok := byID[r.p.ID]
				if !ok {
					m = &merged{p: imgfriendly.Program{ID: r.p.ID}, first: map[string]Source{}}
					byID[r.p.ID] = m
					order = append(order, r.p.ID)
				}
				m.add(r, &res)
			}
			res.Files = append(res.Files, fs)
		}
		if headed == 0 {
			return res, fmt.Errorf("%s: no sheet has a header row with a program id column (see `imgfriendly seeds import --help`)", in.Name)
		}
	}
	for _, p := range res.Problems {
		if p.Skipped {
			res.Skipped++
		}
	}
	sort.SliceStable(res.Problems, func(i, j int) bool {
		a, b := res.Problems[i], res.Problems[j]
		if a.File != b.File {
			return fileOrder(res.Files, a.File) < fileOrder(res.Files, b.File)
		}
		return a.Line < b.Line
	})
	for _, id := range order {
		m := byID[id]
		var missing []string
		if m.p.Name == "" {
			missing = append(missing, "name")
		}
		if m.p.State == "" {
			missing = append(missing, "state")
		}
		if m.p.URL == "" {
			missing = append(missing, "url")
		}
		switch {
		case len(missing) == 1 && missing[0] == "url":
			res.NoURL = append(res.NoURL, Pending{Program: m.p, Sources: m.sources, Missing: missing})
		case len(missing) > 0:
			res.Incomplete = append(res.Incomplete, Pending{Program: m.p, Sources: m.sources, Missing: missing})
		default:
			if err := m.p.Validate(); err != nil {
				// Cannot happen for values normalised here; kept so that
				// nothing invalid is ever written.
				res.Incomplete = append(res.Incomplete, Pending{Program: m.p, Sources: m.sources, Missing: []string{err.Error()}})
				continue
			}
			res.Programs = append(res.Programs, m.p)
		}
	}
	return res, nil
}

func fileOrder(files []FileSummary, name string) int {
	for i, f := range files {
		if f.File == name {
			return i
		}
	}
	return len(files)
}

// row is one data row, normalised.
type row struct {
	src   Source
	p     imgfriendly.Program
	notes []string // values dropped or doubted
	skip  string   // why the row was skipped, or ""
}

// headerScanRows is how far down a sheet the header row is looked for
// (exports often start with a title and a date).
const headerScanRows = 10

// readRows finds t's header row, maps its columns and normalises every row
// below it.
func readRows(t *table, opt Options) (FileSummary, []row, error) {
	fs := FileSummary{File: t.where(), Format: t.format, Charset: t.charset}
	hi, cols := -1, []column(nil)
	best := 0
	for i := 0; i < len(t.rows) && i < headerScanRows; i++ {
		cs := mapColumns(t.rows[i], opt.Map)
		n, hasID := 0, false
		seen := map[string]bool{}
		for _, c := range cs {
			if c.field != "" && !seen[c.field] {
				seen[c.field] = true
				n++
			}
			hasID = hasID || c.field == "program_id"
		}
		if hasID && n > best {
			hi, cols, best = i, cs, n
		}
	}
	if hi < 0 {
		return fs, nil, fmt.Errorf("%s: no header row with a program id column in the first %d rows (headers are matched by the synonym table, e.g. \"Program ID\", \"ACGME Program Code\", \"Accreditation ID\"; name yours with --map \"COLUMN=program_id\")", t.where(), headerScanRows)
	}
	fs.HeaderLine = t.lines[hi]
	body := t.rows[hi+1:]
	lines := t.lines[hi+1:]
	decideAmbiguous(cols, body)
	ids := 0
	for _, c := range cols {
		switch {
		case c.field == "":
			if strings.TrimSpace(c.header) != "" {
				fs.Ignored = append(fs.Ignored, c.header)
			}
		default:
			by := "synonym"
			if c.mapped {
				by = "--map"
			} else if c.ambiguous {
				by = "values"
			}
			fs.Columns = append(fs.Columns, ColumnUse{Header: c.header, Field: c.field, By: by})
		}
		if c.field == "program_id" {
			ids++
		}
	}
	if ids == 0 {
		return fs, nil, fmt.Errorf("%s:%d: no program id column: the values of %q look like NRMP codes; name the ACGME id column with --map \"COLUMN=program_id\"", t.where(), fs.HeaderLine, headerOf(cols, "nrmp_codes"))
	}
	if ids > 1 {
		return fs, nil, fmt.Errorf("%s:%d: %d columns read as program_id (%s): keep one with --map \"COLUMN=-\"", t.where(), fs.HeaderLine, ids, strings.Join(headersOf(cols, "program_id"), ", "))
	}
	var out []row
	for i, rec := range body {
		if blank(rec) {
			continue
		}
		fs.Rows++
		out = append(out, normalizeRow(Source{File: t.where(), Line: lines[i]}, rec, cols, opt))
	}
	return fs, out, nil
}

func headerOf(cols []column, field string) string {
	if hs := headersOf(cols, field); len(hs) > 0 {
		return hs[0]
	}
	return ""
}

func headersOf(cols []column, field string) []string {
	var out []string
	for _, c := range cols {
		if c.field == field {
			out = append(out, c.header)
		}
	}
	return out
}

func blank(rec []string) bool {
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// mapColumns maps a candidate header row. A field other than nrmp_codes
// read from two columns keeps the first.
func mapColumns(hdr []string, userMap map[string]string) []column {
	cols := make([]column, len(hdr))
	taken := map[string]bool{}
	for i, h := range hdr {
		field, amb, mapped := mapHeader(h, userMap)
		if field != "" && field != "nrmp_codes" && field != "program_id" && taken[field] {
			field = ""
		}
		if field != "" {
			taken[field] = true
		}
		cols[i] = column{index: i, header: strings.TrimSpace(h), field: field, ambiguous: amb, mapped: mapped}
	}
	return cols
}

// decideAmbiguous reads an ambiguous header ("Program Code", "Code", "ID")
// as NRMP codes when most of its values look like NRMP codes, else as
// program ids. A definite program id column wins over an ambiguous one.
func decideAmbiguous(cols []column, body [][]string) {
	definiteID := false
	for _, c := range cols {
		if c.field == "program_id" && !c.ambiguous {
			definiteID = true
		}
	}
	for i := range cols {
		c := &cols[i]
		if !c.ambiguous {
			continue
		}
		nrmp, id := 0, 0
		for j, rec := range body {
			if j >= 200 {
				break
			}
			if c.index >= len(rec) || strings.TrimSpace(rec[c.index]) == "" {
				continue
			}
			if _, ok := splitCodes(rec[c.index]); ok {
				nrmp++
			} else if _, err := imgfriendly.NormalizeProgramID(rec[c.index]); err == nil {
				id++
			}
		}
		switch {
		case nrmp > id:
			c.field = "nrmp_codes"
		case definiteID:
			c.field = ""
		}
	}
}

// splitCodes reads one cell of NRMP codes: separated by ; , | / or line
// breaks (or spaces, when a piece is not one code written with spaces). It
// reports whether every piece was a code.
func splitCodes(cell string) ([]string, bool) {
	var codes []string
	ok := true
	for _, piece := range strings.FieldsFunc(cell, func(r rune) bool {
		return r == ';' || r == ',' || r == '|' || r == '/' || r == '\n' || r == '\r'
	}) {
		if strings.TrimSpace(piece) == "" {
			continue
		}
		if c, good := imgfriendly.ParseNRMPCode(piece); good {
			codes = append(codes, c.String())
			continue
		}
		for _, w := range strings.Fields(piece) {
			if c, good := imgfriendly.ParseNRMPCode(w); good {
				codes = append(codes, c.String())
			} else {
				ok = false
			}
		}
	}
	return codes, ok && len(codes) > 0
}

// placeholder values that mean "nothing here".
var placeholders = map[string]bool{"n/a": true, "na": true, "none": true, "-": true, "--": true, "null": true, "tbd": true, "unknown": true, "?": true}

func cellText(s string) string {
	s = strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " ")
	if placeholders[strings.ToLower(s)] {
		return ""
	}
	return s
}

// normalizeRow reads one data row.
func normalizeRow(src Source, rec []string, cols []column, opt Options) row {
	r := row{src: src}
	get := func(c column) string {
		if c.index < len(rec) {
			return cellText(rec[c.index])
		}
		return ""
	}
	var extra []string
	for i := len(cols); i < len(rec); i++ {
		if strings.TrimSpace(rec[i]) != "" {
			extra = append(extra, rec[i])
		}
	}
	if len(extra) > 0 {
		r.skip = fmt.Sprintf("has %d fields, the header has %d (an unquoted comma in a value?)", len(rec), len(cols))
		return r
	}
	p := &r.p
	for _, c := range cols {
		v := get(c)
		if c.field == "" || v == "" {
			continue
		}
		switch c.field {
		case "program_id":
			id, err := imgfriendly.NormalizeProgramID(v)
			if err != nil {
				r.skip = err.Error()
				return r
			}
			p.ID = id
		case "nrmp_codes":
			codes, ok := splitCodes(v)
			if !ok {
				r.notes = append(r.notes, fmt.Sprintf("nrmp code(s) %q: not NRMP codes like 1234140C0 (dropped what is not)", v))
			}
			for _, c := range codes {
				if !slices.Contains(p.NRMPCodes, c) {
					p.NRMPCodes = append(p.NRMPCodes, c)
				}
			}
		case "state":
			st, ok := stateCode(v, opt.StateCode)
			if !ok {
				r.notes = append(r.notes, fmt.Sprintf("state %q is not a US state (dropped)", v))
				continue
			}
			p.State = st
		case "url", "roster_url":
			u, err := normalizeURL(v)
			if err != nil {
				r.notes = append(r.notes, fmt.Sprintf("%s %q: %v (dropped)", c.field, v, err))
				continue
			}
			setField(p, c.field, u)
		case "pd_email", "coordinator_email":
			setField(p, c.field, strings.TrimPrefix(strings.TrimPrefix(v, "mailto:"), "MAILTO:"))
		case "specialty":
			if sp, ok := imgfriendly.SpecialtyNamed(v); ok {
				v = sp.Name
			}
			p.Specialty = v
		default:
			setField(p, c.field, v)
		}
	}
	if p.ID == "" {
		r.skip = "no program id"
		return r
	}
	r.notes = append(r.notes, consistency(*p)...)
	return r
}

// consistency doubts a row whose id, codes and specialty disagree: the
// first three digits of an ACGME id and the specialty part of an NRMP code
// are the specialty's ACGME code.
func consistency(p imgfriendly.Program) []string {
	var out []string
	id, _ := imgfriendly.ParseACGMEID(p.ID)
	idSpec, idKnown := imgfriendly.SpecialtyByCode(id.Specialty)
	if sp, ok := imgfriendly.SpecialtyNamed(p.Specialty); ok && idKnown && sp.Code != idSpec.Code {
		out = append(out, fmt.Sprintf("program id %s is a %s id (code %s), but the specialty is %q", p.ID, idSpec.Name, id.Specialty, p.Specialty))
	}
	for _, c := range p.NRMPCodes {
		nc, _ := imgfriendly.ParseNRMPCode(c)
		if _, known := imgfriendly.SpecialtyByCode(nc.Specialty); known && idKnown && nc.Specialty != id.Specialty && nc.Specialty != "999" {
			out = append(out, fmt.Sprintf("nrmp code %s has specialty code %s, the program id %s", c, nc.Specialty, id.Specialty))
		}
	}
	return out
}

func stateCode(v string, fn func(string) (string, bool)) (string, bool) {
	if fn != nil {
		return fn(v)
	}
	s := strings.ToUpper(strings.TrimSpace(v))
	if len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' {
		return s, true
	}
	return "", false
}

// normalizeURL makes a website cell an absolute http(s) URL: a bare host
// ("www.mercy.org/im") gets http:// (the site's own redirect moves it to
// https, and `seeds check` reports the move); the host is lower-cased.
func normalizeURL(v string) (string, error) {
	v = strings.TrimSpace(v)
	if strings.ContainsAny(v, " \t\n") {
		return "", fmt.Errorf("has spaces")
	}
	low := strings.ToLower(v)
	if !strings.Contains(low, "://") {
		if strings.HasPrefix(low, "mailto:") || strings.HasPrefix(low, "javascript:") || strings.HasPrefix(low, "tel:") {
			return "", fmt.Errorf("is not a web address")
		}
		v = "http://" + strings.TrimPrefix(v, "//")
	}
	u, err := url.Parse(v)
	if err != nil {
		return "", fmt.Errorf("is not a URL")
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" {
		return "", fmt.Errorf("is not an http(s) URL")
	}
	if u.Host == "" || !strings.Contains(u.Hostname(), ".") && u.Hostname() != "localhost" {
		return "", fmt.Errorf("has no host name")
	}
	u.Host = strings.ToLower(u.Host)
	if u.Path == "" {
		u.Path = "/"
	}
	u.Fragment = ""
	return u.String(), nil
}

// setField sets a text field of p by its seed column name.
func setField(p *imgfriendly.Program, field, v string) {
	switch field {
	case "name":
		p.Name = v
	case "specialty":
		p.Specialty = v
	case "city":
		p.City = v
	case "state":
		p.State = v
	case "url":
		p.URL = v
	case "roster_url":
		p.RosterURL = v
	case "pd_name":
		p.PDName = v
	case "pd_email":
		p.PDEmail = v
	case "coordinator_name":
		p.CoordinatorName = v
	case "coordinator_email":
		p.CoordinatorEmail = v
	case "phone":
		p.Phone = v
	case "institution":
		p.Institution = v
	}
}

// fieldOf reads a text field of p by its seed column name.
func fieldOf(p *imgfriendly.Program, field string) string {
	switch field {
	case "name":
		return p.Name
	case "specialty":
		return p.Specialty
	case "city":
		return p.City
	case "state":
		return p.State
	case "url":
		return p.URL
	case "roster_url":
		return p.RosterURL
	case "pd_name":
		return p.PDName
	case "pd_email":
		return p.PDEmail
	case "coordinator_name":
		return p.CoordinatorName
	case "coordinator_email":
		return p.CoordinatorEmail
	case "phone":
		return p.Phone
	case "institution":
		return p.Institution
	}
	return ""
}

// mergedFields are the fields merged value by value (NRMP codes accumulate).
var mergedFields = []string{"name", "specialty", "city", "state", "url", "roster_url", "pd_name", "pd_email",
	"coordinator_name", "coordinator_email", "phone", "institution"}

// add merges one row into the program.
func (m *merged) add(r row, res *Result) {
	m.sources = append(m.sources, r.src)
	for _, c := range r.p.NRMPCodes {
		if !slices.Contains(m.p.NRMPCodes, c) {
			m.p.NRMPCodes = append(m.p.NRMPCodes, c)
		}
	}
	for _, f := range mergedFields {
		v := fieldOf(&r.p, f)
		if v == "" {
			continue
		}
		old := fieldOf(&m.p, f)
		if old == "" {
			setField(&m.p, f, v)
			m.first[f] = r.src
			continue
		}
		if sameValue(f, old, v) {
			continue
		}
		res.addConflict(m.p.ID, f, SourcedValue{Value: old, Source: m.first[f]}, SourcedValue{Value: v, Source: r.src})
	}
}

func (res *Result) addConflict(id, field string, kept, other SourcedValue) {
	for i := range res.Conflicts {
		c := &res.Conflicts[i]
		if c.ProgramID == id && c.Field == field {
			c.Values = append(c.Values, other)
			return
		}
	}
	res.Conflicts = append(res.Conflicts, Conflict{ProgramID: id, Field: field, Values: []SourcedValue{kept, other}})
}

// sameValue compares two values of a field as a person would: case and
// punctuation aside; URLs without their scheme and trailing slash.
func sameValue(field, a, b string) bool {
	switch field {
	case "url", "roster_url":
		return urlKey(a) == urlKey(b)
	case "specialty":
		sa, oka := imgfriendly.SpecialtyNamed(a)
		sb, okb := imgfriendly.SpecialtyNamed(b)
		if oka && okb {
			return sa.Code == sb.Code
		}
	case "phone":
		return digitsOf(a) == digitsOf(b)
	}
	return imgfriendly.FoldName(a) == imgfriendly.FoldName(b)
}

func urlKey(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return s
	}
	return strings.ToLower(u.Host) + strings.TrimSuffix(u.EscapedPath(), "/") + "?" + u.RawQuery
}

func digitsOf(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}
