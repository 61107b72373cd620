package queries

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/parquet-go/parquet-go"
)

// Formats lists the output formats WritePrograms accepts.
var Formats = []string{"table", "csv", "json", "parquet"}

// ProgramRow is one tiered program flattened for CSV and Parquet.
type ProgramRow struct {
	Tier             string   `parquet:"tier" json:"tier"`
	ProgramID        string   `parquet:"program_id" json:"program_id"`
	Name             string   `parquet:"name" json:"name"`
	Specialty        string   `parquet:"specialty" json:"specialty"`
	City             string   `parquet:"city" json:"city"`
	State            string   `parquet:"state" json:"state"`
	IMGShare         *float64 `parquet:"img_share,optional" json:"img_share"`
	Visa             string   `parquet:"visa" json:"visa"`
	YOG              string   `parquet:"yog" json:"yog"`
	Reasons          string   `parquet:"reasons" json:"reasons"` // one per line
	EvidenceURLs     string   `parquet:"evidence_urls" json:"evidence_urls"`
	URL              string   `parquet:"url" json:"url"`
	NRMPCodes        string   `parquet:"nrmp_codes" json:"nrmp_codes"` // ;-separated
	PDName           string   `parquet:"pd_name" json:"pd_name"`
	PDEmail          string   `parquet:"pd_email" json:"pd_email"`
	CoordinatorName  string   `parquet:"coordinator_name" json:"coordinator_name"`
	CoordinatorEmail string   `parquet:"coordinator_email" json:"coordinator_email"`
	Phone            string   `parquet:"phone" json:"phone"`
}

// Row flattens a tiered program.
func (t Tiered) Row() ProgramRow {
	return ProgramRow{
		Tier: t.Tier.Label(), ProgramID: t.ProgramID, Name: t.Name, Specialty: t.Specialty, City: t.City,
		State: t.State, IMGShare: t.IMGShare, Visa: visaText(t), YOG: yogText(t),
		Reasons: strings.Join(t.ReasonTexts(), "\n"), EvidenceURLs: strings.Join(t.EvidenceURLs, "\n"),
		URL: t.URL, NRMPCodes: strings.Join(t.NRMPCodes, ";"), PDName: t.PDName, PDEmail: t.PDEmail,
		CoordinatorName: t.CoordinatorName, CoordinatorEmail: t.CoordinatorEmail, Phone: t.Phone,
	}
}

var csvHeader = []string{"tier", "program_id", "name", "specialty", "city", "state", "img_share", "visa", "yog",
	"reasons", "evidence_urls", "url", "nrmp_codes", "pd_name", "pd_email", "coordinator_name", "coordinator_email", "phone"}

// WritePrograms writes the tiered list as "table" (for a terminal: tier,
// program, place, IMG share and reasons), "csv", "json" (the full Tiered
// values) or "parquet" (ProgramRow, zstd).
func WritePrograms(w io.Writer, programs []Tiered, format string) error {
	switch format {
	case "table":
		return writeTable(w, programs)
	case "csv":
		cw := csv.NewWriter(w)
		_ = cw.Write(csvHeader)
		for _, t := range programs {
			r := t.Row()
			share := ""
			if r.IMGShare != nil {
				share = strconv.FormatFloat(*r.IMGShare, 'f', -1, 64)
			}
			_ = cw.Write([]string{r.Tier, r.ProgramID, r.Name, r.Specialty, r.City, r.State, share, r.Visa, r.YOG,
				r.Reasons, r.EvidenceURLs, r.URL, r.NRMPCodes, r.PDName, r.PDEmail, r.CoordinatorName, r.CoordinatorEmail, r.Phone})
		}
		cw.Flush()
		if err := cw.Error(); err != nil {
			return fmt.Errorf("write csv: %w", err)
		}
		return nil
	case "json":
		if programs == nil {
			programs = []Tiered{}
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if err := enc.Encode(programs); err != nil {
			return fmt.Errorf("write json: %w", err)
		}
		return nil
	case "parquet":
		pw := parquet.NewGenericWriter[ProgramRow](w, parquet.Compression(&parquet.Zstd))
		rows := make([]ProgramRow, len(programs))
		for i, t := range programs {
			rows[i] = t.Row()
		}
		if _, err := pw.Write(rows); err != nil {
			return fmt.Errorf("write parquet: %w", err)
		}
		if err := pw.Close(); err != nil {
			return fmt.Errorf("write parquet: %w", err)
		}
		return nil
	}
	return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
}

// writeTable prints one block per program: a summary line, then its
// reasons, marked ✗ exclude, ! concern, ? unknown, + plus, · info.
func writeTable(w io.Writer, programs []Tiered) error {
	var b strings.Builder
	for _, t := range programs {
		fmt.Fprintf(&b, "%-12s %s — %s — %s, %s — IMG share %s — %s\n", t.Tier.Label(), t.Name, t.Specialty, t.City, t.State, shareText(t.IMGShare), t.ProgramID)
		for _, k := range []ReasonKind{ReasonExclude, ReasonConcern, ReasonUnknown, ReasonPlus, ReasonInfo} {
			for _, r := range t.Reasons {
				if r.Kind == k {
					fmt.Fprintf(&b, "             %s %s\n", reasonMarks[k], r.Text)
				}
			}
		}
	}
	fmt.Fprintf(&b, "(%d programs)\n", len(programs))
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	return nil
}

var reasonMarks = map[ReasonKind]string{ReasonExclude: "✗", ReasonConcern: "!", ReasonUnknown: "?", ReasonPlus: "+", ReasonInfo: "·"}

func shareText(s *float64) string {
	if s == nil {
		return "unknown"
	}
	return strconv.Itoa(int(*s*100+0.5)) + "%"
}

// WriteSOAP writes the SOAP answer as "table" (matched rows tiered, each with
// how it was matched, then the unmatched rows with why) or "json".
func WriteSOAP(w io.Writer, res SOAPResult, format string) error {
	switch format {
	case "json":
		if res.Matched == nil {
			res.Matched = []SOAPMatch{}
		}
		if res.Unmatched == nil {
			res.Unmatched = []SOAPUnmatched{}
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if err := enc.Encode(res); err != nil {
			return fmt.Errorf("write json: %w", err)
		}
		return nil
	case "table":
		var b strings.Builder
		fmt.Fprintf(&b, "MATCHED: %d unfilled programs, best first\n", len(res.Matched))
		for _, m := range res.Matched {
			t := m.Program
			fmt.Fprintf(&b, "%-12s %s — %s — %s, %s — IMG share %s — %s\n", t.Tier.Label(), t.Name, t.Specialty, t.City, t.State, shareText(t.IMGShare), t.ProgramID)
			how := "NRMP code " + m.Row.Code
			switch m.By {
			case MatchByID:
				how = "ACGME id " + m.Row.ProgramID
			case MatchByName:
				how = fmt.Sprintf("name and state, confidence %.2f", m.Confidence)
			}
			pos := ""
			if m.Row.Positions > 0 {
				pos = fmt.Sprintf(", %d unfilled", m.Row.Positions)
			}
			fmt.Fprintf(&b, "             line %d matched by %s%s\n", m.Row.Line, how, pos)
			for _, k := range []ReasonKind{ReasonExclude, ReasonConcern, ReasonUnknown, ReasonPlus, ReasonInfo} {
				for _, r := range t.Reasons {
					if r.Kind == k {
						fmt.Fprintf(&b, "             %s %s\n", reasonMarks[k], r.Text)
					}
				}
			}
		}
		fmt.Fprintf(&b, "\nNOT MATCHED: %d rows\n", len(res.Unmatched))
		for _, u := range res.Unmatched {
			var parts []string
			for _, s := range []string{u.Row.Code, u.Row.ProgramID, u.Row.Name, u.Row.State} {
				if s != "" {
					parts = append(parts, s)
				}
			}
			desc := strings.Join(parts, " ")
			fmt.Fprintf(&b, "line %d: %s: %s\n", u.Row.Line, desc, u.Why)
		}
		if _, err := io.WriteString(w, b.String()); err != nil {
			return fmt.Errorf("write table: %w", err)
		}
		return nil
	}
	return fmt.Errorf("unknown format %q (want table or json)", format)
}
