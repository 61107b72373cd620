package extract

import (
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// Graduating residents listed with where they go next: a heading or a lead
// line ("Graduating Residents 2025", "Our graduating residents and their
// next steps:") over lines that give each one's name with a degree or a
// title, and a fellowship, a job or a place after a separator or on the
// line under it. Graduating residents are residents (the README's
// convention); what follows the name is a destination, never a school. A
// school's graduating students and graduating fellows are someone else.

// graduatingOthers in a lead make its list someone else's.
var graduatingOthers = []string{"student", "students", "fellow", "fellows", "faculty", "alumni", "former", "past"}

// maxGraduatingLines is the most lines read under one lead.
const maxGraduatingLines = 40

// graduatingResidents reads the lists under graduating residents' leads.
func graduatingResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	for i := 0; i < len(d.blocks); i++ {
		if !graduatingLead(&d.blocks[i]) {
			continue
		}
		misses := 0 // lines in a row that name no one (a destination's line)
		j := i + 1
		for ; j < len(d.blocks) && j <= i+maxGraduatingLines && misses < 3; j++ {
			b := &d.blocks[j]
			if b.role == roleHeading || b.role == roleRow || graduatingLead(b) {
				break
			}
			name, ok := graduatingEntry(b.text)
			if !ok {
				misses++
				continue
			}
			if j+1 < len(d.blocks) && d.blocks[j+1].role != roleHeading && fieldCount(d.blocks[j+1].text) <= 6 && leaderRole(d.blocks[j+1].text) {
				continue // "Dr. Helen Marsh" over "Program Director": staff, not a graduate
			}
			misses = 0
			out = append(out, imgfriendly.Resident{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: d.blocks[i].text + " | " + b.text, Selector: b.selector()}})
		}
		i = j - 1
	}
	return out
}

// graduatingLead reports a short heading or lead line that names
// graduating residents (or chiefs) and no other group. graduatingResidents
// asks it of every block: the block's words (read once for every reader)
// are asked first for residencyGraduates' third group, "graduate",
// "graduating", "graduation" in any case, which a lead's "graduating" is
// (TestGraduatingLeadGate, FuzzGraduatingLeadGate).
func graduatingLead(b *block) bool {
	return b.words().find(residencyGraduates.hints)&graduatingGroup != 0 && graduatingLeadRead(b)
}

// graduatingGroup is the group of residencyGraduates' hints that holds
// "graduating".
const graduatingGroup = 1 << 2

// graduatingLeadRead is graduatingLead read from the text alone.
func graduatingLeadRead(b *block) bool {
	t := strings.TrimSpace(b.text)
	if len(t) > 100 || b.role == roleRow || !containsFold(t, "graduating") {
		return false
	}
	if b.role != roleHeading && !strings.HasSuffix(t, ":") && (strings.HasSuffix(t, ".") || fieldCount(t) > 10) {
		return false // a sentence of running text, not a lead
	}
	low := asciiLower(t)
	return hasAnyWord(low, []string{"resident", "residents", "chief", "chiefs", "housestaff", "interns"}) && !hasAnyWord(low, graduatingOthers)
}

// graduatingEntry reads one line of a graduating list: a name with a
// degree or a title, alone or before a separator and a destination.
func graduatingEntry(t string) (string, bool) {
	t = strings.TrimSpace(strings.TrimLeft(t, "•*-–— "))
	head := t
	for _, sep := range []string{" — ", " – ", " - ", ": ", " | "} {
		if k := strings.Index(t, sep); k > 0 {
			head = t[:k]
			if leaderRole(t[k+len(sep):]) {
				return "", false // "Dr. Helen Marsh - Program Director": staff, not a graduate
			}
			break
		}
	}
	head = strings.TrimSpace(head)
	titled := strings.HasPrefix(head, "Dr. ") || strings.HasPrefix(head, "Dr ")
	if !titled && stripDegrees(head) == trimDegreePunct(head) {
		return "", false // no degree and no title: a destination's line ("Private Practice, Denver") as often as a name
	}
	return personName(stripTitle(head))
}

// graduatingLeaderWords name a program's leaders and staff: beside a name in a
// graduating list they make the person no graduate. (A next job,
// "hospitalist", "faculty", "attending", is a graduate's destination.)
var graduatingLeaderWords = []string{"director", "directors", "coordinator", "coordinators", "chair", "chairman", "chairwoman",
	"dean", "administrator", "manager", "professor", "chief medical officer", "president"}

// leaderRole reports text that names a leader's or a staff member's role.
func leaderRole(t string) bool {
	return hasAnyWord(asciiLower(t), graduatingLeaderWords)
}
