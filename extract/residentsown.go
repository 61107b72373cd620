package extract

import "strings"

// residentsOwn reports a clause that tells what the residency gives its
// own residents or what they get or do in it — its residents (interns,
// trainees) as the subject of a verb of getting or doing ("Residents gain
// experience in US community clinics", "Our interns rotate at …",
// "Trainees have the opportunity to …", "Residents are encouraged to
// complete away rotations …"), or as those a verb of giving gives to ("Our
// electives give residents exposure to diseases rarely seen in the US",
// "The program provides interns with …"). What the program's residents
// get is no rule for the people who apply to it, whatever words of
// preference the description holds ("rarely", "valuable", "a plus"): read
// marks such a clause as stating no rule. An applicant named in the
// clause (applicants, candidates, IMGs, you, graduates; prospective,
// future or incoming residents, who are applicants) keeps it a rule, and so
// does a visa ("the program provides residents with J-1 sponsorship" is
// the program's visa rule); a verb of requirement between the residents
// and their verb is no verb of doing ("Residents must …").
func residentsOwn(low string, cl *clause) bool {
	if cl.topics.any(visaFamily) {
		return false
	}
	text := low[cl.start:cl.end]
	if !residentWordMay(text) {
		return false // (most clauses)
	}
	f := strings.Fields(punctSpacer.Replace(text))
	for _, w := range f {
		if applicantNamed(w) {
			return false
		}
	}
	for i, w := range f {
		if !residentNouns[w] {
			continue
		}
		// given to: "… give(s) (our) residents …"
		j := i - 1
		for j >= 0 && residentDeterminers[f[j]] {
			j--
		}
		if j >= 0 && givingVerbs[f[j]] {
			return true
		}
		// the subject: at most three words open the clause before it
		// ("Our second-year residents …"), then a verb of getting or doing
		// past fillers
		if i > 3 {
			continue
		}
		k := i + 1
		for k < len(f) && residentFillers[f[k]] {
			k++
		}
		if k < len(f) && residentVerbs[f[k]] {
			return true
		}
		for _, p := range residentPhrases {
			if hasWordsAt(f, k, p) {
				return true
			}
		}
	}
	return false
}

// residentWordMay reports a word of residentNouns in text (a necessary
// test, cheap: "intern" is also in "international", which the full
// reading rejects).
func residentWordMay(text string) bool {
	return strings.Contains(text, "resident") || strings.Contains(text, "intern") || strings.Contains(text, "trainee") ||
		strings.Contains(text, "housestaff")
}

// applicantNamed reports a word naming the people who apply, or residents
// still to come (who apply).
func applicantNamed(w string) bool {
	switch {
	case strings.HasPrefix(w, "applicant"), strings.HasPrefix(w, "candidate"), strings.HasPrefix(w, "graduate") && w != "graduated":
		return true
	}
	return residentsToCome[w]
}

// hasWordsAt reports the words p at f[k:].
func hasWordsAt(f []string, k int, p []string) bool {
	if k+len(p) > len(f) {
		return false
	}
	for i, w := range p {
		if f[k+i] != w {
			return false
		}
	}
	return true
}

var (
	// residentNouns name the program's residents.
	residentNouns = wordSet("residents", "resident", "interns", "intern", "trainees", "trainee", "housestaff")
	// residentDeterminers stand between a verb of giving and the residents.
	residentDeterminers = wordSet("our", "the", "all", "its", "their", "each", "every", "both", "senior", "junior", "first-year",
		"second-year", "third-year", "categorical", "preliminary")
	// givingVerbs give the residents what follows.
	givingVerbs = wordSet("give", "gives", "gave", "giving", "provide", "provides", "provided", "providing", "offer", "offers",
		"offered", "offering", "afford", "affords", "allow", "allows", "expose", "exposes", "exposing", "enable", "enables", "grant",
		"grants", "prepare", "prepares", "teach", "teaches", "train", "trains")
	// residentFillers stand between the residents and their verb.
	residentFillers = wordSet("will", "also", "can", "may", "often", "typically", "usually", "each", "all", "regularly",
		"frequently", "routinely", "then", "further", "additionally", "commonly", "have", "has", "had", "are", "is", "were",
		"get", "to", "able", "encouraged", "invited", "welcome", "free", "given", "the", "opportunity", "chance")
	// residentVerbs are what residents get or do in the program.
	residentVerbs = wordSet("gain", "gains", "gained", "gaining", "receive", "receives", "received", "experience", "experienced",
		"rotate", "rotates", "rotated", "rotating", "spend", "spends", "spent", "participate", "participates", "participated",
		"learn", "learns", "learned", "see", "sees", "saw", "work", "works", "worked", "train", "trains", "trained", "care",
		"cares", "complete", "completes", "completed", "travel", "travels", "traveled", "travelled", "develop", "develops",
		"developed", "build", "builds", "acquire", "acquires", "acquired", "practice", "practices", "practiced", "serve", "serves",
		"served", "choose", "chooses", "chose", "prefer", "prefers", "preferred", "benefit", "benefits", "enjoy", "enjoys",
		"pursue", "pursues", "join", "joins", "attend", "attends", "manage", "manages", "treat", "treats", "provide", "provides",
		"engage", "engages", "undertake", "undertakes", "explore", "explores")
	// residentPhrases are verbs of doing of more than a word.
	residentPhrases = [][]string{{"take", "advantage"}, {"takes", "advantage"}, {"get", "exposure"}, {"gets", "exposure"}}
	// residentsToCome name residents still to come, who are applicants,
	// and the other words that name the people who apply.
	residentsToCome = wordSet("prospective", "future", "potential", "incoming", "interested", "aspiring", "img", "imgs", "fmg",
		"fmgs", "you", "your")
)
