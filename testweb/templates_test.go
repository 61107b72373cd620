package testweb

import (
	"cmp"
	"fmt"
	"html"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/imgfriendly/imgfriendly"
)

var tagRE = regexp.MustCompile(`<[^>]*>`)

// pageText is a page's text with tags removed and entities decoded.
func pageText(s string) string { return html.UnescapeString(tagRE.ReplaceAllString(s, " ")) }

// TestEveryTemplate builds a web large enough to use every chrome,
// eligibility format and roster style, and checks each page against the
// truth: stated facts are visible on their page, listed residents appear on
// theirs, and counts-only and photo-only rosters show what truth says.
func TestEveryTemplate(t *testing.T) {
	for _, ext := range []bool{false, true} {
		t.Run(fmt.Sprintf("extended=%v", ext), func(t *testing.T) {
			everyTemplate(t, newWeb(t, Config{Programs: 400, Seed: 11, ExtendedPhrasings: ext}))
		})
	}
}

func everyTemplate(t *testing.T, w *Web) {
	tr := w.Truth()
	seen := map[string]bool{}
	for _, pt := range tr.Programs {
		seen["chrome/"+pt.Style.Chrome] = true
		seen["elig/"+pt.Style.Eligibility] = true
		seen["roster/"+pt.Style.Roster] = true
		if pt.Style.IMGFAQ {
			seen["img_faq"] = true
		}
		if pt.Style.TwoClicks {
			seen["two_clicks"] = true
		}
		if pt.Style.RosterDeep {
			seen["roster_deep"] = true
		}
		pages := map[string]string{}
		for _, pg := range pt.Pages {
			if pg.Kind == imgfriendly.KindOther && strings.HasSuffix(pg.URL, ".pdf") {
				continue
			}
			res := get(w, pg.URL)
			if res.StatusCode != 200 {
				t.Fatalf("%s: status %d", pg.URL, res.StatusCode)
			}
			pages[pg.URL] = pageText(body(t, res))
		}
		for f, ft := range pt.Facts {
			text, ok := pages[ft.URL]
			if !ok {
				t.Fatalf("%s: fact %s on %s, which the site does not list", pt.ProgramID, f, ft.URL)
			}
			if !factVisible(f, ft, text) {
				t.Errorf("%s: fact %s=%s not visible on %s", pt.ProgramID, f, ft.Value.String(), ft.URL)
			}
			if (f == imgfriendly.FieldYOGMaxYears || f == imgfriendly.FieldYOGPreferredMax) && strings.Contains(strings.ToLower(text), "for the 2027 match") {
				seen["yog_year/"+string(f)] = true
			}
		}
		for _, r := range pt.Residents {
			text := pages[cmp.Or(r.URL, pt.RosterURL)]
			last := r.Name[strings.LastIndex(r.Name, " ")+1:]
			if !strings.Contains(text, last) {
				t.Errorf("%s: resident %s not on %s", pt.ProgramID, r.Name, r.URL)
			}
			if r.School != "" && !strings.Contains(text, r.School) {
				t.Errorf("%s: school %q not on %s", pt.ProgramID, r.School, r.URL)
			}
		}
		switch pt.Style.Roster {
		case RosterPhotos:
			if pt.IMGShare != nil || strings.Contains(pages[pt.RosterURL], "Medical School") {
				t.Errorf("%s: photo roster with a share or schools", pt.ProgramID)
			}
		case RosterAggregate:
			text := pages[pt.RosterURL]
			if len(pt.Residents) != 0 || !strings.Contains(text, strconv.Itoa(pt.ResidentsIMG)) || !strings.Contains(text, strconv.Itoa(pt.ResidentsTotal)) {
				t.Errorf("%s: aggregate roster does not state %d of %d", pt.ProgramID, pt.ResidentsIMG, pt.ResidentsTotal)
			}
		default:
			if pt.IMGShare == nil || len(pt.Residents) == 0 {
				t.Errorf("%s: %s roster without share or residents", pt.ProgramID, pt.Style.Roster)
			}
		}
	}
	for _, want := range []string{"chrome/cms", "chrome/wordpress", "chrome/bootstrap", "chrome/legacy",
		"elig/prose", "elig/bullets", "elig/table", "elig/faq", "elig/qa",
		"roster/cards", "roster/table", "roster/tabs", "roster/list", "roster/photos", "roster/aggregate", "roster/news",
		"img_faq", "two_clicks", "roster_deep", "yog_year/yog_max_years", "yog_year/yog_preferred_max_years"} {
		if !seen[want] {
			t.Errorf("no program uses %s", want)
		}
	}
}

// factVisible checks that a page shows the words a fact is read from.
func factVisible(f imgfriendly.Field, ft FactTruth, text string) bool {
	text = strings.ToLower(text)
	has := func(alts ...string) bool {
		for _, a := range alts {
			if strings.Contains(text, strings.ToLower(a)) {
				return true
			}
		}
		return false
	}
	num := func() string { return strconv.FormatFloat(*ft.Value.Num, 'f', -1, 64) }
	numOrWord := func() bool {
		n := int(*ft.Value.Num)
		return has(" "+num()+" ") || (n < len(numberWords) && has(numberWords[n]+" "))
	}
	switch f {
	case imgfriendly.FieldVisaJ1:
		if !*ft.Value.Bool && has("H-1B only", "H1B only", "H1-B only", "H1 only", "H-1B visas only", "H1B visas only", "H1-B visas only", "H1 visas only") {
			return true
		}
		return has("J-1", "J1")
	case imgfriendly.FieldVisaH1B:
		if ft.Condition != "" && !has(ft.Condition) {
			return false
		}
		if !*ft.Value.Bool && has("J-1 only", "J1 only", "J-1 visas only", "J1 visas only", "J-1 (ECFMG-sponsored) only", "J1 (ECFMG-sponsored) only", "J1 (E.C.F.M.G.-sponsored) only", "J-1 (E.C.F.M.G.-sponsored) only", "do not sponsor visas") {
			return true
		}
		return has("H-1B", "H1B", "H1-B", "H1", "citizens")
	case imgfriendly.FieldYOGMaxYears, imgfriendly.FieldYOGPreferredMax:
		// in years, or as the graduation year for the 2027 Match the pages speak of
		year := strconv.Itoa(2027 - int(*ft.Value.Num))
		return (numOrWord() || has(year+" or later", year+" or more recent", "on or after January 1, "+year) && has("for the 2027 Match")) && has("graduat", "YOG")
	case imgfriendly.FieldYOGNoLimit:
		return has("no cutoff", "no yog limit", "no limit", "none", "do not have a yog cutoff", "do not have a graduation year cutoff")
	case imgfriendly.FieldYOGCountedTo:
		if *ft.Value.Text == "match" && has("for the 2027 Match") {
			return true // a graduation year for a named Match counts to that Match
		}
		return has(map[string]string{"application": "time of application", "match": "time of the Match", "training_start": "training"}[*ft.Value.Text])
	case imgfriendly.FieldStep1PassRequired:
		return has("Step 1", "USMLE Steps", "USMLE Step on", "every Step", "first attempt passes", "first-attempt passes")
	case imgfriendly.FieldStep2CKMin, imgfriendly.FieldStep2CKPreferredMin, imgfriendly.FieldStep1Min, imgfriendly.FieldComlex2Min:
		return has(num())
	case imgfriendly.FieldComlex1PassRequired:
		return has("Level 1")
	case imgfriendly.FieldAttemptsMax:
		return has("attempt", "failure", "Attempts")
	case imgfriendly.FieldUSCERequirement:
		return has("USCE", "clinical experience")
	case imgfriendly.FieldUSCEMonths:
		m := *ft.Value.Num
		w := int(m*4.345 + 0.5)
		return has(strconv.Itoa(int(m))+" month", strconv.Itoa(w)+" weeks") || (int(m) < len(numberWords) && has(numberWords[int(m)]+" month"))
	case imgfriendly.FieldUSCEObservershipOK:
		return has("bservership")
	case imgfriendly.FieldIMGCount, imgfriendly.FieldResidentsCount:
		return has(num())
	case imgfriendly.FieldGradYearMin:
		return has(num()) && has("graduat", "YOG")
	case imgfriendly.FieldClinicalRecencyMax:
		return has("within the last "+num()+" years") && has("clinical experience", "USCE")
	case imgfriendly.FieldECFMGDeadline:
		return has("ECFMG") && has(map[string]string{"application": "application", "interview": "interview", "rank_list": "rank",
			"match": "match", "training_start": "start of training"}[*ft.Value.Text])
	}
	return false
}
