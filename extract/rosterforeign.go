package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/imgfriendly/imgfriendly"
)

// A resident's role written in another language than English — a French,
// Spanish, Portuguese, Italian or German page's "médecin résident",
// "médica residente", "medico specializzando", "Assistenzärztin" — binds
// a name in the positions the English roles take: before the name as a
// title ("la médecin résidente Ana Ruiz"), in apposition after it ("Ana
// Ruiz, residente de segundo año,"), after a verb of being ("Ana Ruiz est
// résidente en pédiatrie"). The roles are rows of foreignRoles; a bare
// "résident(e)" or "residente" names a trainee only with a specialty or a
// training year after it (a city's "résidents" are its inhabitants).

// foreignRole is one row of the lexicon: the role's words in lower case,
// as written, and whether it is bare (a trainee's only with a modifier
// after it: foreignModifierAfter) and plural.
type foreignRole struct {
	words        string
	bare, plural bool
}

// foreignRoles are the role rows, longer first where one opens another.
var foreignRoles = []foreignRole{
	// French
	{"médecins résidents", false, true}, {"médecins résidentes", false, true},
	{"médecin résidente", false, false}, {"médecin résident", false, false},
	{"résidentes", true, true}, {"résidents", true, true}, {"résidente", true, false}, {"résident", true, false},
	{"internes", false, true}, {"interne", false, false},
	// Spanish and Portuguese
	{"médicos residentes", false, true}, {"médicas residentes", false, true},
	{"médico residente", false, false}, {"médica residente", false, false},
	{"residentes", true, true}, {"residente", true, false},
	// Italian
	{"medici specializzandi", false, true}, {"medico specializzando", false, false}, {"medica specializzanda", false, false},
	{"specializzandi", false, true}, {"specializzande", false, true}, {"specializzando", false, false}, {"specializzanda", false, false},
	// German
	{"assistenzärztinnen", false, true}, {"assistenzärztin", false, false}, {"assistenzärzte", false, true}, {"assistenzarzt", false, false},
	{"ärztinnen in weiterbildung", false, true}, {"ärztin in weiterbildung", false, false},
	{"ärzte in weiterbildung", false, true}, {"arzt in weiterbildung", false, false},
}

// foreignRoleSet finds the words a role of foreignRoles opens or holds, in
// any ASCII case: the gate of foreignRoleResidents (a member of
// blockWords; no byte its other members' words do not hold already, "ä"'s
// second byte would add a column to every state of the union).
var foreignRoleSet = newFoldedKeywordSet([]string{"résident", "residente", "specializzand", "assistenz", "weiterbildung", "interne"})

// foreignArticles may stand before a role: articles and "un(e)".
var foreignArticles = map[string]bool{"le": true, "la": true, "l'": true, "l’": true, "les": true, "un": true, "une": true,
	"el": true, "los": true, "las": true, "o": true, "a": true, "os": true, "as": true, "um": true, "uma": true,
	"il": true, "lo": true, "i": true, "gli": true, "der": true, "die": true, "ein": true, "eine": true, "unos": true}

// foreignCopulas are the present verbs of being, and the adverbs of now
// that may follow them.
var (
	foreignCopulas = map[string]bool{"est": true, "sont": true, "es": true, "son": true, "é": true, "são": true,
		"è": true, "sono": true, "ist": true, "sind": true}
	foreignNow = map[string]bool{"actuellement": true, "maintenant": true, "désormais": true, "actualmente": true,
		"ahora": true, "atualmente": true, "agora": true, "attualmente": true, "ora": true, "derzeit": true, "jetzt": true,
		"aktuell": true}
)

// foreignPast are the words before a role that make it past or another's:
// "ancienne résidente", "ex residente", "ehemaliger Assistenzarzt".
var foreignPast = map[string]bool{"ancien": true, "ancienne": true, "anciens": true, "anciennes": true, "ex": true,
	"ex-": true, "antiguo": true, "antigua": true, "antigo": true, "antiga": true, "ehemalige": true, "ehemaliger": true,
	"ehemaligen": true, "futur": true, "future": true, "futuro": true, "futura": true, "zukünftige": true}

// foreignRepresentatives stand before a plural role whose representative
// the person is, one of them: "la représentante des médecins
// résidents Ana Ruiz".
var foreignRepresentatives = []string{"représentante des", "représentant des", "représentantes des", "représentants des",
	"representante de los", "representantes de los", "representante dos", "rappresentante degli", "rappresentante dei",
	"vertreterin der", "vertreter der"}

// foreignSpecialtyStems open a specialty's word (lower case), and
// foreignOrdinals a training year's: "en pédiatrie", "de medicina
// interna", "de segundo año", "de deuxième année".
var (
	foreignSpecialtyStems = []string{"médecine", "medicina", "medizin", "pédiatr", "pediatr", "chirurg", "cirug", "cirurg",
		"psychiatr", "psiquiatr", "anesth", "anest", "radiolog", "cardiolog", "neurolog", "dermatolog", "obstétr",
		"obstetr", "gynéco", "ginecolog", "urolog", "ophtalmolog", "oftalmolog", "orthopéd", "ortoped", "patholog",
		"patolog", "oncolog", "gériatr", "geriatr", "néphrolog", "nefrolog", "urgence", "urgencia", "emergenc",
		"clínica", "clinica", "famili", "santé", "salud", "saúde", "gastro", "pneumo", "neumolog", "endocrin",
		"rhumatolog", "reumatolog", "hématolog", "hematolog", "infectiolog", "infectolog", "innere", "allgemein"}
	foreignOrdinals = []string{"première", "premier", "deuxième", "troisième", "quatrième", "cinquième", "1re", "2e", "3e",
		"4e", "5e", "primer", "primero", "primera", "segundo", "segunda", "tercer", "tercero", "tercera", "cuarto",
		"cuarta", "quinto", "quinta", "primeiro", "terceiro", "quarto", "primo", "secondo", "terzo", "quarto", "quinto"}
	foreignOf = map[string]bool{"en": true, "de": true, "du": true, "des": true, "em": true, "do": true, "da": true,
		"in": true, "di": true, "del": true, "della": true, "für": true, "im": true}
)

// foreignRoleResidents reads the residents the roles of foreignRoles
// bind, in the blocks whose words hold one of foreignRoleSet's.
func foreignRoleResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || len(b.text) < 16 || b.words().find(foreignRoleSet)&1 == 0 || outOfScope(d, i) && !pastScope(d, i) {
			continue
		}
		past := outOfScope(d, i)
		t := b.text
		low := strings.ToLower(t) // (the roles' accented letters lowered; the same length for these letters)
		if len(low) != len(t) {
			continue
		}
		for at := 0; at < len(t); {
			r, r0, r1 := foreignRoleAt(low, at)
			if r0 < 0 {
				break
			}
			at = r1
			if r.bare {
				e := foreignModifierAfter(t, low, r1)
				if e == 0 {
					continue // "résidente de Sherbrooke": an inhabitant, or no one's training said
				}
				r1 = e
			} else if e := foreignModifierAfter(t, low, r1); e > 0 {
				r1 = e
			}
			before := foreignWordsBefore(low, r0, 3)
			if len(before) > 0 && foreignPast[before[len(before)-1]] {
				continue
			}
			var names []string
			from := r0
			// a title: the name right after the role (and its modifier)
			if !past && foreignTitleBefore(low, r0, r.plural) {
				names = foreignNamesAt(t, r1, r.plural)
				if names != nil {
					from = foreignClauseStart(t, r0)
				}
			}
			// an apposition or a verb of being: the name before
			if names == nil {
				if name, n0, ok := foreignNameBefore(t, low, r0, past); ok {
					names, from = []string{name}, n0
				}
			}
			if names == nil {
				continue
			}
			ev := imgfriendly.Evidence{URL: pageURL, Text: sentenceAround(t, from, r1), Selector: b.selector()}
			for _, n := range names {
				out = append(out, imgfriendly.Resident{Name: n, Evidence: ev})
			}
		}
	}
	return out
}

// foreignRoleAt finds the next role of foreignRoles in low (t lowered) at
// or after at, at a word's start and end: the row, its start and end, or
// -1.
func foreignRoleAt(low string, at int) (foreignRole, int, int) {
	for i := at; i < len(low); i++ {
		c := low[i]
		if c != 'm' && c != 'r' && c != 'i' && c != 's' && c != 'a' && c != 0xc3 {
			continue
		}
		if i > 0 && foreignWordByte(low, i-1) && low[i-1] != '\'' && !strings.HasSuffix(low[:i], "’") {
			continue // (inside a word; "l’interne" opens one)
		}
		for _, r := range foreignRoles {
			if strings.HasPrefix(low[i:], r.words) {
				e := i + len(r.words)
				if e < len(low) && foreignWordByte(low, e) {
					continue
				}
				if r.words == "interne" || r.words == "internes" {
					if w := foreignWordsBefore(low, i, 1); len(w) == 1 && (w[0] == "médecine" || w[0] == "medicina") {
						continue // "médecine interne": internal medicine
					}
				}
				return r, i, e
			}
		}
	}
	return foreignRole{}, -1, -1
}

// foreignWordByte reports a letter (ASCII or a UTF-8 byte of a letter),
// a digit or an apostrophe's inner hyphen at low[i].
func foreignWordByte(low string, i int) bool {
	c := low[i]
	return c >= 0x80 || isWordByte(c) || c == '-'
}

// foreignModifierAfter is the end of a specialty or a training year after
// a role ending at r1 ("en pédiatrie", "de segundo año", "R2", "in
// cardiologia"), or 0. A capitalised word after "de" or "en" is a place.
func foreignModifierAfter(t, low string, r1 int) int {
	rest := low[r1:]
	if len(rest) >= 3 && rest[0] == ' ' && rest[1] == 'r' && rest[2] >= '1' && rest[2] <= '5' && (len(rest) == 3 || !foreignWordByte(rest, 3)) {
		return r1 + 3 // "résidente R2"
	}
	ws := foreignWordSpans(low, r1, 4)
	if len(ws) < 2 || ws[0][0] != r1+1 || !foreignOf[low[ws[0][0]:ws[0][1]]] {
		return 0
	}
	k := 1
	if foreignArticles[low[ws[k][0]:ws[k][1]]] && k+1 < len(ws) {
		k++ // "de la", "en la"
	}
	w0 := ws[k][0]
	if r, _ := utf8.DecodeRuneInString(t[w0:]); unicode.IsUpper(r) && !foreignSpecialtyWord(low[w0:ws[k][1]]) {
		return 0 // "de Sherbrooke", "en Madrid"
	}
	w := low[w0:ws[k][1]]
	if foreignSpecialtyWord(w) {
		return ws[k][1]
	}
	for _, o := range foreignOrdinals {
		if w == o && k+1 < len(ws) {
			return ws[k+1][1] // "de deuxième année", "de primer año"
		}
	}
	return 0
}

// foreignSpecialtyWord reports a lower-case word a specialty's stem opens.
func foreignSpecialtyWord(w string) bool {
	for _, s := range foreignSpecialtyStems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// foreignWordSpans are up to n words of low after from, in order, each
// [start, end); a punctuation mark ends them.
func foreignWordSpans(low string, from, n int) [][2]int {
	var ws [][2]int
	i := from
	for len(ws) < n && i < len(low) {
		if low[i] == ' ' {
			i++
			continue
		}
		if !foreignWordByte(low, i) && low[i] != '\'' {
			break
		}
		e := i
		for e < len(low) && (foreignWordByte(low, e) || low[e] == '\'') {
			e++
		}
		ws = append(ws, [2]int{i, e})
		i = e
	}
	return ws
}

// foreignWordsBefore are up to n words of low before at (the nearest
// last), within its clause: a punctuation mark ends them.
func foreignWordsBefore(low string, at, n int) []string {
	var ws []string
	i := at
	for len(ws) < n && i > 0 {
		for i > 0 && low[i-1] == ' ' {
			i--
		}
		e := i
		for i > 0 && (foreignWordByte(low, i-1) || low[i-1] == '\'' || strings.HasSuffix(low[:i], "’")) {
			if strings.HasSuffix(low[:i], "’") {
				i -= len("’")
				continue
			}
			i--
		}
		if i == e {
			break
		}
		ws = append([]string{low[i:e]}, ws...)
	}
	return ws
}

// foreignTitleBefore reports a role at r0 that stands as a title: its
// clause opens there, or an article, or (for a plural) a representative's
// words stand before it — nothing else ("le directeur des médecins
// résidents" is a director).
func foreignTitleBefore(low string, r0 int, plural bool) bool {
	if plural {
		for _, rep := range foreignRepresentatives {
			if strings.HasSuffix(strings.TrimRight(low[:r0], " "), rep) {
				return true
			}
		}
	}
	k := r0
	for k > 0 && low[k-1] == ' ' {
		k--
	}
	if k == 0 || strings.IndexByte(",;:.(—–\n", low[k-1]) >= 0 {
		return true
	}
	if strings.HasSuffix(low[:k], "l'") || strings.HasSuffix(low[:k], "l’") {
		return true
	}
	ws := foreignWordsBefore(low, r0, 1)
	return len(ws) == 1 && foreignArticles[ws[0]]
}

// foreignNamesAt reads the name a title at ..r1 of t stands before: one
// person (a title "Dr", "Dre", "Dra" or "Dott." passed over), the name
// closed by punctuation, a verb or a lower-case word.
func foreignNamesAt(t string, r1 int, plural bool) []string {
	at := r1
	for at < len(t) && t[at] == ' ' {
		at++
	}
	for _, ti := range []string{"Dre ", "Dra. ", "Dra ", "Dott. ", "Dott.ssa ", "Dr. ", "Dr "} {
		if strings.HasPrefix(t[at:], ti) {
			at += len(ti)
			break
		}
	}
	if at >= len(t) || at == r1 {
		return nil
	}
	var names []string
	for {
		it := listItem.FindStringSubmatchIndex(t[at:])
		if it == nil {
			return nil
		}
		name, ok := personName(t[at+it[2] : at+it[3]])
		if !ok || isSchoolLine(name) || hasAcronym(name) {
			return nil
		}
		at += it[1]
		if at < len(t) && foreignWordByte(t, at) {
			return nil
		}
		names = append(names, name)
		if !plural {
			return names
		}
		// a plural's names: "Ana Ruiz, Paul Girard et Léa Roy"
		sep := 0
		for _, c := range []string{", ", " et ", " y ", " e ", " und ", " and "} {
			if strings.HasPrefix(t[at:], c) {
				sep = len(c)
				break
			}
		}
		if sep == 0 || !upperAt(t, at+sep) {
			return names
		}
		at += sep
	}
}

// foreignNameBefore reads the person a role at r0 of t is said of: an
// apposition ("Ana Ruiz, résidente en pédiatrie," — closed by punctuation
// or the text's end) or a verb of being ("Ana Ruiz est …", "Ana Ruiz es
// actualmente …"), an article between; in a section of past people only
// the verb of being binds. It returns the name and where it starts.
func foreignNameBefore(t, low string, r0 int, past bool) (string, int, bool) {
	ws := foreignWordsBefore(low, r0, 3)
	n := len(ws)
	if n > 0 && foreignArticles[ws[n-1]] {
		n--
	}
	end := -1
	if n == 0 {
		// an apposition: a comma before the role (and its article)
		p := foreignIndexBackWords(low, r0, len(ws))
		if len(ws) == 0 {
			p = r0
		}
		for p > 0 && low[p-1] == ' ' {
			p--
		}
		if past || p == 0 || low[p-1] != ',' || !foreignAppositionClosed(low, r0) {
			return "", 0, false
		}
		end = p - 1
	} else {
		// a verb of being, perhaps an adverb of now after it
		m := n
		if foreignNow[ws[m-1]] {
			m--
		}
		if m == 0 || !foreignCopulas[ws[m-1]] {
			return "", 0, false
		}
		end = foreignIndexBackWords(low, r0, len(ws)-m+1)
		if end < 0 {
			return "", 0, false
		}
	}
	sub := strings.TrimRight(t[:end], " ")
	for start := max(0, len(sub)-80); start < len(sub); start++ {
		if start > 0 && sub[start-1] != ' ' || !upperAt(sub, start) {
			continue
		}
		s0 := start
		for _, ti := range []string{"Dre ", "Dra. ", "Dra ", "Dott. ", "Dott.ssa "} {
			if strings.HasPrefix(sub[start:], ti) {
				s0 = start + len(ti)
			}
		}
		it := listItem.FindStringSubmatchIndex(sub[s0:])
		if it == nil || it[1] != len(sub)-s0 {
			continue
		}
		name, ok := personName(sub[s0+it[2] : s0+it[3]])
		if !ok || isSchoolLine(name) || hasAcronym(name) {
			return "", 0, false
		}
		if !foreignNameOpens(sub[:start]) {
			return "", 0, false // "… le doyen Ana Ruiz, …": another's title before the name
		}
		return name, start, true
	}
	return "", 0, false
}

// foreignArticleOnly reports a gap that holds one article and nothing
// else: " une ", " la ".
func foreignArticleOnly(gap string) bool {
	f := strings.Fields(gap)
	return len(f) == 1 && foreignArticles[f[0]]
}

// foreignAppositionClosed reports the apposition of the role at r0
// closed after it: the role and a modifier's few words, then a comma, a
// period, a semicolon, a parenthesis or the text's end.
func foreignAppositionClosed(low string, r0 int) bool {
	k := strings.IndexAny(low[r0:], ",.;)")
	if k < 0 {
		return len(low)-r0 < 80
	}
	return k < 80
}

// foreignIndexBackWords is where the n-th word back from at starts in low
// (n = 1: the word before at), or -1.
func foreignIndexBackWords(low string, at, n int) int {
	i := at
	for c := 0; c < n; c++ {
		for i > 0 && low[i-1] == ' ' {
			i--
		}
		e := i
		for i > 0 && low[i-1] != ' ' {
			i--
		}
		if i == e {
			return -1
		}
	}
	return i
}

// foreignNameOpens reports the text before a name that lets the name open
// its clause: nothing but a conjunction, a preposition of speech, a
// comma's clause end.
func foreignNameOpens(before string) bool {
	b := strings.TrimRight(before, " ")
	if b == "" || strings.HasSuffix(b, ",") || strings.HasSuffix(b, ":") || strings.HasSuffix(b, "—") || strings.HasSuffix(b, ".") ||
		strings.HasSuffix(b, "»") || strings.HasSuffix(b, "”") || strings.HasSuffix(b, "\"") || strings.HasSuffix(b, "\n") {
		return true
	}
	w := b[strings.LastIndexByte(b, ' ')+1:]
	switch strings.ToLower(w) {
	case "et", "y", "e", "und", "selon", "según", "segundo", "secondo", "laut", "pour", "para", "per", "für":
		return true
	}
	return false
}

// foreignClauseStart is where the clause of a title at r0 starts: after
// the last comma, semicolon or period before it, or the text's start.
func foreignClauseStart(t string, r0 int) int {
	k := strings.LastIndexAny(t[:r0], ",;.")
	return k + 1
}
