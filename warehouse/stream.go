package warehouse

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/imgfriendly/imgfriendly"
)

// ProgramNight is one program's share of a night, as the pipeline streams
// it into a Load once the program's pages are crawled, extracted and
// reconciled.
type ProgramNight struct {
	// Index is the program's position in the night's seed list: a program
	// id given twice keeps the facts of its first record, as RunNight does.
	Index       int
	Record      imgfriendly.ProgramRecord
	Fetches     []imgfriendly.Fetch // every final fetch of the program
	Pages       []Page              // the fetches that left a body, with their extracted kind
	Residents   []imgfriendly.Resident
	StatedIDs   []imgfriendly.StatedID
	IDConflicts []imgfriendly.IDConflict
	SeedHealth  *imgfriendly.SeedHealth // the verdict on the program's seed URL; nil: none
}

// loadSuffix names a night's load file in staging/: <run_id>.load.duckdb.
const loadSuffix = ".load.duckdb"

// loadFlushRows is how many buffered rows (over all tables) a Load holds
// before it appends them: enough for the Appender to be fast, few enough
// that a night's memory does not grow with its size.
const loadFlushRows = 16 << 10

// Load receives a night's rows program by program while the night runs,
// and keeps them in staging/<run_id>.load.duckdb — never in memory: rows
// are buffered a few thousand at a time and bulk-appended. RunNight then
// stages the loaded night into a copy of the published warehouse inside
// DuckDB (Night.Load). A Load is not safe for concurrent use.
type Load struct {
	path  string
	runID string
	w     *Warehouse
	conn  *sql.Conn

	fetches   []imgfriendly.Fetch
	pages     []Page
	facts     []loadFact
	residents []imgfriendly.Resident
	programs  []loadProgram
	stated    []imgfriendly.StatedID
	conflicts []imgfriendly.IDConflict
	health    []imgfriendly.SeedHealth
	buffered  int
	night     time.Time
	programN  int
	err       error
}

type loadFact struct {
	imgfriendly.Fact
	row int // input_row of the record it came from; -1: given as a fact
}

type loadProgram struct {
	imgfriendly.ProgramRecord
	row int
}

// OpenLoad starts the load of night run (ID and Night are read) in the data
// directory dir, replacing what a killed attempt at the same run left.
// The caller must Close it (keeping the file for RunNight) or Remove it.
func OpenLoad(ctx context.Context, cfg Config, dir string, run imgfriendly.Run) (*Load, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("warehouse config: %w", err)
	}
	if !runIDPattern.MatchString(run.ID) {
		return nil, fmt.Errorf("run id %q: want letters, digits, '.', '_' or '-'", run.ID)
	}
	if err := os.MkdirAll(filepath.Join(dir, StagingDir), 0o755); err != nil {
		return nil, fmt.Errorf("open load: %w", err)
	}
	path := loadPath(dir, run.ID)
	if err := removeLoad(path); err != nil {
		return nil, fmt.Errorf("open load: %w", err)
	}
	w, err := open(ctx, path, false, cfg.load())
	if err != nil {
		return nil, fmt.Errorf("open load: %w", err)
	}
	l := &Load{path: path, runID: run.ID, w: w, night: dateOf(run.Night)}
	fail := func(err error) (*Load, error) {
		l.Remove()
		return nil, fmt.Errorf("open load: %w", err)
	}
	if l.conn, err = w.db.Conn(ctx); err != nil {
		return fail(err)
	}
	for _, q := range []string{
		// The facts of a record carry its position in the seed list, so
		// that a program id given twice keeps its first record's facts.
		`ALTER TABLE facts ADD COLUMN input_row INTEGER`,
		`CREATE TABLE night_programs AS
SELECT program_id, nrmp_codes, name, specialty, city, state, url, roster_url, pd_name, pd_email,
       coordinator_name, coordinator_email, phone, residents_total, residents_img, residents_unknown,
       img_share, img_share_source, img_share_evidence_url, pages_fetched, NULL::INTEGER AS input_row
FROM programs LIMIT 0`,
	} {
		if _, err := l.conn.ExecContext(ctx, q); err != nil {
			return fail(err)
		}
	}
	return l, nil
}

func loadPath(dir, runID string) string { return filepath.Join(dir, StagingDir, runID+loadSuffix) }

func removeLoad(path string) error {
	return errors.Join(os.RemoveAll(path), os.RemoveAll(path+".wal"))
}

// dateOf is t's calendar day at midnight UTC.
func dateOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// Add loads one program's share of the night.
func (l *Load) Add(ctx context.Context, p ProgramNight) error {
	if l.err != nil {
		return l.err
	}
	l.fetches = append(l.fetches, p.Fetches...)
	l.pages = append(l.pages, p.Pages...)
	for _, fk := range imgfriendly.FieldKinds {
		f, ok := p.Record.Facts[fk.Field]
		if !ok {
			continue
		}
		if f.ProgramID == "" {
			f.ProgramID = p.Record.ID
		}
		f.Field = fk.Field
		l.facts = append(l.facts, loadFact{f, p.Index})
	}
	l.residents = append(l.residents, p.Residents...)
	l.programs = append(l.programs, loadProgram{p.Record, p.Index})
	l.stated = append(l.stated, p.StatedIDs...)
	l.conflicts = append(l.conflicts, p.IDConflicts...)
	if p.SeedHealth != nil {
		l.health = append(l.health, *p.SeedHealth)
	}
	l.buffered += len(p.Fetches) + len(p.Pages) + len(p.Record.Facts) + len(p.Residents) + 1 + len(p.StatedIDs) + len(p.IDConflicts)
	l.programN++
	if l.buffered >= loadFlushRows {
		return l.flush(ctx)
	}
	return nil
}

// addNight buffers a night given as whole slices (RunNight without a Load):
// facts as given (row -1), or flattened from the records.
func (l *Load) addNight(ctx context.Context, n Night) error {
	for i := 0; i < len(n.Fetches); i += loadFlushRows {
		l.fetches = append(l.fetches, n.Fetches[i:min(i+loadFlushRows, len(n.Fetches))]...)
		if err := l.flush(ctx); err != nil {
			return err
		}
	}
	l.pages = n.pages()
	if n.Facts != nil {
		for _, f := range n.Facts {
			l.facts = append(l.facts, loadFact{f, -1})
		}
	} else {
		for i, p := range n.Programs {
			for _, fk := range imgfriendly.FieldKinds {
				f, ok := p.Facts[fk.Field]
				if !ok {
					continue
				}
				if f.ProgramID == "" {
					f.ProgramID = p.ID
				}
				f.Field = fk.Field
				l.facts = append(l.facts, loadFact{f, i})
			}
		}
	}
	l.residents = n.Residents
	for i, p := range n.Programs {
		l.programs = append(l.programs, loadProgram{p, i})
	}
	l.stated, l.conflicts, l.health = n.StatedIDs, n.IDConflicts, n.SeedHealth
	err := l.flush(ctx)
	// The buffers above alias the caller's slices: never append to them.
	l.pages, l.residents, l.stated, l.conflicts, l.health = nil, nil, nil, nil, nil
	return err
}

// flush appends the buffered rows.
func (l *Load) flush(ctx context.Context) error {
	if l.err != nil {
		return l.err
	}
	l.err = l.appendBuffered(ctx)
	l.fetches, l.pages, l.facts, l.residents = l.fetches[:0], l.pages[:0], l.facts[:0], l.residents[:0]
	l.programs, l.stated, l.conflicts, l.health = l.programs[:0], l.stated[:0], l.conflicts[:0], l.health[:0]
	l.buffered = 0
	return l.err
}

func (l *Load) appendBuffered(ctx context.Context) error {
	runID, conn := l.runID, l.conn
	fs := l.fetches
	if err := appendRows(ctx, conn, "", "fetches", len(fs), func(i int) []driver.Value {
		f := fs[i]
		return []driver.Value{runID, str(f.ProgramID), f.URL, str(f.FinalURL), str(string(f.Kind)), int32(f.Depth), int32(f.Status),
			str(f.ContentType), str(f.ContentHash), f.Bytes, str(f.ETag), str(f.LastModified), ts(f.FetchedAt),
			int64(f.Duration), int32(f.Attempts), f.NotModified, str(f.Error)}
	}); err != nil {
		return err
	}
	ps := l.pages
	if err := appendRows(ctx, conn, "", "pages", len(ps), func(i int) []driver.Value {
		p := ps[i]
		return []driver.Value{runID, str(p.ProgramID), p.URL, str(p.FinalURL), str(string(p.Kind)), str(p.ContentHash), ts(p.FetchedAt), p.NotModified}
	}); err != nil {
		return err
	}
	facts := l.facts
	if err := appendRows(ctx, conn, "", "facts", len(facts), func(i int) []driver.Value {
		f := facts[i]
		v := f.Value.String()
		var b, num, text, row driver.Value
		if f.Value.Bool != nil {
			b = *f.Value.Bool
		}
		if f.Value.Num != nil {
			num = *f.Value.Num
		}
		if f.Value.Text != nil {
			text = *f.Value.Text
		}
		if f.row >= 0 {
			row = int32(f.row)
		}
		return []driver.Value{runID, f.ProgramID, string(f.Field), b, num, text, str(f.Condition),
			str(f.Evidence.URL), str(f.Evidence.Text), str(f.Evidence.Selector), ts(f.Evidence.FetchedAt),
			v, ValueHash(f.Field, v, f.Condition), false, row}
	}); err != nil {
		return err
	}
	rs := l.residents
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
	progs := l.programs
	if err := appendRows(ctx, conn, "", "night_programs", len(progs), func(i int) []driver.Value {
		p := progs[i]
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
			str(p.IMGShareSource), str(p.IMGShareEvidence), int32(p.PagesFetched), int32(p.row)}
	}); err != nil {
		return err
	}
	ids := l.stated
	if err := appendRows(ctx, conn, "", "stated_ids", len(ids), func(i int) []driver.Value {
		s := ids[i]
		return []driver.Value{runID, s.ProgramID, string(s.Kind), s.Value, str(s.Label), int32(s.Group), str(s.Context),
			s.Evidence.URL, str(s.Evidence.Text), str(s.Evidence.Selector), ts(s.Evidence.FetchedAt)}
	}); err != nil {
		return err
	}
	cs := l.conflicts
	if err := appendRows(ctx, conn, "", "id_conflicts", len(cs), func(i int) []driver.Value {
		c := cs[i]
		return []driver.Value{runID, c.ProgramID, c.Kind, str(c.SeedValue), str(c.PageValue),
			str(c.Evidence.URL), str(c.Evidence.Text), str(c.Evidence.Selector), ts(c.Evidence.FetchedAt)}
	}); err != nil {
		return err
	}
	hs, night := l.health, l.night
	return appendRows(ctx, conn, "", "seed_health", len(hs), func(i int) []driver.Value {
		h := hs[i]
		return []driver.Value{runID, night, h.ProgramID, str(h.URL), str(h.FinalURL), int32(h.Status), h.Outcome,
			str(h.Detail), str(string(h.Kind)), int32(h.FailingNights)}
	})
}

// Programs is how many programs were added.
func (l *Load) Programs() int { return l.programN }

// Close appends what is buffered and closes the load file, which RunNight
// then reads (Night.Load). After an error the file is removed.
func (l *Load) Close(ctx context.Context) error {
	if l.w == nil {
		return l.err
	}
	err := l.flush(ctx)
	if err == nil {
		_, err = l.conn.ExecContext(ctx, "CHECKPOINT")
	}
	l.conn.Close()
	if cerr := l.w.Close(); err == nil {
		err = cerr
	}
	l.w = nil
	if err != nil {
		removeLoad(l.path)
		l.err = fmt.Errorf("load: %w", err)
		return l.err
	}
	return nil
}

// Remove closes the load, if open, and deletes its file: the night is
// abandoned (interrupted, failed, or published).
func (l *Load) Remove() error {
	if l.w != nil {
		if l.conn != nil {
			l.conn.Close()
		}
		l.w.Close()
		l.w = nil
	}
	return removeLoad(l.path)
}

// stageLoad fills the staging warehouse's current-night tables from the
// load file, inside DuckDB: the published night's rows are deleted, the
// load's inserted (by column name), the night's programs put in the temp
// table night_programs for programsSQL. A program id given twice keeps the
// facts of its first record.
func stageLoad(ctx context.Context, conn *sql.Conn, path, runID string, threads, size int) error {
	if _, err := conn.ExecContext(ctx, "ATTACH "+sqlString(path)+" AS night_load (READ_ONLY)"); err != nil {
		return fmt.Errorf("attach load: %w", err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), "DETACH night_load")
	stmts := []string{}
	for _, t := range currentTables {
		stmts = append(stmts, "DELETE FROM "+t)
	}
	stmts = append(stmts,
		"DELETE FROM stated_ids", "DELETE FROM id_conflicts",
		"DELETE FROM seed_health WHERE run_id = "+sqlString(runID),
		"INSERT INTO fetches BY NAME SELECT * FROM night_load.fetches",
		"INSERT INTO pages BY NAME SELECT * FROM night_load.pages",
		`INSERT INTO facts BY NAME
SELECT * EXCLUDE (input_row) FROM night_load.facts
QUALIFY input_row IS NULL OR input_row = min(input_row) OVER (PARTITION BY program_id)`,
		"INSERT INTO stated_ids BY NAME SELECT * FROM night_load.stated_ids",
		"INSERT INTO id_conflicts BY NAME SELECT * FROM night_load.id_conflicts",
		"INSERT INTO seed_health BY NAME SELECT * FROM night_load.seed_health",
		"CREATE OR REPLACE TEMP TABLE night_programs AS SELECT * FROM night_load.night_programs",
	)
	for _, q := range stmts {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("stage the night: %s: %w", firstWords(q), err)
		}
	}
	// The residents go in sorted (the Parquet export's order), in passes
	// over ranges of program ids (one sort of a 50,000-program night's
	// 1.85 million residents did not fit a 96MB memory_limit), on one
	// thread; the ids' range passes, then those without an id.
	passes, err := passRanges(ctx, conn, "night_load.residents", size)
	if err != nil {
		return fmt.Errorf("stage the night: residents: %w", err)
	}
	passes = append(passes, "program_id IS NULL")
	return oneThread(ctx, conn, threads, func() error {
		for _, where := range passes {
			if _, err := conn.ExecContext(ctx, "INSERT INTO residents BY NAME SELECT * FROM night_load.residents WHERE "+where+" ORDER BY "+residentsOrder); err != nil {
				return fmt.Errorf("stage the night: residents: %w", err)
			}
		}
		return nil
	})
}

// residentsOrder is the order of the residents table and its Parquet export.
const residentsOrder = "program_id, name, school"

// firstWords is the start of a statement, for an error message.
func firstWords(q string) string {
	if len(q) > 48 {
		return q[:48] + "…"
	}
	return q
}
