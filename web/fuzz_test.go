package web

import (
	"net/http"
	"net/url"
	"reflect"
	"testing"
)

// Whatever a browser sends as the profile form, parseProfile returns a
// profile or field errors, and a profile it accepts survives the trip
// through the form again (the cookie and the --profile default use it).
func FuzzProfileForm(f *testing.F) {
	f.Add(url.Values(testProfile()).Encode())
	f.Add("graduation_year=2019&citizenship=us&step1_passed=no&specialties=Pediatrics&states=New+York%2C+nj&regions=west")
	f.Add("graduation_year=abc&hands_on_months=NaN&observership_months=-1&year=1")
	f.Add("graduation_year=2018&clinical_last_year=2023&citizenship=non_us&visa_needed=h1b&step1_passed=yes&specialties=IM&step3=scheduled&step3_date=2027-01-20&ecfmg_certified=expected&ecfmg_certified_date=2027-02-01")
	f.Add("graduation_year=2018&citizenship=non_us&visa_needed=h1b&step1_passed=yes&specialties=IM&step3=not_taken&ecfmg_certified=no")
	f.Add("us_img=yes&citizenship=non_us&visa_needed=h1b&graduation_year=2100&step1_passed=yes&specialties=")
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		p, errs := parseProfile(v, testNow)
		if (p == nil) == (len(errs) == 0) {
			t.Fatalf("parseProfile(%q): profile %v with errors %v", raw, p, errs)
		}
		if p == nil {
			return
		}
		again, errs := parseProfile(profileValues(p.Profile), testNow)
		if len(errs) > 0 {
			t.Fatalf("profile of %q does not parse again: %v", raw, errs)
		}
		if !reflect.DeepEqual(again.Profile, p.Profile) {
			t.Fatalf("profile of %q changed on the way through the form:\n%+v\n%+v", raw, p.Profile, again.Profile)
		}
	})
}

// Whatever query string the list gets, the query it understands links back
// to itself (the seed "state=0" failed once the list learned state names:
// an unknown state's error, a pointer, made every such query differ).
func FuzzListQuery(f *testing.F) {
	f.Add("q=mercy&specialty=all&state=region:midwest&visa=j1&tier=high&img=15&noyog=1&sort=img&dir=desc&page=2")
	f.Add("page=-1&img=1000&sort=%00&tier=Not+eligible")
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		q := parseListQuery(v)
		// A state filter that names no state is answered with a 400 over
		// the list for every state; the list's links carry what it
		// understood (no state filter), not the error.
		q.BadState = nil
		u, err := url.Parse(q.URL())
		if err != nil {
			t.Fatalf("URL of %q: %v", raw, err)
		}
		if again := parseListQuery(u.Query()); again != q {
			t.Fatalf("query %q: %+v links to %+v", raw, q, again)
		}
	})
}

// No query string makes the list fail with a server error.
func FuzzListPage(f *testing.F) {
	dir := f.TempDir()
	publishFixture(f, dir, 1)
	ts := newTestServer(f, dir, Config{})
	c := ts.saveProfile(f, testProfile())
	f.Add("specialty=all&state=NY&visa=either&tier=reach&img=5&sort=location", true)
	f.Add("specialty=%27%3B+DROP+TABLE+programs%3B--&q=%25&page=99999", true)
	f.Add("state=region:nowhere&sort=tier&dir=desc", false)
	f.Fuzz(func(t *testing.T, raw string, withProfile bool) {
		if _, err := url.ParseQuery(raw); err != nil {
			return
		}
		req, err := http.NewRequest(http.MethodGet, ts.URL+"/?"+raw, nil)
		if err != nil {
			return
		}
		if withProfile {
			req.AddCookie(c)
		}
		resp, _ := do(t, req)
		if resp.StatusCode >= 500 {
			t.Fatalf("GET /?%s: %d", raw, resp.StatusCode)
		}
	})
}
