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

// The cue lists as keyword sets, each read in one pass.
var (
	softSet      = newKeywordSet(softWords)
	hardSet      = newKeywordSet(hardWords)
	statsSet     = newKeywordSet(statsWords)
	visaTopicSet = newKeywordSet(visaWords)
	examTopicSet = newKeywordSet(examWords)
)

func isSoft(low string) bool      { return softSet.find(low, 1) != 0 }
func isHard(low string) bool      { return hardSet.find(low, 1) != 0 }
func isVisaTopic(low string) bool { return visaTopicSet.find(low, 1) != 0 }
func isExamTopic(low string) bool { return examTopicSet.find(low, 1) != 0 }

// isStats reports a statistics cue in low as a padded text would show it:
// " mean " also at the start or end of low.
func isStats(low string) bool {
	return statsSet.find(low, 1) != 0 || low == "mean" || strings.HasPrefix(low, "mean ") || strings.HasSuffix(low, " mean")
}
