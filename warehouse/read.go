package warehouse

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/imgfriendly/imgfriendly"
)

// Change is one row of the changes table: a program fact that appeared,
// changed or disappeared on a night, with the evidence on both sides.
type Change struct {
	Night     time.Time         `json:"night"`
	RunID     string            `json:"run_id"`
	ProgramID string            `json:"program_id"`
	Field     imgfriendly.Field `json:"field"`
	Change    string            `json:"change"`           // added, changed, removed
	Reason    string            `json:"reason,omitempty"` // value, condition (changed); not_stated, unreachable (removed)
	Old       *ChangeSide       `json:"old,omitempty"`    // nil for added
	New       *ChangeSide       `json:"new,omitempty"`    // nil for removed
}

// ChangeSide is a fact value and its evidence on one side of a Change.
type ChangeSide struct {
	Value     string               `json:"value"` // imgfriendly.Value.String()
	Condition string               `json:"condition,omitempty"`
	Evidence  imgfriendly.Evidence `json:"evidence"`
	ValidFrom time.Time            `json:"valid_from,omitzero"` // old side: when that version began
}

// Change kinds.
const (
	ChangeAdded   = "added"
	ChangeChanged = "changed"
	ChangeRemoved = "removed"
)

// Changes lists the changes published on nights on or after since (the zero
// time: all), for one program or all (programID ""), by night, program and field.
func (w *Warehouse) Changes(ctx context.Context, since time.Time, programID string) ([]Change, error) {
	q := `SELECT night, run_id, program_id, field, change, reason,
       old_value, old_condition, old_evidence_url, old_evidence_text, old_fetched_at, old_valid_from,
       new_value, new_condition, new_evidence_url, new_evidence_text, new_fetched_at
FROM changes WHERE night >= ?`
	args := []any{since.UTC().Truncate(24 * time.Hour)}
	if since.IsZero() {
		args[0] = time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if programID != "" {
		q += ` AND program_id = ?`
		args = append(args, programID)
	}
	q += ` ORDER BY night, program_id, field`
	rows, err := w.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("changes: %w", err)
	}
	defer rows.Close()
	var out []Change
	for rows.Next() {
		var c Change
		var field string
		var reason, oV, oC, oU, oT, nV, nC, nU, nT sql.NullString
		var oF, oFrom, nF sql.NullTime
		if err := rows.Scan(&c.Night, &c.RunID, &c.ProgramID, &field, &c.Change, &reason,
			&oV, &oC, &oU, &oT, &oF, &oFrom, &nV, &nC, &nU, &nT, &nF); err != nil {
			return nil, fmt.Errorf("changes: %w", err)
		}
		c.Field = imgfriendly.Field(field)
		c.Reason = reason.String
		if c.Change != ChangeAdded {
			c.Old = &ChangeSide{Value: oV.String, Condition: oC.String,
				Evidence:  imgfriendly.Evidence{URL: oU.String, Text: oT.String, FetchedAt: oF.Time},
				ValidFrom: oFrom.Time}
		}
		if c.Change != ChangeRemoved {
			c.New = &ChangeSide{Value: nV.String, Condition: nC.String,
				Evidence: imgfriendly.Evidence{URL: nU.String, Text: nT.String, FetchedAt: nF.Time}}
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

const fetchColumns = `program_id, url, final_url, kind, depth, status, content_type, content_hash, bytes,
       etag, last_modified, fetched_at, duration_ns, attempts, not_modified, error, run_id`

// Fetches returns the published night's fetch log, in URL order.
func (w *Warehouse) Fetches(ctx context.Context) ([]imgfriendly.Fetch, error) {
	rows, err := w.db.QueryContext(ctx, `SELECT `+fetchColumns+` FROM fetches ORDER BY url, fetched_at`)
	if err != nil {
		return nil, fmt.Errorf("fetches: %w", err)
	}
	defer rows.Close()
	var out []imgfriendly.Fetch
	for rows.Next() {
		var f imgfriendly.Fetch
		var pid, final, kind, ctype, hash, etag, lm, ferr sql.NullString
		var depth, status, attempts sql.NullInt32
		var size, dur sql.NullInt64
		var at sql.NullTime
		var nm sql.NullBool
		if err := rows.Scan(&pid, &f.URL, &final, &kind, &depth, &status, &ctype, &hash, &size,
			&etag, &lm, &at, &dur, &attempts, &nm, &ferr, &f.RunID); err != nil {
			return nil, fmt.Errorf("fetches: %w", err)
		}
		f.ProgramID, f.FinalURL, f.Kind = pid.String, final.String, imgfriendly.PageKind(kind.String)
		f.Depth, f.Status, f.Attempts = int(depth.Int32), int(status.Int32), int(attempts.Int32)
		f.ContentType, f.ContentHash, f.ETag, f.LastModified, f.Error = ctype.String, hash.String, etag.String, lm.String, ferr.String
		f.Bytes, f.Duration, f.NotModified = size.Int64, time.Duration(dur.Int64), nm.Bool
		if at.Valid {
			f.FetchedAt = at.Time.UTC()
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// LastFetches returns, keyed by URL, the published night's fetches that
// can back the crawler's conditional GETs: a URL's latest fetch, when it
// left a body (content hash, no error) and has a validator (ETag or
// Last-Modified), with only what a conditional GET reads (URL, final URL,
// content type and hash, ETag, Last-Modified). The rows stream from DuckDB
// into the map: read whole as every fetch's every field, then keyed, a
// 50,000-program night's 224,000 fetches took ~200 MB of heap at the start
// of the night and half of it through the crawl.
func (w *Warehouse) LastFetches(ctx context.Context) (map[string]imgfriendly.Fetch, error) {
	rows, err := w.db.QueryContext(ctx, `SELECT url, final_url, content_type, content_hash, etag, last_modified FROM (
    SELECT * FROM fetches QUALIFY row_number() OVER (PARTITION BY url ORDER BY fetched_at DESC) = 1)
WHERE content_hash IS NOT NULL AND content_hash <> '' AND coalesce(error, '') = ''
  AND (coalesce(etag, '') <> '' OR coalesce(last_modified, '') <> '')`)
	if err != nil {
		return nil, fmt.Errorf("last fetches: %w", err)
	}
	defer rows.Close()
	m := map[string]imgfriendly.Fetch{}
	types := map[string]string{} // a night has a few content types: one string each
	for rows.Next() {
		var f imgfriendly.Fetch
		var final, ctype, etag, lm sql.NullString
		if err := rows.Scan(&f.URL, &final, &ctype, &f.ContentHash, &etag, &lm); err != nil {
			return nil, fmt.Errorf("last fetches: %w", err)
		}
		if final.String != f.URL { // the crawler reads "" as no redirect
			f.FinalURL = final.String
		}
		if f.ContentType = types[ctype.String]; f.ContentType == "" {
			f.ContentType = strings.Clone(ctype.String)
			types[f.ContentType] = f.ContentType
		}
		f.ETag, f.LastModified = etag.String, lm.String
		m[f.URL] = f
	}
	return m, rows.Err()
}

// Residents returns the published night's residents, by program and name.
func (w *Warehouse) Residents(ctx context.Context) ([]imgfriendly.Resident, error) {
	rows, err := w.db.QueryContext(ctx, `SELECT program_id, name, school, country, year, canonical_school,
       school_country, img, school_confidence, evidence_url, evidence_text, evidence_selector, fetched_at
FROM residents ORDER BY program_id, name, school`)
	if err != nil {
		return nil, fmt.Errorf("residents: %w", err)
	}
	defer rows.Close()
	var out []imgfriendly.Resident
	for rows.Next() {
		var r imgfriendly.Resident
		var pid, name, school, country, year, canon, sc, u, t, sel sql.NullString
		var img sql.NullBool
		var conf sql.NullFloat64
		var at sql.NullTime
		if err := rows.Scan(&pid, &name, &school, &country, &year, &canon, &sc, &img, &conf, &u, &t, &sel, &at); err != nil {
			return nil, fmt.Errorf("residents: %w", err)
		}
		r.ProgramID, r.Name, r.School, r.Country, r.Year = pid.String, name.String, school.String, country.String, year.String
		r.CanonicalSchool, r.SchoolCountry, r.SchoolConfidence = canon.String, sc.String, conf.Float64
		if img.Valid {
			b := img.Bool
			r.IMG = &b
		}
		r.Evidence = imgfriendly.Evidence{URL: u.String, Text: t.String, Selector: sel.String}
		if at.Valid {
			r.Evidence.FetchedAt = at.Time.UTC()
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Programs returns the published night's programs with their facts
// (including facts carried over from a night whose page was unreachable),
// by program_id.
func (w *Warehouse) Programs(ctx context.Context) ([]imgfriendly.ProgramRecord, error) {
	rows, err := w.db.QueryContext(ctx, `SELECT program_id, nrmp_codes, name, specialty, city, state, url, roster_url,
       pd_name, pd_email, coordinator_name, coordinator_email, phone, residents_total, residents_img,
       residents_unknown, img_share, img_share_source, img_share_evidence_url, pages_fetched
FROM programs ORDER BY program_id`)
	if err != nil {
		return nil, fmt.Errorf("programs: %w", err)
	}
	var out []imgfriendly.ProgramRecord
	index := map[string]int{}
	for rows.Next() {
		var p imgfriendly.ProgramRecord
		var codes []any
		var s [17]sql.NullString
		var total, img, unknown, pages sql.NullInt32
		var share sql.NullFloat64
		if err := rows.Scan(&p.ID, &codes, &s[0], &s[1], &s[2], &s[3], &s[4], &s[5], &s[6], &s[7], &s[8], &s[9], &s[10],
			&total, &img, &unknown, &share, &s[11], &s[12], &pages); err != nil {
			rows.Close()
			return nil, fmt.Errorf("programs: %w", err)
		}
		for _, c := range codes {
			if c, ok := c.(string); ok {
				p.NRMPCodes = append(p.NRMPCodes, c)
			}
		}
		p.Name, p.Specialty, p.City, p.State, p.URL, p.RosterURL = s[0].String, s[1].String, s[2].String, s[3].String, s[4].String, s[5].String
		p.PDName, p.PDEmail, p.CoordinatorName, p.CoordinatorEmail, p.Phone = s[6].String, s[7].String, s[8].String, s[9].String, s[10].String
		p.ResidentsTotal, p.ResidentsIMG, p.ResidentsUnknown, p.PagesFetched = int(total.Int32), int(img.Int32), int(unknown.Int32), int(pages.Int32)
		if share.Valid {
			v := share.Float64
			p.IMGShare = &v
		}
		p.IMGShareSource, p.IMGShareEvidence = s[11].String, s[12].String
		p.Facts = map[imgfriendly.Field]imgfriendly.Fact{}
		index[p.ID] = len(out)
		out = append(out, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("programs: %w", err)
	}
	facts, err := w.facts(ctx)
	if err != nil {
		return nil, err
	}
	for _, f := range facts {
		if i, ok := index[f.ProgramID]; ok {
			out[i].Facts[f.Field] = f
		}
	}
	return out, nil
}

func (w *Warehouse) facts(ctx context.Context) ([]imgfriendly.Fact, error) {
	rows, err := w.db.QueryContext(ctx, `SELECT program_id, field, value_bool, value_num, value_text, condition,
       evidence_url, evidence_text, evidence_selector, fetched_at FROM facts ORDER BY program_id, field`)
	if err != nil {
		return nil, fmt.Errorf("facts: %w", err)
	}
	defer rows.Close()
	var out []imgfriendly.Fact
	for rows.Next() {
		f, err := scanFact(rows)
		if err != nil {
			return nil, fmt.Errorf("facts: %w", err)
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// FactsAsOf returns the program facts as published on date d, from history:
// the versions with valid_from ≤ d < valid_to. programID "" means all programs.
func (w *Warehouse) FactsAsOf(ctx context.Context, d time.Time, programID string) ([]imgfriendly.Fact, error) {
	q := `SELECT program_id, field, value_bool, value_num, value_text, condition,
       evidence_url, evidence_text, evidence_selector, fetched_at FROM fact_versions
WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)`
	day := time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
	args := []any{day, day}
	if programID != "" {
		q += ` AND program_id = ?`
		args = append(args, programID)
	}
	rows, err := w.db.QueryContext(ctx, q+` ORDER BY program_id, field`, args...)
	if err != nil {
		return nil, fmt.Errorf("facts as of %s: %w", day.Format(time.DateOnly), err)
	}
	defer rows.Close()
	var out []imgfriendly.Fact
	for rows.Next() {
		f, err := scanFact(rows)
		if err != nil {
			return nil, fmt.Errorf("facts as of: %w", err)
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// scanFact scans program_id, field, value_bool, value_num, value_text,
// condition, evidence_url, evidence_text, evidence_selector, fetched_at.
func scanFact(rows *sql.Rows) (imgfriendly.Fact, error) {
	var f imgfriendly.Fact
	var field string
	var b sql.NullBool
	var num sql.NullFloat64
	var text, cond, u, t, sel sql.NullString
	var at sql.NullTime
	if err := rows.Scan(&f.ProgramID, &field, &b, &num, &text, &cond, &u, &t, &sel, &at); err != nil {
		return f, err
	}
	f.Field = imgfriendly.Field(field)
	switch {
	case b.Valid:
		f.Value = imgfriendly.BoolValue(b.Bool)
	case num.Valid:
		f.Value = imgfriendly.NumValue(num.Float64)
	case text.Valid:
		f.Value = imgfriendly.TextValue(text.String)
	}
	f.Condition = cond.String
	f.Evidence = imgfriendly.Evidence{URL: u.String, Text: t.String, Selector: sel.String}
	if at.Valid {
		f.Evidence.FetchedAt = at.Time.UTC()
	}
	return f, nil
}
