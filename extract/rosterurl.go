package extract

import (
	"net/url"
	"strings"
)

// A page's address can say what the page is: a site that files one page per
// resident under a residents' folder ("/residents/jane-doe",
// "/resident/jane-doe-md/", "/our-residents/jane-doe.html") says the page
// is about that one resident, even when the text, written in the first
// person, never gives the name. Faculty, alumni and fellows' folders say
// nothing of the kind, and neither does a folder's own page
// ("/residents/current-residents").

// residentFolderWords are the words of a path segment that files residents.
var residentFolderWords = map[string]bool{"resident": true, "residents": true, "intern": true, "interns": true,
	"housestaff": true, "house-staff": true}

// otherPeopleWords in a folder's name say its pages are not residents'.
var otherPeopleWords = map[string]bool{"faculty": true, "alumni": true, "fellow": true, "fellows": true,
	"staff": true, "former": true, "graduates": true, "leadership": true, "directors": true, "applicants": true,
	"students": true, "student": true}

// slugDegrees are degree words a name slug may end with ("jane-doe-md").
var slugDegrees = map[string]bool{"md": true, "do": true, "mbbs": true, "phd": true, "mph": true, "mba": true, "ms": true, "msc": true}

// residentPageName returns the name a page's address gives its one resident
// ("Jane Doe" for ".../residents/jane-doe-md/"), or "" when the address
// files no single resident.
func residentPageName(pageURL string) string {
	return slugName(residentPageSlug(pageURL))
}

// residentPageSlug returns the last segment of a page's address filed
// under a residents' folder ("jane-doe-md" for ".../residents/jane-doe-md/",
// "gillian" for ".../our-residents/gillian.html"), or "".
func residentPageSlug(pageURL string) string {
	if !strings.Contains(pageURL, "resident") && !strings.Contains(pageURL, "intern") && !strings.Contains(pageURL, "staff") {
		return "" // (the usual page: no parse)
	}
	u, err := url.Parse(pageURL)
	if err != nil || u.RawQuery != "" {
		return ""
	}
	segs := strings.FieldsFunc(strings.ToLower(u.Path), func(r rune) bool { return r == '/' })
	if len(segs) < 2 {
		return ""
	}
	slug, folder := segs[len(segs)-1], segs[len(segs)-2]
	if i := strings.LastIndexByte(slug, '.'); i > 0 {
		slug = slug[:i] // "jane-doe.html"
	}
	if !residentFolderWords[folder] { // "house-staff" is a residents' folder whole, whatever "staff" says alone
		folderOK := false
		for _, w := range strings.FieldsFunc(folder, slugSep) {
			if otherPeopleWords[w] {
				return ""
			}
			if residentFolderWords[w] {
				folderOK = true
			}
		}
		if !folderOK {
			return ""
		}
	}
	return slug
}

// slugName reads a person's name from the words of a path segment ("jane-doe",
// "jane-doe-md"): two to four lowercase ASCII words, none a folder, role or
// non-name word, that personName accepts; else "".
func slugName(slug string) string {
	words := strings.FieldsFunc(slug, slugSep)
	for len(words) > 0 && slugDegrees[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	if len(words) < 2 || len(words) > 4 {
		return ""
	}
	for i, w := range words {
		if len(w) < 2 || notNameWords[w] || residentFolderWords[w] || otherPeopleWords[w] {
			return ""
		}
		for _, c := range w {
			if c < 'a' || c > 'z' {
				return "" // digits, ids, non-ASCII escapes: no name
			}
		}
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	name, ok := personName(strings.Join(words, " "))
	if !ok {
		return ""
	}
	return name
}

// slugSep separates the words of a path segment ("jane-doe", "our_residents").
func slugSep(r rune) bool { return r == '-' || r == '_' }

// spotlightPrefixes open a path segment that names the one resident a
// spotlight or profile page is about: "resident-spotlight-jane-doe",
// "meet-our-resident-jane-doe".
var spotlightPrefixes = []string{"resident-spotlight-", "meet-our-resident-", "meet-the-resident-", "resident-profile-",
	"spotlight-on-resident-", "intern-spotlight-", "meet-our-intern-"}

// spotlightPageName returns the name the last segment of a spotlight
// page's address gives after its prefix ("Jane Doe" for
// ".../resident-spotlight-jane-doe"), or "".
func spotlightPageName(pageURL string) string {
	if !strings.Contains(pageURL, "resident-") && !strings.Contains(pageURL, "intern-") {
		return "" // (the usual page: no parse)
	}
	u, err := url.Parse(pageURL)
	if err != nil || u.RawQuery != "" {
		return ""
	}
	segs := strings.FieldsFunc(strings.ToLower(u.Path), func(r rune) bool { return r == '/' })
	if len(segs) == 0 {
		return ""
	}
	slug := segs[len(segs)-1]
	if i := strings.LastIndexByte(slug, '.'); i > 0 {
		slug = slug[:i]
	}
	rest := ""
	for _, p := range spotlightPrefixes {
		if strings.HasPrefix(slug, p) {
			rest = slug[len(p):]
			break
		}
	}
	return slugName(rest)
}
