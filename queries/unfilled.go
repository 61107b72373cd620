package queries

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/imgfriendly/imgfriendly"
)

// UnfilledRow is one program of the SOAP List of Unfilled Programs, as the
// applicant pasted it. It is confidential: keep it in memory only.
type UnfilledRow struct {
	Line      int    `json:"line"`                 // 1-based line in the input
	Code      string `json:"code,omitempty"`       // normalised NRMP code (1234140C0), "" when none was found
	ProgramID string `json:"program_id,omitempty"` // ACGME program id (1403621123), when the list gives one
	Name      string `json:"name,omitempty"`       // program or institution name as given
	Specialty string `json:"specialty,omitempty"`  // only when a header names the column
	City      string `json:"city,omitempty"`
	State     string `json:"state,omitempty"`     // two-letter code, when one was found
	Positions int    `json:"positions,omitempty"` // unfilled positions, 0 when not given
}

// nrmpCodeIn finds an NRMP code in text, with or without dashes or spaces.
var nrmpCodeIn = regexp.MustCompile(`(?i)(?:^|[^0-9A-Za-z])(\d{4})[\s-]*(\d{3})[\s-]*([CPARM])[\s-]*(\d)(?:$|[^0-9A-Za-z])`)

// acgmeID is a cell that is an ACGME program id: 3-digit specialty, 2-digit
// state, 5-digit serial, with or without dashes or spaces between them.
var acgmeID = regexp.MustCompile(`^(\d{3})[\s-]?(\d{2})[\s-]?(\d{5})$`)

var (
	multiSpace = regexp.MustCompile(`\s{2,}`)
	cityState  = regexp.MustCompile(`^(.*?)[,\s]+([A-Za-z]{2})\.?$`)
)

// column roles a header can name.
const (
	colNone = iota
	colCode
	colName
	colSpecialty
	colCity
	colState
	colPositions
)

// headerRole recognises a header cell.
func headerRole(cell string) int {
	c := strings.ToLower(strings.Join(strings.FieldsFunc(cell, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '#'
	}), " "))
	switch {
	case c == "":
		return colNone
	case strings.Contains(c, "code") || c == "nrmp" || c == "nrmp id" || c == "program id":
		return colCode
	case strings.Contains(c, "specialty") || strings.Contains(c, "speciality") || c == "discipline":
		return colSpecialty
	case c == "state" || c == "st" || c == "province":
		return colState
	case c == "city" || c == "location" || strings.Contains(c, "city"):
		return colCity
	case strings.Contains(c, "position") || strings.Contains(c, "unfilled") || strings.Contains(c, "openings") ||
		strings.Contains(c, "vacanc") || c == "#" || c == "quota" || c == "number":
		return colPositions
	case strings.Contains(c, "program") || strings.Contains(c, "name") || strings.Contains(c, "institution") ||
		strings.Contains(c, "hospital") || strings.Contains(c, "sponsor"):
		return colName
	}
	return colNone
}

// ParseUnfilled reads an unfilled-programs list: CSV, tab-separated or text
// pasted from a web page (columns separated by tabs or runs of spaces),
// with or without a header, with extra columns — or pasted one cell per line,
// each record starting at a line that is only its NRMP code (or ACGME
// program id), which is regrouped into rows first (see regroupCells). Each
// row needs an NRMP code or ACGME id, or a program name beside a state,
// city, specialty or position count; a row's Line is the line of its first
// cell. Lines that cannot be used are skipped and reported in errs by line
// number only — never by their content, which is confidential. When no row at
// all can be used, errs ends with an error saying so. A list that is one cell
// per line but whose records cannot be told apart without guessing yields no
// rows and one error naming the line where it goes wrong.
func ParseUnfilled(r io.Reader, name string) (rows []UnfilledRow, errs []error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, []error{fmt.Errorf("%s: %w", name, err)}
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if !utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0 {
		return nil, []error{fmt.Errorf("%s: not a text file (want CSV or text pasted from the unfilled list)", name)}
	}
	lines := splitLines(data)
	regrouped, ok, rerr := regroupCells(lines)
	if rerr != nil {
		return nil, []error{rerr.error(name)}
	}
	if ok {
		lines = regrouped
	}
	split := chooseSplitter(lines)
	var roles []int // from a header, if one was found
	seen := map[string]int{}
	for i, line := range lines {
		n := i + 1
		if strings.TrimSpace(line) == "" {
			continue
		}
		cells := split(line)
		if roles == nil && len(rows) == 0 && isHeader(cells) {
			roles = make([]int, len(cells))
			for j, c := range cells {
				roles[j] = headerRole(c)
			}
			continue
		}
		row, ok := parseCells(cells, roles)
		if !ok {
			errs = append(errs, fmt.Errorf("%s:%d: skipped: no NRMP code, and no state, city, specialty or positions beside a name", name, n))
			continue
		}
		row.Line = n
		if row.Code != "" {
			if first, dup := seen[row.Code]; dup {
				errs = append(errs, fmt.Errorf("%s:%d: skipped: same NRMP code as line %d", name, n, first))
				continue
			}
			seen[row.Code] = n
		}
		rows = append(rows, row)
	}
	if len(rows) == 0 {
		errs = append(errs, fmt.Errorf("%s: no programs found: want one program per line with its NRMP code (like 1234140C0) or its name and state", name))
	}
	return rows, errs
}

func splitLines(data []byte) []string {
	var lines []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), len(data)+1)
	for sc.Scan() {
		lines = append(lines, strings.TrimRight(sc.Text(), "\r"))
	}
	return lines
}

// chooseSplitter picks how to cut lines into cells for the whole input:
// tabs if any line has one, CSV if most lines parse as CSV with several
// fields, else runs of two or more spaces.
func chooseSplitter(lines []string) func(string) []string {
	var nonEmpty, tabs, csvLike int
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		nonEmpty++
		if strings.Contains(l, "\t") {
			tabs++
		}
		if f := csvFields(l); len(f) >= 3 {
			csvLike++
		}
	}
	switch {
	case tabs > 0:
		return func(l string) []string { return trimCells(strings.Split(l, "\t")) }
	case nonEmpty > 0 && csvLike*2 > nonEmpty:
		return func(l string) []string {
			if f := csvFields(l); f != nil {
				return trimCells(f)
			}
			return trimCells(strings.Split(l, ","))
		}
	}
	return func(l string) []string {
		cells := multiSpace.Split(strings.TrimSpace(l), -1)
		if len(cells) == 1 && strings.Contains(l, "|") {
			cells = strings.Split(l, "|")
		}
		return trimCells(cells)
	}
}

func csvFields(l string) []string {
	cr := csv.NewReader(strings.NewReader(l))
	cr.LazyQuotes = true
	cr.FieldsPerRecord = -1
	f, err := cr.Read()
	if err != nil {
		return nil
	}
	return f
}

func trimCells(cells []string) []string {
	out := cells[:0]
	for _, c := range cells {
		out = append(out, strings.TrimSpace(c))
	}
	return out
}

// isHeader: no NRMP code, and at least two cells name known columns.
func isHeader(cells []string) bool {
	known := 0
	for _, c := range cells {
		if nrmpCodeIn.MatchString(c) {
			return false
		}
		if headerRole(c) != colNone {
			known++
		}
	}
	return known >= 2
}

// parseCells turns one line's cells into a row, by header roles when there
// are any, else by what each cell looks like.
func parseCells(cells []string, roles []int) (UnfilledRow, bool) {
	var row UnfilledRow
	var nameCands []string
	for j, c := range cells {
		if c == "" {
			continue
		}
		role := colNone
		if j < len(roles) {
			role = roles[j]
		}
		switch role {
		case colCode:
			if row.Code = findCode(c); row.Code == "" {
				row.ProgramID = findACGME(c)
			}
		case colName:
			row.Name = c
		case colSpecialty:
			row.Specialty = c
		case colCity:
			row.City = c
			if m := cityState.FindStringSubmatch(c); m != nil && isState(m[2]) && row.State == "" {
				row.City, row.State = strings.TrimSpace(m[1]), strings.ToUpper(m[2])
			}
		case colState:
			if st, ok := StateCode(c); ok { // a header says it is a state: "New York" too
				row.State = st
			}
		case colPositions:
			row.Positions, _ = strconv.Atoi(c)
		default:
			// By the look of the cell.
			switch code := findCode(c); {
			case code != "" && row.Code == "":
				row.Code = code
				if rest := strings.TrimSpace(nrmpCodeIn.ReplaceAllString(c, " ")); hasLetters(rest) {
					nameCands = append(nameCands, rest)
				}
			case isState(c) && row.State == "":
				row.State = strings.ToUpper(strings.TrimSuffix(c, "."))
			case findACGME(c) != "":
				if row.ProgramID == "" {
					row.ProgramID = findACGME(c)
				}
			case isCount(c):
				if row.Positions == 0 {
					row.Positions, _ = strconv.Atoi(c)
				}
			case hasLetters(c):
				nameCands = append(nameCands, c)
			}
		}
	}
	if row.Name == "" && len(nameCands) > 0 {
		row.Name = pickName(nameCands)
	}
	if row.State == "" && row.Name != "" {
		// "Mercy Hospital, Springfield, MO"
		if m := cityState.FindStringSubmatch(row.Name); m != nil && isState(m[2]) && strings.ContainsAny(row.Name, ",") {
			row.Name, row.State = strings.TrimRight(strings.TrimSpace(m[1]), ","), strings.ToUpper(m[2])
			if before, city, ok := cutLast(row.Name, ","); ok && row.City == "" {
				row.Name, row.City = strings.TrimSpace(before), strings.TrimSpace(city)
			}
		}
	}
	if row.Code != "" || row.ProgramID != "" {
		return row, true
	}
	return row, row.Name != "" && (row.State != "" || row.City != "" || row.Specialty != "" || row.Positions > 0)
}

func cutLast(s, sep string) (before, after string, found bool) {
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+len(sep):], true
}

// findCode returns the normalised NRMP code in s, or "".
func findCode(s string) string {
	m := nrmpCodeIn.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	return imgfriendly.NormalizeNRMPCode(m[1] + m[2] + m[3] + m[4])
}

// findACGME returns the 10-digit ACGME program id that s is, or "".
func findACGME(s string) string {
	m := acgmeID.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return ""
	}
	return m[1] + m[2] + m[3]
}

func isState(s string) bool {
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	return len(s) == 2 && slices.Contains(usStates, strings.ToUpper(s))
}

func isCount(s string) bool {
	n, err := strconv.Atoi(s)
	return err == nil && n >= 0 && n < 1000
}

func hasLetters(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 3
}

// nameWords mark a cell as an institution's name rather than a specialty or city.
var nameWords = []string{"hospital", "medical", "university", "center", "centre", "health", "college",
	"clinic", "program", "school", "institute", "memorial", "regional", "saint", "st.", "st ", "mercy", "community", "system"}

// pickName prefers a cell that reads like an institution, else the longest.
func pickName(cands []string) string {
	best, bestScore := "", -1
	for _, c := range cands {
		score := len(c)
		lc := strings.ToLower(c)
		for _, w := range nameWords {
			if strings.Contains(lc, w) {
				score += 1000
				break
			}
		}
		if score > bestScore {
			best, bestScore = c, score
		}
	}
	return best
}
