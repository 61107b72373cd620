package extract

import (
	"strings"
	"unicode/utf8"
)

// countries maps the spellings of countries a roster may write after a
// school to the country's usual English name. Read-only.
var countries = func() map[string]string {
	m := map[string]string{}
	for _, c := range []string{
		"Afghanistan", "Albania", "Algeria", "Antigua", "Antigua and Barbuda", "Argentina", "Armenia", "Aruba", "Australia",
		"Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium", "Belize",
		"Bolivia", "Bonaire", "Bosnia and Herzegovina", "Brazil", "Bulgaria", "Cameroon", "Canada", "Cayman Islands",
		"Chile", "China", "Colombia", "Costa Rica", "Croatia", "Cuba", "Curaçao", "Curacao", "Cyprus", "Czech Republic",
		"Czechia", "Denmark", "Dominica", "Dominican Republic", "Ecuador", "Egypt", "El Salvador", "England", "Eritrea",
		"Ethiopia", "Finland", "France", "Georgia", "Germany", "Ghana", "Greece", "Grenada", "Guatemala", "Guyana",
		"Haiti", "Honduras", "Hong Kong", "Hungary", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy",
		"Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kuwait", "Kyrgyzstan", "Lebanon", "Libya", "Lithuania",
		"Malaysia", "Malta", "Mexico", "Moldova", "Montserrat", "Morocco", "Nepal", "Netherlands", "New Zealand",
		"Nicaragua", "Nigeria", "North Macedonia", "Norway", "Oman", "Pakistan", "Palestine", "Panama", "Paraguay",
		"Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Saba", "Saint Kitts and Nevis",
		"St. Kitts", "St Kitts", "Saint Kitts", "St. Lucia", "Saint Lucia", "St Lucia", "St. Vincent", "Saint Vincent",
		"Saint Vincent and the Grenadines", "St. Maarten", "Sint Maarten", "St Maarten", "Saint Martin", "Saudi Arabia",
		"Scotland", "Serbia", "Singapore", "Slovakia", "Somalia", "South Africa", "South Korea", "Korea", "Spain",
		"Sri Lanka", "Sudan", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania", "Thailand",
		"Trinidad and Tobago", "Tunisia", "Turkey", "Türkiye", "Uganda", "Ukraine", "United Arab Emirates", "UAE",
		"United Kingdom", "UK", "U.K.", "Uruguay", "Uzbekistan", "Venezuela", "Vietnam", "Wales", "Yemen", "Zambia",
		"Zimbabwe", "United States", "USA", "U.S.A.", "U.S.", "US",
	} {
		m[strings.ToLower(c)] = c
	}
	return m
}()

// isCountry reports whether s names a country.
func isCountry(s string) bool {
	s = strings.TrimSpace(s)
	if s != "" && s[0] < utf8.RuneSelf && (len(s) >= 64 || countryShapes[s[0]|0x20]&(1<<len(s)) == 0) && isASCII(s) {
		return false // no country's name starts with this letter and has this length (every one is shorter than 64 bytes; lowering ASCII keeps a length)
	}
	var buf [64]byte // (lowered in place: the key is looked up without a copy)
	_, ok := countries[string(lowerInto(buf[:], s))]
	return ok
}

// countryShapes holds, by the first byte of a country's key, a bit for the
// key's length: an ASCII phrase whose first letter and length no key has is
// no country, without a look-up.
var countryShapes = func() (shapes [256]uint64) {
	for k := range countries {
		if len(k) < 64 {
			shapes[k[0]] |= 1 << len(k)
		} else {
			panic("countryShapes: a country's name of 64 bytes or more")
		}
	}
	return shapes
}()

// isASCII reports whether s is ASCII alone (its lower case has its length).
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// canonicalCountry returns the country as written on the page, trimmed.
func canonicalCountry(s string) string {
	return strings.TrimSpace(s)
}
