package transform

import (
	"bytes"
	"strings"
	"testing"
)

// TestOwnAbbreviationBesideName: every US and Canadian school of the list,
// by its canonical name and by each of its written-out aliases, with each
// of its own abbreviations (an alias written in capitals) or the
// initials of its name in brackets or after a comma, keeps the answer the
// name alone gets (US stays US): an abbreviation of its own is no
// conflicting evidence. (An initialism that a school abroad of the list
// owns is: "UCMS" is University College of Medical Sciences, Delhi.)
func TestOwnAbbreviationBesideName(t *testing.T) {
	c := mustClassifier(t)
	recs, err := readCSV(bytes.NewReader(schoolsCSV), []string{"school", "country", "kind", "aliases"})
	if err != nil {
		t.Fatal(err)
	}
	tried, lost := 0, 0
	for _, rec := range recs {
		if rec[2] == kindIntl {
			continue
		}
		var names, abbrevs []string
		if !isAbbreviated(rec[0]) {
			names = append(names, rec[0])
		}
		for _, a := range strings.Split(rec[3], ";") {
			a = strings.TrimSpace(a)
			part := strings.HasPrefix(a, "+")
			a = strings.TrimLeft(a, "+=")
			switch {
			case a == "":
			case part:
				continue // a part names nothing alone
			case !strings.Contains(a, " ") && isAbbreviation(a):
				abbrevs = append(abbrevs, a)
			case !isAbbreviated(a):
				names = append(names, a)
			}
		}
		for _, n := range names {
			if k := strings.ToUpper(initials(normalizeWords(words(n)).tokens)); len(k) >= 3 {
				abbrevs = append(abbrevs, k)
			}
		}
		for _, n := range names {
			alone := c.Classify(n, "")
			if alone.IMG == nil {
				continue
			}
			for _, a := range abbrevs {
				for _, give := range []string{n + " (" + a + ")", n + ", " + a} {
					tried++
					got := c.Classify(give, "")
					if got.IMG == nil || *got.IMG != *alone.IMG {
						lost++
						t.Errorf("Classify(%q) = %q %s, alone %q %s", give, got.School, imgWord(got.IMG), alone.School, imgWord(alone.IMG))
					}
				}
			}
		}
	}
	t.Logf("%d names with an abbreviation of their own, %d lost", tried, lost)
}

// FuzzAbbreviationBeside: a US or Canadian school's name with any word in
// capitals beside it (in brackets or after a comma) is that school, an
// answer at home without a school, unknown, or a school abroad that the
// abbreviation names ("UC School of Medicine, UAOOM": Dar Al Uloom's) —
// never another school at home.
func FuzzAbbreviationBeside(f *testing.F) {
	c := mustClassifier(f)
	for _, s := range []string{"UCSM", "UCCOM", "MD", "USA", "LECOM", "DMC", "PHD", "RCM", "UI", "CDU"} {
		f.Add(s)
	}
	homes := []string{"UC School of Medicine", "University of Cincinnati College of Medicine", "Lake Erie College of Osteopathic Medicine", "University of Ottawa", "Emory School of Medicine"}
	f.Fuzz(func(t *testing.T, abbr string) {
		abbr = strings.ToUpper(abbr)
		for _, n := range homes {
			alone := c.Classify(n, "")
			for _, give := range []string{n + " (" + abbr + ")", n + ", " + abbr} {
				got := c.Classify(give, "")
				if got.IMG == nil {
					continue
				}
				if !*got.IMG && got.School != "" && got.School != alone.School {
					t.Errorf("Classify(%q) = %q %q %s, alone %q", give, got.School, got.Country, imgWord(got.IMG), alone.School)
				}
			}
		}
	})
}
