package web

import (
	"bytes"
	"encoding/base64"
	"errors"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/imgfriendly/imgfriendly/queries"
)

// profileCookie holds the applicant's profile form, in their browser only.
const profileCookie = "imgf_profile"

// profileState is the applicant behind a request: the form values as they
// typed them, and the profile they make.
type profileState struct {
	Values  url.Values
	Profile queries.Profile
	Year    int  // the Match the applicant prepares for
	Default bool // the server's --profile, not the browser's own
}

// Summary is the profile in one line, for the page header.
func (p *profileState) Summary() string {
	pr := p.Profile
	var parts []string
	parts = append(parts, "graduated "+strconv.Itoa(pr.GraduationYear)+" ("+strconv.Itoa(pr.YearsSinceGraduation(p.Year))+" years before the "+strconv.Itoa(p.Year)+" Match)")
	parts = append(parts, visaLabel(string(pr.VisaNeeded)))
	if pr.Step2CKScore != nil {
		parts = append(parts, "Step 2 CK "+strconv.Itoa(*pr.Step2CKScore))
	}
	if pr.FailedAttempts > 0 {
		parts = append(parts, strconv.Itoa(pr.FailedAttempts)+" failed attempt(s)")
	}
	parts = append(parts, trimFloat(pr.USCE.HandsOnMonths)+" months hands-on USCE")
	parts = append(parts, strings.Join(pr.Specialties, ", "))
	return strings.Join(parts, " · ")
}

func visaLabel(v string) string {
	switch v {
	case "none":
		return "needs no visa"
	case "j1":
		return "needs a J-1"
	case "h1b":
		return "needs an H-1B"
	case "j1_or_h1b":
		return "needs a J-1 or an H-1B"
	}
	return v
}

// profileFields are the form's inputs that map one to one to profile keys.
var (
	intFields   = []string{"graduation_year", "clinical_last_year", "step1_score", "step2ck_score", "comlex2_score", "failed_attempts"}
	monthFields = []string{"hands_on_months", "observership_months"}
)

// parseProfile turns the form values into a profile with the same rules as
// a profile file (queries.ParseProfile on the equivalent YAML), and returns
// the problems by form field ("" for the form as a whole).
func parseProfile(v url.Values, now time.Time) (*profileState, map[string]string) {
	errs := map[string]string{}
	doc := map[string]any{}
	if s := strings.TrimSpace(v.Get("name")); s != "" {
		doc["name"] = s
	}
	for _, f := range intFields {
		s := strings.TrimSpace(v.Get(f))
		if s == "" {
			continue
		}
		n, err := strconv.Atoi(s)
		if err != nil {
			errs[f] = "enter a whole number"
			continue
		}
		doc[f] = n
	}
	usce := map[string]any{}
	for _, f := range monthFields {
		s := strings.TrimSpace(v.Get(f))
		if s == "" {
			continue
		}
		n, err := strconv.ParseFloat(s, 64)
		if err != nil {
			errs[f] = "enter a number of months, like 3 or 1.5"
			continue
		}
		usce[f] = n
	}
	if len(usce) > 0 {
		doc["usce"] = usce
	}
	for _, f := range []string{"citizenship", "visa_needed"} {
		if s := strings.TrimSpace(v.Get(f)); s != "" {
			doc[f] = s
		}
	}
	doc["us_img"] = v.Get("us_img") == "yes"
	// Step 3 and ECFMG: a status and, for "scheduled" / "expected", a day.
	for _, st := range []struct{ key, dated string }{{"step3", "scheduled"}, {"ecfmg_certified", "expected"}} {
		switch s := strings.TrimSpace(v.Get(st.key)); s {
		case "":
		case st.dated:
			doc[st.key] = st.dated + " " + strings.TrimSpace(v.Get(st.key+"_date"))
		default:
			doc[st.key] = s
		}
	}
	switch v.Get("step1_passed") {
	case "yes":
		doc["step1_passed"] = true
	case "no":
		doc["step1_passed"] = false
	}
	if sp := nonEmpty(v["specialties"]); len(sp) > 0 {
		doc["specialties"] = sp
	}
	if st := splitList(v.Get("states")); len(st) > 0 {
		doc["states"] = st
	}
	if rg := nonEmpty(v["regions"]); len(rg) > 0 {
		doc["regions"] = rg
	}
	year := queries.ComingMatch(now)
	if s := strings.TrimSpace(v.Get("year")); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1990 || n > 2100 {
			errs["year"] = "enter the year of the Match you apply to, like " + strconv.Itoa(year)
		} else {
			year = n
		}
	}
	b, err := yaml.Marshal(doc)
	if err != nil {
		errs[""] = err.Error()
		return nil, errs
	}
	p, err := queries.ParseProfile(bytes.NewReader(b), "profile")
	if err != nil {
		for _, e := range unjoin(err) {
			var pe *queries.ProfileError
			if errors.As(e, &pe) {
				f := pe.Field
				if i := strings.LastIndexByte(f, '.'); i >= 0 {
					f = f[i+1:] // usce.hands_on_months → hands_on_months
				}
				if _, dup := errs[f]; !dup {
					errs[f] = pe.Msg
				}
				continue
			}
			errs[""] = e.Error()
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return &profileState{Values: v, Profile: p, Year: year}, nil
}

func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

func nonEmpty(l []string) []string {
	var out []string
	for _, s := range l {
		if s = strings.TrimSpace(s); s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// splitList splits "NY, New Jersey; PA" into its items.
func splitList(s string) []string {
	return nonEmpty(strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '\n' }))
}

// profileValues is the form a profile file fills in (serve --profile).
func profileValues(p queries.Profile) url.Values {
	v := url.Values{}
	set := func(k, s string) {
		if s != "" {
			v.Set(k, s)
		}
	}
	opt := func(k string, n *int) {
		if n != nil {
			v.Set(k, strconv.Itoa(*n))
		}
	}
	set("name", p.Name)
	v.Set("graduation_year", strconv.Itoa(p.GraduationYear))
	opt("clinical_last_year", p.ClinicalLastYear)
	switch p.Step3.Status {
	case queries.Step3Scheduled:
		v.Set("step3", "scheduled")
		v.Set("step3_date", p.Step3.Date)
	case queries.Step3NotStated:
	default:
		v.Set("step3", string(p.Step3.Status))
	}
	switch p.ECFMG.Status {
	case queries.ECFMGExpected:
		v.Set("ecfmg_certified", "expected")
		v.Set("ecfmg_certified_date", p.ECFMG.Date)
	case queries.ECFMGCertified:
		v.Set("ecfmg_certified", "yes")
	case queries.ECFMGNotCertified:
		v.Set("ecfmg_certified", "no")
	}
	set("citizenship", string(p.Citizenship))
	set("visa_needed", string(p.VisaNeeded))
	if p.USIMG {
		v.Set("us_img", "yes")
	}
	v.Set("step1_passed", map[bool]string{true: "yes", false: "no"}[p.Step1Passed])
	opt("step1_score", p.Step1Score)
	opt("step2ck_score", p.Step2CKScore)
	opt("comlex2_score", p.COMLEX2Score)
	v.Set("failed_attempts", strconv.Itoa(p.FailedAttempts))
	v.Set("hands_on_months", trimFloat(p.USCE.HandsOnMonths))
	v.Set("observership_months", trimFloat(p.USCE.ObservershipMonths))
	v["specialties"] = slices.Clone(p.Specialties)
	set("states", strings.Join(p.States, ", "))
	v["regions"] = slices.Clone(p.Regions)
	return v
}

func trimFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// profileOf returns the request's profile: the browser's cookie, else the
// server's --profile, else nil. A cookie that no longer parses (an older
// form) is ignored.
func (s *Server) profileOf(r *http.Request) *profileState {
	if c, err := r.Cookie(profileCookie); err == nil {
		now := s.cfg.Now()
		if p, ok := s.profiles.get(c.Value, now); ok {
			return p
		}
		if raw, err := base64.RawURLEncoding.DecodeString(c.Value); err == nil {
			if v, err := url.ParseQuery(string(raw)); err == nil {
				if p, errs := parseProfile(v, now); len(errs) == 0 {
					s.profiles.put(c.Value, now, p)
					return p
				}
			}
		}
	}
	if s.cfg.Profile != nil {
		p, errs := parseProfile(profileValues(*s.cfg.Profile), s.cfg.Now())
		if len(errs) == 0 {
			p.Default = true
			return p
		}
	}
	return nil
}

// profileView is the profile form's data.
type profileView struct {
	Values      url.Values
	Errors      map[string]string
	Specialties []string
	Regions     []string
	ThisYear    int
	Saved       bool
}

func (v profileView) Has(key, val string) bool { return slices.Contains(v.Values[key], val) }

func (s *Server) profileForm(w http.ResponseWriter, r *http.Request, n Night) {
	prof := s.profileOf(r)
	vals := url.Values{}
	if prof != nil {
		vals = prof.Values
	}
	s.renderProfile(w, r, n, prof, vals, nil, http.StatusOK)
}

func (s *Server) renderProfile(w http.ResponseWriter, r *http.Request, n Night, prof *profileState, vals url.Values, errs map[string]string, status int) {
	specs, err := s.specialties(r, n)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, "The warehouse could not be read", err.Error())
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	s.render(w, r, status, "profile", page{Title: "Your profile", Nav: "profile", Night: &n, Profile: prof,
		Data: profileView{Values: vals, Errors: errs, Specialties: specs,
			Regions: []string{"northeast", "midwest", "south", "west"}, ThisYear: queries.ComingMatch(s.cfg.Now())}})
}

func (s *Server) profileSave(w http.ResponseWriter, r *http.Request, n Night) {
	r.Body = http.MaxBytesReader(w, r.Body, maxFormBytes)
	if err := r.ParseForm(); err != nil {
		s.fail(w, r, http.StatusRequestEntityTooLarge, "The form is too large", "A profile form is at most 64 KiB.")
		return
	}
	vals := url.Values{}
	for k, vs := range r.PostForm {
		vals[k] = vs
	}
	prof, errs := parseProfile(vals, s.cfg.Now())
	if len(errs) > 0 {
		s.renderProfile(w, r, n, s.profileOf(r), vals, errs, http.StatusUnprocessableEntity)
		return
	}
	http.SetCookie(w, cookieOf(prof))
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// cookieOf is the cookie that keeps the profile form in the browser for a
// year; scripts cannot read it and other sites never send it.
func cookieOf(p *profileState) *http.Cookie {
	return &http.Cookie{
		Name: profileCookie, Value: base64.RawURLEncoding.EncodeToString([]byte(p.Values.Encode())),
		Path: "/", MaxAge: 365 * 24 * 3600, HttpOnly: true, SameSite: http.SameSiteStrictMode,
	}
}

func (s *Server) profileForget(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: profileCookie, Value: "", Path: "/", MaxAge: -1, HttpOnly: true, SameSite: http.SameSiteStrictMode})
	http.Redirect(w, r, "/profile", http.StatusSeeOther)
}

// profileCache keeps the profiles of recent cookies, parsed (parsing one
// goes through YAML and the profile's checks: most of a kept list's page
// otherwise). A profile depends on its cookie and, through the default
// Match year, on the day's season; it is shared and never modified.
type profileCache struct {
	mu  sync.Mutex
	max int
	m   map[string]*profileState
}

func newProfileCache(max int) *profileCache {
	return &profileCache{max: max, m: map[string]*profileState{}}
}

func profileKey(cookie string, now time.Time) string {
	return strconv.Itoa(queries.ComingMatch(now)) + " " + cookie
}

func (c *profileCache) get(cookie string, now time.Time) (*profileState, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	p, ok := c.m[profileKey(cookie, now)]
	return p, ok
}

// put keeps p; when full, the cache starts again empty (a profile is
// parsed again at its next request, which costs a millisecond at most).
func (c *profileCache) put(cookie string, now time.Time, p *profileState) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) >= c.max {
		clear(c.m)
	}
	c.m[profileKey(cookie, now)] = p
}
