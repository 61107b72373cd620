package warehouse

import (
	"context"
	"crypto/md5"
	"database/sql"
	"database/sql/driver"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"time"

	"github.com/duckdb/duckdb-go/v2"

	"github.com/imgfriendly/imgfriendly"
)

// currentTables hold the latest night only; RunNight empties them in staging
// before loading the new night. History tables (runs, fact_versions, changes,
// night_stats) only grow.
var currentTables = []string{"fetches", "pages", "facts", "residents", "programs"}

// ValueHash is the hash that identifies a fact's value in fact_versions:
// md5 hex of field, Value.String() and condition separated by U+001F. Evidence
// is not part of it: the same value read from a reworded page is no change.
func ValueHash(field imgfriendly.Field, value, condition string) string {
	sum := md5.Sum([]byte(string(field) + "\x1f" + value + "\x1f" + condition))
	return hex.EncodeToString(sum[:])
}

// appendRows bulk-loads n rows into catalog.main.table with DuckDB's
// Appender, checking ctx every few thousand rows. row fills the values of row i.
func appendRows(ctx context.Context, conn *sql.Conn, catalog, table string, n int, row func(i int) []driver.Value) error {
	err := conn.Raw(func(dc any) error {
		a, err := duckdb.NewAppender(dc.(driver.Conn), catalog, "main", table)
		if err != nil {
			return err
		}
		for i := range n {
			if i%4096 == 0 {
				if err := ctx.Err(); err != nil {
					a.Close()
					return err
				}
			}
			if err := a.AppendRow(row(i)...); err != nil {
				a.Close()
				return fmt.Errorf("row %d: %w", i, err)
			}
		}
		return a.Close() // constraint errors surface here
	})
	if err != nil {
		return fmt.Errorf("load %s: %w", table, err)
	}
	return nil
}

// ts returns t in UTC for a TIMESTAMP column, or NULL for the zero time.
func ts(t time.Time) driver.Value {
	if t.IsZero() {
		return nil
	}
	return t.UTC()
}

func str(s string) driver.Value {
	if s == "" {
		return nil
	}
	return s
}

// loadNight empties the current-night tables of the staging warehouse and
// bulk-loads the night into them; programs go to the temp table
// night_programs, with their position in Night.Programs as input_row, and
// are joined with the facts later (programsSQL). night_programs has no key:
// a program id given twice loads, and the gate programs_id_unique reports it.
func loadNight(ctx context.Context, conn *sql.Conn, n Night, facts []imgfriendly.Fact, pages []Page) error {
	for _, t := range currentTables {
		if _, err := conn.ExecContext(ctx, "DELETE FROM "+t); err != nil {
			return fmt.Errorf("empty %s: %w", t, err)
		}
	}
	runID := n.Run.ID
	fs := n.Fetches
	if err := appendRows(ctx, conn, "", "fetches", len(fs), func(i int) []driver.Value {
		f := fs[i]
		return []driver.Value{runID, str(f.ProgramID), f.URL, str(f.FinalURL), str(string(f.Kind)), int32(f.Depth), int32(f.Status),
			str(f.ContentType), str(f.ContentHash), f.Bytes, str(f.ETag), str(f.LastModified), ts(f.FetchedAt),
			int64(f.Duration), int32(f.Attempts), f.NotModified, str(f.Error)}
	}); err != nil {
		return err
	}
	n.at("load")
	if err := appendRows(ctx, conn, "", "pages", len(pages), func(i int) []driver.Value {
		p := pages[i]
		return []driver.Value{runID, str(p.ProgramID), p.URL, str(p.FinalURL), str(string(p.Kind)), str(p.ContentHash), ts(p.FetchedAt), p.NotModified}
	}); err != nil {
		return err
	}
	if err := appendRows(ctx, conn, "", "facts", len(facts), func(i int) []driver.Value {
		f := facts[i]
		v := f.Value.String()
		var b, num, text driver.Value
		if f.Value.Bool != nil {
			b = *f.Value.Bool
		}
		if f.Value.Num != nil {
			num = *f.Value.Num
		}
		if f.Value.Text != nil {
			text = *f.Value.Text
		}
		return []driver.Value{runID, f.ProgramID, string(f.Field), b, num, text, str(f.Condition),
			str(f.Evidence.URL), str(f.Evidence.Text), str(f.Evidence.Selector), ts(f.Evidence.FetchedAt),
			v, ValueHash(f.Field, v, f.Condition), false}
	}); err != nil {
		return err
	}
	// crawl_hosts keeps every night; a re-run of the same night replaces its rows.
	if _, err := conn.ExecContext(ctx, "DELETE FROM crawl_hosts WHERE run_id = ?", runID); err != nil {
		return fmt.Errorf("empty crawl_hosts for %s: %w", runID, err)
	}
	hs := n.CrawlHosts
	if err := appendRows(ctx, conn, "", "crawl_hosts", len(hs), func(i int) []driver.Value {
		h := hs[i]
		status, _ := json.Marshal(h.Status)
		return []driver.Value{runID, h.Host, int32(h.Fetches), int32(h.OK), int32(h.NotModified), int32(h.Failed),
			int32(h.Requests), int32(h.Retries), h.Bytes, int32(h.RobotsBlocked), int32(h.Rejected), string(status),
			float64(h.LatencyP50) / float64(time.Millisecond), float64(h.LatencyP95) / float64(time.Millisecond)}
	}); err != nil {
		return err
	}
	rs := n.Residents
	if err := appendRows(ctx, conn, "", "residents", len(rs), func(i int) []driver.Value {
		r := rs[i]
		var img driver.Value
		if r.IMG != nil {
			img = *r.IMG
		}
		return []driver.Value{runID, str(r.ProgramID), r.Name, str(r.School), str(r.Country), str(r.Year),
			str(r.CanonicalSchool), str(r.SchoolCountry), img, r.SchoolConfidence,
			str(r.Evidence.URL), str(r.Evidence.Text), str(r.Evidence.Selector), ts(r.Evidence.FetchedAt)}
	}); err != nil {
		return err
	}
	if _, err := conn.ExecContext(ctx, `CREATE OR REPLACE TEMP TABLE night_programs AS
SELECT program_id, nrmp_codes, name, specialty, city, state, url, roster_url, pd_name, pd_email,
       coordinator_name, coordinator_email, phone, residents_total, residents_img, residents_unknown,
       img_share, img_share_source, img_share_evidence_url, pages_fetched, NULL::INTEGER AS input_row
FROM programs LIMIT 0`); err != nil {
		return fmt.Errorf("create night_programs: %w", err)
	}
	ps := n.Programs
	return appendRows(ctx, conn, "temp", "night_programs", len(ps), func(i int) []driver.Value {
		p := ps[i]
		codes := p.NRMPCodes
		if codes == nil {
			codes = []string{}
		}
		var share driver.Value
		if p.IMGShare != nil {
			share = *p.IMGShare
		}
		return []driver.Value{p.ID, codes, p.Name, str(p.Specialty), str(p.City), str(p.State), str(p.URL),
			str(p.RosterURL), str(p.PDName), str(p.PDEmail), str(p.CoordinatorName), str(p.CoordinatorEmail), str(p.Phone),
			int32(p.ResidentsTotal), int32(p.ResidentsIMG), int32(p.ResidentsUnknown), share,
			str(p.IMGShareSource), str(p.IMGShareEvidence), int32(p.PagesFetched), int32(i)}
	})
}
