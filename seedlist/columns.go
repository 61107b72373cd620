package seedlist

import (
	_ "embed"
	"encoding/csv"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/imgfriendly/imgfriendly"
)

//go:embed synonyms.csv
var synonymsCSV string

// Ignore is the field a --map entry gives to a column that must not be read.
const Ignore = "-"

// synonym is one row of synonyms.csv: a header name (folded) and the seed
// field it means; ambiguous headers are decided by their values.
type synonym struct {
	field     string
	ambiguous bool
}

var synonyms = sync.OnceValue(func() map[string]synonym {
	rows, err := csv.NewReader(strings.NewReader(synonymsCSV)).ReadAll()
	if err != nil {
		panic(fmt.Sprintf("synonyms.csv: %v", err))
	}
	m := map[string]synonym{}
	for i, r := range rows[1:] {
		h := imgfriendly.FoldName(r[1])
		if len(r) != 3 || !isField(r[0]) || h == "" {
			panic(fmt.Sprintf("synonyms.csv:%d: want field,header,note with a seed column as field", i+2))
		}
		if _, dup := m[h]; dup {
			panic(fmt.Sprintf("synonyms.csv:%d: header %q listed twice", i+2, r[1]))
		}
		m[h] = synonym{field: r[0], ambiguous: strings.HasPrefix(r[2], "ambiguous")}
	}
	return m
})

func isField(f string) bool {
	for _, c := range imgfriendly.SeedColumns {
		if c == f {
			return true
		}
	}
	return false
}

// Synonyms returns the header names (folded, see imgfriendly.FoldName) each
// seed field is recognised by, sorted: the documented synonym table
// (synonyms.csv).
func Synonyms() map[string][]string {
	out := map[string][]string{}
	for h, s := range synonyms() {
		out[s.field] = append(out[s.field], h)
	}
	for _, hs := range out {
		sort.Strings(hs)
	}
	return out
}

// ParseMap reads --map entries "column=field": a header as the file writes
// it (matched folded) and a seed column, or "-" to ignore the column.
func ParseMap(entries []string) (map[string]string, error) {
	m := map[string]string{}
	var errs []string
	for _, e := range entries {
		col, field, ok := strings.Cut(e, "=")
		col, field = imgfriendly.FoldName(col), strings.TrimSpace(strings.ToLower(field))
		switch {
		case !ok || col == "":
			errs = append(errs, fmt.Sprintf("--map %q: want COLUMN=FIELD, e.g. \"Program Web Address=url\"", e))
		case field != Ignore && !isField(field):
			errs = append(errs, fmt.Sprintf("--map %q: unknown field %q (fields: %s, or - to ignore the column)", e, field, strings.Join(imgfriendly.SeedColumns, ", ")))
		default:
			m[col] = field
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("%s", strings.Join(errs, "; "))
	}
	return m, nil
}

// column is how one column of a table is read.
type column struct {
	index     int
	header    string // as written
	field     string // seed field, "" when ignored
	ambiguous bool
	mapped    bool // by --map
}

// mapHeader maps one header cell: --map first, then the synonym table
// (exactly, then without a parenthesised part: "Program Code (ACGME)").
func mapHeader(h string, userMap map[string]string) (field string, ambiguous, mapped bool) {
	f := imgfriendly.FoldName(h)
	if f == "" {
		return "", false, false
	}
	if fld, ok := userMap[f]; ok {
		if fld == Ignore {
			return "", false, true
		}
		return fld, false, true
	}
	if s, ok := synonyms()[f]; ok {
		return s.field, s.ambiguous, false
	}
	if i := strings.IndexByte(h, '('); i > 0 {
		if s, ok := synonyms()[imgfriendly.FoldName(h[:i])]; ok {
			return s.field, s.ambiguous, false
		}
	}
	return "", false, false
}
