package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A reporter may open the sentence that quotes a speaker with a clause of
// the circumstance before the speaker's name: "Asked what he thought of the
// Valley, Carlos Ruiz, of Bogotá, Colombia, said: …", "Speaking in
// Spanish, Cesar Mota said …", "When asked about the move, Ana Ruiz said
// …". The clause is no part of the name nor of its aside: the speaker is
// the name after it.

// frontedOpeners are the first words (lower case) of a clause fronted
// before a sentence's subject: subordinators, prepositions and past
// participles of being asked or told (a present participle, "Speaking",
// "Reflecting", is any word in -ing: frontedOpener).
var frontedOpeners = map[string]bool{"asked": true, "when": true, "while": true, "after": true, "before": true,
	"since": true, "although": true, "though": true, "as": true, "once": true, "upon": true, "told": true,
	"pressed": true, "interviewed": true, "invited": true, "at": true, "in": true, "during": true, "on": true,
	"like": true, "born": true, "raised": true, "having": true, "with": true}

// frontedOpener reports whether w, a clause's first word, opens a fronted
// clause: a frontedOpeners word or a present participle ("Speaking").
func frontedOpener(w string) bool {
	low := asciiLower(w)
	return frontedOpeners[low] || len(low) > 5 && strings.HasSuffix(low, "ing")
}

// frontedClauseEnd is where the subject starts in seg, the sentence up to
// its verb of saying, after a fronted clause of one or two comma-parted
// stretches ("Asked what he thought of the Valley, Carlos Ruiz, of
// Bogotá"): the offset just past the clause's comma and space, or -1 when
// seg opens with no fronted clause. A clause that speaks of residents as
// others ("Speaking to the new residents, Mark Stone said"), or that
// names a year (a past the speaker looks back on), makes its speaker none
// of them: -1.
func frontedClauseEnd(seg string) int {
	at := frontedSubject(seg)
	if at < 0 {
		return -1
	}
	if clause := asciiLower(seg[:at]); residentRoleRE.MatchString(clause) && !strings.Contains(clause, "fellow ") || yearWord.MatchString(clause) {
		return -1 // "Speaking to the new residents, Mark Stone said"; "Recalling his own white coat in 1998, …": an alumnus's
	}
	return at
}

// frontedSubject is where a person's name opens the main clause of s
// after a fronted clause, or -1: frontedClauseEnd whatever the clause
// says.
func frontedSubject(s string) int {
	w, _, _ := strings.Cut(s, " ")
	if !frontedOpener(strings.TrimRight(w, ",")) {
		return -1
	}
	at := 0
	for range 2 {
		c := strings.Index(s[at:], ", ")
		if c < 0 {
			return -1
		}
		at += c + 2
		if _, ok := personName(nameHead(s[at:])); ok {
			return at
		}
	}
	return -1
}

// nameHead is the run of capitalised words t opens with, up to a comma:
// where a subject's name would be ("Luis Prado" of "Luis Prado said: …",
// of "Luis Prado, of Quito, …").
func nameHead(t string) string {
	end := 0
	for end < len(t) {
		r, _ := utf8.DecodeRuneInString(t[end:])
		if !unicode.IsUpper(r) {
			break
		}
		sp := strings.IndexAny(t[end:], " ,")
		if sp < 0 {
			end = len(t)
			break
		}
		end += sp
		if t[end] == ',' || end+1 >= len(t) {
			break
		}
		end++
	}
	return strings.TrimRight(t[:end], " ")
}

// subjectOpens reports whether the clause t opens with name, perhaps
// after "Dr.".
func subjectOpens(t, name string) bool {
	return strings.HasPrefix(strings.TrimPrefix(t, "Dr. "), name)
}
