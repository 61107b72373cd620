package extract

import "strings"

// Cue words, matched as substrings of normalised (lower-case) text: cheaper
// than regular expressions on the hot path, and the words are distinctive.
var (
	// softWords turn a limit into a preference.
	softWords = []string{"prefer", "encourag", "ideal", "recommend", "favor", "favour", "priority", "competitive",
		"desirable", "advantage", "strongly consider", " plus", "welcome"}
	// hardWords make a score a minimum.
	hardWords = []string{"minimum", " min ", " min.", "at least", ">", "+", "or higher", "or above", "or greater",
		"or better", "or more", "and above", "and higher", "and up", "above", "require", "must", "cutoff", "cut-off",
		"no less than", "threshold", "need", "only consider", "only accept", "will not", "not be considered", "eligib"}
	// statsWords describe residents' scores, not requirements.
	statsWords = []string{"average", " mean ", "median", "typical", "our residents", "our current residents",
		"matched applicants", "matched residents", "last year", "range", "interviewed", "successful applicants"}
	visaWords = []string{"j1", "h1b", "visa", "sponsor"}
	examWords = []string{"step1", "step2ck", "step3", "usmle", "comlex", "level1", "level2", "exam", "board", "attempt"}
)

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func isSoft(low string) bool      { return containsAny(low, softWords) }
func isHard(low string) bool      { return containsAny(low, hardWords) }
func isStats(low string) bool     { return containsAny(" "+low+" ", statsWords) }
func isVisaTopic(low string) bool { return containsAny(low, visaWords) }
func isExamTopic(low string) bool { return containsAny(low, examWords) }
