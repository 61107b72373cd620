package web

import (
	"bytes"
	"net/http"

	"github.com/imgfriendly/imgfriendly/queries"
)

// tracker serves the outreach tracker (queries.BuildTracker, as `imgfriendly
// tracker` writes it) for the list's current filters, every page of it. As in
// the CLI, Not eligible programs are left out unless the tier filter asks for
// them.
func (s *Server) tracker(format string) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request, n Night) {
		q := parseListQuery(r.URL.Query())
		prof := s.profileOf(r)
		q.Tiered = prof != nil
		list, rows, _, status, msg := s.filtered(r.Context(), n, prof, q)
		if status == http.StatusServiceUnavailable {
			s.busy(w, r)
			return
		}
		if status != http.StatusOK {
			s.fail(w, r, status, "The tracker could not be made", msg)
			return
		}
		var kept []queries.Tiered
		for _, t := range rows {
			if q.Tier == "" && prof != nil && t.Tier == queries.TierNotEligible {
				continue
			}
			kept = append(kept, list.explained(t)) // every reason: the tracker shows them all
		}
		var b bytes.Buffer
		if err := queries.WriteTracker(&b, queries.BuildTracker(kept, nil, nil, queries.EvidenceText), format); err != nil {
			s.cfg.Log.Error("tracker", "err", err)
			s.fail(w, r, http.StatusInternalServerError, "The tracker could not be made", err.Error())
			return
		}
		ct := "text/csv; charset=utf-8"
		if format == "xlsx" {
			ct = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
		}
		w.Header().Set("Content-Type", ct)
		w.Header().Set("Content-Disposition", `attachment; filename="imgfriendly-tracker.`+format+`"`)
		w.Header().Set("Cache-Control", "no-store")
		_, _ = w.Write(b.Bytes())
	}
}
