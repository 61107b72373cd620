package testweb

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/imgfriendly/imgfriendly"
)

// TestYOGYearItems lists the sentences a YOG limit written as a graduation
// year can take, in the default and the extended bank, and checks that
// every form (sentence, rows, Q/A) names the year and the Match, and says
// "prefer" exactly when the limit is a preference.
func TestYOGYearItems(t *testing.T) {
	for _, c := range []struct {
		name     string
		give     policy
		want     []string // default bank
		wantMore []string // the extended bank's additions
	}{
		{
			name: "hard 8 years",
			give: policy{yogKind: 1, yogYears: 8, yogYear: 2019, yogTo: "match"},
			want: []string{
				"For the 2027 Match, we only consider applicants who graduated in 2019 or later.",
				"Graduation year 2019 or more recent is required for the 2027 Match.",
				"YOG 2019 or later for the 2027 Match.",
				"For the 2027 Match, applicants must have graduated on or after January 1, 2019.",
			},
		},
		{
			name: "preferred 5 years",
			give: policy{yogKind: 2, yogYears: 5, yogYear: 2022},
			want: []string{
				"For the 2027 Match, applicants who graduated in 2022 or later are preferred.",
				"Graduation year 2022 or more recent is preferred for the 2027 Match.",
				"YOG 2022 or later preferred for the 2027 Match.",
				"For the 2027 Match, we prefer applicants who graduated on or after January 1, 2022.",
			},
		},
	} {
		for _, ext := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/extended=%v", c.name, ext), func(t *testing.T) {
				want := slices.Clone(c.want)
				if ext {
					want = append(want, c.wantMore...)
				}
				seen := map[string]bool{}
				for s := range 200 {
					r := newRNG(int64(s), "yog-year-test")
					for _, it := range yogItems(r, c.give, newSpelling(r, ext)) {
						seen[it.Sentence] = true
						texts := []string{it.Sentence}
						for _, row := range it.Rows {
							texts = append(texts, row[0]+" | "+row[1])
						}
						for _, qa := range it.QAs {
							texts = append(texts, qa[0]+" | "+qa[1])
						}
						for _, x := range texts {
							if !strings.Contains(x, strconv.Itoa(c.give.yogYear)) || !strings.Contains(x, "the 2027 Match") {
								t.Errorf("%q names no graduation year %d for the 2027 Match", x, c.give.yogYear)
							}
							if strings.Contains(strings.ToLower(x), "prefer") != (c.give.yogKind == 2) {
								t.Errorf("%q: preference wording wrong for YOG kind %d", x, c.give.yogKind)
							}
						}
					}
				}
				got := slices.Sorted(func(yield func(string) bool) {
					for s := range seen {
						if !yield(s) {
							return
						}
					}
				})
				slices.Sort(want)
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("sentences (-want +got):\n%s", diff)
				}
			})
		}
	}
}

// yearForm finds a YOG limit written as a graduation year in a page's
// text (spaces collapsed): the year, in group 1 or 2.
var yearForm = regexp.MustCompile(`(?i)(?:graduated in|graduation year(?: of| must be)?|year of graduation|yog(?: \(preferred\))?|graduates of):? ((?:19|20)\d\d) or (?:later|more recent)|(?:graduated|graduation date:?) on or after january 1, ((?:19|20)\d\d)`)

// TestYOGYearTruth reads the year-form limits off the rendered pages of a
// default web and checks the truth converts them by the Match year the
// pages name: "2019 or later" for the 2027 Match is 8 years, counted to the
// Match; a preference is yog_preferred_max_years.
func TestYOGYearTruth(t *testing.T) {
	w := newWeb(t, Config{Programs: 1500, Seed: 3})
	found := map[imgfriendly.Field]int{}
	limits := 0
	for _, pt := range w.Truth().Programs {
		hard, isHard := pt.Facts[imgfriendly.FieldYOGMaxYears]
		soft, isSoft := pt.Facts[imgfriendly.FieldYOGPreferredMax]
		if !isHard && !isSoft {
			continue
		}
		limits++
		ft, f := hard, imgfriendly.FieldYOGMaxYears
		if isSoft {
			ft, f = soft, imgfriendly.FieldYOGPreferredMax
		}
		text := strings.Join(strings.Fields(pageText(body(t, get(w, ft.URL)))), " ")
		m := yearForm.FindStringSubmatch(text)
		if m == nil {
			continue
		}
		year, _ := strconv.Atoi(m[1] + m[2])
		if !strings.Contains(strings.ToLower(text), "for the 2027 match") {
			t.Errorf("%s: %q but the page names no Match", ft.URL, m[0])
		}
		if want := float64(2027 - year); *ft.Value.Num != want {
			t.Errorf("%s: %q: %s = %v, want %v", ft.URL, m[0], f, *ft.Value.Num, want)
		}
		if to := pt.Facts[imgfriendly.FieldYOGCountedTo]; to.Value.Text == nil || *to.Value.Text != "match" {
			t.Errorf("%s: %q: yog_counted_to %s, want match", ft.URL, m[0], to.Value.String())
		}
		found[f]++
	}
	t.Logf("year forms on the pages: %v of %d stated limits", found, limits)
	// a quarter of the limits are year forms: the default web must show both kinds
	n := found[imgfriendly.FieldYOGMaxYears] + found[imgfriendly.FieldYOGPreferredMax]
	if found[imgfriendly.FieldYOGMaxYears] < 20 || found[imgfriendly.FieldYOGPreferredMax] < 10 || n < limits/8 || n > limits*3/8 {
		t.Errorf("year forms on the pages: %v of %d stated limits", found, limits)
	}
}
