package extract

import "strings"

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
	var buf [64]byte // (lowered in place: the key is looked up without a copy)
	_, ok := countries[string(lowerInto(buf[:], strings.TrimSpace(s)))]
	return ok
}

// canonicalCountry returns the country as written on the page, trimmed.
func canonicalCountry(s string) string {
	return strings.TrimSpace(s)
}
