package extract

import (
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// News names a resident and says, without naming the school, that the
// resident studied medicine abroad: "Dr. Omar Haddad (a foreign medical
// school graduate)", "Lena Park came to the residency as an international
// medical graduate", "Dr. Tariq Aziz trained in another country". The
// README's convention: img true, school null. The statement must stand in
// the resident's own sentence, after the name and before the next
// resident's, in the singular (one person's status, not "international
// medical graduates" the program welcomes), and not denied.

// imgStated are the phrases that state one person's IMG status.
var imgStated = newWordList("a foreign medical school", "an international medical school", "a medical school abroad",
	"medical school abroad", "an international medical graduate", "a foreign medical graduate", "an img", "an fmg",
	"a foreign graduate", "an international graduate", "trained in another country", "trained abroad",
	"studied medicine abroad", "studied medicine in another country", "medical school in another country",
	"medical school outside the united states", "medical school outside the u.s.", "medical school outside the us")

// imgDenied in the same stretch turns the statement around: "not an
// international medical graduate", "unlike the IMGs".
var imgDenied = newWordList("not", "non", "unlike", "never", "rather than", "instead of")

// markStatedIMG sets IMG true on the residents without a school whose own
// stretch of their evidence sentence states that they studied abroad.
func markStatedIMG(rs []imgfriendly.Resident) {
	for k := range rs {
		r := &rs[k]
		if r.IMG != nil || r.School != "" || r.Name == "" || r.Evidence.Text == "" || !strings.Contains(r.Evidence.Text, r.Name) {
			continue
		}
		if !imgStated.in(r.Evidence.Text) {
			continue // (one scan of the sentence before it is cut)
		}
		for _, s := range sentences(r.Evidence.Text) {
			at := strings.Index(s, r.Name)
			if at < 0 {
				continue
			}
			stretch := s[at+len(r.Name):]
			for j := range rs {
				if j == k || rs[j].Name == "" {
					continue
				}
				if e := strings.Index(stretch, rs[j].Name); e >= 0 {
					stretch = stretch[:e] // up to the next resident named
				}
			}
			if imgStated.in(stretch) && !imgDenied.in(stretch) {
				yes := true
				r.IMG = &yes
			}
			break
		}
	}
}
