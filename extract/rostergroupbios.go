package extract

import (
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// A roster page often writes each resident as a name line and a short bio
// under it, below a line that names the group: "Current Residents" /
// "Ana Ruiz, MD" / "Ana grew up in Quito and graduated from X. She enjoys
// …" / "Ben Ota, DO" / "Ben …". The bios need not say "resident": the
// group's line says it for each of them, as it does for a run of bare
// names (groupedNameResidents). The school is what each bio says of its
// person (bioSchool: a verb that names the medical school, a country of
// training).

// bioRunMost is the most prose blocks one resident's bio may hold.
const bioRunMost = 3

// groupBioRun reads the run of name-and-bio entries under block i, a line
// that names a group of residents: the residents and the block after the
// run, or nil when fewer than two entries follow. An entry is a block
// that is a person's name (groupNameAt) followed by one to bioRunMost
// blocks of prose (bioProse), or a block of prose that opens with its
// person's full name as its subject (openingName) under a group's title
// that tells no news (no finite verb: "Meet our interns", not "Harbor
// General welcomes its first residents"); the run ends at any other block.
func groupBioRun(d *doc, i int, pageURL string) ([]imgfriendly.Resident, int) {
	var run []imgfriendly.Resident
	g := d.blocks[i].text
	if w, _, _ := strings.Cut(g, " "); questionOpeners[w] {
		return nil, i + 1 // "How residents ranked programs": a round-up's question, no group of this program's
	}
	titled := !hasFiniteVerb(g) // a group's title ("Meet our interns"), no headline that tells news
	j := i + 1
	for j < len(d.blocks) {
		if name, ok := openingName(d, j); ok && titled {
			// a bio that opens with its person's name: "Dr. Ana Ruiz grew up
			// in Quito and graduated from X."
			if r, ok := bioEntry(d, i, j, name, d.blocks[j].text, pageURL); ok {
				run = append(run, r)
			}
			j++
			continue
		}
		if !groupNameAt(d, j) || d.blocks[j].lineRole() != roleNone {
			break
		}
		k := j + 1
		for k < len(d.blocks) && k-j <= bioRunMost && bioProse(d, k) {
			k++
		}
		if k == j+1 {
			break // a name with no bio under it: no entry of this run
		}
		name, ok := personName(d.blocks[j].text)
		if !ok {
			break // (a first name alone heads no bio here)
		}
		var sb strings.Builder
		for x := j + 1; x < k; x++ {
			sb.WriteString(d.blocks[x].text)
			sb.WriteByte(' ')
		}
		if r, ok := bioEntry(d, i, j, name, sb.String(), pageURL); ok {
			run = append(run, r)
		}
		j = k
	}
	if len(run) < 2 || len(run) == 2 && personKey(run[0].Name) == personKey(run[1].Name) {
		return nil, i + 1 // (one person twice, a photo's caption repeated, is no run)
	}
	return run, j
}

// bioEntry is the resident of the entry at block j under the group's line
// i, named name, whose bio is bio: its school is bioSchool's; ok is false
// when the bio says its person is someone else now (notResidentBio: "Dr.
// Price is our assistant program director").
func bioEntry(d *doc, i, j int, name, bio, pageURL string) (imgfriendly.Resident, bool) {
	if notResidentBio().MatchString(bio) {
		return imgfriendly.Resident{}, false
	}
	r := imgfriendly.Resident{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: d.blocks[i].text + " | " + d.blocks[j].text, Selector: d.blocks[j].selector()}}
	bioSchool(bio, asciiLower(bio), &r)
	return r, true
}

// bioProse reports block k as a bio's prose: no table row or heading, a
// sentence's length (40 bytes or more) with a full stop, and no name line.
func bioProse(d *doc, k int) bool {
	b := &d.blocks[k]
	t := b.text
	if b.role == roleRow || b.role == roleHeading || len(t) < 40 || !strings.Contains(t, ". ") && !strings.HasSuffix(t, ".") {
		return false
	}
	return !groupNameAt(d, k)
}

// openingName reads the full name that opens block j's prose as its
// subject: "Dr. Ana Ruiz grew up in …" — two to four capitalised words,
// a doctor's title before them allowed, then a word in lower case (its
// verb). ok is false for any other block, for a name in apposition
// ("Lena Ortiz, M.D., first-year resident at …": a round-up's voice) and
// for a name that is not a person's (personName).
func openingName(d *doc, j int) (string, bool) {
	if !bioProse(d, j) {
		return "", false
	}
	t := d.blocks[j].text
	t = strings.TrimPrefix(strings.TrimPrefix(t, "Dr. "), "Dr ")
	ws := strings.SplitN(t, " ", 6)
	n := 0
	for n < len(ws)-1 && n < 4 && upperAt(ws[n], 0) && !strings.HasSuffix(ws[n], ".") && !strings.HasSuffix(ws[n], ",") || n < len(ws)-1 && n > 0 && n < 4 && len(ws[n]) == 2 && ws[n][1] == '.' {
		n++
	}
	if n < 2 || n >= len(ws) {
		return "", false
	}
	if next := ws[n]; next == "" || next[0] < 'a' || next[0] > 'z' {
		return "", false // the name then its verb; an apposition ("Lena Ortiz, M.D., first-year resident at …:") is a round-up's voice
	}
	return personName(strings.Join(ws[:n], " "))
}

// bioOpensWithName reports block j as a bio that opens with its person's
// name (openingName).
func bioOpensWithName(d *doc, j int) bool {
	_, ok := openingName(d, j)
	return ok
}

// questionOpeners open a heading that asks (a round-up's question), no
// group's title.
var questionOpeners = map[string]bool{"How": true, "Why": true, "What": true, "When": true, "Where": true, "Who": true, "Which": true}
