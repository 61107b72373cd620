package seedlist

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// table is one input file's rows as read, before its header is known.
type table struct {
	name    string // file name for messages
	sheet   string // xlsx sheet
	format  string // csv, tsv, semicolon-csv, xlsx
	charset string // utf-8, utf-16, windows-1252 (CSV only)
	rows    [][]string
	lines   []int     // line (CSV) or row (XLSX) number of each row
	broken  []Problem // rows that could not be parsed at all
}

// where names a row of the table in messages: "a.csv:12", "b.xlsx[Programs]:12".
func (t *table) where() string {
	if t.sheet != "" {
		return t.name + "[" + t.sheet + "]"
	}
	return t.name
}

// xlsx limits: a spreadsheet that unzips to more is refused, not read.
const (
	maxUnzip    = 512 << 20
	maxUnzipXML = 256 << 20
)

// readTables reads one input file as CSV/TSV text or as an XLSX workbook
// (by extension, else by content). An XLSX file gives one table per sheet.
func readTables(name string, data []byte, sheet string) ([]*table, error) {
	ext := strings.ToLower(filepath.Ext(name))
	switch {
	case ext == ".xls":
		return nil, fmt.Errorf("%s: the old binary .xls format is not read: save it as .xlsx or CSV", name)
	case ext == ".xlsx" || ext == ".xlsm" || bytes.HasPrefix(data, []byte("PK\x03\x04")):
		return readXLSX(name, data, sheet)
	}
	if sheet != "" {
		return nil, fmt.Errorf("%s: --sheet applies to XLSX files only", name)
	}
	return []*table{readText(name, data)}, nil
}

func readXLSX(name string, data []byte, sheet string) ([]*table, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: maxUnzip, UnzipXMLSizeLimit: maxUnzipXML})
	if err != nil {
		return nil, fmt.Errorf("%s: not a readable XLSX workbook: %w", name, err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if sheet != "" {
		found := false
		for _, s := range sheets {
			if s == sheet {
				found = true
			}
		}
		if !found {
			return nil, fmt.Errorf("%s: no sheet %q (sheets: %s)", name, sheet, strings.Join(sheets, ", "))
		}
		sheets = []string{sheet}
	}
	var out []*table
	for _, s := range sheets {
		rows, err := f.GetRows(s)
		if err != nil {
			return nil, fmt.Errorf("%s[%s]: %w", name, s, err)
		}
		t := &table{name: name, sheet: s, format: "xlsx"}
		for i, r := range rows {
			t.rows = append(t.rows, r)
			t.lines = append(t.lines, i+1)
		}
		out = append(out, t)
	}
	return out, nil
}

// decodeText returns data as UTF-8: a byte-order mark says UTF-8 or
// UTF-16; text that is not valid UTF-8 is read as windows-1252 (what Excel
// writes as "CSV" on Windows), and the caller is told.
func decodeText(data []byte) (string, string) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		if s, err := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder().Bytes(data); err == nil {
			return string(s), "utf-16"
		}
	}
	if utf8.Valid(data) {
		return string(data), "utf-8"
	}
	s, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\uFFFD"), "utf-8 (invalid bytes replaced)"
	}
	return string(s), "windows-1252"
}

// sniffDelimiter picks the delimiter of the first non-blank line: the most
// frequent of comma, tab and semicolon outside quotes (comma on a tie).
func sniffDelimiter(text string) rune {
	line := text
	for {
		l, rest, _ := strings.Cut(line, "\n")
		if strings.TrimSpace(l) != "" || rest == "" {
			line = l
			break
		}
		line = rest
	}
	counts := map[rune]int{}
	inQuote := false
	for _, r := range line {
		switch {
		case r == '"':
			inQuote = !inQuote
		case !inQuote && (r == ',' || r == '\t' || r == ';'):
			counts[r]++
		}
	}
	best := ','
	for _, r := range []rune{'\t', ';'} {
		if counts[r] > counts[best] {
			best = r
		}
	}
	return best
}

// readText reads CSV (comma, tab or semicolon separated). A row that
// cannot be parsed (an unclosed quote) is reported by its line and reading
// goes on from the next line; a bare quote inside an unquoted field is
// taken as a character.
func readText(name string, data []byte) *table {
	text, cs := decodeText(data)
	delim := sniffDelimiter(text)
	t := &table{name: name, format: map[rune]string{',': "csv", '\t': "tsv", ';': "semicolon-csv"}[delim], charset: cs}
	// starts[i] is the offset of line i+1.
	starts := []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	newReader := func(s string, lazy bool) *csv.Reader {
		r := csv.NewReader(strings.NewReader(s))
		r.Comma = delim
		r.FieldsPerRecord = -1
		r.LazyQuotes = lazy
		return r
	}
	lineBase := 0 // lines before the reader's start
	for lineBase < len(starts) {
		r := newReader(text[starts[lineBase]:], false)
		restart := -1
		for {
			rec, err := r.Read()
			if err == io.EOF {
				break
			}
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line := lineBase + pe.StartLine
				if errors.Is(pe.Err, csv.ErrBareQuote) && line-1 < len(starts) {
					// Dr. Bo "B" Chan: read the one line leniently.
					end := len(text)
					if line < len(starts) {
						end = starts[line]
					}
					if rec, err := newReader(text[starts[line-1]:end], true).Read(); err == nil {
						t.rows = append(t.rows, rec)
						t.lines = append(t.lines, line)
						restart = line
						break
					}
				}
				t.broken = append(t.broken, Problem{Source: Source{File: name, Line: line}, Msg: "unreadable CSV row: " + pe.Err.Error(), Skipped: true})
				restart = line
				break
			}
			if err != nil {
				t.broken = append(t.broken, Problem{Source: Source{File: name, Line: lineBase + 1}, Msg: err.Error(), Skipped: true})
				break
			}
			l, _ := r.FieldPos(0)
			t.rows = append(t.rows, rec)
			t.lines = append(t.lines, lineBase+l)
		}
		if restart < 0 {
			break
		}
		lineBase = restart
	}
	return t
}
