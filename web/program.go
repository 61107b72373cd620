package web

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/queries"
)

// fieldInfo is how a fact field reads on a page.
type fieldInfo struct {
	Label string
	True  string // for a bool field
	False string
	Unit  string // for a number field: " years", " months"
}

// fields label every known fact field; a field added later is shown with its
// name and raw value until it gets a row here.
var fields = map[imgfriendly.Field]fieldInfo{
	imgfriendly.FieldVisaJ1:              {Label: "J-1 visa (ECFMG-sponsored)", True: "accepted", False: "not accepted"},
	imgfriendly.FieldVisaH1B:             {Label: "H-1B visa", True: "sponsored", False: "not sponsored"},
	imgfriendly.FieldYOGMaxYears:         {Label: "YOG limit (hard)", Unit: " years since graduation, at most"},
	imgfriendly.FieldYOGPreferredMax:     {Label: "YOG preference (soft)", Unit: " years since graduation preferred"},
	imgfriendly.FieldYOGNoLimit:          {Label: "No YOG cutoff", True: "stated: no cutoff", False: "a cutoff applies"},
	imgfriendly.FieldYOGCountedTo:        {Label: "YOG counted to"},
	imgfriendly.FieldStep1PassRequired:   {Label: "USMLE Step 1 pass", True: "required", False: "not required"},
	imgfriendly.FieldStep1Min:            {Label: "USMLE Step 1 minimum score"},
	imgfriendly.FieldStep2CKMin:          {Label: "USMLE Step 2 CK minimum (hard)"},
	imgfriendly.FieldStep2CKPreferredMin: {Label: "USMLE Step 2 CK preferred (soft)"},
	imgfriendly.FieldComlex1PassRequired: {Label: "COMLEX Level 1 pass", True: "required", False: "not required"},
	imgfriendly.FieldComlex2Min:          {Label: "COMLEX Level 2 minimum"},
	imgfriendly.FieldAttemptsMax:         {Label: "Attempts allowed per exam", Unit: " at most"},
	imgfriendly.FieldUSCERequirement:     {Label: "US clinical experience (USCE)"},
	imgfriendly.FieldUSCEMonths:          {Label: "USCE months", Unit: " months"},
	imgfriendly.FieldUSCEObservershipOK:  {Label: "Observerships count as USCE", True: "yes", False: "no (hands-on only)"},
	imgfriendly.FieldIMGCount:            {Label: "IMG residents (as stated)"},
	imgfriendly.FieldResidentsCount:      {Label: "Residents (as stated)"},
	imgfriendly.FieldClinicalRecencyMax:  {Label: "Recent clinical experience", Unit: " years since the last clinical work, at most"},
	imgfriendly.FieldECFMGDeadline:       {Label: "ECFMG certification required by"},
	imgfriendly.FieldGradYearMin:         {Label: "Graduated in or after"},
}

var textValues = map[string]string{
	"required": "required", "preferred": "preferred", "not_required": "not required",
	"application": "the application", "match": "the Match", "training_start": "the start of training",
	"interview": "the interview", "rank_list": "the rank order list deadline",
}

// fieldLabel is a field's label.
func fieldLabel(f string) string {
	if fi, ok := fields[imgfriendly.Field(f)]; ok {
		return fi.Label
	}
	return strings.ReplaceAll(f, "_", " ")
}

// fieldValue renders a stored value (imgfriendly.Value.String()) for people.
func fieldValue(f, v string) string {
	fi := fields[imgfriendly.Field(f)]
	kind, _ := imgfriendly.KindOf(imgfriendly.Field(f))
	switch kind {
	case imgfriendly.ValueBool:
		if v == "true" && fi.True != "" {
			return fi.True
		}
		if v == "false" && fi.False != "" {
			return fi.False
		}
	case imgfriendly.ValueNumber:
		return v + fi.Unit
	case imgfriendly.ValueText:
		if t, ok := textValues[v]; ok {
			return t
		}
	}
	return v
}

// factRow is one fact of the program page.
type factRow struct {
	Field, Label, Value, Condition string
	URL, Text                      string
	FetchedAt                      time.Time
	Carried                        bool
	History                        []versionRow
}

// versionRow is one version of a fact in fact_versions.
type versionRow struct {
	Value, Condition, URL, Text string
	From                        time.Time
	To                          *time.Time
	Why                         string
}

// schoolRow is one medical school on the roster.
type schoolRow struct {
	School, Country string
	IMG             *bool
	Residents       int
	URL             string
}

// programView is the program page's data.
type programView struct {
	Cfg                       queries.Config // the thresholds the legend names
	P                         queries.Tiered
	RosterURL                 string
	ResidentsUnknown          *int64
	ShareEvidence             string
	PagesFetched              *int64
	Facts                     []factRow
	Unstated                  []string // fields no page states
	Schools                   []schoolRow
	Countries                 []countRow
	Tiered                    *queries.Tiered
	TierBusy                  bool // the tier could not be worked out now (errBusy)
	ProgramRunID, ProgramDate string
}

type countRow struct {
	Country   string
	IMG       *bool
	Residents int
}

var programID = regexp.MustCompile(`^[0-9]{10}$`)

func (s *Server) program(w http.ResponseWriter, r *http.Request, n Night) {
	id := r.PathValue("id")
	if !programID.MatchString(id) {
		s.fail(w, r, http.StatusNotFound, "No such program", "A program id is the 10-digit ACGME id, like 1403621123.")
		return
	}
	ctx := r.Context()
	v, err := programDetail(ctx, n.DB, id)
	if errors.Is(err, sql.ErrNoRows) {
		s.fail(w, r, http.StatusNotFound, "No such program", "Program "+id+" is not in the published night.")
		return
	}
	if err != nil {
		s.cfg.Log.Error("program page", "err", err)
		s.fail(w, r, http.StatusInternalServerError, "The program could not be read", err.Error())
		return
	}
	prof := s.profileOf(r)
	if t, ok := s.cachedTier(n, prof, id); ok {
		v.Tiered = t
	} else if prof != nil {
		list, err := through(ctx, s.gate, func() ([]queries.Tiered, error) {
			tg, err := s.tiering(ctx, n)
			if err != nil {
				return nil, err
			}
			return tg.Programs(ctx, n.DB, s.cfg.Queries, prof.Profile, queries.Filter{
				MatchYear: prof.Year, Specialties: []string{v.P.Specialty}, ProgramIDs: []string{id}})
		})
		if errors.Is(err, errBusy) {
			v.TierBusy = true
		} else if err != nil {
			s.cfg.Log.Error("program tier", "err", err)
		} else if len(list) == 1 {
			v.Tiered = &list[0]
		}
	}
	v.Cfg = s.cfg.Queries
	s.render(w, r, http.StatusOK, "program", page{Title: v.P.Name, Nav: "programs", Night: &n, Profile: prof, Data: v})
}

func sqlFile(name string) string {
	b, err := assets.ReadFile("sql/" + name + ".sql")
	if err != nil {
		panic(err) // embedded: cannot happen
	}
	return string(b)
}

// programDetail reads one program's page (sql/program.sql, facts.sql,
// history.sql, roster.sql); the id is a bound parameter everywhere.
func programDetail(ctx context.Context, db *sql.DB, id string) (programView, error) {
	var (
		v                                                     programView
		name, spec, city, state, u, ru, src, ev, pdn, pde, cn sql.NullString
		ce, ph, run                                           sql.NullString
		codes                                                 string
		night                                                 sql.NullTime
	)
	p := &v.P
	err := db.QueryRowContext(ctx, sqlFile("program"), id).Scan(&p.ProgramID, &name, &spec, &city, &state, &u, &ru, &codes,
		&pdn, &pde, &cn, &ce, &ph, &p.ResidentsTotal, &p.ResidentsIMG, &v.ResidentsUnknown,
		&p.IMGShare, &src, &ev, &v.PagesFetched, &run, &night)
	if err != nil {
		return v, err
	}
	p.Name, p.Specialty, p.City, p.State, p.URL = name.String, spec.String, city.String, state.String, u.String
	v.RosterURL, p.IMGShareSource, v.ShareEvidence = ru.String, src.String, ev.String
	p.PDName, p.PDEmail, p.CoordinatorName, p.CoordinatorEmail, p.Phone = pdn.String, pde.String, cn.String, ce.String, ph.String
	v.ProgramRunID = run.String
	if night.Valid {
		v.ProgramDate = night.Time.Format(time.DateOnly)
	}
	if codes != "" {
		p.NRMPCodes = strings.Split(codes, ";")
	}

	rows, err := db.QueryContext(ctx, sqlFile("facts"), id)
	if err != nil {
		return v, fmt.Errorf("read facts: %w", err)
	}
	byField := map[string]*factRow{}
	for rows.Next() {
		var f factRow
		var val, cond, url, text sql.NullString
		var at sql.NullTime
		if err := rows.Scan(&f.Field, &val, &cond, &url, &text, &at, &f.Carried); err != nil {
			rows.Close()
			return v, fmt.Errorf("read facts: %w", err)
		}
		f.Label, f.Value, f.Condition, f.URL, f.Text, f.FetchedAt = fieldLabel(f.Field), fieldValue(f.Field, val.String), cond.String, url.String, text.String, at.Time
		v.Facts = append(v.Facts, f)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return v, fmt.Errorf("read facts: %w", err)
	}
	order := func(f string) int {
		i := slices.IndexFunc(imgfriendly.FieldKinds, func(fk struct {
			Field imgfriendly.Field
			Kind  imgfriendly.ValueKind
		}) bool {
			return string(fk.Field) == f
		})
		if i < 0 {
			return len(imgfriendly.FieldKinds)
		}
		return i
	}
	slices.SortFunc(v.Facts, func(a, b factRow) int { return order(a.Field) - order(b.Field) })
	for i := range v.Facts {
		byField[v.Facts[i].Field] = &v.Facts[i]
	}
	for _, fk := range imgfriendly.FieldKinds {
		if _, ok := byField[string(fk.Field)]; !ok {
			v.Unstated = append(v.Unstated, fieldLabel(string(fk.Field)))
		}
	}

	rows, err = db.QueryContext(ctx, sqlFile("history"), id)
	if err != nil {
		return v, fmt.Errorf("read history: %w", err)
	}
	for rows.Next() {
		var field string
		var h versionRow
		var val, cond, url, text, why sql.NullString
		var to sql.NullTime
		if err := rows.Scan(&field, &val, &cond, &url, &text, &h.From, &to, &why); err != nil {
			rows.Close()
			return v, fmt.Errorf("read history: %w", err)
		}
		h.Value, h.Condition, h.URL, h.Text, h.Why = fieldValue(field, val.String), cond.String, url.String, text.String, closeReason(why.String)
		if to.Valid {
			h.To = &to.Time
		}
		if f, ok := byField[field]; ok {
			f.History = append(f.History, h)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return v, fmt.Errorf("read history: %w", err)
	}

	rows, err = db.QueryContext(ctx, sqlFile("roster"), id)
	if err != nil {
		return v, fmt.Errorf("read roster: %w", err)
	}
	countries := map[string]*countRow{}
	for rows.Next() {
		var sr schoolRow
		var url sql.NullString
		if err := rows.Scan(&sr.School, &sr.Country, &sr.IMG, &sr.Residents, &url); err != nil {
			rows.Close()
			return v, fmt.Errorf("read roster: %w", err)
		}
		sr.URL = url.String
		v.Schools = append(v.Schools, sr)
		c, ok := countries[sr.Country]
		if !ok {
			c = &countRow{Country: sr.Country, IMG: sr.IMG}
			countries[sr.Country] = c
		}
		c.Residents += sr.Residents
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return v, fmt.Errorf("read roster: %w", err)
	}
	for _, c := range countries {
		v.Countries = append(v.Countries, *c)
	}
	slices.SortFunc(v.Countries, func(a, b countRow) int {
		if a.Residents != b.Residents {
			return b.Residents - a.Residents
		}
		return strings.Compare(a.Country, b.Country)
	})
	return v, nil
}

func closeReason(s string) string {
	switch s {
	case "changed":
		return "changed"
	case "not_stated":
		return "no longer stated on the page"
	case "unreachable":
		return "page unreachable for several nights"
	}
	return s
}
