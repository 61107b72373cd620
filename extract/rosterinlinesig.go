package extract

import (
	"regexp"
	"strings"
	"sync"

	"github.com/imgfriendly/imgfriendly"
)

// A quote or a paragraph signed at its end, in running text: "… the most
// significant leap in our careers. - Ana Ruiz, 2025-2026 Co-chief, rural
// residents." The signature (a dash after the sentence, a name, a comma
// and a role up to the block's end) names a resident when the role's head
// — its words up to the first comma, a year or a span of years before it
// dropped — is a resident's role ("Chief Resident", "PGY-2", "Intern"), or
// a chief's ("Co-chief", "Chief") with residents named after it ("Co-chief,
// rural residents"): a chief of residents is a chief resident. Never a
// staff or another role in the head ("Program Director, rural residents",
// "Faculty advisor"), a past one ("former chief resident"), nor a span of
// years that ended before the latest year the page names (a chief of
// 2009-2010 on a page of 2026 is an alumnus). On a page or in a section of
// graduates (a department's congratulations to its graduating residents)
// only a role whose span ends in the page's latest year is read: the
// graduating chief is a resident still; with no year the role is an
// alumnus's, unless the head over it speaks of graduates and graduation
// only ("Congratulations to our graduates"), not of alumni or the past.

// inlineSignature is a signature ending a block, from its dash (where
// sigDash finds it): the name (group 1, read by personName: a title, a
// nickname, a particle), the role (group 2). Compiled on first use.
var inlineSignature = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[-–—]\s?(\p{Lu}[^,]{2,60}?(?:,\s*(?:MD|DO|M\.D\.|D\.O\.))?),\s+([^.!?]{2,80}?)\.?\s*$`)
})

// sigSpan is a year or a span of years opening a role: "2025-2026 ",
// "2026 ", "2025–26 ".
var sigSpan = regexp.MustCompile(`^(?:19|20)\d\d(?:\s*[-–/]\s*(?:(?:19|20)\d\d|\d\d))?\s+`)

// chiefHead is a chief's head with no resident's word: "Co-chief",
// "Chief", "Co-Chief".
var chiefHead = regexp.MustCompile(`(?i)^(?:co-?)?chiefs?$`)

// inlineSignatureResidents reads the signatures that end blocks.
func inlineSignatureResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	latest := -1 // the latest year the page names (read once, when a span needs it)
	for i := range d.blocks {
		b := &d.blocks[i]
		t := b.text
		if b.role == roleRow || len(t) < 40 || b.words().find(gradSet)&4 == 0 {
			continue // (the usual block: no dash near its end)
		}
		past := pastScope(d, i) // (graduates: only a role of this year is theirs now)
		if outOfScope(d, i) && !past {
			continue
		}
		off := sigDash(t)
		if off < 0 {
			continue
		}
		m := inlineSignature().FindStringSubmatchIndex(t[off:])
		if m == nil {
			continue
		}
		bare, _ := cutTitles(t[off+m[2] : off+m[3]])
		name, ok := personName(stripTitle(bare))
		if !ok || isSchoolLine(name) || initialWords(name) {
			continue // ("— J. T., MD, PGY-3": initials, the quote readers' signers)
		}
		role := t[off+m[4] : off+m[5]]
		end := 0
		if s := sigSpan.FindString(role); s != "" {
			end = spanEnd(strings.TrimSpace(s))
			role = role[len(s):]
		}
		head, rest, _ := strings.Cut(role, ",")
		head = strings.TrimSpace(head)
		if staffRoleWords.in(role) || otherRoles.in(head) || otherRoleBefore(asciiLower(head)) {
			continue
		}
		switch {
		case residentRoleRE.MatchString(head):
		case chiefHead.MatchString(head) && residentRoleRE.MatchString(rest):
		default:
			continue
		}
		if end > 0 {
			if latest < 0 {
				latest = latestYear(d)
			}
			if end < latest {
				continue // a chief of years past
			}
		} else if past && !graduatingHead(d, i) {
			continue // an alumnus's role, with no year to make it this year's
		}
		out = append(out, imgfriendly.Resident{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: t[off+m[0]:], Selector: b.selector()}})
	}
	return out
}

// sigDash returns where, in the last 160 bytes of t, a dash follows a
// sentence's end or a closing quote and a space (". - ", "” —", ". -Ana")
// and a space or a capital follows it, with a comma after it; -1 when
// none does.
func sigDash(t string) int {
	base := max(0, len(t)-160)
	tail := t[base:]
	for _, dash := range [...]string{" -", " –", " —"} {
		for from := 0; ; {
			k := strings.Index(tail[from:], dash)
			if k < 0 {
				break
			}
			k += from
			from = k + len(dash)
			e := k + len(dash)
			if e >= len(tail) || tail[e] != ' ' && (tail[e] < 'A' || tail[e] > 'Z') || !strings.Contains(tail[e:], ",") {
				continue
			}
			if k == 0 && base == 0 || k > 0 && strings.ContainsRune(".!?\"", rune(tail[k-1])) || strings.HasSuffix(tail[:k], "”") {
				return base + k + 1
			}
		}
	}
	return -1
}

// spanEnd is the last year of a year or a span: 2026 for "2025-2026",
// "2025–26" or "2026".
func spanEnd(s string) int {
	first := atoiYear(s)
	k := len(s)
	for k > 0 && s[k-1] >= '0' && s[k-1] <= '9' {
		k--
	}
	switch last := s[k:]; {
	case k == 0:
		return first
	case len(last) == 2:
		return first/100*100 + atoiYear(last)
	default:
		return atoiYear(last)
	}
}

// atoiYear reads a string of digits.
func atoiYear(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			break
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// latestYear is the latest year (1900-2099) the page's text names.
func latestYear(d *doc) int {
	y := 0
	for i := range d.blocks {
		for _, w := range yearWord.FindAllString(d.blocks[i].text, -1) {
			y = max(y, atoiYear(w))
		}
	}
	return y
}

// graduatingHead reports a head over block i (its section's heading, else
// the page's title or first line) of graduates or graduation, with no
// alumni and no past in it: "Congratulations to our graduates" is this
// year's graduating residents, "Alumni: where our graduates are now" not.
func graduatingHead(d *doc, i int) bool {
	h := headingOver(d, i)
	if h == "" || sectionKind(h) != sectionOthers {
		h = d.title
		if len(d.blocks) > 0 {
			h += " | " + d.blocks[0].text
		}
	}
	low := asciiLower(h)
	return strings.Contains(low, "graduat") && !hasAnyWord(low, []string{"alumni", "alumnae", "alumnus", "alumna", "former",
		"past", "previous", "where are they now", "now"})
}

// initialWords reports a name with an initial for a whole word: "J. T",
// "R.M.".
func initialWords(n string) bool {
	for w := range strings.FieldsSeq(n) {
		if len(w) == 1 || strings.Contains(w, ".") {
			return true
		}
	}
	return false
}
