package queries

import (
	"context"
	"database/sql"
	"encoding/csv"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// TrackerColumns are the columns the tracker fills from the warehouse, in order.
var TrackerColumns = []string{
	"Tier", "Reasons", "Program", "Program ID", "Specialty", "City", "State", "IMG share",
	"Visa", "YOG", "Program director", "PD email", "Coordinator", "Coordinator email", "Phone",
	"Program URL", "Evidence URLs",
}

// ApplicantColumns are the applicant's own columns: a re-run keeps their
// values (keyed by Program ID), as it keeps any column the applicant added.
var ApplicantColumns = []string{"Date emailed", "Response", "Status", "Notes"}

// StatusChoices are the Status column's drop-down values; new rows start at the first.
var StatusChoices = []string{"not contacted", "emailed", "replied", "interview offered", "declined"}

// NotListedTier marks a row kept from a previous tracker whose program is no
// longer in the list but carries the applicant's notes.
const NotListedTier = "No longer listed"

// Tracker is the outreach spreadsheet: a header and rows of cells.
type Tracker struct {
	Header []string
	Rows   [][]Cell
}

// Cell is one tracker cell. Text is what a CSV holds and a person reads. A
// cell the applicant typed in the spreadsheet as a number, a date or time, a
// boolean or a formula also keeps that kind and its number format, so a
// re-run writes it back as it was rather than as text.
type Cell struct {
	Text    string
	Number  *float64 // a number; a date or time is a number with a date Format
	Bool    *bool
	Formula string // without the leading "="; Text holds its last value
	NumFmt  int    // built-in number format (14: a short date), when Format is ""
	Format  string // custom number format code ("yyyy-mm-dd", "0.0")
}

// TextCell is a cell holding text only.
func TextCell(s string) Cell { return Cell{Text: s} }

// textCells turns texts into cells.
func textCells(texts []string) []Cell {
	out := make([]Cell, len(texts))
	for i, s := range texts {
		out[i] = TextCell(s)
	}
	return out
}

// Texts returns the tracker's rows as the texts of their cells.
func (t Tracker) Texts() [][]string {
	out := make([][]string, len(t.Rows))
	for i, r := range t.Rows {
		out[i] = make([]string, len(r))
		for j, c := range r {
			out[i][j] = c.Text
		}
	}
	return out
}

// typed reports whether c keeps more than its text.
func (c Cell) typed() bool { return c.Number != nil || c.Bool != nil || c.Formula != "" }

// TrackerFormat returns "xlsx" or "csv" from a file name, or an error.
func TrackerFormat(path string) (string, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xlsx":
		return "xlsx", nil
	case ".csv":
		return "csv", nil
	}
	return "", fmt.Errorf("tracker %s: want a .xlsx or .csv file name", path)
}

// BuildTracker lays the tiered programs out as tracker rows in the order
// given, their reasons rendered in the given evidence mode. previous, when
// not nil, is the tracker being re-run over: its applicant columns (and any
// column the applicant added) are carried over by Program ID, cells kept as
// they were typed. Rows of previous that are not in programs follow: those
// of outside (programs still in the warehouse but not in this list — another
// tier, state or specialty than this run's filter) refreshed with their
// current tier and reasons; those of programs gone from the warehouse as
// NotListedTier; both only when the applicant wrote something in them. Rows
// the applicant added without a Program ID come last.
func BuildTracker(programs, outside []Tiered, previous *Tracker, mode EvidenceMode) Tracker {
	header := slices.Concat(TrackerColumns, ApplicantColumns)
	carried := map[string][]Cell{} // program id → previous row
	var prevIdx map[string]int
	var prevOrder []string
	var own [][]Cell
	if previous != nil {
		prevIdx = map[string]int{}
		for i, h := range previous.Header {
			h = strings.TrimSpace(h)
			prevIdx[h] = i
			if h != "" && !slices.Contains(header, h) {
				header = append(header, h) // the applicant's own column
			}
		}
		if idCol, ok := prevIdx["Program ID"]; ok {
			for _, r := range previous.Rows {
				if idCol < len(r) && strings.TrimSpace(r[idCol].Text) != "" {
					id := strings.TrimSpace(r[idCol].Text)
					if _, dup := carried[id]; !dup {
						prevOrder = append(prevOrder, id)
					}
					carried[id] = r
				} else if slices.ContainsFunc(r, func(c Cell) bool { return strings.TrimSpace(c.Text) != "" || c.typed() }) {
					own = append(own, r) // a row the applicant added by hand
				}
			}
		}
	}
	prevCell := func(r []Cell, col string) Cell {
		if i, ok := prevIdx[col]; ok && i < len(r) {
			return r[i]
		}
		return Cell{}
	}
	// hasEntry: the applicant wrote something in the row's own columns.
	hasEntry := func(r []Cell) bool {
		for _, col := range header[len(TrackerColumns):] {
			c := prevCell(r, col)
			if v := strings.TrimSpace(c.Text); (v != "" || c.typed()) && !(col == "Status" && v == StatusChoices[0]) {
				return true
			}
		}
		return false
	}
	t := Tracker{Header: header}
	row := func(p Tiered, prev []Cell, had bool) []Cell {
		r := textCells(trackerCells(p, mode))
		for _, col := range header[len(TrackerColumns):] {
			c := prevCell(prev, col)
			if !had && col == "Status" {
				c = TextCell(StatusChoices[0])
			}
			r = append(r, c)
		}
		return r
	}
	listed := map[string]bool{}
	for _, p := range programs {
		listed[p.ProgramID] = true
		prev, had := carried[p.ProgramID]
		t.Rows = append(t.Rows, row(p, prev, had))
	}
	for _, p := range outside {
		if prev, had := carried[p.ProgramID]; had && !listed[p.ProgramID] && hasEntry(prev) {
			listed[p.ProgramID] = true
			t.Rows = append(t.Rows, row(p, prev, true))
		}
	}
	for _, id := range prevOrder {
		if prev := carried[id]; !listed[id] && hasEntry(prev) {
			r := make([]Cell, 0, len(header))
			for _, col := range header {
				r = append(r, prevCell(prev, col))
			}
			r[0] = TextCell(NotListedTier)
			t.Rows = append(t.Rows, r)
		}
	}
	for _, prev := range own {
		r := make([]Cell, 0, len(header))
		for _, col := range header {
			r = append(r, prevCell(prev, col))
		}
		t.Rows = append(t.Rows, r)
	}
	return t
}

// ProgramIDs returns the Program IDs the tracker's rows name, in order.
func (t Tracker) ProgramIDs() []string {
	col := slices.Index(t.Header, "Program ID")
	if col < 0 {
		return nil
	}
	var ids []string
	for _, r := range t.Rows {
		if col < len(r) {
			if id := strings.TrimSpace(r[col].Text); id != "" && !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	return ids
}

// Outside tiers the programs a previous tracker names that are still in the
// warehouse but not in list (their tier, state or specialty is outside this
// run's filter), for BuildTracker to refresh instead of calling them no
// longer listed. Any specialty counts: the tracker is the applicant's.
func Outside(ctx context.Context, db *sql.DB, cfg Config, p Profile, matchYear int, previous *Tracker, list []Tiered) ([]Tiered, error) {
	if previous == nil {
		return nil, nil
	}
	var ids []string
	for _, id := range previous.ProgramIDs() {
		if !slices.ContainsFunc(list, func(t Tiered) bool { return t.ProgramID == id }) {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return nil, nil // an empty id list would tier every program
	}
	return tierQuery(ctx, db, cfg, p, matchYear, ids, nil)
}

// trackerCells renders the warehouse columns of one program.
func trackerCells(p Tiered, mode EvidenceMode) []string {
	c := cite(p, mode)
	share := ""
	if p.IMGShare != nil {
		share = strconv.Itoa(int(*p.IMGShare*100+0.5)) + "%"
	}
	return []string{
		p.Tier.Label(), strings.Join(c.lines, "\n"), p.Name, p.ProgramID, p.Specialty, p.City, p.State, share,
		visaText(p), yogText(p), p.PDName, p.PDEmail, p.CoordinatorName, p.CoordinatorEmail, p.Phone,
		p.URL, strings.Join(c.pages, "\n"),
	}
}

func visaText(p Tiered) string {
	yn := func(b *bool, cond string) string {
		switch {
		case b == nil:
			return "not stated"
		case *b && cond != "":
			return "yes (" + cond + ")"
		case *b:
			return "yes"
		}
		return "no"
	}
	return "J-1 " + yn(p.VisaJ1, p.VisaJ1Condition) + "; H-1B " + yn(p.VisaH1B, p.VisaH1BCondition)
}

func yogText(p Tiered) string {
	var parts []string
	years := func(y float64) string {
		if y == 1 {
			return "1 year"
		}
		return strconv.FormatFloat(y, 'f', -1, 64) + " years"
	}
	if p.YOGMaxYears != nil {
		parts = append(parts, "limit "+years(*p.YOGMaxYears))
	}
	if p.YOGPreferredMax != nil {
		parts = append(parts, "prefers within "+years(*p.YOGPreferredMax))
	}
	if p.YOGNoLimit != nil && *p.YOGNoLimit && p.YOGMaxYears == nil {
		parts = append(parts, "no limit")
	}
	if len(parts) == 0 {
		return "not stated"
	}
	return strings.Join(parts, "; ")
}

// ReadTracker reads a tracker written before ("xlsx" or "csv"): the first
// sheet, first row as header. An xlsx cell the applicant typed as a number,
// date, boolean or formula keeps its kind and number format (see Cell).
func ReadTracker(r io.Reader, format string) (*Tracker, error) {
	var rows [][]Cell
	switch format {
	case "xlsx":
		var err error
		if rows, err = readXLSX(r); err != nil {
			return nil, fmt.Errorf("read tracker: %w", err)
		}
	case "csv":
		cr := csv.NewReader(r)
		cr.FieldsPerRecord = -1
		recs, err := cr.ReadAll()
		if err != nil {
			return nil, fmt.Errorf("read tracker: %w", err)
		}
		for _, rec := range recs {
			rows = append(rows, textCells(rec))
		}
	default:
		return nil, fmt.Errorf("read tracker: unknown format %q", format)
	}
	if len(rows) == 0 {
		return &Tracker{}, nil
	}
	t := &Tracker{Rows: rows[1:]}
	for _, c := range rows[0] {
		t.Header = append(t.Header, c.Text)
	}
	if len(t.Header) > 0 {
		t.Header[0] = strings.TrimPrefix(t.Header[0], "\ufeff")
	}
	if !slices.Contains(t.Header, "Program ID") {
		return nil, fmt.Errorf("read tracker: no \"Program ID\" column in its first row, so its rows cannot be carried over")
	}
	return t, nil
}

// readXLSX reads the first sheet's cells with their kinds.
func readXLSX(r io.Reader) ([][]Cell, error) {
	f, err := excelize.OpenReader(r)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, fmt.Errorf("no sheet")
	}
	sh := sheets[0]
	texts, err := f.GetRows(sh)
	if err != nil {
		return nil, err
	}
	raws, err := f.GetRows(sh, excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, err
	}
	rows := make([][]Cell, len(texts))
	for i, tr := range texts {
		rows[i] = make([]Cell, len(tr))
		for j, text := range tr {
			c := Cell{Text: text}
			raw := text
			if i < len(raws) && j < len(raws[i]) {
				raw = raws[i][j]
			}
			axis, _ := excelize.CoordinatesToCellName(j+1, i+1)
			if c, err = typedCell(f, sh, axis, c, raw); err != nil {
				return nil, err
			}
			rows[i][j] = c
		}
	}
	return rows, nil
}

// typedCell fills in c's kind from the workbook: formula, boolean or number
// (with its number format); text cells stay text.
func typedCell(f *excelize.File, sh, axis string, c Cell, raw string) (Cell, error) {
	formula, err := f.GetCellFormula(sh, axis)
	if err != nil {
		return c, err
	}
	typ, err := f.GetCellType(sh, axis)
	if err != nil {
		return c, err
	}
	switch {
	case formula != "":
		c.Formula = formula
	case typ == excelize.CellTypeBool:
		b := raw == "1" || strings.EqualFold(raw, "true")
		c.Bool = &b
	case (typ == excelize.CellTypeUnset || typ == excelize.CellTypeNumber) && raw != "":
		n, err := strconv.ParseFloat(raw, 64)
		if err != nil {
			return c, nil // not a number after all: keep the text
		}
		c.Number = &n
	default:
		return c, nil
	}
	idx, err := f.GetCellStyle(sh, axis)
	if err != nil || idx == 0 {
		return c, err
	}
	st, err := f.GetStyle(idx)
	if err != nil {
		return c, err
	}
	c.NumFmt = st.NumFmt
	if st.CustomNumFmt != nil {
		c.Format = *st.CustomNumFmt
	}
	return c, nil
}

// WriteTracker writes the tracker as "xlsx" (frozen header, filters, column
// widths, rows tall enough for their lines, a Status drop-down, landscape
// printing one page wide with the header on every page; typed cells written
// back with their kind and format) or "csv" (UTF-8 with a byte order mark).
func WriteTracker(w io.Writer, t Tracker, format string) error {
	switch format {
	case "csv":
		// A UTF-8 byte order mark, so that Excel reads "—", "≥" and names as UTF-8.
		if _, err := io.WriteString(w, "\ufeff"); err != nil {
			return fmt.Errorf("write tracker: %w", err)
		}
		cw := csv.NewWriter(w)
		if err := cw.Write(t.Header); err != nil {
			return fmt.Errorf("write tracker: %w", err)
		}
		if err := cw.WriteAll(t.Texts()); err != nil {
			return fmt.Errorf("write tracker: %w", err)
		}
		return nil
	case "xlsx":
		return writeXLSX(w, t)
	}
	return fmt.Errorf("write tracker: unknown format %q", format)
}

// TrackerSheet is the xlsx tracker's sheet name.
const TrackerSheet = "Tracker"

// trackerWidths are the xlsx column widths, by header.
var trackerWidths = map[string]float64{
	"Tier": 13, "Reasons": 60, "Program": 40, "Program ID": 12, "Specialty": 22, "City": 16, "State": 6,
	"IMG share": 10, "Visa": 26, "YOG": 18, "Program director": 22, "PD email": 28, "Coordinator": 22,
	"Coordinator email": 28, "Phone": 15, "Program URL": 36, "Evidence URLs": 40,
	"Date emailed": 13, "Response": 30, "Status": 18, "Notes": 40,
}

// Row heights: Excel's default line is 15 points, and a row may be at most
// 409 points tall.
const (
	lineHeight   = 15.0
	maxRowHeight = 409.0
)

// rowLines is how many lines a row's tallest cell needs in columns of the
// given widths (one character per unit of width, a little generous).
func rowLines(r []Cell, widths []float64) int {
	most := 1
	for j, c := range r {
		if c.Text == "" || j >= len(widths) {
			continue
		}
		per := max(1, int(widths[j]))
		n := 0
		for _, line := range strings.Split(c.Text, "\n") {
			n += max(1, (utf8.RuneCountInString(line)+per-1)/per)
		}
		most = max(most, n)
	}
	return most
}

func writeXLSX(w io.Writer, t Tracker) error {
	f := excelize.NewFile()
	defer f.Close()
	sh := TrackerSheet
	if err := f.SetSheetName("Sheet1", sh); err != nil {
		return fmt.Errorf("write tracker: %w", err)
	}
	fail := func(err error) error { return fmt.Errorf("write tracker: %w", err) }
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}})
	if err != nil {
		return fail(err)
	}
	top := &excelize.Alignment{WrapText: true, Vertical: "top"}
	wrap, err := f.NewStyle(&excelize.Style{Alignment: top})
	if err != nil {
		return fail(err)
	}
	pct, err := f.NewStyle(&excelize.Style{NumFmt: 9, Alignment: top})
	if err != nil {
		return fail(err)
	}
	// one style per number format the applicant's typed cells use
	formats := map[[2]string]int{}
	formatStyle := func(c Cell) (int, error) {
		key := [2]string{strconv.Itoa(c.NumFmt), c.Format}
		if id, ok := formats[key]; ok {
			return id, nil
		}
		st := &excelize.Style{NumFmt: c.NumFmt, Alignment: top}
		if c.Format != "" {
			code := c.Format
			st.CustomNumFmt = &code
		}
		id, err := f.NewStyle(st)
		formats[key] = id
		return id, err
	}
	header := make([]any, len(t.Header))
	for i, h := range t.Header {
		header[i] = h
	}
	if err := f.SetSheetRow(sh, "A1", &header); err != nil {
		return fail(err)
	}
	lastCol, _ := excelize.ColumnNumberToName(max(1, len(t.Header)))
	if err := f.SetCellStyle(sh, "A1", lastCol+"1", bold); err != nil {
		return fail(err)
	}
	last := len(t.Rows) + 1
	if len(t.Rows) > 0 {
		if err := f.SetCellStyle(sh, "A2", fmt.Sprintf("%s%d", lastCol, last), wrap); err != nil {
			return fail(err)
		}
	}
	widths := make([]float64, len(t.Header))
	for i, h := range t.Header {
		width, ok := trackerWidths[h]
		if !ok {
			width = 20
		}
		widths[i] = width
		c, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(sh, c, c, width); err != nil {
			return fail(err)
		}
	}
	shareCol := slices.Index(t.Header, "IMG share")
	formulas := false
	for i, r := range t.Rows {
		for j, c := range r {
			axis, _ := excelize.CoordinatesToCellName(j+1, i+2)
			style := 0
			switch {
			case j == shareCol && strings.HasSuffix(c.Text, "%") && !c.typed():
				n, err := strconv.ParseFloat(strings.TrimSuffix(c.Text, "%"), 64)
				if err != nil {
					err = f.SetCellStr(sh, axis, c.Text)
				} else {
					err, style = f.SetCellFloat(sh, axis, n/100, -1, 64), pct
				}
				if err != nil {
					return fail(err)
				}
			case c.Formula != "":
				formulas = true
				if err := f.SetCellFormula(sh, axis, c.Formula); err != nil {
					return fail(err)
				}
			case c.Bool != nil:
				if err := f.SetCellBool(sh, axis, *c.Bool); err != nil {
					return fail(err)
				}
			case c.Number != nil:
				if err := f.SetCellFloat(sh, axis, *c.Number, -1, 64); err != nil {
					return fail(err)
				}
			case c.Text != "":
				if err := f.SetCellStr(sh, axis, c.Text); err != nil {
					return fail(err)
				}
			}
			if c.typed() && (c.NumFmt != 0 || c.Format != "") {
				if style, err = formatStyle(c); err != nil {
					return fail(err)
				}
			}
			if style != 0 {
				if err := f.SetCellStyle(sh, axis, axis, style); err != nil {
					return fail(err)
				}
			}
		}
		if n := rowLines(r, widths); n > 1 {
			if err := f.SetRowHeight(sh, i+2, min(maxRowHeight, float64(n)*lineHeight)); err != nil {
				return fail(err)
			}
		}
	}
	if formulas {
		// the applicant's formulas are written without a cached value: recompute on opening
		full := true
		if err := f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: &full}); err != nil {
			return fail(err)
		}
	}
	if err := f.SetPanes(sh, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return fail(err)
	}
	if err := f.AutoFilter(sh, fmt.Sprintf("A1:%s%d", lastCol, max(last, 2)), nil); err != nil {
		return fail(err)
	}
	// Printing: landscape, one page wide, the header row on every page.
	landscape, wide, tall, fit := "landscape", 1, 0, true
	if err := f.SetPageLayout(sh, &excelize.PageLayoutOptions{Orientation: &landscape, FitToWidth: &wide, FitToHeight: &tall}); err != nil {
		return fail(err)
	}
	if err := f.SetSheetProps(sh, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return fail(err)
	}
	if err := f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: "'" + sh + "'!$1:$1", Scope: sh}); err != nil {
		return fail(err)
	}
	if i := slices.Index(t.Header, "Status"); i >= 0 {
		c, _ := excelize.ColumnNumberToName(i + 1)
		dv := excelize.NewDataValidation(true)
		dv.Sqref = fmt.Sprintf("%s2:%s%d", c, c, max(last, 2)+1000) // room for rows the applicant adds
		if err := dv.SetDropList(StatusChoices); err != nil {
			return fail(err)
		}
		dv.SetError(excelize.DataValidationErrorStyleStop, "Status", "Pick one of: "+strings.Join(StatusChoices, ", "))
		if err := f.AddDataValidation(sh, dv); err != nil {
			return fail(err)
		}
	}
	if i := slices.Index(t.Header, "Program URL"); i >= 0 {
		for r := range t.Rows {
			if i >= len(t.Rows[r]) {
				continue
			}
			if u := t.Rows[r][i].Text; strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://") {
				c, _ := excelize.CoordinatesToCellName(i+1, r+2)
				if err := f.SetCellHyperLink(sh, c, u, "External"); err != nil {
					return fail(err)
				}
			}
		}
	}
	if err := f.Write(w); err != nil {
		return fail(err)
	}
	return nil
}
