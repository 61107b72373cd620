package queries

import (
	"encoding/csv"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

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

// Tracker is the outreach spreadsheet as text cells: a header and rows.
type Tracker struct {
	Header []string
	Rows   [][]string
}

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
// given, their reasons rendered in the given evidence mode. previous, when not nil, is the tracker being re-run over: its
// applicant columns (and any column the applicant added) are carried over by
// Program ID; rows of programs no longer listed that hold applicant entries,
// then rows the applicant added without a Program ID, are kept at the end.
func BuildTracker(programs []Tiered, previous *Tracker, mode EvidenceMode) Tracker {
	header := slices.Concat(TrackerColumns, ApplicantColumns)
	carried := map[string][]string{} // program id → previous row
	var prevIdx map[string]int
	var prevOrder []string
	var own [][]string
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
				if idCol < len(r) && strings.TrimSpace(r[idCol]) != "" {
					id := strings.TrimSpace(r[idCol])
					if _, dup := carried[id]; !dup {
						prevOrder = append(prevOrder, id)
					}
					carried[id] = r
				} else if slices.ContainsFunc(r, func(c string) bool { return strings.TrimSpace(c) != "" }) {
					own = append(own, r) // a row the applicant added by hand
				}
			}
		}
	}
	prevCell := func(r []string, col string) string {
		if i, ok := prevIdx[col]; ok && i < len(r) {
			return r[i]
		}
		return ""
	}
	t := Tracker{Header: header}
	listed := map[string]bool{}
	for _, p := range programs {
		listed[p.ProgramID] = true
		row := trackerCells(p, mode)
		prev, had := carried[p.ProgramID]
		for _, col := range header[len(TrackerColumns):] {
			v := prevCell(prev, col)
			if !had && col == "Status" {
				v = StatusChoices[0]
			}
			row = append(row, v)
		}
		t.Rows = append(t.Rows, row)
	}
	for _, id := range prevOrder {
		if listed[id] {
			continue
		}
		prev := carried[id]
		hasEntry := false
		for _, col := range header[len(TrackerColumns):] {
			if v := strings.TrimSpace(prevCell(prev, col)); v != "" && !(col == "Status" && v == StatusChoices[0]) {
				hasEntry = true
			}
		}
		if !hasEntry {
			continue
		}
		row := make([]string, 0, len(header))
		for _, col := range header {
			row = append(row, prevCell(prev, col))
		}
		row[0] = NotListedTier
		t.Rows = append(t.Rows, row)
	}
	for _, prev := range own {
		row := make([]string, 0, len(header))
		for _, col := range header {
			row = append(row, prevCell(prev, col))
		}
		t.Rows = append(t.Rows, row)
	}
	return t
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
// sheet, first row as header.
func ReadTracker(r io.Reader, format string) (*Tracker, error) {
	var rows [][]string
	switch format {
	case "xlsx":
		f, err := excelize.OpenReader(r)
		if err != nil {
			return nil, fmt.Errorf("read tracker: %w", err)
		}
		defer f.Close()
		sheets := f.GetSheetList()
		if len(sheets) == 0 {
			return nil, fmt.Errorf("read tracker: no sheet")
		}
		rows, err = f.GetRows(sheets[0])
		if err != nil {
			return nil, fmt.Errorf("read tracker: %w", err)
		}
	case "csv":
		cr := csv.NewReader(r)
		cr.FieldsPerRecord = -1
		var err error
		if rows, err = cr.ReadAll(); err != nil {
			return nil, fmt.Errorf("read tracker: %w", err)
		}
	default:
		return nil, fmt.Errorf("read tracker: unknown format %q", format)
	}
	if len(rows) == 0 {
		return &Tracker{}, nil
	}
	t := &Tracker{Header: rows[0], Rows: rows[1:]}
	if len(t.Header) > 0 {
		t.Header[0] = strings.TrimPrefix(t.Header[0], "\ufeff")
	}
	if !slices.Contains(t.Header, "Program ID") {
		return nil, fmt.Errorf("read tracker: no \"Program ID\" column in its first row, so its rows cannot be carried over")
	}
	return t, nil
}

// WriteTracker writes the tracker as "xlsx" (frozen header, filters, column
// widths, a Status drop-down) or "csv".
func WriteTracker(w io.Writer, t Tracker, format string) error {
	switch format {
	case "csv":
		cw := csv.NewWriter(w)
		if err := cw.Write(t.Header); err != nil {
			return fmt.Errorf("write tracker: %w", err)
		}
		if err := cw.WriteAll(t.Rows); err != nil {
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
	wrap, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	if err != nil {
		return fail(err)
	}
	pct, err := f.NewStyle(&excelize.Style{NumFmt: 9, Alignment: &excelize.Alignment{Vertical: "top"}})
	if err != nil {
		return fail(err)
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
	shareCol := slices.Index(t.Header, "IMG share")
	for i, r := range t.Rows {
		cells := make([]any, len(r))
		for j, v := range r {
			cells[j] = v
			if j == shareCol {
				if n, err := strconv.ParseFloat(strings.TrimSuffix(v, "%"), 64); err == nil && strings.HasSuffix(v, "%") {
					cells[j] = n / 100
				}
			}
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := f.SetSheetRow(sh, cell, &cells); err != nil {
			return fail(err)
		}
	}
	last := len(t.Rows) + 1
	if len(t.Rows) > 0 {
		if err := f.SetCellStyle(sh, "A2", fmt.Sprintf("%s%d", lastCol, last), wrap); err != nil {
			return fail(err)
		}
		if shareCol >= 0 {
			c, _ := excelize.ColumnNumberToName(shareCol + 1)
			if err := f.SetCellStyle(sh, c+"2", fmt.Sprintf("%s%d", c, last), pct); err != nil {
				return fail(err)
			}
		}
	}
	for i, h := range t.Header {
		c, _ := excelize.ColumnNumberToName(i + 1)
		width, ok := trackerWidths[h]
		if !ok {
			width = 20
		}
		if err := f.SetColWidth(sh, c, c, width); err != nil {
			return fail(err)
		}
	}
	if err := f.SetPanes(sh, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return fail(err)
	}
	if err := f.AutoFilter(sh, fmt.Sprintf("A1:%s%d", lastCol, max(last, 2)), nil); err != nil {
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
			if u := t.Rows[r][i]; strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://") {
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
