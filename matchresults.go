package imgfriendly

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// MatchResult is one NRMP program code's result in one Main Residency Match,
// as NRMP publishes it after each Match: positions offered (the quota) and
// positions filled. A program that filled fewer than its quota went
// unfilled that year, and its open positions went to SOAP.
type MatchResult struct {
	Code   string `json:"program_code"` // normalised NRMP program code: 1234140C0
	Year   int    `json:"year"`         // the Match year
	Quota  int    `json:"quota"`        // positions offered
	Filled int    `json:"filled"`       // positions filled in the Match
}

// Unfilled is how many positions the Match left open.
func (m MatchResult) Unfilled() int { return m.Quota - m.Filled }

// MatchResultColumns are the match-results table's columns, in the order
// WriteMatchResults writes them. ReadMatchResults takes them in any order,
// under these names or the ones NRMP's tables and spreadsheets use
// (matchResultAliases), and ignores other columns.
var MatchResultColumns = []string{"program_code", "year", "quota", "filled"}

// matchResultAliases map header cells, lower-cased with spaces and dashes as
// underscores, to their column.
var matchResultAliases = map[string]string{
	"program_code": "program_code", "code": "program_code", "nrmp_code": "program_code", "nrmp_program_code": "program_code",
	"year": "year", "match_year": "year", "match": "year",
	"quota": "quota", "positions": "quota", "positions_offered": "quota", "offered": "quota",
	"filled": "filled", "matched": "filled", "positions_filled": "filled",
}

// MatchResultError is one malformed match-results row, named by file and line.
type MatchResultError struct {
	File string
	Line int
	Msg  string
}

func (e *MatchResultError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// ReadMatchResults decodes a match-results table (CSV, UTF-8, a header row
// naming program_code, year, quota and filled). Codes may be written in any
// form the SOAP list accepts: 1234140C0, 1234-140-C0, "1234 140 c0". A
// malformed row is skipped and returned in rowErrs as a *MatchResultError
// naming its line; a (code, year) given twice keeps the first and names the
// second. err is non-nil only when the file as a whole is unusable (no
// header, a required column missing, not CSV).
func ReadMatchResults(r io.Reader, name string) (results []MatchResult, rowErrs []error, err error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err == io.EOF {
		return nil, nil, fmt.Errorf("%s: empty (want a header row: %s)", name, strings.Join(MatchResultColumns, ","))
	}
	if err != nil {
		return nil, nil, fmt.Errorf("%s:1: read header: %w", name, err)
	}
	col := map[string]int{}
	for i, h := range header {
		key := strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		key = strings.NewReplacer(" ", "_", "-", "_").Replace(key)
		c, ok := matchResultAliases[key]
		if !ok {
			continue // an extra column: ignored
		}
		if _, dup := col[c]; dup {
			return nil, nil, fmt.Errorf("%s:1: two columns are %s (%q and another)", name, c, h)
		}
		col[c] = i
	}
	var missing []string
	for _, c := range MatchResultColumns {
		if _, ok := col[c]; !ok {
			missing = append(missing, c)
		}
	}
	if len(missing) > 0 {
		return nil, nil, fmt.Errorf("%s:1: missing column(s) %s (want a header row: %s)", name, strings.Join(missing, ","), strings.Join(MatchResultColumns, ","))
	}
	type key struct {
		code string
		year int
	}
	seen := map[key]int{}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				rowErrs = append(rowErrs, &MatchResultError{File: name, Line: pe.StartLine, Msg: pe.Err.Error()})
				continue
			}
			return results, rowErrs, fmt.Errorf("%s: %w", name, err)
		}
		line, _ := cr.FieldPos(0)
		if blank(rec) {
			continue
		}
		m, msg := matchResult(rec, col)
		if msg != "" {
			rowErrs = append(rowErrs, &MatchResultError{File: name, Line: line, Msg: msg})
			continue
		}
		k := key{m.Code, m.Year}
		if first, dup := seen[k]; dup {
			rowErrs = append(rowErrs, &MatchResultError{File: name, Line: line,
				Msg: fmt.Sprintf("%s in %d is already on line %d", m.Code, m.Year, first)})
			continue
		}
		seen[k] = line
		results = append(results, m)
	}
	return results, rowErrs, nil
}

func blank(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

// matchResult reads one row; msg says everything wrong with it.
func matchResult(rec []string, col map[string]int) (MatchResult, string) {
	get := func(c string) string {
		if i := col[c]; i < len(rec) {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	var m MatchResult
	var probs []string
	raw := get("program_code")
	if c, ok := ParseNRMPCode(raw); ok {
		m.Code = c.String()
	} else {
		probs = append(probs, fmt.Sprintf("program_code %q is not an NRMP program code (like 1234140C0 or 1234-140-C0)", raw))
	}
	count := func(c string, lo, hi int) int {
		s := get(c)
		n, err := strconv.Atoi(strings.TrimSuffix(s, ".0")) // a spreadsheet's float: 12.0
		if err != nil || n < lo || n > hi {
			probs = append(probs, fmt.Sprintf("%s %q is not a whole number from %d to %d", c, s, lo, hi))
		}
		return n
	}
	m.Year = count("year", 1952, 2100) // the first NRMP Match was in 1952
	m.Quota = count("quota", 0, 10000)
	m.Filled = count("filled", 0, 10000)
	if len(probs) == 0 && m.Filled > m.Quota {
		probs = append(probs, fmt.Sprintf("filled %d is more than quota %d", m.Filled, m.Quota))
	}
	return m, strings.Join(probs, "; ")
}

// WriteMatchResults encodes results as a match-results table.
func WriteMatchResults(w io.Writer, results []MatchResult) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(MatchResultColumns); err != nil {
		return err
	}
	for _, m := range results {
		if err := cw.Write([]string{m.Code, strconv.Itoa(m.Year), strconv.Itoa(m.Quota), strconv.Itoa(m.Filled)}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
