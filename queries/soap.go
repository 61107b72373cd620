package queries

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
)

// Ways a SOAP row was matched to a program.
const (
	MatchByCode  = "nrmp_code"    // the row's NRMP code is one of the program's codes
	MatchByID    = "program_id"   // the row's ACGME program id is the program's id
	MatchByTrack = "nrmp_program" // the row's code shares institution and specialty with the program's: another track
	MatchByName  = "name_state"   // normalised name (and state) with a confidence
)

// SOAPMatch is one unfilled-list row matched to a program and tiered.
type SOAPMatch struct {
	Row        UnfilledRow `json:"row"`
	By         string      `json:"by"`         // MatchByCode, MatchByID, MatchByTrack or MatchByName
	Confidence float64     `json:"confidence"` // 1 for a code, id or track match
	// Track says how the row's NRMP code differs from the program's known
	// codes when it is not one of them ("a preliminary position (P0): a
	// different track of the program known by 1234140C0 (categorical) …");
	// "" when the code matched or the row has none. Tracks differ in what
	// they offer: the program's facts may not all hold for the row's track.
	Track   string `json:"track,omitempty"`
	Program Tiered `json:"program"`
}

// SOAPUnmatched is a row that could not be matched, and why.
type SOAPUnmatched struct {
	Row UnfilledRow `json:"row"`
	Why string      `json:"why"`
}

// SOAPResult is the applicant's SOAP list: matched rows in tier order, then
// the rows that matched no known program.
type SOAPResult struct {
	Matched   []SOAPMatch     `json:"matched"`
	Unmatched []SOAPUnmatched `json:"unmatched"`
}

// SOAP matches the unfilled list to the warehouse's programs — by NRMP code
// first, then by ACGME program id, then by normalised name and state — and tiers the matches for the
// profile. The list never reaches the database: the directory (codes, names,
// states) is read once, all matching happens here in memory, and only the
// matched programs' own warehouse ids are bound, read-only, to tier.sql
// (with a Tiering, not even those: its programs are read already).
// Nothing is written anywhere and nothing is logged. f.Specialties, f.States and f.Tiers
// narrow the matched rows; an empty Specialties keeps every specialty (the
// profile's are not applied: SOAP applicants often widen their search).
func SOAP(ctx context.Context, db *sql.DB, cfg Config, p Profile, f Filter, rows []UnfilledRow) (SOAPResult, error) {
	if f.MatchYear == 0 {
		return SOAPResult{}, fmt.Errorf("soap: filter has no match year")
	}
	idx, err := NewSOAPIndex(ctx, db)
	if err != nil {
		return SOAPResult{}, err
	}
	return SOAPWith(ctx, db, cfg, p, f, rows, idx)
}

// SOAPIndex is the warehouse's program directory indexed for matching
// unfilled lists. It holds no list: make it once per published warehouse
// and share it between any number of SOAPWith calls, at once too.
type SOAPIndex struct {
	m       *matcher
	tiering *Tiering // nil: each list reads its matches for tiering
}

// NewSOAPIndex reads the directory of db's programs and indexes it.
func NewSOAPIndex(ctx context.Context, db *sql.DB) (*SOAPIndex, error) {
	dir, err := directory(ctx, db)
	if err != nil {
		return nil, err
	}
	return &SOAPIndex{m: newMatcher(dir)}, nil
}

// SOAPIndex is the directory index of the tiering's warehouse (db), which
// tiers the matches of every list in memory.
func (tg *Tiering) SOAPIndex(ctx context.Context, db *sql.DB) (*SOAPIndex, error) {
	idx, err := NewSOAPIndex(ctx, db)
	if err != nil {
		return nil, err
	}
	idx.tiering = tg
	return idx, nil
}

// SOAPWith is SOAP with the directory index made already (NewSOAPIndex on
// the same db), as a server keeps it per night.
func SOAPWith(ctx context.Context, db *sql.DB, cfg Config, p Profile, f Filter, rows []UnfilledRow, idx *SOAPIndex) (SOAPResult, error) {
	if f.MatchYear == 0 {
		return SOAPResult{}, fmt.Errorf("soap: filter has no match year")
	}
	if err := f.checkStates(); err != nil {
		return SOAPResult{}, err
	}
	var known []string
	switch {
	case idx.tiering != nil:
		known = idx.tiering.specialties
	case len(f.Specialties) > 0:
		var err error
		if known, err = Specialties(ctx, db); err != nil {
			return SOAPResult{}, err
		}
	}
	keepSpec, err := canonicalSpecialties(known, f.Specialties)
	if err != nil {
		return SOAPResult{}, err
	}
	m := idx.m.session()
	dir := m.programs
	var res SOAPResult
	type hit struct {
		row   UnfilledRow
		by    string
		conf  float64
		track string
	}
	hits := map[string][]hit{} // program id → rows (a list may name a program twice)
	var ids []string
	for _, row := range rows {
		i, by, conf, why := m.match(cfg, row)
		if i < 0 {
			res.Unmatched = append(res.Unmatched, SOAPUnmatched{Row: row, Why: why})
			continue
		}
		id := dir[i].ProgramID
		if _, ok := hits[id]; !ok {
			ids = append(ids, id)
		}
		track := ""
		if by != MatchByCode && row.Code != "" {
			track = trackNote(row.Code, dir[i].NRMPCodes)
		}
		hits[id] = append(hits[id], hit{row, by, conf, track})
	}
	if len(ids) == 0 {
		return res, nil
	}
	// Only warehouse program ids reach the database, as a bound parameter of a
	// read-only query; the list's own text never does.
	var tiered []Tiered
	if idx.tiering != nil {
		tiered, err = idx.tiering.tier(ctx, db, cfg, p, f.MatchYear, ids, nil, true)
	} else {
		tiered, err = tierQuery(ctx, db, cfg, p, f.MatchYear, ids, nil)
	}
	if err != nil {
		return SOAPResult{}, err
	}
	for _, t := range tiered { // the tiered order: best first
		if !keep(f, &t, keepSpec) {
			continue
		}
		hs := hits[t.ProgramID]
		slices.SortFunc(hs, func(a, b hit) int { return cmp.Compare(a.row.Line, b.row.Line) })
		for _, h := range hs {
			res.Matched = append(res.Matched, SOAPMatch{Row: h.row, By: h.by, Confidence: h.conf, Track: h.track, Program: t})
		}
	}
	return res, nil
}

// directory reads what matching needs of every program: id, codes, name,
// specialty, city and state.
func directory(ctx context.Context, db *sql.DB) ([]Tiered, error) {
	rows, err := db.QueryContext(ctx, `SELECT program_id, coalesce(array_to_string(nrmp_codes, ';'), ''),
		coalesce(name, ''), coalesce(specialty, ''), coalesce(city, ''), coalesce(state, '') FROM programs ORDER BY program_id`)
	if err != nil {
		return nil, fmt.Errorf("read programs: %w", err)
	}
	defer rows.Close()
	var out []Tiered
	for rows.Next() {
		var t Tiered
		var codes string
		if err := rows.Scan(&t.ProgramID, &codes, &t.Name, &t.Specialty, &t.City, &t.State); err != nil {
			return nil, fmt.Errorf("read programs: %w", err)
		}
		if codes != "" {
			t.NRMPCodes = strings.Split(codes, ";")
		}
		out = append(out, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read programs: %w", err)
	}
	return out, nil
}

// matcher indexes programs by NRMP code and by name token, per state.
type matcher struct {
	programs []Tiered
	byCode   map[string]int
	byID     map[string]int
	byProg   map[string][]int   // institution + specialty (a code's first 7 characters) → programs
	tokens   [][]string         // normalised name+specialty+city tokens per program
	weights  [][]float64        // their weights
	totals   []float64          // sum of weights per program
	postings map[string][]int32 // token → programs
	byState  map[string][]int32 // state + "\x00" + token → programs
	idf      map[string]float64
	stamp    []int32 // candidate de-duplication, one stamp per row
	round    int32
}

// session is the matcher for one list: it shares the index, read-only,
// and has candidate stamps of its own.
func (m *matcher) session() *matcher {
	c := *m
	c.stamp, c.round = make([]int32, len(m.programs)), 0
	return &c
}

// commonShare: tokens found in more programs than this share of the
// directory do not propose candidates on their own (they still score).
const commonShare = 0.05

func newMatcher(programs []Tiered) *matcher {
	m := &matcher{programs: programs, byCode: map[string]int{}, byID: map[string]int{}, byProg: map[string][]int{}, postings: map[string][]int32{},
		byState: map[string][]int32{}, idf: map[string]float64{}, stamp: make([]int32, len(programs))}
	m.tokens = make([][]string, len(programs))
	for i, t := range programs {
		m.byID[t.ProgramID] = i
		for _, c := range t.NRMPCodes {
			c = strings.ToUpper(c)
			m.byCode[c] = i
			if len(c) >= 7 && !slices.Contains(m.byProg[c[:7]], i) {
				m.byProg[c[:7]] = append(m.byProg[c[:7]], i)
			}
		}
		toks := nameTokens(t.Name + " " + t.Specialty + " " + t.City)
		m.tokens[i] = toks
		st := strings.ToUpper(t.State)
		for _, tok := range toks {
			m.postings[tok] = append(m.postings[tok], int32(i))
			m.byState[st+"\x00"+tok] = append(m.byState[st+"\x00"+tok], int32(i))
		}
	}
	n := float64(len(programs)) + 1
	for tok, ps := range m.postings {
		m.idf[tok] = math.Log(n / float64(len(ps)))
	}
	m.weights = make([][]float64, len(programs))
	m.totals = make([]float64, len(programs))
	for i, toks := range m.tokens {
		m.weights[i] = make([]float64, len(toks))
		for j, tok := range toks {
			m.weights[i][j] = m.weight(tok)
			m.totals[i] += m.weights[i][j]
		}
	}
	return m
}

func (m *matcher) weight(tok string) float64 {
	if w, ok := m.idf[tok]; ok {
		return max(w, 0.05)
	}
	return math.Log(float64(len(m.programs)) + 1) // a word no program has: as rare as can be
}

// match returns the program index (or -1 and why), how, and the confidence.
func (m *matcher) match(cfg Config, row UnfilledRow) (int, string, float64, string) {
	if row.Code != "" {
		if i, ok := m.byCode[row.Code]; ok {
			return i, MatchByCode, 1, ""
		}
	}
	if row.ProgramID != "" {
		if i, ok := m.byID[row.ProgramID]; ok {
			return i, MatchByID, 1, ""
		}
	}
	if i := m.sameProgram(row.Code); i >= 0 {
		return i, MatchByTrack, 1, ""
	}
	prefix := ""
	if row.Code != "" {
		prefix = "NRMP code " + row.Code + " is not in the warehouse; "
	}
	if row.ProgramID != "" {
		prefix += "ACGME id " + row.ProgramID + " is not in the warehouse; "
	}
	if row.Name == "" {
		return -1, "", 0, prefix + "no program name to match by"
	}
	rowToks := nameTokens(row.Name + " " + row.Specialty + " " + row.City)
	if len(rowToks) == 0 {
		return -1, "", 0, prefix + "the name has no words to match by"
	}
	var rowW float64
	for _, t := range rowToks {
		rowW += m.weight(t)
	}
	state := strings.ToUpper(strings.TrimSpace(row.State))
	postings := func(tok string) []int32 {
		if state != "" {
			return m.byState[state+"\x00"+tok]
		}
		return m.postings[tok]
	}
	// Candidates come from the row's distinctive words; only when it has none
	// do common words ("medical", "center") propose candidates.
	var propose []string
	limit := int(commonShare*float64(len(m.programs))) + 1
	for _, tok := range rowToks {
		if len(m.postings[tok]) <= limit {
			propose = append(propose, tok)
		}
	}
	if len(propose) == 0 {
		propose = rowToks
	}
	m.round++
	// The best program by confidence; a rival is another program that covers
	// the row's words about as well: then the row does not say which it is.
	best, rival := -1, -1
	var bestConf, bestCont, rivalCont float64
	for _, tok := range propose {
		for _, i32 := range postings(tok) {
			if m.stamp[i32] == m.round {
				continue
			}
			m.stamp[i32] = m.round
			i := int(i32)
			conf, cont := m.similarity(rowToks, rowW, i)
			if conf > bestConf {
				if best >= 0 && bestCont > rivalCont {
					rival, rivalCont = best, bestCont
				}
				best, bestConf, bestCont = i, conf, cont
			} else if cont > rivalCont {
				rival, rivalCont = i, cont
			}
		}
	}
	where := ""
	if state != "" {
		where = " in " + state
	}
	switch {
	case best < 0:
		return -1, "", 0, prefix + "no program" + where + " shares a distinctive word with the name"
	case bestConf < cfg.NameMatchMin:
		return -1, "", 0, fmt.Sprintf("%sclosest program%s is %q at confidence %.2f, below %.2f",
			prefix, where, m.programs[best].Name, bestConf, cfg.NameMatchMin)
	case rival >= 0 && bestCont-rivalCont < cfg.NameMatchMargin:
		return -1, "", 0, fmt.Sprintf("%sambiguous: %q and %q%s both fit the name",
			prefix, m.programs[best].Name, m.programs[rival].Name, where)
	}
	if state == "" {
		bestConf *= 0.9 // no state to confirm the name
		if bestConf < cfg.NameMatchMin {
			return -1, "", 0, fmt.Sprintf("%sclosest program is %q at confidence %.2f (no state given), below %.2f",
				prefix, m.programs[best].Name, bestConf, cfg.NameMatchMin)
		}
	}
	return best, MatchByName, math.Round(bestConf*100) / 100, ""
}

// sameProgram returns the program whose codes share code's institution and
// specialty (another track or position type of one program), or -1. When
// several programs share them, the one with a code of the same type letter
// (C, P, A, R, M) is taken if it is the only one; otherwise -1.
func (m *matcher) sameProgram(code string) int {
	if len(code) < 9 {
		return -1
	}
	cands := m.byProg[code[:7]]
	if len(cands) == 1 {
		return cands[0]
	}
	found := -1
	for _, i := range cands {
		if slices.ContainsFunc(m.programs[i].NRMPCodes, func(c string) bool { return len(c) >= 8 && strings.EqualFold(c[7:8], code[7:8]) }) {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}

// trackTypes name NRMP program types by their code letter.
var trackTypes = map[byte]struct{ name, offers string }{
	'C': {"categorical", "the full residency"},
	'P': {"preliminary", "one year, not a full residency"},
	'A': {"advanced", "starts in the second year (PGY-2), after a separate preliminary year"},
	'R': {"reserved", "a physician position starting in the second year"},
	'M': {"primary care", "a primary care track"},
}

// trackName is "categorical" for 1234140C0, or the letter when unknown.
func trackName(code string) string {
	if len(code) >= 8 {
		if t, ok := trackTypes[code[7]]; ok {
			return t.name
		}
		return code[7:8]
	}
	return "unknown type"
}

// trackNote says how a row's NRMP code relates to the codes of the program
// it was matched to by another way (id, institution and specialty, name).
func trackNote(code string, known []string) string {
	code = strings.ToUpper(code)
	var same []string
	for _, c := range known {
		if len(c) >= 7 && len(code) >= 9 && strings.EqualFold(c[:7], code[:7]) {
			same = append(same, fmt.Sprintf("%s (%s)", c, trackName(c)))
		}
	}
	if len(same) == 0 {
		if len(known) == 0 {
			return "the warehouse knows no NRMP code of this program: check that " + code + " is this program"
		}
		return "its NRMP code " + code + " is not among this program's (" + strings.Join(known, ", ") + "): check that it is the same program"
	}
	kind := trackName(code)
	article := "a"
	if strings.ContainsRune("aeiou", rune(kind[0])) {
		article = "an"
	}
	note := fmt.Sprintf("%s %s position (%s)", article, kind, code[7:])
	if t, ok := trackTypes[code[7]]; ok {
		note += ": " + t.offers
	}
	sameType := slices.ContainsFunc(known, func(c string) bool { return len(c) >= 8 && c[:7] == code[:7] && c[7] == code[7] })
	if sameType {
		note = fmt.Sprintf("another %s track (%s)", kind, code[7:])
	}
	return note + "; a different track of the program the warehouse knows by " + strings.Join(same, " and ") +
		": its facts are the program's and may not all hold for this track"
}

// similarity blends how much of the row's name program i covers
// (containment, returned too) with the weighted Dice coefficient of the two
// token sets; rare words weigh more.
func (m *matcher) similarity(rowToks []string, rowW float64, i int) (conf, containment float64) {
	var common float64
	for j, t := range m.tokens[i] {
		if slices.Contains(rowToks, t) {
			common += m.weights[i][j]
		}
	}
	if rowW == 0 || m.totals[i] == 0 {
		return 0, 0
	}
	containment = common / rowW
	return 0.7*containment + 0.3*(2*common/(rowW+m.totals[i])), containment
}

// nameAbbrevs expand the abbreviations program names are written with.
var nameAbbrevs = map[string]string{
	"st": "saint", "ste": "saint", "mt": "mount", "ft": "fort", "univ": "university", "u": "university",
	"ctr": "center", "cntr": "center", "centre": "center", "med": "medical", "hosp": "hospital",
	"hlth": "health", "sch": "school", "coll": "college", "inst": "institute", "mem": "memorial",
	"reg": "regional", "comm": "community", "sys": "system", "im": "internal", "fm": "family",
	"peds": "pediatrics", "paediatrics": "pediatrics", "ob": "obstetrics", "gyn": "gynecology",
	"orthopedic": "orthopaedic", "psych": "psychiatry", "gen": "general", "surg": "surgery",
}

// nameStopwords carry no identity: "Mercy Hospital Program" is "Mercy".
var nameStopwords = map[string]bool{
	"the": true, "of": true, "at": true, "and": true, "in": true, "for": true, "a": true, "an": true,
	"program": true, "programs": true, "residency": true, "hospital": true, "hospitals": true,
	"inc": true, "llc": true, "categorical": true, "preliminary": true, "prelim": true, "track": true,
	"medicine": true,
}

// nameTokens lower-cases, strips punctuation, expands abbreviations, drops
// stop words and de-duplicates.
func nameTokens(s string) []string {
	s = strings.ReplaceAll(strings.ToLower(s), "&", " and ")
	s = strings.ReplaceAll(s, "'", "")
	s = strings.ReplaceAll(s, "’", "")
	fields := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	var out []string
	for _, f := range fields {
		if x, ok := nameAbbrevs[f]; ok {
			f = x
		}
		if nameStopwords[f] || slices.Contains(out, f) {
			continue
		}
		out = append(out, f)
	}
	return out
}
