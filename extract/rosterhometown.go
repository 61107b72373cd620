package extract

import (
	"slices"
	"strings"
)

// A newspaper's story about a program's new residents quotes a few of them
// and says where each comes from: "Ana Ruiz, from Lima, Peru, said …",
// "“…,” said Ben Ota, of Lagos, Nigeria." The reporter gives every other
// speaker a role (the dean, a patient, a parent), so on a page whose
// opening speaks of residents (residentsNews) a speaker whose aside says
// only where they are from is one of the residents the story is about,
// quoted or told of ("said she chose …"). The place is a hometown: no
// school, no training country (the resident's school and country stay
// unknown). An aside that names an institution ("of Harbor General
// Hospital": perhaps its staff), a program, or says anything else ("a
// patient from Lima", "of Lima, the school's dean") is no hometown.

// hometownOpeners open an aside that says where the person is from (lower
// case).
var hometownOpeners = []string{"from ", "of ", "originally from ", "a native of ", "who is from ", "who hails from ",
	"who comes from ", "who grew up in ", "who moved from ", "who moved here from ", "who came from ", "who came here from "}

// hometownSaidClauses open a clause after a hometown aside that tells
// how or when the speaker said what the story quotes, no more of who the
// speaker is (a clause that names a role is read whole: "when asked
// about his years on the faculty"), and so is one of a residency or a
// year ("as he recalled his residency here in 2009": an alumnus's).
var hometownSaidClauses = []string{", when asked", ", as he ", ", as she ", ", as they "}

// hometownMay is a necessary condition of a hometown aside in t: an
// opener of hometownOpeners after a comma (an age may stand between:
// "Ana Ruiz, 27, of Lima").
func hometownMay(t string) bool {
	for from := 0; ; {
		k := strings.Index(t[from:], ", ")
		if k < 0 {
			return false
		}
		from += k + 2
		low := t[from:min(len(t), from+24)]
		for _, o := range hometownOpeners {
			if hasPrefixFold(low, o) {
				return true
			}
		}
	}
}

// hometownNotPlace are words no town's or country's name holds, beside
// institutionWords and the training modifiers (modifierWords: "Family
// Medicine", "Surgery"): an organisation's or a program's.
var hometownNotPlace = map[string]bool{"program": true, "residency": true, "department": true, "campus": true,
	"office": true, "division": true, "company": true, "group": true, "association": true, "society": true,
	"church": true, "team": true, "service": true, "services": true, "system": true, "network": true}

// hometownOnly reports an attribution's aside (after the name and its
// degrees) that says only where the person is from: an opener of
// hometownOpeners, then up to three places apart by commas ("Lima, Peru",
// "Dayton, Ohio", "Peru"), each up to four capitalised words (a particle
// in lower case between: "Rio de Janeiro"). A newspaper's age may come
// first ("27, of Lima, Peru").
func hometownOnly(rest string) bool {
	rest = strings.TrimSpace(strings.Trim(strings.TrimSpace(rest), ",.\"”’"))
	if len(rest) > 4 && rest[0] >= '1' && rest[0] <= '9' && rest[1] >= '0' && rest[1] <= '9' && rest[2] == ',' && rest[3] == ' ' {
		rest = rest[4:] // an age: "27, of Lima"
	}
	low := asciiLower(rest)
	for _, c := range hometownSaidClauses {
		if k := strings.Index(low, c); k > 0 && !staffRoleWords.in(low[k:]) && !otherRoles.in(low[k:]) && !residentRoleRE.MatchString(low[k:]) && !strings.Contains(low[k:], "residency") && !yearWord.MatchString(low[k:]) {
			rest, low = rest[:k], low[:k] // "from Quito, Ecuador, when asked about the move": how the speaker came to say it
		}
	}
	place := ""
	for _, o := range hometownOpeners {
		if strings.HasPrefix(low, o) {
			place = rest[len(o):]
			break
		}
	}
	if place == "" {
		return false
	}
	parts := strings.Split(place, ", ")
	if len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		ws := strings.Fields(p)
		if len(ws) == 0 || len(ws) > 4 || !upperAt(ws[0], 0) {
			return false
		}
		for _, w := range ws {
			lw := asciiLower(strings.Trim(w, ".’'"))
			if !upperAt(w, 0) && !nameParticles[lw] {
				return false // "from Lima and …", "of Lima, the school's dean"
			}
			if hometownNotPlace[lw] || modifierWords[lw] || slices.Contains(institutionWords, lw) {
				return false
			}
		}
	}
	return true
}
