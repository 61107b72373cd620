package queries

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// A list copied from a web page or a PDF often arrives one cell per line:
//
//	Program Code
//	Program Name
//	State
//	1234-140-C0
//	Mercy Hospital
//	MO
//	5678-140-C0
//	…
//
// regroupCells recognises that shape and joins each record's cells into one
// tab-separated line, so ParseUnfilled reads it as it reads a table.

// regroupError is a list that is one cell per line but whose records cannot
// be told apart without guessing.
type regroupError struct {
	line int
	msg  string
}

// cellLine is one non-empty input line: its 0-based index and trimmed text.
type cellLine struct {
	i    int
	text string
}

// regroupCells returns lines with each record of a one-cell-per-line list
// joined by tabs on the line of its first cell (the record's other lines
// emptied, so line numbers still point into the input), and whether it did.
// A record starts at a line that is nothing but an NRMP code or an ACGME
// program id. A header, one cell per line just before the first record, is
// joined the same way and must name as many columns as each record has
// cells, the code first. Without a header, records have the length most of
// them share; a shorter one is read by the look of its cells, a longer one
// (a program without a code folded into it, or a stray line) is an error,
// except for the last record, whose extra lines are read as lines of their
// own (a page footer). Lines before the first record that are not the header
// are read as lines of their own too.
func regroupCells(lines []string) ([]string, bool, *regroupError) {
	var all []cellLine
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		if strings.Contains(l, "\t") || strings.Contains(t, "|") || len(multiSpace.Split(t, -1)) > 1 {
			return lines, false, nil // cells side by side: a table, not one cell per line
		}
		all = append(all, cellLine{i, t})
	}
	var starts []int // indexes into all of the id lines
	for j, c := range all {
		if isBareID(c.text) {
			starts = append(starts, j)
		}
	}
	if len(starts) == 0 || len(csvLikeLines(all))*2 > len(all) {
		return lines, false, nil
	}
	records := make([][]cellLine, len(starts))
	for k, s := range starts {
		end := len(all)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		records[k] = all[s:end]
	}
	if !slices.ContainsFunc(records, func(r []cellLine) bool { return len(r) > 1 }) {
		return lines, false, nil // one code per line: already one row per line
	}
	if len(records) == 1 && !slices.ContainsFunc(records[0][1:], func(c cellLine) bool { return isState(c.text) || isCount(c.text) }) {
		// One code followed by lines that could each be a row of their own
		// ("Mercy Hospital, Springfield, MO"): nothing says they are its cells.
		return lines, false, nil
	}

	before := all[:starts[0]]
	header, herr := cellHeader(before)
	if herr != nil {
		return nil, false, herr
	}
	out := slices.Clone(lines)
	if header != nil {
		records = dropRepeatedHeader(records, header, out)
		width := len(header)
		for k, r := range records {
			last := k == len(records)-1
			switch {
			case len(r) == width:
			case last && len(r) > width:
				records[k] = r[:width] // the rest: a footer, read line by line
			default:
				return nil, false, &regroupError{r[0].i + 1, fmt.Sprintf(
					"the list is one cell per line, and the record starting here has %d cells where the header names %d columns: "+
						"a cell is missing or extra, so the columns cannot be told apart; paste it with one program per line (a table or CSV)",
					len(r), width)}
			}
		}
		out[header[0].i] = joinCells(header)
		for _, c := range header[1:] {
			out[c.i] = ""
		}
	} else {
		width := commonLength(records)
		if lastLen := len(records[len(records)-1]); len(before) > 0 && lastLen < width && len(before) >= width-lastLen {
			// "Name, code, state" cells would leave the first name before the
			// first code and the last record short: the code may not start
			// each record, and nothing tells which way it is.
			return nil, false, &regroupError{before[0].i + 1, fmt.Sprintf(
				"the list is one cell per line, but it cannot be told whether the NRMP code starts each record "+
					"(%s before the first code, the last record %s short): "+
					"paste it with one program per line (a table or CSV), or with its header", plural(len(before), "line"), plural(width-lastLen, "line"))}
		}
		for k, r := range records {
			if len(r) <= width {
				continue
			}
			if k == len(records)-1 {
				records[k] = r[:width]
				continue
			}
			return nil, false, &regroupError{r[0].i + 1, fmt.Sprintf(
				"the list is one cell per line, and the record starting here has %d lines where the others have %d: "+
					"a program without an NRMP code or a stray line may be inside it; paste it with one program per line (a table or CSV), "+
					"or add the missing code", len(r), width)}
		}
	}
	for _, r := range records {
		out[r[0].i] = joinCells(r)
		for _, c := range r[1:] {
			out[c.i] = ""
		}
	}
	return out, true, nil
}

// isBareID: the whole text is one NRMP code or one ACGME program id.
func isBareID(t string) bool {
	if findACGME(t) != "" {
		return true
	}
	return findCode(t) != "" && strings.TrimSpace(nrmpCodeIn.ReplaceAllString(t, " ")) == ""
}

// csvLikeLines are the lines with three or more comma-separated fields: a
// CSV file, not cells.
func csvLikeLines(all []cellLine) []cellLine {
	var out []cellLine
	for _, c := range all {
		if len(csvFields(c.text)) >= 3 {
			out = append(out, c)
		}
	}
	return out
}

// cellHeader finds a header in the lines before the first record: the run of
// lines from the last one naming the code column ("Program Code") to the
// end, when at least two of them name known columns; nil when there is none.
// It is an error when the code is not the header's first column (the line
// before it names a column) or when a cell of it reads as data (a state, a
// count): then the records' first cells come before their codes.
func cellHeader(before []cellLine) ([]cellLine, *regroupError) {
	for j := len(before) - 1; j >= 0; j-- {
		if headerRole(before[j].text) != colCode {
			continue
		}
		h := before[j:]
		known := 0
		for _, c := range h {
			if headerRole(c.text) != colNone {
				known++
			}
			if isState(c.text) || isCount(c.text) {
				return nil, &regroupError{c.i + 1, "the list is one cell per line, but this line, between its header and its first NRMP code, " +
					"reads as data: the code is not the first column, so the records cannot be told apart; " +
					"paste it with one program per line (a table or CSV)"}
			}
		}
		if j > 0 {
			switch prev := before[j-1].text; headerRole(prev) {
			case colName, colState, colCity, colSpecialty:
				if len(strings.Fields(prev)) <= 3 {
					return nil, &regroupError{before[j-1].i + 1, "the list is one cell per line, but its header names a column before the code: " +
						"the records cannot be told apart; paste it with one program per line (a table or CSV)"}
				}
			}
		}
		if known >= 2 {
			return h, nil
		}
		return nil, nil
	}
	return nil, nil
}

// dropRepeatedHeader removes header cells repeated inside records (a PDF
// repeats the header on every page), emptying their lines in out.
func dropRepeatedHeader(records [][]cellLine, header []cellLine, out []string) [][]cellLine {
	for k, r := range records {
		records[k] = slices.DeleteFunc(slices.Clone(r), func(c cellLine) bool {
			if slices.ContainsFunc(header, func(h cellLine) bool { return strings.EqualFold(h.text, c.text) }) {
				out[c.i] = ""
				return true
			}
			return false
		})
	}
	return records
}

// commonLength is the length most records other than the last share (the
// shortest such length on a tie), or the last record's when it is alone.
func commonLength(records [][]cellLine) int {
	if len(records) == 1 {
		return len(records[0])
	}
	count := map[int]int{}
	for _, r := range records[:len(records)-1] {
		count[len(r)]++
	}
	best, bestN := 0, 0
	for n, c := range count {
		if c > bestN || (c == bestN && n < best) {
			best, bestN = n, c
		}
	}
	return best
}

// plural writes "1 line", "2 lines".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

func joinCells(cells []cellLine) string {
	texts := make([]string, len(cells))
	for j, c := range cells {
		texts[j] = c.text
	}
	return strings.Join(texts, "\t")
}

func (e *regroupError) error(name string) error {
	return fmt.Errorf("%s:%d: cannot regroup: %s", name, e.line, e.msg)
}
