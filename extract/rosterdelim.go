package extract

import (
	"encoding/csv"
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// delimiters a plain-text roster may separate its columns with, in the
// order they are tried.
var delimiters = []rune{'\t', ',', '|', ';'}

// delimitedResidents reads rosters written as delimited text (a CSV or TSV
// file, or a table pasted as text): a header line with a name column and a
// medical-school column, then one line per resident with as many fields.
// Only plain-text pages are read so: HTML tables are tableResidents'.
func delimitedResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	for i := 0; i < len(d.blocks); i++ {
		b := &d.blocks[i]
		if b.node != nil || b.role == roleHeading {
			continue
		}
		delim, cols, n := delimitedHeader(b.text)
		if n == 0 {
			continue
		}
		j := i + 1
		for ; j < len(d.blocks) && d.blocks[j].node == nil; j++ {
			row := &d.blocks[j]
			fields, ok := splitDelimited(row.text, delim)
			if !ok || len(fields) != n {
				break
			}
			r, ok := delimitedRow(fields, cols)
			if !ok || outOfScope(d, j) {
				continue
			}
			r.Evidence = imgfriendly.Evidence{URL: pageURL, Text: row.text, Selector: row.selector()}
			out = append(out, r)
		}
		i = j - 1
	}
	return out
}

// delimitedHeader recognises a header line: its delimiter, the columns of
// each kind and the number of fields, or n == 0.
func delimitedHeader(t string) (delim rune, cols map[string]int, n int) {
	if len(t) > 600 {
		return 0, nil, 0
	}
	for _, dl := range delimiters {
		if strings.Count(t, string(dl)) < 2 {
			continue
		}
		fields, ok := splitDelimited(t, dl)
		if !ok || len(fields) < 3 {
			continue
		}
		for _, f := range fields {
			if len(f) > 40 {
				return 0, nil, 0 // a sentence with commas, not a header
			}
		}
		cols := headerColumns(fields)
		if _, ok := cols["name"]; !ok {
			continue
		}
		if _, ok := cols["school"]; !ok {
			continue
		}
		return dl, cols, len(fields)
	}
	return 0, nil, 0
}

// splitDelimited splits one line at delim, with CSV quoting.
func splitDelimited(t string, delim rune) ([]string, bool) {
	if !strings.ContainsRune(t, delim) {
		return nil, false
	}
	r := csv.NewReader(strings.NewReader(t))
	r.Comma = delim
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	fields, err := r.Read()
	if err != nil {
		return nil, false
	}
	for i := range fields {
		fields[i] = strings.TrimSpace(fields[i])
	}
	return fields, true
}

// imgColumnWords head a column that flags international graduates.
var imgColumnWords = []string{"international", "intl", "img", "fmg", "foreign"}

// delimitedRow reads one row: the resident, or false when the name column
// holds no person's name.
func delimitedRow(fields []string, cols map[string]int) (imgfriendly.Resident, bool) {
	name, ok := personName(fields[cols["name"]])
	if !ok {
		return imgfriendly.Resident{}, false
	}
	r := imgfriendly.Resident{Name: name}
	r.School, r.Country = splitCountry(cleanSchool(fields[cols["school"]]))
	if ci, ok := cols["country"]; ok && fields[ci] != "" {
		r.Country = fields[ci]
	}
	if yi, ok := cols["year"]; ok {
		r.Year = fields[yi]
	}
	if ii, ok := cols["img"]; ok && isYes(fields[ii]) {
		img := true
		r.IMG = &img // the roster itself flags the resident as an IMG
	}
	return r, true
}

// isYes reports a yes-like flag: "Y", "Yes", "X", "✓", "true".
func isYes(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "y", "yes", "x", "✓", "true", "1":
		return true
	}
	return false
}

// wordList is a list of lower-case words and phrases found as whole words
// in any case, in one pass over a text (wholeWords).
type wordList struct {
	words []string
	whole *wholeWords
}

func newWordList(words ...string) wordList {
	return wordList{words: words, whole: newWholeWords(words)}
}

// in reports whether one of the list's words is a whole word of t.
func (l wordList) in(t string) bool {
	return l.whole.in(t)
}

// hasAnyWord reports whether one of words (lower case) appears in low as a
// whole word.
func hasAnyWord(low string, words []string) bool {
	for _, w := range words {
		for from := 0; from < len(low); {
			i := strings.Index(low[from:], w)
			if i < 0 {
				break
			}
			i += from
			if (i == 0 || !isWordByte(low[i-1])) && (i+len(w) == len(low) || !isWordByte(low[i+len(w)])) {
				return true
			}
			from = i + 1
		}
	}
	return false
}
