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

// Row flattens a tiered program, its reasons rendered in the given mode.
func (t Tiered) Row(mode EvidenceMode) ProgramRow {
	c := cite(t, mode)
	return ProgramRow{
		Tier: t.Tier.Label(), ProgramID: t.ProgramID, Name: t.Name, Specialty: t.Specialty, City: t.City,
		State: t.State, IMGShare: t.IMGShare, Visa: visaText(t), YOG: yogText(t),
		Reasons: strings.Join(c.lines, "\n"), EvidenceURLs: strings.Join(c.pages, "\n"),
		URL: t.URL, NRMPCodes: strings.Join(t.NRMPCodes, ";"), PDName: t.PDName, PDEmail: t.PDEmail,
		CoordinatorName: t.CoordinatorName, CoordinatorEmail: t.CoordinatorEmail, Phone: t.Phone,
	}
}

var csvHeader = []string{"tier", "program_id", "name", "specialty", "city", "state", "img_share", "visa", "yog",
	"reasons", "evidence_urls", "url", "nrmp_codes", "pd_name", "pd_email", "coordinator_name", "coordinator_email", "phone"}

// WritePrograms writes the tiered list as "table" (for a terminal: the tier
// counts and a legend, then per program its tier, place, IMG share and
// reasons), "csv", "json" (the full Tiered values: every reason with its
// text, URL and sentence) or "parquet" (ProgramRow, zstd). r says how reasons
// show their evidence and how wide a table may be.
func WritePrograms(w io.Writer, programs []Tiered, format string, r Render) error {
	switch format {
	case "table":
		return writeTable(w, programs, r)
	case "csv":
		cw := csv.NewWriter(w)
		_ = cw.Write(csvHeader)
		for _, t := range programs {
			row := t.Row(r.mode())
			share := ""
			if row.IMGShare != nil {
				share = strconv.FormatFloat(*row.IMGShare, 'f', -1, 64)
			}
			_ = cw.Write([]string{row.Tier, row.ProgramID, row.Name, row.Specialty, row.City, row.State, share, row.Visa, row.YOG,
				row.Reasons, row.EvidenceURLs, row.URL, row.NRMPCodes, row.PDName, row.PDEmail, row.CoordinatorName, row.CoordinatorEmail, row.Phone})
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
			rows[i] = t.Row(r.mode())
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

// writeTable prints the tier counts and the legend of the marks, then one
// block per program: a summary line, its reasons marked ✗ exclude, ! concern,
// ? unknown, + plus, · info, and in text mode the pages they cite.
func writeTable(w io.Writer, programs []Tiered, r Render) error {
	var b strings.Builder
	b.WriteString(tierCounts(programs) + "\n" + legend + "\n\n")
	for _, t := range programs {
		writeBlock(&b, t, r, "")
	}
	fmt.Fprintf(&b, "(%s)\n", plural(len(programs), "program"))
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	return nil
}

// reasonIndent lines reasons up under the program's name.
const reasonIndent = "             "

// writeBlock writes one program: its summary line, then note (how a SOAP row
// was matched, if any), its reasons and, in text mode, its pages.
func writeBlock(b *strings.Builder, t Tiered, r Render, note string) {
	wrap(b, fmt.Sprintf("%-12s ", t.Tier.Label()), fmt.Sprintf("%s — %s — %s, %s — IMG share %s — %s",
		t.Name, t.Specialty, t.City, t.State, shareText(t.IMGShare), t.ProgramID), r.Width)
	if note != "" {
		wrap(b, reasonIndent, note, r.Width)
	}
	c := cite(t, r.mode())
	for i, reason := range c.reasons {
		wrap(b, reasonIndent+reasonMarks[reason.Kind]+" ", c.lines[i], r.Width)
	}
	if r.mode() == EvidenceText {
		for _, p := range c.pages {
			wrap(b, reasonIndent+"  ", p, r.Width)
		}
	}
}

var reasonMarks = map[ReasonKind]string{ReasonExclude: "✗", ReasonConcern: "!", ReasonUnknown: "?", ReasonPlus: "+", ReasonInfo: "·"}

func shareText(s *float64) string {
	if s == nil {
		return "unknown"
	}
	return strconv.Itoa(int(*s*100+0.5)) + "%"
}

// WriteSOAP writes the SOAP answer as "table" (the matched rows' tier counts
// and the legend, the matched rows tiered, each with how it was matched, then
// the unmatched rows with why) or "json".
func WriteSOAP(w io.Writer, res SOAPResult, format string, r Render) error {
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
		fmt.Fprintf(&b, "MATCHED: %s, best first\n", plural(len(res.Matched), "unfilled program"))
		progs := make([]Tiered, len(res.Matched))
		for i, m := range res.Matched {
			progs[i] = m.Program
		}
		b.WriteString(tierCounts(progs) + "\n" + legend + "\n")
		for _, m := range res.Matched {
			how := "NRMP code " + m.Row.Code
			switch m.By {
			case MatchByID:
				how = "ACGME id " + m.Row.ProgramID
			case MatchByTrack:
				how = fmt.Sprintf("NRMP code %s's institution and specialty (%s-%s)", m.Row.Code, m.Row.Code[:4], m.Row.Code[4:7])
			case MatchByName:
				how = fmt.Sprintf("name and state, confidence %.2f", m.Confidence)
			}
			pos := ""
			if m.Row.Positions > 0 {
				pos = fmt.Sprintf(", %d unfilled", m.Row.Positions)
			}
			note := fmt.Sprintf("line %d matched by %s%s", m.Row.Line, how, pos)
			if m.Track != "" {
				note += " — " + m.Track
			}
			writeBlock(&b, m.Program, r, note)
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
