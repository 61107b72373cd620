package web

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/imgfriendly/imgfriendly/queries"
)

// soapView is the SOAP page's data. Everything in it lives for one response.
type soapView struct {
	Unfilled  string // the list, echoed into the textarea of this response only: the pager resubmits it
	Query     listQuery
	Result    *queries.SOAPResult
	Rows      int
	Warnings  []string
	Err       string
	Specialty []string
	States    []stateOption
	Cfg       queries.Config // the thresholds the legend names

	// One page of the result: Matched and Unmatched hold the page's rows of
	// Result's (Limits.SOAPPageSize of each at most).
	Page, Pages   int
	Matched       []queries.SOAPMatch
	Unmatched     []queries.SOAPUnmatched
	MatchedFrom   int // 1-based number of the page's first matched row
	UnmatchedFrom int
	Counts        []tierCount // matched programs per tier, over every page
}

func (s *Server) soapForm(w http.ResponseWriter, r *http.Request, n Night) {
	s.renderSOAP(w, r, n, soapView{}, http.StatusOK)
}

func (s *Server) renderSOAP(w http.ResponseWriter, r *http.Request, n Night, v soapView, status int) {
	v.Specialty, _ = s.specialties(r, n)
	v.States = s.states(n)
	v.Cfg = s.cfg.Queries
	// The page may hold the confidential list: no cache may keep it.
	w.Header().Set("Cache-Control", "no-store")
	s.render(w, r, status, "soap", page{Title: "SOAP: the unfilled list", Nav: "soap", Night: &n, Profile: s.profileOf(r), Data: v})
}

// soapPost matches the pasted or uploaded unfilled list and tiers the
// matches for the profile. The list is read into memory (never a temporary
// file: multipart parts are read here, not by ParseMultipartForm), matched
// by queries.SOAP, rendered, and dropped. Nothing about it is logged.
func (s *Server) soapPost(w http.ResponseWriter, r *http.Request, n Night) {
	r.Body = http.MaxBytesReader(w, r.Body, int64(s.cfg.Limits.MaxSOAPBytes))
	form, err := readForm(r)
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			s.renderSOAP(w, r, n, soapView{Err: fmt.Sprintf("The list is larger than %g MiB. Paste the unfilled list only.", float64(s.cfg.Limits.MaxSOAPBytes)/(1<<20))}, http.StatusRequestEntityTooLarge)
			return
		}
		s.renderSOAP(w, r, n, soapView{Err: "The form could not be read."}, http.StatusBadRequest)
		return
	}
	text := form.Get("unfilled")
	if file := form.Get("unfilled_file"); strings.TrimSpace(file) != "" {
		text = file
	}
	// The textarea echoes the list whichever way it came, so that the pager's
	// buttons (submit buttons of this form) send it again: the server keeps
	// nothing of it between pages.
	v := soapView{Unfilled: text, Query: listQuery{
		Specialty: form.Get("specialty"), State: form.Get("state"), Tier: form.Get("tier")}}
	v.Page, _ = strconv.Atoi(form.Get("page"))
	prof := s.profileOf(r)
	if prof == nil {
		v.Err = "Enter your profile first: the matches are tiered for you."
		s.renderSOAP(w, r, n, v, http.StatusUnprocessableEntity)
		return
	}
	if strings.TrimSpace(text) == "" {
		v.Err = "Paste the List of Unfilled Programs, or choose the file you saved it in."
		s.renderSOAP(w, r, n, v, http.StatusUnprocessableEntity)
		return
	}
	rows, rowErrs := queries.ParseUnfilled(strings.NewReader(text), "the list")
	for _, e := range rowErrs {
		v.Warnings = append(v.Warnings, e.Error())
	}
	if len(rows) == 0 {
		v.Err = "No program could be read from the list."
		s.renderSOAP(w, r, n, v, http.StatusUnprocessableEntity)
		return
	}
	f := queries.Filter{MatchYear: prof.Year}
	if sp := v.Query.Specialty; sp != "" && sp != "all" {
		f.Specialties = []string{sp}
	}
	if st, ok := strings.CutPrefix(v.Query.State, "region:"); ok {
		f.States = queries.Profile{Regions: []string{st}}.PreferredStates()
	} else if v.Query.State != "" {
		f.States = []string{v.Query.State} // a code or a name ("Texas"): queries reads both
		if c, ok := queries.StateCode(v.Query.State); ok {
			v.Query.State = c // the form shows it selected
		}
	}
	if t, ok := queries.ParseTier(v.Query.Tier); ok {
		f.Tiers = []queries.Tier{t}
	}
	res, err := through(r.Context(), s.gate, func() (queries.SOAPResult, error) {
		// The directory's index is the night's, kept: it holds nothing of any list.
		idx, err := s.cache.get(n, "soapindex", func() (any, error) {
			tg, err := s.tiering(r.Context(), n)
			if err != nil {
				return nil, err
			}
			return tg.SOAPIndex(context.WithoutCancel(r.Context()), n.DB)
		})
		if err != nil {
			return queries.SOAPResult{}, err
		}
		return queries.SOAPWith(r.Context(), n.DB, s.cfg.Queries, prof.Profile, f, rows, idx.(*queries.SOAPIndex))
	})
	if errors.Is(err, errBusy) {
		// The paste is not kept for a retry: the page asks for it again.
		w.Header().Set("Retry-After", retryAfter)
		v.Err = "The server is busy working out other applicants' tiers. Send the list again in " + retryAfter + " seconds."
		s.renderSOAP(w, r, n, v, http.StatusServiceUnavailable)
		return
	}
	if err != nil {
		var use *queries.UnknownSpecialtyError
		var ust *queries.UnknownStateError
		if errors.As(err, &use) || errors.As(err, &ust) {
			v.Err = use.Error()
			if ust != nil {
				v.Err = ust.Error()
			}
			s.renderSOAP(w, r, n, v, http.StatusBadRequest)
			return
		}
		s.cfg.Log.Error("soap: matching failed") // never the list, nor an error that could quote it
		v.Err = "The list could not be matched."
		s.renderSOAP(w, r, n, v, http.StatusInternalServerError)
		return
	}
	v.Result, v.Rows = &res, len(rows)
	v.paginate(s.cfg.Limits.SOAPPageSize)
	s.renderSOAP(w, r, n, v, http.StatusOK)
}

// paginate picks the page's matched and unmatched rows (the same page of
// each) and counts the matches per tier.
func (v *soapView) paginate(size int) {
	res := v.Result
	v.Pages = max(1, (len(res.Matched)+size-1)/size, (len(res.Unmatched)+size-1)/size)
	v.Page = min(max(v.Page, 1), v.Pages)
	lo := (v.Page - 1) * size
	if lo < len(res.Matched) {
		v.Matched, v.MatchedFrom = res.Matched[lo:min(lo+size, len(res.Matched))], lo+1
	}
	if lo < len(res.Unmatched) {
		v.Unmatched, v.UnmatchedFrom = res.Unmatched[lo:min(lo+size, len(res.Unmatched))], lo+1
	}
	counts := map[queries.Tier]int{}
	for _, m := range res.Matched {
		counts[m.Program.Tier]++
	}
	for _, t := range tiers {
		if counts[t] > 0 {
			v.Counts = append(v.Counts, tierCount{t, counts[t]})
		}
	}
}

// readForm reads a url-encoded or multipart form into memory, within the
// body limit already set on r.
func readForm(r *http.Request) (url.Values, error) {
	ct, params, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if ct != "multipart/form-data" {
		if err := r.ParseForm(); err != nil {
			return nil, err
		}
		return r.PostForm, nil
	}
	if params["boundary"] == "" {
		return nil, errors.New("multipart form without a boundary")
	}
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, err
	}
	v := url.Values{}
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			return v, nil
		}
		if err != nil {
			return nil, err
		}
		var b bytes.Buffer
		if _, err := io.Copy(&b, part); err != nil {
			return nil, err
		}
		v.Add(part.FormName(), b.String())
	}
}
